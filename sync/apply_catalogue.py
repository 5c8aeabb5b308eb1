"""Applying a pulled page of products or stock levels in bulk (inside the engine's transaction).

The rules are those of applying the records one by one, in the page's order; only the
database work is batched:

- the central store wins on catalogue and prices: name, category, tax, unit, SKU, price,
  barcodes of every product and variant in the page are the store's;
- a variant unknown by its remote id but whose SKU is at the till (made there, or imported)
  is adopted: it takes the remote id and keeps its id, sales, stock and quick key;
- a variant with no price in the shop's currency keeps its old price and is not sellable;
- variants the product record no longer lists are deactivated, a deleted product is retired
  (it and all its variants inactive; past sales keep their own copy of the lines);
- a barcode moved online to another variant is taken from the old one.

How: one query per table loads every row the page can touch (products by remote id;
variants by remote id, SKU or product; barcodes by code or variant), the records are played
against those rows in memory, and only the rows that changed are written back with
executemany: inserts, updates by id, barcodes deleted and inserted. Unchanged rows are not
written, so their `updated_at` stays and the search index triggers do not fire for them.
"""
from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import String, bindparam, delete, func, literal_column, or_, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from pos.db.models import Barcode, Category, Product, StockLevel, Variant, utcnow
from pos.services.catalog_import import search_text
from sync.records import ProductRecord, StockRecord

P, V, B = Product.__table__, Variant.__table__, Barcode.__table__
PRODUCT_FIELDS = ("remote_id", "name", "category_id", "tax_rate_bp", "unit", "active")
VARIANT_FIELDS = ("remote_id", "product_id", "sku", "name", "price", "active", "search_text")


def _in(column, values):
    """`column IN values` as one JSON parameter (json_each): the same compiled statement for
    any number of values (an expanding IN is rendered again for each call); None if empty."""
    if not values:
        return None
    listed = select(literal_column("value")).select_from(
        func.json_each(bindparam(None, json.dumps(sorted(values)), type_=String)))
    return column.in_(listed.scalar_subquery())


def _where_any(*conditions):
    kept = [c for c in conditions if c is not None]
    return or_(*kept) if kept else None


class CataloguePage:
    """One page of ProductRecords: load, play in memory, write the differences."""

    def __init__(self, s: Session, records: tuple[ProductRecord, ...]):
        self.s, self.records, self.now = s, records, utcnow()
        self.products: dict[int, dict] = {}  # id -> row (PRODUCT_FIELDS)
        self.product_by_remote: dict[str, int] = {}
        self.variants: dict[int, dict] = {}  # id -> row (VARIANT_FIELDS)
        self.variant_by_remote: dict[str, int] = {}
        # sku -> variants holding it, first first: two only while a page passes a SKU from
        # one variant to another (the write fails if that is still so at the end)
        self.variant_by_sku: dict[str, list[int]] = {}
        self.variants_of: dict[int, set[int]] = {}  # product id -> variant ids
        self.barcodes: dict[str, int] = {}  # code -> variant id
        self.codes_of: dict[int, set[str]] = {}  # variant id -> codes
        self.loaded_products: dict[int, tuple] = {}
        self.loaded_variants: dict[int, tuple] = {}
        self.loaded_barcodes: dict[str, int] = {}
        self.categories: dict[str, int] = {}

    # -- load --------------------------------------------------------------------------------
    def load(self) -> None:
        live = [r for r in self.records if not r.deleted]
        product_remote = {r.remote_id for r in self.records}
        variant_remote = {v.remote_id for r in live for v in r.variants}
        skus = {v.sku for r in live for v in r.variants}
        codes = {c for r in live for v in r.variants for c in v.barcodes}
        self.categories = self._category_ids({r.category for r in live if r.category})
        next_id = self._next_ids()
        self.next_product_id, self.next_variant_id = next_id

        where = _in(P.c.remote_id, product_remote)
        if where is not None:
            for row in self.s.execute(select(P.c.id, *(P.c[f] for f in PRODUCT_FIELDS))
                                      .where(where)).mappings():
                self.products[row["id"]] = {f: row[f] for f in PRODUCT_FIELDS}
                self.product_by_remote[row["remote_id"]] = row["id"]
        self.loaded_products = {i: _key(p, PRODUCT_FIELDS) for i, p in self.products.items()}

        where = _where_any(_in(V.c.remote_id, variant_remote), _in(V.c.sku, skus),
                           _in(V.c.product_id, self.products))
        if where is not None:
            for row in self.s.execute(select(V.c.id, *(V.c[f] for f in VARIANT_FIELDS))
                                      .where(where)).mappings():
                self._add_variant(row["id"], {f: row[f] for f in VARIANT_FIELDS})
        self.loaded_variants = {i: _key(v, VARIANT_FIELDS) for i, v in self.variants.items()}

        where = _where_any(_in(B.c.code, codes), _in(B.c.variant_id, self.variants))
        if where is not None:
            for code, variant_id in self.s.execute(select(B.c.code, B.c.variant_id).where(where)):
                self.barcodes[code] = variant_id
                self.codes_of.setdefault(variant_id, set()).add(code)
        self.loaded_barcodes = dict(self.barcodes)

    def _next_ids(self) -> tuple[int, int]:
        # the engine's transaction is BEGIN IMMEDIATE: no other writer until it ends
        return ((self.s.scalar(select(func.max(P.c.id))) or 0) + 1,
                (self.s.scalar(select(func.max(V.c.id))) or 0) + 1)

    def _category_ids(self, names: set[str]) -> dict[str, int]:
        if not names:
            return {}
        table = Category.__table__
        known = dict(self.s.execute(select(table.c.name, table.c.id)
                                    .where(_in(table.c.name, names))).all())
        missing = sorted(names - known.keys())
        if missing:
            self.s.execute(sqlite_insert(table).on_conflict_do_nothing(), [{"name": n}
                                                                          for n in missing])
            known.update(self.s.execute(select(table.c.name, table.c.id)
                                        .where(_in(table.c.name, missing))).all())
        return known

    def _add_variant(self, variant_id: int, row: dict) -> None:
        self.variants[variant_id] = row
        if row["remote_id"] is not None:
            self.variant_by_remote[row["remote_id"]] = variant_id
        self.variant_by_sku.setdefault(row["sku"], []).append(variant_id)
        self.variants_of.setdefault(row["product_id"], set()).add(variant_id)

    # -- play the records --------------------------------------------------------------------
    def play(self) -> None:
        for record in self.records:
            if record.deleted:
                self._retire(record.remote_id)
            else:
                self._upsert_product(record)

    def _retire(self, remote_id: str) -> None:
        product_id = self.product_by_remote.get(remote_id)
        if product_id is None:
            return
        self.products[product_id]["active"] = False
        for variant_id in self.variants_of.get(product_id, ()):
            self.variants[variant_id]["active"] = False

    def _upsert_product(self, record: ProductRecord) -> None:
        product_id = self.product_by_remote.get(record.remote_id)
        if product_id is None:
            product_id, self.next_product_id = self.next_product_id, self.next_product_id + 1
            self.product_by_remote[record.remote_id] = product_id
            self.products[product_id] = {"remote_id": record.remote_id}
        self.products[product_id].update(
            name=record.title, tax_rate_bp=record.tax_rate_bp, unit=record.unit,
            category_id=self.categories.get(record.category) if record.category else None,
            active=True)
        seen = {self._upsert_variant(product_id, v) for v in record.variants}
        for variant_id in self.variants_of.get(product_id, set()) - seen:
            self.variants[variant_id]["active"] = False

    def _upsert_variant(self, product_id: int, record) -> int:
        variant_id = self.variant_by_remote.get(record.remote_id)
        if variant_id is None:
            holders = self.variant_by_sku.get(record.sku)  # adopt the till's own
            variant_id = holders[0] if holders else None
        if variant_id is None:
            variant_id, self.next_variant_id = self.next_variant_id, self.next_variant_id + 1
            self._add_variant(variant_id, {"remote_id": None, "product_id": product_id,
                                           "sku": record.sku, "price": 0})
        row = self.variants[variant_id]
        if row["remote_id"] != record.remote_id:
            if self.variant_by_remote.get(row["remote_id"]) == variant_id:
                del self.variant_by_remote[row["remote_id"]]
            self.variant_by_remote[record.remote_id] = variant_id
        if row["sku"] != record.sku:
            holders = self.variant_by_sku[row["sku"]]
            holders.remove(variant_id)
            if not holders:
                del self.variant_by_sku[row["sku"]]
            self.variant_by_sku.setdefault(record.sku, []).append(variant_id)
        if row["product_id"] != product_id:
            self.variants_of[row["product_id"]].discard(variant_id)
            self.variants_of.setdefault(product_id, set()).add(variant_id)
        row.update(remote_id=record.remote_id, product_id=product_id, sku=record.sku,
                   name=record.title, active=record.price is not None,
                   price=record.price if record.price is not None else row["price"],
                   search_text=search_text(record.title, record.sku))
        self._replace_barcodes(variant_id, record.barcodes)
        return variant_id

    def _replace_barcodes(self, variant_id: int, codes: tuple[str, ...]) -> None:
        for code in self.codes_of.pop(variant_id, ()):
            del self.barcodes[code]
        for code in set(codes):  # the store wins: a code moved to this variant online is taken
            owner = self.barcodes.get(code)
            if owner is not None:
                self.codes_of[owner].discard(code)
            self.barcodes[code] = variant_id
        if codes:
            self.codes_of[variant_id] = set(codes)

    # -- write the differences ---------------------------------------------------------------
    def write(self) -> None:
        s, now = self.s, self.now
        new_products = [{"id": i, **p, "updated_at": now} for i, p in self.products.items()
                        if i not in self.loaded_products]
        changed_products = [{"_id": i, **p, "updated_at": now} for i, p in self.products.items()
                            if i in self.loaded_products
                            and _key(p, PRODUCT_FIELDS) != self.loaded_products[i]]
        if new_products:
            s.execute(P.insert(), new_products)
        if changed_products:
            s.execute(P.update().where(P.c.id == bindparam("_id")), changed_products)

        new_variants, changed, changed_text = [], [], []
        for i, v in self.variants.items():
            before = self.loaded_variants.get(i)
            if before is None:
                new_variants.append({"id": i, **v, "updated_at": now})
            elif _key(v, VARIANT_FIELDS) != before:
                row = {"_id": i, **v, "updated_at": now}
                if v["search_text"] == before[-1]:
                    del row["search_text"]  # leave the search index alone
                    changed.append(row)
                else:
                    changed_text.append(row)
        for rows in (changed, changed_text):  # updates first: they may free SKUs the new take
            if rows:
                s.execute(V.update().where(V.c.id == bindparam("_id")), rows)
        if new_variants:
            s.execute(V.insert(), new_variants)

        gone = [c for c, v in self.loaded_barcodes.items() if self.barcodes.get(c) != v]
        added = [{"code": c, "variant_id": v} for c, v in self.barcodes.items()
                 if self.loaded_barcodes.get(c) != v]
        if gone:
            s.execute(delete(B).where(_in(B.c.code, gone)))
        if added:
            s.execute(B.insert(), added)


def _key(row: dict, fields: tuple[str, ...]) -> tuple:
    return tuple(row[f] for f in fields)


def apply_products(s: Session, records: tuple[ProductRecord, ...], _location: str) -> int:
    page = CataloguePage(s, records)
    page.load()
    page.play()
    page.write()
    return len(records)


def apply_stock(s: Session, records: tuple[StockRecord, ...], _location: str) -> int:
    """Levels per location from the store's snapshot; a variant the till does not have yet
    (no remote id or SKU match) is skipped. One upsert per level, in one executemany."""
    remote_ids = {r.variant_remote_id for r in records if r.variant_remote_id}
    skus = {r.sku for r in records if r.sku}
    by_remote, by_sku = {}, {}
    for column, values, found in ((V.c.remote_id, remote_ids, by_remote), (V.c.sku, skus, by_sku)):
        if values:
            found.update(s.execute(select(column, V.c.id).where(_in(column, values))).all())
    now: datetime = utcnow()
    levels = []
    for r in records:
        variant_id = by_remote.get(r.variant_remote_id) or by_sku.get(r.sku)
        if variant_id is not None:
            levels.append({"variant_id": variant_id, "location": r.location,
                           "quantity_milli": int(r.quantity * 1000), "updated_at": now})
    if levels:
        table = StockLevel.__table__
        stmt = sqlite_insert(table)
        s.execute(stmt.on_conflict_do_update(
            index_elements=[table.c.variant_id, table.c.location],
            set_={"quantity_milli": stmt.excluded.quantity_milli,
                  "updated_at": stmt.excluded.updated_at}), levels)
    return len(levels)
