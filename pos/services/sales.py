"""Completing a sale: ONE transaction writes the sale, lines, payments, stock movements,
the journal entry and the outbox row. Nothing is printed or pushed before it commits."""
from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos.db.engine import Database
from pos.db.models import OutboxEvent, Payment, Sale, SaleLine, StockMovement, utcnow
from pos.domain.basket import Basket
from pos.domain.cart import CartTotals
from pos.domain.errors import PaymentError
from pos.domain.payment import CASH, Settlement, Tender, settle
from pos.i18n import translate
from pos.services import journal, loyalty, permissions, promotions
from pos.services.errors import ServiceError
from pos.services.settings import ShopSettings
from pos.services.shifts import require_open_shift
from pos.services.users import UserInfo


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


def receipt_label(terminal_id: str, receipt_no: int) -> str:
    return f"{terminal_id}-{receipt_no:06d}"


def next_receipt_no(session: Session, terminal_id: str) -> int:
    last = session.scalar(select(func.max(Sale.receipt_no)).where(Sale.terminal_id == terminal_id))
    return (last or 0) + 1


def check_payable(basket: Basket, tenders: list[Tender], settings: ShopSettings):
    if basket.is_empty():
        raise ServiceError(translate("Errors", "The sale has no items yet."))
    totals = basket.totals(settings.tax_inclusive)
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
                settings: ShopSettings, totals: CartTotals, settlement: Settlement) -> Sale:
    """The whole sale inside the caller's transaction (an exchange writes its return in
    the same one)."""
    permissions.check_sale(s, basket, totals, cashier, settings.discount_limit_bp)
    shift_id = require_open_shift(s, settings.terminal_id)  # NoOpenShift: nothing written
    sale = _write_sale(s, basket, totals, settlement, cashier, settings)
    sale.shift_id = shift_id
    _write_lines(s, sale, basket, totals)
    promotions.record_sale_promotions(s, sale, totals)
    _write_payments(s, sale, tenders, settlement)
    _write_stock_movements(s, sale, settings.stock_location)
    s.flush()
    loyalty.record_sale(s, sale, settings)  # points earned/used: same transaction
    document = sale_document(sale, cashier.name)
    promotions.add_to_document(document, totals)  # promo codes count online
    journal.append(s, "sale", document)
    s.add(OutboxEvent(kind="sale", ref=sale.id, payload=json.dumps(document, ensure_ascii=False)))
    return sale


def _write_sale(s, basket, totals: CartTotals, settlement: Settlement, cashier, settings) -> Sale:
    sale = Sale(
        id=str(uuid.uuid4()), terminal_id=settings.terminal_id,
        receipt_no=next_receipt_no(s, settings.terminal_id), created_at=utcnow(),
        cashier_id=cashier.id, customer_id=basket.customer_id, currency=settings.currency,
        tax_inclusive=settings.tax_inclusive, subtotal=totals.subtotal,
        discount_total=totals.discount_total, tax_total=totals.tax_total,
        rounding=settlement.rounding, total=settlement.due, change=settlement.change,
        payments=[],  # known empty: adding the first one after a flush reads nothing back
    )
    s.add(sale)
    return sale


def _write_lines(s, sale: Sale, basket: Basket, totals: CartTotals) -> None:
    for no, (line, priced) in enumerate(zip(basket.lines, totals.lines), start=1):
        sale.lines.append(SaleLine(
            line_no=no, variant_id=line.variant_id, sku=line.sku, name=line.name,
            quantity_milli=int(line.quantity * 1000), unit=line.unit, unit_price=line.unit_price,
            price_overridden=line.price_overridden, gross=priced.gross,
            # promotions are part of the line's own discount (the breakdown is recorded apart)
            line_discount=priced.line_discount + priced.promotion_discount,
            order_discount=priced.order_discount,
            tax_rate_bp=line.tax_rate_bp, tax=priced.tax, total=priced.total,
        ))
    s.flush()


def _write_payments(s, sale: Sale, tenders: list[Tender], settlement: Settlement) -> None:
    """One row per tender, in tender order; `applied` takes change back from the last cash."""
    for tender, applied in zip(tenders, settlement.applied):
        sale.payments.append(Payment(method=tender.method, amount=applied,
                                     tendered=tender.amount, reference=tender.reference))


def _write_stock_movements(s, sale: Sale, location: str) -> None:
    for line in sale.lines:
        if line.variant_id is not None:
            s.add(StockMovement(variant_id=line.variant_id, location=location, kind="sale",
                                quantity_milli=-line.quantity_milli, sale_id=sale.id,
                                user_id=sale.cashier_id, created_at=sale.created_at))


def sale_document(sale: Sale, cashier_name: str) -> dict:
    """The sale as plain data: journal payload, outbox payload and export row."""
    return {
        "id": sale.id, "terminal_id": sale.terminal_id, "receipt_no": sale.receipt_no,
        "receipt": receipt_label(sale.terminal_id, sale.receipt_no),
        "created_at": sale.created_at.isoformat(timespec="seconds") + "Z",
        "cashier": cashier_name, "customer_id": sale.customer_id, "currency": sale.currency,
        "tax_inclusive": sale.tax_inclusive, "subtotal": sale.subtotal,
        "discount_total": sale.discount_total, "tax_total": sale.tax_total,
        "rounding": sale.rounding, "total": sale.total, "change": sale.change,
        "lines": [_line_document(l) for l in sale.lines],
        "payments": [{"method": p.method, "amount": p.amount, "tendered": p.tendered,
                      "reference": p.reference} for p in sale.payments],
    }


def _line_document(line: SaleLine) -> dict:
    return {
        "line_no": line.line_no, "sku": line.sku, "name": line.name,
        "quantity": f"{line.quantity_milli / 1000:.3f}".rstrip("0").rstrip("."),
        "unit": line.unit, "unit_price": line.unit_price, "price_overridden": line.price_overridden,
        "gross": line.gross, "line_discount": line.line_discount,
        "order_discount": line.order_discount, "tax_rate_bp": line.tax_rate_bp,
        "tax": line.tax, "total": line.total,
    }
