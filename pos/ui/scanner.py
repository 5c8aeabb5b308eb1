"""Keyboard-wedge scanners: a burst of keys ending in Enter is a scan, wherever focus is.

When focus is not on the scan field, printable keys are held back for a few milliseconds:
if more keys follow faster than a person types and Enter ends them, they were a scan and
never reach the focused field; otherwise they are replayed to it unchanged."""
from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

ENTER_KEYS = (0x01000004, 0x01000005)  # Qt.Key_Return, Qt.Key_Enter


class WedgeScanner(QObject):
    scanned = Signal(str)

    def __init__(self, scan_field: QWidget, max_gap_ms: int = 35, min_length: int = 4,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.scan_field = scan_field
        self.max_gap_ms = max_gap_ms
        self.min_length = min_length
        self.enabled = True
        self._held: list[tuple[QWidget, QKeyEvent]] = []
        self._last = 0.0
        self._replaying = False
        self._flush_timer = QTimer(self, singleShot=True, timeout=self._replay)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.KeyPress or self._replaying or not self.enabled:
            return False
        target = QApplication.focusWidget()
        if target is None or target is self.scan_field or obj is not target:
            return False
        return self._hold_or_pass(target, event)

    def _hold_or_pass(self, target: QWidget, event: QKeyEvent) -> bool:
        now = time.monotonic()
        burst = self._held and (now - self._last) * 1000 <= self.max_gap_ms
        self._last = now
        if event.key() in ENTER_KEYS and burst and len(self._held) >= self.min_length:
            code = "".join(e.text() for _, e in self._held)
            self._held.clear()
            self._flush_timer.stop()
            self.scanned.emit(code)
            return True
        if not event.text() or not event.text().isprintable():
            self._replay()
            return False
        if self._held and not burst:
            self._replay()
        self._held.append((target, QKeyEvent(event.type(), event.key(), event.modifiers(),
                                             event.text())))
        self._flush_timer.start(self.max_gap_ms * 2)
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
