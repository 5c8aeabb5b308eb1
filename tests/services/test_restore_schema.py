"""Restore lets no code in (issue #13): a copy whose schema differs from what the migrations
make for its version (an extra trigger, view or index, a changed column) is refused by the
object's name and nothing is replaced; a sale afterwards keeps its prices."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from pos import i18n
from pos.app import DB_NAME
from pos.services.backups import BackupRefused, make_backup, restore_backup
from pos.services.schema_check import schema_problems
from tests.cli.test_cli import pos
from tests.printing.shop_sales import busy_sale
from tests.services.test_backups import db_digest

EVIL_PRICE = ("CREATE TRIGGER evil_price AFTER INSERT ON sale_lines BEGIN "
              "UPDATE variants SET price = 1; "
              "INSERT INTO users (name, role, pin_hash, active, failed_attempts, created_at) "
              "VALUES ('Mallory', 'admin', 'x', 1, 0, '2026-01-01'); END")
FOREIGN = {
    "trigger": (EVIL_PRICE, "unexpected trigger evil_price"),
    "view": ("CREATE VIEW evil_view AS SELECT name, pin_hash FROM users",
             "unexpected view evil_view"),
    "index": ("CREATE INDEX evil_index ON variants (abs(price))", "unexpected index evil_index"),
    "column": ("ALTER TABLE variants ADD COLUMN evil INTEGER DEFAULT 1",
               "table variants: unexpected column evil"),
    "changed column": ("PRAGMA writable_schema=ON; UPDATE sqlite_master SET sql = replace(sql, "
                       "'price INTEGER NOT NULL', 'price INTEGER NOT NULL DEFAULT 1') "
                       "WHERE name = 'variants'; PRAGMA writable_schema=OFF",
                       "table variants: column price changed"),
}


def english():
    """The messages are read in English: set after the demo shop spoke Vietnamese."""
    i18n.set_language("en")


def with_sql(copy: Path, sql: str) -> Path:
    con = sqlite3.connect(copy)
    try:
        con.executescript(sql)
    finally:
        con.close()
    return copy


def prices_and_users(path: Path) -> tuple[list, list]:
    con = sqlite3.connect(path)
    try:
        return (con.execute("SELECT id, price FROM variants ORDER BY id").fetchall(),
                con.execute("SELECT name, role FROM users ORDER BY id").fetchall())
    finally:
        con.close()


def test_a_plain_copy_has_the_schema_of_its_version(demo_db, data_dir):
    copy = make_backup(demo_db.path, data_dir.parent / "plain.sqlite3")
    assert schema_problems(copy) == []
    assert schema_problems(demo_db.path) == []


@pytest.mark.parametrize("kind", sorted(FOREIGN))
def test_restore_refuses_a_copy_that_brings_its_own_schema(demo_db, data_dir, kind):
    sql, reason = FOREIGN[kind]
    evil = with_sql(make_backup(demo_db.path, data_dir.parent / "evil.sqlite3"), sql)
    before, (prices, users) = db_digest(data_dir), prices_and_users(demo_db.path)
    english()
    with pytest.raises(BackupRefused, match=reason) as refused:
        restore_backup(data_dir / DB_NAME, evil)
    assert "\n" not in str(refused.value) and "Nothing was changed" in str(refused.value)
    assert db_digest(data_dir) == before
    assert not list((data_dir / "backups").glob("*pre-restore*"))
    assert not list((data_dir / "backups").glob(".restore-*"))
    busy_sale(demo_db)  # the till sells on its own schema: no price became 1, no new admin
    after_prices, after_users = prices_and_users(demo_db.path)
    assert after_prices == prices and after_users == users


def test_a_changed_trigger_body_is_refused_too(demo_db, data_dir):
    """Same name, other code: compared object by object, not only by name."""
    con = sqlite3.connect(demo_db.path)
    try:
        triggers = con.execute("SELECT name, tbl_name FROM sqlite_master "
                               "WHERE type='trigger'").fetchall()
    finally:
        con.close()
    assert triggers, "the migrations make triggers (the search index's): one is changed here"
    name, table = triggers[0]
    evil = with_sql(make_backup(demo_db.path, data_dir.parent / "evil.sqlite3"),
                    f"DROP TRIGGER {name}; CREATE TRIGGER {name} AFTER INSERT ON {table} "
                    "BEGIN UPDATE variants SET price = 1; END")
    english()
    with pytest.raises(BackupRefused, match=f"trigger {name} changed"):
        restore_backup(data_dir / DB_NAME, evil)


def test_restore_command_refuses_the_evil_trigger_and_changes_nothing(tmp_path: Path):
    shop = tmp_path / "shop"
    assert pos("--demo", "users", "list", data_dir=shop).returncode == 0
    evil = tmp_path / "evil.sqlite3"
    assert pos("backup", "--out", str(evil), data_dir=shop).returncode == 0
    with_sql(evil, EVIL_PRICE)
    before = db_digest(shop)
    refused = pos("restore", str(evil), "--user", "Minh", "--pin-stdin", data_dir=shop,
                  pins="9999", env={"LANG": "C.UTF-8"})
    assert refused.returncode == 2, refused.stdout
    lines = refused.stderr.strip().splitlines()
    assert len(lines) == 1 and "evil_price" in lines[0], refused.stderr
    assert db_digest(shop) == before


# --- the start-up check on the live database ------------------------------------------------

@pytest.mark.parametrize("kind", ["trigger", "view"])
def test_the_till_does_not_open_a_live_database_with_foreign_schema(data_dir, kind):
    from pos.app import open_shop
    from pos.services.schema_check import ForeignSchema

    open_shop(data_dir).close()
    with_sql(data_dir / DB_NAME, FOREIGN[kind][0])
    before = db_digest(data_dir)
    english()
    with pytest.raises(ForeignSchema, match=FOREIGN[kind][1]) as refused:
        open_shop(data_dir)
    assert "\n" not in str(refused.value) and "Restore a backup" in str(refused.value)
    assert db_digest(data_dir) == before


def test_commands_and_the_till_refuse_to_start_on_foreign_schema(tmp_path: Path):
    shop = tmp_path / "shop"
    assert pos("--demo", "users", "list", data_dir=shop).returncode == 0
    good = tmp_path / "good.sqlite3"
    assert pos("backup", "--out", str(good), data_dir=shop).returncode == 0
    with_sql(shop / DB_NAME, EVIL_PRICE)
    listed = pos("users", "list", data_dir=shop)
    assert listed.returncode == 2 and "evil_price" in listed.stderr, listed.stderr
    till = pos("--exit-when-ready", data_dir=shop, env={"QT_QPA_PLATFORM": "offscreen"})
    assert till.returncode == 1 and "evil_price" in till.stderr, till.stderr
    restored = pos("restore", str(good), "--user", "Minh", "--pin-stdin", data_dir=shop,
                   pins="9999")  # the way out stays open
    assert restored.returncode == 0, restored.stderr
    assert pos("users", "list", data_dir=shop).returncode == 0


def test_the_shipped_reference_is_what_the_migrations_make():
    """The start-up check reads resources/schema/<newest>.json instead of migrating a scratch
    file; after a new migration, make it again with schema_check.write_reference()."""
    from pos.services import schema_check

    newest = schema_check.known_revisions()[0]
    shipped = schema_check.reference_file(newest)
    assert shipped.is_file(), "run: python -c 'from pos.services.schema_check import " \
                              "write_reference; write_reference()'"
    made = schema_check.schema_json(schema_check._migrated_schema(newest))
    assert shipped.read_text(encoding="utf-8") == made, "the reference is out of date: " \
        "python -c 'from pos.services.schema_check import write_reference; write_reference()'"
    assert [p.name for p in schema_check.REFERENCE_DIR.glob("*.json")] == [f"{newest}.json"]
