"""The one way the UI reaches the services: run a use case off the UI thread, get the
result back on it. One worker thread, so database work is serialised in order."""
from __future__ import annotations

import gc
import logging
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Callable

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)


class _Mailbox(QObject):
    deliver = Signal(object)  # a callable, run on the thread that owns the mailbox (the UI)


_collecting_here = 0  # Tasks alive: while > 0, Python's automatic collection is off


def _collect_due() -> None:
    """What Python's automatic collection would have done by now, done on the UI thread."""
    counts, limits = gc.get_count(), gc.get_threshold()
    for generation in (2, 1, 0):
        if counts[generation] > limits[generation]:
            gc.collect(generation)
            return


class Tasks(QObject):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._collect_on_ui_thread()
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

    def _collect_on_ui_thread(self) -> None:
        """Python collects reference cycles on whichever thread happens to allocate. Cycles
        often hold Qt wrappers (a dialog and its fields); freeing them on the services'
        thread races Qt using them on the UI thread, and the till crashed (seen in the
        key-only tests). So while tasks run, cycles are collected here, on a UI timer."""
        global _collecting_here
        _collecting_here += 1
        gc.disable()
        self._collector = QTimer(self, interval=200, timeout=_collect_due)
        self._collector.start()

    def shutdown(self) -> None:
        global _collecting_here
        if not self.closed:
            self._collector.stop()
            _collecting_here -= 1
            if _collecting_here == 0:
                gc.enable()
        self.closed = True
        self._pool.shutdown(wait=True)
