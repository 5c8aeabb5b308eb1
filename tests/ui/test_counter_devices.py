"""The counter's devices from the till window: reprint with preview, "no sale" with a manager,
printer settings with a test page, the customer display."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton, QWidget
from sqlalchemy import select

from pos.db.models import JournalEntry
from pos.domain.vietqr import check_crc, parse_emv
from pos.services.journal import verify
from pos.services.settings import load_settings, save_settings
from pos.ui.application import build_window
from tests.ui.printing_helpers import (COFFEE, WATER, back_to_the_till, cart_rows, log_in, scan,
                                      sell_for_cash, visible_dialog)

from escpos_decoder import DrawerKick, Raster, StatusQuery, decode  # noqa: E402  (tests/printing)
from fake_printer import FakeNetworkPrinter  # noqa: E402


@pytest.fixture
def printer():
    fake = FakeNetworkPrinter()
    yield fake
    fake.close()


@pytest.fixture
def open_till(qtbot, demo_db, data_dir):
    windows = []

    def open_with(pin: str = "1111", **settings):
        save_settings(demo_db, **settings)
        window = build_window(demo_db, data_dir)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        log_in(qtbot, window, pin)
        return window

    yield open_with
    for window in windows:
        window.close()
        window.till.tasks.shutdown()


def next_job(qtbot, printer) -> bytes:
    qtbot.waitUntil(lambda: not printer.jobs.empty(), timeout=10_000)
    return printer.jobs.get()


def approve_when_asked(qtbot, pin: str | None) -> None:
    """Answers the modal manager PIN dialog that is about to open (None: cancel it)."""
    def answer():
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "managerApproval":
            QTimer.singleShot(50, answer)
            return
        if pin is None:
            dialog.reject()
            return
        field = dialog.findChild(QLineEdit, "managerPinInput")
        qtbot.keyClicks(field, pin)
        qtbot.keyClick(field, Qt.Key_Return)
    QTimer.singleShot(50, answer)


def no_sale_entries(db) -> list[dict]:
    with db.session() as s:
        rows = s.scalars(select(JournalEntry).where(JournalEntry.kind == "no_sale"))
        return [json.loads(row.payload) for row in rows]


def test_reprint_shows_the_receipt_and_prints_a_copy(qtbot, open_till, printer):
    window = open_till(printer_uri=printer.uri)
    label = sell_for_cash(qtbot, window, COFFEE, WATER)
    next_job(qtbot, printer)  # the receipt of the sale itself

    qtbot.keyClick(window.sale.scan_input, Qt.Key_R, Qt.ControlModifier)
    qtbot.waitUntil(lambda: visible_dialog(window, "reprintDialog") is not None)
    dialog = visible_dialog(window, "reprintDialog")
    assert dialog.findChild(QLineEdit, "reprintNumber").text() == label
    preview = dialog.findChild(QLabel, "receiptPreview")
    qtbot.waitUntil(lambda: preview.pixmap() is not None and not preview.pixmap().isNull())
    assert preview.pixmap().width() == 576
    button = dialog.findChild(QPushButton, "reprintPrintButton")
    qtbot.waitUntil(button.isEnabled)
    qtbot.mouseClick(button, Qt.LeftButton)
    copy = decode(next_job(qtbot, printer))
    assert copy.of(Raster) and copy.of(DrawerKick) == []


def test_reprint_of_an_unknown_number_says_so(qtbot, open_till):
    window = open_till()
    window.findChild(QPushButton, "reprintButton").click()
    dialog = visible_dialog(window, "reprintDialog")
    number = dialog.findChild(QLineEdit, "reprintNumber")
    qtbot.keyClicks(number, "T1-000042")
    qtbot.keyClick(number, Qt.Key_Return)
    error = dialog.findChild(QLabel, "reprintError")
    qtbot.waitUntil(lambda: "No sale has receipt number" in error.text())
    assert not dialog.findChild(QPushButton, "reprintPrintButton").isEnabled()


def test_no_sale_needs_a_manager_and_is_journaled(qtbot, open_till, printer, demo_db):
    window = open_till(printer_uri=printer.uri)
    button = window.findChild(QPushButton, "noSaleButton")

    approve_when_asked(qtbot, None)  # the cashier alone cannot open the drawer
    button.click()
    qtbot.wait(300)
    assert printer.jobs.empty() and no_sale_entries(demo_db) == []

    approve_when_asked(qtbot, "9999")  # Minh, the manager
    button.click()
    assert decode(next_job(qtbot, printer)).events == [StatusQuery(1), DrawerKick(2)]
    [entry] = no_sale_entries(demo_db)
    assert (entry["cashier"], entry["approved_by"], entry["terminal_id"]) == ("Lan", "Minh", "T1")
    assert entry["at"].endswith("+00:00")
    assert verify(demo_db) is None
    message = window.findChild(QLabel, "messageLabel")
    qtbot.waitUntil(lambda: "Drawer opened" in message.text())


def test_no_sale_uses_the_drawer_pin_setting(qtbot, open_till, printer):
    window = open_till(pin="9999", printer_uri=printer.uri, drawer_pin=5)  # a manager: no PIN
    window.findChild(QPushButton, "noSaleButton").click()
    assert decode(next_job(qtbot, printer)).of(DrawerKick) == [DrawerKick(5)]


def test_printer_settings_test_page_then_text_mode(qtbot, open_till, printer, demo_db):
    window = open_till(pin="9999")
    window.findChild(QPushButton, "printerSettingsButton").click()
    dialog = visible_dialog(window, "printerSettings")
    mode = dialog.findChild(QComboBox, "printerModeInput")
    text_item = mode.model().item(1)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "printerUriInput"), printer.uri)
    assert not text_item.isEnabled()  # no text test page yet

    dialog.findChild(QPushButton, "printTestPageButton").click()
    assert decode(next_job(qtbot, printer)).of(Raster)
    status = dialog.findChild(QLabel, "printerTestStatus")
    qtbot.waitUntil(lambda: "Test page printed" in status.text())
    assert not text_item.isEnabled()

    dialog.findChild(QPushButton, "testTextModeButton").click()
    assert "Cà phê sữa đá" in decode(next_job(qtbot, printer)).lines
    qtbot.waitUntil(text_item.isEnabled)
    mode.setCurrentIndex(1)
    paper = dialog.findChild(QComboBox, "paperWidthInput")
    paper.setCurrentIndex(paper.findData(58))
    dialog.findChild(QPushButton, "printerSaveButton").click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    saved = load_settings(demo_db)
    assert (saved.printer_uri, saved.printer_mode, saved.paper_width_mm) == (printer.uri, "text", 58)
    assert window.till.settings == saved


def test_changing_the_code_page_needs_a_new_text_test(qtbot, open_till, printer):
    window = open_till(pin="9999", printer_uri=printer.uri, printer_mode="text")
    window.findChild(QPushButton, "printerSettingsButton").click()
    dialog = visible_dialog(window, "printerSettings")
    mode = dialog.findChild(QComboBox, "printerModeInput")
    assert mode.currentData() == "text"  # tested before, saved
    codepage = dialog.findChild(QComboBox, "printerCodepageInput")
    codepage.setCurrentIndex(codepage.findData("cp437"))
    assert mode.currentData() == "raster" and not mode.model().item(1).isEnabled()


def test_printer_test_page_failure_is_shown(qtbot, open_till):
    window = open_till(pin="9999")
    window.findChild(QPushButton, "printerSettingsButton").click()
    dialog = visible_dialog(window, "printerSettings")
    dialog.findChild(QPushButton, "printTestPageButton").click()
    status = dialog.findChild(QLabel, "printerTestStatus")
    qtbot.waitUntil(lambda: "No receipt printer is set up" in status.text())


def test_customer_display_follows_the_sale(qtbot, open_till):
    window = open_till(customer_display=True)
    display = window.devices.display
    assert isinstance(display, QWidget) and display.objectName() == "customerDisplay"
    qtbot.waitUntil(display.isVisible)
    line = display.findChild(QLabel, "customerLine")
    total = display.findChild(QLabel, "customerTotal")
    scan(qtbot, window, COFFEE)
    qtbot.waitUntil(lambda: "Cà phê sữa đá" in line.text())
    assert window.till.money(25_000) in total.text()
    scan(qtbot, window, WATER)
    qtbot.waitUntil(lambda: "Nước suối Lavie" in line.text())
    assert window.till.money(31_000) in total.text()

    qtbot.keyClick(window.sale.scan_input, Qt.Key_F12)
    qtbot.waitUntil(lambda: visible_dialog(window, "paymentDialog") is not None)
    qr = display.findChild(QLabel, "customerQr")
    qtbot.waitUntil(qr.isVisible)
    payload = qr.property("payload")
    assert check_crc(payload) and parse_emv(payload)["54"] == "31000"
    assert not qr.pixmap().isNull()
    payment = visible_dialog(window, "paymentDialog")
    qtbot.mouseClick(payment.findChild(QPushButton, "quickTender_50000"), Qt.LeftButton)
    qtbot.keyClick(payment.findChild(QLineEdit, "cashTenderedInput"), Qt.Key_Return)
    qtbot.waitUntil(lambda: "Thank you" in line.text())
    assert window.till.money(19_000) in total.text() and not qr.isVisible()
    back_to_the_till(qtbot, window)
    scan(qtbot, window, WATER)
    qtbot.waitUntil(lambda: cart_rows(window) == 1 and "Nước suối" in line.text())
