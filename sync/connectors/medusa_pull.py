"""Reading changes from Medusa: products/variants by updated_at, deletions by deleted_at,
stock levels by paging every inventory item (Medusa has no change feed for stock)."""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from decimal import Decimal

from pos.domain.barcode import normalize_code
from pos.domain.errors import DomainError
from pos.domain.money import currency as currency_of, to_minor
from pos.domain.text import LONGEST_CATEGORY, LONGEST_NAME, LONGEST_SKU, store_text
from sync.connectors.keyset import EPOCH, Keyset, KeysetPage, next_page
from sync.connectors.medusa_http import MedusaHttp
from sync.errors import no_list_in_reply
from sync.records import Page, ProductRecord, StockRecord, VariantRecord

PAGE = 100
# Only what product_record reads: all of a variant's fields (weights, sizes, codes, options,
# ...) more than doubled the reply and the store's work for nothing.
PRODUCT_FIELDS = ("id,title,status,deleted_at,updated_at,metadata,categories.name,"
                  "variants.id,variants.sku,variants.title,variants.barcode,variants.ean,"
                  "variants.upc,variants.deleted_at,variants.prices.amount,"
                  "variants.prices.currency_code,variants.prices.min_quantity,"
                  "variants.prices.rules_count")
STOCK_FIELDS = "id,sku,location_levels.location_id,location_levels.stocked_quantity"
# Medusa answers 500 items in about the time of 200 (5,000 items: 5 s in pages of 500, 12 s
# in pages of 200); applying 500 levels holds the till's write lock a few ms
STOCK_PAGE = 500
PHASES = ("updated", "variants", "deleted")
# A change made while a pull runs is stamped at least this long after the pull began, for
# transactions that started before it and committed after (see ProductPuller.page)
IN_FLIGHT = timedelta(seconds=60)


def product_record(raw: dict, currency: str) -> ProductRecord:
    meta = raw.get("metadata") or {}
    if raw.get("deleted_at") or raw.get("status") not in (None, "published"):
        return ProductRecord(raw["id"], raw.get("title", ""), deleted=True)
    cats = raw.get("categories") or []
    variants = tuple(_variant_record(raw, v, currency) for v in raw.get("variants") or []
                     if v.get("sku") and not v.get("deleted_at"))
    return ProductRecord(raw["id"], store_text(raw["title"], LONGEST_NAME),
                         store_text(cats[0]["name"], LONGEST_CATEGORY) if cats else "",
                         _tax_bp(meta.get("tax_rate")), "kg" if meta.get("unit") == "kg" else "piece",
                         variants)


def _variant_record(product: dict, v: dict, currency: str) -> VariantRecord:
    title = product["title"] if v.get("title") in (None, "", "Default", "Default variant") \
        else f"{product['title']} {v['title']}"
    return VariantRecord(v["id"], store_text(v["sku"], LONGEST_SKU),
                         store_text(title, LONGEST_NAME), _price(v, currency), _barcodes(v))


def _price(v: dict, code: str) -> int | None:
    for p in v.get("prices") or []:
        if p.get("currency_code") == code and not p.get("min_quantity") and not p.get("rules_count"):
            # major units, possibly a float in JSON: go through its decimal text, never a float
            return to_minor(Decimal(str(p["amount"])), currency_of(code.upper()))
    return None


def _barcodes(v: dict) -> tuple[str, ...]:
    codes = []
    for raw in (v.get("barcode"), v.get("ean"), v.get("upc")):
        try:  # the one stored form of a code, as for a typed or imported one
            code = normalize_code(raw or "")
        except DomainError:
            continue  # a wrong check digit or a control character online: not scannable here
        if code and code not in codes:
            codes.append(code)
    return tuple(codes)


def _tax_bp(value) -> int:
    try:
        return int(Decimal(str(value)) * 100) if value not in (None, "") else 0
    except ArithmeticError:
        return 0


class ProductPuller:
    """Cursor: JSON {since, phase, after, seen, max_seen[, variants_since]}; `since` moves to
    max_seen when all three phases are through, so the next pull asks only for what changed
    after.

    Pages are keyset pages on updated_at (sync/connectors/keyset.py): `after` and `seen` are
    the position, the last updated_at delivered and the ids delivered at that instant."""

    def __init__(self, http: MedusaHttp, currency: str):
        self.http, self.currency = http, currency

    def page(self, cursor: str | None) -> Page:
        c = json.loads(cursor) if cursor else {"since": EPOCH, "phase": "updated",
                                               "max_seen": EPOCH}
        if c["since"] == EPOCH and c["phase"] == "updated" and "after" not in c:
            # A first pull: the "updated" phase brings every product with all its variants
            # as they are when its page is read, so the "variants" phase only needs the
            # variants changed since this pull began (a price-only change does not bump the
            # product), not all of them again with their products (twice the pull).
            c["variants_since"] = self._store_now()
        page = self._fetch(c)
        rows = page.rows
        records = self._records(rows, c["phase"])
        c["max_seen"] = max([c["max_seen"]] + [r.get("updated_at") or EPOCH for r in rows])
        if rows:
            c.update(page.position.dump("after", "seen"))
        if not page.full:
            next_phase = PHASES.index(c["phase"]) + 1
            if next_phase == len(PHASES):
                done = {"since": c["max_seen"], "phase": "updated", "max_seen": c["max_seen"]}
                return Page("products", records, json.dumps(done), more=False)
            c.update(phase=PHASES[next_phase])
            c.pop("after", None)
            c.pop("seen", None)
        return Page("products", records, json.dumps(c), more=True)

    def _records(self, rows: list[dict], phase: str) -> tuple:
        if phase == "variants":
            rows = self._products_of_variants(rows)
        return tuple(product_record(r, self.currency) for r in rows)

    def _fetch(self, c: dict) -> KeysetPage:
        """The next rows of the phase not delivered yet (sync/connectors/keyset.py)."""
        path = "/admin/product-variants" if c["phase"] == "variants" else "/admin/products"
        key = "variants" if c["phase"] == "variants" else "products"
        start = c.get("variants_since", c["since"]) if c["phase"] == "variants" else c["since"]
        params = {"offset": 0,
                  "fields": "id,product_id,updated_at" if key == "variants" else PRODUCT_FIELDS}
        delivered = Keyset.load(c, "after", "seen")
        if c["phase"] == "deleted":
            params.update({"with_deleted": "true", "deleted_at[$gte]": start})
            position = delivered
        else:  # `after` is never before `start` once the phase has delivered a row
            position = delivered if delivered.at >= start else Keyset(start)
        return next_page(self.http, path, key, "updated_at", position, PAGE, **params)

    def _store_now(self) -> str:
        """The store's clock as its last change shows it (no clock of the till's), less
        IN_FLIGHT: every change after this moment is stamped later."""
        latest = EPOCH
        for path, key in (("/admin/products", "products"),
                          ("/admin/product-variants", "variants")):
            rows = self.http.get(path, order="-updated_at", limit=1,
                                 fields="id,updated_at").get(key) or []
            latest = max([latest] + [r["updated_at"] for r in rows if r.get("updated_at")])
        if latest == EPOCH:
            return EPOCH
        moment = datetime.fromisoformat(latest.replace("Z", "+00:00")) - IN_FLIGHT
        return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"

    def _products_of_variants(self, variants: list[dict]) -> list[dict]:
        ids = sorted({v["product_id"] for v in variants if v.get("product_id")})
        if not ids:
            return []
        return self.http.get("/admin/products", **{"id[]": ids}, limit=len(ids),
                             fields=PRODUCT_FIELDS)["products"]


class StockPuller:
    """Pages through every inventory item with its levels; the last page ends the snapshot."""

    def __init__(self, http: MedusaHttp, shop_location_id: str, local_name: str):
        self.http, self.shop_location_id, self.local_name = http, shop_location_id, local_name

    def page(self, cursor: str | None) -> Page:
        offset = int(cursor or 0)
        data = self.http.get("/admin/inventory-items", limit=STOCK_PAGE, offset=offset,
                             fields=STOCK_FIELDS)
        rows = data.get("inventory_items")
        if rows is None:
            raise no_list_in_reply("/admin/inventory-items", "inventory_items")
        records = tuple(StockRecord("", self._location(lvl["location_id"]),
                                    Decimal(str(lvl.get("stocked_quantity") or 0)), item["sku"])
                        for item in rows if item.get("sku")
                        for lvl in item.get("location_levels") or [])
        offset += len(rows)
        more = bool(rows) and offset < int(data.get("count", 0))
        return Page("stock", records, str(offset) if more else None, more=more,
                    complete_snapshot=True)

    def _location(self, location_id: str) -> str:
        return self.local_name if location_id == self.shop_location_id else location_id
