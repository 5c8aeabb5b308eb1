"""`pos catalog import FILE.csv`: all rows or nothing, each bad row named with its line."""
from __future__ import annotations

import csv
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import delete, func, insert, select, text, update

from pos.db.engine import Database
from pos.db.models import Barcode, Category, Product, StockLevel, Variant
from pos.domain.barcode import is_gs1_length, validate
from pos.domain.errors import DomainError
from pos.domain.money import Currency, currency, to_minor
from pos.domain.text import fold
from pos.i18n import translate
from pos.services.errors import ImportFailed
from pos.services.settings import load_settings

REQUIRED = ("sku", "name", "barcode", "price", "tax_rate", "unit", "category", "stock")
SEARCH_TRIGGERS = ("variants_fts_ai", "variants_fts_au")  # keep variants_fts in step, row by row
BULK_INDEX_ROWS = 2_000
UNITS = {"piece": "piece", "pc": "piece", "cái": "piece", "kg": "kg"}


@dataclass(frozen=True)
class ImportRow:
    line: int
    sku: str
    name: str
    barcodes: tuple[str, ...]
    price: int
    tax_rate_bp: int
    unit: str
    category: str
    stock_milli: int | None


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int


def search_text(name: str, sku: str) -> str:
    return f"{fold(name)} {fold(sku)}"


def _percent_to_bp(raw: str) -> int:
    value = Decimal(raw.strip().rstrip("%") or "0")
    if not 0 <= value <= 100 or value * 100 != int(value * 100):
        raise DomainError(translate("Errors", "tax_rate {0} must be a percentage from 0 to 100, "
                                              "e.g. 10 or 8.5").format(repr(raw)))
    return int(value * 100)


def _barcodes(raw: str) -> tuple[str, ...]:
    codes = [c.strip() for c in raw.split("|") if c.strip()]
    # dict.fromkeys: a code listed twice (or as UPC-A and EAN-13) is stored once.
    return tuple(dict.fromkeys(validate(c) if c.isdigit() and is_gs1_length(c) else c
                               for c in codes))


def _stock(raw: str, unit: str) -> int | None:
    if not raw.strip():
        return None
    value = Decimal(raw.strip())
    if unit == "piece" and value != value.to_integral_value():
        raise DomainError(translate("Errors", "stock {0} must be a whole number for items sold by "
                                              "the piece").format(repr(raw)))
    return int(value * 1000)


def parse_row(line: int, row: dict[str, str], cur: Currency) -> ImportRow:
    sku, name = (row.get("sku") or "").strip(), (row.get("name") or "").strip()
    if not sku or not name:
        raise DomainError(translate("Errors", "sku and name must not be empty"))
    unit = UNITS.get((row.get("unit") or "piece").strip().lower())
    if unit is None:
        raise DomainError(translate("Errors", "unit {0} must be piece or kg")
                              .format(repr(row['unit'])))
    price = to_minor(row.get("price") or "", cur)
    if price < 0:
        raise DomainError(translate("Errors", "price must not be negative"))
    try:
        stock = _stock(row.get("stock") or "", unit)
        tax = _percent_to_bp(row.get("tax_rate") or "0")
    except InvalidOperation:
        raise DomainError(translate("Errors", "stock and tax_rate must be numbers")) from None
    return ImportRow(line, sku, name, _barcodes(row.get("barcode") or ""), price, tax, unit,
                     (row.get("category") or "").strip(), stock)


def read_csv(path: Path, cur: Currency) -> list[ImportRow]:
    rows, problems = _read_csv(path, cur)
    if problems:
        raise ImportFailed(sorted(problems))
    return rows


def _read_csv(path: Path, cur: Currency) -> tuple[list[ImportRow], list[tuple[int, str]]]:
    """The good rows and (line, reason) for each bad one; raises only for a bad header."""
    problems: list[tuple[int, str]] = []
    rows: list[ImportRow] = []
    with open(path, newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
        if missing:
            raise ImportFailed([(1, f"header lacks column(s): {', '.join(missing)}")])
        for row in reader:
            try:
                rows.append(parse_row(reader.line_num, row, cur))
            except (DomainError, ValueError) as exc:
                problems.append((reader.line_num, str(exc)))
    problems += _duplicates(rows)
    return rows, problems


def _duplicates(rows: list[ImportRow]) -> list[tuple[int, str]]:
    problems, skus, codes = [], {}, {}
    for r in rows:
        if r.sku in skus:
            problems.append((r.line, f"sku {r.sku} already on line {skus[r.sku]}"))
        skus.setdefault(r.sku, r.line)
        for code in r.barcodes:
            if codes.get(code, r.sku) != r.sku:
                problems.append((r.line, f"barcode {code} is also on another row's item"))
            codes.setdefault(code, r.sku)
    return problems


def import_csv(db: Database, path: Path) -> ImportResult:
    shop = load_settings(db)
    rows, problems = _read_csv(Path(path), currency(shop.currency))
    with db.transaction() as s:
        # Every bad row in one report: barcodes taken by items already in the shop too.
        problems += _foreign_barcodes(s, rows)
        if problems:
            raise ImportFailed(sorted(problems))
        return _write(s, rows, shop.stock_location, barcodes_checked=True)


def _category_ids(s, names: set[str]) -> dict[str, int]:
    known = dict(s.execute(select(Category.name, Category.id)).all())
    new = sorted(n for n in names - known.keys() if n)
    if new:
        s.execute(insert(Category), [{"name": n} for n in new])
        known = dict(s.execute(select(Category.name, Category.id)).all())
    return known


def _foreign_barcodes(s, rows: list[ImportRow]):
    by_code = dict(s.execute(select(Barcode.code, Variant.sku).join(Variant)).all())
    return [(r.line, f"barcode {c} already belongs to item {by_code[c]}")
            for r in rows for c in r.barcodes if by_code.get(c, r.sku) != r.sku]


def _write(s, rows: list[ImportRow], location: str,
           barcodes_checked: bool = False) -> ImportResult:
    existing = {sku: (vid, pid) for sku, vid, pid in
                s.execute(select(Variant.sku, Variant.id, Variant.product_id))}
    problems = [] if barcodes_checked else _foreign_barcodes(s, rows)
    if problems:
        raise ImportFailed(problems)
    cats = _category_ids(s, {r.category for r in rows})
    next_pid = (s.scalar(select(func.max(Product.id))) or 0) + 1
    next_vid = (s.scalar(select(func.max(Variant.id))) or 0) + 1
    new_products, new_variants, upd_products, upd_variants = [], [], [], []
    variant_ids: dict[str, int] = {}
    for r in rows:
        product = {"name": r.name, "category_id": cats.get(r.category), "tax_rate_bp": r.tax_rate_bp,
                   "unit": r.unit}
        variant = {"sku": r.sku, "name": r.name, "price": r.price,
                   "search_text": search_text(r.name, r.sku)}
        if r.sku in existing:
            vid, pid = existing[r.sku]
            upd_products.append({"id": pid, **product})
            upd_variants.append({"id": vid, **variant})
        else:
            vid, pid = next_vid, next_pid
            next_vid, next_pid = next_vid + 1, next_pid + 1
            new_products.append({"id": pid, "active": True, **product})
            new_variants.append({"id": vid, "product_id": pid, "active": True, **variant})
        variant_ids[r.sku] = vid
    _save(s, Product, new_products, upd_products)
    with _search_index_rebuilt_once(s, len(rows)):
        _save(s, Variant, new_variants, upd_variants)
    _replace_barcodes(s, rows, variant_ids)
    _set_stock(s, rows, variant_ids, location)
    return ImportResult(created=len(new_variants), updated=len(upd_variants))


@contextmanager
def _search_index_rebuilt_once(s, rows: int):
    """The search index's triggers cost about 0.1 ms of CPU per item written (19 s for
    200,000 new items); rebuilding the whole index once costs about 15 µs per item in the
    catalogue (3 s). When an import touches a good part of the catalogue, the triggers are
    dropped inside the import's transaction and put back after one rebuild: if anything
    fails, the rollback restores them with everything else."""
    catalogue = s.scalar(select(func.count()).select_from(Variant))
    if rows < BULK_INDEX_ROWS or rows * 4 < catalogue + rows:
        yield
        return
    triggers = s.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
                              "name IN (:ai, :au)"), dict(zip(("ai", "au"), SEARCH_TRIGGERS))).all()
    for name, _ in triggers:
        s.execute(text(f"DROP TRIGGER {name}"))
    yield
    s.execute(text("INSERT INTO variants_fts(variants_fts) VALUES ('rebuild')"))
    for _, sql in triggers:
        s.execute(text(sql))


def _save(s, model, new: list[dict], changed: list[dict]) -> None:
    if new:
        _insert_all(s, model.__table__, new)
    if changed:
        s.execute(update(model), changed)


def _replace_barcodes(s, rows, variant_ids) -> None:
    ids = list(variant_ids.values())
    for start in range(0, len(ids), 500):
        s.execute(delete(Barcode).where(Barcode.variant_id.in_(ids[start:start + 500])))
    codes = [{"code": c, "variant_id": variant_ids[r.sku]} for r in rows for c in r.barcodes]
    if codes:
        _insert_all(s, Barcode.__table__, codes)


def _set_stock(s, rows, variant_ids, location) -> None:
    levels = [{"variant_id": variant_ids[r.sku], "location": location,
               "quantity_milli": r.stock_milli} for r in rows if r.stock_milli is not None]
    if levels:
        _insert_all(s, StockLevel.__table__, levels, "INSERT OR REPLACE")


def _insert_all(s, table, rows: list[dict], verb: str = "INSERT") -> None:
    """executemany straight at the driver: SQLAlchemy's per-row parameter handling costs
    more than SQLite's own work on a 200,000-row import. Columns the rows leave out get
    their default, worked out once for the whole batch (the rows hold plain values)."""
    dialect = s.get_bind().dialect
    names = list(rows[0])
    fixed = {}
    for column in table.columns:
        default = column.default
        if column.name in names or default is None:
            continue
        if not (default.is_callable or default.is_scalar):  # a SQL expression: let Core do it
            s.execute(insert(table).prefix_with(verb.removeprefix("INSERT").strip()), rows)
            return
        value = default.arg(None) if default.is_callable else default.arg
        process = column.type.bind_processor(dialect)
        fixed[column.name] = process(value) if process else value
    columns = names + list(fixed)
    sql = (f"{verb} INTO {table.name} ({', '.join(columns)}) "
           f"VALUES ({', '.join('?' * len(columns))})")
    tail = tuple(fixed.values())
    s.connection().exec_driver_sql(sql, [tuple(r[n] for n in names) + tail for r in rows])
