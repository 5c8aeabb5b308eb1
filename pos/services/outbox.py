"""What is waiting to reach the central store (shown on the till's sync indicator)."""
from __future__ import annotations

from sqlalchemy import func, select

from pos.db.engine import Database
from pos.db.models import OutboxEvent


def waiting_counts(db: Database) -> dict[str, int]:
    with db.session() as s:
        rows = s.execute(select(OutboxEvent.kind, func.count()).where(
            OutboxEvent.status != "sent").group_by(OutboxEvent.kind))
        return dict(rows.all())
