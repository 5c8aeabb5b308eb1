"""A cashier's morning, driven through the real window with key presses (offscreen)."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QTableView

from pos.domain.barcode import make_weight_barcode
from pos.services.demo import demo_ean
from pos.services.exports import sale_documents
from pos.services.parking import list_parked
from tests.ui.conftest import type_and_enter

COFFEE = demo_ean(1)  # Nước suối Lavie 330ml, 6.000 ₫
BANANA_850G = make_weight_barcode("00001", Decimal("0.850"))  # Chuối già 28.000 ₫/kg


def cart_rows(window) -> int:
    return window.findChild(QTableView, "cartTable").model().rowCount()


def scan(qtbot, window, code: str) -> None:
    type_and_enter(qtbot, window.findChild(QLineEdit, "scanInput"), code)


def payment_dialog(qtbot, window) -> QDialog:
    qtbot.waitUntil(lambda: window.findChild(QDialog, "paymentDialog") is not None
                    and window.findChild(QDialog, "paymentDialog").isVisible())
    return window.findChild(QDialog, "paymentDialog")


def test_wrong_pin_stays_on_login(qtbot, window):
    type_and_enter(qtbot, window.findChild(QLineEdit, "pinInput"), "4321")
    qtbot.waitUntil(lambda: "Wrong PIN" in window.findChild(QLabel, "loginMessage").text())
    assert window.stack.currentWidget() is window.login


def test_login_scan_weigh_pay_cash_and_export(qtbot, logged_in, demo_db):
    w = logged_in
    scan(qtbot, w, COFFEE)
    scan(qtbot, w, COFFEE)  # same item again: one line, quantity 2
    scan(qtbot, w, demo_ean(40))
    scan(qtbot, w, BANANA_850G)
    qtbot.waitUntil(lambda: cart_rows(w) == 3)
    lines = w.sale.basket.lines
    assert lines[0].quantity == 2
    assert lines[2].unit == "kg" and lines[2].quantity == Decimal("0.850")
    total = w.sale.cart_model.totals.total
    assert w.findChild(QLabel, "totalLabel").text() == w.till.money(total)

    qtbot.keyClick(w.findChild(QLineEdit, "scanInput"), Qt.Key_F12)
    dialog = payment_dialog(qtbot, w)
    qtbot.mouseClick(dialog.findChild(QPushButton, "quickTender_200000"), Qt.LeftButton)
    change_text = dialog.findChild(QLabel, "changeLabel").text()
    complete = dialog.findChild(QPushButton, "completeSaleButton")
    assert complete.isEnabled()
    qtbot.keyClick(dialog.findChild(QLineEdit, "cashTenderedInput"), Qt.Key_Return)
    qtbot.waitUntil(lambda: "T1-000001" in w.findChild(QLabel, "lastSaleLabel").text())
    assert cart_rows(w) == 0

    [sale] = list(sale_documents(demo_db))
    assert sale["receipt"] == "T1-000001"
    assert [l["quantity"] for l in sale["lines"]] == ["2", "1", "0.85"]
    assert sale["payments"] == [{"method": "cash", "amount": sale["total"], "tendered": 200_000,
                                 "reference": ""}]
    assert sale["change"] == 200_000 - sale["total"]
    assert sale["total"] % 500 == 0  # the demo shop rounds cash to 500 ₫
    assert sale["total"] - sale["rounding"] == total
    assert w.till.money(sale["change"]) in change_text
    assert w.till.money(sale["change"]) in w.findChild(QLabel, "lastSaleLabel").text()


def test_bad_barcode_shows_error_and_changes_nothing(qtbot, logged_in, demo_db):
    w = logged_in
    scan(qtbot, w, COFFEE)
    qtbot.waitUntil(lambda: cart_rows(w) == 1)
    before = list(w.sale.basket.lines)
    bad = COFFEE[:-1] + str((int(COFFEE[-1]) + 1) % 10)
    scan(qtbot, w, bad)
    message = w.findChild(QLabel, "messageLabel")
    qtbot.waitUntil(lambda: "check digit" in message.text())
    assert message.property("state") == "error"
    assert w.findChild(QLineEdit, "scanInput").property("state") == "error"
    scan(qtbot, w, demo_ean(999_999))  # valid check digit, not in the catalogue
    qtbot.waitUntil(lambda: "No item has barcode" in message.text())
    assert w.sale.basket.lines == before
    assert list(sale_documents(demo_db)) == []


def test_park_and_recall(qtbot, logged_in, demo_db):
    w = logged_in
    scan(qtbot, w, COFFEE)
    scan(qtbot, w, demo_ean(2))
    qtbot.waitUntil(lambda: cart_rows(w) == 2)
    qtbot.keyClick(w.findChild(QLineEdit, "scanInput"), Qt.Key_F6)
    qtbot.waitUntil(lambda: len(list_parked(demo_db)) == 1)
    assert cart_rows(w) == 0
    scan(qtbot, w, demo_ean(3))  # serve the next customer meanwhile
    qtbot.waitUntil(lambda: cart_rows(w) == 1)

    qtbot.keyClick(w.findChild(QLineEdit, "scanInput"), Qt.Key_F7)
    qtbot.waitUntil(lambda: w.findChild(QDialog, "recallDialog") is not None)
    dialog = w.findChild(QDialog, "recallDialog")
    qtbot.keyClick(dialog, Qt.Key_Return)
    qtbot.waitUntil(lambda: cart_rows(w) == 2 and len(list_parked(demo_db)) == 1)
    assert [l.sku for l in w.sale.basket.lines] == ["SP0001", "SP0002"]  # the other one is parked


def test_search_as_you_type_adds_with_enter(qtbot, logged_in):
    w = logged_in
    field = w.findChild(QLineEdit, "scanInput")
    qtbot.keyClicks(field, "dau phong")
    results = w.findChild(type(w.sale.search_results), "searchResults")
    qtbot.waitUntil(lambda: results.isVisible() and results.model().rowCount() > 0)
    assert "Đậu phộng" in results.model().items[0].name
    qtbot.keyClick(field, Qt.Key_Return)
    qtbot.waitUntil(lambda: cart_rows(w) == 1)
    assert "Đậu phộng" in w.sale.basket.lines[0].name


def test_scan_while_focus_elsewhere_goes_to_cart(qtbot, logged_in):
    w = logged_in
    table = w.findChild(QTableView, "cartTable")
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClicks(table, COFFEE)
    qtbot.keyClick(table, Qt.Key_Return)
    qtbot.waitUntil(lambda: cart_rows(w) == 1)
    assert w.findChild(QLineEdit, "scanInput").text() == ""
