"""`pos customers find/add`: the real `pos` script on a shop data folder."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli import db_digest, demo_shop, pos


AS_LAN = ("--user", "Lan", "--pin-stdin")  # the demo shop's cashier


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    demo_shop(tmp_path)
    return tmp_path


def test_add_then_find_by_any_phone_spelling_and_name_without_accents(shop):
    added = pos("customers", "add", "--name", "Nguyễn Thị Đào", "--phone", "0912 345 678",
                *AS_LAN, data_dir=shop, pins="1111")
    assert added.returncode == 0, added.stderr
    assert "Added customer Nguyễn Thị Đào (0912 345 678)" in added.stdout
    for query in ("+84912345678", "84912345678", "dao", "nguyen thi dao"):
        found = pos("customers", "find", query, data_dir=shop)
        assert found.returncode == 0, (query, found.stderr)
        [line] = found.stdout.splitlines()
        assert line.split("\t")[1:3] == ["Nguyễn Thị Đào", "0912 345 678"], query


def test_find_as_json_and_by_email(shop):
    assert pos("customers", "add", "--name", "Lê Bình", "--phone", "0987654321", "--email",
               "Binh@Example.com", *AS_LAN, data_dir=shop, pins="1111").returncode == 0
    found = pos("customers", "find", "binh@example.com", "--json", data_dir=shop)
    assert found.returncode == 0, found.stderr
    [row] = [json.loads(line) for line in found.stdout.splitlines()]
    assert (row["name"], row["phone"], row["email"], row["points"], row["card"]) == (
        "Lê Bình", "+84987654321", "binh@example.com", 0, None)


def test_nothing_found_exits_1_and_an_empty_query_exits_2(shop):
    missing = pos("customers", "find", "nobody", data_dir=shop)
    assert missing.returncode == 1 and "No customer matches 'nobody'" in missing.stderr
    empty = pos("customers", "find", "  ", data_dir=shop)
    assert empty.returncode == 2 and "give a phone number" in empty.stderr


@pytest.mark.parametrize("args,message", [
    (["--name", "X"], "needs a phone number or an email"),
    (["--name", "X", "--phone", "12ab"], "may only contain digits"),
    (["--name", "X", "--phone", "0123"], "is not a Vietnamese number"),
    (["--name", "X", "--email", "not-an-email"], "does not look like an address"),
    (["--name", "Someone", "--phone", "+84 912 345 678"], "Trần An already has"),
])
def test_bad_input_exits_2_with_the_reason_and_changes_nothing(shop, args, message):
    assert pos("customers", "add", "--name", "Trần An", "--phone", "0912345678", *AS_LAN,
               data_dir=shop, pins="1111").returncode == 0
    before = db_digest(shop)
    result = pos("customers", "add", *args, *AS_LAN, data_dir=shop, pins="1111")
    assert result.returncode == 2 and message in result.stderr, result.stderr
    assert db_digest(shop) == before


def test_name_is_required(shop):
    result = pos("customers", "add", "--phone", "0912345678", data_dir=shop)
    assert result.returncode == 2 and "--name" in result.stderr


def test_adding_takes_a_users_pin_and_is_journaled(shop):
    before = db_digest(shop)
    for how, pins, words in ((("--user", "Lan"), None, "No terminal"),
                             (AS_LAN, "9999", "Wrong PIN for Lan")):
        refused = pos("customers", "add", "--name", "Hà", "--phone", "0912000222", *how,
                      data_dir=shop, pins=pins)
        assert refused.returncode == 2 and words in refused.stderr
    assert pos("customers", "add", "--name", "Hà", "--phone", "0912000222", *AS_LAN,
               data_dir=shop, pins="1111").returncode == 0
    entry = json.loads(pos("journal", "audit", "--json", data_dir=shop).stdout.splitlines()[0])
    assert (entry["kind"], entry["name"], entry["user"]) == ("customer_added", "Hà", "Lan")
    assert before != db_digest(shop)
