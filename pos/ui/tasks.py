"""The one way the UI reaches the services: run a use case off the UI thread, get the
result back on it. One worker thread, so database work is serialised in order."""
from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class _Mailbox(QObject):
    deliver = Signal(object)  # a callable, run on the thread that owns the mailbox (the UI)


class Tasks(QObject):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pos-services")
        self._mailbox = _Mailbox(self)
        self._mailbox.deliver.connect(lambda fn: fn())
        self.pending = 0
        self.closed = False

    def run(self, op: Callable[[], Any], on_success: Callable[[Any], None] | None = None,
            on_failure: Callable[[Exception], None] | None = None) -> Future:
        """Runs `op()` in the background; `on_success(result)` / `on_failure(exc)` on the UI."""
        if self.closed:  # the till is closing: a late timer must not start new work
            return None
        self.pending += 1
        future = self._pool.submit(op)
        future.add_done_callback(
            lambda f: self._mailbox.deliver.emit(lambda: self._finish(f, on_success, on_failure)))
        return future

    def _finish(self, future: Future, on_success, on_failure) -> None:
        self.pending -= 1
        exc = future.exception()
        if exc is None:
            if on_success:
                on_success(future.result())
        elif on_failure:
            on_failure(exc)
        else:
            log.error("background task failed", exc_info=exc)
            raise exc

    def shutdown(self) -> None:
        self.closed = True
        self._pool.shutdown(wait=True)
