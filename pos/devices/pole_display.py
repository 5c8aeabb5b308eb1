"""A serial pole display (2 lines x 20 characters, VFD/LCD) facing the customer.

Most pole displays (CD5220-compatible and Epson DM-D in their default mode) clear with FF
(0x0C), which also puts the cursor home, and wrap from the end of line 1 to line 2. A frame is
therefore FF followed by exactly 40 characters. Their character sets have no Vietnamese
letters, so text is folded to ASCII ("Cà phê" -> "Ca phe").

Writing happens on a thread of its own: a slow or unplugged display never holds up the till.
Only the newest frame matters, so frames waiting behind a slow port are dropped.
"""
from __future__ import annotations

import logging
import threading
from typing import Callable

import serial

from pos.domain.text import to_ascii

log = logging.getLogger(__name__)
WIDTH = 20
CLEAR = b"\x0c"
REOPEN_AFTER = 2.0  # seconds between attempts when the display is unplugged


def fit(text: str, align: str = "left") -> str:
    """One display line: ASCII, cut or padded to WIDTH characters."""
    text = to_ascii(text)[:WIDTH]
    if align == "center":
        return text.center(WIDTH)
    return text.rjust(WIDTH) if align == "right" else text.ljust(WIDTH)


def label_and_amount(label: str, amount: str) -> str:
    """'Total' on the left, the amount on the right; the amount wins when space is short."""
    amount = to_ascii(amount)[:WIDTH]
    room = WIDTH - len(amount) - 1
    return (fit(label)[:room].ljust(room) + " " + amount) if room > 0 else amount.rjust(WIDTH)


def frame(line1: str, line2: str) -> bytes:
    """The bytes that show two already-fitted lines."""
    return CLEAR + (line1 + line2).encode("ascii")


class PoleDisplay:
    def __init__(self, port: str, baud: int = 9600,
                 on_problem: Callable[[str], None] | None = None):
        self.port, self.baud = port, baud
        self.on_problem = on_problem or (lambda message: None)
        self._pending: bytes | None = None
        self._wake = threading.Condition()
        self._stop = False
        self.written = threading.Event()  # set after each frame reaches the port (tests)
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="pole-display", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        with self._wake:
            self._stop = True
            self._wake.notify()
        if self._thread:
            self._thread.join(timeout=2)

    def show(self, line1: str, line2: str) -> None:
        """Queue two lines (any text: folded and fitted here); never blocks."""
        with self._wake:
            self._pending = frame(fit(line1), fit(line2))
            self._wake.notify()

    def show_frame(self, data: bytes) -> None:
        with self._wake:
            self._pending = data
            self._wake.notify()

    def _next(self) -> bytes | None:
        with self._wake:
            while self._pending is None and not self._stop:
                self._wake.wait()
            data, self._pending = self._pending, None
            return None if self._stop else data

    def _run(self) -> None:
        reported = False
        while not self._stop:
            try:
                with serial.serial_for_url(self.port, baudrate=self.baud, timeout=1,
                                           write_timeout=2) as port:
                    reported = False
                    self._write_frames(port)
            except (serial.SerialException, OSError) as error:
                log.warning("pole display %s: %s", self.port, error)
                if not reported:
                    self.on_problem(f"Customer pole display on {self.port} cannot be written "
                                    f"({error}). Check its cable and the port in the settings; "
                                    "the till keeps selling.")
                    reported = True
                with self._wake:
                    self._wake.wait(REOPEN_AFTER)

    def _write_frames(self, port) -> None:
        while (data := self._next()) is not None:
            try:
                port.write(data)
                port.flush()
            except BaseException:
                with self._wake:  # keep the newest frame for when the display is back
                    self._pending = self._pending or data
                raise
            self.written.set()
