"""Loyalty points at the till: earned and redeemed inside the sale's own transaction, kept
as a ledger, pushed to the central store as entries identified by id (so a retried push can
never count them twice), and reconciled with the central balance when customers are pulled.

The customer's `points` column is what the till shows: the central balance as last pulled
plus the entries this till has not pushed yet."""
from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from pos.db.customer_models import Customer
from pos.db.engine import Database
from pos.db.loyalty_models import LoyaltyEntry
from pos.db.models import OutboxEvent, Sale
from pos.domain.loyalty import points_earned, points_for_amount
from pos.domain.payment import POINTS
from pos.i18n import translate
from pos.services.errors import ServiceError
from pos.services.settings import ShopSettings

OUTBOX_KIND = "loyalty"


class NotEnoughPoints(ServiceError):
    def __init__(self, name: str, balance: int, wanted: int):
        super().__init__(translate("Errors", "{0} has {1} points, not {2}: use fewer points or "
                                             "another payment.").format(name, balance, wanted))


@dataclass(frozen=True)
class SalePoints:
    """What one sale did to the customer's points (for the receipt and the screen)."""

    earned: int = 0
    redeemed: int = 0
    balance: int | None = None  # None: no customer on the sale


# -- during the sale's transaction ----------------------------------------------------------
def record_sale(s: Session, sale: Sale, settings: ShopSettings) -> SalePoints:
    """Ledger entries and the outbox row for a sale being completed (caller's transaction).
    Refuses (and so rolls the whole sale back) points paid without a customer or enough."""
    redeemed = _points_paid(sale, settings)
    if sale.customer_id is None:
        if redeemed:
            raise ServiceError(translate("Errors", "Attach the customer (F10) before paying with "
                                                   "points."))
        return SalePoints()
    customer = s.get(Customer, sale.customer_id)
    if customer is None or not customer.active:
        if not redeemed:
            return SalePoints()  # nobody to give points to; the sale itself is fine
        raise ServiceError(translate("Errors", "The customer on this sale no longer exists: "
                                               "attach them again."))
    if redeemed > customer.points:
        raise NotEnoughPoints(customer.name, customer.points, redeemed)
    money = sum(p.amount for p in sale.payments if p.method != POINTS)
    earned = points_earned(money, settings.loyalty_spend_per_point)
    batch = _Batch(sale.id, sale.id, sale.terminal_id, sale.created_at)
    _write(s, customer, batch, (("redeem", -redeemed), ("earn", earned)))
    return SalePoints(earned, redeemed, customer.points)


def record_return(s: Session, ret, settings: ShopSettings) -> SalePoints:
    """A return (caller's transaction): points paid are given back, and the points its
    money had earned are taken back, never more than that sale earned at this till."""
    customer = s.get(Customer, ret.customer_id) if ret.customer_id is not None else None
    if customer is None:
        return SalePoints()
    value = settings.loyalty_point_value
    back = sum(r.amount for r in ret.refunds if r.method == POINTS) // value if value else 0
    money = sum(r.amount for r in ret.refunds if r.method != POINTS)
    unearned = min(points_earned(money, settings.loyalty_spend_per_point),
                   _earned_left(s, ret.sale_id))
    batch = _Batch(ret.id, ret.sale_id, ret.terminal_id, ret.created_at)
    _write(s, customer, batch, (("refund", back), ("unearn", -unearned)))
    return SalePoints(-unearned, -back, customer.points)


def _earned_left(s: Session, sale_id: str | None) -> int:
    """What a local sale earned, less what its earlier returns took back (0 if not local)."""
    if sale_id is None:
        return 0
    return max(0, s.scalar(select(func.coalesce(func.sum(LoyaltyEntry.points), 0)).where(
        LoyaltyEntry.sale_id == sale_id, LoyaltyEntry.kind.in_(("earn", "unearn")))))


@dataclass(frozen=True)
class _Batch:
    """What writes the entries: its id is the ref of their outbox row."""

    id: str
    sale_id: str | None
    terminal_id: str
    at: datetime


def _write(s: Session, customer: Customer, batch: _Batch, movements) -> None:
    entries = [_entry(s, customer, batch, kind, points) for kind, points in movements if points]
    if entries:
        s.add(OutboxEvent(kind=OUTBOX_KIND, ref=batch.id,
                          payload=json.dumps(_payload(customer, entries), ensure_ascii=False)))


def _points_paid(sale: Sale, settings: ShopSettings) -> int:
    return sum(points_for_amount(p.amount, settings.loyalty_point_value)
               for p in sale.payments if p.method == POINTS)


def _entry(s: Session, customer: Customer, batch: _Batch, kind: str, points: int
           ) -> LoyaltyEntry:
    customer.points += points
    entry = LoyaltyEntry(id=str(uuid.uuid4()), customer_id=customer.id, sale_id=batch.sale_id,
                         batch=batch.id, kind=kind, points=points,
                         balance_after=customer.points, terminal_id=batch.terminal_id,
                         created_at=batch.at)
    s.add(entry)
    return entry


def _payload(customer: Customer, entries: list[LoyaltyEntry]) -> dict:
    return {"customer_id": customer.id, "customer_remote_id": customer.remote_id,
            "phone": customer.phone, "email": customer.email,
            "entries": [{"id": e.id, "kind": e.kind, "points": e.points, "sale_id": e.sale_id,
                         "terminal_id": e.terminal_id,
                         "created_at": e.created_at.isoformat(timespec="seconds") + "Z"}
                        for e in entries]}


# -- reading ----------------------------------------------------------------------------------
def balance(db: Database, customer_id: int) -> int:
    with db.session() as s:
        customer = s.get(Customer, customer_id)
        return customer.points if customer else 0


def sale_points(s: Session, sale: Sale) -> SalePoints:
    """Points of a stored sale, balance as it was right after it (a reprint shows the same)."""
    entries = s.scalars(select(LoyaltyEntry).where(LoyaltyEntry.batch == sale.id)
                        .order_by(LoyaltyEntry.kind.desc())).all()  # redeem before earn
    if not entries:
        return SalePoints()
    earned = sum(e.points for e in entries if e.kind == "earn")
    redeemed = -sum(e.points for e in entries if e.kind == "redeem")
    return SalePoints(earned, redeemed, entries[-1].balance_after)


# -- sync -------------------------------------------------------------------------------------
def unpushed_points(s: Session, customer_id: int) -> int:
    return s.scalar(select(func.coalesce(func.sum(LoyaltyEntry.points), 0)).where(
        LoyaltyEntry.customer_id == customer_id, LoyaltyEntry.pushed.is_(False)))


def apply_central_balance(s: Session, customer: Customer, central: int | None,
                          counted: tuple[str, ...] = (), counted_all: bool = False) -> None:
    """A pulled customer: the store's balance plus what this till has not pushed yet.
    Entries the store says it counted are pushed, even if the till never heard back; when
    the store lists every entry it counted, a pushed one missing there is sent again."""
    if central is None:
        return  # the store keeps no balance for them yet: keep ours
    s.flush()
    if counted:
        s.execute(update(LoyaltyEntry).where(LoyaltyEntry.id.in_(counted))
                  .values(pushed=True))
    if counted_all:
        _send_again_lost(s, customer, set(counted))
    customer.points = central + unpushed_points(s, customer.id)


def _send_again_lost(s: Session, customer: Customer, counted: set[str]) -> None:
    """Another till's write dropped entries the store had confirmed: queue them again."""
    lost = [e for e in s.scalars(select(LoyaltyEntry).where(
        LoyaltyEntry.customer_id == customer.id, LoyaltyEntry.pushed.is_(True)))
        if e.id not in counted]
    for batch in sorted({e.batch for e in lost}):
        entries = [e for e in lost if e.batch == batch]
        for e in entries:
            e.pushed = False
        s.add(OutboxEvent(kind=OUTBOX_KIND, ref=batch,
                          payload=json.dumps(_payload(customer, entries), ensure_ascii=False)))


def mark_pushed(s: Session, ref: str) -> None:
    """The store confirmed the outbox row `ref`: its entries are counted there."""
    s.execute(update(LoyaltyEntry).where(LoyaltyEntry.batch == ref).values(pushed=True))


def customer_linked(s: Session, customer_id: int, remote_id: str) -> None:
    """The store now knows the customer as `remote_id`: waiting points rows say so."""
    _retarget_waiting(s, customer_id, customer_id, remote_id)


def _retarget_waiting(s: Session, old_id: int, new_id: int, remote_id: str | None) -> None:
    rows = s.scalars(select(OutboxEvent).where(OutboxEvent.kind == OUTBOX_KIND,
                                               OutboxEvent.status != "sent")).all()
    for row in rows:
        payload = json.loads(row.payload)
        if payload.get("customer_id") == old_id:
            payload.update(customer_id=new_id, customer_remote_id=remote_id)
            row.payload = json.dumps(payload, ensure_ascii=False)


def merge_points(s: Session, mine: Customer, other: Customer) -> None:
    """`mine` (made at the till) turned out to be `other` (known online): its ledger moves
    over. Unpushed points add to the other's balance; pushed ones are already in it."""
    waiting = unpushed_points(s, mine.id)
    s.execute(update(LoyaltyEntry).where(LoyaltyEntry.customer_id == mine.id)
              .values(customer_id=other.id))
    other.points += waiting
    mine.points = 0
    _retarget_waiting(s, mine.id, other.id, other.remote_id)
