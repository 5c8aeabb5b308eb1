"""Parked sales: put the current basket aside and recall it later (survives a restart)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from pos.db.customer_models import Customer
from pos.db.engine import Database
from pos.db.models import ParkedSale, User
from pos.domain.basket import Basket
from pos.i18n import translate
from pos.services import holds
from pos.services.errors import ServiceError
from pos.services.promotions import load_book
from pos.services.receipts import local_time
from pos.services.settings import read_settings


@dataclass(frozen=True)
class ParkedSummary:
    """One parked sale as the recall list shows it."""

    id: int
    created_at: datetime  # UTC, as stored
    label: str
    lines: int
    local_time: datetime | None = None  # the till's wall clock when it was parked
    cashier: str = ""  # who parked it ("" when nobody was logged in)
    total: int = 0  # minor units, priced as it would be on screen now (promotions too)
    currency: str = ""
    customer: str = ""  # the attached customer's name
    held_until: datetime | None = None  # UTC: held for the customer until then (holds.py)


def cart_to_json(basket: Basket) -> str:
    """The one serialisation of a cart kept in the database (a parked sale, the sale on
    screen): what `cart_from_json` reads back."""
    return json.dumps(basket.to_dict(), ensure_ascii=False)


def cart_from_json(text: str) -> Basket:
    return Basket.from_dict(json.loads(text))


def park(db: Database, basket: Basket, cashier_id: int | None, label: str = "",
         hold_days: int | None = None) -> int:
    """Parks the sale; with `hold_days`, held that long for its customer (holds.py)."""
    if basket.is_empty():
        raise ServiceError(translate("Errors", "There is nothing to park: the sale is empty."))
    with db.transaction() as s:
        row = ParkedSale(cashier_id=cashier_id, label=label,
                         cart=cart_to_json(basket))
        s.add(row)
        s.flush()
        if hold_days is not None:
            holds.place_in(s, row, basket, hold_days, cashier_id)
        return row.id


def list_parked(db: Database) -> list[ParkedSummary]:
    """The parked sales, oldest first, with who parked them, their total and customer."""
    book = load_book(db)
    holds.expire(db)  # a hold past its deadline is not shown as held
    with db.session() as s:
        settings = read_settings(s)
        rows = s.execute(select(ParkedSale, User.name).outerjoin(
            User, User.id == ParkedSale.cashier_id).order_by(ParkedSale.created_at,
                                                             ParkedSale.id)).all()
        names = _customer_names(s, {cart_from_json(r.cart).customer_id for r, _ in rows})
        held = holds.held_of(s, [row.id for row, _ in rows])
        return [_summary(row, cashier or "", book, settings, names, held.get(row.id))
                for row, cashier in rows]


def _customer_names(s, ids: set[int | None]) -> dict[int, str]:
    ids.discard(None)
    if not ids:
        return {}
    return dict(s.execute(select(Customer.id, Customer.name).where(Customer.id.in_(ids))).all())


def _summary(row: ParkedSale, cashier: str, book, settings, names: dict[int, str], hold):
    basket = cart_from_json(row.cart)
    basket.promotions = book
    return ParkedSummary(row.id, row.created_at, row.label, len(basket.lines),
                         local_time=local_time(row.created_at), cashier=cashier,
                         total=basket.totals(settings.tax_inclusive).total,
                         currency=settings.currency,
                         customer=names.get(basket.customer_id, ""),
                         held_until=hold.until if hold else None)


def recall(db: Database, parked_id: int) -> Basket:
    """Takes the parked sale back out (it is no longer parked). A held sale is being sold:
    its hold ends in the same transaction."""
    with db.transaction() as s:
        row = s.get(ParkedSale, parked_id)
        if row is None:
            raise ServiceError(translate("Errors", "That parked sale was already recalled."))
        holds.release_for_recall(s, parked_id)
        s.delete(row)
        return cart_from_json(row.cart)
