"""Stock tables of the manager's stock screen: low-stock thresholds per item and the central
store's stock locations (names and kinds for the levels pulled into `stock_levels`)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from pos.db.models import Base, utcnow


class LowStockThreshold(Base):
    """At or below this on hand the item is on the low-stock list (thousandths, like stock)."""

    __tablename__ = "stock_thresholds"
    variant_id: Mapped[int] = mapped_column(ForeignKey("variants.id"), primary_key=True)
    low_milli: Mapped[int]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class StockLocation(Base):
    """A stock location of the central store, as pulled: `remote_id` is what
    `stock_levels.location` holds for levels that are not at this shop."""

    __tablename__ = "stock_locations"
    remote_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(20), default="warehouse")  # shop | warehouse
    is_this_shop: Mapped[bool] = mapped_column(default=False)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
