"""0013: a shop at 0012 with customers' web orders upgrades keeping them; the table then takes
guest orders and other tills' sales, their per-day summary starts with the old orders and
follows new ones, and the order pull starts over (the old one left guests and tills out)."""
from __future__ import annotations

from pathlib import Path

from alembic.command import downgrade
from sqlalchemy import text

from pos.db.engine import Database
from pos.db.migrate import alembic_config, current_revision, upgrade_to_head

OLD_ORDERS = [("order_01", "cus_lan", "1001", "Webshop", 250000, "2026-10-01 03:00:00.000000"),
              ("order_02", "cus_an", "1002", "Shopee", 90000, "2026-10-02 09:30:00.000000")]


def shop_at_0012(path: Path) -> Database:
    db = Database(path)
    upgrade_to_head(db.engine, "0012")
    with db.engine.begin() as conn:
        for row in OLD_ORDERS:
            conn.execute(text(
                "INSERT INTO online_orders (remote_id, customer_remote_id, display_id, channel, "
                "total, created_at, summary) VALUES (:r, :c, :d, :ch, :t, :at, '')"),
                dict(zip(("r", "c", "d", "ch", "t", "at"), row)))
        conn.execute(text("INSERT INTO sync_state (key, value) VALUES "
                          "('cursor:online_orders', '\"{\\\"since\\\": \\\"2026-10-02\\\"}\"'), "
                          "('cursor:customers', '\"c\"')"))
    return db


def rows(db) -> list[tuple]:
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(
            "SELECT remote_id, customer_remote_id, display_id, channel, total, created_at "
            "FROM online_orders ORDER BY remote_id"))]


def test_0012_upgrades_keeping_the_orders_and_takes_guests_and_tills(tmp_path: Path):
    db = shop_at_0012(tmp_path / "shop.sqlite3")
    try:
        db.migrate()
        assert current_revision(db.engine) >= "0013"
        assert rows(db) == OLD_ORDERS
        with db.engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO online_orders (remote_id, customer_remote_id, display_id, channel, "
                "total, created_at, summary, terminal_id, receipt) VALUES ('order_03', NULL, "
                "'1003', 'omnipos POS', 54000, '2026-10-03 02:00:00.000000', '', 'T2', "
                "'T2-000012')"))
            keys = set(conn.execute(text("SELECT key FROM sync_state")).scalars())
            terminals = conn.execute(text(
                "SELECT remote_id, terminal_id FROM online_orders ORDER BY 1")).all()
            days = conn.execute(text(
                "SELECT terminal_id, channel, orders_count, amount FROM report_store_days "
                "ORDER BY amount DESC")).all()
        assert keys == {"cursor:customers"}  # the order pull starts over, the others do not
        assert [tuple(t) for t in terminals] == [("order_01", None), ("order_02", None),
                                                 ("order_03", "T2")]
        assert [tuple(d) for d in days] == [("", "Webshop", 1, 250000), ("", "Shopee", 1, 90000),
                                            ("T2", "omnipos POS", 1, 54000)]
        assert db.integrity_ok()
    finally:
        db.close()


def test_0013_downgrades_to_the_customers_web_orders(tmp_path: Path):
    db = shop_at_0012(tmp_path / "shop.sqlite3")
    try:
        upgrade_to_head(db.engine, "0013")
        with db.engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO online_orders (remote_id, customer_remote_id, display_id, channel, "
                "total, created_at, summary) VALUES ('order_guest', NULL, '1004', 'Webshop', "
                "1000, '2026-10-04 02:00:00.000000', '')"))
        downgrade(alembic_config(db.engine), "0012")
        assert current_revision(db.engine) == "0012"
        assert rows(db) == OLD_ORDERS
        with db.engine.connect() as conn:
            left = set(conn.execute(text(
                "SELECT name FROM sqlite_master WHERE name LIKE '%store_days%' "
                "OR name LIKE 'online_orders_days%'")).scalars())
            index = [r[2] for r in conn.execute(text(
                "PRAGMA index_info('ix_online_orders_created_at')"))]
        assert left == set() and index == ["created_at", "channel", "total"]
    finally:
        db.close()
