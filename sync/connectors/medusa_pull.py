"""Reading changes from Medusa: products/variants by updated_at, deletions by deleted_at,
stock levels by paging every inventory item (Medusa has no change feed for stock)."""
from __future__ import annotations

import json
from decimal import Decimal

from pos.domain.barcode import is_gs1_length, validate
from pos.domain.errors import DomainError
from pos.domain.money import currency as currency_of, to_minor
from sync.connectors.medusa_http import MedusaHttp
from sync.errors import StoreBusy
from sync.records import Page, ProductRecord, StockRecord, VariantRecord

PAGE = 100
EPOCH = "1970-01-01T00:00:00Z"
PRODUCT_FIELDS = ("id,title,status,deleted_at,updated_at,metadata,*categories,*variants,"
                  "*variants.prices")
PHASES = ("updated", "variants", "deleted")


def product_record(raw: dict, currency: str) -> ProductRecord:
    meta = raw.get("metadata") or {}
    if raw.get("deleted_at") or raw.get("status") not in (None, "published"):
        return ProductRecord(raw["id"], raw.get("title", ""), deleted=True)
    cats = raw.get("categories") or []
    variants = tuple(_variant_record(raw, v, currency) for v in raw.get("variants") or []
                     if v.get("sku") and not v.get("deleted_at"))
    return ProductRecord(raw["id"], raw["title"], cats[0]["name"] if cats else "",
                         _tax_bp(meta.get("tax_rate")), "kg" if meta.get("unit") == "kg" else "piece",
                         variants)


def _variant_record(product: dict, v: dict, currency: str) -> VariantRecord:
    title = product["title"] if v.get("title") in (None, "", "Default", "Default variant") \
        else f"{product['title']} {v['title']}"
    return VariantRecord(v["id"], v["sku"], title, _price(v, currency), _barcodes(v))


def _price(v: dict, code: str) -> int | None:
    for p in v.get("prices") or []:
        if p.get("currency_code") == code and not p.get("min_quantity") and not p.get("rules_count"):
            # major units, possibly a float in JSON: go through its decimal text, never a float
            return to_minor(Decimal(str(p["amount"])), currency_of(code.upper()))
    return None


def _barcodes(v: dict) -> tuple[str, ...]:
    codes = []
    for raw in (v.get("barcode"), v.get("ean"), v.get("upc")):
        code = (raw or "").strip()
        try:
            code = validate(code) if code.isdigit() and is_gs1_length(code) else code
        except DomainError:
            continue  # a wrong check digit online must not make a till sell the wrong item
        if code and code not in codes:
            codes.append(code)
    return tuple(codes)


def _tax_bp(value) -> int:
    try:
        return int(Decimal(str(value)) * 100) if value not in (None, "") else 0
    except ArithmeticError:
        return 0


class ProductPuller:
    """Cursor: JSON {since, phase, offset, max_seen}; `since` moves to max_seen when all
    three phases are through, so the next pull asks only for what changed after."""

    def __init__(self, http: MedusaHttp, currency: str):
        self.http, self.currency = http, currency

    def page(self, cursor: str | None) -> Page:
        c = json.loads(cursor) if cursor else {"since": EPOCH, "phase": "updated", "offset": 0,
                                               "max_seen": EPOCH}
        rows, count = self._fetch(c)
        records = self._records(rows, c["phase"])
        c["max_seen"] = max([c["max_seen"]] + [r.get("updated_at") or EPOCH for r in rows])
        c["offset"] += len(rows)
        if c["offset"] >= count or not rows:
            next_phase = PHASES.index(c["phase"]) + 1
            if next_phase == len(PHASES):
                done = {"since": c["max_seen"], "phase": "updated", "offset": 0,
                        "max_seen": c["max_seen"]}
                return Page("products", records, json.dumps(done), more=False)
            c.update(phase=PHASES[next_phase], offset=0)
        return Page("products", records, json.dumps(c), more=True)

    def _records(self, rows: list[dict], phase: str) -> tuple:
        if phase == "variants":
            rows = self._products_of_variants(rows)
        return tuple(product_record(r, self.currency) for r in rows)

    def _fetch(self, c: dict) -> tuple[list[dict], int]:
        since = {"updated": "updated_at[$gte]", "variants": "updated_at[$gte]",
                 "deleted": "deleted_at[$gte]"}[c["phase"]]
        path = "/admin/product-variants" if c["phase"] == "variants" else "/admin/products"
        key = "variants" if c["phase"] == "variants" else "products"
        params = {since: c["since"], "order": "updated_at", "limit": PAGE, "offset": c["offset"],
                  "fields": "id,product_id,updated_at" if key == "variants" else PRODUCT_FIELDS}
        if c["phase"] == "deleted":
            params["with_deleted"] = "true"
        data = self.http.get(path, **params)
        if key not in data:
            raise StoreBusy(f"The online store's {path} reply has no {key!r} list")
        return data[key], int(data.get("count", 0))

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
        data = self.http.get("/admin/inventory-items", limit=200, offset=offset,
                             fields="id,sku,*location_levels")
        rows = data.get("inventory_items")
        if rows is None:
            raise StoreBusy("The online store's inventory reply has no 'inventory_items' list")
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
