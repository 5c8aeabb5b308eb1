"""`pos users set-pin|disable|enable|unlock` and `pos journal audit` on a shop folder."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pos.app import open_shop
from pos.services import users
from pos.services.errors import LockedOut, WrongPin
from pos.services.settings import save_settings
from tests.cli.test_cli import pos


def ok(*args, shop: Path) -> str:
    result = pos(*args, data_dir=shop)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_a_forgotten_pin_a_leaver_and_a_locked_till(tmp_path: Path):
    shop = tmp_path / "shop"
    assert "New PIN set for Lan." in ok("users", "set-pin", "Lan", "--pin", "2468", shop=shop)
    assert "can no longer log in" in ok("users", "disable", "Minh", shop=shop)
    assert "Minh" not in ok("users", "list", shop=shop)
    refused = pos("users", "disable", "Admin", data_dir=shop)
    assert refused.returncode == 2 and "last active admin" in refused.stderr

    db = open_shop(shop)
    try:
        assert users.login(db, "2468").name == "Lan"
        with pytest.raises(WrongPin):
            users.login(db, "9999")  # Minh left
        save_settings(db, pin_tries_before_lockout=2)
        with pytest.raises(WrongPin):
            users.login(db, "5555")
        with pytest.raises(LockedOut):
            users.login(db, "5555")
        assert "unlocked" in ok("users", "unlock", shop=shop)
        assert users.login(db, "2468").name == "Lan"
    finally:
        db.close()
    assert "can log in again" in ok("users", "enable", "Minh", shop=shop)
    audit = ok("journal", "audit", "--json", shop=shop).splitlines()
    changes = [json.loads(line) for line in audit if '"manage_users"' in line]
    assert [(c["change"], c["subject"]) for c in reversed(changes)] == [
        ("new PIN", "Lan"), ("disabled", "Minh"), ("till unlocked", "T1"), ("enabled", "Minh")]
    assert "intact" in ok("journal", "verify", shop=shop)


def test_journal_audit_lists_protected_actions(tmp_path: Path):
    shop = tmp_path / "shop"
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
