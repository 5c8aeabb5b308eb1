"""The catalogue at the till: scan a code, search as you type, list quick keys."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import bindparam, func, literal_column, select, table, text

from pos.db.engine import Database
from pos.db.models import Barcode, Category, Product, Variant
from pos.domain.barcode import parse_scan
from pos.domain.basket import BasketLine
from pos.domain.money import currency, to_minor
from pos.domain.text import search_terms
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


# Statements are built once (SQLAlchemy Core on the tables): building a statement, and
# loading rows through the ORM, cost the till more than SQLite's own lookup (issue #7).
_V, _P, _C, _B = Variant.__table__, Product.__table__, Category.__table__, Barcode.__table__
_ITEMS = (select(_V.c.id, _V.c.sku, _V.c.name, _V.c.price, _P.c.unit, _P.c.tax_rate_bp,
                 func.coalesce(_P.c.remote_id, func.printf("local-%d", _P.c.id)),
                 func.coalesce(_C.c.name, ""))
          .join_from(_V, _P, _P.c.id == _V.c.product_id)
          .outerjoin(_C, _C.c.id == _P.c.category_id)
          .where(_V.c.active, _P.c.active))
_BY_BARCODE = _ITEMS.join(_B, _B.c.variant_id == _V.c.id).where(_B.c.code == bindparam("code"))
_BY_SKU = _ITEMS.where(_V.c.sku == bindparam("code"))
_QUICK_KEYS = (_ITEMS.where(_V.c.quick_key.is_not(None)).order_by(_V.c.quick_key)
               .limit(bindparam("limit")))


def _items(conn, stmt, **params) -> list[CatalogItem]:
    return [CatalogItem(*row) for row in conn.execute(stmt, params)]


def find_by_code(db: Database, code: str) -> CatalogItem | None:
    """Exact barcode, then exact SKU."""
    with db.read() as conn:
        found = _items(conn, _BY_BARCODE, code=code) or _items(conn, _BY_SKU, code=code)
        return found[0] if found else None


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


# The first CANDIDATES matches in index order (FTS5's bm25 ranking scores EVERY match: 100 ms
# for a 2-letter prefix on 200,000 items), ordered in the same statement: names that start
# with the first word typed, then the shortest names. `search_text` is the folded name and SKU.
def _search(fts_where: str):
    hits = (select(literal_column("rowid").label("id")).select_from(table("variants_fts"))
            .where(text(fts_where)).limit(CANDIDATES).subquery())
    return (_ITEMS.join(hits, hits.c.id == _V.c.id)
            .order_by(func.substr(_V.c.search_text, 1, func.length(bindparam("first")))
                      != bindparam("first"), func.length(_V.c.name), _V.c.name, _V.c.id)
            .limit(bindparam("limit")))


_SEARCH = _search("variants_fts MATCH :match")
# "sua b": the cashier has typed the first letter of the next word. FTS5 has no one-letter
# prefix index, so "b"* would merge the lists of every word starting with b (every SKU does):
# 30 ms. The other words are matched, and the folded text is checked for a word starting
# with the letter, in the same index order (the same matches as "b"*).
_SEARCH_THEN_LETTER = _search("variants_fts MATCH :match AND "
                              "(' ' || search_text) GLOB :word_start")


def search(db: Database, query: str, limit: int = SEARCH_LIMIT) -> list[CatalogItem]:
    """As-you-type search on name or SKU, diacritic-insensitive (đ -> d), plus exact codes."""
    terms = search_terms(query)
    if not terms:
        return []
    params = {"match": fts_query(query), "first": terms[0]}
    stmt = _SEARCH
    if len(terms) > 1 and len(terms[-1]) == 1:
        stmt = _SEARCH_THEN_LETTER
        params.update(match=fts_query(" ".join(terms[:-1])),
                      word_start=f"*[^a-z0-9]{terms[-1]}*")
    with db.read() as conn:
        exact = _items(conn, _BY_BARCODE, code=query.strip())
        found = _items(conn, stmt, limit=limit + len(exact), **params)
    seen = {i.variant_id for i in exact}
    return (exact + [i for i in found if i.variant_id not in seen])[:limit]


def quick_keys(db: Database, limit: int = 24) -> list[CatalogItem]:
    with db.read() as conn:
        return _items(conn, _QUICK_KEYS, limit=limit)
