"""Shifts and the cash drawer: who opened the till with what float, cash put in or taken out,
and what was counted at the close. Amounts are positive minor units of the shop's currency.

`sales.shift_id` (and `returns.shift_id`) point here without a foreign key, so a sale stays
writable whatever this table looks like; the services always fill them from the open shift.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from pos.db.models import Base, utcnow

OPEN, CLOSED = "open", "closed"
CASH_IN, CASH_OUT = "cash_in", "cash_out"


class Shift(Base):
    """One cashier session at one till, from the counted float to the Z report."""

    __tablename__ = "shifts"
    # At most one open shift per till: the database refuses a second one even if two
    # windows race to open it.
    __table_args__ = (Index("ux_shifts_one_open_per_terminal", "terminal_id", unique=True,
                            sqlite_where=text("status = 'open'")),)
    id: Mapped[int] = mapped_column(primary_key=True)  # the shift (and Z report) number
    terminal_id: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20), default=OPEN)  # open | closed
    opened_at: Mapped[datetime] = mapped_column(default=utcnow)
    opened_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    opening_float: Mapped[int]
    closed_at: Mapped[datetime | None]
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))  # over/short
    z_report: Mapped[str] = mapped_column(Text, default="")  # JSON, kept for reprints

    cash_movements: Mapped[list[CashMovement]] = relationship(
        back_populates="shift", order_by="CashMovement.id", cascade="all, delete-orphan")
    counts: Mapped[list[ShiftCount]] = relationship(
        back_populates="shift", order_by="ShiftCount.method", cascade="all, delete-orphan")


class CashMovement(Base):
    """Cash put into or taken out of the drawer without a sale (change bought, safe drop)."""

    __tablename__ = "cash_movements"
    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("shifts.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # cash_in | cash_out
    amount: Mapped[int]
    reason: Mapped[str] = mapped_column(String(200))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    shift: Mapped[Shift] = relationship(back_populates="cash_movements")


class ShiftCount(Base):
    """The blind count of one tender at the close, beside what the till expected."""

    __tablename__ = "shift_counts"
    shift_id: Mapped[int] = mapped_column(ForeignKey("shifts.id"), primary_key=True)
    method: Mapped[str] = mapped_column(String(20), primary_key=True)
    expected: Mapped[int]
    counted: Mapped[int]

    shift: Mapped[Shift] = relationship(back_populates="counts")
