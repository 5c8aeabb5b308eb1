"""Goods sold at the counter for delivery from another stock location (issue #15, part 2).

One `SaleDelivery` per sale and location shipped from: who receives it and where (the
Vietnamese address fields), its total and what was paid at the till (the rest is paid on
delivery). Its id is the till-made UUID of the order the central store gets for it."""
from __future__ import annotations

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from pos.db.models import Base


class SaleDelivery(Base):
    __tablename__ = "sale_deliveries"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sale_id: Mapped[str] = mapped_column(ForeignKey("sales.id"), index=True)
    location: Mapped[str] = mapped_column(String(80))  # the store's stock location id
    location_name: Mapped[str] = mapped_column(String(200), default="")
    name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str] = mapped_column(String(40))
    province: Mapped[str] = mapped_column(String(200))
    district: Mapped[str] = mapped_column(String(200))
    ward: Mapped[str] = mapped_column(String(200), default="")
    street: Mapped[str] = mapped_column(String(200))
    total: Mapped[int]  # minor units: the delivered lines' totals
    paid: Mapped[int]  # minor units: taken at the till; total - paid is paid on delivery
