"""Returns at the till: what came back, what was refunded and how.

A return points at the original sale when the till has it (its own sales, or another till's /
an online order pulled from the central store and kept under `original_ref`). Amounts are
positive minor units: money that left the drawer or went back to the customer's card."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from pos.db.models import Base, utcnow


class SaleReturn(Base):
    __tablename__ = "returns"
    __table_args__ = (UniqueConstraint("terminal_id", "return_no"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # UUID made at the till
    terminal_id: Mapped[str] = mapped_column(String(40))
    return_no: Mapped[int]
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    # The original sale: a local sale id, or None for an order known only by its reference.
    sale_id: Mapped[str | None] = mapped_column(ForeignKey("sales.id"), index=True)
    original_ref: Mapped[str] = mapped_column(String(80))  # receipt label or online order id
    origin: Mapped[str] = mapped_column(String(20), default="this_till")
    # this_till | other_till | online
    shift_id: Mapped[int | None] = mapped_column(index=True)  # the shift whose drawer paid
    cashier_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    customer_id: Mapped[int | None]
    currency: Mapped[str] = mapped_column(String(3))
    tax_total: Mapped[int]
    rounding: Mapped[int] = mapped_column(default=0)  # cash rounding of the refund, signed
    total: Mapped[int]  # refunded to the customer, rounding included
    reason: Mapped[str] = mapped_column(String(200), default="")
    exchange_sale_id: Mapped[str | None] = mapped_column(String(36))  # the new sale, if any

    lines: Mapped[list[ReturnLine]] = relationship(
        back_populates="sale_return", order_by="ReturnLine.id", cascade="all, delete-orphan"
    )
    refunds: Mapped[list[Refund]] = relationship(
        back_populates="sale_return", order_by="Refund.id", cascade="all, delete-orphan"
    )


class ReturnLine(Base):
    __tablename__ = "return_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    return_id: Mapped[str] = mapped_column(ForeignKey("returns.id"), index=True)
    sale_line_no: Mapped[int]  # line number on the original receipt
    variant_id: Mapped[int | None] = mapped_column(ForeignKey("variants.id"))
    sku: Mapped[str] = mapped_column(String(80))
    name: Mapped[str] = mapped_column(String(250))
    quantity_milli: Mapped[int]  # positive: what came back
    unit: Mapped[str] = mapped_column(String(10))
    tax_rate_bp: Mapped[int]
    tax: Mapped[int]
    total: Mapped[int]  # refunded for this line, discounts of the sale taken into account
    restock: Mapped[bool] = mapped_column(default=True)  # False: damaged, not back on the shelf

    sale_return: Mapped[SaleReturn] = relationship(back_populates="lines")


class Refund(Base):
    __tablename__ = "refunds"
    id: Mapped[int] = mapped_column(primary_key=True)
    return_id: Mapped[str] = mapped_column(ForeignKey("returns.id"), index=True)
    method: Mapped[str] = mapped_column(String(20))  # cash | card | bank_transfer | ...
    amount: Mapped[int]  # positive: paid back
    reference: Mapped[str] = mapped_column(String(120), default="")

    sale_return: Mapped[SaleReturn] = relationship(back_populates="refunds")


class RemoteOrder(Base):
    """An order fetched from the central store to be returned here (an online order, or a
    sale of another till): kept so that later returns of it work offline and never exceed it."""

    __tablename__ = "return_originals"
    ref: Mapped[str] = mapped_column(String(80), primary_key=True)  # T2-000123 or #1042
    order_id: Mapped[str] = mapped_column(String(80))  # the store's id
    origin: Mapped[str] = mapped_column(String(20))  # other_till | online
    payload: Mapped[str] = mapped_column(Text)  # the connector's plain-data order, JSON
    fetched_at: Mapped[datetime] = mapped_column(default=utcnow)
