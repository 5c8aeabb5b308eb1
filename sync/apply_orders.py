"""Applying pulled store orders (the online store's orders and the sales of the shop's other
tills, for customer history and the manager's channel figures) to the till's database, inside
the engine's transaction.

This till's own sales come back from the store too: they are already in `sales` (and in the
dashboard's summaries), so they are not kept a second time. Neither is a canceled order."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from pos.db.customer_models import OnlineOrder
from pos.db.models import Sale
from pos.services import collect
from pos.services.settings import read_settings
from sync.records import OnlineOrderRecord

PULLED = ("customer_remote_id", "display_id", "channel", "total", "created_at", "terminal_id",
          "receipt")


def apply_online_orders(s: Session, records: tuple[OnlineOrderRecord, ...], _location: str) -> int:
    kept, dropped = _sort_out(s, records)
    if dropped:
        s.execute(delete(OnlineOrder).where(OnlineOrder.remote_id.in_(dropped)))
    if kept:
        stmt = insert(OnlineOrder.__table__)
        s.execute(stmt.on_conflict_do_update(
            index_elements=["remote_id"], set_={c: stmt.excluded[c] for c in PULLED}),
            [_row(r) for r in kept])
    return len(records)


def _sort_out(s: Session, records) -> tuple[list[OnlineOrderRecord], list[str]]:
    """(orders to keep, ids of orders the till must not keep)."""
    this_till = read_settings(s).terminal_id
    sale_ids = [r.sale_id for r in records if r.sale_id]
    here = set(s.scalars(select(Sale.id).where(Sale.id.in_(sale_ids)))) if sale_ids else set()
    kept, dropped = [], []
    for r in records:
        ours = (r.terminal_id and r.terminal_id == this_till) or (r.sale_id and r.sale_id in here)
        if r.canceled or ours:
            dropped.append(r.remote_id)
        else:
            kept.append(r)
    return kept, dropped


def _row(r: OnlineOrderRecord) -> dict:
    return {"remote_id": r.remote_id, "customer_remote_id": r.customer_remote_id or None,
            "display_id": r.display_id, "channel": r.channel, "total": r.total,
            "created_at": _parse_time(r.created_at), "terminal_id": r.terminal_id or None,
            "receipt": r.receipt or None, "summary": ""}


def _parse_time(iso: str) -> datetime:
    return datetime.fromisoformat(iso.replace("Z", "+00:00")).replace(tzinfo=None)


def apply_collect_orders(s: Session, records: tuple, _location: str) -> int:
    """Orders to be picked up in this shop (collect.PulledOrder), for the collect screen."""
    for pulled in records:
        collect.remember(s, pulled)
    # late orders become not collected here too: a shop may sync with no till open
    collect.expire_in(s, read_settings(s).collect_pickup_days)
    return len(records)
