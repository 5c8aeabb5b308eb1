"""Key presses as a cashier makes them: always to the widget that has the keyboard focus
(`QApplication.focusWidget()`, or an open menu), never to a widget picked by the test, never after a click or
setFocus(). A flow that needs a click to work fails here, clearly.

Keys are given as text ("500000"), a Qt key (Qt.Key_Return), or (text or key, modifier), e.g.
("9999", Qt.KeypadModifier) for digits typed on the numeric keypad; a function among them is
called at that point (to look at a modal dialog before the next key closes it)."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget


def focused(qtbot=None) -> QWidget:
    """The widget that has the keyboard focus (or the open menu). With `qtbot`, pending events are let through
    first for up to a second (a closed dialog hands activation back to its window through the
    event queue, as a window manager would); then, no focus is a failure."""
    if QApplication.focusWidget() is None and qtbot is not None:
        try:
            qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=1000)
        except Exception:  # noqa: BLE001 - reported below, with what is active
            pass
    # an open menu takes the keyboard's keys (Qt gives them to the popup, not the focus)
    widget = QApplication.activePopupWidget() or QApplication.focusWidget()
    if widget is None:
        active = QApplication.activeWindow()
        raise AssertionError("Nothing has the keyboard focus (active window: "
                             f"{active.objectName() if active else None!r}): the cashier's "
                             "typing would go nowhere.")
    return widget


def type_text(qtbot, text: str, modifier=Qt.NoModifier) -> None:
    for char in text:  # one at a time: focus may move between keys, as it would for a person
        qtbot.keyClicks(focused(qtbot), char, modifier)


def press(qtbot, key, modifier=Qt.NoModifier) -> None:
    qtbot.keyClick(focused(qtbot), key, modifier)


def send(qtbot, *keys) -> None:
    """Each of `keys` in turn (see the module's docstring)."""
    for key in keys:
        key, modifier = key if isinstance(key, tuple) else (key, Qt.NoModifier)
        if callable(key):
            key()
        elif isinstance(key, str):
            type_text(qtbot, key, modifier)
        else:
            press(qtbot, key, modifier)


def active_name() -> str | None:
    window = QApplication.activeWindow()
    return window.objectName() if window is not None else None


def wait_active(qtbot, name: str) -> QWidget:
    """Waits until the window (dialog) named `name` is the active window; returns it."""
    qtbot.waitUntil(lambda: active_name() == name)
    return QApplication.activeWindow()


def when_active(qtbot, name: str, *keys, tries: int = 250) -> None:
    """For a dialog opened with exec() (the key that opens it blocks until it closes): once
    `name` is the active window, `keys` are sent to it. Gives up after `tries` polls, so a
    dialog that never opens cannot leak into other tests."""
    def poll(left: int) -> None:
        if active_name() == name:
            send(qtbot, *keys)
        elif left:
            QTimer.singleShot(20, lambda: poll(left - 1))
    QTimer.singleShot(0, lambda: poll(tries))
