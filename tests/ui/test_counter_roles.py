"""The F11 menu offers only what can be done now (issue #14): no "Open shift" while a shift is
open at this till, no "Close shift" while none is. Keys go to the focused widget only."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.keys import press, wait_active
from tests.ui.test_keyboard_flows import log_in, selling, till_without_shift  # noqa: F401


def f11_menu(qtbot):
    press(qtbot, Qt.Key_F11)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    return QApplication.activePopupWidget()


def offered(menu, name: str) -> bool:
    return next(a for a in menu.actions() if a.objectName() == name).isEnabled()


def test_with_a_shift_open_the_menu_offers_close_not_open(qtbot, selling):
    menu = f11_menu(qtbot)  # the shift state is read off the UI thread: it follows at once
    qtbot.waitUntil(lambda: not offered(menu, "openShiftAction"))
    assert offered(menu, "closeShiftAction")
    press(qtbot, Qt.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)


def test_with_no_shift_the_menu_offers_open_not_close(qtbot, till_without_shift):
    log_in(qtbot, till_without_shift)
    wait_active(qtbot, "openShiftDialog")
    press(qtbot, Qt.Key_Escape)  # not now: the menu must offer it later
    menu = f11_menu(qtbot)
    qtbot.waitUntil(lambda: not offered(menu, "closeShiftAction"))
    assert offered(menu, "openShiftAction")
    press(qtbot, Qt.Key_Escape)


def test_the_login_screen_offers_nothing_that_needs_a_user(qtbot, till_without_shift):
    """Reprint, No sale, Printer settings...: hidden until someone logs in, hidden again at
    the next switch of user; Ctrl+R does nothing at the login screen."""
    from PySide6.QtWidgets import QDialog, QFrame

    w = till_without_shift
    bar = w.findChild(QFrame, "deviceBar")
    assert not bar.isVisible()
    press(qtbot, Qt.Key_R, Qt.ControlModifier)
    assert not [d for d in w.findChildren(QDialog) if d.isVisible()]
    log_in(qtbot, w)
    wait_active(qtbot, "openShiftDialog")
    press(qtbot, Qt.Key_Escape)
    qtbot.waitUntil(bar.isVisible)
    press(qtbot, Qt.Key_L, Qt.ControlModifier)  # switch user: back to the login screen
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.login)
    assert not bar.isVisible()
