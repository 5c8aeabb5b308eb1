"""The data folder is private (issue #13): the folder and its folders 0700, every file in it
0600 (database, -wal, -shm, backups, logs), made so at creation whatever the umask, and an
older shop's readable files made private at its next opening."""
from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from pos.app import DB_NAME, open_shop, setup_logging
from pos.services.backups import make_backup, restore_backup
from tests.printing.shop_sales import busy_sale


@pytest.fixture
def usual_umask():
    """The umask a desktop session gives (files 0644, folders 0755), put back afterwards."""
    before = os.umask(0o022)
    yield
    os.umask(before)


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def modes_below(folder: Path) -> dict[str, int]:
    found = {".": mode(folder)}
    for path in (p for p in folder.rglob("*") if not p.is_symlink()):
        found[str(path.relative_to(folder))] = mode(path)
    return found


def not_private(folder: Path) -> dict[str, str]:
    return {name: oct(m) for name, m in modes_below(folder).items()
            if m != (0o700 if (folder / name).is_dir() else 0o600)}


def test_a_new_shop_its_wal_backups_and_logs_are_private(tmp_path, usual_umask):
    data_dir = tmp_path / "shop"
    setup_logging(data_dir)
    db = open_shop(data_dir)
    try:
        busy_sale_needs_shift(db)
        assert (data_dir / (DB_NAME + "-wal")).exists()
        assert (data_dir / (DB_NAME + "-shm")).exists()
        copy = make_backup(db.path)
        assert copy.parent == data_dir / "backups"
        assert not_private(data_dir) == {}
        assert mode(data_dir / DB_NAME) == 0o600 and mode(data_dir / "backups") == 0o700
        assert (data_dir / "logs" / "pos.log").exists()
    finally:
        db.close()


def busy_sale_needs_shift(db) -> None:
    from pos.services.demo import open_demo_shift

    open_demo_shift(db)
    busy_sale(db)


def test_an_older_shop_left_readable_is_made_private_at_its_opening(tmp_path, usual_umask):
    data_dir = tmp_path / "shop"
    open_shop(data_dir).close()
    (data_dir / "exports").mkdir()
    (data_dir / "exports" / "sales.csv").write_text("receipt,total\n")
    for path in [data_dir, *data_dir.rglob("*")]:
        os.chmod(path, 0o755 if path.is_dir() else 0o644)  # what omnipos made before
    outside = tmp_path / "elsewhere.txt"
    outside.write_text("not the till's")
    os.chmod(outside, 0o644)
    (data_dir / "link.txt").symlink_to(outside)
    open_shop(data_dir).close()
    assert not_private(data_dir) == {}
    assert mode(outside) == 0o644  # a link is not followed


def test_a_restored_database_and_the_copy_kept_aside_are_private(tmp_path, usual_umask):
    data_dir = tmp_path / "shop"
    open_shop(data_dir).close()
    copy = make_backup(data_dir / DB_NAME, tmp_path / "copy.sqlite3")
    assert mode(copy) == 0o600  # a copy written outside the folder too
    os.chmod(copy, 0o644)
    _, kept = restore_backup(data_dir / DB_NAME, copy)
    assert mode(kept) == 0o600 and mode(data_dir / DB_NAME) == 0o600
    fresh = tmp_path / "restored-into-nothing"
    restore_backup(fresh / DB_NAME, copy)
    assert mode(fresh) == 0o700 and mode(fresh / DB_NAME) == 0o600
