"""Shifts in the real till window, driven by keys: the float offered at login, a sale, a cash
out, the close with a blind count showing a shortage that a manager approves, and the Z report
printed on a TCP receipt printer and kept."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QLabel, QLineEdit, QMenu, QPlainTextEdit, QPushButton, QTableWidget,
                               QWidget)

from pos.services import shifts
from pos.services.settings import load_settings, save_settings
from pos.services.users import login
from pos.ui.application import build_window
from tests.ui.conftest import type_and_enter
from tests.ui.printing_helpers import WATER, back_to_the_till, log_in, sell_for_cash

from escpos_decoder import decode  # noqa: E402  (tests/printing, put on the path by the helpers)
from fake_printer import FakeNetworkPrinter  # noqa: E402

SCREENSHOTS = os.environ.get("OMNIPOS_SCREENSHOTS")  # a folder: save the dialogs as PNGs


@pytest.fixture
def printer():
    fake = FakeNetworkPrinter()
    yield fake
    fake.close()


@pytest.fixture
def till(qtbot, demo_db_no_shift, data_dir, printer):
    save_settings(demo_db_no_shift, over_short_limit=10_000, printer_uri=printer.uri,
                  printer_mode="text")
    window = build_window(demo_db_no_shift, data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.devices.printing.timeout = 2
    yield window
    window.close()
    window.till.tasks.shutdown()


def dialog_named(window, name: str):
    """A visible dialog (or menu) of this till's window: windows left by other tests do not
    count."""
    return next((w for w in window.findChildren(QWidget, name) if w.isVisible()), None)


def wait_dialog(qtbot, window, name: str):
    qtbot.waitUntil(lambda: dialog_named(window, name) is not None)
    return dialog_named(window, name)


def shoot(qtbot, widget, name: str) -> None:
    if SCREENSHOTS:
        qtbot.wait(100)  # let the event loop paint the last change first
        Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SCREENSHOTS) / f"{name}.png"))


def manager_menu(qtbot, window, action: str) -> None:
    """F11 on the sale screen, then the menu entry (as a cashier would pick it)."""
    qtbot.keyClick(window.sale.scan_input, Qt.Key_F11)
    menu: QMenu = wait_dialog(qtbot, window, "backOfficeMenu")
    entry = next(a for a in menu.actions() if a.objectName() == action)
    menu.setActiveAction(entry)
    qtbot.keyClick(menu, Qt.Key_Return)


def next_print(qtbot, printer):
    qtbot.waitUntil(lambda: not printer.jobs.empty(), timeout=10_000)
    return decode(printer.jobs.get())


def test_open_sell_cash_out_close_short_with_a_manager(qtbot, till, printer):
    db, shop = till.till.db, load_settings(till.till.db)
    log_in(qtbot, till, "1111")  # Lan, a cashier: no shift open, so the float is asked for
    opening = wait_dialog(qtbot, till, "openShiftDialog")
    shoot(qtbot, opening, "open-shift")
    type_and_enter(qtbot, opening.findChild(QLineEdit, "floatInput"), "500.000")
    qtbot.waitUntil(lambda: shifts.current_shift(db, shop) is not None)
    assert shifts.current_shift(db, shop).opening_float == 500_000
    back_to_the_till(qtbot, till)

    assert sell_for_cash(qtbot, till, WATER, note=10_000) == "T1-000001"  # 6.000 ₫
    assert "T1-000001" in next_print(qtbot, printer).text  # the receipt

    manager_menu(qtbot, till, "cashInOutAction")
    moving = wait_dialog(qtbot, till, "cashMovementDialog")
    qtbot.keyClicks(moving.findChild(QLineEdit, "cashAmountInput"), "50.000")
    type_and_enter(qtbot, moving.findChild(QLineEdit, "cashReasonInput"), "safe drop")
    message = till.sale.findChild(QLabel, "messageLabel")
    qtbot.waitUntil(lambda: "Cash out recorded: 50.000" in message.text())
    next_print(qtbot, printer)  # the drawer opens for the cash to come out
    assert shifts.x_report(db, shop).tender("cash").expected == 500_000 + 6_000 - 50_000
    back_to_the_till(qtbot, till)

    manager_menu(qtbot, till, "closeShiftAction")
    counting = wait_dialog(qtbot, till, "blindCountDialog")
    assert "456" not in counting.findChild(QLabel).text()  # blind: nothing expected shown
    shoot(qtbot, counting, "blind-count")
    type_and_enter(qtbot, counting.findChild(QLineEdit, "count_cash"), "436.000")

    result = wait_dialog(qtbot, till, "countResultDialog")
    table = result.findChild(QTableWidget, "countTable")
    assert [table.item(0, c).text() for c in range(4)] == [
        "Cash", "456.000\xa0₫", "436.000\xa0₫", "-20.000\xa0₫"]
    assert result.findChild(QLabel, "approvalNote").isVisible()
    shoot(qtbot, result, "count-result")
    qtbot.keyClick(table.parentWidget(), Qt.Key_Return)  # the default button: close the shift

    approval = wait_dialog(qtbot, till, "managerApproval")
    type_and_enter(qtbot, approval.findChild(QLineEdit, "managerPinInput"), "9999")

    report = wait_dialog(qtbot, till, "shiftReportDialog")
    text = report.findChild(QPlainTextEdit, "shiftReportText").toPlainText()
    for expected in ("Z REPORT · shift 1", "Over/short approved by", "Minh", "-20.000"):
        assert expected in text, expected
    printed = next_print(qtbot, printer)
    assert "Z REPORT · shift 1" in printed.text and "-20.000" in printed.text
    status = report.findChild(QLabel, "shiftReportStatus")
    qtbot.waitUntil(lambda: status.text() == "Z report printed.")
    shoot(qtbot, report, "z-report")

    z = shifts.z_report(db, 1, shop)  # kept
    assert (z.approved_by, z.closed_by, z.over_short, z.sales_count) == ("Minh", "Lan", -20_000, 1)
    assert shifts.current_shift(db, shop) is None
    qtbot.keyClick(report.findChild(QPlainTextEdit), Qt.Key_Escape)
    qtbot.waitUntil(lambda: till.stack.currentWidget() is till.login)  # the next cashier


def test_no_float_no_sale_then_open_from_the_menu(qtbot, till):
    db, shop = till.till.db, load_settings(till.till.db)
    log_in(qtbot, till, "1111")
    wait_dialog(qtbot, till, "openShiftDialog").reject()
    back_to_the_till(qtbot, till)
    type_and_enter(qtbot, till.sale.scan_input, WATER)
    qtbot.waitUntil(lambda: len(till.sale.basket.lines) == 1)
    qtbot.keyClick(till.sale.scan_input, Qt.Key_F12)
    paying = wait_dialog(qtbot, till, "paymentDialog")
    type_and_enter(qtbot, paying.findChild(QLineEdit, "cashTenderedInput"), "10000")
    message = till.sale.findChild(QLabel, "messageLabel")
    qtbot.waitUntil(lambda: "Open a shift first" in message.text())
    assert len(till.sale.basket.lines) == 1  # the sale stays on screen

    back_to_the_till(qtbot, till)
    manager_menu(qtbot, till, "openShiftAction")
    type_and_enter(qtbot, wait_dialog(qtbot, till, "openShiftDialog").findChild(QLineEdit,
                                                                          "floatInput"), "0")
    qtbot.waitUntil(lambda: shifts.current_shift(db, shop) is not None)

    back_to_the_till(qtbot, till)
    manager_menu(qtbot, till, "xReportAction")
    report = wait_dialog(qtbot, till, "shiftReportDialog")
    assert "X REPORT · shift 1 (open)" in report.findChild(QPlainTextEdit).toPlainText()
    assert not report.findChild(QLabel, "shiftReportStatus").text()


def test_the_last_z_report_is_kept_and_prints_again(qtbot, till, printer):
    db, shop = till.till.db, load_settings(till.till.db)
    minh = shifts.open_shift(db, login(db, "9999"), 0, shop)
    shifts.close_shift(db, login(db, "9999"), {"cash": 0}, shop)
    log_in(qtbot, till, "9999")
    wait_dialog(qtbot, till, "openShiftDialog").reject()  # the next login offers a new one
    back_to_the_till(qtbot, till)
    manager_menu(qtbot, till, "lastZReportAction")
    report = wait_dialog(qtbot, till, "shiftReportDialog")
    assert f"Z REPORT · shift {minh.id}" in report.findChild(QPlainTextEdit).toPlainText()
    assert printer.jobs.empty()  # shown, printed only when asked
    qtbot.mouseClick(report.findChild(QPushButton, "printReportButton"), Qt.LeftButton)
    assert f"Z REPORT · shift {minh.id}" in next_print(qtbot, printer).text
