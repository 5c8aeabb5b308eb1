"""Scanners in the real till window: a serial scanner through socat, and the keyboard wedge
with a prefix/suffix and with an input method composing text in the middle of a burst."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from pos.services.demo import demo_ean
from pos.services.settings import save_settings
from pos.ui.application import build_window
from tests.ui.printing_helpers import WATER, cart_rows, log_in, visible_dialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "devices"))
from socat_pair import PtyPair  # noqa: E402


@pytest.fixture
def open_till(qtbot, demo_db, data_dir):
    windows = []

    def open_with(**settings):
        save_settings(demo_db, **settings)
        window = build_window(demo_db, data_dir)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        log_in(qtbot, window)
        return window

    yield open_with
    for window in windows:
        window.close()
        window.till.tasks.shutdown()


@pytest.mark.skipif(shutil.which("socat") is None, reason="needs socat")
def test_serial_scanner_lines_become_cart_lines(qtbot, open_till, tmp_path):
    pty = PtyPair(tmp_path).start()
    try:
        window = open_till(serial_scanner_port=str(pty.till_end))
        reader = window.devices.serial.reader
        qtbot.waitUntil(reader.connected.is_set)
        pty.send(f"{WATER}\r\n{demo_ean(2)}\r\n".encode())
        qtbot.waitUntil(lambda: cart_rows(window) == 2)
        pty.send(f"{WATER}\r\n".encode())
        qtbot.waitUntil(lambda: window.sale.basket.lines[0].quantity == 2)
        assert [line.sku for line in window.sale.basket.lines] == ["SP0001", "SP0002"]

        qtbot.keyClick(window.sale.scan_input, Qt.Key_F12)  # paying: scans must wait
        qtbot.waitUntil(lambda: visible_dialog(window, "paymentDialog") is not None)
        pty.send(f"{demo_ean(3)}\r\n".encode())
        qtbot.wait(500)
        assert cart_rows(window) == 2
    finally:
        pty.stop()


@pytest.mark.skipif(shutil.which("socat") is None, reason="needs socat")
def test_unplugged_serial_scanner_is_shown(qtbot, open_till, tmp_path):
    window = open_till(serial_scanner_port=str(tmp_path / "ttyACM7"))
    message = window.sale.message
    qtbot.waitUntil(lambda: "ttyACM7" in message.text() and "plugged in" in message.text())


def test_wedge_prefix_and_suffix_in_the_scan_field(qtbot, open_till):
    window = open_till(scanner_prefix="$", scanner_suffix="#")
    field = window.sale.scan_input
    qtbot.keyClicks(field, f"${WATER}#")  # a suffix ends the scan, no Enter needed
    qtbot.waitUntil(lambda: cart_rows(window) == 1)
    assert field.text() == ""
    qtbot.keyClicks(field, f"${demo_ean(2)}")
    qtbot.keyClick(field, Qt.Key_Return)
    qtbot.waitUntil(lambda: cart_rows(window) == 2)
    for ch in "dau":  # a person typing a search: slower than a scanner, reaches the field
        qtbot.keyClick(field, ch)
        qtbot.wait(window.sale.scanner.max_gap_ms * 3)
    qtbot.waitUntil(lambda: field.text() == "dau")
    qtbot.waitUntil(window.sale.search_results.isVisible)  # the search still works


def test_wedge_prefix_elsewhere(qtbot, open_till):
    window = open_till(scanner_prefix="]C1")
    table = window.sale.cart_table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClicks(table, f"]C1{WATER}")
    qtbot.keyClick(table, Qt.Key_Return)
    qtbot.waitUntil(lambda: cart_rows(window) == 1)
    assert window.sale.basket.lines[0].sku == "SP0001"


@pytest.fixture
def other_field(qtbot, open_till):
    """A text field (a customer's name, say) focused while the scanner fires."""
    window = open_till()
    field = QLineEdit(window.sale)
    field.show()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    return window, field


def press(widget, key: int, text: str) -> None:
    QApplication.sendEvent(widget, QKeyEvent(QEvent.KeyPress, key, Qt.NoModifier, text))
    QApplication.sendEvent(widget, QKeyEvent(QEvent.KeyRelease, key, Qt.NoModifier, text))


def test_digit_keys_are_read_as_digits_whatever_text_they_carry(qtbot, other_field):
    window, field = other_field
    # As a keyboard layout or input method may report them: digit keys with other characters.
    for ch in WATER:
        press(field, Qt.Key_0 + int(ch), {"1": "á", "9": "đ"}.get(ch, ch))
    press(field, Qt.Key_Return, "\r")
    qtbot.waitUntil(lambda: cart_rows(window) == 1)
    assert window.sale.basket.lines[0].sku == "SP0001" and field.text() == ""


def test_input_method_text_inside_a_burst_is_not_a_scan(qtbot, other_field):
    window, field = other_field
    for ch in "893000":
        press(field, Qt.Key_0 + int(ch), ch)
    composed = QInputMethodEvent()
    composed.setCommitString("đ")  # Telex turned "dd" into "đ": letters the till never saw
    QApplication.sendEvent(field, composed)
    for ch in "0000019":
        press(field, Qt.Key_0 + int(ch), ch)
    press(field, Qt.Key_Return, "\r")
    qtbot.wait(200)
    assert cart_rows(window) == 0  # never a wrong item in the cart
    qtbot.waitUntil(lambda: field.text() == "893000đ0000019")  # nothing lost, in order


def test_input_method_text_just_before_a_burst_is_not_a_scan(qtbot, other_field):
    window, field = other_field
    composed = QInputMethodEvent()
    composed.setCommitString("Đ")  # the input method swallowed the code's first letters
    QApplication.sendEvent(field, composed)
    for ch in WATER:
        press(field, Qt.Key_0 + int(ch), ch)
    press(field, Qt.Key_Return, "\r")
    qtbot.wait(200)
    assert cart_rows(window) == 0
    assert field.text() == "Đ" + WATER


def test_a_scan_after_a_pause_in_an_input_method_field_still_counts(qtbot, other_field):
    window, field = other_field
    composed = QInputMethodEvent()
    composed.setCommitString("Nguyễn")  # the cashier typed a name with Telex
    QApplication.sendEvent(field, composed)
    qtbot.wait(window.sale.scanner.max_gap_ms * 4)
    for ch in WATER:
        press(field, Qt.Key_0 + int(ch), ch)
    press(field, Qt.Key_Return, "\r")
    qtbot.waitUntil(lambda: cart_rows(window) == 1)
    assert field.text() == "Nguyễn"
