"""Customers at the till (one customer across the shop and the web)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from pos.db.models import Base, utcnow


class Customer(Base):
    __tablename__ = "customers"
    id: Mapped[int] = mapped_column(primary_key=True)
    remote_id: Mapped[str | None] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(20), index=True)  # canonical +84…
    email: Mapped[str | None] = mapped_column(String(200), index=True)  # lower case
    group_name: Mapped[str] = mapped_column(String(80), default="")
    card_code: Mapped[str | None] = mapped_column(String(64), unique=True)  # loyalty card
    search_text: Mapped[str] = mapped_column(Text, default="")
    points: Mapped[int] = mapped_column(default=0)
    changed_at_till: Mapped[str] = mapped_column(Text, default="")  # fields edited, not yet pushed
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class OnlineOrder(Base):
    """An order of the central store: a web order (`terminal_id` None) or a sale another till
    of the shop pushed. For the customers' purchase history and the manager's channel figures;
    this till's own sales are not kept here (they are in `sales`). Triggers (migration 0013)
    keep their per-day summary, report_store_days, in step with this table."""

    __tablename__ = "online_orders"
    remote_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    customer_remote_id: Mapped[str | None] = mapped_column(String(80), index=True)  # None: guest
    display_id: Mapped[str] = mapped_column(String(40), default="")
    channel: Mapped[str] = mapped_column(String(80), default="online")
    total: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    summary: Mapped[str] = mapped_column(Text, default="")
    terminal_id: Mapped[str | None] = mapped_column(String(40))  # the till that sold it
    receipt: Mapped[str | None] = mapped_column(String(40))  # that till's receipt label
