"""Applying a pulled page to the till's database (inside the engine's transaction).
The central store owns catalogue and prices: its values win."""
from __future__ import annotations

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from pos.db.models import Barcode, Category, Product, StockLevel, Variant, utcnow
from pos.services.catalog_import import search_text
from sync.records import Page, ProductRecord, StockRecord, VariantRecord


def apply_page(s: Session, page: Page, location: str) -> int:
    appliers = {"products": _apply_products, "stock": _apply_stock}
    applier = appliers.get(page.resource)
    if applier is None:
        return 0  # a resource this till does not keep yet (e.g. customers before that issue)
    return applier(s, page.records, location)


def _apply_products(s: Session, records: tuple[ProductRecord, ...], _location: str) -> int:
    for record in records:
        if record.deleted:
            _retire(s, record.remote_id)
        else:
            _upsert_product(s, record)
    return len(records)


def _retire(s: Session, remote_id: str) -> None:
    """Gone online: gone from the till's search. Past sales keep their own copy of the line."""
    product = s.scalar(select(Product).where(Product.remote_id == remote_id))
    if product is not None:
        product.active = False
        s.execute(update(Variant).where(Variant.product_id == product.id).values(active=False))


def _category_id(s: Session, name: str) -> int | None:
    if not name:
        return None
    cat = s.scalar(select(Category).where(Category.name == name))
    if cat is None:
        cat = Category(name=name)
        s.add(cat)
        s.flush()
    return cat.id


def _upsert_product(s: Session, record: ProductRecord) -> None:
    product = s.scalar(select(Product).where(Product.remote_id == record.remote_id))
    if product is None:
        product = Product(remote_id=record.remote_id, name=record.title)
        s.add(product)
    product.name, product.tax_rate_bp, product.unit = record.title, record.tax_rate_bp, record.unit
    product.category_id, product.active = _category_id(s, record.category), True
    s.flush()
    seen = {_upsert_variant(s, product, v) for v in record.variants}
    s.execute(update(Variant).where(Variant.product_id == product.id, Variant.id.not_in(seen))
              .values(active=False))


def _upsert_variant(s: Session, product: Product, record: VariantRecord) -> int:
    variant = (s.scalar(select(Variant).where(Variant.remote_id == record.remote_id))
               or s.scalar(select(Variant).where(Variant.sku == record.sku)))  # adopt a local one
    if variant is None:
        variant = Variant(sku=record.sku, product_id=product.id, price=0)
        s.add(variant)
    variant.remote_id, variant.product_id, variant.sku = record.remote_id, product.id, record.sku
    variant.name, variant.active = record.title, record.price is not None
    variant.price = record.price if record.price is not None else variant.price
    variant.search_text = search_text(record.title, record.sku)
    s.flush()
    _replace_barcodes(s, variant.id, record.barcodes)
    return variant.id


def _replace_barcodes(s: Session, variant_id: int, codes: tuple[str, ...]) -> None:
    s.execute(delete(Barcode).where(Barcode.variant_id == variant_id))
    # the store wins: a code moved to this variant online is taken from the old one
    s.execute(delete(Barcode).where(Barcode.code.in_(codes)))
    s.add_all(Barcode(code=c, variant_id=variant_id) for c in dict.fromkeys(codes))


def _apply_stock(s: Session, records: tuple[StockRecord, ...], _location: str) -> int:
    remote_ids = {r.variant_remote_id for r in records if r.variant_remote_id}
    skus = {r.sku for r in records if r.sku}
    by_remote = dict(s.execute(select(Variant.remote_id, Variant.id)
                               .where(Variant.remote_id.in_(remote_ids))).all())
    by_sku = dict(s.execute(select(Variant.sku, Variant.id).where(Variant.sku.in_(skus))).all())
    applied = 0
    for r in records:
        variant_id = by_remote.get(r.variant_remote_id) or by_sku.get(r.sku)
        if variant_id is not None:
            s.merge(StockLevel(variant_id=variant_id, location=r.location,
                               quantity_milli=int(r.quantity * 1000), updated_at=utcnow()))
            applied += 1
    return applied
