"""Holds (issue #15, part 3): a parked sale kept for a customer for some days, its items
reserved in the central store so the web does not sell the last unit.

A `Hold` belongs to one parked sale while it is held; recalling the sale (it is being sold),
its deadline passing, or a cashier releasing it by hand ends it (state "released", with the
reason). Its lines are the quantities held per item, in thousandths like stock movements, so
the till's reserved figure is one query."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from pos.db.models import Base, utcnow

HOLD_STATES = ("held", "released")
RELEASE_REASONS = ("sold", "expired", "by_hand")


class Hold(Base):
    __tablename__ = "holds"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # till-made UUID
    parked_id: Mapped[int | None] = mapped_column(
        ForeignKey("parked_sales.id", ondelete="SET NULL"), index=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    customer_name: Mapped[str] = mapped_column(String(200), default="")
    state: Mapped[str] = mapped_column(String(20), default="held", index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    until: Mapped[datetime]  # UTC: released by itself from then on
    released_at: Mapped[datetime | None]
    release_reason: Mapped[str] = mapped_column(String(20), default="")

    lines: Mapped[list[HoldLine]] = relationship(
        back_populates="hold", order_by="HoldLine.id", cascade="all, delete-orphan"
    )


class HoldLine(Base):
    __tablename__ = "hold_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    hold_id: Mapped[str] = mapped_column(ForeignKey("holds.id"), index=True)
    variant_id: Mapped[int | None] = mapped_column(ForeignKey("variants.id"))
    sku: Mapped[str] = mapped_column(String(80))
    name: Mapped[str] = mapped_column(String(250))
    quantity_milli: Mapped[int]

    hold: Mapped[Hold] = relationship(back_populates="lines")
