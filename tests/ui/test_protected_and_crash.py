"""Manager approval for a big discount, and an uncaught error that is shown and logged."""
from __future__ import annotations

import logging
import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QRadioButton

from pos.services.demo import demo_ean
from pos.ui.application import install_crash_dialog
from tests.ui.conftest import type_and_enter


def answer_dialog(qtbot, name: str, steps, tries: int = 250) -> None:
    """When the modal dialog `name` opens, run steps(dialog) on it (it blocks the caller).
    Gives up after `tries` polls so a dialog that never opens cannot leak into other tests."""
    def poll(left: int):
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if w.objectName() == name and w.isVisible()), None)
        if dialog is not None:
            steps(dialog)
        elif left:
            QTimer.singleShot(20, lambda: poll(left - 1))
    QTimer.singleShot(0, lambda: poll(tries))


def fill_discount(percent: str):
    def steps(dialog):
        field = dialog.findChild(QLineEdit, "discountInput")
        field.setText(percent)
        QTimer.singleShot(0, lambda: dialog.findChild(QRadioButton).setChecked(True))
        dialog._try_accept()
    return steps


def manager_pin(pin: str):
    def steps(dialog):
        dialog.findChild(QLineEdit, "managerPinInput").setText(pin)
        dialog._try_accept()
    return steps


def test_a_discount_above_the_cashier_limit_needs_a_manager(qtbot, logged_in):
    w = logged_in
    field = w.findChild(QLineEdit, "scanInput")
    type_and_enter(qtbot, field, demo_ean(1))
    qtbot.waitUntil(lambda: len(w.sale.basket.lines) == 1)

    answer_dialog(qtbot, "discountDialog", fill_discount("50"))
    answer_dialog(qtbot, "managerApproval", lambda d: d.reject())
    qtbot.keyClick(field, Qt.Key_F4)
    assert w.sale.basket.lines[0].discount is None  # refused: nothing changed

    # offscreen has no window manager to give activation back after a modal dialog
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)

    answer_dialog(qtbot, "discountDialog", fill_discount("50"))
    answer_dialog(qtbot, "managerApproval", manager_pin("9999"))
    qtbot.keyClick(field, Qt.Key_F4)
    # the approval is journaled off the UI thread, then the discount is applied
    qtbot.waitUntil(lambda: w.sale.basket.lines[0].discount is not None)
    assert w.sale.basket.lines[0].discount.value == 5000
    assert w.sale.cart_model.totals.total == 3000


def test_a_cashier_cannot_approve_their_own_big_discount(qtbot, logged_in):
    w = logged_in
    field = w.findChild(QLineEdit, "scanInput")
    type_and_enter(qtbot, field, demo_ean(1))
    qtbot.waitUntil(lambda: len(w.sale.basket.lines) == 1)
    seen = {}

    def cashier_pin(dialog):
        dialog.findChild(QLineEdit, "managerPinInput").setText("1111")
        dialog._try_accept()
        seen["error"] = dialog.error.text()
        dialog.reject()

    answer_dialog(qtbot, "discountDialog", fill_discount("50"))
    answer_dialog(qtbot, "managerApproval", cashier_pin)
    qtbot.keyClick(field, Qt.Key_F4)
    assert "not a manager" in seen["error"]
    assert w.sale.basket.lines[0].discount is None


def test_an_uncaught_error_is_logged_and_shown_and_the_window_stays(qtbot, logged_in, caplog,
                                                                   monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    old = sys.excepthook
    install_crash_dialog()
    try:
        with caplog.at_level(logging.CRITICAL):
            try:
                raise RuntimeError("printer driver exploded")
            except RuntimeError:
                sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old
    assert "printer driver exploded" in shown[0]
    assert any("uncaught exception" in r.message for r in caplog.records)
    assert logged_in.isVisible()
