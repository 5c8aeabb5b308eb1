"""`pos stock show / adjust / low / export`: the real pos script on a data folder."""
from __future__ import annotations

import json

import pytest

from pos.app import open_shop
from pos.services.demo import demo_ean
from pos.services.settings import save_settings
from tests.cli.test_cli import db_digest, pos


@pytest.fixture
def shop(data_dir):
    db = open_shop(data_dir)  # the demo shop, in English for these tests
    save_settings(db, language="en")
    db.close()
    return data_dir


def test_adjust_then_show_lists_the_unsynced_movement(shop):
    done = pos("stock", "adjust", "SP0001", "24", "--reason", "received", "--note", "PO 7",
               "--user", "Minh", "--pin-stdin", data_dir=shop, pins="9999")
    assert done.returncode == 0, done.stderr
    assert "SP0001" in done.stdout and "+24" in done.stdout and "224" in done.stdout
    shown = pos("stock", "show", demo_ean(1), data_dir=shop)
    assert shown.returncode == 0, shown.stderr
    assert "224" in shown.stdout and "received: PO 7" in shown.stdout
    assert "waiting to sync" in shown.stdout
    doc = json.loads(pos("stock", "show", "SP0001", "--format", "json", data_dir=shop).stdout)
    assert doc["on_hand"] == "224" and doc["last_synced"] == "200"
    assert [m["quantity"] for m in doc["unsynced"]] == ["24"]


def test_a_counted_quantity_posts_the_difference(shop):
    done = pos("stock", "adjust", "SP0002", "195", "--reason", "count", "--counted",
               "--user", "Minh", "--pin-stdin", data_dir=shop, pins="9999")
    assert done.returncode == 0, done.stderr
    assert "-5" in done.stdout and "now 195" in done.stdout


@pytest.mark.parametrize("args, pin, words", [
    (("SP0001", "5", "--reason", "damage", "--user", "Minh"), "9999", "take stock off"),
    (("SP0001", "-5", "--reason", "theft", "--user", "Lan"), "1111", "needs a manager"),
    (("NOPE", "5", "--reason", "received", "--user", "Minh"), "9999",
     "No item has SKU or barcode"),
    (("SP0001", "5", "--reason", "received", "--user", "Ghost"), "9999", "No user is named"),
    (("SP0001", "5", "--reason", "received", "--counted", "--user", "Minh"), "9999",
     "--reason count"),
    # the manager's name without the manager's PIN (issue 13): the lockout count is kept
    (("SP0001", "5", "--reason", "received", "--user", "Minh"), "1111", "Wrong PIN for Minh"),
])
def test_bad_adjustments_exit_2_with_a_reason_and_change_nothing(shop, args, pin, words):
    before = db_digest(shop)
    done = pos("stock", "adjust", *args, "--pin-stdin", data_dir=shop, pins=pin)
    if "Wrong PIN" in words:
        assert done.returncode == 2 and words in done.stderr
        return
    assert done.returncode == 2 and words in done.stderr
    assert db_digest(shop) == before


def test_export_writes_every_item_and_low_lists_nothing_without_thresholds(shop, tmp_path):
    out = tmp_path / "stock.csv"
    done = pos("stock", "export", "--out", str(out), data_dir=shop)
    assert done.returncode == 0, done.stderr
    assert out.read_text(encoding="utf-8").startswith("sku,name,unit,on_hand")
    assert "No item" in pos("stock", "low", data_dir=shop).stdout


@pytest.mark.parametrize("how, pins, words", [
    ((), None, "No terminal to ask the PIN on"),
    (("--pin", "9999"), None, "visible to every user"),
    (("--pin-stdin",), "", "one PIN a line"),
])
def test_adjusting_as_the_manager_takes_the_managers_pin(shop, how, pins, words):
    before = db_digest(shop)
    done = pos("stock", "adjust", "SP0001", "24", "--reason", "received", "--user", "Minh",
               *how, data_dir=shop, pins=pins)
    assert done.returncode == 2 and words in done.stderr
    assert db_digest(shop) == before
