"""A pseudo-terminal pair from socat: the test writes as the scanner on one end, the till
reads the other end as its serial port."""
from __future__ import annotations

import subprocess
import time
from pathlib import Path


class PtyPair:
    def __init__(self, folder: Path):
        self.scanner_end, self.till_end = folder / "scanner", folder / "till"
        self.process: subprocess.Popen | None = None

    def start(self) -> "PtyPair":
        self.process = subprocess.Popen(
            ["socat", "-d", "-d", f"pty,raw,echo=0,link={self.scanner_end}",
             f"pty,raw,echo=0,link={self.till_end}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 5
        while not (self.scanner_end.exists() and self.till_end.exists()):
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise RuntimeError("socat did not create the pseudo-terminal pair")
            time.sleep(0.02)
        return self

    def send(self, data: bytes) -> None:
        """What the scanner sends, e.g. b"8930000000019\\r\\n"."""
        with open(self.scanner_end, "wb", buffering=0) as port:
            port.write(data)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=5)
        deadline = time.monotonic() + 5
        while self.till_end.exists() and time.monotonic() < deadline:
            time.sleep(0.02)  # socat removes its links on exit
