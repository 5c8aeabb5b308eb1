"""Customers at the counter, through the real window."""
from __future__ import annotations

import json

from PySide6.QtCore import Qt
from sqlalchemy import select
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QPushButton

from pos.db.models import JournalEntry
from pos.services import customers
from pos.services.demo import demo_ean
from pos.services.exports import sale_documents
from tests.ui.conftest import type_and_enter


def open_customer_dialog(qtbot, w) -> QDialog:
    qtbot.keyClick(w.findChild(QLineEdit, "scanInput"), Qt.Key_F10)
    qtbot.waitUntil(lambda: w.findChild(QDialog, "customerDialog") is not None
                    and w.findChild(QDialog, "customerDialog").isVisible())
    return w.findChild(QDialog, "customerDialog")


def test_create_a_customer_in_seconds_and_sell_to_them(qtbot, logged_in, demo_db):
    w = logged_in
    type_and_enter(qtbot, w.findChild(QLineEdit, "scanInput"), demo_ean(1))
    dialog = open_customer_dialog(qtbot, w)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "newCustomerPhone"), "0912 345 678")
    dialog.findChild(QLineEdit, "newCustomerName").insert("Chị Hoa")  # as an IME commits it
    qtbot.mouseClick(dialog.findChild(QPushButton, "addCustomerButton"), Qt.LeftButton)
    label = w.findChild(QLabel, "customerLabel")
    qtbot.waitUntil(lambda: "Chị Hoa" in label.text())
    [found] = customers.find_customers(demo_db, "0912345678")
    assert w.sale.basket.customer_id == found.id
    [entry] = journal_entries(demo_db, "customer_added")  # who added them, and where
    assert (entry["customer_id"], entry["user"], entry["from"]) == (found.id, "Lan", "till")


def journal_entries(db, kind: str) -> list[dict]:
    with db.session() as s:
        return [json.loads(p) for p in s.scalars(select(JournalEntry.payload)
                                                 .where(JournalEntry.kind == kind))]


def test_find_an_existing_customer_without_accents_and_attach(qtbot, logged_in, demo_db):
    known = customers.add_customer(demo_db, "Đặng Quốc Bảo", "0988 777 666")
    w = logged_in
    dialog = open_customer_dialog(qtbot, w)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "customerSearchInput"), "dang quoc")
    results = dialog.findChild(QListWidget, "customerResults")
    qtbot.waitUntil(lambda: results.count() == 1)
    qtbot.keyClick(dialog.findChild(QLineEdit, "customerSearchInput"), Qt.Key_Return)
    qtbot.waitUntil(lambda: w.sale.basket.customer_id == known.id)
    assert "Đặng Quốc Bảo" in w.findChild(QLabel, "customerLabel").text()
    assert list(sale_documents(demo_db)) == []


def test_edit_a_customer_with_f4_and_give_them_a_loyalty_card(qtbot, logged_in, demo_db):
    known = customers.add_customer(demo_db, "Lý Thu", "0966 111 222")
    w = logged_in
    dialog = open_customer_dialog(qtbot, w)
    search = dialog.findChild(QLineEdit, "customerSearchInput")
    qtbot.keyClicks(search, "ly thu")
    qtbot.waitUntil(lambda: dialog.findChild(QListWidget, "customerResults").count() == 1)
    qtbot.keyClick(search, Qt.Key_F4)
    name = dialog.findChild(QLineEdit, "newCustomerName")
    assert name.text() == "Lý Thu" and name.hasFocus()
    assert dialog.findChild(QLineEdit, "newCustomerPhone").text() == "0966 111 222"
    name.setText("Chị Lý Thu")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "newCustomerCard"), "LC-777001")
    qtbot.keyClick(dialog.findChild(QLineEdit, "newCustomerCard"), Qt.Key_Return)
    message = dialog.findChild(QLabel, "customerMessage")
    qtbot.waitUntil(lambda: "Saved Chị Lý Thu" in message.text())
    edited = customers.get_customer(demo_db, known.id)
    assert (edited.name, edited.card_code) == ("Chị Lý Thu", "LC-777001")


def test_a_refused_edit_says_why_and_changes_nothing(qtbot, logged_in, demo_db):
    customers.add_customer(demo_db, "Lý Thu", "0966 111 222")
    other = customers.add_customer(demo_db, "Mai Anh", "0966 333 444")
    w = logged_in
    dialog = open_customer_dialog(qtbot, w)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "customerSearchInput"), "mai anh")
    qtbot.waitUntil(lambda: dialog.findChild(QListWidget, "customerResults").count() == 1)
    qtbot.mouseClick(dialog.findChild(QPushButton, "editCustomerButton"), Qt.LeftButton)
    phone = dialog.findChild(QLineEdit, "newCustomerPhone")
    phone.setText("+84 966 111 222")
    qtbot.mouseClick(dialog.findChild(QPushButton, "saveCustomerButton"), Qt.LeftButton)
    message = dialog.findChild(QLabel, "customerMessage")
    qtbot.waitUntil(lambda: "Another customer already has" in message.text())
    assert customers.get_customer(demo_db, other.id).phone == "+84966333444"


def test_a_loyalty_card_scanned_like_a_product_attaches_the_customer(qtbot, logged_in, demo_db):
    known = customers.add_customer(demo_db, "Đoàn Vy", "0966 555 666", card_code="LC-000042")
    w = logged_in
    type_and_enter(qtbot, w.findChild(QLineEdit, "scanInput"), "LC-000042")
    qtbot.waitUntil(lambda: w.sale.basket.customer_id == known.id)
    assert "Đoàn Vy" in w.findChild(QLabel, "customerLabel").text()


def test_the_card_shows_spending_and_history_marked_by_channel(qtbot, logged_in, demo_db):
    from datetime import datetime

    from PySide6.QtWidgets import QTableWidget

    from pos.db.customer_models import Customer, OnlineOrder

    known = customers.add_customer(demo_db, "Đoàn Vy", "0966 555 666")
    with demo_db.transaction() as s:
        s.get(Customer, known.id).remote_id = "cus_vy"
        s.get(Customer, known.id).group_name = "VIP"
        s.add(OnlineOrder(remote_id="order_vy", customer_remote_id="cus_vy", display_id="1042",
                          channel="Webshop", total=356_000, created_at=datetime(2026, 1, 5)))
    w = logged_in
    dialog = open_customer_dialog(qtbot, w)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "customerSearchInput"), "0966555666")
    history = dialog.findChild(QTableWidget, "customerHistory")
    qtbot.waitUntil(lambda: history.rowCount() == 1)
    assert [history.item(0, c).text() for c in range(4)] == [
        "05/01/2026", "Online: Webshop", "#1042", w.till.money(356_000)]
    facts = " ".join(label.text() for label in dialog.findChildren(QLabel, "customerFact"))
    assert w.till.money(356_000) in facts and "VIP" in facts


def test_a_card_scanned_into_the_search_field_attaches_at_once(qtbot, logged_in, demo_db):
    known = customers.add_customer(demo_db, "Đoàn Vy", "0966 555 666", card_code="LC-000042")
    w = logged_in
    dialog = open_customer_dialog(qtbot, w)
    type_and_enter(qtbot, dialog.findChild(QLineEdit, "customerSearchInput"), "LC-000042")
    qtbot.waitUntil(lambda: w.sale.basket.customer_id == known.id)
    assert w.sale.basket.is_empty()  # the card did not go to the cart
