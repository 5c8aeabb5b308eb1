"""A network receipt printer on 127.0.0.1 (port 9100 style) that keeps what it receives."""

from __future__ import annotations

import contextlib
import queue
import socket
import threading

STATUS_QUERY = b"\x10\x04"
ONLINE = 0x16  # DLE EOT 1 answer: online, drawer closed
PAPER_OK = 0x12  # DLE EOT 4 answer: paper present
PAPER_OUT = 0x72


class FakeNetworkPrinter:
    """Accepts jobs in a thread; answers DLE EOT status queries sent before the job data.

    Only the leading queries are answered: later 10 04 bytes may be inside image data,
    and answers nobody reads would make the client's close reset the connection.
    """

    def __init__(self, online: int = ONLINE, paper: int = PAPER_OK, answers_status: bool = True):
        self.answers = {1: online, 4: paper}
        self.answers_status = answers_status
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.jobs: queue.Queue[bytes] = queue.Queue()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    @property
    def uri(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self.server.accept()
            except OSError:
                return  # closed by close()
            with connection:
                self.jobs.put(self._receive(connection))

    def _receive(self, connection: socket.socket) -> bytes:
        data, answered = bytearray(), 0
        while chunk := connection.recv(65536):
            data += chunk
            while self.answers_status and data[answered:answered + 2] == STATUS_QUERY and len(data) >= answered + 3:
                connection.sendall(bytes([self.answers.get(data[answered + 2], 0)]))
                answered += 3
        return bytes(data)

    def next_job(self, timeout: float = 5.0) -> bytes:
        return self.jobs.get(timeout=timeout)

    def close(self) -> None:
        # shutdown() wakes the thread blocked in accept(); close() alone does not on Linux.
        with contextlib.suppress(OSError):
            self.server.shutdown(socket.SHUT_RDWR)
        self.server.close()
        self.thread.join(timeout=5)
