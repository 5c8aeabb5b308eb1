"""Hands codes from the serial scanner's reader thread to the UI thread as Qt signals."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from pos.devices.serial_scanner import SerialScanner


class SerialScanBridge(QObject):
    scanned = Signal(str)  # emitted on the reader thread, delivered queued on the UI thread
    problem = Signal(str)

    def __init__(self, port: str, baud: int, prefix: str = "", suffix: str = "",
                 parent: QObject | None = None):
        super().__init__(parent)
        self.reader = SerialScanner(port, baud, self.scanned.emit, self.problem.emit,
                                    prefix, suffix)

    def start(self) -> None:
        self.reader.start()

    def stop(self) -> None:
        self.reader.stop()
