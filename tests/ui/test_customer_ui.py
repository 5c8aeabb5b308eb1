"""Customers at the counter, through the real window."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QPushButton

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
