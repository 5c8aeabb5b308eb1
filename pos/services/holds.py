"""Holds (issue #15, part 3): a parked sale kept for a customer for N days.

Parking a sale "for a customer" holds its items: the till counts them reserved (on hand,
reserved, available, as for orders to collect) and an outbox row asks the central store to
reserve them at the shop's location, so the web does not sell the last unit. The hold ends
when the sale is recalled to be sold, when its deadline passes (`expire_in`, run before each
push and whenever the parked sales are listed), or by hand; the release goes out the same way.

Placing and releasing share one outbox kind, "hold", so the engine keeps their order (a kind
whose oldest row is failing waits): a release is never sent before its placing."""
from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos.db.customer_models import Customer
from pos.db.engine import Database
from pos.db.hold_models import Hold, HoldLine
from pos.db.models import OutboxEvent, ParkedSale, utcnow
from pos.domain.basket import Basket
from pos.i18n import translate
from pos.services import journal
from pos.services.errors import ServiceError

KIND = "hold"  # the outbox kind of both effects (payload "action": place | release)
LONGEST_DAYS = 30


@dataclass(frozen=True)
class HoldView:
    id: str
    parked_id: int | None
    customer_name: str
    until: datetime  # UTC
    state: str
    lines: tuple[tuple[str, str, int], ...]  # (sku, name, thousandths)
    release_reason: str = ""  # sold | expired | by_hand, once released


def check_days(days: int) -> int:
    if not 1 <= days <= LONGEST_DAYS:
        raise ServiceError(translate("Errors", "A hold lasts 1 to {0} days.").format(LONGEST_DAYS))
    return days


def place_in(s: Session, parked: ParkedSale, basket: Basket, days: int, user_id: int | None,
             now: datetime | None = None) -> Hold:
    """Holds the parked sale `parked` (flushed, in this transaction) for its customer."""
    check_days(days)
    if basket.customer_id is None:
        raise ServiceError(translate("Errors", "Attach the customer first (F10): a hold is "
                                               "kept for a customer."))
    customer = s.get(Customer, basket.customer_id)
    quantities: dict[str, list] = {}
    for line in basket.lines:  # one line per item (a weighed item may be on several)
        got = quantities.setdefault(line.sku, [line.variant_id, line.name, 0])
        got[2] += int(line.quantity * 1000)
    hold = Hold(id=str(uuid.uuid4()), parked_id=parked.id, customer_id=basket.customer_id,
                customer_name=customer.name if customer else "", created_by=user_id,
                until=(now or utcnow()) + timedelta(days=days))
    hold.lines = [HoldLine(variant_id=vid, sku=sku, name=name, quantity_milli=q)
                  for sku, (vid, name, q) in quantities.items()]
    s.add(hold)
    s.flush()
    _effect(s, hold, "place")
    return hold


def release_in(s: Session, hold: Hold, reason: str, now: datetime | None = None) -> None:
    if hold.state != "held":
        return
    hold.state, hold.release_reason, hold.released_at = "released", reason, now or utcnow()
    hold.parked_id = None
    _effect(s, hold, "release", reason=reason)


def release(db: Database, parked_id: int) -> HoldView:
    """By hand: the parked sale stays parked, its items are no longer held."""
    with db.transaction() as s:
        hold = _held(s, parked_id)
        if hold is None:
            raise ServiceError(translate("Errors", "That parked sale is not held."))
        release_in(s, hold, "by_hand")
        return _view(hold)


def release_for_recall(s: Session, parked_id: int) -> HoldView | None:
    """The held sale is recalled to be sold: its hold ends in the recall's transaction."""
    hold = _held(s, parked_id)
    if hold is None:
        return None
    release_in(s, hold, "sold")
    return _view(hold)


def expire_in(s: Session, now: datetime | None = None) -> list[str]:
    """Ends every hold past its deadline; the ids released."""
    now = now or utcnow()
    late = s.scalars(select(Hold).where(Hold.state == "held", Hold.until <= now)).all()
    for hold in late:
        release_in(s, hold, "expired", now)
    return [h.id for h in late]


def expire(db: Database, now: datetime | None = None) -> list[str]:
    with db.session() as s:  # a read first: nearly always nothing is late
        late = s.scalar(select(func.count()).select_from(Hold).where(
            Hold.state == "held", Hold.until <= (now or utcnow())))
    if not late:
        return []
    with db.transaction() as s:
        return expire_in(s, now)


def held_of(s: Session, parked_ids: list[int]) -> dict[int, HoldView]:
    """The holds of these parked sales, by parked sale id."""
    rows = s.scalars(select(Hold).where(Hold.state == "held", Hold.parked_id.in_(parked_ids)))
    return {h.parked_id: _view(h) for h in rows}


def holds(db: Database, state: str = "held") -> list[HoldView]:
    with db.session() as s:
        rows = s.scalars(select(Hold).where(Hold.state == state).order_by(Hold.until, Hold.id))
        return [_view(h) for h in rows]


def held_rows():
    """(vid, q) per hold line still held (thousandths): for the till's reserved figure."""
    return (select(HoldLine.variant_id.label("vid"), HoldLine.quantity_milli.label("q"))
            .join(Hold).where(Hold.state == "held", HoldLine.variant_id.is_not(None)))


def held_for(s: Session, variant_id: int) -> list[tuple[str, datetime, int]]:
    """(customer, deadline UTC, thousandths) of each hold on the item, soonest first."""
    return [(name, until, int(q)) for name, until, q in s.execute(
        select(Hold.customer_name, Hold.until, func.sum(HoldLine.quantity_milli))
        .join(HoldLine).where(Hold.state == "held", HoldLine.variant_id == variant_id)
        .group_by(Hold.id).order_by(Hold.until, Hold.id))]


def _held(s: Session, parked_id: int) -> Hold | None:
    return s.scalar(select(Hold).where(Hold.parked_id == parked_id, Hold.state == "held"))


def _effect(s: Session, hold: Hold, action: str, **extra) -> None:
    """The outbox row (one kind for both actions: their order is kept) and journal entry."""
    lines = [{"sku": ln.sku, "name": ln.name, "quantity": _quantity(ln.quantity_milli)}
             for ln in hold.lines]
    payload = {"action": action, "id": hold.id, "customer": hold.customer_name,
               "until": hold.until.isoformat(timespec="seconds") + "Z", **extra, "lines": lines}
    s.add(OutboxEvent(kind=KIND, ref=f"{hold.id}:{action}", payload=json.dumps(
        payload, ensure_ascii=False)))
    journal.append(s, "hold_placed" if action == "place" else "hold_released",
                   {"hold": hold.id, "customer": hold.customer_name, **extra,
                    "lines": [[ln.sku, ln.quantity_milli] for ln in hold.lines]})


def _quantity(milli: int) -> str:
    return f"{Decimal(milli) / 1000:.3f}".rstrip("0").rstrip(".")


def _view(h: Hold) -> HoldView:
    return HoldView(h.id, h.parked_id, h.customer_name, h.until, h.state,
                    tuple((ln.sku, ln.name, ln.quantity_milli) for ln in h.lines),
                    h.release_reason)
