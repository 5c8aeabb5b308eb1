"""A fault-injecting TCP proxy on 127.0.0.1 for network-failure tests (POS <-> Medusa).

Each NEW client connection takes the next action from a schedule; when the schedule is used up
the default action applies (``"pass"`` unless changed). Actions:

- ``"pass"``   relay both ways untouched.
- ``"drop"``   read what the client sends, forward nothing, close the connection (the server
               never sees the request: a certain failure the client cannot tell apart).
- ``"reset"``  forward the request, let the server answer, relay only the first ``after_bytes``
               bytes of the answer, then close with SO_LINGER 0 (a TCP RST): the server DID the
               work but the client gets a connection error (an uncertain outcome).
- ``"delay"``  forward the request at once but hold the answer for ``seconds`` before relaying
               it (``phase="request"`` holds the request instead): make the client time out.
- ``"refuse"`` close with an RST right after accept, before reading anything.

Actions are per TCP connection, not per HTTP request: a keep-alive ``requests.Session`` sends
several requests over one connection. For per-request control use a new session (or
``Connection: close``) per request.

    proxy = FaultyProxy("127.0.0.1", medusa_port).start()
    proxy.set_schedule(["reset", "pass"])          # next connection reset, then normal
    proxy.set_schedule([Action("delay", seconds=5)], cycle=True)
    proxy.set_schedule(["drop"], cycle=True)        # "the network is down"
    ... proxy.url ...
    proxy.stop()

Bounded: at most ``max_connections`` open connections (more are refused), every wait wakes up
on ``stop()``, and the proxy stops by itself after ``lifetime`` seconds.
"""

from __future__ import annotations

import itertools
import select
import socket
import struct
import threading
import time
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Iterator

KINDS = ("pass", "drop", "reset", "delay", "refuse")


@dataclass(frozen=True)
class Action:
    kind: str = "pass"
    seconds: float = 5.0  # delay: how long to hold
    after_bytes: int = 12  # reset: how many response bytes get through before the RST
    phase: str = "response"  # delay: "response" (server works, client waits) or "request"

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown proxy action {self.kind!r}; one of {KINDS}")
        if self.phase not in ("request", "response"):
            raise ValueError(f"delay phase must be 'request' or 'response', not {self.phase!r}")


def _as_action(a: str | Action) -> Action:
    return a if isinstance(a, Action) else Action(a)


def _rst_close(sock: socket.socket) -> None:
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    except OSError:
        pass
    sock.close()


class FaultyProxy:
    def __init__(
        self,
        target_host: str,
        target_port: int,
        schedule: Iterable[str | Action] = (),
        *,
        cycle: bool = False,
        default: str | Action = "pass",
        listen_port: int = 0,
        max_connections: int = 64,
        lifetime: float = 1800.0,
        connect_timeout: float = 5.0,
    ):
        self.target = (target_host, target_port)
        self.listen_port = listen_port
        self.max_connections = max_connections
        self.lifetime = lifetime
        self.connect_timeout = connect_timeout
        self.history: list[str] = []  # action kind applied to each connection, in order
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._listener: socket.socket | None = None
        self._accept_thread: threading.Thread | None = None
        self._threads: set[threading.Thread] = set()
        self._socks: set[socket.socket] = set()
        self._default = _as_action(default)
        self._schedule: Iterator[Action] = iter(())
        self.set_schedule(schedule, cycle=cycle)

    # -- control
    @property
    def port(self) -> int:
        assert self._listener is not None, "proxy not started"
        return self._listener.getsockname()[1]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def set_schedule(self, actions: Iterable[str | Action], cycle: bool = False) -> None:
        """Actions for the next new connections, in order (forever, when ``cycle``)."""
        acts = [_as_action(a) for a in actions]
        with self._lock:
            self._schedule = itertools.cycle(acts) if (cycle and acts) else iter(acts)

    def set_default(self, action: str | Action) -> None:
        with self._lock:
            self._default = _as_action(action)

    def counts(self) -> Counter:
        with self._lock:
            return Counter(self.history)

    def _next_action(self) -> Action:
        with self._lock:
            act = next(self._schedule, None) or self._default
            self.history.append(act.kind)
            return act

    def start(self) -> "FaultyProxy":
        if self._listener is not None:
            return self
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(("127.0.0.1", self.listen_port))
        s.listen(64)
        s.settimeout(0.2)
        self._listener = s
        self._stop.clear()
        self._deadline = time.monotonic() + self.lifetime
        self._accept_thread = threading.Thread(target=self._accept_loop, name="faulty-proxy-accept", daemon=True)
        self._accept_thread.start()
        return self

    def stop(self) -> None:
        """Close the listener and every open connection; wait (bounded) for the threads."""
        self._stop.set()
        if self._listener is not None:
            try:
                self._listener.close()
            except OSError:
                pass
        with self._lock:
            socks, threads = list(self._socks), list(self._threads)
        for s in socks:
            try:
                s.close()
            except OSError:
                pass
        for t in [self._accept_thread, *threads]:
            if t is not None and t is not threading.current_thread():
                t.join(timeout=2)

    def __enter__(self) -> "FaultyProxy":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- internals
    def _track(self, *socks: socket.socket) -> None:
        with self._lock:
            self._socks.update(socks)

    def _untrack_close(self, *socks: socket.socket) -> None:
        with self._lock:
            self._socks.difference_update(socks)
        for s in socks:
            try:
                s.close()
            except OSError:
                pass

    def _accept_loop(self) -> None:
        assert self._listener is not None
        while not self._stop.is_set():
            if time.monotonic() > self._deadline:
                threading.Thread(target=self.stop, daemon=True).start()  # lifetime over
                return
            try:
                client, _ = self._listener.accept()
            except socket.timeout:
                continue
            except OSError:
                return  # listener closed
            with self._lock:
                self._threads = {t for t in self._threads if t.is_alive()}
                busy = len(self._threads) >= self.max_connections
            if busy:
                _rst_close(client)
                continue
            action = self._next_action()
            t = threading.Thread(target=self._handle, args=(client, action), name=f"faulty-proxy-{action.kind}", daemon=True)
            with self._lock:
                self._threads.add(t)
            t.start()

    def _wait(self, seconds: float) -> bool:
        """Sleep, waking early on stop(); True if the proxy is still running."""
        return not self._stop.wait(seconds)

    def _handle(self, client: socket.socket, action: Action) -> None:
        self._track(client)
        upstream: socket.socket | None = None
        try:
            if action.kind == "refuse":
                with self._lock:
                    self._socks.discard(client)
                _rst_close(client)
                return
            if action.kind == "drop":
                client.settimeout(1.0)
                try:
                    client.recv(65536)  # swallow the request so close() sends a FIN, not an RST
                except OSError:
                    pass
                return
            if action.kind == "delay" and action.phase == "request" and not self._wait(action.seconds):
                return
            try:
                upstream = socket.create_connection(self.target, timeout=self.connect_timeout)
            except OSError:  # server down: the client sees a reset, like a refused connection
                with self._lock:
                    self._socks.discard(client)
                _rst_close(client)
                return
            self._track(upstream)
            self._relay(client, upstream, action)
        finally:
            self._untrack_close(client, *([upstream] if upstream else []))

    def _relay(self, client: socket.socket, upstream: socket.socket, action: Action) -> None:
        client.setblocking(True)
        upstream.setblocking(True)
        answered = 0  # response bytes relayed so far
        held = False
        while not self._stop.is_set():
            try:
                readable, _, _ = select.select([client, upstream], [], [], 0.2)
            except (OSError, ValueError):
                return
            for src in readable:
                try:
                    data = src.recv(65536)
                except OSError:
                    return
                if not data:
                    return  # either side closed: close both
                if src is client:
                    upstream.sendall(data)
                    continue
                if action.kind == "delay" and action.phase == "response" and not held:
                    held = True
                    if not self._wait(action.seconds):
                        return
                if action.kind == "reset":
                    room = max(action.after_bytes - answered, 0)
                    try:
                        client.sendall(data[:room])
                    except OSError:
                        pass
                    answered += min(room, len(data))
                    if answered >= action.after_bytes or room < len(data):
                        with self._lock:
                            self._socks.discard(client)
                        _rst_close(client)
                        return
                    continue
                try:
                    client.sendall(data)
                except OSError:
                    return
                answered += len(data)
