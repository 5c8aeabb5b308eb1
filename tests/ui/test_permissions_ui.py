"""Protected actions at the counter: a cashier gets the manager prompt, the approval goes to the
service and into the journal; wrong PINs lock the login with the time left shown."""
from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit
from sqlalchemy import select

from pos.db.models import JournalEntry
from pos.services.demo import demo_ean
from pos.services.journal import verify
from tests.ui.conftest import type_and_enter
from tests.ui.test_protected_and_crash import answer_dialog, manager_pin


def journal_entries(db, kind: str) -> list[dict]:
    with db.session() as s:
        rows = s.scalars(select(JournalEntry).where(JournalEntry.kind == kind))
        return [json.loads(e.payload) for e in rows]


def new_price(text: str):
    def steps(dialog):
        dialog.findChild(QLineEdit, "priceInput").setText(text)
        dialog._try_accept()
    return steps


def scan_one(qtbot, w) -> QLineEdit:
    field = w.findChild(QLineEdit, "scanInput")
    type_and_enter(qtbot, field, demo_ean(1))
    qtbot.waitUntil(lambda: len(w.sale.basket.lines) == 1)
    return field


def test_a_cashier_trying_a_price_override_gets_the_manager_prompt(qtbot, logged_in, demo_db):
    w = logged_in
    field = scan_one(qtbot, w)
    old_price = w.sale.basket.lines[0].unit_price
    seen = {}

    def cashier_then_manager(dialog):
        seen["reason"] = " ".join(l.text() for l in dialog.findChildren(QLabel))
        dialog.findChild(QLineEdit, "managerPinInput").setText("1111")  # Lan herself
        dialog._try_accept()
        seen["error"] = dialog.error.text()
        manager_pin("9999")(dialog)

    answer_dialog(qtbot, "managerApproval", cashier_then_manager)
    answer_dialog(qtbot, "priceDialog", new_price("4500"))
    qtbot.keyClick(field, Qt.Key_F9)
    assert "Changing a price needs a manager" in seen["reason"]
    assert "not a manager's" in seen["error"]
    qtbot.waitUntil(lambda: w.sale.basket.lines[0].price_overridden)
    assert w.sale.basket.lines[0].unit_price == 4500
    [entry] = journal_entries(demo_db, "price_override")
    assert (entry["user"], entry["approved_by"]) == ("Lan", "Minh")
    assert (entry["old_price"], entry["new_price"]) == (old_price, 4500)
    assert verify(demo_db) is None


def test_a_refused_price_override_changes_nothing(qtbot, logged_in, demo_db):
    w = logged_in
    field = scan_one(qtbot, w)
    answer_dialog(qtbot, "managerApproval", lambda d: d.reject())
    qtbot.keyClick(field, Qt.Key_F9)
    qtbot.wait(100)
    assert not w.sale.basket.lines[0].price_overridden
    assert journal_entries(demo_db, "price_override") == []


def test_cancelling_a_sale_with_items_is_a_void_approved_by_a_manager(qtbot, logged_in, demo_db,
                                                                     monkeypatch):
    monkeypatch.setattr("pos.ui.sale_screen.confirm", lambda *a: True)
    w = logged_in
    field = scan_one(qtbot, w)
    answer_dialog(qtbot, "managerApproval", manager_pin("9999"))
    qtbot.keyClick(field, Qt.Key_Escape)
    qtbot.waitUntil(lambda: w.sale.basket.is_empty())
    [entry] = journal_entries(demo_db, "void")
    assert (entry["user"], entry["approved_by"], entry["terminal_id"]) == ("Lan", "Minh", "T1")
    assert len(entry["lines"]) == 1


def test_wrong_pins_lock_the_login_with_the_time_left(qtbot, window):
    message = window.login.findChild(QLabel, "loginMessage")
    for _ in range(5):
        type_and_enter(qtbot, window.login.pin, "5555")
        qtbot.waitUntil(lambda: "Checking" not in message.text())
    assert "locked for 5 min" in message.text()
    type_and_enter(qtbot, window.login.pin, "1111")  # the right PIN waits too
    qtbot.waitUntil(lambda: "Checking" not in message.text())
    assert "locked for" in message.text()
    assert window.stack.currentWidget() is window.login


def test_switching_user_keeps_the_sale_on_screen(qtbot, logged_in):
    w = logged_in
    field = scan_one(qtbot, w)
    qtbot.keyClick(field, Qt.Key_L, Qt.ControlModifier)
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.login)
    type_and_enter(qtbot, w.login.pin, "9999")
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.sale)
    assert w.till.user.name == "Minh" and len(w.sale.basket.lines) == 1
    # the header names the role of who is logged in now (issue #14), not "Cashier" for all
    assert w.findChild(QLabel, "cashierLabel").text() == "Manager: Minh"
