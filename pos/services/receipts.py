"""The receipt of a stored sale, as `pos.domain.receipt.Receipt` data ready to print or preview.

A sale is found by its UUID, its receipt label (T1-000001) or its number on this till (1,
000001). Labels (translated by the caller) go both into the receipt (discount names) and into
the layout, so the whole receipt is in one language.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from decimal import Decimal
from typing import Mapping

from babel.numbers import get_decimal_symbol
from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from pos.db.engine import Database
from pos.db.customer_models import Customer
from pos.db.models import Sale, SaleLine
from pos.domain.cart import PricedLine, tax_bands
from pos.domain.delivery import DeliveryAddress
from pos.domain.phone import display_phone
from pos.domain.receipt import (DEFAULT_LABELS, MoneyFormat, Receipt, ReceiptDiscount,
                                ReceiptLine, ReceiptTaxBand, ReceiptTender, ShopHeader)
from pos.format import format_money
from pos.i18n import QT_TRANSLATE_NOOP, shop_speaks, translate, translated
from pos.services import deliveries, journal
from pos.services.errors import ServiceError
from pos.services.loyalty import SalePoints, sale_points
from pos.services.promotions import promotions_of_sale
from pos.domain.receipt import receipt_label
from pos.services.settings import ShopSettings

# Labels this module adds to the layout's own (pos.domain.receipt.DEFAULT_LABELS).
EXTRA_LABELS = {"line_discount": QT_TRANSLATE_NOOP("Receipt", "Discount"),
                "order_discount": QT_TRANSLATE_NOOP("Receipt", "Sale discount {percent}"),
                "promotion_code": "{name} ({code})"}
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_LABEL = re.compile(r"^(?P<terminal>.+)-(?P<number>\d+)$")


class ReceiptNotFound(ServiceError):
    def __init__(self, ref: str):
        super().__init__(translate("Errors", "No sale has receipt number {0}. Check the number "
                                             "printed on the receipt (for example T1-000001).")
                             .format(repr(ref)))
        self.ref = ref


@dataclass(frozen=True)
class ReceiptToPrint:
    """A receipt with the money format and the labels it is printed with."""

    receipt: Receipt
    money: MoneyFormat
    labels: Mapping[str, str] = field(default_factory=dict)


def find_sale(session: Session, ref: str, terminal_id: str) -> Sale:
    ref = ref.strip()
    sale = None
    if _UUID.match(ref):
        sale = session.get(Sale, ref.lower())
    elif ref.isdigit():
        sale = _by_number(session, terminal_id, int(ref))
    elif match := _LABEL.match(ref):
        sale = _by_number(session, match["terminal"], int(match["number"]))
    if sale is None:
        raise ReceiptNotFound(ref)
    return sale


def _by_number(session: Session, terminal_id: str, number: int) -> Sale | None:
    query = select(Sale).where(Sale.terminal_id == terminal_id, Sale.receipt_no == number)
    return session.scalar(query)


def shop_language(settings: ShopSettings) -> str:
    """The language receipts and reports are printed in: the one the shop speaks on screen
    (its setting, else Vietnamese for a shop in Vietnam, else the computer's)."""
    return shop_speaks(settings)


def receipt_labels(settings: ShopSettings, labels: Mapping[str, str] | None = None) -> dict:
    """Defaults in the shop's language, then the shop locale's decimal point and date order,
    then the caller's."""
    merged = translated("Receipt", {**DEFAULT_LABELS, **EXTRA_LABELS}, shop_language(settings))
    merged["decimal_point"] = get_decimal_symbol(settings.locale)
    if not settings.locale.startswith(("en_US", "ja", "zh", "ko")):
        merged["datetime_format"] = "%d/%m/%Y %H:%M"
    return {**merged, **(labels or {})}


def shop_money(settings: ShopSettings) -> MoneyFormat:
    return lambda minor: format_money(minor, settings.currency, settings.locale)


def qr_payload(settings: ShopSettings, sale_id: str) -> str | None:
    template = settings.receipt_qr.strip()
    return template.replace("{uuid}", sale_id) if template else None


def local_time(utc: datetime) -> datetime:
    # Sales are stored in UTC; the receipt shows the till's wall clock.
    return utc.replace(tzinfo=timezone.utc).astimezone().replace(tzinfo=None)


def build_receipt(sale: Sale, settings: ShopSettings, labels: Mapping[str, str]) -> Receipt:
    bands = tax_bands([_priced(line) for line in sale.lines])
    customer, points = _customer_and_points(sale)
    promos = promotions_of_sale(object_session(sale), sale.id)
    shipped = _shipments(sale)
    return Receipt(
        shop=ShopHeader(settings.shop_name, settings.shop_address, settings.shop_tax_code,
                        settings.shop_phone),
        receipt_no=receipt_label(sale.terminal_id, sale.receipt_no), sale_uuid=sale.id,
        created_at=local_time(sale.created_at),
        cashier=sale.cashier.name if sale.cashier else "", customer=customer,
        lines=tuple(_line(line, sale, labels, promos.get(line.line_no, []), shipped)
                    for line in sale.lines),
        subtotal=sale.subtotal, discount_total=sale.discount_total,
        tax_bands=tuple(ReceiptTaxBand(b.rate_bp, b.net, b.tax, b.gross) for b in bands),
        tax_total=sale.tax_total, rounding=sale.rounding, total=sale.total,
        tenders=tuple(ReceiptTender(p.method, p.tendered, p.reference) for p in sale.payments),
        change=sale.change, currency=sale.currency, footer=settings.receipt_footer,
        qr_payload=qr_payload(settings, sale.id), paper_width_mm=_paper(settings),
        tax_inclusive=sale.tax_inclusive, points_earned=points.earned,
        points_redeemed=points.redeemed, points_balance=points.balance,
        journal_code=journal.code_in_session(object_session(sale), sale.id) or "",
        promotions=_promotion_totals(promos, labels),
        deliver_to=_deliver_to(shipped),
    )


def _shipments(sale: Sale) -> list:
    if not any(line.ship_from for line in sale.lines):
        return []
    return deliveries.of_sale(object_session(sale), sale.id)


def _deliver_to(shipped: list) -> tuple[str, ...]:
    """Who receives the goods sold for delivery, and where (one address for the sale)."""
    if not shipped:
        return ()
    a = shipped[0]
    address = DeliveryAddress(a.name, a.phone, a.province, a.district, a.ward, a.street)
    return (f"{a.name} · {display_phone(a.phone)}", address.one_line())


def _customer_and_points(sale: Sale) -> tuple[str | None, SalePoints]:
    """The customer's name and what the sale did to their points (balance as of the sale)."""
    if sale.customer_id is None:
        return None, SalePoints()
    s = object_session(sale)
    customer = s.get(Customer, sale.customer_id)
    return (customer.name if customer else None), sale_points(s, sale)


def _paper(settings: ShopSettings) -> int:
    if settings.paper_width_mm not in (58, 80):
        raise ServiceError(translate("Errors", "Paper width must be 58 or 80 mm, not {0}: fix it "
                                               "in the printer settings.")
                               .format(settings.paper_width_mm))
    return settings.paper_width_mm


def _priced(line: SaleLine) -> PricedLine:
    net = line.gross - line.line_discount - line.order_discount
    return PricedLine(line.gross, line.line_discount, line.order_discount, net, line.tax,
                      line.total, line.tax_rate_bp)


def _promotion_label(row, labels: Mapping[str, str]) -> str:
    if not row.code or row.code in row.name:  # a store promotion is often named by its code
        return row.name
    return labels["promotion_code"].format(name=row.name, code=row.code)


def _promotion_totals(promos: dict, labels: Mapping[str, str]) -> tuple[ReceiptDiscount, ...]:
    """What each promotion saved on the whole sale, in the order they first appear."""
    saved: dict[str, int] = {}
    for rows in promos.values():
        for row in rows:
            label = _promotion_label(row, labels)
            saved[label] = saved.get(label, 0) + row.amount
    return tuple(ReceiptDiscount(label, amount) for label, amount in saved.items())


def _line(line: SaleLine, sale: Sale, labels: Mapping[str, str], promos: list,
          shipped: list = ()) -> ReceiptLine:
    discounts = []
    own = line.line_discount - sum(p.amount for p in promos)  # the column holds both
    if own:
        discounts.append(ReceiptDiscount(labels["line_discount"], own))
    discounts += [ReceiptDiscount(_promotion_label(p, labels), p.amount) for p in promos]
    if line.order_discount:
        percent = _order_percent(sale)
        text = labels["order_discount"].format(percent=percent).strip()
        discounts.append(ReceiptDiscount(text, line.order_discount))
    quantity = Decimal(line.quantity_milli).scaleb(-3).normalize()
    return ReceiptLine(line.name, quantity, line.unit, line.unit_price, line.gross,
                       tuple(discounts), line.gross - line.line_discount - line.order_discount,
                       line.tax_rate_bp, note=_shipped_from(line, labels, shipped))


def _shipped_from(line: SaleLine, labels: Mapping[str, str], shipped: list) -> str:
    if not line.ship_from:
        return ""
    names = {d.location: d.location_name for d in shipped}
    return labels["ship_from"].format(names.get(line.ship_from) or line.ship_from)


def _order_percent(sale: Sale) -> str:
    """'10%' when the sale discount is a round share of the lines it applied to, else ''."""
    base = sum(l.gross - l.line_discount for l in sale.lines)
    shared = sum(l.order_discount for l in sale.lines)
    if not base or (shared * 100) % base:
        return ""
    return f"{shared * 100 // base}%"


def receipt_for(db: Database, ref: str, settings: ShopSettings,
                labels: Mapping[str, str] | None = None) -> ReceiptToPrint:
    """The receipt of the sale `ref` (UUID, T1-000001 or 1) with the shop's money format."""
    merged = receipt_labels(settings, labels)
    with db.session() as s:
        sale = find_sale(s, ref, settings.terminal_id)
        receipt = build_receipt(sale, settings, merged)
    return ReceiptToPrint(receipt, shop_money(settings), merged)
