"""Loyalty points as a ledger: every earn and redeem is one row with an id made at the till.

The customer's `points` column is the balance the till shows: the balance last pulled from the
central store plus the entries not yet pushed to it (the same shape as stock levels)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from pos.db.models import Base, utcnow


class LoyaltyEntry(Base):
    __tablename__ = "loyalty_entries"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # UUID: identity online too
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    sale_id: Mapped[str | None] = mapped_column(ForeignKey("sales.id"), index=True)
    # what wrote it, and the ref of its outbox row: a sale's or a return's UUID
    batch: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # earn | redeem | unearn | refund
    points: Mapped[int]  # signed: a redeem is negative
    balance_after: Mapped[int]  # the balance the till showed after it (for the receipt)
    terminal_id: Mapped[str] = mapped_column(String(40))
    pushed: Mapped[bool] = mapped_column(default=False, index=True)  # the store counted it
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
