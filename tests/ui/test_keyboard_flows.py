"""Key-only flows (issue #14): every key goes to the widget that has the focus, as a cashier's
keyboard would send it; no click, no setFocus(). Each dialog opens ready for typing (its first
field focused, its text selected), Enter accepts and Esc cancels."""
from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from pos import i18n
from pos.services.demo import demo_ean
from pos.services.exports import sale_documents
from pos.services.stock_view import item_stock
from tests.ui.conftest import shown_window
from tests.ui.keys import active_name, focused, press, send, wait_active, when_active

WATER, COLA, PEPSI = demo_ean(1), demo_ean(4), demo_ean(7)  # 6.000 ₫, 10.000 ₫, 10.000 ₫
KEYPAD = Qt.KeypadModifier


@pytest.fixture
def till_without_shift(qtbot, demo_db_no_shift, data_dir):
    yield from shown_window(qtbot, demo_db_no_shift, data_dir)


def log_in(qtbot, window, pin: str = "1111") -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.login.pin)
    send(qtbot, pin, Qt.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sale)


def at_scan_field(qtbot, window) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.sale.scan_input)


def scan(qtbot, window, code: str) -> None:
    at_scan_field(qtbot, window)
    before = sum(line.quantity for line in window.sale.basket.lines)
    send(qtbot, code, Qt.Key_Return)
    qtbot.waitUntil(lambda: sum(line.quantity for line in window.sale.basket.lines) > before)


def pay_cash_typed(qtbot, window, cash: str, receipt: str) -> None:
    at_scan_field(qtbot, window)
    press(qtbot, Qt.Key_F12)
    dialog = wait_active(qtbot, "paymentDialog")
    assert focused() is dialog.cash_input
    send(qtbot, cash, Qt.Key_Return)
    qtbot.waitUntil(lambda: receipt in window.sale.last_sale.text())


@pytest.fixture
def selling(qtbot, logged_in):
    """Logged in as the cashier, the demo shift open, the cursor in the scan field."""
    at_scan_field(qtbot, logged_in)
    return logged_in


# -- the flows ----------------------------------------------------------------------------------
def test_open_a_shift_sell_with_quantity_discount_pin_and_typed_cash(qtbot, till_without_shift,
                                                                     demo_db_no_shift):
    w = till_without_shift
    log_in(qtbot, w)
    wait_active(qtbot, "openShiftDialog")
    send(qtbot, "500.000", Qt.Key_Return)
    qtbot.waitUntil(lambda: "Shift" in w.sale.message.text())

    for code in (WATER, COLA, PEPSI):
        scan(qtbot, w, code)
    when_active(qtbot, "quantityDialog", "3", Qt.Key_Return)
    press(qtbot, Qt.Key_F3)  # the last line, Pepsi
    assert [line.quantity for line in w.sale.basket.lines] == [1, 1, 3]

    when_active(qtbot, "discountDialog", "15", Qt.Key_Return)
    when_active(qtbot, "managerApproval", ("9999", KEYPAD), (Qt.Key_Enter, KEYPAD))
    press(qtbot, Qt.Key_F5)  # 15 % is above the cashier's 10 %: the manager's PIN
    qtbot.waitUntil(lambda: w.sale.basket.order_discount is not None)
    subtotal = 6000 + 10000 + 3 * 10000
    assert w.sale.cart_model.totals.total == subtotal - subtotal * 15 // 100

    pay_cash_typed(qtbot, w, "50000", "T1-000001")
    [sale] = list(sale_documents(demo_db_no_shift))
    assert [line["quantity"] for line in sale["lines"]] == ["1", "1", "3"]
    assert sale["payments"][0]["method"] == "cash"
    assert sale["payments"][0]["tendered"] == 50000
    assert sale["change"] == 50000 - sale["total"]
    at_scan_field(qtbot, w)


def test_a_vietqr_sale_is_completed_with_enter(qtbot, selling, demo_db):
    w = selling
    scan(qtbot, w, COLA)
    press(qtbot, Qt.Key_F12)
    dialog = wait_active(qtbot, "paymentDialog")
    send(qtbot, (Qt.Key_Tab, Qt.ControlModifier), (Qt.Key_Tab, Qt.ControlModifier))
    assert focused() is dialog.transfer_amount  # the amount due, selected
    assert dialog.transfer_amount.selectedText() == dialog.transfer_amount.text() == "10000"
    press(qtbot, Qt.Key_Return)  # "Transfer received"
    assert dialog.isVisible() and focused() is dialog.complete_button
    press(qtbot, Qt.Key_Return)  # "Complete sale (Enter)"
    qtbot.waitUntil(lambda: "T1-000001" in w.sale.last_sale.text())
    [sale] = list(sale_documents(demo_db))
    assert [(p["method"], p["amount"]) for p in sale["payments"]] == [("transfer", 10000)]


def open_manager_entry(qtbot, name: str) -> None:
    """F11, then ↑ from the menu's top to the entry (the keyboard's way through a menu)."""
    press(qtbot, Qt.Key_F11)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    menu = QApplication.activePopupWidget()
    names = [a.objectName() for a in menu.actions()]
    for _ in range(len(names) - names.index(name)):
        press(qtbot, Qt.Key_Up)
    assert menu.activeAction().objectName() == name
    press(qtbot, Qt.Key_Return)


def test_a_stock_count_entered_from_the_keyboard(qtbot, selling, demo_db):
    w = selling
    before = item_stock(demo_db, w.till.settings, WATER).on_hand
    open_manager_entry(qtbot, "stockAction")
    screen = wait_active(qtbot, "stockScreen")
    assert focused().objectName() == "stockSearchInput"
    send(qtbot, (Qt.Key_Tab, Qt.ControlModifier), (Qt.Key_Tab, Qt.ControlModifier))
    assert focused().objectName() == "countScanInput"
    count = screen.tabs.currentWidget()
    for _ in range(2):
        send(qtbot, WATER, Qt.Key_Return)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is count.scan and bool(count.lines))
    qtbot.waitUntil(lambda: count.lines[0].counted_milli == 2000)
    # Tab to the note, Enter posts; a cashier's count needs the manager's PIN
    when_active(qtbot, "managerApproval", "9999", Qt.Key_Return)
    send(qtbot, Qt.Key_Tab, Qt.Key_Tab, "shelf 3", Qt.Key_Return)
    qtbot.waitUntil(lambda: "Count posted" in count.message.text())
    assert item_stock(demo_db, w.till.settings, WATER).on_hand == Decimal(2)
    assert before != Decimal(2)
    press(qtbot, Qt.Key_Escape)
    qtbot.waitUntil(lambda: not screen.isVisible())


# -- one dialog at a time -----------------------------------------------------------------------
def test_the_opening_float_takes_typing_at_once_and_esc_leaves_no_shift(qtbot,
                                                                        till_without_shift):
    w = till_without_shift
    log_in(qtbot, w)
    dialog = wait_active(qtbot, "openShiftDialog")
    assert focused() is dialog.float_input
    press(qtbot, Qt.Key_Return)  # nothing typed: says so, stays open
    assert dialog.isVisible() and dialog.error.text() == "Enter an amount."
    press(qtbot, Qt.Key_Escape)
    qtbot.waitUntil(lambda: "No shift open" in w.sale.message.text())
    at_scan_field(qtbot, w)


def test_f3_names_the_line_and_typing_replaces_the_quantity(qtbot, selling):
    w = selling
    scan(qtbot, w, WATER)
    seen = {}

    def look():
        dialog = QApplication.activeWindow()
        seen["name"] = dialog.findChild(type(w.sale.message), "quantityLineName").text()
        seen["selected"] = focused().selectedText()

    when_active(qtbot, "quantityDialog", look, "4", Qt.Key_Return)
    press(qtbot, Qt.Key_F3)
    assert seen == {"name": w.sale.basket.lines[0].name, "selected": "1"}
    assert w.sale.basket.lines[0].quantity == 4
    when_active(qtbot, "quantityDialog", "9", Qt.Key_Escape)
    press(qtbot, Qt.Key_F3)
    assert w.sale.basket.lines[0].quantity == 4  # Esc: unchanged
    at_scan_field(qtbot, w)


def test_f4_and_f5_take_the_discount_typed(qtbot, selling):
    w = selling
    scan(qtbot, w, COLA)
    when_active(qtbot, "discountDialog", "5", Qt.Key_Return)
    press(qtbot, Qt.Key_F4)  # 5 %: within the cashier's limit
    assert w.sale.basket.lines[0].discount.value == 500
    when_active(qtbot, "discountDialog", "10", Qt.Key_Escape)
    press(qtbot, Qt.Key_F5)
    assert w.sale.basket.order_discount is None
    when_active(qtbot, "discountDialog", "10", Qt.Key_Return)
    press(qtbot, Qt.Key_F5)
    assert w.sale.basket.order_discount.value == 1000
    at_scan_field(qtbot, w)


def test_the_manager_pin_prompt_has_the_login_keypad_and_takes_typing(qtbot, selling):
    w = selling
    scan(qtbot, w, COLA)
    seen = {}

    def look():
        dialog = QApplication.activeWindow()
        seen["keys"] = [b.text() for b in dialog.findChildren(QPushButton, "keypadButton")]
        seen["error"] = dialog.error.text()

    when_active(qtbot, "discountDialog", "50", Qt.Key_Return)
    when_active(qtbot, "managerApproval", "1111", Qt.Key_Return, look,  # the cashier's own
                ("9999", KEYPAD), (Qt.Key_Enter, KEYPAD))
    press(qtbot, Qt.Key_F4)
    login_keys = [b.text() for b in w.login.findChildren(QPushButton, "keypadButton")]
    assert seen["keys"] == login_keys and len(login_keys) == 12
    assert "not a manager" in seen["error"]
    qtbot.waitUntil(lambda: w.sale.basket.lines[0].discount is not None)
    assert w.sale.basket.lines[0].discount.value == 5000


def test_cash_is_typed_on_the_second_sale_too(qtbot, selling):
    w = selling
    scan(qtbot, w, WATER)
    pay_cash_typed(qtbot, w, "10000", "T1-000001")
    scan(qtbot, w, COLA)
    pay_cash_typed(qtbot, w, "20000", "T1-000002")
    assert w.till.money(10000) in w.sale.last_sale.text()  # the change


def test_enter_on_a_stock_search_result_goes_to_the_quantity(qtbot, selling):
    open_manager_entry(qtbot, "stockAction")
    screen = wait_active(qtbot, "stockScreen")
    tab = screen.tabs.currentWidget()
    send(qtbot, "Pepsi")
    qtbot.waitUntil(lambda: tab.results.count() > 0)
    send(qtbot, Qt.Key_Down, Qt.Key_Down, Qt.Key_Return)
    assert focused() is tab.adjust_qty
    chosen = tab.results.currentItem().data(Qt.UserRole)
    qtbot.waitUntil(lambda: screen.item is not None and screen.item.sku == chosen)
    assert not screen.item.pending  # no adjustment posted
    assert tab.message.property("state") != "error"
    press(qtbot, Qt.Key_Escape)
    qtbot.waitUntil(lambda: not screen.isVisible())


def test_lists_move_with_the_arrow_keys(qtbot, selling):
    w, seen = selling, []

    def row():
        seen.append(QApplication.activeWindow().list.currentItem().text())

    when_active(qtbot, "languageDialog", row, Qt.Key_Up, row, Qt.Key_Down, row, Qt.Key_Escape)
    open_manager_entry(qtbot, "languageAction")
    names = list(i18n.LANGUAGES.values())
    assert seen == [i18n.LANGUAGES["en"], names[0], names[1]]
    assert i18n.current_language() == "en"  # Esc kept it

    for code in (WATER, COLA):  # two parked sales, recalled with ↓ and Enter
        scan(qtbot, w, code)
        press(qtbot, Qt.Key_F6)
        qtbot.waitUntil(lambda: "parked" in w.sale.message.text())
    at_scan_field(qtbot, w)
    press(qtbot, Qt.Key_F7)
    wait_active(qtbot, "recallDialog")
    send(qtbot, Qt.Key_Down, Qt.Key_Return)
    qtbot.waitUntil(lambda: len(w.sale.basket.lines) == 1)
    assert active_name() == "mainWindow"
