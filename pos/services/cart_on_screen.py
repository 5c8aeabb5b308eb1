"""The sale on screen, saved as it changes: one row per till, so that closing the window,
a crash or a power cut loses nothing. Each save is one single-row upsert; an empty cart
deletes the row. The cart is serialised as a parked sale is (pos/services/parking.py)."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, exists, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from pos.db.cart_models import CartOnScreen
from pos.db.engine import Database
from pos.db.models import ParkedSale, Sale, utcnow
from pos.domain.basket import Basket
from pos.services.parking import cart_from_json, cart_to_json


@dataclass(frozen=True)
class SavedCart:
    basket: Basket
    cashier_id: int | None


def save(db: Database, terminal_id: str, basket: Basket, cashier_id: int | None) -> None:
    """Keeps `basket` as this till's sale on screen (an empty basket: nothing is kept)."""
    if basket.is_empty():
        clear(db, terminal_id)
        return
    values = dict(cart=cart_to_json(basket), lines=len(basket.lines), cashier_id=cashier_id,
                  updated_at=utcnow())
    upsert = insert(CartOnScreen).values(terminal_id=terminal_id, **values)
    with db.transaction() as s:
        s.execute(upsert.on_conflict_do_update(index_elements=[CartOnScreen.terminal_id],
                                               set_=values))


def clear(db: Database, terminal_id: str) -> None:
    """The sale on screen is gone (completed, parked, voided, emptied)."""
    with db.transaction() as s:
        clear_in(s, terminal_id)


def clear_in(s: Session, terminal_id: str) -> None:
    """The same inside the caller's transaction: a void forgets the cart as it is journaled,
    so a till killed between the two cannot bring a voided sale back."""
    s.execute(delete(CartOnScreen).where(CartOnScreen.terminal_id == terminal_id))


def load(db: Database, terminal_id: str) -> SavedCart | None:
    """The sale this till had on screen when it last stopped, if any. A cart kept from
    before this till's last completed sale or the last parked sale was that sale (the till
    stopped between its commit and the clearing that follows): it does not come back."""
    with db.transaction() as s:
        row = s.get(CartOnScreen, terminal_id)
        if row is None:
            return None
        ended = s.scalar(select(
            exists().where(Sale.terminal_id == terminal_id, Sale.created_at >= row.updated_at)
            | exists().where(ParkedSale.created_at >= row.updated_at)))
        basket = cart_from_json(row.cart)
        if ended or basket.is_empty():
            s.delete(row)
            return None
        return SavedCart(basket, row.cashier_id)
