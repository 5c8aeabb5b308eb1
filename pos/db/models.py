"""The shop's tables. Money columns are integers in minor units; quantities are integers
in thousandths (`*_milli`: 1000 = one piece or one kilogram) so weighed items stay exact."""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class Setting(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    role: Mapped[str] = mapped_column(String(20))  # cashier | manager | admin
    pin_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)
    failed_attempts: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Category(Base):
    __tablename__ = "categories"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)


class Product(Base):
    __tablename__ = "products"
    id: Mapped[int] = mapped_column(primary_key=True)
    remote_id: Mapped[str | None] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    category_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id"))
    tax_rate_bp: Mapped[int] = mapped_column(default=0)
    unit: Mapped[str] = mapped_column(String(10), default="piece")  # piece | kg
    active: Mapped[bool] = mapped_column(default=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    category: Mapped[Category | None] = relationship()
    variants: Mapped[list[Variant]] = relationship(back_populates="product")


class Variant(Base):
    """What the cashier sells: a product's variant with its SKU, price and barcodes."""

    __tablename__ = "variants"
    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), index=True)
    remote_id: Mapped[str | None] = mapped_column(String(80), unique=True)
    sku: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(250))  # full display name
    price: Mapped[int]
    active: Mapped[bool] = mapped_column(default=True)
    quick_key: Mapped[int | None] = mapped_column(index=True)  # position on the quick grid
    search_text: Mapped[str] = mapped_column(Text, default="")  # folded name + sku
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    product: Mapped[Product] = relationship(back_populates="variants")
    barcodes: Mapped[list[Barcode]] = relationship(
        back_populates="variant", cascade="all, delete-orphan"
    )


class Barcode(Base):
    __tablename__ = "barcodes"
    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    variant_id: Mapped[int] = mapped_column(ForeignKey("variants.id"), index=True)
    variant: Mapped[Variant] = relationship(back_populates="barcodes")


class StockLevel(Base):
    """Last level known from the central store (or an import) at a location."""

    __tablename__ = "stock_levels"
    variant_id: Mapped[int] = mapped_column(ForeignKey("variants.id"), primary_key=True)
    location: Mapped[str] = mapped_column(String(80), primary_key=True)
    quantity_milli: Mapped[int] = mapped_column(default=0)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class StockMovement(Base):
    """A local stock change; counted on top of the level until the central store has it."""

    __tablename__ = "stock_movements"
    id: Mapped[int] = mapped_column(primary_key=True)
    variant_id: Mapped[int] = mapped_column(ForeignKey("variants.id"), index=True)
    location: Mapped[str] = mapped_column(String(80))
    quantity_milli: Mapped[int]  # signed: a sale is negative
    # sale | return | adjustment | import | collect (an order to collect left the stock when
    # it was made ready) | collect_back (its units came back: not collected or cancelled)
    kind: Mapped[str] = mapped_column(String(20))
    sale_id: Mapped[str | None] = mapped_column(ForeignKey("sales.id"))
    # The return that put it back on the shelf (pos/db/return_models.py), to acknowledge it
    # once the store has that return; not the sale's id, which is acknowledged with the sale.
    return_id: Mapped[str | None] = mapped_column(String(36), index=True)
    reason: Mapped[str] = mapped_column(String(200), default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    acknowledged: Mapped[bool] = mapped_column(default=False, index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # A click-and-collect step's till-made UUID (pos/services/collect.py): the order's
    # fulfilment for `collect`, its cancellation for `collect_back`; that step's outbox row (its
    # ref) carries the movement to the store, and its journal entry proves it.
    effect_id: Mapped[str | None] = mapped_column(String(36), index=True)


class Sale(Base):
    __tablename__ = "sales"
    __table_args__ = (UniqueConstraint("terminal_id", "receipt_no"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # UUID made at the till
    terminal_id: Mapped[str] = mapped_column(String(40))
    receipt_no: Mapped[int]
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    cashier_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    customer_id: Mapped[int | None]
    currency: Mapped[str] = mapped_column(String(3))
    tax_inclusive: Mapped[bool]
    subtotal: Mapped[int]
    discount_total: Mapped[int]
    tax_total: Mapped[int]
    rounding: Mapped[int]
    total: Mapped[int]  # after cash rounding: what the customer paid
    change: Mapped[int]
    status: Mapped[str] = mapped_column(String(20), default="completed")
    # The shift whose drawer took the money (pos/db/shift_models.py); None before shifts.
    shift_id: Mapped[int | None] = mapped_column(index=True)

    lines: Mapped[list[SaleLine]] = relationship(
        back_populates="sale", order_by="SaleLine.line_no", cascade="all, delete-orphan"
    )
    payments: Mapped[list[Payment]] = relationship(
        back_populates="sale", order_by="Payment.id", cascade="all, delete-orphan"
    )
    cashier: Mapped[User | None] = relationship()


class SaleLine(Base):
    __tablename__ = "sale_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    sale_id: Mapped[str] = mapped_column(ForeignKey("sales.id"), index=True)
    line_no: Mapped[int]
    variant_id: Mapped[int | None] = mapped_column(ForeignKey("variants.id"))
    sku: Mapped[str] = mapped_column(String(80))
    name: Mapped[str] = mapped_column(String(250))
    quantity_milli: Mapped[int]
    unit: Mapped[str] = mapped_column(String(10))
    unit_price: Mapped[int]
    price_overridden: Mapped[bool] = mapped_column(default=False)
    gross: Mapped[int]
    line_discount: Mapped[int]
    order_discount: Mapped[int]
    tax_rate_bp: Mapped[int]
    tax: Mapped[int]
    total: Mapped[int]
    # the stock location it is delivered from ("": carried out here; sale_deliveries)
    ship_from: Mapped[str] = mapped_column(String(80), default="", server_default="")

    sale: Mapped[Sale] = relationship(back_populates="lines")


class Payment(Base):
    __tablename__ = "payments"
    id: Mapped[int] = mapped_column(primary_key=True)
    sale_id: Mapped[str] = mapped_column(ForeignKey("sales.id"), index=True)
    method: Mapped[str] = mapped_column(String(20))
    amount: Mapped[int]  # applied to the sale
    tendered: Mapped[int]  # handed over (cash: before change)
    reference: Mapped[str] = mapped_column(String(120), default="")

    sale: Mapped[Sale] = relationship(back_populates="payments")


class JournalEntry(Base):
    """Hash-chained, append-only record of completed sales and sensitive actions."""

    __tablename__ = "journal"
    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    kind: Mapped[str] = mapped_column(String(40))
    payload: Mapped[str] = mapped_column(Text)  # canonical JSON
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # A sale's or return's entry: its id (for its receipt's code; verify checks it against the
    # payload) and the digest of its rows, hashed with the entry (pos/services/journal.py).
    ref: Mapped[str | None] = mapped_column(String(36), index=True)
    rows_digest: Mapped[str | None] = mapped_column(String(64))


class OutboxEvent(Base):
    """A local change waiting to reach the central store, written with the change itself."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_pending", "status", "kind", "id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))  # sale | customer | return | stock_adjustment
    ref: Mapped[str] = mapped_column(String(80))
    payload: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="pending")  # pending|sent|error
    attempts: Mapped[int] = mapped_column(default=0)  # sends started (uncertain ones too)
    failures: Mapped[int] = mapped_column(default=0)  # refusals by the store: parks at N
    last_error: Mapped[str] = mapped_column(Text, default="")
    remote_id: Mapped[str | None] = mapped_column(String(80))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]
    next_attempt_at: Mapped[datetime | None]  # backoff: not retried before this


class SyncState(Base):
    """Pull cursors and the last sync outcome, one JSON value per key."""

    __tablename__ = "sync_state"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ParkedSale(Base):
    __tablename__ = "parked_sales"
    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    cashier_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    label: Mapped[str] = mapped_column(String(120), default="")
    cart: Mapped[str] = mapped_column(Text)  # JSON of the cart lines and discounts


class PrintJob(Base):
    """A receipt waiting for the printer, queued after the sale committed; printed at most once
    per request: a job is claimed (status printing) before the printer is touched."""

    __tablename__ = "print_jobs"
    __table_args__ = (Index("ix_print_jobs_status", "status", "id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    sale_id: Mapped[str | None] = mapped_column(ForeignKey("sales.id"), index=True)
    return_id: Mapped[str | None] = mapped_column(String(36), index=True)  # a return receipt
    kind: Mapped[str] = mapped_column(String(20), default="receipt")  # receipt | reprint
    open_drawer: Mapped[bool] = mapped_column(default=False)  # cash sale: kick the drawer
    drawer_opened: Mapped[bool] = mapped_column(default=False)
    status: Mapped[str] = mapped_column(String(20), default="queued")
    # queued | printing | printed | failed | skipped
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    printed_at: Mapped[datetime | None]
