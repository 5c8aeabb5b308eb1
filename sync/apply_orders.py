"""Applying pulled store orders (the online store's orders, for customer history and the
manager's channel figures) to the till's database, inside the engine's transaction."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from pos.db.customer_models import OnlineOrder
from sync.records import OnlineOrderRecord


def apply_online_orders(s: Session, records: tuple[OnlineOrderRecord, ...], _location: str) -> int:
    for r in records:
        s.merge(OnlineOrder(remote_id=r.remote_id, customer_remote_id=r.customer_remote_id,
                            display_id=r.display_id, channel=r.channel, total=r.total,
                            created_at=_parse_time(r.created_at)))
    return len(records)


def _parse_time(iso: str) -> datetime:
    return datetime.fromisoformat(iso.replace("Z", "+00:00")).replace(tzinfo=None)
