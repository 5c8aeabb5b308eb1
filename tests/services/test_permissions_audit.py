"""Roles and permissions checked by the services, PIN lockout that survives a restart, and
protected actions in the hash-chained journal (who, what, when, who approved)."""
from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from pos.app import open_shop, speak_shop_language
from pos.db.audit_models import PinLockout
from pos.db.engine import Database
from pos.db.models import JournalEntry
from pos.domain.basket import Basket
from pos.services import audit, catalog, journal, permissions, users
from pos.services.errors import ApprovalNeeded, LockedOut, ServiceError, WrongPin
from pos.services.settings import load_settings, save_settings


def demo_users(db: Database) -> dict[str, users.UserInfo]:
    return {u.name: u for u in users.list_users(db)}


def entries(db: Database, kind: str) -> list[dict]:
    with db.session() as s:
        rows = s.scalars(select(JournalEntry).where(JournalEntry.kind == kind)
                         .order_by(JournalEntry.seq))
        return [json.loads(e.payload) for e in rows]


@pytest.mark.parametrize("action", sorted(permissions.DESCRIPTIONS))
def test_the_permission_table(action):
    cashier = users.UserInfo(1, "Lan", "cashier")
    manager = users.UserInfo(2, "Minh", "manager")
    admin = users.UserInfo(3, "Admin", "admin")
    assert not permissions.may(cashier, action)
    assert permissions.may(manager, action) == (action != permissions.MANAGE_USERS)
    assert permissions.may(admin, action)
    assert not permissions.may(None, action)


def test_an_unknown_action_is_a_programming_error():
    with pytest.raises(ValueError):
        permissions.may(users.UserInfo(1, "Lan", "cashier"), "give_away_the_shop")


def test_a_protected_action_without_approval_raises_and_writes_nothing(demo_db):
    u = demo_users(demo_db)
    with pytest.raises(ApprovalNeeded, match="Changing a price needs a manager") as err:
        audit.protected_action(demo_db, permissions.PRICE_OVERRIDE, u["Lan"], None, "T1")
    assert err.value.action == permissions.PRICE_OVERRIDE
    with pytest.raises(ApprovalNeeded, match="Lan may not approve"):
        audit.protected_action(demo_db, permissions.PRICE_OVERRIDE, u["Lan"], u["Lan"], "T1")
    assert entries(demo_db, permissions.PRICE_OVERRIDE) == []


def test_an_approved_action_is_journaled_with_who_and_who_approved(demo_db):
    u = demo_users(demo_db)
    got = audit.protected_action(demo_db, permissions.PRICE_OVERRIDE, u["Lan"], u["Minh"], "T1",
                                 sku="SP0001", old_price=6000, new_price=5000)
    assert got == u["Minh"]
    [entry] = entries(demo_db, permissions.PRICE_OVERRIDE)
    assert (entry["user"], entry["approved_by"], entry["terminal_id"]) == ("Lan", "Minh", "T1")
    assert (entry["old_price"], entry["new_price"]) == (6000, 5000)
    assert entry["at"].endswith("+00:00")
    # a manager needs nobody else
    assert audit.protected_action(demo_db, permissions.BIG_DISCOUNT, u["Minh"], None,
                                  "T1") == u["Minh"]
    assert journal.verify(demo_db) is None


def test_a_void_needs_a_manager_and_lists_what_was_cancelled(demo_db):
    u, settings = demo_users(demo_db), load_settings(demo_db)
    basket = Basket()
    basket.add(catalog.scan(demo_db, "SP0001", settings))
    with pytest.raises(ApprovalNeeded, match="Cancelling a sale"):
        audit.void_sale(demo_db, basket, u["Lan"], None, settings)
    assert audit.void_sale(demo_db, Basket(), u["Lan"], None, settings) is None  # nothing to void
    assert entries(demo_db, "void") == []

    audit.void_sale(demo_db, basket, u["Lan"], u["Minh"], settings)
    [entry] = entries(demo_db, "void")
    assert (entry["user"], entry["approved_by"]) == ("Lan", "Minh")
    assert entry["lines"][0]["sku"] == "SP0001" and entry["total"] == basket.totals(True).total

    relaxed = save_settings(demo_db, void_needs_manager=False)
    assert audit.void_sale(demo_db, basket, u["Lan"], None, relaxed) == u["Lan"]
    assert len(entries(demo_db, "void")) == 2
    assert journal.verify(demo_db) is None


def test_approval_checks_the_role_for_the_action(demo_db):
    assert users.approve(demo_db, "9999", permissions.REFUND).name == "Minh"
    with pytest.raises(WrongPin, match="not a manager's"):
        users.approve(demo_db, "1111", permissions.REFUND)
    with pytest.raises(WrongPin, match="may not approve this: it needs an admin"):
        users.approve(demo_db, "9999", permissions.MANAGE_USERS)
    assert users.approve(demo_db, "0000", permissions.MANAGE_USERS).name == "Admin"


def test_wrong_pins_lock_the_till_and_the_lock_survives_a_restart(data_dir: Path):
    db = open_shop(data_dir)
    save_settings(db, pin_tries_before_lockout=3, pin_lockout_minutes=5, language="en")
    speak_shop_language(db)  # the language is spoken from the settings when the shop opens
    for left in (2, 1):
        with pytest.raises(WrongPin, match=f"{left} tries left"):
            users.login(db, "4321")
    with pytest.raises(LockedOut, match="locked for 5 min 00 s"):
        users.login(db, "4321")
    db.close()

    db = open_shop(data_dir)  # restarting the app does not unlock it
    try:
        with pytest.raises(LockedOut, match=r"locked for (5 min 00|4 min \d\d) s"):
            users.login(db, "1111")  # even the right PIN waits
        with pytest.raises(LockedOut):
            users.approve(db, "9999", permissions.VOID)  # the manager prompt is no way round
        _end_lock(db, "T1")
        assert users.login(db, "1111").name == "Lan"
        with pytest.raises(WrongPin, match="2 tries left"):  # a fresh series after success
            users.login(db, "4321")
    finally:
        db.close()


def _end_lock(db: Database, terminal_id: str) -> None:
    with db.transaction() as s:
        lock = s.get(PinLockout, (terminal_id, ""))
        lock.locked_until -= timedelta(minutes=6)


def test_set_pin_disable_and_unlock(demo_db):
    admin = users.authenticate(demo_db, "Admin", "0000")
    users.set_pin(demo_db, "Lan", "2468", admin)
    assert users.login(demo_db, "2468").name == "Lan"
    with pytest.raises(WrongPin):
        users.login(demo_db, "1111")
    with pytest.raises(ServiceError, match="already has this PIN"):
        users.set_pin(demo_db, "Lan", "9999", admin)
    with pytest.raises(ServiceError, match="No user is named"):
        users.set_pin(demo_db, "Nobody", "1357", admin)
    users.set_active(demo_db, "Lan", False, admin)
    with pytest.raises(WrongPin):
        users.login(demo_db, "2468")
    assert "Lan" not in demo_users(demo_db)
    with pytest.raises(ServiceError, match="last active admin"):
        users.set_active(demo_db, "Admin", False, admin)
    users.unlock_till(demo_db, "T1", users.authenticate(demo_db, "Minh", "9999"))
    assert users.login(demo_db, "9999").name == "Minh"


# -- the sale service checks what is on the sale --------------------------------------------

def _cash(basket, settings):
    from pos.domain.payment import CASH, Tender
    return [Tender(CASH, basket.totals(settings.tax_inclusive).total + 1000)]


def test_a_sale_with_an_unapproved_price_override_or_big_discount_is_refused(demo_db):
    from pos.domain.cart import Discount
    from pos.services.demo import open_demo_shift
    from pos.services.sales import complete_sale

    u, settings = demo_users(demo_db), load_settings(demo_db)
    open_demo_shift(demo_db)
    basket = Basket()
    row = basket.add(catalog.scan(demo_db, "SP0001", settings))
    basket.override_price(row, 1000)  # no approver on the line
    with pytest.raises(ApprovalNeeded, match="Changing a price on this sale has no approval"):
        complete_sale(demo_db, basket, _cash(basket, settings), u["Lan"], settings)
    basket.override_price(row, 1000, approved_by=u["Lan"].id)  # a cashier cannot approve
    with pytest.raises(ApprovalNeeded):
        complete_sale(demo_db, basket, _cash(basket, settings), u["Lan"], settings)
    basket.override_price(row, 1000, approved_by=u["Minh"].id)
    basket.set_order_discount(Discount("percent", 2000))  # 20 %: above the cashier limit
    with pytest.raises(ApprovalNeeded, match="A discount above the cashier limit"):
        complete_sale(demo_db, basket, _cash(basket, settings), u["Lan"], settings)
    assert entries(demo_db, "sale") == []
    basket.set_order_discount(Discount("percent", 2000), approved_by=u["Minh"].id)
    complete_sale(demo_db, basket, _cash(basket, settings), u["Lan"], settings)
    plain = Basket()
    plain.add(catalog.scan(demo_db, "SP0001", settings))
    plain.set_order_discount(Discount("percent", 2000))
    complete_sale(demo_db, plain, _cash(plain, settings), u["Minh"], settings)  # his to give
    assert len(entries(demo_db, "sale")) == 2


def test_journal_verify_catches_an_edited_approval(demo_db):
    u = demo_users(demo_db)
    audit.protected_action(demo_db, permissions.NO_SALE, u["Lan"], u["Minh"], "T1")
    audit.void_sale(demo_db, _one_item(demo_db), u["Lan"], u["Minh"], load_settings(demo_db))
    assert journal.verify(demo_db) is None
    with demo_db.transaction() as s:  # someone rewrites who approved the void
        entry = s.scalars(select(JournalEntry).where(JournalEntry.kind == "void")).one()
        entry.payload = entry.payload.replace('"approved_by":"Minh"', '"approved_by":"Admin"')
        seq = entry.seq
    assert journal.verify(demo_db)[0] == seq


def _one_item(db) -> Basket:
    basket = Basket()
    basket.add(catalog.scan(db, "SP0001", load_settings(db)))
    return basket
