"""Goods sold at the counter for delivery from another stock location (issue #15, part 2).

The cashier marks a cart line "deliver from <location>" (only a location whose last pulled
level has the item), takes the receiver's Vietnamese address and either the whole price or
a deposit; the rest is the sale's "to pay on delivery" tender, so the payments still add up
to the sale's total. In the sale's own transaction (sales.record_sale) this writes, per
location shipped from, a `SaleDelivery` row and a "delivery_order" outbox row (its id is the
till-made UUID the connector finds the store's order by); the delivered lines move no stock
here. Bad input is refused before anything is written (`check`)."""
from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos.db.delivery_models import SaleDelivery
from pos.db.engine import Database
from pos.db.models import OutboxEvent, StockLevel
from pos.db.stock_models import StockLocation
from pos.domain.basket import Basket
from pos.domain.cart import CartTotals
from pos.domain.delivery import ON_DELIVERY, address_from, check_address, paid_later
from pos.domain.errors import DomainError, translate
from pos.domain.payment import Tender

KIND = "delivery_order"  # the outbox kind (sync/connectors/medusa_delivery.py)


@dataclass(frozen=True)
class ShipFrom:
    """A stock location that can deliver an item: its last pulled level there."""

    location: str  # the store's id
    name: str
    kind: str  # shop | warehouse
    quantity: Decimal


def ship_from_choices(db: Database, variant_id: int, here: str) -> list[ShipFrom]:
    """The other locations with the item in stock, the most first."""
    with db.session() as s:
        rows = s.execute(select(StockLevel.location, StockLevel.quantity_milli, StockLocation)
                         .outerjoin(StockLocation, StockLocation.remote_id == StockLevel.location)
                         .where(StockLevel.variant_id == variant_id, StockLevel.location != here,
                                StockLevel.quantity_milli > 0)).all()
    found = [ShipFrom(location, loc.name if loc else location, loc.kind if loc else "warehouse",
                      Decimal(q) / 1000) for location, q, loc in rows
             if not (loc and loc.is_this_shop)]
    return sorted(found, key=lambda c: (-c.quantity, c.name))


def delivered_total(basket: Basket, totals: CartTotals) -> int:
    return sum(totals.lines[row].total for row in basket.delivered_rows())


def later_amount(basket: Basket, totals: CartTotals) -> int:
    """What the customer pays when the goods arrive (0: all paid now)."""
    if not basket.delivered_rows() or not basket.delivery:
        return 0
    return paid_later(delivered_total(basket, totals), basket.delivery.get("deposit"))


def check(basket: Basket, tenders: list[Tender], totals: CartTotals) -> None:
    """Before the sale is written: delivered lines have a valid address, and the 'to pay on
    delivery' tender is exactly the part not paid now."""
    later = sum(t.amount for t in tenders if t.method == ON_DELIVERY)
    if not basket.delivered_rows():
        if later:
            raise DomainError(translate("Errors", "Nothing in this sale is delivered: it cannot "
                                                  "be paid on delivery."))
        return
    if not basket.delivery:
        raise DomainError(translate("Errors", "Enter where to deliver first."))
    a = address_from(basket.delivery)
    check_address(a.name, a.phone, a.province, a.district, a.ward, a.street)
    if later != later_amount(basket, totals):
        raise DomainError(translate("Errors", "The amount to pay on delivery does not match the "
                                              "deposit; enter the payment again."))


def record_in(s: Session, sale, basket: Basket, totals: CartTotals, tenders: list[Tender],
              currency: str, receipt: str) -> dict | None:
    """The sale's deliveries (rows and outbox rows); their summary for the sale's document."""
    rows = basket.delivered_rows()
    if not rows:
        return None
    a = address_from(basket.delivery)
    address = check_address(a.name, a.phone, a.province, a.district, a.ward, a.street)
    deposit_left = delivered_total(basket, totals) - later_amount(basket, totals)
    tender = next((t.method for t in tenders if t.method != ON_DELIVERY), ON_DELIVERY)
    by_location: dict[str, list[int]] = {}
    for row in rows:
        by_location.setdefault(basket.lines[row].ship_from, []).append(row)
    summary = []
    for location, in_it in by_location.items():
        total = sum(totals.lines[row].total for row in in_it)
        paid, deposit_left = min(total, deposit_left), deposit_left - min(total, deposit_left)
        row = SaleDelivery(id=str(uuid.uuid4()), sale_id=sale.id, location=location,
                           location_name=basket.lines[in_it[0]].ship_from_name,
                           total=total, paid=paid, **address.as_dict())
        s.add(row)
        payload = {
            "id": row.id, "sale_id": sale.id, "receipt_no": receipt,
            "terminal": sale.terminal_id, "currency": currency, "location_id": location,
            "customer": {"name": address.name, "phone": address.phone, "email": ""},
            "address": {"province": address.province, "district": address.district,
                        "ward": address.ward, "street": address.street},
            "lines": [_line(basket.lines[r], totals.lines[r].total) for r in in_it],
            "shipping_fee": 0, "total": total, "paid": paid, "tender": tender,
            "created_at": sale.created_at.isoformat(timespec="seconds") + "Z",
        }
        s.add(OutboxEvent(kind=KIND, ref=row.id, payload=json.dumps(payload,
                                                                   ensure_ascii=False)))
        summary.append({"id": row.id, "location": location, "location_name": row.location_name,
                        "total": total, "paid": paid})
    s.flush()
    return {**address.as_dict(), "orders": summary}


def _line(line, total: int) -> dict:
    """`total` is what the line costs here (discounts in it): the store's order carries it
    exactly, its rest on one unit when it does not divide (as a counter sale's lines)."""
    quantity = int(line.quantity)
    return {"sku": line.sku, "variant_id": None, "name": line.name, "quantity": quantity,
            "unit_price": total // quantity, "total": total}


def of_sale(s: Session, sale_id: str) -> list[SaleDelivery]:
    return list(s.scalars(select(SaleDelivery).where(SaleDelivery.sale_id == sale_id)
                          .order_by(SaleDelivery.location_name)))
