"""Helpers for the till's printing tests: a shop with a printer, a cashier who sells."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QPushButton, QTableView

from pos.services.demo import demo_ean
from pos.services.settings import save_settings
from tests.ui.conftest import type_and_enter

WATER = demo_ean(1)  # Nước suối Lavie 330ml, 6.000 ₫, VAT 10 %
COFFEE = "CF0161"  # Cà phê sữa đá, 25.000 ₫, VAT 8 %

# The printer fakes and the ESC/POS decoder live in tests/printing and import each other flat.
PRINTING_TESTS = str(Path(__file__).resolve().parents[1] / "printing")
if PRINTING_TESTS not in sys.path:
    sys.path.insert(0, PRINTING_TESTS)


def cart_rows(window) -> int:
    return window.findChild(QTableView, "cartTable").model().rowCount()


def scan(qtbot, window, code: str) -> None:
    type_and_enter(qtbot, window.findChild(QLineEdit, "scanInput"), code)


def log_in(qtbot, window, pin: str = "1111") -> None:
    type_and_enter(qtbot, window.login.pin, pin)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sale)


def sell_for_cash(qtbot, window, *codes: str, note: int = 200_000) -> str:
    """Scan the codes, pay with one banknote; returns the receipt label shown."""
    before = cart_rows(window)
    for code in codes:
        scan(qtbot, window, code)
    qtbot.waitUntil(lambda: cart_rows(window) == before + len(set(codes)))
    qtbot.keyClick(window.findChild(QLineEdit, "scanInput"), Qt.Key_F12)
    qtbot.waitUntil(lambda: visible_dialog(window, "paymentDialog") is not None)
    dialog = visible_dialog(window, "paymentDialog")
    qtbot.mouseClick(dialog.findChild(QPushButton, f"quickTender_{note}"), Qt.LeftButton)
    last = window.findChild(QLabel, "lastSaleLabel")
    shown = last.text()
    qtbot.keyClick(dialog.findChild(QLineEdit, "cashTenderedInput"), Qt.Key_Return)
    qtbot.waitUntil(lambda: last.text() != shown and "receipt" in last.text())
    back_to_the_till(qtbot, window)
    return last.text().rsplit(" ", 1)[-1]


def back_to_the_till(qtbot, window) -> None:
    # The offscreen platform has no window manager to re-activate the till after a dialog.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.sale.scan_input.setFocus()


def visible_dialog(window, name: str):
    found = [d for d in window.findChildren(QDialog, name) if d.isVisible()]
    return found[0] if found else None


@pytest.fixture
def printer():
    """A network printer on 127.0.0.1 that keeps each job it receives."""
    from fake_printer import FakeNetworkPrinter

    fake = FakeNetworkPrinter()
    yield fake
    fake.close()


@pytest.fixture
def open_till(qtbot, demo_db, data_dir):
    """Builds the window once the test has set the printer up (settings are read at start)."""
    from pos.ui.application import build_window

    windows = []

    def open_with(**settings):
        save_settings(demo_db, **settings)
        window = build_window(demo_db, data_dir)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.devices.printing.timeout = 0.5
        window.devices.printing.auto_retry.setInterval(300)
        windows.append(window)
        log_in(qtbot, window)
        return window

    yield open_with
    for window in windows:
        window.close()
        window.till.tasks.shutdown()


def next_job(qtbot, printer) -> bytes:
    """Waits with the event loop running: the print is started from the UI thread."""
    qtbot.waitUntil(lambda: not printer.jobs.empty(), timeout=10_000)
    return printer.jobs.get()
