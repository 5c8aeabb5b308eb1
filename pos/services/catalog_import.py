"""`pos catalog import FILE.csv`: all rows or nothing, each bad row named with its line."""
from __future__ import annotations

import csv
import gc
import io
import json
import time
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import delete, func, insert, select, text

from pos.db.engine import Database
from pos.db.models import Barcode, Category, Product, StockLevel, Variant
from pos.domain.barcode import normalize_code
from pos.domain.errors import DomainError
from pos.domain.money import Currency, currency, to_minor
from pos.domain.text import (LONGEST_CATEGORY, LONGEST_CODE, LONGEST_NAME, LONGEST_SKU,
                              clean_text, fold)
from pos.i18n import translate
from pos.services import permissions
from pos.services.errors import ImportFailed
from pos.services.settings import load_settings
from pos.services.user_info import UserInfo

REQUIRED = ("sku", "name", "barcode", "price", "tax_rate", "unit", "category", "stock")
MUST_HAVE = ("sku", "name", "price")
SEARCH_TRIGGERS = ("variants_fts_ai", "variants_fts_au")  # keep variants_fts in step, row by row
BULK_INDEX_ROWS = 1_000
# A good file is written in chunks of about CHUNK_S of work each (the first CHUNK_ROWS rows,
# then as many as took that long), with PAUSE_S between them: SQLite's busy handler retries a
# waiting sale every 25 ms for its first ~130 ms, so a pause longer than that lets it in
# (measured: a sale waits at most ~90 ms during a 200,000-row import; 4 s when it was one).
CHUNK_ROWS, CHUNK_S, PAUSE_S = 2_000, 0.08, 0.03
SMALLEST_CHUNK, LARGEST_CHUNK = 200, 20_000
PRODUCT_COLUMNS = ("name", "category_id", "tax_rate_bp", "unit")
VARIANT_COLUMNS = ("sku", "name", "price", "search_text")
MOST_STOCK = 1_000_000_000
UNITS = {"piece": "piece", "pc": "piece", "cái": "piece", "kg": "kg"}


class ImportRow(NamedTuple):  # a plain tuple: an import makes 200,000 of them
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
    ignored_columns: tuple[str, ...] = ()  # header columns the import does not read


def search_text(name: str, sku: str) -> str:
    """f"{fold(name)} {fold(sku)}", with the name folded word by word (fold works on each
    word alone): a catalogue's names repeat a few thousand words, each folded once."""
    return f"{' '.join(filter(None, map(_fold_word, name.split())))} {fold(sku)}"


@lru_cache(maxsize=1 << 16)
def _fold_word(word: str) -> str:
    return fold(word)


def _percent_to_bp(raw: str) -> int:
    value = _number(raw.strip().rstrip("%") or "0", "tax_rate", raw)
    if not 0 <= value <= 100 or value * 100 != int(value * 100):
        raise DomainError(translate("Errors", "tax_rate {0} must be a percentage from 0 to 100, "
                                              "e.g. 10 or 8.5").format(repr(raw)))
    return int(value * 100)


def _number(text: str, column: str, raw: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite():
        raise DomainError(translate("Errors", "{0}: {1} is not a number; write digits, e.g. 12 "
                                              "or 2.5").format(column, repr(raw)))
    return value


def _barcodes(raw: str) -> tuple[str, ...]:
    codes = [_code(c) for c in raw.split("|") if c.strip()]
    # dict.fromkeys: a code listed twice (or as UPC-A and EAN-13) is stored once.
    return tuple(dict.fromkeys(codes))


def _code(raw: str) -> str:
    return normalize_code(clean_text(raw, "barcode", LONGEST_CODE))  # never longer once normal


def _stock(raw: str, unit: str) -> int | None:
    if not raw.strip():
        return None
    value = _number(raw.strip(), "stock", raw)
    if abs(value) > MOST_STOCK:
        raise DomainError(translate("Errors", "stock: {0} is too large (at most {1:,})")
                              .format(repr(raw), MOST_STOCK))
    if unit == "piece" and value != value.to_integral_value():
        raise DomainError(translate("Errors", "stock {0} must be a whole number for items sold by "
                                              "the piece").format(repr(raw)))
    if value * 1000 != int(value * 1000):
        raise DomainError(translate("Errors", "stock: {0} has more than 3 decimals (grams are "
                                              "the smallest step)").format(repr(raw)))
    return int(value * 1000)


class _RowParser:
    """Turns one CSV row's cells into an ImportRow or raises a DomainError saying what is wrong.

    A catalogue repeats a few hundred prices, tax rates, stock figures, categories and codes
    over its 200,000 rows: each distinct text is checked once and its value remembered (a bad
    one is not remembered, so every row that has it gets its own message)."""

    def __init__(self, cur: Currency):
        self.cur = cur
        self.prices: dict[str, int] = {}
        self.taxes: dict[str, int] = {}
        self.stocks: dict[tuple[str, str], int | None] = {}
        self.categories: dict[str, str] = {}

    def parse(self, line: int, sku: str, name: str, barcode: str, price: str, tax_rate: str,
              unit: str, category: str, stock: str) -> ImportRow:
        sku, name = clean_text(sku, "sku", LONGEST_SKU), clean_text(name, "name", LONGEST_NAME)
        if not sku or not name:
            raise DomainError(translate("Errors", "sku and name must not be empty"))
        kind = UNITS.get((unit or "piece").strip().lower())
        if kind is None:
            raise DomainError(translate("Errors", "unit {0} must be piece or kg")
                                  .format(repr(unit)))
        minor = _remembered(self.prices, price, self._price, price)
        milli = _remembered(self.stocks, (stock, kind), _stock, stock, kind)
        bp = _remembered(self.taxes, tax_rate, _percent_to_bp, tax_rate or "0")
        group = _remembered(self.categories, category, clean_text, category, "category",
                            LONGEST_CATEGORY)
        return ImportRow(line, sku, name, _barcodes(barcode), minor, bp, kind, group, milli)

    def _price(self, raw: str) -> int:
        minor = to_minor(raw, self.cur)
        if minor < 0:
            raise DomainError(translate("Errors", "price must not be negative"))
        return minor


def _remembered(cache: dict, key, parse, *args):
    if key not in cache:
        cache[key] = parse(*args)
    return cache[key]


def read_csv(path: Path, cur: Currency) -> list[ImportRow]:
    rows, problems, _ = _read_csv(path, cur)
    if problems:
        raise ImportFailed(sorted(problems))
    return rows


def _file_text(path: Path) -> str:
    """The file as text: UTF-8 (with or without Excel's BOM) or UTF-16 with its BOM. A byte
    that is neither is reported with its line: the whole file is refused, nothing guessed."""
    data = Path(path).read_bytes()
    encoding = "utf-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8-sig"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[:exc.start].decode(encoding, errors="replace").count("\n") + 1
        name = "UTF-16" if encoding == "utf-16" else "UTF-8"
        raise ImportFailed([(line, translate("Errors", "byte {0} is not {1} text; save the file "
                                                       "as \"CSV UTF-8\" and import it again")
                                  .format(exc.start + 1, name))]) from None


def _read_csv(path: Path, cur: Currency):
    """The good rows, (line, reason) for each bad one and the header's columns the import does
    not use; raises only for a file that is not text or has a bad header. Reads as
    csv.DictReader would (blank lines skipped, the last of two columns with one name wins)
    without making a dict per row."""
    problems: list[tuple[int, str]] = []
    rows: list[ImportRow] = []
    parse = _RowParser(cur).parse
    reader = csv.reader(io.StringIO(_file_text(path), newline=""))
    try:
        names = next(reader, [])
    except csv.Error as exc:
        raise ImportFailed([(1, _unreadable(exc))]) from None
    header = {name: i for i, name in enumerate(names)}
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise ImportFailed([(1, f"header lacks column(s): {', '.join(missing)}")])
    width = len(names)
    cells = itemgetter(*(header[c] for c in REQUIRED))
    # Missing trailing cells are empty, as csv.DictReader reads them, unless a cell that must
    # not be empty is among them.
    shortest = max(header[c] for c in MUST_HAVE) + 1
    ragged: list[tuple[int, int]] = []  # (line, cells) of rows too short or too wide
    while True:
        try:
            row = next(reader, None)
        except csv.Error as exc:  # the reader cannot go on past such a line
            problems.append((reader.line_num, _unreadable(exc)))
            break
        if row is None:
            break
        if len(row) != width:
            if not row:
                continue
            if not shortest <= len(row) < width:
                ragged.append((reader.line_num, len(row)))
                continue
            row += [""] * (width - len(row))
        try:
            rows.append(parse(reader.line_num, *cells(row)))
        except (DomainError, ValueError) as exc:
            problems.append((reader.line_num, str(exc)))
    problems += _ragged(ragged, width)
    problems += _duplicates(rows)
    unused = tuple(n for n in names if n not in REQUIRED)
    return rows, problems, unused


def _unreadable(exc: csv.Error) -> str:
    if "field limit" in str(exc):
        return translate("Errors", "a cell is longer than {0:,} characters; a name has at most "
                                   "{1}: is this the right file?").format(csv.field_size_limit(),
                                                                         LONGEST_NAME)
    return translate("Errors", "the file cannot be read as CSV from here ({0})").format(exc)


def _ragged(ragged: list[tuple[int, int]], width: int) -> list[tuple[int, str]]:
    """Rows with missing or extra cells: each short row is named, extra cells once for the
    file (an export with a trailing comma has them on every line)."""
    short = [(line, translate("Errors", "has {0} cell(s) but the header has {1} columns; add "
                                        "the missing cells (empty ones too)").format(n, width))
             for line, n in ragged if n < width]
    wide = [(line, n) for line, n in ragged if n > width]
    if wide:
        line, n = wide[0]
        short.append((line, translate("Errors", "has {0} cells but the header has {1} columns "
                                                "(and {2} more line(s) like it); name the extra "
                                                "columns in the header or remove them")
                             .format(n, width, len(wide) - 1)))
    return short


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


def import_catalogue(db: Database, path: Path, by: UserInfo | None) -> ImportResult:
    """`pos catalog import` run by a person: a manager's (permissions.CATALOG_IMPORT), checked
    before the file is read. Journaled (who, which file, how many rows) in the transaction of
    the first rows written, so no row changes without its entry; a file with no rows writes
    nothing and leaves none."""
    authoriser = permissions.authorise(by, permissions.CATALOG_IMPORT)

    def journal_entry(s, shop, rows: int) -> None:
        permissions.record(s, permissions.CATALOG_IMPORT, by, authoriser, shop.terminal_id,
                           file=Path(path).name, rows=rows)

    return _import(db, path, journal_entry)


def import_csv(db: Database, path: Path) -> ImportResult:
    """The import itself, with no one's permission checked: for the demo shop, benchmarks
    and tests; a person imports through import_catalogue."""
    return _import(db, path)


def _import(db: Database, path: Path, journal_entry=None) -> ImportResult:
    """The whole file is read and checked first, and nothing is written if any row is bad.
    A good file is then written in chunks of about CHUNK_S each, each its own short transaction
    (the search index kept in step in each), with a pause between them: a sale at the till
    waits at most about one chunk, never the whole import. If the import stops half-way
    (power cut, disk full), the chunks written so far stay, each whole; importing the same
    file again finishes the job (items are matched by SKU, so nothing is doubled).
    `journal_entry(session, settings, rows)` is written with the first chunk."""
    shop = load_settings(db)
    with _no_cycle_collection():
        rows, problems, unused = _read_csv(Path(path), currency(shop.currency))
        with db.session() as s:
            # Every bad row in one report: barcodes taken by items already in the shop too.
            problems += _foreign_barcodes(s, rows)
        if problems:
            raise ImportFailed(sorted(problems))
        created = updated = start = 0
        size = CHUNK_ROWS
        while start < len(rows):
            if start:
                time.sleep(PAUSE_S)
            began = time.perf_counter()
            with db.transaction() as s:
                if journal_entry and not start:
                    journal_entry(s, shop, len(rows))
                done = _write(s, rows[start:start + size], shop.stock_location,
                              barcodes_checked=True)
            created, updated, start = created + done.created, updated + done.updated, start + size
            size = _next_chunk(size, time.perf_counter() - began)
    return ImportResult(created, updated, ignored_columns=unused)


def _next_chunk(size: int, took_s: float) -> int:
    """As many rows as take CHUNK_S, judging by the last chunk (a slower machine or a busier
    disk gets smaller chunks)."""
    return max(SMALLEST_CHUNK, min(LARGEST_CHUNK, int(size * CHUNK_S / max(took_s, 1e-4))))


@contextmanager
def _no_cycle_collection():
    """An import keeps hundreds of thousands of rows alive while it makes millions of
    short-lived objects, and makes no reference cycles: Python's cycle collector would walk
    the rows kept so far again and again (a tenth of a 200,000-row import's CPU)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


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
    skus = json.dumps([r.sku for r in rows])
    existing = {sku: (vid, pid) for sku, vid, pid in s.execute(
        select(Variant.sku, Variant.id, Variant.product_id)
        .where(Variant.sku.in_(select(func.json_each(skus).table_valued("value").c.value))))}
    problems = [] if barcodes_checked else _foreign_barcodes(s, rows)
    if problems:
        raise ImportFailed(problems)
    cats = _category_ids(s, {r.category for r in rows})
    next_pid = (s.scalar(select(func.max(Product.id))) or 0) + 1
    next_vid = (s.scalar(select(func.max(Variant.id))) or 0) + 1
    # Rows as tuples in PRODUCT_COLUMNS / VARIANT_COLUMNS order: new ones with their ids
    # first, changed ones with their ids last (for UPDATE ... WHERE id = ?).
    new_products, new_variants, upd_products, upd_variants = [], [], [], []
    variant_ids: list[int] = []  # one per row
    for r in rows:
        product = (r.name, cats.get(r.category), r.tax_rate_bp, r.unit)
        variant = (r.sku, r.name, r.price, search_text(r.name, r.sku))
        if r.sku in existing:
            vid, pid = existing[r.sku]
            upd_products.append((*product, pid))
            upd_variants.append((*variant, vid))
        else:
            vid, pid = next_vid, next_pid
            next_vid, next_pid = next_vid + 1, next_pid + 1
            new_products.append((pid, *product))
            new_variants.append((vid, pid, *variant))
        variant_ids.append(vid)
    _insert_all(s, Product.__table__, ("id", *PRODUCT_COLUMNS), new_products)
    _update_all(s, Product.__table__, PRODUCT_COLUMNS, upd_products)
    with _search_index_written_once(s, variant_ids):
        _insert_all(s, Variant.__table__, ("id", "product_id", *VARIANT_COLUMNS), new_variants)
        _update_all(s, Variant.__table__, VARIANT_COLUMNS, upd_variants)
    _replace_barcodes(s, rows, variant_ids, [v[-1] for v in upd_variants])
    _set_stock(s, rows, variant_ids, location)
    return ImportResult(created=len(new_variants), updated=len(upd_variants))


@contextmanager
def _search_index_written_once(s, variant_ids: list[int]):
    """The search index's triggers cost about 0.1 ms of CPU per item written; indexing the
    rows of one write in one statement costs a tenth of it. For a write of BULK_INDEX_ROWS
    items or more, the triggers are dropped inside the write's transaction, the old index
    entries of its items removed, and the new ones added after; then the triggers are put
    back. Other connections never see the index out of step (a rollback restores all)."""
    if len(variant_ids) < BULK_INDEX_ROWS:
        yield
        return
    ids = {"ids": json.dumps(variant_ids)}
    triggers = s.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
                              "name IN (:ai, :au)"), dict(zip(("ai", "au"), SEARCH_TRIGGERS))).all()
    s.execute(text("INSERT INTO variants_fts(variants_fts, rowid, search_text) "
                   f"SELECT 'delete', id, search_text FROM variants WHERE {_IN_IDS}"), ids)
    for name, _ in triggers:
        s.execute(text(f"DROP TRIGGER {name}"))
    yield
    s.execute(text(f"INSERT INTO variants_fts(rowid, search_text) SELECT id, search_text "
                   f"FROM variants WHERE {_IN_IDS}"), ids)
    for _, sql in triggers:
        s.execute(text(sql))


_IN_IDS = "id IN (SELECT value FROM json_each(:ids))"


def _replace_barcodes(s, rows: list[ImportRow], variant_ids: list[int],
                      changed_ids: list[int]) -> None:
    """New items have no codes yet; a changed item's codes are replaced by the file's."""
    for start in range(0, len(changed_ids), 500):
        s.execute(delete(Barcode).where(Barcode.variant_id.in_(changed_ids[start:start + 500])))
    codes = [(c, vid) for r, vid in zip(rows, variant_ids) for c in r.barcodes]
    _insert_all(s, Barcode.__table__, ("code", "variant_id"), codes)


def _set_stock(s, rows: list[ImportRow], variant_ids: list[int], location: str) -> None:
    levels = [(vid, location, r.stock_milli) for r, vid in zip(rows, variant_ids)
              if r.stock_milli is not None]
    _insert_all(s, StockLevel.__table__, ("variant_id", "location", "quantity_milli"), levels,
                "INSERT OR REPLACE")


# executemany straight at the driver: SQLAlchemy's per-row parameter handling costs more than
# SQLite's own work on a 200,000-row import. The columns the rows leave out get their Python
# default (or onupdate), worked out and converted for SQLite once for the whole batch.

def _insert_all(s, table, names: tuple[str, ...], rows: list[tuple],
                verb: str = "INSERT") -> None:
    if not rows:
        return
    fixed = _batch_defaults(s, table, names, "default")
    columns = (*names, *fixed)
    sql = (f"{verb} INTO {table.name} ({', '.join(columns)}) "
           f"VALUES ({', '.join('?' * len(columns))})")
    _executemany(s, sql, rows, tuple(fixed.values()))


def _update_all(s, table, names: tuple[str, ...], rows: list[tuple]) -> None:
    """UPDATE by id; each row is (*values of names, id)."""
    if not rows:
        return
    fixed = _batch_defaults(s, table, names, "onupdate")
    assignments = ", ".join(f"{n} = ?" for n in (*names, *fixed))
    tail = tuple(fixed.values())
    _executemany(s, f"UPDATE {table.name} SET {assignments} WHERE id = ?",
                 [(*r[:-1], *tail, r[-1]) for r in rows])


def _batch_defaults(s, table, names: tuple[str, ...], kind: str) -> dict:
    """{column: SQLite value} of the `kind` ("default" or "onupdate") of every column `names`
    leaves out."""
    dialect = s.get_bind().dialect
    fixed = {}
    for column in table.columns:
        default = getattr(column, kind)
        if column.name in names or default is None:
            continue
        if not (default.is_callable or default.is_scalar):
            raise TypeError(f"{table.name}.{column.name}: a SQL expression {kind} cannot be "
                            "worked out once for a batch; give the import a value for it")
        value = default.arg(None) if default.is_callable else default.arg
        process = column.type.dialect_impl(dialect).bind_processor(dialect)
        fixed[column.name] = process(value) if process else value
    return fixed


def _executemany(s, sql: str, rows: list[tuple], tail: tuple = ()) -> None:
    s.connection().exec_driver_sql(sql, [r + tail for r in rows] if tail else rows)
