"""First start of a new shop, through the real windows driven by the keyboard: the set-up
wizard to a selling till, the skip to the demo shop, and Settings later."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QLabel, QLineEdit, QMenu,
                               QPushButton, QWidget)

from pos.services.settings import load_settings
from pos.services.users import list_users
from pos.ui.application import TillStart
from tests.printing.fake_printer import FakeNetworkPrinter
from tests.ui.conftest import type_and_enter


@pytest.fixture
def first_start(qtbot, empty_db, data_dir):
    before = set(QApplication.topLevelWidgets())
    start = TillStart(empty_db, data_dir)
    start.begin(first_run=True)
    wizard = start.first_start.wizard
    qtbot.addWidget(wizard)
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    yield start
    if start.window is not None:
        start.window.close()
    start.shutdown()
    for widget in set(QApplication.topLevelWidgets()) - before:  # e.g. the float dialog
        widget.close()


@pytest.fixture
def printer():
    fake = FakeNetworkPrinter()
    yield fake
    fake.close()


def key(qtbot, k, modifier=Qt.NoModifier) -> None:
    """A key press where the keyboard focus is, as a person presses it."""
    qtbot.keyClick(QApplication.focusWidget(), k, modifier)


def field(wizard, name: str) -> QWidget:
    widget = wizard.findChild(QWidget, name)
    widget.setFocus()
    return widget


def type_into(qtbot, wizard, name: str, text: str) -> QLineEdit:
    widget = field(wizard, name)
    widget.selectAll()
    qtbot.keyClicks(widget, text)
    return widget


def on_page(qtbot, wizard, name: str) -> None:
    qtbot.waitUntil(lambda: wizard.currentPage().objectName() == name)


def test_set_up_a_shop_with_the_keyboard_and_sell(qtbot, first_start, empty_db, printer):
    wizard = first_start.first_start.wizard
    on_page(qtbot, wizard, "languageFormPage")
    field(wizard, "languageInput")
    key(qtbot, Qt.Key_Return)

    on_page(qtbot, wizard, "shopFormPage")
    field(wizard, "shopNameInput").insert("Tạp hóa Bình An")  # as an IME commits it
    type_into(qtbot, wizard, "shopAddressInput", "5 Le Loi, Hue")
    type_into(qtbot, wizard, "shopTaxCodeInput", "12345")  # too short
    key(qtbot, Qt.Key_Return)
    problems = wizard.findChild(QLabel, "shopFormProblems")
    assert "10 digits" in problems.text()
    assert wizard.currentPage().objectName() == "shopFormPage"
    type_into(qtbot, wizard, "shopTaxCodeInput", "3301234567")
    key(qtbot, Qt.Key_Return)

    on_page(qtbot, wizard, "moneyFormPage")
    type_into(qtbot, wizard, "taxRatesInput", "0, 8, 10")
    key(qtbot, Qt.Key_Tab)
    field(wizard, "cashRoundingInput")
    for _ in range(3):
        key(qtbot, Qt.Key_Down)  # no rounding, 100, 200, 500
    key(qtbot, Qt.Key_Return)

    on_page(qtbot, wizard, "managerFormPage")
    type_into(qtbot, wizard, "managerNameInput", "Binh")
    type_into(qtbot, wizard, "firstManagerPinInput", "2468")
    type_into(qtbot, wizard, "firstManagerPinAgainInput", "2469")
    key(qtbot, Qt.Key_Return)
    assert "different" in wizard.findChild(QLabel, "managerFormProblems").text()
    type_into(qtbot, wizard, "firstManagerPinAgainInput", "2468")
    key(qtbot, Qt.Key_Return)

    on_page(qtbot, wizard, "storePage")  # no online store: sells on its own
    field(wizard, "storeUrlInput")
    key(qtbot, Qt.Key_Return)

    on_page(qtbot, wizard, "printerFormPage")
    type_into(qtbot, wizard, "setupPrinterUriInput", printer.uri)
    field(wizard, "setupPrintTestButton")
    key(qtbot, Qt.Key_Space)
    status = wizard.findChild(QLabel, "setupPrinterStatus")
    qtbot.waitUntil(lambda: "Test page sent" in status.text(), timeout=15000)
    assert printer.next_job().startswith(b"\x10\x04")  # asked if ready, then printed
    field(wizard, "setupPrinterUriInput")
    key(qtbot, Qt.Key_Return)

    on_page(qtbot, wizard, "scannerFormPage")
    type_into(qtbot, wizard, "scanTestInput", "8930000000019")
    key(qtbot, Qt.Key_Return)  # ends the test scan, does not leave the page
    assert "The scanner works" in wizard.findChild(QLabel, "scanTestStatus").text()
    assert wizard.currentPage().objectName() == "scannerFormPage"
    key(qtbot, Qt.Key_Tab)
    key(qtbot, Qt.Key_Return)

    on_page(qtbot, wizard, "bankFormPage")
    type_into(qtbot, wizard, "bankBinInput", "970436")
    type_into(qtbot, wizard, "bankAccountInput", "0071000999888")
    type_into(qtbot, wizard, "bankAccountNameInput", "binh an")
    key(qtbot, Qt.Key_Return)  # Finish

    qtbot.waitUntil(lambda: first_start.window is not None, timeout=15000)
    window = first_start.window
    qtbot.waitExposed(window)
    type_and_enter(qtbot, window.login.pin, "2468")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sale)
    assert window.sale.scan_input.hasFocus() or window.sale.scan_input.isVisible()

    s = load_settings(empty_db)
    assert (s.shop_name, s.shop_address, s.shop_tax_code) == ("Tạp hóa Bình An", "5 Le Loi, Hue",
                                                               "3301234567")
    assert (s.currency, s.tax_inclusive, s.tax_rates, s.cash_rounding_step) == (
        "VND", True, (0, 800, 1000), 500)
    assert (s.language, s.locale, s.printer_uri) == ("vi", "vi_VN", printer.uri)
    assert (s.bank_bin, s.bank_account, s.bank_account_name) == ("970436", "0071000999888",
                                                                 "BINH AN")
    assert not s.demo
    assert [(u.name, u.role) for u in list_users(empty_db)] == [("Binh", "manager")]
    assert "Tạp hóa Bình An" in window.windowTitle()


def test_skip_to_the_demo_shop(qtbot, first_start, empty_db):
    wizard = first_start.first_start.wizard
    field(wizard, "skipToDemoButton")
    key(qtbot, Qt.Key_Space)
    qtbot.waitUntil(lambda: first_start.window is not None, timeout=30000)
    window = first_start.window
    assert not wizard.isVisible()
    assert load_settings(empty_db).demo
    type_and_enter(qtbot, window.login.pin, "1111")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sale)


def test_store_page_wants_a_tested_connection_or_nothing(qtbot, first_start, data_dir):
    wizard = first_start.first_start.wizard
    wizard.shop.name.setText("Tạp hóa Bình An")
    wizard.manager.name.setText("Binh")
    wizard.manager.pin.setText("2468")
    wizard.manager.pin_again.setText("2468")
    for _ in range(4):
        wizard.next()
    on_page(qtbot, wizard, "storePage")
    type_into(qtbot, wizard, "storeUrlInput", "http://127.0.0.1:9")  # nothing listens there
    type_into(qtbot, wizard, "storeApiKeyInput", "sk_test")
    key(qtbot, Qt.Key_Return)
    assert wizard.currentPage().objectName() == "storePage"
    assert "Test the connection first" in wizard.findChild(QLabel, "storePageProblem").text()
    field(wizard, "storeTestButton")
    key(qtbot, Qt.Key_Space)
    status = wizard.findChild(QLabel, "storeStatus")
    qtbot.waitUntil(lambda: status.text().startswith("No connection"), timeout=30000)
    assert not (data_dir / "store.json").exists()


# --- Settings, later --------------------------------------------------------------------------

@pytest.fixture
def manager_logged_in(qtbot, window):
    type_and_enter(qtbot, window.login.pin, "9999")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sale)
    return window


def open_from_manager_menu(qtbot, window, action: str, dialog: str) -> QDialog:
    qtbot.keyClick(window.sale.scan_input, Qt.Key_F11)
    qtbot.waitUntil(lambda: window.sale.findChild(QMenu, "backOfficeMenu") is not None)
    window.sale.findChild(QMenu, "backOfficeMenu").findChild(QAction, action).trigger()
    qtbot.waitUntil(lambda: window.findChild(QDialog, dialog) is not None)
    opened = window.findChild(QDialog, dialog)
    qtbot.waitExposed(opened)
    return opened


def test_settings_refuse_bad_input_then_save_everything_at_once(qtbot, manager_logged_in,
                                                                 demo_db):
    window = manager_logged_in
    dialog = open_from_manager_menu(qtbot, window, "settingsAction", "settingsDialog")
    before = load_settings(demo_db)
    dialog.findChild(QLineEdit, "shopPhoneInput").setText("0234 111 222")
    dialog.findChild(QLineEdit, "bankBinInput").setText("97043")  # 5 digits
    dialog.findChild(QComboBox, "languageInput").setCurrentIndex(1)  # English
    qtbot.mouseClick(dialog.findChild(QPushButton, "settingsSaveButton"), Qt.LeftButton)
    message = dialog.findChild(QLabel, "settingsMessage")
    qtbot.waitUntil(lambda: "Nothing was saved" in message.text())
    assert dialog.findChild(QWidget, "settingsTabs").currentWidget().objectName() == "bankForm"
    assert "6 digits" in dialog.findChild(QLabel, "bankFormProblems").text()
    assert load_settings(demo_db) == before  # not even the good fields

    dialog.findChild(QLineEdit, "bankBinInput").setText("970407")
    qtbot.mouseClick(dialog.findChild(QPushButton, "settingsSaveButton"), Qt.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    after = load_settings(demo_db)
    assert (after.shop_phone, after.bank_bin, after.language, after.locale) == (
        "0234 111 222", "970407", "en", "en_US")
    assert window.till.settings == after


def test_store_connection_dialog_refuses_a_bad_address_and_saves_nothing(
        qtbot, manager_logged_in, data_dir):
    dialog = open_from_manager_menu(qtbot, manager_logged_in, "storeConnectionAction",
                                    "storeConnectionDialog")
    dialog.findChild(QLineEdit, "storeUrlInput").setText("shop.example.vn")
    dialog.findChild(QLineEdit, "storeApiKeyInput").setText("sk_x")
    qtbot.mouseClick(dialog.findChild(QPushButton, "storeConnectButton"), Qt.LeftButton)
    status = dialog.findChild(QLabel, "storeStatus")
    qtbot.waitUntil(lambda: "starts with https://" in status.text())
    assert not (data_dir / "store.json").exists()
