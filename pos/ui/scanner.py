"""Keyboard-wedge scanners: a burst of keys ending in Enter is a scan, wherever focus is.

When focus is not on the scan field, printable keys are held back for a few milliseconds:
if more keys follow faster than a person types and Enter ends them, they were a scan and
never reach the focused field; otherwise they are replayed to it unchanged.

Scanners configured with a prefix and/or suffix: the prefix and suffix are removed from the
code, a suffix ends a scan like Enter does, and bursts are caught in the scan field too (so
the affixes never reach the search).

Dialogs in front of the till and PIN fields are left alone: what is typed there is a person.

Input methods (Vietnamese Telex/VNI): the code is built from key events only. A digit key is
read as its digit even when the event carries another character. If the input method
composes text in the middle of a burst (it swallowed letters of the code), the burst is not
a scan: its keys are replayed to the field, so a wrong code never reaches the cart.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from pos.devices.scan_codes import clean_scan

ENTER_KEYS = (0x01000004, 0x01000005)  # Qt.Key_Return, Qt.Key_Enter
DIGIT_KEYS = range(0x30, 0x3A)  # Qt.Key_0 .. Qt.Key_9


def key_char(event: QKeyEvent) -> str:
    """The character a key adds to a code: digit keys by key code, others by their text."""
    text = event.text()
    if event.key() in DIGIT_KEYS and not (text.isascii() and text.isdigit()):
        return chr(event.key())
    return text


class WedgeScanner(QObject):
    scanned = Signal(str)

    def __init__(self, scan_field: QWidget, max_gap_ms: int = 35, min_length: int = 4,
                 parent: QObject | None = None, *, prefix: str = "", suffix: str = ""):
        super().__init__(parent)
        self.scan_field = scan_field
        self.max_gap_ms = max_gap_ms
        self.min_length = min_length
        self.prefix, self.suffix = prefix, suffix
        self.enabled = True
        self._held: list[tuple[QWidget, QKeyEvent]] = []
        self._last = 0.0
        self._replaying = False
        self._spoiled = False  # an input method composed text in this burst
        self._flush_timer = QTimer(self, singleShot=True, timeout=self._replay)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if self._replaying or not self.enabled:
            return False
        if event.type() == QEvent.InputMethod:
            self._input_method_used()
            return False
        if event.type() != QEvent.KeyPress:
            return False
        target = QApplication.focusWidget()
        if target is None or obj is not target or self._resting(target):
            return False
        if target is self.scan_field and not (self.prefix or self.suffix):
            return False  # the scan field reads plain scans itself (Enter = scan)
        return self._hold_or_pass(target, event)

    def _resting(self, target: QWidget) -> bool:
        """A dialog in front of the till's window, or a PIN field, is typed in by a person:
        a manager's PIN typed fast and ended with Enter is not a scan."""
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not self.scan_field.window():
            return True
        return isinstance(target, QLineEdit) and target.echoMode() != QLineEdit.Normal

    def _input_method_used(self) -> None:
        """Composed text: the keys around it are not a trustworthy scan (letters are missing).

        The burst so far goes to the field, in order, and so do the keys that follow it
        closely, up to Enter or a pause.
        """
        self._replay()
        self._spoiled = True
        self._last = time.monotonic()

    def _hold_or_pass(self, target: QWidget, event: QKeyEvent) -> bool:
        now = time.monotonic()
        close = (now - self._last) * 1000 <= self.max_gap_ms
        burst = bool(self._held) and close
        self._last = now
        if self._spoiled and close:
            self._spoiled = event.key() not in ENTER_KEYS
            return False
        self._spoiled = False
        ends_with_suffix = bool(self.suffix) and (self._text() + event.text()).endswith(self.suffix)
        if burst and (event.key() in ENTER_KEYS or ends_with_suffix):
            code = clean_scan(self._text() + event.text(), self.prefix, self.suffix)
            if len(code) >= self.min_length:
                return self._emit(code)
        if not event.text() or not event.text().isprintable():
            self._replay()
            return False
        if self._held and not burst:
            self._replay()
        self._held.append((target, QKeyEvent(event.type(), event.key(), event.modifiers(),
                                             event.text())))
        self._flush_timer.start(self.max_gap_ms * 2)
        return True

    def _text(self) -> str:
        return "".join(key_char(e) for _, e in self._held)

    def _emit(self, code: str) -> bool:
        self._held.clear()
        self._flush_timer.stop()
        self.scanned.emit(code)
        return True

    def _replay(self) -> None:
        held, self._held = self._held, []
        self._flush_timer.stop()
        self._replaying = True
        try:
            for target, event in held:
                QApplication.sendEvent(target, event)
        finally:
            self._replaying = False
