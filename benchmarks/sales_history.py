"""A year of a shop's sales, written fast (executemany in one transaction) for the dashboard's
benchmark and tests: two tills, the shop's cashiers, busy lunch and evening hours, busier
weekends and Tết, a few best sellers and a long tail, and some online orders.

    python -m benchmarks.sales_history DATA_DIR [--per-day 760] [--seed 7]

(760 a day is about 300,000 sales a year). Sales only: no journal entries, stock movements or
outbox rows, so nothing of it is pushed to the online store.
"""
from __future__ import annotations

import argparse
import itertools
import random
import sqlite3
import uuid
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from benchmarks.data import LINE_COLS, PAYMENT_COLS, SALE_COLS, insert_sql

# Relative traffic per local hour of the day (the shop is open 6:00-22:00).
HOURS = {6: 1, 7: 5, 8: 6, 9: 4, 10: 3, 11: 5, 12: 6, 13: 4, 14: 2, 15: 2, 16: 3, 17: 6, 18: 8,
         19: 7, 20: 5, 21: 3}
WEEKDAY = (0.9, 0.85, 0.9, 0.95, 1.05, 1.3, 1.25)  # Monday .. Sunday
TILLS = (("T1", 0.7), ("T2", 0.3))  # this till and the shop's other till
ONLINE_CHANNELS = (("Webshop", 0.8), ("Shopee", 0.2))
LINE_COUNTS = (1, 1, 2, 2, 3, 3, 4, 5, 6, 8)
ORDER_COLS = ("remote_id", "customer_remote_id", "display_id", "channel", "total", "created_at",
              "summary")


def _db_time(local: datetime) -> str:
    """Local shop time to the UTC text SQLAlchemy stores (this computer's time zone)."""
    utc = local.astimezone(timezone.utc).replace(tzinfo=None)
    return utc.strftime("%Y-%m-%d %H:%M:%S.%f")


def _day_factor(day: date) -> float:
    tet = 1.6 if (day.month == 1 and day.day >= 15) or (day.month == 2 and day.day <= 10) else 1.0
    return WEEKDAY[day.weekday()] * tet


class History:
    def __init__(self, conn: sqlite3.Connection, seed: int):
        self.rng = random.Random(seed)
        self.variants = conn.execute(
            "SELECT v.id, v.sku, v.name, v.price, p.unit, p.tax_rate_bp FROM variants v "
            "JOIN products p ON p.id = v.product_id WHERE v.active ORDER BY v.id").fetchall()
        if not self.variants:
            raise SystemExit("The shop has no catalogue: import one first (or use the demo).")
        self.rng.shuffle(self.variants)  # best sellers anywhere in the catalogue
        self.item_weights = list(itertools.accumulate(
            1 / (rank + 1) ** 0.9 for rank in range(len(self.variants))))
        self.cashiers = [r[0] for r in conn.execute("SELECT id FROM users ORDER BY id")] or [None]
        self.receipt_no = {t: (conn.execute("SELECT max(receipt_no) FROM sales WHERE "
                                            "terminal_id = ?", (t,)).fetchone()[0] or 0)
                           for t, _ in TILLS}
        self.hours, self.hour_weights = list(HOURS), list(HOURS.values())

    def moments(self, day: date, n: int) -> list[datetime]:
        hours = self.rng.choices(self.hours, self.hour_weights, k=n)
        return sorted(datetime(day.year, day.month, day.day, h, self.rng.randrange(60),
                               self.rng.randrange(60)) for h in hours)

    def sale(self, when: datetime):
        rng = self.rng
        till = rng.choices(TILLS, [w for _, w in TILLS])[0][0]
        self.receipt_no[till] += 1
        sale_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        picks = rng.choices(self.variants, cum_weights=self.item_weights, k=rng.choice(LINE_COUNTS))
        lines = [self._line(sale_id, no, v) for no, v in enumerate(picks, start=1)]
        subtotal, tax = sum(l[9] for l in lines), sum(l[13] for l in lines)
        cash = rng.random() < 0.6
        below = subtotal % 500  # cash rounds to 500 ₫
        rounding = (-below if below < 250 else 500 - below) if cash else 0
        total = subtotal + rounding
        tendered = -(-total // 50_000) * 50_000 if cash else total
        sale = (sale_id, till, self.receipt_no[till], _db_time(when), rng.choice(self.cashiers),
                None, "VND", 1, subtotal, 0, tax, rounding, total, tendered - total, "completed")
        payment = (sale_id, "cash" if cash else rng.choice(("card", "transfer")), total, tendered,
                   "")
        return sale, lines, payment

    def _line(self, sale_id: str, no: int, variant) -> tuple:
        vid, sku, name, price, unit, tax_bp = variant
        if unit == "kg":
            qty = self.rng.randrange(200, 2500)  # grams
        else:
            qty = 1000 * self.rng.choice((1, 1, 2, 3))
        gross = (price * qty + 500) // 1000
        tax = (gross * tax_bp + (10_000 + tax_bp) // 2) // (10_000 + tax_bp)
        return (sale_id, no, vid, sku, name, qty, unit, price, 0, gross, 0, 0, tax_bp, tax, gross)

    def online_order(self, when: datetime) -> tuple:
        rng = self.rng
        channel = rng.choices(ONLINE_CHANNELS, [w for _, w in ONLINE_CHANNELS])[0][0]
        remote = f"order_hist_{rng.getrandbits(64):016x}"
        return (remote, f"cus_hist_{rng.randrange(500)}", str(rng.randrange(10_000, 99_999)),
                channel, rng.randrange(80, 2_000) * 1000, _db_time(when), "")


def write_year(db_path: Path, per_day: int = 760, seed: int = 7, last_day: date | None = None,
               online_share: float = 0.05, days: int = 365, summarise: bool = True) -> dict:
    """`days` days of sales ending with last_day (default yesterday), about per_day a day,
    in one transaction; then the dashboard's summaries are brought up to date."""
    last_day = last_day or date.today() - timedelta(days=1)
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA synchronous=OFF")  # generation only; the till itself uses FULL
    conn.execute("PRAGMA foreign_keys=ON")
    history = History(conn, seed)
    tables = (("sales", SALE_COLS), ("sale_lines", LINE_COLS), ("payments", PAYMENT_COLS),
              ("online_orders", ORDER_COLS))
    sqls = {t: insert_sql(conn, t, cols) for t, cols in tables}
    counts = dict.fromkeys(sqls, 0)
    conn.execute("BEGIN IMMEDIATE")
    try:
        for offset in range(days - 1, -1, -1):
            day = last_day - timedelta(days=offset)
            _write_day(conn, sqls, counts, history, day, per_day, online_share)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    if summarise:
        _summarise(db_path)
    return counts


def _write_day(conn, sqls, counts, history: History, day: date, per_day: int,
               online_share: float) -> None:
    n = max(1, round(per_day * _day_factor(day) * history.rng.uniform(0.85, 1.15)))
    rows = {t: [] for t in sqls}
    for when in history.moments(day, n):
        sale, lines, payment = history.sale(when)
        rows["sales"].append(sale)
        rows["sale_lines"].extend(lines)
        rows["payments"].append(payment)
    for when in history.moments(day, round(n * online_share)):
        rows["online_orders"].append(history.online_order(when))
    for table in ("sales", "sale_lines", "payments", "online_orders"):  # parents first
        sql, extra = sqls[table]
        conn.executemany(sql, (row + extra for row in rows[table]))
        counts[table] += len(rows[table])


def _summarise(db_path: Path) -> None:
    from pos.db.engine import Database
    from pos.services.reports import update_summaries

    db = Database(db_path)
    try:
        update_summaries(db)
    finally:
        db.close()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.sales_history",
                                description="Add a year of sales to a shop (demo if new).")
    p.add_argument("data_dir", type=Path)
    p.add_argument("--per-day", type=int, default=760, help="sales a day (760: ~300,000 a year)")
    p.add_argument("--seed", type=int, default=7)
    args = p.parse_args(argv)
    from pos.app import DB_NAME, open_shop

    open_shop(args.data_dir).close()  # creates the demo shop when the folder is new
    counts = write_year(args.data_dir / DB_NAME, args.per_day, args.seed)
    print(", ".join(f"{n:,} {t}" for t, n in counts.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
