"""Returns and exchanges at the till.

A return is ONE transaction: the return with its lines and refunds, the stock movements of
what goes back on the shelf, the journal entry (who, who approved) and the outbox row."""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos.db.return_models import Refund, SaleReturn


@dataclass(frozen=True)
class RefundSummary:
    """Refunds paid in one shift: for the X/Z report and the expected drawer."""

    count: int = 0  # returns
    total: int = 0  # minor units, positive = money refunded
    by_tender: dict[str, int] = field(default_factory=dict)


def refunds_in_shift(session: Session, shift_id: int) -> RefundSummary:
    count, total = session.execute(
        select(func.count(SaleReturn.id), func.coalesce(func.sum(SaleReturn.total), 0))
        .where(SaleReturn.shift_id == shift_id)
    ).one()
    rows = session.execute(
        select(Refund.method, func.sum(Refund.amount))
        .join(SaleReturn, Refund.return_id == SaleReturn.id)
        .where(SaleReturn.shift_id == shift_id)
        .group_by(Refund.method)
    ).all()
    return RefundSummary(count=count, total=total, by_tender={m: a for m, a in rows})
