"""The catalogue at the till: scan a code, search as you type, list quick keys."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select, text

from pos.db.engine import Database
from pos.db.models import Barcode, Category, Product, Variant
from pos.domain.barcode import parse_scan
from pos.domain.basket import BasketLine
from pos.domain.money import currency, to_minor
from pos.domain.text import fold, search_terms
from pos.services.errors import UnknownBarcode
from pos.services.settings import ShopSettings

SEARCH_LIMIT = 50
CANDIDATES = 200  # matches looked at per keystroke


@dataclass(frozen=True)
class CatalogItem:
    variant_id: int
    sku: str
    name: str
    price: int
    unit: str
    tax_rate_bp: int
    product: str = ""  # for promotions: the product's store id, else local-N
    category: str = ""

    def basket_line(self, quantity: Decimal = Decimal(1), unit_price: int | None = None,
                    weighed: bool = False) -> BasketLine:
        return BasketLine(
            variant_id=self.variant_id, sku=self.sku, name=self.name, unit=self.unit,
            unit_price=self.price if unit_price is None else unit_price,
            quantity=Decimal(quantity).quantize(Decimal("0.001")), tax_rate_bp=self.tax_rate_bp,
            weighed=weighed, product=self.product, category=self.category,
        )


_ITEM_COLUMNS = (Variant.id, Variant.sku, Variant.name, Variant.price, Product.unit,
                 Product.tax_rate_bp,
                 func.coalesce(Product.remote_id, func.printf("local-%d", Product.id)),
                 func.coalesce(Category.name, ""))


def _items(session, where, *joins, order=None, limit=None) -> list[CatalogItem]:
    stmt = (select(*_ITEM_COLUMNS).join(Product, Product.id == Variant.product_id)
            .outerjoin(Category, Category.id == Product.category_id))
    for target, on in joins:
        stmt = stmt.join(target, on)
    stmt = stmt.where(where, Variant.active, Product.active)
    if order is not None:
        stmt = stmt.order_by(order)
    return [CatalogItem(*row) for row in session.execute(stmt.limit(limit))]


def find_by_code(db: Database, code: str) -> CatalogItem | None:
    """Exact barcode, then exact SKU."""
    with db.session() as s:
        found = _items(s, Barcode.code == code, (Barcode, Barcode.variant_id == Variant.id))
        return found[0] if found else (_items(s, Variant.sku == code) or [None])[0]


def scan(db: Database, raw: str, settings: ShopSettings) -> BasketLine:
    """A scanned or typed code as a basket line; weight/price barcodes carry their value."""
    scanned = parse_scan(raw, settings.rules())
    item = find_by_code(db, scanned.lookup_code)
    if item is None:
        raise UnknownBarcode(scanned.lookup_code)
    if scanned.kind == "weight":
        return item.basket_line(quantity=scanned.value, weighed=True)
    if scanned.kind == "price":
        price = to_minor(scanned.value, currency(settings.currency))
        return item.basket_line(unit_price=price, weighed=True)
    return item.basket_line()


def fts_query(query: str) -> str | None:
    terms = search_terms(query)
    return " ".join(f'"{t}"*' for t in terms) if terms else None


def search(db: Database, query: str, limit: int = SEARCH_LIMIT) -> list[CatalogItem]:
    """As-you-type search on name or SKU, diacritic-insensitive (đ -> d), plus exact codes.

    FTS5's bm25 ranking scores EVERY match (100 ms for a 2-letter prefix on 200,000 items),
    so a bounded set of matches is taken in index order and ordered here instead."""
    match = fts_query(query)
    if match is None:
        return []
    with db.session() as s:
        exact = _items(s, Barcode.code == query.strip(), (Barcode, Barcode.variant_id == Variant.id))
        ids = select(text("rowid")).select_from(text("variants_fts")).where(
            text("variants_fts MATCH :q")).limit(CANDIDATES)
        hits = s.execute(ids, {"q": match}).scalars().all()
        found = _items(s, Variant.id.in_(hits)) if hits else []
    first = search_terms(query)[0]
    found.sort(key=lambda item: (not fold(item.name).startswith(first), len(item.name), item.name))
    seen = {i.variant_id for i in exact}
    return (exact + [i for i in found if i.variant_id not in seen])[:limit]


def quick_keys(db: Database, limit: int = 24) -> list[CatalogItem]:
    with db.session() as s:
        return _items(s, Variant.quick_key.is_not(None), order=Variant.quick_key, limit=limit)
