"""Click-and-collect: online orders to be picked up in this shop, and how far preparing got.

An order pulled from the central store with this shop's pickup option becomes a
`CollectOrder` (keyed by the store's order id). Its lines carry the quantity ordered and the
quantity scanned so far while the staff prepare it. States: new -> preparing -> ready ->
collected, or cancelled / not_collected (past the pickup deadline)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from pos.db.models import Base, utcnow

COLLECT_STATES = ("new", "preparing", "ready", "collected", "cancelled", "not_collected")


class CollectOrder(Base):
    __tablename__ = "collect_orders"
    id: Mapped[str] = mapped_column(String(80), primary_key=True)  # the store's order id
    display_no: Mapped[str] = mapped_column(String(40), index=True)  # what the customer shows
    state: Mapped[str] = mapped_column(String(20), default="new", index=True)
    customer_name: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    currency: Mapped[str] = mapped_column(String(3))
    total: Mapped[int]  # minor units, as the store computed it
    paid: Mapped[bool] = mapped_column(default=False)  # paid online (or at the till)
    placed_at: Mapped[datetime]
    pulled_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    ready_at: Mapped[datetime | None]  # the pickup deadline counts from here
    collected_at: Mapped[datetime | None]
    collected_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    paid_at_till: Mapped[str] = mapped_column(String(20), default="")  # tender method, if any
    # Till-made UUIDs of each remote effect, so a retry finds the effect before making it again.
    fulfilment_uuid: Mapped[str | None] = mapped_column(String(36))
    payment_uuid: Mapped[str | None] = mapped_column(String(36))
    delivered_uuid: Mapped[str | None] = mapped_column(String(36))
    # not collected (the till cancels it online) or cancelled online: the units that had left
    # the stock come back under this UUID
    cancel_uuid: Mapped[str | None] = mapped_column(String(36))

    lines: Mapped[list[CollectLine]] = relationship(
        back_populates="order", order_by="CollectLine.id", cascade="all, delete-orphan"
    )


class CollectLine(Base):
    __tablename__ = "collect_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[str] = mapped_column(ForeignKey("collect_orders.id"), index=True)
    remote_line_id: Mapped[str] = mapped_column(String(80))
    variant_id: Mapped[int | None] = mapped_column(ForeignKey("variants.id"))
    sku: Mapped[str] = mapped_column(String(80))
    name: Mapped[str] = mapped_column(String(250))
    quantity: Mapped[int]  # ordered, whole units
    scanned: Mapped[int] = mapped_column(default=0)  # picked so far while preparing

    order: Mapped[CollectOrder] = relationship(back_populates="lines")
