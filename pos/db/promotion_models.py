"""Promotions kept at the till, and which promotion gave what on each sale line.

A sale line's `line_discount` column holds its own discount PLUS its promotion discounts, so
that gross - line_discount - order_discount is what the line was sold for; the rows of
`sale_line_promotions` say which promotion gave which part of it."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from pos.db.models import Base, utcnow


class StoredPromotion(Base):
    """One promotion, from the online store (`remote_id`) or made at the till."""

    __tablename__ = "promotions"
    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(80), unique=True)  # remote id, or local-N
    remote_id: Mapped[str | None] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    code: Mapped[str | None] = mapped_column(String(80), index=True)  # upper-case
    active: Mapped[bool] = mapped_column(default=True)  # False: ended, deleted or a draft online
    applies_at_till: Mapped[bool] = mapped_column(default=True)
    not_applied_reason: Mapped[str] = mapped_column(Text, default="")  # for the manager
    definition: Mapped[str] = mapped_column(Text, default="")  # engine JSON (promotion codec)
    usage_limit: Mapped[int | None]
    used: Mapped[int] = mapped_column(default=0)  # as counted by the store at the last pull
    pulled_at: Mapped[datetime | None]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class SaleLinePromotion(Base):
    __tablename__ = "sale_line_promotions"
    __table_args__ = (Index("ix_sale_line_promotions_code", "code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    sale_id: Mapped[str] = mapped_column(ForeignKey("sales.id"), index=True)
    line_no: Mapped[int]
    promotion_ref: Mapped[str] = mapped_column(String(80))
    name: Mapped[str] = mapped_column(String(200))  # as it was at the sale
    code: Mapped[str] = mapped_column(String(80), default="")
    amount: Mapped[int]  # minor units taken off the line
