"""Schema migrations: a linear Alembic chain; old shop databases upgrade keeping their data,
with a backup taken first; every connection gets the durability pragmas."""
from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.command import downgrade
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from pos.app import DB_NAME, open_shop
from pos.db.engine import Database
from pos.db.migrate import (MIGRATIONS, alembic_config, current_revision, head_revision,
                            needs_upgrade, upgrade_to_head)
from pos.db.models import Base
from pos.domain.text import fold
from pos.services import catalog, journal
from pos.services.users import hash_pin, login

FIRST = "0001"
SALE_ID = str(uuid.UUID(int=0x1234))


def script() -> ScriptDirectory:
    return ScriptDirectory(str(MIGRATIONS))


# --- the revision chain ---------------------------------------------------------------------

def test_revision_chain_is_linear_and_covers_every_file():
    scripts = script()
    assert len(scripts.get_heads()) == 1, f"several heads: {scripts.get_heads()}"
    assert len(scripts.get_bases()) == 1, f"several bases: {scripts.get_bases()}"
    assert scripts.get_bases() == [FIRST]

    revisions = list(scripts.walk_revisions("base", "heads"))  # head first
    for rev in revisions:
        assert not isinstance(rev.down_revision, (tuple, list)), f"{rev.revision} is a merge"
        assert not rev.branch_labels and not rev.dependencies, f"{rev.revision} branches"
    walked = [r.revision for r in reversed(revisions)]
    # Follow down_revision from head to base by hand as well: one parent each, no cycles.
    chain, rev = [], scripts.get_revision(scripts.get_current_head())
    while rev is not None:
        assert rev.revision not in chain, f"cycle at {rev.revision}"
        chain.append(rev.revision)
        rev = scripts.get_revision(rev.down_revision) if rev.down_revision else None
    assert list(reversed(chain)) == walked

    files = sorted(p for p in (MIGRATIONS / "versions").glob("*.py") if p.name != "__init__.py")
    assert len(files) == len(walked), f"files not on the chain: {files} vs {walked}"
    by_file = {Path(r.path).name: r.revision for r in revisions}
    assert sorted(by_file) == [f.name for f in files]
    for name, revision in by_file.items():
        assert name.startswith(revision + "_"), f"{name} holds revision {revision}"


def test_models_match_the_migrated_schema(tmp_path: Path):
    """Nothing in pos/db/models.py is missing from the migrations (or the other way round)."""
    db = Database(tmp_path / "s.sqlite3")
    try:
        db.migrate()

        def include(obj, name, type_, reflected, compare_to):
            return not (type_ == "table" and name and name.startswith("variants_fts"))

        with db.engine.connect() as conn:
            ctx = MigrationContext.configure(
                conn, opts={"include_object": include, "compare_type": True})
            assert compare_metadata(ctx, Base.metadata) == []
    finally:
        db.close()


def test_downgrade_to_base_and_up_again(tmp_path: Path):
    db = Database(tmp_path / "s.sqlite3")
    try:
        db.migrate()
        downgrade(alembic_config(db.engine), "base")
        assert current_revision(db.engine) is None
        with db.engine.connect() as conn:
            tables = conn.execute(text(
                "SELECT name FROM sqlite_master WHERE type='table' AND name != 'alembic_version'"
            )).scalars().all()
        assert tables == []
        db.migrate()
        assert current_revision(db.engine) == head_revision(db.engine)
    finally:
        db.close()


# --- an old database upgrades with its data ------------------------------------------------

def make_old_shop(path: Path) -> None:
    """A shop DB stopped at the first migration, written as that version's code would: raw SQL
    in 0001's columns (the ORM models follow the newest schema, so they are not used)."""
    db = Database(path)
    try:
        upgrade_to_head(db.engine, FIRST)
        assert current_revision(db.engine) == FIRST
        now = "2026-01-15 08:30:00.000000"
        rows = [
            ("INSERT INTO users (id, name, role, pin_hash, active, failed_attempts, created_at) "
             "VALUES (1, 'Lan', 'cashier', :pin, 1, 0, :now)", {"pin": hash_pin("4321")}),
            "INSERT INTO categories (id, name) VALUES (1, 'Đồ khô')",
            "INSERT INTO products (id, name, category_id, tax_rate_bp, unit, active, updated_at) "
            "VALUES (1, 'Đậu phộng rang muối', 1, 800, 'piece', 1, :now)",
            ("INSERT INTO variants (id, product_id, sku, name, price, active, search_text, "
             "updated_at) VALUES (1, 1, 'DP-01', 'Đậu phộng rang muối', 25000, 1, :st, :now)",
             {"st": f"{fold('Đậu phộng rang muối')} {fold('DP-01')}"}),
            "INSERT INTO barcodes (code, variant_id) VALUES ('8930000000019', 1)",
            "INSERT INTO stock_levels (variant_id, location, quantity_milli, updated_at) "
            "VALUES (1, 'shop', 40000, :now)",
            ("INSERT INTO sales (id, terminal_id, receipt_no, created_at, cashier_id, currency, "
             "tax_inclusive, subtotal, discount_total, tax_total, rounding, total, change, status) "
             "VALUES (:sid, 'T1', 1, :now, 1, 'VND', 1, 50000, 0, 3704, 0, 50000, 0, "
             "'completed')", {}),
            ("INSERT INTO sale_lines (sale_id, line_no, variant_id, sku, name, quantity_milli, "
             "unit, unit_price, price_overridden, gross, line_discount, order_discount, "
             "tax_rate_bp, tax, total) VALUES (:sid, 1, 1, 'DP-01', 'Đậu phộng rang muối', "
             "2000, 'piece', 25000, 0, 50000, 0, 0, 800, 3704, 50000)", {}),
            ("INSERT INTO payments (sale_id, method, amount, tendered, reference) "
             "VALUES (:sid, 'cash', 50000, 50000, '')", {}),
            ("INSERT INTO stock_movements (variant_id, location, quantity_milli, kind, sale_id, "
             "reason, user_id, acknowledged, created_at) "
             "VALUES (1, 'shop', -2000, 'sale', :sid, '', 1, 0, :now)", {}),
        ]
        with db.engine.begin() as conn:
            for row in rows:
                sql, params = (row, {}) if isinstance(row, str) else row
                conn.execute(text(sql), {"now": now, "sid": SALE_ID, **params})
    finally:
        db.close()


def counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("users", "categories", "products", "variants", "barcodes",
                          "stock_levels", "sales", "sale_lines", "payments", "stock_movements")}
    finally:
        con.close()


EXPECTED_OLD_ROWS = {"users": 1, "categories": 1, "products": 1, "variants": 1, "barcodes": 1,
                     "stock_levels": 1, "sales": 1, "sale_lines": 1, "payments": 1,
                     "stock_movements": 1}


def test_first_revision_db_upgrades_keeping_rows_and_search_finds_them(tmp_path: Path):
    path = tmp_path / "old.sqlite3"
    make_old_shop(path)
    assert counts(path) == EXPECTED_OLD_ROWS

    db = Database(path)
    try:
        assert needs_upgrade(db.engine)
        db.migrate()
        assert current_revision(db.engine) == head_revision(db.engine)
        assert not needs_upgrade(db.engine)
        assert counts(path) == EXPECTED_OLD_ROWS
        # The 0002 migration indexed the rows that were already there.
        for query in ("dau phong", "Đậu phộng", "DAU PHO", "dp-01", "muoi"):
            assert [i.sku for i in catalog.search(db, query)] == ["DP-01"], query
        assert catalog.find_by_code(db, "8930000000019").sku == "DP-01"
        assert login(db, "4321").name == "Lan"
        with db.session() as s:
            sale = s.execute(text("SELECT receipt_no, total FROM sales WHERE id = :i"),
                             {"i": SALE_ID}).one()
        assert tuple(sale) == (1, 50000)
        # ...and the triggers keep the index current for rows written after the upgrade.
        with db.transaction() as s:
            s.execute(text("UPDATE variants SET name='Hạt điều', search_text='hat dieu dp-01'"))
        assert catalog.search(db, "dau phong") == []
        assert [i.sku for i in catalog.search(db, "hat dieu")] == ["DP-01"]
        assert db.integrity_ok()
    finally:
        db.close()


def test_open_shop_backs_up_an_old_database_before_migrating(data_dir: Path):
    data_dir.mkdir(parents=True)
    path = data_dir / DB_NAME
    make_old_shop(path)

    db = open_shop(data_dir, create_demo=False)
    try:
        assert current_revision(db.engine) == head_revision(db.engine)
        assert counts(path) == EXPECTED_OLD_ROWS
    finally:
        db.close()

    backups = sorted((data_dir / "backups").glob("*.sqlite3"))
    assert len(backups) == 1, backups
    con = sqlite3.connect(backups[0])
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == FIRST
        assert con.execute("SELECT count(*) FROM sales").fetchone()[0] == 1
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "parked_sales" not in tables  # the copy is from before the upgrade
    finally:
        con.close()
    assert counts(backups[0]) == EXPECTED_OLD_ROWS

    # An up-to-date database is opened without another backup.
    open_shop(data_dir, create_demo=False).close()
    assert len(list((data_dir / "backups").glob("*.sqlite3"))) == 1


def test_new_shop_needs_no_backup(data_dir: Path):
    open_shop(data_dir, create_demo=False).close()
    open_shop(data_dir, create_demo=False).close()
    assert not list(data_dir.glob("backups/*.sqlite3"))


# --- pragmas --------------------------------------------------------------------------------

def _pragmas(conn) -> tuple:
    return tuple(conn.execute(text(f"PRAGMA {p}")).scalar()
                 for p in ("journal_mode", "synchronous", "foreign_keys"))


def test_pragmas_on_every_kind_of_connection(empty_db: Database):
    expected = ("wal", 2, 1)
    with empty_db.engine.connect() as conn:
        assert _pragmas(conn) == expected
    with empty_db.session() as s:
        assert _pragmas(s) == expected
    with empty_db.transaction() as s:
        assert _pragmas(s) == expected
    # A fresh pool after dispose() configures its new connections the same way.
    empty_db.engine.dispose()
    with empty_db.engine.connect() as conn:
        assert _pragmas(conn) == expected
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


def test_wal_mode_is_persistent_in_the_file(empty_db: Database):
    con = sqlite3.connect(empty_db.path)  # a plain connection, no pragmas of ours
    try:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        con.close()


def test_foreign_keys_are_enforced(empty_db: Database):
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError):
        with empty_db.transaction() as s:
            s.execute(text("INSERT INTO barcodes (code, variant_id) VALUES ('x', 424242)"))


def test_journal_is_empty_and_valid_on_a_new_shop(empty_db: Database):
    assert journal.verify(empty_db) is None
