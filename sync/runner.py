"""The engine in the app's background: one thread, woken when a sale is completed.
The UI gets this object (duck-typed), never the engine's internals."""
from __future__ import annotations

import logging
import threading
from typing import Callable

from sqlalchemy import select

from pos.db.models import OutboxEvent
from sync import state
from sync.config import load_connection
from sync.connectors import make_connector
from sync.engine import SyncEngine, retry_parked

log = logging.getLogger(__name__)


class BackgroundSync:
    def __init__(self, engine: SyncEngine, pull_every_s: float = 60.0):
        self.engine = engine
        self.pull_every_s = pull_every_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._listeners: list[Callable[[state.SyncStatus], None]] = []
        engine.on_status = self._publish

    def on_status(self, listener: Callable[[state.SyncStatus], None]) -> None:
        self._listeners.append(listener)

    def _publish(self, status: state.SyncStatus) -> None:
        status.connected = True
        status.store = self.engine.connector.name
        for listener in list(self._listeners):
            listener(status)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="pos-sync", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self.engine.watch(self._stop, self.pull_every_s)
        except Exception:  # the till keeps selling; the status shows the problem
            log.exception("sync thread stopped")

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self.engine.wake()
        if self._thread:
            self._thread.join(timeout)

    def wake(self) -> None:
        self.engine.wake()

    def status(self) -> state.SyncStatus:
        st = state.read_status(self.engine.db)
        st.connected, st.store = True, self.engine.connector.name
        return st

    def fetch_order(self, ref: str) -> dict | None:
        """An order this till does not have, from the central store, for a return here."""
        fetch = getattr(self.engine.connector, "fetch_order", None)
        return fetch(ref) if fetch else None

    def parked(self) -> list[dict]:
        with self.engine.db.session() as s:
            rows = s.scalars(select(OutboxEvent).where(OutboxEvent.status == "error")
                             .order_by(OutboxEvent.id))
            return [{"id": r.id, "kind": r.kind, "ref": r.ref, "error": r.last_error,
                     "created_at": r.created_at} for r in rows]

    def retry(self, row_id: int | None = None) -> int:
        count = retry_parked(self.engine.db, row_id)
        self.wake()
        return count

def engine_for(db, data_dir, settings) -> SyncEngine | None:
    """The engine for the shop's saved store connection, or None when there is none."""
    loaded = load_connection(data_dir)
    if loaded is None:
        return None
    conn, key = loaded
    connector = make_connector(conn, key, data_dir)
    return SyncEngine(db, connector, settings.stock_location)
