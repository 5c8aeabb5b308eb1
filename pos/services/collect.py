"""Click-and-collect at the till: online orders to be picked up in this shop.

An order placed online with the shop's pickup option is pulled into `collect_orders`
(pos/db/collect_models.py). The staff prepare it by scanning each item (a wrong item, or one
too many, is refused and changes nothing), mark it ready, and hand it over when the customer
shows the order number or the pickup slip's QR code; an unpaid order is paid at the till.

Every step is one local transaction with its journal entry and, for what the central store
must hear (the fulfilment at this shop, a payment taken here, the delivered mark), an outbox
row carrying a UUID made here, so the connector finds the effect again before it makes it a
second time. All of it works with the store offline: what was pulled can be prepared and
collected, and the store hears of it when it is back. An order not collected by its deadline
is cancelled online by the till (its fulfilment cancelled first, so the store's stock gets the
units back; the cancel releases an authorized payment).

States: new -> preparing -> ready -> collected; cancelled (online) or not_collected (past the
pickup deadline, a setting in days counted from "ready").

The stock figure follows the store's (measured on Medusa 2.21, tests/sync/
test_medusa_collect_stock.py): an order placed reserves its units at the shop (stocked
unchanged, reserved up); the fulfilment made when it is ready takes them out of stock (stocked
and reserved down); the delivered mark changes nothing. So here a new or preparing order's
units count as reserved, and "ready" writes a `collect` stock movement taking them off the
figure, acknowledged by the first stock snapshot taken after the store has the fulfilment
(sync/engine.py), as a sale's is. When a ready order ends without being collected (not
collected by its deadline, or cancelled online), a `collect_back` movement puts them back."""
from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select, union_all, update
from sqlalchemy.orm import Session

from pos.db.collect_models import CollectLine, CollectOrder
from pos.db.engine import Database
from pos.db.models import OutboxEvent, StockMovement, Variant, utcnow
from pos.domain.barcode import parse_scan
from pos.domain.errors import PaymentError
from pos.domain.payment import Tender, settle
from pos.i18n import QT_TRANSLATE_NOOP, translate
from pos.services import holds, journal
from pos.services.catalog import find_by_code
from pos.services.errors import ServiceError
from pos.services.settings import ShopSettings, read_settings
from pos.services.stock import local_stock_milli
from pos.services.user_info import UserInfo

NEW, PREPARING, READY, COLLECTED = "new", "preparing", "ready", "collected"
CANCELLED, NOT_COLLECTED = "cancelled", "not_collected"
OPEN_STATES = (NEW, PREPARING, READY)  # not handed over yet
HOLDING_STATES = (NEW, PREPARING)  # their units are still in stock, reserved for them
# stock movement kinds: units out when the order is ready, back when it ends uncollected
OUT_KIND, BACK_KIND = "collect", "collect_back"
QR_PREFIX = "OMNIPOS-COLLECT:"  # what the pickup slip's QR code says before the order id
STATE_NAMES = {
    NEW: QT_TRANSLATE_NOOP("Collect", "new"),
    PREPARING: QT_TRANSLATE_NOOP("Collect", "being prepared"),
    READY: QT_TRANSLATE_NOOP("Collect", "ready for pickup"),
    COLLECTED: QT_TRANSLATE_NOOP("Collect", "collected"),
    CANCELLED: QT_TRANSLATE_NOOP("Collect", "cancelled"),
    NOT_COLLECTED: QT_TRANSLATE_NOOP("Collect", "not collected"),
}
# The outbox kinds the connector pushes (sync/connectors/), each with its own UUID
READY_KIND, PAYMENT_KIND, DELIVERED_KIND = "collect_ready", "collect_payment", "collect_delivered"
CANCEL_KIND = "collect_cancel"  # not collected: the till cancels the order online
CANCELLED_ONLINE = "collect_cancelled"  # the journal's entry of a cancellation pulled
STOCK_KINDS = (READY_KIND, CANCEL_KIND)  # the steps whose outbox row carries stock movements


@dataclass(frozen=True)
class PulledLine:
    remote_line_id: str
    sku: str
    name: str
    quantity: int


@dataclass(frozen=True)
class PulledOrder:
    """An order with this shop's pickup option, as the connector read it."""

    remote_id: str
    display_no: str
    customer_name: str
    phone: str
    email: str
    currency: str
    total: int  # minor units
    paid: bool
    placed_at: datetime
    lines: tuple[PulledLine, ...]
    canceled: bool = False


@dataclass(frozen=True)
class LineView:
    sku: str
    name: str
    quantity: int
    scanned: int


@dataclass(frozen=True)
class OrderView:
    id: str
    display_no: str
    state: str
    customer_name: str
    phone: str
    email: str
    currency: str
    total: int
    paid: bool
    placed_at: datetime
    ready_at: datetime | None
    lines: tuple[LineView, ...]
    change: int = 0  # cash handed back when the order was paid at the till just now

    @property
    def state_name(self) -> str:
        return state_name(self.state)

    @property
    def fully_scanned(self) -> bool:
        return all(line.scanned == line.quantity for line in self.lines)


def state_name(state: str) -> str:
    return translate("Collect", STATE_NAMES.get(state, state))


# -- from the store ---------------------------------------------------------------------------
def remember(s: Session, pulled: PulledOrder) -> None:
    """Insert or refresh one pulled order (inside the pull's apply transaction). What the
    shop did with it is the shop's: a second pull never moves an order back; a cancellation
    online ends an order not yet handed over."""
    order = s.get(CollectOrder, pulled.remote_id)
    if order is None:  # one first seen cancelled was never anything here
        order = _new_order(s, pulled, CANCELLED if pulled.canceled else NEW)
    order.display_no, order.customer_name = pulled.display_no, pulled.customer_name
    order.phone, order.email, order.total = pulled.phone, pulled.email, pulled.total
    order.paid = order.paid or pulled.paid
    if pulled.canceled and order.state in OPEN_STATES:
        _end(s, order, CANCELLED)
        journal.append(s, CANCELLED_ONLINE, {"id": order.cancel_uuid, "order": order.id,
                                             "number": order.display_no})


def _new_order(s: Session, pulled: PulledOrder, state: str) -> CollectOrder:
    skus = [line.sku for line in pulled.lines]
    variants = {sku: vid for sku, vid in
                s.execute(select(Variant.sku, Variant.id).where(Variant.sku.in_(skus)))}
    order = CollectOrder(id=pulled.remote_id, display_no=pulled.display_no, state=state,
                         placed_at=pulled.placed_at, currency=pulled.currency,
                         total=pulled.total, paid=pulled.paid, paid_at_till="", lines=[
                             CollectLine(remote_line_id=line.remote_line_id, sku=line.sku,
                                         name=line.name, quantity=line.quantity, scanned=0,
                                         variant_id=variants.get(line.sku))
                             for line in pulled.lines])
    s.add(order)
    return order


# -- what the till shows ----------------------------------------------------------------------
def waiting_count(db: Database) -> int:
    """The sale screen's badge: orders not yet handed over."""
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(CollectOrder)
                        .where(CollectOrder.state.in_(OPEN_STATES))) or 0


def orders(db: Database, states: tuple[str, ...] = OPEN_STATES) -> list[OrderView]:
    with db.session() as s:
        rows = s.scalars(select(CollectOrder).where(CollectOrder.state.in_(states))
                         .order_by(CollectOrder.placed_at, CollectOrder.id))
        return [_view(o) for o in rows]


def order(db: Database, code: str) -> OrderView:
    """The order a customer shows: its number (#1042 or 1042) or the pickup slip's QR."""
    with db.session() as s:
        return _view(_find(s, code))


def reserved_sums():
    """(vid, q): per item, what is reserved of it in stock for customers (thousandths): the
    orders to collect whose units are still in stock (a ready order's units have left the
    stock: its `collect` movement) and the parked sales held for a customer (holds.py)."""
    orders = (select(CollectLine.variant_id.label("vid"), (CollectLine.quantity * 1000)
                     .label("q"))
              .join(CollectOrder).where(CollectOrder.state.in_(HOLDING_STATES),
                                        CollectLine.variant_id.is_not(None)))
    both = union_all(orders, holds.held_rows()).subquery()
    return select(both.c.vid, func.sum(both.c.q).label("q")).group_by(both.c.vid).subquery()


def reserved_milli(s: Session, variant_ids: list[int]) -> dict[int, int]:
    """Quantities reserved in stock for orders not ready yet, per variant (thousandths)."""
    held = reserved_sums()
    return dict(s.execute(select(held.c.vid, held.c.q).where(held.c.vid.in_(variant_ids))).all())


@dataclass(frozen=True)
class HeldFor:
    """One order to collect, or one parked sale held for a customer (display_no "", its
    deadline in `until`), that holds some of an item."""

    display_no: str
    customer_name: str
    quantity_milli: int
    until: datetime | None = None  # a hold's deadline (UTC)


@dataclass(frozen=True)
class HeldStock:
    """An item's figure here against what the orders to collect hold of it (thousandths)."""

    on_hand_milli: int
    reserved_milli: int
    orders: tuple[HeldFor, ...]

    @property
    def available_milli(self) -> int:
        return self.on_hand_milli - self.reserved_milli

    def taken_by(self, selling_milli: int) -> int:
        """How many of the held units a counter sale of `selling_milli` would take."""
        free = max(self.available_milli, 0)
        return max(0, min(selling_milli - free, self.reserved_milli))


def held_variants(db: Database) -> dict[int, int]:
    """Every item some order to collect holds in stock, with how much (thousandths): a few
    rows, read off the UI thread at start and after each pull so a scan needs no query."""
    held = reserved_sums()
    with db.session() as s:
        return dict(s.execute(select(held.c.vid, held.c.q)).all())


def held_stock(s: Session, variant_id: int, location: str) -> HeldStock:
    """The item's figure at `location` and the orders holding it in stock, oldest first."""
    rows = s.execute(select(CollectOrder.display_no, CollectOrder.customer_name,
                            func.sum(CollectLine.quantity))
                     .join(CollectOrder).where(CollectOrder.state.in_(HOLDING_STATES),
                                               CollectLine.variant_id == variant_id)
                     .group_by(CollectOrder.id)
                     .order_by(CollectOrder.placed_at, CollectOrder.id))
    orders = tuple(HeldFor(no, name, int(q) * 1000) for no, name, q in rows) + tuple(
        HeldFor("", name, q, until) for name, until, q in holds.held_for(s, variant_id))
    return HeldStock(local_stock_milli(s, variant_id, location),
                     sum(o.quantity_milli for o in orders), orders)


def held_for_sale(db: Database, variant_id: int, location: str,
                  selling_milli: int) -> HeldStock | None:
    """The item's held stock when a counter sale of `selling_milli` would take some of it
    (the cashier is warned first), else None."""
    with db.session() as s:
        held = held_stock(s, variant_id, location)
    return held if held.taken_by(selling_milli) > 0 else None


def read_code(db: Database, open_order: str | None, code: str,
              settings: ShopSettings) -> OrderView:
    """What the collect screen's one field was given: an order's number or QR opens that
    order; anything else is an item picked for the order already open."""
    with db.session() as s:
        found = _lookup(s, code)
        if found is not None or not open_order:
            return _view(found or _find(s, code))
    return scan_item(db, open_order, code, settings)


# -- preparing --------------------------------------------------------------------------------
def scan_item(db: Database, code: str, raw: str, settings: ShopSettings) -> OrderView:
    """One item picked for the order; refused, changing nothing, when it is not on the order
    or all of that item is already picked."""
    scanned = parse_scan(raw, settings.rules())
    item = find_by_code(db, scanned.lookup_code)
    with db.transaction() as s:
        o = _find(s, code)
        _require(o, (NEW, PREPARING), translate(
            "Errors", "Order {0} is {1}: nothing more to prepare.")
            .format(o.display_no, state_name(o.state)))
        line = next((ln for ln in o.lines if item is not None
                     and ln.variant_id == item.variant_id), None)
        if line is None:
            raise ServiceError(translate("Errors", "{0} is not on order {1}: put it back.")
                               .format(item.name if item else raw, o.display_no))
        if line.scanned >= line.quantity:
            raise ServiceError(translate(
                "Errors", "Order {0} needs only {1} × {2}: that one is too many.")
                .format(o.display_no, line.quantity, line.name))
        line.scanned += 1
        o.state = PREPARING
        return _view(o)


def mark_ready(db: Database, code: str, user: UserInfo) -> OrderView:
    """Every item picked: ready for pickup, its units off the stock figure. The store gets
    the fulfilment at this shop (which takes them out of its stock there)."""
    with db.transaction() as s:
        o = _find(s, code)
        _require(o, (NEW, PREPARING), translate(
            "Errors", "Order {0} is {1}: it cannot be marked ready.")
            .format(o.display_no, state_name(o.state)))
        missing = [f"{ln.quantity - ln.scanned} × {ln.name}" for ln in o.lines
                   if ln.scanned < ln.quantity]
        if missing:
            raise ServiceError(translate("Errors", "Still to pick for order {0}: {1}.")
                               .format(o.display_no, ", ".join(missing)))
        o.state, o.ready_at = READY, utcnow()
        o.fulfilment_uuid = o.fulfilment_uuid or str(uuid.uuid4())
        _units_out(s, o, user)
        _effect(s, READY_KIND, o, o.fulfilment_uuid, user)
        return _view(o)


# -- handing over -----------------------------------------------------------------------------
def hand_over(db: Database, code: str, user: UserInfo, settings: ShopSettings,
              tenders: tuple[Tender, ...] = ()) -> OrderView:
    """The customer has the order. An unpaid order is paid first with `tenders` (any mix, as
    at the counter; cash may be more, the change is in the answer); the store gets that
    payment, then the delivered mark."""
    with db.transaction() as s:
        o = _find(s, code)
        _require(o, (READY,), translate(
            "Errors", "Order {0} is {1}: only an order ready for pickup is handed over.")
            .format(o.display_no, state_name(o.state)))
        change = 0 if o.paid else _take_payment(s, o, user, settings, tenders)
        o.state, o.collected_at, o.collected_by = COLLECTED, utcnow(), user.id or None
        o.delivered_uuid = o.delivered_uuid or str(uuid.uuid4())
        _effect(s, DELIVERED_KIND, o, o.delivered_uuid, user)
        return _view(o, change)


def _take_payment(s: Session, o: CollectOrder, user: UserInfo, settings: ShopSettings,
                  tenders: tuple[Tender, ...]) -> int:
    """Settle the order's total with the counter's own rules; the change given back."""
    if not tenders:
        raise ServiceError(translate(
            "Errors", "Order {0} is not paid: take the payment first.").format(o.display_no))
    done = settle(o.total, list(tenders), settings.cash_rounding_step)
    if not done.complete:
        raise PaymentError(translate("Errors", "Not fully paid yet: {0} still due.")
                           .format(done.remaining))
    o.paid, o.paid_at_till = True, "+".join(t.method for t in tenders)[:20]
    o.payment_uuid = o.payment_uuid or str(uuid.uuid4())
    paid = [{"method": t.method, "amount": a, "reference": t.reference}
            for t, a in zip(tenders, done.applied)]
    _effect(s, PAYMENT_KIND, o, o.payment_uuid, user, amount=done.due, currency=o.currency,
            rounding=done.rounding, tenders=paid)
    return done.change


def expire(db: Database, days: int, now: datetime | None = None) -> list[str]:
    """Orders ready for longer than `days` become not collected: their units are back in
    stock and the store gets the cancellation. The display numbers of those that did."""
    with db.transaction() as s:
        return expire_in(s, days, now)


def expire_in(s: Session, days: int, now: datetime | None = None) -> list[str]:
    """The same inside the caller's transaction: each pull of the orders runs it, so a shop
    whose till is closed (only `pos sync --watch` running) frees the stock of late orders."""
    limit = (now or utcnow()) - timedelta(days=days)
    late = list(s.scalars(select(CollectOrder).where(CollectOrder.state == READY,
                                                     CollectOrder.ready_at < limit)))
    for o in late:
        _end(s, o, NOT_COLLECTED)
        _send(s, CANCEL_KIND, o, o.cancel_uuid, fulfilment_id=o.fulfilment_uuid)
        journal.append(s, "collect_not_collected", {"id": o.cancel_uuid, "order": o.id,
                                                    "number": o.display_no})
    return [o.display_no for o in late]


def _end(s: Session, o: CollectOrder, state: str) -> None:
    """The order ends not handed over: the units that left the stock when it was made ready
    come back, under the till-made UUID of this cancellation."""
    o.state = state
    o.cancel_uuid = o.cancel_uuid or str(uuid.uuid4())
    out = s.execute(select(StockMovement.variant_id, StockMovement.location,
                           StockMovement.quantity_milli)
                    .where(StockMovement.kind == OUT_KIND,
                           StockMovement.effect_id == o.fulfilment_uuid)).all() \
        if o.fulfilment_uuid else []
    for variant_id, location, quantity in out:
        s.add(StockMovement(variant_id=variant_id, location=location, quantity_milli=-quantity,
                            kind=BACK_KIND, effect_id=o.cancel_uuid, reason=f"#{o.display_no}"))
    s.flush()  # the journal entry after this proves the movements


def _units_out(s: Session, o: CollectOrder, user: UserInfo) -> None:
    """The order's units leave this shop's stock figure (a line whose item the till does not
    know has no figure here to move)."""
    location = read_settings(s).stock_location
    for ln in o.lines:
        if ln.variant_id is not None:
            s.add(StockMovement(variant_id=ln.variant_id, location=location,
                                quantity_milli=-ln.quantity * 1000, kind=OUT_KIND,
                                effect_id=o.fulfilment_uuid, reason=f"#{o.display_no}",
                                user_id=user.id or None))
    s.flush()


def acknowledge_in(s: Session, snapshot_started: datetime) -> None:
    """Inside a stock snapshot's last transaction: the collect movements the store's levels
    hold now. A step's movements are in them once its outbox row was sent before the snapshot
    began (the ready one's fulfilment took the units out); an order that ended before it in
    the store (its cancellation sent, or pulled from the store before the snapshot) has both
    its movements in them: what the fulfilment took out, its cancellation put back, or neither
    was ever made."""
    sent = select(OutboxEvent.ref).where(OutboxEvent.kind.in_(STOCK_KINDS),
                                         OutboxEvent.status == "sent",
                                         OutboxEvent.sent_at <= snapshot_started)
    pulled_end = (select(StockMovement.effect_id)
                  .join(CollectOrder, CollectOrder.cancel_uuid == StockMovement.effect_id)
                  .where(CollectOrder.state == CANCELLED, StockMovement.kind == BACK_KIND,
                         StockMovement.created_at <= snapshot_started))
    ended = select(CollectOrder.fulfilment_uuid).where(
        CollectOrder.cancel_uuid.in_(sent) | CollectOrder.cancel_uuid.in_(pulled_end))
    s.execute(update(StockMovement).where(
        StockMovement.kind.in_((OUT_KIND, BACK_KIND)), StockMovement.acknowledged.is_(False),
        StockMovement.effect_id.in_(sent) | StockMovement.effect_id.in_(pulled_end)
        | StockMovement.effect_id.in_(ended)).values(acknowledged=True))


# -- helpers ----------------------------------------------------------------------------------
def _find(s: Session, code: str) -> CollectOrder:
    found = _lookup(s, code)
    if found is None:
        raise ServiceError(translate(
            "Errors", "No order to collect has the number {0}: check it and scan again.")
            .format(code.strip() or "-"))
    return found


def _lookup(s: Session, code: str) -> CollectOrder | None:
    """By the pickup slip's QR, the order number (#1042 or 1042), or the store's order id."""
    text = code.strip()
    if text.upper().startswith(QR_PREFIX):
        return s.get(CollectOrder, text[len(QR_PREFIX):])
    return (s.scalar(select(CollectOrder).where(CollectOrder.display_no == text.lstrip("#")))
            or s.get(CollectOrder, text))


def _require(o: CollectOrder, states: tuple[str, ...], message: str) -> None:
    if o.state not in states:
        raise ServiceError(message)


def _effect(s: Session, kind: str, o: CollectOrder, effect_id: str, user: UserInfo,
            **extra) -> None:
    """The outbox row and journal entry of one step the store must hear about."""
    _send(s, kind, o, effect_id, **extra)
    journal.append(s, kind, {"id": effect_id, "order": o.id, "number": o.display_no,
                             "by": user.name, **extra})


def _send(s: Session, kind: str, o: CollectOrder, effect_id: str, **extra) -> None:
    """The outbox row of one step, its ref the step's UUID."""
    payload = {"order_id": o.id, "number": o.display_no, "effect_id": effect_id, **extra,
               "lines": [{"remote_line_id": ln.remote_line_id, "sku": ln.sku,
                          "quantity": ln.quantity} for ln in o.lines]}
    s.add(OutboxEvent(kind=kind, ref=effect_id, payload=json.dumps(payload)))


def _view(o: CollectOrder, change: int = 0) -> OrderView:
    return OrderView(o.id, o.display_no, o.state, o.customer_name, o.phone, o.email,
                     o.currency, o.total, o.paid, o.placed_at, o.ready_at,
                     tuple(LineView(ln.sku, ln.name, ln.quantity, ln.scanned) for ln in o.lines),
                     change)

