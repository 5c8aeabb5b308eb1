"""Returns through the real window: F11 -> Returns, scan the receipt, type quantities,
refund in cash with a manager's PIN; a second return of the same items is refused."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QRadioButton, QTableWidget

from pos.domain.basket import Basket
from pos.domain.payment import CASH, Tender
from pos.services import catalog, returns
from pos.services.sales import complete_sale
from pos.services.settings import load_settings
from pos.services.users import login
from tests.ui.conftest import type_and_enter
from tests.ui.test_first_run import open_from_manager_menu

WATER, COFFEE = "SP0001", "CF0161"  # 6.000 ₫ and 25.000 ₫


def two_line_sale(db):
    shop = load_settings(db)
    basket = Basket()
    row = basket.add(catalog.scan(db, WATER, shop))
    basket.set_quantity(row, Decimal(3))
    basket.add(catalog.scan(db, COFFEE, shop))
    return complete_sale(db, basket, [Tender(CASH, 50_000)], login(db, "1111"), shop)


def open_returns(qtbot, w) -> QDialog:
    screen = open_from_manager_menu(qtbot, w, "returnsAction", "returnsScreen")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    return screen


def type_quantity(qtbot, table: QTableWidget, row: int, text: str) -> None:
    table.setCurrentCell(row, 3)
    qtbot.keyClicks(table, text)  # typing starts editing the "comes back" cell
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)  # the cell's editor


def test_partial_return_in_cash_then_the_same_again_is_refused(qtbot, logged_in, demo_db):
    sale = two_line_sale(demo_db)
    w = logged_in
    screen = open_returns(qtbot, w)
    type_and_enter(qtbot, screen.findChild(QLineEdit, "returnReceiptInput"), sale.receipt_label)
    table = screen.findChild(QTableWidget, "returnLinesTable")
    qtbot.waitUntil(lambda: table.rowCount() == 2)
    assert [table.item(r, 0).text() for r in range(2)] == ["Nước suối Lavie 330ml",
                                                           "Cà phê sữa đá"]
    type_quantity(qtbot, table, 0, "2")
    qtbot.keyClick(table, Qt.Key_Space)  # mark the water damaged, then un-mark it
    qtbot.keyClick(table, Qt.Key_Space)
    qtbot.keyClick(table, Qt.Key_C, Qt.AltModifier)  # "Refund in &cash"
    qtbot.waitUntil(lambda: screen.findChild(QRadioButton, "refundCashRadio").isChecked())
    total = screen.findChild(QLabel, "returnTotalLabel")
    qtbot.waitUntil(lambda: "12.000" in total.text())

    qtbot.keyClick(table, Qt.Key_F12)  # refund: a cashier needs a manager's PIN
    qtbot.waitUntil(lambda: w.findChild(QDialog, "managerApproval") is not None
                    and w.findChild(QDialog, "managerApproval").isVisible())
    approval = w.findChild(QDialog, "managerApproval")
    type_and_enter(qtbot, approval.findChild(QLineEdit, "managerPinInput"), "9999")
    message = screen.findChild(QLabel, "returnMessage")
    qtbot.waitUntil(lambda: "T1-R000001 recorded" in message.text())
    assert "12.000" in message.text()
    qtbot.waitUntil(lambda: table.item(0, 2) is not None and table.item(0, 2).text() == "2")
    screen.grab().save("/tmp/returns_screen.png")

    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    type_quantity(qtbot, table, 0, "2")  # only 1 is left
    qtbot.keyClick(table, Qt.Key_F12)
    qtbot.waitUntil(lambda: "only 1 of 3 can still be returned" in message.text())
    original = returns.find_original(demo_db, sale.receipt_label, load_settings(demo_db))
    assert [l.returned_milli for l in original.lines] == [2000, 0]
    assert original.refunded == 12_000


def test_exchange_credit_pays_the_new_items_in_one_go(qtbot, logged_in, demo_db):
    from pos.services.demo import demo_ean  # noqa: F401  (the demo barcodes)

    sale = two_line_sale(demo_db)
    w = logged_in
    screen = open_returns(qtbot, w)
    type_and_enter(qtbot, screen.findChild(QLineEdit, "returnReceiptInput"), sale.receipt_label)
    table = screen.findChild(QTableWidget, "returnLinesTable")
    qtbot.waitUntil(lambda: table.rowCount() == 2)
    type_quantity(qtbot, table, 1, "1")  # the coffee (25.000) comes back
    total = screen.findChild(QLabel, "returnTotalLabel")
    qtbot.waitUntil(lambda: "25.000" in total.text())  # priced: the typed quantity is in
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_F10)  # exchange
    approval_pin(qtbot, w)
    qtbot.waitUntil(lambda: not screen.isVisible() and QApplication.activeWindow() is w)
    scan = w.findChild(QLineEdit, "scanInput")
    type_and_enter(qtbot, scan, "8930000000019")  # Lavie 330ml, 6.000: less than the credit
    qtbot.waitUntil(lambda: len(w.sale.basket.lines) == 1)
    qtbot.keyClick(scan, Qt.Key_F12)  # nothing to pay: the rest of the credit goes back
    message = w.findChild(QLabel, "messageLabel")
    qtbot.waitUntil(lambda: "Exchange done: return T1-R000001, sale T1-000002" in message.text())
    original = returns.find_original(demo_db, sale.receipt_label, load_settings(demo_db))
    assert [l.returned_milli for l in original.lines] == [0, 1000]
    assert original.refunded == 25_000 and w.sale.basket.is_empty()


def approval_pin(qtbot, w) -> None:
    qtbot.waitUntil(lambda: w.findChild(QDialog, "managerApproval") is not None
                    and w.findChild(QDialog, "managerApproval").isVisible())
    approval = w.findChild(QDialog, "managerApproval")
    type_and_enter(qtbot, approval.findChild(QLineEdit, "managerPinInput"), "9999")


def test_a_manager_sets_the_refund_limit_and_other_tills_in_settings(qtbot, window, demo_db):
    from PySide6.QtWidgets import QCheckBox, QPushButton, QSpinBox, QTabWidget, QWidget

    type_and_enter(qtbot, window.login.pin, "9999")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sale)
    dialog = open_from_manager_menu(qtbot, window, "settingsAction", "settingsDialog")
    form = dialog.findChild(QWidget, "returnsForm")
    dialog.findChild(QTabWidget, "settingsTabs").setCurrentWidget(form)
    form.findChild(QSpinBox, "returnManagerLimitInput").setValue(200_000)
    form.findChild(QCheckBox, "returnsFromOtherTillsCheck").setChecked(True)
    dialog.grab().save("/tmp/returns_settings.png")
    qtbot.mouseClick(dialog.findChild(QPushButton, "settingsSaveButton"), Qt.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    saved = load_settings(demo_db)
    assert (saved.return_manager_limit, saved.returns_from_other_tills) == (200_000, True)


def test_a_manager_at_the_till_is_not_asked_for_approval_and_is_recorded(qtbot, logged_in,
                                                                         demo_db):
    """Issue #14: a logged-in manager is not told "A manager must approve" and is recorded as
    the approver of the refund, with no PIN prompt."""
    from pos.db.return_models import SaleReturn
    from pos.services.users import list_users

    sale = two_line_sale(demo_db)
    w = logged_in
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_L, Qt.ControlModifier)  # switch user
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.login)
    type_and_enter(qtbot, QApplication.focusWidget(), "9999")  # Minh, the manager
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.sale)
    screen = open_returns(qtbot, w)
    type_and_enter(qtbot, QApplication.focusWidget(), sale.receipt_label)
    table = screen.findChild(QTableWidget, "returnLinesTable")
    qtbot.waitUntil(lambda: table.rowCount() == 2)
    type_quantity(qtbot, table, 0, "2")
    message = screen.findChild(QLabel, "returnMessage")
    qtbot.waitUntil(lambda: "approved by Minh" in message.text())
    assert "must approve" not in message.text()
    qtbot.keyClick(table, Qt.Key_F12)
    qtbot.waitUntil(lambda: "T1-R000001 recorded" in message.text())
    assert w.findChild(QDialog, "managerApproval") is None \
        or not w.findChild(QDialog, "managerApproval").isVisible()
    minh = next(u for u in list_users(demo_db) if u.name == "Minh")
    with demo_db.session() as s:
        [ret] = s.query(SaleReturn).all()
        assert (ret.cashier_id, ret.approved_by_id) == (minh.id, minh.id)
