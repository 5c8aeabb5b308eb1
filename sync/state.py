"""Cursors and the published sync status, kept in the sync_state table."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos.db.engine import Database
from pos.db.models import OutboxEvent, SyncState


@dataclass
class SyncStatus:
    connected: bool = False  # a central store is configured
    online: bool | None = None  # None: not tried yet
    waiting: dict[str, int] = field(default_factory=dict)
    parked_errors: int = 0
    last_push_at: str | None = None
    last_pull_at: str | None = None  # the last whole pull
    last_orders_pull_at: str | None = None  # the last pull of the orders to collect
    last_error: str = ""
    needs_new_key: bool = False
    store: str = ""

    @property
    def waiting_total(self) -> int:
        return sum(self.waiting.values())


def get(session: Session, key: str, default=None):
    row = session.get(SyncState, key)
    return json.loads(row.value) if row else default


def put(session: Session, key: str, value) -> None:
    session.merge(SyncState(key=key, value=json.dumps(value)))


def cursor(session: Session, resource: str) -> str | None:
    return get(session, f"cursor:{resource}")


def set_cursor(session: Session, resource: str, value: str | None) -> None:
    put(session, f"cursor:{resource}", value)


def read_status(db: Database) -> SyncStatus:
    with db.session() as s:
        saved = get(s, "status", {})
        status = SyncStatus(**{k: v for k, v in saved.items() if k in SyncStatus.__annotations__})
        counts = s.execute(select(OutboxEvent.kind, OutboxEvent.status, func.count())
                           .where(OutboxEvent.status != "sent")
                           .group_by(OutboxEvent.kind, OutboxEvent.status)).all()
    status.waiting = {k: n for k, st, n in counts if st == "pending"}
    status.parked_errors = sum(n for _, st, n in counts if st == "error")
    return status


def save_status(db: Database, **changes) -> None:
    with db.transaction() as s:
        current = get(s, "status", {})
        current.update(changes)
        put(s, "status", current)


def status_dict(status: SyncStatus) -> dict:
    data = asdict(status)
    data["waiting_total"] = status.waiting_total
    return data
