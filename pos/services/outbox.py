"""What is waiting to reach the central store (shown on the till's sync indicator and listed,
row by row, in the sync panel)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from pos.db.engine import Database
from pos.db.models import OutboxEvent, Sale
from pos.db.return_models import SaleReturn
from pos.domain.receipt import receipt_label
from pos.services.returns import return_label

SHOWN_AT_MOST = 200  # a big outbox (weeks offline) is listed in part, with "and N more"


def waiting_counts(db: Database) -> dict[str, int]:
    with db.session() as s:
        rows = s.execute(select(OutboxEvent.kind, func.count()).where(
            OutboxEvent.status != "sent").group_by(OutboxEvent.kind))
        return dict(rows.all())


@dataclass(frozen=True)
class WaitingChange:
    """One change not yet confirmed by the store."""

    id: int
    kind: str
    ref: str  # the receipt number for a sale or a return, else the outbox row's reference
    status: str  # pending | error (refused: parked until the manager retries it)
    created_at: datetime  # UTC
    attempts: int
    last_error: str  # as stored (a stored_text message, credentials already masked)


@dataclass(frozen=True)
class WaitingList:
    changes: list[WaitingChange]  # the oldest first, the order they are sent in
    more: int  # waiting beyond the ones listed
    newest_error: str  # the error of the latest change that has one ("" when none)


def waiting_changes(db: Database, limit: int = SHOWN_AT_MOST) -> WaitingList:
    waiting = OutboxEvent.status != "sent"
    with db.session() as s:
        rows = s.execute(
            select(OutboxEvent, Sale.terminal_id, Sale.receipt_no, SaleReturn.terminal_id,
                   SaleReturn.return_no).where(waiting)
            .outerjoin(Sale, (OutboxEvent.kind == "sale") & (Sale.id == OutboxEvent.ref))
            .outerjoin(SaleReturn, (OutboxEvent.kind == "return")
                       & (SaleReturn.id == OutboxEvent.ref))
            .order_by(OutboxEvent.id).limit(limit)).all()
        total = s.scalar(select(func.count()).select_from(OutboxEvent).where(waiting)) or 0
        newest_error = s.scalar(select(OutboxEvent.last_error).where(
            waiting, OutboxEvent.last_error != "").order_by(OutboxEvent.id.desc()).limit(1))
        return WaitingList([_change(*row) for row in rows], max(0, total - len(rows)),
                           newest_error or "")


def _change(row: OutboxEvent, till, receipt_no, return_till, return_no) -> WaitingChange:
    if receipt_no is not None:
        ref = receipt_label(till, receipt_no)
    elif return_no is not None:
        ref = return_label(return_till, return_no)
    else:
        ref = row.ref
    return WaitingChange(row.id, row.kind, ref, row.status, row.created_at, row.attempts,
                         row.last_error)
