"""Parked sales: put the current basket aside and recall it later (survives a restart)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from pos.db.engine import Database
from pos.db.models import ParkedSale
from pos.domain.basket import Basket
from pos.i18n import translate
from pos.services.errors import ServiceError


@dataclass(frozen=True)
class ParkedSummary:
    id: int
    created_at: datetime
    label: str
    lines: int


def cart_to_json(basket: Basket) -> str:
    """The one serialisation of a cart kept in the database (a parked sale, the sale on
    screen): what `cart_from_json` reads back."""
    return json.dumps(basket.to_dict(), ensure_ascii=False)


def cart_from_json(text: str) -> Basket:
    return Basket.from_dict(json.loads(text))


def park(db: Database, basket: Basket, cashier_id: int | None, label: str = "") -> int:
    if basket.is_empty():
        raise ServiceError(translate("Errors", "There is nothing to park: the sale is empty."))
    with db.transaction() as s:
        row = ParkedSale(cashier_id=cashier_id, label=label,
                         cart=cart_to_json(basket))
        s.add(row)
        s.flush()
        return row.id


def list_parked(db: Database) -> list[ParkedSummary]:
    with db.session() as s:
        rows = s.scalars(select(ParkedSale).order_by(ParkedSale.created_at))
        return [ParkedSummary(r.id, r.created_at, r.label, len(json.loads(r.cart)["lines"]))
                for r in rows]


def recall(db: Database, parked_id: int) -> Basket:
    """Takes the parked sale back out (it is no longer parked)."""
    with db.transaction() as s:
        row = s.get(ParkedSale, parked_id)
        if row is None:
            raise ServiceError(translate("Errors", "That parked sale was already recalled."))
        s.delete(row)
        return cart_from_json(row.cart)
