"""The in-process figures, each against the same shop database, each beside its floor: the
least work SQLite itself needs for the same answer, measured interleaved in the same run."""
from __future__ import annotations

import hashlib
import random
import sqlite3
import uuid
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from benchmarks.data import TERMINAL, insert_sql
from benchmarks.measure import cpu_ns, figure, ms, now_ns
from pos.domain.journal import canonical

CART_SIZE = 20  # scans go into carts of this many lines, then a new sale starts
LOOKUP_SQL = ("SELECT v.id, v.sku, v.name, v.price, p.unit, p.tax_rate_bp FROM barcodes b "
              "JOIN variants v ON v.id = b.variant_id JOIN products p ON p.id = v.product_id "
              "WHERE b.code = ? AND v.active AND p.active")
FTS_SQL = "SELECT rowid FROM variants_fts WHERE variants_fts MATCH ? ORDER BY rank LIMIT 50"


def connect(path: Path) -> sqlite3.Connection:
    """A bare connection with the app's pragmas (WAL, synchronous=FULL, foreign keys)."""
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON", "busy_timeout=10000"):
        conn.execute(f"PRAGMA {pragma}")
    return conn


# -- scan -> cart --------------------------------------------------------------------------

def scan_to_cart(db, settings, scans: list[tuple[str, str]], warmup: int) -> dict:
    from PySide6.QtWidgets import QApplication, QTableView

    from pos.domain.basket import Basket
    from pos.format import format_money
    from pos.services import catalog
    from pos.ui.models import CartModel

    app = QApplication.instance() or QApplication([])
    basket = Basket()
    model = CartModel(basket, lambda m: format_money(m, settings.currency, settings.locale),
                      settings.locale, settings.tax_inclusive)
    view = QTableView()  # the model has a view listening, as on the sale screen
    view.setModel(model)
    conn = connect(db.path)
    app_ns, floor_ns, cpu = [], [], []
    for raw, lookup in scans:
        c0, t0 = cpu_ns(), now_ns()
        line = catalog.scan(db, raw, settings)
        basket.add(line)
        model.refresh()
        t1, c1 = now_ns(), cpu_ns()
        cpu.append(c1 - c0)
        row = conn.execute(LOOKUP_SQL, (lookup,)).fetchone()
        t2 = now_ns()
        assert row is not None and row[0] == line.variant_id, (raw, row, line)
        app_ns.append(t1 - t0)
        floor_ns.append(t2 - t1)
        if len(basket.lines) >= CART_SIZE:
            basket.clear()
            model.refresh()
        app.processEvents()  # the view's deferred layout work, outside the timing
    conn.close()
    view.deleteLater()
    return figure(
        ms(app_ns[warmup:]), "ms",
        "barcode string -> catalog.scan + Basket.add + CartModel.refresh",
        target=5, floor=ms(floor_ns[warmup:]), cpu=ms(cpu[warmup:]),
        floor_what="sqlite3: SELECT variant+product FROM barcodes JOIN variants WHERE code=?",
        note=f"synchronous on the calling thread (the app hops to a worker thread and back); "
             f"carts of up to {CART_SIZE} lines; ~{_kg_share(scans):.0%} weight barcodes; "
             "painting not included (next event-loop turn)")


def _kg_share(scans) -> float:
    return sum(raw != lookup for raw, lookup in scans) / max(1, len(scans))


# -- search as you type --------------------------------------------------------------------

def search(db, queries: list[str], warmup: int, length: int) -> dict:
    from pos.services import catalog

    conn = connect(db.path)
    app_ns, floor_ns, found, cpu = [], [], [], []
    for q in queries:
        match = catalog.fts_query(q)
        c0, t0 = cpu_ns(), now_ns()
        items = catalog.search(db, q)
        t1, c1 = now_ns(), cpu_ns()
        cpu.append(c1 - c0)
        rows = conn.execute(FTS_SQL, (match,)).fetchall()
        t2 = now_ns()
        app_ns.append(t1 - t0)
        floor_ns.append(t2 - t1)
        found.append(len(items))
    matches = [conn.execute("SELECT count(*) FROM variants_fts WHERE variants_fts MATCH ?",
                            (catalog.fts_query(q),)).fetchone()[0] for q in queries[warmup:][:50]]
    conn.close()
    return figure(
        ms(app_ns[warmup:]), "ms", f"catalog.search of a {length}-character query, first 50",
        target=15, floor=ms(floor_ns[warmup:]), cpu=ms(cpu[warmup:]),
        floor_what="sqlite3: SELECT rowid FROM variants_fts WHERE MATCH ? ORDER BY rank LIMIT 50",
        note="queries are word-start prefixes of generated names, half typed with accents and "
             "half without",
        examples=queries[warmup:][:8], results_median=sorted(found)[len(found) // 2],
        fts_matches_median=sorted(matches)[len(matches) // 2] if matches else 0,
        fts_matches_max=max(matches, default=0))


# -- complete_sale -------------------------------------------------------------------------

def _catalog_items(db, n: int, rng: random.Random):
    from pos.services.catalog import CatalogItem

    conn = connect(db.path)
    top = conn.execute("SELECT max(id) FROM variants").fetchone()[0]
    rows = []
    while len(rows) < n:
        row = conn.execute(
            "SELECT v.id, v.sku, v.name, v.price, p.unit, p.tax_rate_bp FROM variants v "
            "JOIN products p ON p.id = v.product_id WHERE v.id = ?",
            (rng.randint(1, top),)).fetchone()
        if row:
            rows.append(CatalogItem(*row))
    conn.close()
    return rows


def _basket(items, rng):
    from pos.domain.basket import Basket

    basket = Basket()
    for item in items:
        qty = Decimal(rng.randrange(200, 2000)) / 1000 if item.unit == "kg" else rng.choice((1, 2))
        basket.add(item.basket_line(quantity=Decimal(qty), weighed=item.unit == "kg"))
    return basket


def complete_sale(db, settings, user, runs: int, warmup: int, rng: random.Random) -> dict:
    from pos.domain.payment import Tender, settle
    from pos.services import sales

    floor = _FloorSale(db.path, settings, user.id)
    app_ns, floor_ns, cpu = [], [], []
    for _ in range(runs):
        items = _catalog_items(db, 5, rng)
        basket = _basket(items, rng)
        totals = basket.totals(settings.tax_inclusive)
        due = settle(totals.total, [Tender("cash", 0)], settings.cash_rounding_step).due
        tenders = [Tender("cash", -(-due // 50_000) * 50_000)]
        c0, t0 = cpu_ns(), now_ns()
        sales.complete_sale(db, basket, tenders, user, settings)
        t1, c1 = now_ns(), cpu_ns()
        app_ns.append(t1 - t0)
        cpu.append(c1 - c0)
        floor_ns.append(floor.run(basket, totals))
    floor.close()
    return figure(
        ms(app_ns[warmup:]), "ms", "sales.complete_sale of a 5-line cash sale (one transaction)",
        target=10, floor=ms(floor_ns[warmup:]), cpu=ms(cpu[warmup:]),
        floor_what="sqlite3: BEGIN IMMEDIATE; last receipt no + last journal hash; INSERT sale, "
                   "5 lines, payment, 5 movements, journal, outbox; COMMIT (WAL, synchronous=FULL)",
        note="on the shop DB holding the historical sales; app and floor runs alternate")


@dataclass
class _FloorSale:
    path: Path
    settings: object
    cashier_id: int

    def __post_init__(self):
        self.conn = connect(self.path)
        c = self.conn
        self.sql = {t: insert_sql(c, t, cols) for t, cols in (
            ("sales", ("id", "terminal_id", "receipt_no", "created_at", "cashier_id", "currency",
                       "tax_inclusive", "subtotal", "discount_total", "tax_total", "rounding",
                       "total", "change", "status")),
            ("sale_lines", ("sale_id", "line_no", "variant_id", "sku", "name", "quantity_milli",
                            "unit", "unit_price", "price_overridden", "gross", "line_discount",
                            "order_discount", "tax_rate_bp", "tax", "total")),
            ("payments", ("sale_id", "method", "amount", "tendered", "reference")),
            ("stock_movements", ("variant_id", "location", "quantity_milli", "kind", "sale_id",
                                 "reason", "user_id", "acknowledged", "created_at")),
            ("journal", ("seq", "kind", "payload", "prev_hash", "hash", "created_at")),
            ("outbox", ("kind", "ref", "payload", "status", "attempts", "last_error",
                        "created_at")))}

    def run(self, basket, totals) -> int:
        """The same rows as the app writes, prepared beforehand; returns the commit's ns."""
        from pos.db.models import utcnow

        sid, when = str(uuid.uuid4()), utcnow().strftime("%Y-%m-%d %H:%M:%S.%f")
        lines = [(sid, no, l.variant_id, l.sku, l.name, int(l.quantity * 1000), l.unit,
                  l.unit_price, 0, p.gross, p.line_discount, p.order_discount, l.tax_rate_bp,
                  p.tax, p.total) for no, (l, p) in enumerate(zip(basket.lines, totals.lines), 1)]
        moves = [(l[2], self.settings.stock_location, -l[5], "sale", sid, "", self.cashier_id, 0,
                  when) for l in lines]
        # canonical JSON, as the app's journal hashes it: the floor's entries chain too, so
        # `pos journal verify` still passes on the benchmark's shop
        payload = canonical({"id": sid, "lines": [list(l) for l in lines]})
        sql, c = self.sql, self.conn
        t0 = now_ns()
        c.execute("BEGIN IMMEDIATE")
        receipt_no = c.execute("SELECT max(receipt_no) FROM sales WHERE terminal_id = ?",
                               (TERMINAL,)).fetchone()[0] + 1
        seq, prev = c.execute("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1"
                              ).fetchone() or (0, "0" * 64)
        c.execute(sql["sales"][0], (sid, TERMINAL, receipt_no, when, self.cashier_id, "VND", 1,
                                    totals.subtotal, totals.discount_total, totals.tax_total, 0,
                                    totals.total, 0, "completed") + sql["sales"][1])
        c.executemany(sql["sale_lines"][0], [l + sql["sale_lines"][1] for l in lines])
        c.execute(sql["payments"][0], (sid, "cash", totals.total, totals.total, "")
                  + sql["payments"][1])
        c.executemany(sql["stock_movements"][0], [m + sql["stock_movements"][1] for m in moves])
        digest = hashlib.sha256(f"{prev}|{seq + 1}|sale|{payload}".encode()).hexdigest()
        c.execute(sql["journal"][0], (seq + 1, "sale", payload, prev, digest, when)
                  + sql["journal"][1])
        c.execute(sql["outbox"][0], ("sale", sid, payload, "pending", 0, "", when)
                  + sql["outbox"][1])
        c.execute("COMMIT")
        return now_ns() - t0

    def close(self):
        self.conn.close()
