"""`pos promotions list`: the real `pos` script on a shop data folder."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pos.app import open_shop
from pos.domain.promotions import Conditions, OrderOff
from pos.services import promotions
from tests.cli.test_cli import demo_shop, pos


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    demo_shop(tmp_path)
    db = open_shop(tmp_path)
    promotions.create_local_promotion(db, "Giảm 10%", OrderOff(percent_bp=1000),
                                      Conditions(code="GIAM10", usage_limit=100))
    with db.transaction() as s:
        promotions.save_promotion(s, "promo_01", "Free shipping", None, remote_id="promo_01",
                                  reason="it discounts shipping; a counter sale has none")
    db.close()
    return tmp_path


def test_list_says_which_apply_at_the_till_and_why_not(shop):
    listed = pos("promotions", "list", data_dir=shop)
    assert listed.returncode == 0, listed.stderr
    rows = {line.split("\t")[1]: line.split("\t") for line in listed.stdout.splitlines()}
    assert rows["Giảm 10%"][2:] == ["GIAM10", "10% off the order", "used 0/100",
                                    "applies at the till"]
    assert rows["Free shipping"][-1] == ("not applied at the till: it discounts shipping; "
                                         "a counter sale has none")


def test_list_as_json(shop):
    listed = pos("promotions", "list", "--json", data_dir=shop)
    by_name = {row["name"]: row for row in map(json.loads, listed.stdout.splitlines())}
    assert by_name["Giảm 10%"]["applies_at_till"] is True
    assert by_name["Free shipping"]["applies_at_till"] is False
    assert "shipping" in by_name["Free shipping"]["reason"]


def test_empty_list_says_where_promotions_come_from(tmp_path):
    listed = pos("promotions", "list", data_dir=demo_shop(tmp_path))
    assert listed.returncode == 0 and "pos sync" in listed.stderr
