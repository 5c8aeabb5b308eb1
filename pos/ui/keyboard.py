"""Keyboard first: a dialog opens with its first field focused and its text selected, so what
the cashier types replaces it; Enter presses the dialog's accepting button, Esc cancels (the
dialog's own), and closing it gives the keyboard back to the window underneath
(`KeyboardFirstDialog`, the base of every dialog at the counter).

Without this, Qt focuses the first focusable widget made, which in our forms is often the
OK button (it is built before the fields): typed digits then went nowhere."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QAbstractSpinBox, QApplication,
                               QComboBox, QDialog, QLineEdit, QPlainTextEdit, QPushButton, QTextEdit,
                               QWidget)

_TEXT_FIELDS = (QLineEdit, QAbstractSpinBox, QPlainTextEdit, QTextEdit)
_OTHER_FIELDS = (QAbstractItemView, QComboBox)


def first_field(container: QWidget) -> QWidget | None:
    """The first field in the tab order of a dialog (or of a part of it, a tab) where one
    types; else its first list or choice."""
    chain, widget = [], container.nextInFocusChain()
    while widget is not container and widget not in chain:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    usable = [w for w in chain if container.isAncestorOf(w) and w.isVisibleTo(container)
              and w.isEnabled() and w.focusPolicy() & Qt.TabFocus]
    for kinds in (_TEXT_FIELDS, _OTHER_FIELDS):
        for w in usable:
            if isinstance(w, kinds) and not getattr(w, "isReadOnly", lambda: False)():
                return w
    return None


def focus_field(field: QWidget | None) -> None:
    """Focus `field` with its text selected: typing replaces it."""
    if field is None:
        return
    field.setFocus(Qt.TabFocusReason)
    if isinstance(field, (QLineEdit, QAbstractSpinBox)):
        field.selectAll()
    elif isinstance(field, QAbstractItemView) and not field.currentIndex().isValid() \
            and field.model() is not None and field.model().rowCount():
        field.setCurrentIndex(field.model().index(0, 0))


def only_default(dialog: QDialog, button: QPushButton | None) -> None:
    """`button` is what Enter presses; no other button takes Enter over by having focus."""
    for other in dialog.findChildren(QPushButton):
        if other.window() is dialog and other is not button:
            other.setAutoDefault(False)
            other.setDefault(False)
    if button is not None:
        button.setAutoDefault(True)
        button.setDefault(True)


class KeyboardFirstDialog(QDialog):
    """A dialog that opens ready for typing: `keyboard_field()` (by default its first field)
    has the focus with its text selected; `enter_button`, when set, is the only button Enter
    presses; Esc cancels (QDialog's own). Closing it gives the keyboard back to the window
    underneath.

    A base class rather than a helper object: a helper holding its dialog would make a
    reference cycle, and Python's collector may then free the dialog's wrappers on a worker
    thread while Qt still uses them."""

    enter_button: QPushButton | None = None

    def keyboard_field(self) -> QWidget | None:
        return first_field(self)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.enter_button is not None:
            only_default(self, self.enter_button)
        focus_field(self.keyboard_field())

    def done(self, result: int) -> None:
        super().done(result)
        parent = self.parentWidget()
        if parent is not None:
            # later, once the dialog is gone: activating while it closes confuses Qt
            window = parent.window()
            QTimer.singleShot(0, window, lambda: _activate(window))


def _activate(window: QWidget) -> None:
    """Offscreen and some window managers leave no window active after a modal dialog."""
    modal = QApplication.activeModalWidget()  # another dialog in front keeps the keyboard
    if window.isVisible() and (modal is None or modal is window):
        window.activateWindow()
