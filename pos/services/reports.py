"""The manager's sales figures: by day and hour, channel, cashier, category, top products.

A year of sales is ~300,000 sales and a million lines: too many to add up each time the
dashboard opens. `update_summaries` adds new sales (by the sales table's rowid, whatever their
date: a late sale synced from another till is still new) into small per-day tables in one
transaction; the figures are then sums over a few thousand summary rows. Days and hours are
the till's local time (SQLite's 'localtime', i.e. the computer's time zone: the shop's).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from pos.db.engine import Database
from pos.services import permissions
from pos.services.spreadsheet_csv import csv_writer
from pos.services.users import UserInfo

MARK = "sales"

NEW_SALES = "FROM sales WHERE rowid > :lo AND rowid <= :hi AND status = 'completed'"

SUMMARISE_DAYS = text(f"""
INSERT INTO report_days (day, terminal_id, cashier_id, sales_count, amount)
SELECT date(created_at, 'localtime'), terminal_id, coalesce(cashier_id, 0), count(*), sum(total)
{NEW_SALES} GROUP BY 1, 2, 3
ON CONFLICT (day, terminal_id, cashier_id) DO UPDATE SET
  sales_count = sales_count + excluded.sales_count, amount = amount + excluded.amount""")

SUMMARISE_HOURS = text(f"""
INSERT INTO report_hours (day, hour, sales_count, amount)
SELECT date(created_at, 'localtime'), CAST(strftime('%H', created_at, 'localtime') AS INTEGER),
       count(*), sum(total)
{NEW_SALES} GROUP BY 1, 2
ON CONFLICT (day, hour) DO UPDATE SET
  sales_count = sales_count + excluded.sales_count, amount = amount + excluded.amount""")

LINES_OF_NEW_SALES = """
FROM sales s JOIN sale_lines l ON l.sale_id = s.id
LEFT JOIN variants v ON v.id = l.variant_id LEFT JOIN products p ON p.id = v.product_id
WHERE s.rowid > :lo AND s.rowid <= :hi AND s.status = 'completed'"""



def _summarise_lines(table: str, key: str, key_value: str):
    """Lines of the new sales added up per local day and `key` into `table`."""
    return text(f"""
INSERT INTO {table} (day, {key}, quantity_milli, amount)
SELECT date(s.created_at, 'localtime'), {key_value}, sum(l.quantity_milli), sum(l.total)
{LINES_OF_NEW_SALES}
GROUP BY 1, 2
ON CONFLICT (day, {key}) DO UPDATE SET
  quantity_milli = quantity_milli + excluded.quantity_milli, amount = amount + excluded.amount""")


SUMMARISE_ITEMS = _summarise_lines("report_item_days", "variant_id", "coalesce(l.variant_id, 0)")
SUMMARISE_CATEGORIES = _summarise_lines("report_category_days", "category_id",
                                        "coalesce(p.category_id, 0)")


# Sales added up per transaction: a shop upgrading with a year of sales builds its summaries
# in short steps (well under a second each), never holding the write lock for long.
SUMMARY_BATCH = 5_000


def summarise_some(db: Database, batch: int | None = None) -> tuple[int, int]:
    """Adds up to `batch` sales not summarised yet, in one transaction; returns (rowids
    covered, rowids still to do)."""
    with db.transaction() as s:
        lo = s.execute(text("SELECT last_rowid FROM report_marks WHERE name = :n"),
                       {"n": MARK}).scalar() or 0
        top = s.execute(text("SELECT max(rowid) FROM sales")).scalar() or 0
        hi = min(top, lo + (batch or SUMMARY_BATCH))
        if hi <= lo:
            return 0, 0
        for statement in (SUMMARISE_DAYS, SUMMARISE_HOURS, SUMMARISE_ITEMS, SUMMARISE_CATEGORIES):
            s.execute(statement, {"lo": lo, "hi": hi})
        s.execute(text("INSERT INTO report_marks (name, last_rowid) VALUES (:n, :hi) "
                       "ON CONFLICT (name) DO UPDATE SET last_rowid = excluded.last_rowid"),
                  {"n": MARK, "hi": hi})
        return hi - lo, top - hi


def update_summaries(db: Database, batch: int | None = None) -> int:
    """Adds every sale not summarised yet; returns how many rowids it covered."""
    covered, left = summarise_some(db, batch)
    while left:
        more, left = summarise_some(db, batch)
        covered += more
    return covered


def may_view(user: UserInfo | None, approver: UserInfo | None = None) -> UserInfo:
    return permissions.authorise(user, permissions.VIEW_REPORTS, approver)


# -- the figures ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Period:
    first: date
    last: date  # included

    def params(self) -> dict:
        return {"first": self.first.isoformat(), "last": self.last.isoformat()}


@dataclass(frozen=True)
class Figure:
    """One bar, slice or row: a label, how many sales (or items), how much money; a best
    seller also carries its exact quantity (thousandths) and unit, so 0.850 kg is not "0"."""

    label: str
    count: int
    amount: int
    quantity_milli: int | None = None
    unit: str = ""


@dataclass(frozen=True)
class Totals:
    sales_count: int
    amount: int
    online_count: int
    online_amount: int
    returns_count: int = 0
    returns_amount: int = 0  # refunded at the shop's tills

    @property
    def average_basket(self) -> int:
        return round(self.amount / self.sales_count) if self.sales_count else 0


@dataclass
class Dashboard:
    """Everything the dashboard shows, section by section (also what the CSV holds)."""

    period: Period
    totals: Totals | None = None
    sections: dict[str, list[Figure]] = field(default_factory=dict)


IN_PERIOD = "day BETWEEN :first AND :last"
# Tables stamped in UTC (returns): the period's local days in UTC.
ONLINE_IN_PERIOD = ("created_at >= datetime(:first, 'utc') "
                    "AND created_at < datetime(:last, '+1 day', 'utc')")


def _figures(s: Session, sql: str, params: dict) -> list[Figure]:
    return [Figure(str(label), int(count or 0), int(amount or 0))
            for label, count, amount in s.execute(text(sql), params)]


# The central store's orders in the period (terminal_id '': a web order; else another till's
# sale), from their per-day summary that triggers on online_orders keep (migration 0013).
STORE_ORDERS = (f"SELECT terminal_id, channel, sum(orders_count), sum(amount) "
                f"FROM report_store_days WHERE {IN_PERIOD} GROUP BY terminal_id, channel "
                f"HAVING sum(orders_count) != 0")


def _store_orders(s: Session, period: Period) -> list[tuple[str | None, str, int, int]]:
    """(till or None for the web, sales channel, count, amount) of the store's orders."""
    return [(till or None, channel, int(count), int(amount or 0))
            for till, channel, count, amount in s.execute(text(STORE_ORDERS), period.params())]


def totals(db: Database, period: Period) -> Totals:
    """In the shop: this till's sales and the other tills' (kept here, or pulled from the
    central store); online: the store's other orders."""
    with db.session() as s:
        count, amount = s.execute(text(
            f"SELECT coalesce(sum(sales_count), 0), coalesce(sum(amount), 0) FROM report_days "
            f"WHERE {IN_PERIOD}"), period.params()).one()
        store = _store_orders(s, period)
        returns = s.execute(text(
            f"SELECT count(*), coalesce(sum(total), 0) FROM returns WHERE {ONLINE_IN_PERIOD}"),
            period.params()).one()
    tills = [(n, a) for till, _channel, n, a in store if till is not None]
    web = [(n, a) for till, _channel, n, a in store if till is None]
    return Totals(count + sum(n for n, _ in tills), amount + sum(a for _, a in tills),
                  sum(n for n, _ in web), sum(a for _, a in web), *returns)


def by_day(db: Database, period: Period) -> list[Figure]:
    """In-shop sales per day (label YYYY-MM-DD): the tills' sales kept here and the other
    tills' pulled from the central store, as the in-shop total counts them; days without
    sales left out."""
    with db.session() as s:
        return _figures(s, f"""SELECT day, sum(n), sum(a) FROM (
              SELECT day, sales_count AS n, amount AS a FROM report_days WHERE {IN_PERIOD}
              UNION ALL
              SELECT day, orders_count, amount FROM report_store_days
              WHERE {IN_PERIOD} AND terminal_id != '')
            GROUP BY day HAVING sum(n) != 0 ORDER BY day""", period.params())


def by_hour(db: Database, period: Period) -> list[Figure]:
    """In-shop sales per hour of the day (label "0".."23"), over the whole period."""
    with db.session() as s:
        return _figures(s, f"SELECT hour, sum(sales_count), sum(amount) FROM report_hours "
                           f"WHERE {IN_PERIOD} GROUP BY hour ORDER BY hour", period.params())


def by_channel(db: Database, period: Period, terminal_id: str) -> list[Figure]:
    """This till ("till:T1"), each of the shop's other tills (sales kept here plus those pulled
    from the central store: the pull never keeps one that is here), then each online sales
    channel by name ("online:Webshop"); the largest first after this till."""
    tills: dict[str, list[int]] = {}
    web: dict[str, list[int]] = {}
    with db.session() as s:
        for f in _figures(s, f"SELECT terminal_id, sum(sales_count), sum(amount) FROM report_days "
                             f"WHERE {IN_PERIOD} GROUP BY terminal_id", period.params()):
            _add(tills, f.label, f.count, f.amount)
        for till, channel, count, amount in _store_orders(s, period):
            _add(web if till is None else tills, channel if till is None else till, count, amount)
    ranked = sorted(tills.items(), key=lambda kv: (kv[0] != terminal_id, -kv[1][1], kv[0]))
    online = sorted(web.items(), key=lambda kv: (-kv[1][1], kv[0]))
    return [Figure(f"till:{k}", n, a) for k, (n, a) in ranked] + \
        [Figure(f"online:{k}", n, a) for k, (n, a) in online]


def _add(into: dict[str, list[int]], key: str, count: int, amount: int) -> None:
    total = into.setdefault(key, [0, 0])
    total[0] += count
    total[1] += amount


def by_cashier(db: Database, period: Period) -> list[Figure]:
    with db.session() as s:
        return _figures(s, f"""SELECT coalesce(u.name, '—'), sum(h.sales_count), sum(h.amount)
            FROM report_days h LEFT JOIN users u ON u.id = h.cashier_id
            WHERE h.{IN_PERIOD} GROUP BY h.cashier_id ORDER BY 3 DESC""", period.params())


def by_category(db: Database, period: Period) -> list[Figure]:
    """Amount per category; count is the quantity sold in whole units (kg rounded)."""
    with db.session() as s:
        return _figures(s, f"""SELECT coalesce(c.name, '—'), sum(r.quantity_milli) / 1000,
            sum(r.amount) FROM report_category_days r LEFT JOIN categories c ON c.id = r.category_id
            WHERE r.{IN_PERIOD} GROUP BY r.category_id ORDER BY 3 DESC""", period.params())


def top_products(db: Database, period: Period, limit: int = 10) -> list[Figure]:
    """Best sellers by amount; count is the quantity in whole units (the CSV's), quantity_milli
    the exact one the dashboard shows (0.850 kg)."""
    with db.session() as s:
        rows = s.execute(text(f"""SELECT coalesce(v.name, '—'), q, a, coalesce(p.unit, '')
            FROM (SELECT variant_id, sum(quantity_milli) AS q, sum(amount) AS a
              FROM report_item_days WHERE {IN_PERIOD}
              GROUP BY variant_id ORDER BY a DESC LIMIT :limit) t
            LEFT JOIN variants v ON v.id = t.variant_id
            LEFT JOIN products p ON p.id = v.product_id ORDER BY a DESC"""),
                         {**period.params(), "limit": limit})
        return [Figure(str(label), int(q or 0) // 1000, int(a or 0), int(q or 0), unit)
                for label, q, a, unit in rows]


SECTIONS = ("by_day", "by_hour", "by_channel", "by_cashier", "by_category", "top_products")


def section(db: Database, name: str, period: Period, terminal_id: str) -> list[Figure]:
    """One section of the dashboard by name (the UI asks for them one by one)."""
    if name == "by_channel":
        return by_channel(db, period, terminal_id)
    return {"by_day": by_day, "by_hour": by_hour, "by_cashier": by_cashier,
            "by_category": by_category, "top_products": top_products}[name](db, period)


def write_csv(dashboard: Dashboard, path: Path) -> Path:
    """The figures on screen as one CSV: section, label, count, amount (minor units)."""
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv_writer(fh)
        w.writerow(("section", "label", "count", "amount"))
        p, t = dashboard.period, dashboard.totals
        w.writerow(("period", f"{p.first.isoformat()}..{p.last.isoformat()}", "", ""))
        if t is not None:
            w.writerows((("totals", "in shop", t.sales_count, t.amount),
                         ("totals", "average basket", "", t.average_basket),
                         ("totals", "returns", t.returns_count, t.returns_amount),
                         ("totals", "online", t.online_count, t.online_amount)))
        for name in SECTIONS:
            for f in dashboard.sections.get(name, ()):
                w.writerow((name, f.label, _csv_count(f), f.amount))
    return path


def _csv_count(f: Figure):
    """A best seller's exact quantity (0.85 for 850 g, 12 for twelve pieces); else the count."""
    if f.quantity_milli is None:
        return f.count
    return Decimal(f.quantity_milli).scaleb(-3).normalize() if f.quantity_milli % 1000 \
        else f.quantity_milli // 1000
