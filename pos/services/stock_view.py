"""The manager's view of stock: an item's figure here and everywhere the central store keeps
it, the local movements it has not acknowledged yet, the low-stock list, a CSV export."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import TextIO

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, aliased

from pos.db.engine import Database
from pos.db.models import OutboxEvent, Product, StockLevel, StockMovement, User, Variant
from pos.db.stock_models import LowStockThreshold, StockLocation
from pos.domain.stock import InvalidAdjustment, milli_text, milli_to_decimal, parse_quantity
from pos.i18n import translate
from pos.services.catalog import search
from pos.services.collect import (STOCK_KINDS, HeldFor, held_stock, held_variants,
                                  reserved_sums)
from pos.services.errors import ServiceError
from pos.services.settings import ShopSettings
from pos.services.spreadsheet_csv import csv_writer
from pos.services.stock_adjustments import OUTBOX_KIND, find_item, require_stock_permission
from pos.services.users import UserInfo

THIS_SHOP, OTHER_SHOP, WAREHOUSE = "this shop", "shop", "warehouse"
#: outbox status -> what the manager reads about a movement not yet in the store's levels
MOVEMENT_STATES = {None: "waiting to sync", "pending": "waiting to sync",
                   "sent": "sent, not yet in the store's count", "error": "refused by the store"}


@dataclass(frozen=True)
class LocationStock:
    name: str
    kind: str  # this shop | shop | warehouse
    quantity: Decimal
    updated_at: datetime | None


@dataclass(frozen=True)
class PendingMovement:
    id: int
    when: datetime
    kind: str  # sale | return | adjustment | collect | collect_back
    quantity: Decimal  # signed
    reason: str
    who: str
    state: str  # MOVEMENT_STATES


@dataclass(frozen=True)
class ItemStock:
    variant_id: int
    sku: str
    name: str
    unit: str
    on_hand: Decimal  # last level from the store + unsynced movements
    last_synced: Decimal | None  # the store's level at this shop, as last pulled
    pending: tuple[PendingMovement, ...]
    elsewhere: tuple[LocationStock, ...]  # the store's other locations
    low_threshold: Decimal | None
    reserved: Decimal = Decimal(0)  # held here for orders to collect (issue #15)
    held_for: tuple[HeldFor, ...] = ()  # those orders, oldest first

    @property
    def available(self) -> Decimal:
        """What the counter may sell without taking an order's units: on hand − reserved."""
        return self.on_hand - self.reserved

    @property
    def is_low(self) -> bool:
        return self.low_threshold is not None and self.on_hand <= self.low_threshold


@dataclass(frozen=True)
class LowStockRow:
    variant_id: int
    sku: str
    name: str
    unit: str
    on_hand: Decimal
    threshold: Decimal
    reserved: Decimal = Decimal(0)  # held for orders to collect

    @property
    def available(self) -> Decimal:
        return self.on_hand - self.reserved


def item_stock(db: Database, settings: ShopSettings, code: str) -> ItemStock:
    item = find_item(db, code, settings)
    here = settings.stock_location
    with db.session() as s:
        level = s.get(StockLevel, (item.variant_id, here))
        threshold = s.get(LowStockThreshold, item.variant_id)
        held = held_stock(s, item.variant_id, here)
        return ItemStock(
            item.variant_id, item.sku, item.name, item.unit,
            milli_to_decimal(held.on_hand_milli),
            milli_to_decimal(level.quantity_milli) if level else None,
            tuple(_pending(s, item.variant_id, here)), tuple(_elsewhere(s, item.variant_id, here)),
            milli_to_decimal(threshold.low_milli) if threshold else None,
            milli_to_decimal(held.reserved_milli), held.orders)


def item_stock_found(db: Database, settings: ShopSettings, text: str) -> ItemStock:
    """A code as typed or scanned, else the first item whose name matches (search box + Enter)."""
    try:
        return item_stock(db, settings, text)
    except ServiceError:
        hits = search(db, text, limit=1)
        if not hits:
            raise
        return item_stock(db, settings, hits[0].sku)


def _pending(s: Session, variant_id: int, here: str) -> list[PendingMovement]:
    rows = s.execute(
        select(StockMovement, User.name).outerjoin(User, User.id == StockMovement.user_id)
        .where(StockMovement.variant_id == variant_id, StockMovement.location == here,
               StockMovement.acknowledged.is_(False))
        .order_by(StockMovement.created_at.desc(), StockMovement.id.desc()).limit(200)).all()
    states = _outbox_states(s, [m for m, _ in rows])
    return [PendingMovement(m.id, m.created_at, m.kind, milli_to_decimal(m.quantity_milli),
                            m.reason, who or "", MOVEMENT_STATES[states.get(m.id)])
            for m, who in rows]


def _outbox_states(s: Session, movements: list[StockMovement]) -> dict[int, str]:
    """movement id -> status of the outbox row that carries it to the store (a sale's row
    carries all its lines; an adjustment's row has the movement id as its ref; an order to
    collect's step has the step's UUID as its ref, and a cancellation pulled from the store has
    no row: the store made it)."""
    carried_by: dict[tuple[str, str], list[int]] = {}
    for m in movements:
        key = ("sale", m.sale_id) if m.kind == "sale" else \
            ("collect", m.effect_id) if m.effect_id else (OUTBOX_KIND, str(m.id))
        carried_by.setdefault(key, []).append(m.id)
    refs = {kind: [ref for k, ref in carried_by if k == kind]
            for kind in ("sale", OUTBOX_KIND, "collect")}
    rows = s.execute(select(OutboxEvent.kind, OutboxEvent.ref, OutboxEvent.status).where(
        ((OutboxEvent.kind == "sale") & OutboxEvent.ref.in_(refs["sale"]))
        | ((OutboxEvent.kind == OUTBOX_KIND) & OutboxEvent.ref.in_(refs[OUTBOX_KIND]))
        | (OutboxEvent.kind.in_(STOCK_KINDS) & OutboxEvent.ref.in_(refs["collect"]))))
    states = {("collect" if kind in STOCK_KINDS else kind, ref): status
              for kind, ref, status in rows}
    return {movement_id: states.get(key, "sent" if key[0] == "collect" else None)
            for key, ids in carried_by.items() for movement_id in ids}


def _elsewhere(s: Session, variant_id: int, here: str) -> list[LocationStock]:
    rows = s.execute(
        select(StockLevel, StockLocation).outerjoin(
            StockLocation, StockLocation.remote_id == StockLevel.location)
        .where(StockLevel.variant_id == variant_id, StockLevel.location != here)).all()
    found = [LocationStock(loc.name if loc else level.location, loc.kind if loc else WAREHOUSE,
                           milli_to_decimal(level.quantity_milli), level.updated_at)
             for level, loc in rows if not (loc and loc.is_this_shop)]
    return sorted(found, key=lambda l: (l.kind != OTHER_SHOP, l.name))


# -- low stock --------------------------------------------------------------------------------
def set_low_threshold(db: Database, code: str, quantity, user: UserInfo | None,
                      approver: UserInfo | None = None) -> Decimal | None:
    """At or below `quantity` the item is low; an empty quantity removes the threshold."""
    require_stock_permission(user, approver)
    item = find_item(db, code)
    with db.transaction() as s:
        if str(quantity).strip() == "":
            row = s.get(LowStockThreshold, item.variant_id)
            if row is not None:
                s.delete(row)
            return None
        low = parse_quantity(quantity, item.unit)
        if low < 0:
            raise InvalidAdjustment(translate("Errors",
                                              "A low-stock threshold cannot be negative."))
        s.merge(LowStockThreshold(variant_id=item.variant_id, low_milli=low))
        return milli_to_decimal(low)


def _pending_sums(here: str):
    """(vid, q): the unsynced movements here per item, in thousandths."""
    return (select(StockMovement.variant_id.label("vid"),
                   func.sum(StockMovement.quantity_milli).label("q"))
            .where(StockMovement.location == here, StockMovement.acknowledged.is_(False))
            .group_by(StockMovement.variant_id).subquery())


def low_stock(db: Database, settings: ShopSettings) -> list[LowStockRow]:
    """Items with a threshold whose figure here is at or below it, emptiest first.

    The thresholds drive the query, a chunk of item ids at a time: joined in one statement,
    SQLite (no table statistics) would rather walk the whole catalogue (0.4 s on 200,000)."""
    with db.session() as s:
        thresholds = dict(s.execute(select(LowStockThreshold.variant_id,
                                           LowStockThreshold.low_milli)).all())
        ids = list(thresholds)
        rows = [row for start in range(0, len(ids), CHUNK)
                for row in s.execute(_on_hand_of(settings.stock_location,
                                                 ids[start:start + CHUNK]))
                if row[4] <= thresholds[row[0]]]
    held = held_variants(db)  # every held item: a handful of orders' lines, no IN list
    low = [LowStockRow(vid, sku, name, unit, milli_to_decimal(q),
                       milli_to_decimal(thresholds[vid]), milli_to_decimal(held.get(vid, 0)))
           for vid, sku, name, unit, q in rows]
    return sorted(low, key=lambda r: (r.on_hand - r.threshold, r.name))


CHUNK = 500  # item ids per IN (...) list, well under SQLite's variable limit


def _on_hand_of(here: str, variant_ids: list[int]):
    pending = _pending_sums(here)
    on_hand = func.coalesce(StockLevel.quantity_milli, 0) + func.coalesce(pending.c.q, 0)
    return (select(Variant.id, Variant.sku, Variant.name, Product.unit, on_hand)
            .join(Product, Product.id == Variant.product_id)
            .outerjoin(StockLevel, and_(StockLevel.variant_id == Variant.id,
                                        StockLevel.location == here))
            .outerjoin(pending, pending.c.vid == Variant.id)
            .where(Variant.id.in_(variant_ids), Variant.active))


# -- CSV export -------------------------------------------------------------------------------
def write_stock_csv(db: Database, settings: ShopSettings, out: TextIO) -> int:
    """Every active item: figure here, unsynced part, threshold, what orders to collect hold
    and what that leaves to sell, the store's other locations.
    Streams row by row (a 200,000-item catalogue is fine). Returns the number of items."""
    here = settings.stock_location
    with db.session() as s:
        locations = _location_columns(s, here)
        writer = csv_writer(out)
        writer.writerow(["sku", "name", "unit", "on_hand", "unsynced", "low_threshold", "low",
                         "reserved", "available"] + [name for _, name in locations])
        count = 0
        for _, sku, name, unit, level, pend, low, held, *others in s.execute(
                _export_query(here, [key for key, _ in locations])):
            on_hand = (level or 0) + (pend or 0)
            writer.writerow([sku, name, unit, milli_text(on_hand), milli_text(pend or 0),
                             _cell(low), "yes" if low is not None and on_hand <= low else "",
                             milli_text(held or 0), milli_text(on_hand - (held or 0))]
                            + [_cell(q) for q in others])
            count += 1
        return count


def _cell(milli: int | None) -> str:
    return "" if milli is None else milli_text(milli)


def _export_query(here: str, elsewhere: list[str]):
    """One row per active item; one level column per other location (a handful), joined in
    SQL so the export never holds the whole catalogue in memory."""
    pending, held = _pending_sums(here), reserved_sums()
    others = [aliased(StockLevel) for _ in elsewhere]
    stmt = (select(Variant.id, Variant.sku, Variant.name, Product.unit, StockLevel.quantity_milli,
                   pending.c.q, LowStockThreshold.low_milli, held.c.q,
                   *(o.quantity_milli for o in others))
            .join(Product, Product.id == Variant.product_id)
            .outerjoin(StockLevel, and_(StockLevel.variant_id == Variant.id,
                                        StockLevel.location == here))
            .outerjoin(pending, pending.c.vid == Variant.id)
            .outerjoin(held, held.c.vid == Variant.id)
            .outerjoin(LowStockThreshold, LowStockThreshold.variant_id == Variant.id))
    for other, key in zip(others, elsewhere):
        stmt = stmt.outerjoin(other, and_(other.variant_id == Variant.id, other.location == key))
    return stmt.where(Variant.active).order_by(Variant.sku)


def _location_columns(s: Session, here: str) -> list[tuple[str, str]]:
    """(location key in stock_levels, column title) of the store's other locations."""
    keys = s.scalars(select(StockLevel.location).where(StockLevel.location != here).distinct())
    names = {l.remote_id: l for l in s.scalars(select(StockLocation))}
    return sorted(((k, names[k].name if k in names else k) for k in keys
                   if not (k in names and names[k].is_this_shop)), key=lambda kv: kv[1])
