"""Stock adjustments made at the till, pushed to Medusa; Medusa's stock locations pulled for
the manager's stock screen.

Medusa only sets absolute levels (`stocked_quantity`), with no delta and no compare-and-set, so
an adjustment is a read-modify-write at the shop's location: read the level, add the till's
delta, write the sum. Exactly once over retries is ours: the adjustment's UUID and the level
read before are recorded in the inventory item's metadata BEFORE the level is written, and
marked applied after; a retry reads that record first (see `push`)."""
from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal

from pos.i18n import QT_TRANSLATE_NOOP
from sync.connectors.medusa_http import MedusaHttp
from sync.errors import Rejected, no_list_in_reply
from sync.records import Page, PushResult, StockLocationRecord

MARKS = "omnipos_adjustments"  # inventory item metadata key: {adjustment UUID: mark}
KEEP_MARKS = 50  # per item; older marks are dropped (their rows are long sent)
SENDING, APPLIED = "sending", "applied"
POS_CHANNEL = "omnipos POS"  # a location selling through it at a counter is a shop


def json_number(value: Decimal) -> int | float:
    """Medusa takes a JSON number; whole pieces go as integers."""
    return int(value) if value == value.to_integral_value() else float(value)


def _decimal(value) -> Decimal:
    return Decimal(str(value or 0))


class StockAdjustmentPusher:
    def __init__(self, http: MedusaHttp, location_id: str):
        self.http, self.location_id = http, location_id

    def push(self, adjustment: dict) -> PushResult:
        """Applies the adjustment's delta at the shop's location exactly once.

        1. Read the item, its level here and the marks in its metadata.
        2. A mark "applied" for this UUID: done before (the local commit was lost), stop.
        3. A mark "sending" (an earlier attempt died after recording its intent): decide from
           the level whether that write landed (`_landed`), finish or write again.
        4. Else record the intent (UUID, level read, level to write) in the metadata, write
           the level, mark it applied.

        RACE with other writers: between the read in 1 and the write in 4 the online store
        (an order fulfilled from this location), another till, or a person in Medusa's admin
        may change this level; the absolute write then erases their change (a lost update).
        Medusa offers no compare-and-set to close this window; it is kept short (one read,
        two small writes) and the next stock pull shows the store's figure, which a shelf
        count corrects. The marks are a read-modify-write of the item's metadata too: two
        tills adjusting the same item at the same moment can drop each other's mark, which
        only matters if one of them then retries an uncertain write."""
        item = self._item(adjustment)
        marks = dict((item.get("metadata") or {}).get(MARKS) or {})
        mark = marks.get(adjustment["adjustment_id"])
        level = self._level(item)
        if mark and mark.get("state") == APPLIED:
            return PushResult(item["id"], mark.get("note", ""))
        if mark and mark.get("state") == SENDING:
            landed, note = _landed(mark, level)
            if landed:
                return self._mark_applied(item, marks, adjustment, mark, note)
        return self._apply(item, marks, adjustment, level)

    def _item(self, adjustment: dict) -> dict:
        return inventory_item(self.http, adjustment["sku"], "id,sku,metadata,*location_levels")

    def _level(self, item: dict) -> dict | None:
        return next((lvl for lvl in item.get("location_levels") or []
                     if lvl.get("location_id") == self.location_id), None)

    def _apply(self, item: dict, marks: dict, adjustment: dict, level: dict | None) -> PushResult:
        before = _decimal(level and level.get("stocked_quantity"))
        wanted = before + Decimal(adjustment["delta"])
        after = _writable(before, wanted)
        note = "" if wanted == after else (
            f"stock exception: the store had {before}, the till took off "
            f"{-Decimal(adjustment['delta'])}; the store's level is now {after}")
        mark = {"state": SENDING, "before": str(before), "after": str(after), "note": note,
                "level_updated_at": (level or {}).get("updated_at"), "at": _now()}
        self._write_marks(item, marks, adjustment, mark)  # the intent, before the level
        if after != before or level is None:
            self._write_level(item["id"], level, after)
        return self._mark_applied(item, marks, adjustment, mark, note)

    def _write_level(self, item_id: str, level: dict | None, quantity: Decimal) -> None:
        path = f"/admin/inventory-items/{item_id}/location-levels"
        if level is None:
            self.http.post(path, {"location_id": self.location_id,
                                  "stocked_quantity": json_number(quantity)})
        else:
            self.http.post(f"{path}/{self.location_id}", {"stocked_quantity": json_number(quantity)})

    def _mark_applied(self, item: dict, marks: dict, adjustment: dict, mark: dict,
                      note: str) -> PushResult:
        self._write_marks(item, marks, adjustment, {**mark, "state": APPLIED, "note": note})
        return PushResult(item["id"], note)

    def _write_marks(self, item: dict, marks: dict, adjustment: dict, mark: dict) -> None:
        marks[adjustment["adjustment_id"]] = mark
        kept = dict(sorted(marks.items(), key=lambda kv: kv[1].get("at", ""))[-KEEP_MARKS:])
        metadata = {**(item.get("metadata") or {}), MARKS: kept}
        self.http.post(f"/admin/inventory-items/{item['id']}", {"metadata": metadata})
        item["metadata"] = metadata


def inventory_item(http: MedusaHttp, sku: str, fields: str) -> dict:
    """The store's inventory item of `sku` (refused with a clear message when it has none)."""
    rows = http.get("/admin/inventory-items", sku=sku, limit=2, fields=fields) \
        .get("inventory_items")
    if rows is None:
        raise no_list_in_reply("/admin/inventory-items", "inventory_items")
    if not rows:
        raise Rejected(QT_TRANSLATE_NOOP("SyncErrors", "The online store has no stock item "
                                                       "with SKU {0}: create the product "
                                                       "online (with inventory), then "
                                                       "retry."), sku)
    return rows[0]


def _writable(before: Decimal, wanted: Decimal) -> Decimal:
    """Medusa refuses a negative stocked_quantity: going below zero stops at zero, and a level
    already negative (sales backordered) is left as it is rather than raised to zero."""
    if wanted >= 0:
        return wanted
    return min(before, Decimal(0)) if before < 0 else Decimal(0)


def _landed(mark: dict, level: dict | None) -> tuple[bool, str]:
    """Did an earlier attempt's level write land? (it died after recording its intent)"""
    if level is None:
        return False, ""  # the level it would have created is not there
    quantity = _decimal(level.get("stocked_quantity"))
    if level.get("updated_at") == mark.get("level_updated_at") and \
            quantity == Decimal(mark["before"]):
        return False, ""  # nobody wrote the level since the intent: write it now
    if quantity == Decimal(mark["after"]):
        return True, mark.get("note", "")
    # Someone else wrote the level too (see the race in `push`): whether ours landed cannot
    # be told. Writing again could add the delta twice; assume it landed and tell the manager.
    return True, (f"check the count: the store's level changed to {quantity} while this "
                  f"adjustment was being sent (it was to become {mark['after']})")


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


# -- pull -------------------------------------------------------------------------------------
class StockLocationPuller:
    """All of the store's stock locations in one page: names, and whether each is a shop
    (sells through an omnipos POS channel) or a warehouse of the online store."""

    def __init__(self, http: MedusaHttp, shop_location_id: str):
        self.http, self.shop_location_id = http, shop_location_id

    def page(self, _cursor: str | None) -> Page:
        data = self.http.get("/admin/stock-locations", limit=200,
                             fields="id,name,*sales_channels,*fulfillment_sets")
        rows = data.get("stock_locations")
        if rows is None:
            raise no_list_in_reply("/admin/stock-locations", "stock_locations")
        # not a `complete_snapshot`: that would acknowledge movements before the levels come
        return Page("stock_locations", tuple(self._record(r) for r in rows), None, more=False)

    def _record(self, row: dict) -> StockLocationRecord:
        """A shop sells through the POS channel and has the counter's pickup set (`pos
        connect` makes it); a warehouse a till ships from sells through it too, with only
        a shipping set (medusa_setup.ensure_delivery_option)."""
        channels = {c.get("name") for c in row.get("sales_channels") or []}
        counter = any(f.get("type") == "pickup" for f in row.get("fulfillment_sets") or [])
        return StockLocationRecord(row["id"], row.get("name") or row["id"],
                                   "shop" if POS_CHANNEL in channels and counter
                                   else "warehouse", row["id"] == self.shop_location_id)
