"""A fake network printer that can be switched off and on again at the same address."""
from __future__ import annotations

import queue
import socket
import threading

from escpos_decoder import Raster, Text, decode
from fake_printer import ONLINE, PAPER_OK, FakeNetworkPrinter


def free_port() -> int:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        return probe.getsockname()[1]


class PrinterAt(FakeNetworkPrinter):
    """FakeNetworkPrinter on a chosen port, so the till's printer URI stays the same."""

    def __init__(self, port: int):
        self.answers, self.answers_status = {1: ONLINE, 4: PAPER_OK}, True
        self.server = socket.create_server(("127.0.0.1", port))
        self.port = port
        self.jobs: queue.Queue[bytes] = queue.Queue()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()


def drain(fake: FakeNetworkPrinter) -> list[bytes]:
    jobs = []
    while not fake.jobs.empty():
        jobs.append(fake.jobs.get())
    return jobs


def is_receipt(job: bytes) -> bool:
    """A job that printed something (raster or text), not just a status probe or a kick."""
    decoded = decode(job)
    return bool(decoded.of(Raster)) or bool(decoded.text.strip())
