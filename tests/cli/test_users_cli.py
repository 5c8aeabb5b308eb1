"""`pos users set-pin|disable|enable|unlock` and `pos journal audit` on a shop folder."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pos.app import open_shop
from pos.services import users
from pos.services.errors import LockedOut, WrongPin
from pos.services.settings import save_settings
from tests.cli.test_cli import db_digest, demo_shop, pos


def ok(*args, shop: Path, pins: str | None = None) -> str:
    result = pos(*args, data_dir=shop, pins=pins)
    assert result.returncode == 0, result.stderr
    return result.stdout


ADMIN = ("--user", "Admin", "--pin-stdin")


def test_a_forgotten_pin_a_leaver_and_a_locked_till(tmp_path: Path):
    shop = demo_shop(tmp_path / "shop")
    assert "New PIN set for Lan." in ok("users", "set-pin", "Lan", *ADMIN, shop=shop,
                                        pins="0000\n2468")
    assert "can no longer log in" in ok("users", "disable", "Minh", *ADMIN, shop=shop,
                                        pins="0000")
    assert "Minh" not in ok("users", "list", shop=shop)
    refused = pos("users", "disable", "Admin", *ADMIN, data_dir=shop, pins="0000")
    assert refused.returncode == 2 and "last active admin" in refused.stderr

    db = open_shop(shop)
    try:
        assert users.login(db, "2468").name == "Lan"
        with pytest.raises(WrongPin):
            users.login(db, "9999")  # Minh left
        save_settings(db, pin_tries_before_lockout=2)
        with pytest.raises(LockedOut):
            users.login(db, "5555")
        with pytest.raises(LockedOut):
            users.login(db, "5555")
        assert "unlocked" in ok("users", "unlock", *ADMIN, shop=shop, pins="0000")
        assert users.login(db, "2468").name == "Lan"
    finally:
        db.close()
    assert "can log in again" in ok("users", "enable", "Minh", *ADMIN, shop=shop, pins="0000")
    audit = ok("journal", "audit", "--json", shop=shop).splitlines()
    changes = [json.loads(line) for line in audit if '"manage_users"' in line]
    assert [(c["change"], c["subject"], c["user"]) for c in reversed(changes)] == [
        ("new PIN", "Lan", "Admin"), ("disabled", "Minh", "Admin"),
        ("till unlocked", "T1", "Admin"), ("enabled", "Minh", "Admin")]
    assert "intact" in ok("journal", "verify", shop=shop)


def test_every_user_command_takes_the_pin_of_someone_allowed(tmp_path: Path):
    shop = demo_shop(tmp_path / "shop")
    ok("users", "list", shop=shop)  # the demo shop
    before = db_digest(shop)
    for args, pins, words in (
            (("add", "Mallory", "--role", "admin", "--pin", "1357"), None, "visible to every"),
            (("add", "Mallory", "--role", "admin", "--pin-stdin"), "1357", "needs an admin"),
            (("add", "Mallory", "--role", "admin", "--user", "Lan", "--pin-stdin"),
             "1111\n1357", "needs an admin"),
            (("add", "Mallory", "--role", "admin", "--user", "Minh", "--pin-stdin"),
             "9999\n1357", "needs an admin"),
            (("set-pin", "Admin", "--user", "Lan", "--pin-stdin"), "1111\n1357",
             "needs an admin"),
            (("disable", "Admin", "--user", "Minh", "--pin-stdin"), "9999", "needs an admin"),
            (("unlock", "--user", "Lan", "--pin-stdin"), "1111", "needs a manager"),
            (("add", "Lan ", "--role", "cashier", *ADMIN), "0000\n1357", "already exists"),
            (("add", "Hoa\nAdmin", "--role", "cashier", *ADMIN), "0000\n1357",
             "control characters")):
        refused = pos("users", *args, data_dir=shop, pins=pins)
        assert refused.returncode == 2 and words in refused.stderr, (args, refused.stderr)
    assert db_digest(shop) == before
    assert "Added admin Mallory" in ok("users", "add", "Mallory", "--role", "admin", *ADMIN,
                                       shop=shop, pins="0000\n1357")
    entry = json.loads(ok("journal", "audit", "--json", shop=shop).splitlines()[0])
    assert (entry["kind"], entry["change"], entry["subject"], entry["user"]) == (
        "manage_users", "added admin", "Mallory", "Admin")
    assert "New PIN set" in ok("users", "set-pin", "Lan", "--user", "Lan", "--pin-stdin",
                               shop=shop, pins="1111\n2460")  # one's own PIN


def test_journal_audit_lists_protected_actions(tmp_path: Path):
    shop = demo_shop(tmp_path / "shop")
    db = open_shop(shop)
    try:
        from pos.services import audit, permissions
        who = {u.name: u for u in users.list_users(db)}
        audit.protected_action(db, permissions.PRICE_OVERRIDE, who["Lan"], who["Minh"], "T1",
                               sku="SP0001", old_price=6000, new_price=5000)
    finally:
        db.close()
    line = ok("journal", "audit", shop=shop).splitlines()[0]
    assert line.split("\t")[2:] == ["price_override", "Lan approved by Minh"]
    entry = json.loads(ok("journal", "audit", "--json", shop=shop).splitlines()[0])
    assert (entry["kind"], entry["user"], entry["approved_by"], entry["new_price"]) == (
        "price_override", "Lan", "Minh", 5000)
    assert "intact" in ok("journal", "verify", shop=shop)


def test_a_manager_sets_six_digit_pins(tmp_path: Path):
    shop = demo_shop(tmp_path / "shop")
    refused = pos("users", "pin-length", "6", "--user", "Lan", "--pin-stdin", data_dir=shop,
                  pins="1111")
    assert refused.returncode == 2 and "needs a manager" in refused.stderr
    assert "at least 6 digits" in ok("users", "pin-length", "6", "--user", "Minh",
                                     "--pin-stdin", shop=shop, pins="9999")
    short = pos("users", "add", "Hoa", "--role", "cashier", *ADMIN, data_dir=shop,
                pins="0000\n2468")
    assert short.returncode == 2 and "6 to 8 digits" in short.stderr
    assert "Added cashier Hoa" in ok("users", "add", "Hoa", "--role", "cashier", *ADMIN,
                                     shop=shop, pins="0000\n246813")
