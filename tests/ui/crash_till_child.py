"""Child process for the crash test: the real till (as `pos` starts it), offscreen, driven by
key presses sent to whatever has the keyboard focus, then left running to be killed.

    python crash_till_child.py DATA_DIR PIN CODE [CODE ...]

Logs in with PIN, scans each CODE (typed into the focused field, then Enter) and prints
"scanned N" once the sale screen holds N lines. It then waits (the test kills it with
SIGKILL); it gives up after a minute so that it cannot outlive a failed test."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from pos.app import run_gui

GIVE_UP_MS = 60_000
POLL_MS = 50


def main(data_dir: Path, pin: str, codes: list[str]) -> int:
    app = QApplication.instance() or QApplication(sys.argv)

    def window():
        return next((w for w in app.topLevelWidgets()
                     if w.objectName() == "mainWindow" and w.isVisible()), None)

    def keys(text: str) -> None:
        for char in text:
            QTest.keyClicks(app.focusWidget(), char)
        QTest.keyClick(app.focusWidget(), Qt.Key_Return)

    def log_in() -> None:
        w = window()
        if w is None or app.focusWidget() is None:
            QTimer.singleShot(POLL_MS, log_in)
            return
        keys(pin)
        scan_when_ready(w, 0)

    def scan_when_ready(w, done: int) -> None:
        """Each code once the previous one reached the cart (a person waits for the beep)."""
        if w.stack.currentWidget() is not w.sale or len(w.sale.basket.lines) < done:
            QTimer.singleShot(POLL_MS, lambda: scan_when_ready(w, done))
            return
        if done == len(codes):
            print(f"scanned {done}", flush=True)
            return
        keys(codes[done])
        QTimer.singleShot(POLL_MS, lambda: scan_when_ready(w, done + 1))

    QTimer.singleShot(0, log_in)
    QTimer.singleShot(GIVE_UP_MS, app.quit)
    return run_gui(data_dir)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2], sys.argv[3:]))
