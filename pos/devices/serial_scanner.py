"""Serial (USB-COM) barcode scanners: a reader thread; each line the scanner sends is a scan.

Serial mode bypasses the keyboard, so keyboard layouts and input methods (Vietnamese Telex or
VNI) cannot change a code. No Qt here: the UI passes a callback that hands the code to its own
thread (pos.ui.serial_bridge).
"""
from __future__ import annotations

import logging
import threading
from typing import Callable

import serial

from pos.devices.scan_codes import clean_scan

log = logging.getLogger(__name__)
READ_TIMEOUT = 0.2  # seconds: how fast stop() is noticed
REOPEN_AFTER = 2.0  # seconds between attempts when the scanner is unplugged


def split_lines(buffer: bytes) -> tuple[list[bytes], bytes]:
    """Complete lines (CR, LF or CRLF ended) and the unfinished rest.

    A CRLF split across two reads gives an empty line, which is not a scan.
    """
    *lines, rest = buffer.replace(b"\r\n", b"\n").replace(b"\r", b"\n").split(b"\n")
    return lines, rest


class SerialScanner:
    def __init__(self, port: str, baud: int, on_scan: Callable[[str], None],
                 on_problem: Callable[[str], None] | None = None,
                 prefix: str = "", suffix: str = ""):
        self.port, self.baud = port, baud
        self.on_scan, self.on_problem = on_scan, on_problem or (lambda message: None)
        self.prefix, self.suffix = prefix, suffix
        self._stop = threading.Event()
        self.connected = threading.Event()  # set while the port is open and being read
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="serial-scanner", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join(timeout=2)

    def _run(self) -> None:
        reported = False  # one message per outage, not one every REOPEN_AFTER seconds
        while not self._stop.is_set():
            try:
                with serial.serial_for_url(self.port, baudrate=self.baud,
                                           timeout=READ_TIMEOUT) as port:
                    reported = False
                    self.connected.set()
                    self._read(port)
            except (serial.SerialException, OSError) as error:
                self.connected.clear()
                log.warning("serial scanner %s: %s", self.port, error)
                if not reported:
                    self.on_problem(f"Barcode scanner on {self.port} cannot be read ({error}). "
                                    "Check that it is plugged in and that the port in the "
                                    "settings is right; the till keeps trying.")
                    reported = True
                self._stop.wait(REOPEN_AFTER)

    def _read(self, port) -> None:
        pending = b""
        while not self._stop.is_set():
            pending += port.read(port.in_waiting or 1)
            lines, pending = split_lines(pending)
            for line in lines:
                code = clean_scan(line.decode("utf-8", errors="replace"), self.prefix,
                                  self.suffix)
                if code:
                    self.on_scan(code)
