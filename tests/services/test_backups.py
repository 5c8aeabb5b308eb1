"""Backups and restore on real database files: checked copies, daily rotation, and a restore
that refuses damaged or foreign files and keeps the current database first."""
from __future__ import annotations

import hashlib
import sqlite3
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from pos.app import DB_NAME
from pos.services.backups import (BackupRefused, check_backup, daily_backups, make_backup,
                                  restore_backup, take_daily_backup)
from tests.cli.test_cli import demo_shop, pos
from tests.printing.shop_sales import busy_sale


def db_digest(data_dir: Path) -> str:
    """The shop database's bytes (with its WAL, if one is open): "changed nothing" exactly."""
    digest = hashlib.sha256()
    for name in (DB_NAME, DB_NAME + "-wal"):
        if (data_dir / name).exists():
            digest.update((data_dir / name).read_bytes())
    return digest.hexdigest()


def sales_count(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM sales").fetchone()[0]
    finally:
        con.close()


def corrupt_a_table_page(source: Path, target: Path) -> None:
    """A copy whose sales table b-tree page is overwritten: it opens, but fails its check."""
    data = bytearray(source.read_bytes())
    con = sqlite3.connect(source)
    try:
        page_size = con.execute("PRAGMA page_size").fetchone()[0]
        root = con.execute("SELECT rootpage FROM sqlite_master WHERE name='sales'").fetchone()[0]
    finally:
        con.close()
    start = (root - 1) * page_size
    data[start:start + 64] = b"\xa5" * 64  # page type and cell pointers: garbage
    target.write_bytes(bytes(data))


def test_backup_is_a_checked_single_file_copy_taken_while_the_shop_is_open(demo_db, data_dir):
    busy_sale(demo_db)
    copy = make_backup(demo_db.path)  # the engine still holds connections: online copy
    assert copy.parent == data_dir / "backups" and "-manual-" in copy.name
    info = check_backup(copy)
    assert info.sales == 1 and info.revision
    assert not list(copy.parent.glob(".*partial"))
    assert not copy.with_name(copy.name + "-wal").exists()


def test_backup_refuses_to_overwrite_a_file(demo_db, tmp_path):
    target = tmp_path / "copy.sqlite3"
    target.write_text("keep me")
    with pytest.raises(BackupRefused, match="already exists"):
        make_backup(demo_db.path, target)
    assert target.read_text() == "keep me"


def test_restore_brings_back_the_copy_and_keeps_the_current_database(demo_db, data_dir):
    copy = make_backup(demo_db.path, data_dir.parent / "before-sales.sqlite3")
    busy_sale(demo_db)
    busy_sale(demo_db)
    demo_db.close()
    info, kept = restore_backup(data_dir / DB_NAME, copy)
    assert info.sales == 0
    assert sales_count(data_dir / DB_NAME) == 0
    assert kept is not None and "-pre-restore-" in kept.name
    assert sales_count(kept) == 2  # nothing is lost by restoring the wrong copy


def break_an_index(source: Path, target: Path) -> None:
    """A copy that opens and reads fine but whose index no longer matches its table, the way
    a torn write leaves it: only `PRAGMA integrity_check` notices."""
    target.write_bytes(source.read_bytes())
    con = sqlite3.connect(target)
    try:
        con.execute("PRAGMA writable_schema=ON")
        con.execute("UPDATE sqlite_master SET sql = replace(sql, '(product_id)', '(price)') "
                    "WHERE name = 'ix_variants_product_id'")
        con.commit()
    finally:
        con.close()


@pytest.mark.parametrize("damage, reason", [
    (corrupt_a_table_page, "not a readable SQLite database .database disk image is malformed"),
    (break_an_index, "is damaged .integrity check: row 1 missing from index"),
])
def test_restore_refuses_a_corrupted_copy_and_changes_nothing(demo_db, data_dir, damage, reason):
    busy_sale(demo_db)
    good = make_backup(demo_db.path, data_dir.parent / "good.sqlite3")
    bad = data_dir.parent / "bad.sqlite3"
    damage(good, bad)
    demo_db.close()
    before = db_digest(data_dir)
    with pytest.raises(BackupRefused, match=reason):
        restore_backup(data_dir / DB_NAME, bad)
    assert db_digest(data_dir) == before
    assert not list((data_dir / "backups").glob("*pre-restore*"))


@pytest.mark.parametrize("content, reason", [
    (b"hello, not a database", "not a readable SQLite database"),
    (None, "not an omnipos shop database"),
])
def test_restore_refuses_files_that_are_not_shop_databases(empty_db, data_dir, content, reason):
    other = data_dir.parent / "other.sqlite3"
    if content is None:
        con = sqlite3.connect(other)
        con.execute("CREATE TABLE notes (text TEXT)")
        con.commit()
        con.close()
    else:
        other.write_bytes(content)
    with pytest.raises(BackupRefused, match=reason):
        restore_backup(data_dir / DB_NAME, other)


def test_restore_refuses_a_copy_from_a_newer_omnipos(empty_db, data_dir):
    newer = make_backup(empty_db.path, data_dir.parent / "newer.sqlite3")
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    with pytest.raises(BackupRefused, match="newer omnipos"):
        restore_backup(data_dir / DB_NAME, newer)


def test_daily_backup_once_a_day_keeping_the_newest(empty_db):
    start = datetime(2026, 11, 1, 9, 0)
    for day in range(5):
        now = start + timedelta(days=day)
        assert take_daily_backup(empty_db.path, keep=3, now=now) is not None
        assert take_daily_backup(empty_db.path, keep=3, now=now + timedelta(hours=5)) is None
    kept = [p.name for p in daily_backups(empty_db.path)]
    assert kept == [f"shop-daily-2026110{d}-090000.sqlite3" for d in (3, 4, 5)]


# --- the commands ---------------------------------------------------------------------------

def test_backup_and_restore_commands(tmp_path: Path):
    shop = tmp_path / "shop"
    demo_shop(shop)
    copy = tmp_path / "copy.sqlite3"
    made = pos("backup", "--out", str(copy), data_dir=shop)
    assert made.returncode == 0, made.stderr
    assert f"Backup written to {copy}" in made.stdout and "integrity ok" in made.stdout

    bad = tmp_path / "bad.sqlite3"
    break_an_index(copy, bad)
    before = db_digest(shop)
    refused = pos("restore", str(bad), data_dir=shop)
    assert refused.returncode == 2
    assert "bad.sqlite3 is damaged (integrity check: row 1 missing" in refused.stderr
    assert "Choose an older backup" in refused.stderr
    assert db_digest(shop) == before

    for how, pins in (((), None), (("--user", "Lan", "--pin-stdin"), "1111")):
        unsure = pos("restore", str(copy), *how, data_dir=shop, pins=pins)  # issue 13
        assert unsure.returncode == 2 and "manager" in unsure.stderr, unsure.stderr
    assert db_digest(shop) == before
    restored = pos("restore", str(copy), "--user", "Minh", "--pin-stdin", data_dir=shop,
                   pins="9999")
    assert restored.returncode == 0, restored.stderr
    assert "kept at" in restored.stdout and "pre-restore" in restored.stdout


def test_self_test_command(tmp_path: Path):
    result = pos("self-test", data_dir=tmp_path / "nothing-yet",
                 env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stdout + result.stderr
    for check in ("database: ok", "receipt: ok", "window: ok", "self-test passed"):
        assert check in result.stdout
    assert not (tmp_path / "nothing-yet" / DB_NAME).exists()  # a scratch DB, left nowhere


def test_daily_backups_run_beside_the_till(empty_db):
    from pos.services.backups import DailyBackups

    running = DailyBackups(empty_db.path, keep=3, interval_s=0.05).start()
    try:
        deadline = 200
        while not daily_backups(empty_db.path) and deadline:
            time.sleep(0.05)
            deadline -= 1
    finally:
        running.stop()
    [copy] = daily_backups(empty_db.path)  # checked hourly, made once a day
    assert check_backup(copy).revision
