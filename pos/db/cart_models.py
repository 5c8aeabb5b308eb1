"""The sale on screen of each till, saved as it changes (migration 0017), so that a till that
is closed, killed or loses power gives the cashier the sale back at its next start."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from pos.db.models import Base, utcnow


class CartOnScreen(Base):
    __tablename__ = "cart_on_screen"
    terminal_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    cashier_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    cart: Mapped[str] = mapped_column(Text)  # Basket.to_dict() as JSON, as a parked sale's
    lines: Mapped[int]  # how many lines the cart holds (said on screen when it comes back)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
