"""Installing a newer omnipos over an older one: the shop database of the old version (schema
0005, with sales, a customer and its settings) is copied to backups/ and upgraded; every row
and every setting is still there, and the shop does not go back to the first-run set-up."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from sqlalchemy import text

from pos.app import DB_NAME, open_shop
from pos.db.engine import Database
from pos.db.migrate import current_revision, head_revision, upgrade_to_head
from pos.services.settings import load_settings
from pos.services.setup import is_first_run
from pos.services.users import login
from tests.db.test_migrations import EXPECTED_OLD_ROWS, counts, make_old_shop

OLD = "0005"
OLD_SETTINGS = {"shop_name": "Tạp hóa Cô Ba", "shop_tax_code": "0312345678",
                "cash_rounding_step": 500, "printer_uri": "tcp://192.168.1.50:9100",
                "bank_bin": "970436", "bank_account": "0071000123456"}


def make_shop_at_0005(path: Path) -> None:
    """A shop as the 0005 version left it, written with raw SQL in that version's columns."""
    make_old_shop(path)  # rows at 0001
    db = Database(path)
    try:
        upgrade_to_head(db.engine, OLD)
        with db.engine.begin() as conn:
            for key, value in OLD_SETTINGS.items():
                conn.execute(text("INSERT INTO settings (key, value) VALUES (:k, :v)"),
                             {"k": key, "v": json.dumps(value, ensure_ascii=False)})
            conn.execute(text(
                "INSERT INTO customers (name, phone, group_name, search_text, points, "
                "changed_at_till, active, created_at, updated_at) VALUES ('Chị Hoa', "
                "'0912345678', 'retail', 'chi hoa 0912345678', 120, '', 1, "
                "'2026-01-15 08:30:00', '2026-01-15 08:30:00')"))
        assert current_revision(db.engine) == OLD
    finally:
        db.close()


def test_a_newer_version_upgrades_the_old_shop_keeping_data_and_settings(data_dir: Path):
    data_dir.mkdir(parents=True)
    path = data_dir / DB_NAME
    make_shop_at_0005(path)

    db = open_shop(data_dir, create_demo=False)  # what the new version does at start
    try:
        assert current_revision(db.engine) == head_revision(db.engine)
        assert counts(path) == EXPECTED_OLD_ROWS
        settings = load_settings(db)
        for key, value in OLD_SETTINGS.items():
            assert getattr(settings, key) == value, key
        assert not is_first_run(db)  # straight to the login, no set-up wizard
        assert login(db, "4321").name == "Lan"
        with db.session() as s:
            assert s.execute(text("SELECT name, points FROM customers")).one() == ("Chị Hoa", 120)
        assert db.integrity_ok()
    finally:
        db.close()

    [backup] = (data_dir / "backups").glob("*pre-migration*.sqlite3")
    con = sqlite3.connect(backup)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == OLD
        assert con.execute("SELECT count(*) FROM settings").fetchone()[0] == len(OLD_SETTINGS)
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
