"""Completing a sale: ONE transaction writes the sale, lines, payments, stock movements,
the journal entry and the outbox row. Nothing is printed or pushed before it commits.

The rows are written with SQLAlchemy Core inserts (one statement per table, lines and
movements as one executemany), not ORM objects: the unit-of-work flushes cost the till more
than SQLite's own work and the fsync together, and nothing here reads the rows back."""
from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Mapping, NamedTuple

from sqlalchemy import bindparam, func, insert, select
from sqlalchemy.orm import Session

from pos.db.engine import Database
from pos.db.models import OutboxEvent, Payment, Sale, SaleLine, StockMovement, utcnow
from pos.db.shift_models import OPEN, Shift
from pos.domain.basket import Basket
from pos.domain.cart import CartTotals
from pos.domain.errors import PaymentError
from pos.domain.payment import CASH, TRANSFER, Settlement, Tender, settle
from pos.domain.receipt import receipt_label
from pos.domain.vietqr import transfer_content
from pos.i18n import translate
from pos.services import deliveries, journal, loyalty, permissions, promotions
from pos.services.errors import ServiceError
from pos.services.settings import ShopSettings
from pos.services.shifts import NoOpenShift
from pos.services.users import UserInfo

SALES, LINES, PAYMENTS = Sale.__table__, SaleLine.__table__, Payment.__table__
MOVEMENTS, OUTBOX, SHIFTS = StockMovement.__table__, OutboxEvent.__table__, Shift.__table__

# Statements are built once: building (and cache-keying) a new statement object costs more
# CPU than SQLite takes to run it (profile of complete_sale, issue #7).
_TILL_STATE = select(  # the till's open shift and its last receipt number, in one read
    select(SHIFTS.c.id).where(SHIFTS.c.terminal_id == bindparam("till"),
                              SHIFTS.c.status == OPEN).scalar_subquery(),
    select(func.max(SALES.c.receipt_no)).where(SALES.c.terminal_id == bindparam("till"))
    .scalar_subquery())
_INSERT_SALE, _INSERT_LINES, _INSERT_PAYMENTS = insert(SALES), insert(LINES), insert(PAYMENTS)
_INSERT_MOVEMENTS, _INSERT_OUTBOX = insert(MOVEMENTS), insert(OUTBOX)


@dataclass(frozen=True)
class CompletedSale:
    id: str
    receipt_no: int
    receipt_label: str
    created_at: datetime
    total: int
    rounding: int
    change: int
    paid_cash: bool


class SalePayment(NamedTuple):
    method: str
    amount: int  # applied to the sale
    tendered: int
    reference: str


@dataclass(frozen=True)
class RecordedSale:
    """What `record_sale` wrote, for its caller and for the loyalty ledger."""

    id: str
    terminal_id: str
    receipt_no: int
    created_at: datetime
    cashier_id: int | None
    customer_id: int | None
    total: int
    rounding: int
    change: int
    payments: tuple[SalePayment, ...]


def _till_state(session: Session, terminal_id: str) -> tuple[int, int]:
    """(open shift id, next receipt number) of the till, read inside the sale's transaction.
    Raises NoOpenShift: a sale belongs to exactly one drawer."""
    shift_id, last_no = session.execute(_TILL_STATE, {"till": terminal_id}).one()
    if shift_id is None:
        raise NoOpenShift(terminal_id)
    return shift_id, (last_no or 0) + 1


def _reference(tender: Tender, settings: ShopSettings, receipt_no: int) -> str:
    """A transfer's reference is the sale's transfer content: the one the payment QR asked the
    bank to write (the screen passes it), else the sale's own ('T1000123'), so that the receipt
    and the bank statement say the same."""
    if tender.method == TRANSFER:
        return tender.reference or transfer_content(settings.terminal_id, receipt_no)
    return tender.reference


def next_transfer_content(db: Database, settings: ShopSettings) -> str:
    """The transfer content of the till's next sale, for the payment QR ('T1000124')."""
    with db.session() as s:
        last_no = s.execute(_TILL_STATE, {"till": settings.terminal_id}).one()[1]
    return transfer_content(settings.terminal_id, (last_no or 0) + 1)


def check_payable(basket: Basket, tenders: list[Tender], settings: ShopSettings):
    if basket.is_empty():
        raise ServiceError(translate("Errors", "The sale has no items yet."))
    totals = basket.totals(settings.tax_inclusive)
    deliveries.check(basket, tenders, totals)
    settlement = settle(totals.total, tenders, settings.cash_rounding_step)
    if not settlement.complete:
        raise PaymentError(translate("Errors", "Not fully paid yet: {0} still due.")
                               .format(settlement.remaining))
    return totals, settlement


def complete_sale(db: Database, basket: Basket, tenders: list[Tender], cashier: UserInfo,
                  settings: ShopSettings) -> CompletedSale:
    totals, settlement = check_payable(basket, tenders, settings)
    with db.transaction() as s:
        sale = record_sale(s, basket, tenders, cashier, settings, totals, settlement)
    return CompletedSale(sale.id, sale.receipt_no, receipt_label(sale.terminal_id, sale.receipt_no),
                         sale.created_at, sale.total, sale.rounding, sale.change,
                         any(t.method == CASH for t in tenders))


def record_sale(s, basket: Basket, tenders: list[Tender], cashier: UserInfo,
                settings: ShopSettings, totals: CartTotals, settlement: Settlement
                ) -> RecordedSale:
    """The whole sale inside the caller's transaction (an exchange writes its return in
    the same one)."""
    permissions.check_sale(s, basket, totals, cashier, settings.discount_limit_bp)
    shift_id, receipt_no = _till_state(s, settings.terminal_id)  # NoOpenShift: nothing written
    row = _sale_row(basket, totals, settlement, cashier, settings, shift_id, receipt_no)
    sale = RecordedSale(
        row["id"], row["terminal_id"], row["receipt_no"], row["created_at"], cashier.id,
        basket.customer_id, row["total"], row["rounding"], row["change"],
        tuple(SalePayment(t.method, applied, t.amount, _reference(t, settings, receipt_no))
              for t, applied in zip(tenders, settlement.applied)))
    s.execute(_INSERT_SALE, row)
    lines = _write_lines(s, sale, basket, totals)
    promotions.record_sale_promotions(s, sale.id, totals)
    _write_payments(s, sale)
    _write_stock_movements(s, sale, lines, settings.stock_location)
    loyalty.record_sale(s, sale, settings)  # points earned/used: same transaction
    document = _document(row, lines, [p._asdict() for p in sale.payments], cashier.name)
    promotions.add_to_document(document, totals)  # promo codes count online
    delivery = deliveries.record_in(s, sale, basket, totals, tenders, settings.currency,
                                    document["receipt"])
    if delivery:
        document["delivery"] = delivery
    journal.append(s, "sale", document)
    s.execute(_INSERT_OUTBOX, {"kind": "sale", "ref": sale.id,
                                "payload": json.dumps(document, ensure_ascii=False)})
    return sale


def _sale_row(basket, totals: CartTotals, settlement: Settlement, cashier, settings,
              shift_id: int, receipt_no: int) -> dict:
    return dict(
        id=str(uuid.uuid4()), terminal_id=settings.terminal_id, receipt_no=receipt_no,
        created_at=utcnow(),
        cashier_id=cashier.id, customer_id=basket.customer_id, currency=settings.currency,
        tax_inclusive=settings.tax_inclusive, subtotal=totals.subtotal,
        discount_total=totals.discount_total, tax_total=totals.tax_total,
        rounding=settlement.rounding, total=settlement.due, change=settlement.change,
        status="completed", shift_id=shift_id,
    )


def _write_lines(s, sale: RecordedSale, basket: Basket, totals: CartTotals) -> list[dict]:
    lines = [dict(
        sale_id=sale.id, line_no=no, variant_id=line.variant_id, sku=line.sku, name=line.name,
        quantity_milli=int(line.quantity * 1000), unit=line.unit, unit_price=line.unit_price,
        price_overridden=line.price_overridden, gross=priced.gross,
        # promotions are part of the line's own discount (the breakdown is recorded apart)
        line_discount=priced.line_discount + priced.promotion_discount,
        order_discount=priced.order_discount,
        tax_rate_bp=line.tax_rate_bp, tax=priced.tax, total=priced.total,
        ship_from=line.ship_from,
    ) for no, (line, priced) in enumerate(zip(basket.lines, totals.lines), start=1)]
    s.execute(_INSERT_LINES, lines)
    return lines


def _write_payments(s, sale: RecordedSale) -> None:
    """One row per tender, in tender order; `applied` takes change back from the last cash."""
    s.execute(_INSERT_PAYMENTS, [dict(sale_id=sale.id, **p._asdict()) for p in sale.payments])


def _write_stock_movements(s, sale: RecordedSale, lines: list[dict], location: str) -> None:
    moves = [dict(variant_id=line["variant_id"], location=location, kind="sale",
                  quantity_milli=-line["quantity_milli"], sale_id=sale.id,
                  user_id=sale.cashier_id, created_at=sale.created_at)
             for line in lines if line["variant_id"] is not None and not line["ship_from"]]
    if moves:
        s.execute(_INSERT_MOVEMENTS, moves)


# -- the sale as plain data ---------------------------------------------------------------

def sale_document(sale: Sale, cashier_name: str) -> dict:
    """A stored sale as plain data: journal payload, outbox payload and export row."""
    return _document(_columns(sale), [_columns(l) for l in sale.lines],
                     [_columns(p) for p in sale.payments], cashier_name)


def _columns(row) -> dict[str, Any]:
    return {c.key: getattr(row, c.key) for c in row.__table__.columns}


def _document(sale: Mapping, lines: list[Mapping], payments: list[Mapping],
              cashier_name: str) -> dict:
    return {
        "id": sale["id"], "terminal_id": sale["terminal_id"], "receipt_no": sale["receipt_no"],
        "receipt": receipt_label(sale["terminal_id"], sale["receipt_no"]),
        "created_at": sale["created_at"].isoformat(timespec="seconds") + "Z",
        "cashier": cashier_name, "customer_id": sale["customer_id"],
        "currency": sale["currency"], "tax_inclusive": sale["tax_inclusive"],
        "subtotal": sale["subtotal"], "discount_total": sale["discount_total"],
        "tax_total": sale["tax_total"], "rounding": sale["rounding"], "total": sale["total"],
        "change": sale["change"],
        "lines": [_line_document(l) for l in lines],
        "payments": [{"method": p["method"], "amount": p["amount"], "tendered": p["tendered"],
                      "reference": p["reference"]} for p in payments],
    }


def _line_document(line: Mapping) -> dict:
    return {
        "line_no": line["line_no"], "sku": line["sku"], "name": line["name"],
        "quantity": f"{line['quantity_milli'] / 1000:.3f}".rstrip("0").rstrip("."),
        "unit": line["unit"], "unit_price": line["unit_price"],
        "price_overridden": line["price_overridden"], "gross": line["gross"],
        "line_discount": line["line_discount"], "order_discount": line["order_discount"],
        "tax_rate_bp": line["tax_rate_bp"], "tax": line["tax"], "total": line["total"],
        **({"ship_from": line["ship_from"]} if line.get("ship_from") else {}),
    }
