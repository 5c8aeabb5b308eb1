"""Stock adjustments and shelf counts: each one is ONE transaction writing the ledger movement,
a journal entry (who, when, why) and an outbox row "stock_adjustment" for the central store.

The outbox row carries the signed change, never an absolute level: the store's level is the
store's, the till only says "3 more" or "2 fewer" (DESIGN.md invariant 3)."""
from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from pos.db.engine import Database
from pos.db.models import OutboxEvent, StockMovement, Variant, utcnow
from pos.domain.barcode import parse_scan
from pos.domain.errors import DomainError
from pos.domain.stock import (COUNT, CountLine, check_adjustment, differences, milli_to_decimal,
                              parse_quantity)
from pos.i18n import translate
from pos.services import journal, permissions
from pos.services.catalog import CatalogItem, find_by_code
from pos.services.errors import ServiceError
from pos.services.settings import ShopSettings
from pos.services.stock import local_stock_milli
from pos.services.users import UserInfo

OUTBOX_KIND = "stock_adjustment"


@dataclass(frozen=True)
class AdjustmentDone:
    movement_id: int
    adjustment_id: str  # UUID made at the till: the adjustment's identity in the store too
    sku: str
    name: str
    unit: str
    delta_milli: int
    reason: str
    on_hand_milli: int  # after the adjustment, as the till sees it
    created_at: datetime


@dataclass(frozen=True)
class CountPosted:
    lines: tuple[CountLine, ...]  # every counted item
    adjustments: tuple[AdjustmentDone, ...]  # one per item whose count differed


def require_stock_permission(user: UserInfo | None, approver: UserInfo | None = None
                             ) -> UserInfo:
    """Who authorises the change: the user, or the manager who approved with their PIN.
    Raises ApprovalNeeded (nothing written) otherwise."""
    return permissions.authorise(user, permissions.STOCK_ADJUST, approver)


def find_item(db: Database, code: str, settings: ShopSettings | None = None) -> CatalogItem:
    """By SKU or barcode, as typed or scanned; with the shop's settings a weight or price
    label finds its item too (the weight on the label does not matter here)."""
    code = code.strip()
    item = find_by_code(db, code) if code else None
    if item is None and code and settings is not None:
        try:
            item = find_by_code(db, parse_scan(code, settings.rules()).lookup_code)
        except DomainError:
            item = None  # a bad check digit: not an item, said below
    if item is None:
        raise ServiceError(translate("Errors", "No item has SKU or barcode {0}. Check the code or "
                                               "search the item by name.").format(repr(code)))
    return item


def adjust_stock(db: Database, settings: ShopSettings, code: str, quantity, reason: str,
                 user: UserInfo | None, note: str = "", approver: UserInfo | None = None
                 ) -> AdjustmentDone:
    """Adds (or takes off, if negative) `quantity` of the item at this shop's location."""
    authoriser = require_stock_permission(user, approver)
    item = find_item(db, code, settings)
    delta = parse_quantity(quantity, item.unit)
    check_adjustment(delta, reason)
    with db.transaction() as s:
        return _write_adjustment(s, settings, item, delta, reason, note.strip(),
                                 (user or authoriser, authoriser))


def _write_adjustment(s: Session, settings: ShopSettings, item: CatalogItem, delta: int,
                      reason: str, note: str, who: tuple[UserInfo, UserInfo],
                      count_id: str = "") -> AdjustmentDone:
    """`who`: the user at the till and the one who authorised it (the same, or a manager)."""
    user = who[0]
    before = local_stock_milli(s, item.variant_id, settings.stock_location)
    movement = StockMovement(variant_id=item.variant_id, location=settings.stock_location,
                             quantity_milli=delta, kind="adjustment", user_id=user.id,
                             reason=(f"{reason}: {note}" if note else reason)[:200],
                             created_at=utcnow())
    s.add(movement)
    s.flush()
    done = AdjustmentDone(movement.id, str(uuid.uuid4()), item.sku, item.name, item.unit, delta,
                          reason, before + delta, movement.created_at)
    document = _adjustment_document(done, settings, who, note, before, count_id)
    journal.append(s, OUTBOX_KIND, document)
    document["variant_remote_id"] = s.get(Variant, item.variant_id).remote_id
    s.add(OutboxEvent(kind=OUTBOX_KIND, ref=str(movement.id),
                      payload=json.dumps(document, ensure_ascii=False)))
    return done


def _adjustment_document(done: AdjustmentDone, settings: ShopSettings,
                         who: tuple[UserInfo, UserInfo], note: str, before: int,
                         count_id: str) -> dict:
    """The adjustment as plain data: journal payload and (with the remote id) outbox payload."""
    return {
        "adjustment_id": done.adjustment_id, "movement_id": done.movement_id,
        "terminal_id": settings.terminal_id, "location": settings.stock_location,
        "sku": done.sku, "name": done.name, "unit": done.unit,
        "delta": str(milli_to_decimal(done.delta_milli)), "reason": done.reason, "note": note,
        "count_id": count_id, "on_hand_before": str(milli_to_decimal(before)),
        "on_hand_after": str(milli_to_decimal(done.on_hand_milli)),
        "user": who[0].name, "user_id": who[0].id,
        "approved_by": who[1].name, "approved_by_id": who[1].id,
        "created_at": done.created_at.isoformat(timespec="seconds") + "Z",
    }


# -- shelf counts -----------------------------------------------------------------------------
def count_lines(db: Database, settings: ShopSettings, counted: dict[str, object]
                ) -> list[CountLine]:
    """What a count would post: {code: counted quantity} -> lines with the till's figure."""
    items = [(find_item(db, code, settings), qty) for code, qty in counted.items()]
    with db.session() as s:
        return _lines(s, settings, items)


def _lines(s: Session, settings: ShopSettings, items) -> list[CountLine]:
    merged: dict[int, CountLine] = {}
    for item, qty in items:
        counted = parse_quantity(qty, item.unit)
        if counted < 0:
            raise ServiceError(translate("Errors", "{0}: a count cannot be negative ({1}).")
                                   .format(item.name, qty))
        known = merged.get(item.variant_id)
        counted += known.counted_milli if known else 0  # a code scanned as two barcodes
        merged[item.variant_id] = CountLine(
            item.variant_id, item.sku, item.name, item.unit,
            local_stock_milli(s, item.variant_id, settings.stock_location), counted)
    return list(merged.values())


def post_count(db: Database, settings: ShopSettings, counted: dict[str, object],
               user: UserInfo | None, note: str = "", approver: UserInfo | None = None
               ) -> CountPosted:
    """Posts the differences between the shelf and the till, all in one transaction; the
    till's figure is taken inside that transaction, so a sale made while the manager was
    counting is not counted twice."""
    authoriser = require_stock_permission(user, approver)
    if not counted:
        raise ServiceError(translate("Errors", "Nothing was counted yet: scan the items on the "
                                               "shelf first."))
    items = [(find_item(db, code, settings), qty) for code, qty in counted.items()]
    count_id = str(uuid.uuid4())
    with db.transaction() as s:
        lines = _lines(s, settings, items)
        by_id = {item.variant_id: item for item, _ in items}
        done = tuple(_write_adjustment(s, settings, by_id[line.variant_id],
                                       line.difference_milli, COUNT, note.strip(),
                                       (user or authoriser, authoriser), count_id)
                     for line in differences(lines))
    return CountPosted(tuple(lines), done)
