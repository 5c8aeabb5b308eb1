"""Copies of the shop database: daily, before schema upgrades, on demand; and restoring one.

Copies are made with SQLite's online backup API (consistent while the till is selling), into
a temporary name that is fsynced, checked with `PRAGMA integrity_check` and only then renamed
into place: a file in `backups/` is always a whole, good copy.

Restoring writes the chosen copy INTO the live file with the same backup API: one SQLite
transaction, so the shop database is either the old one or the restored one, never a mix, and
WAL/-shm files stay consistent. The current database is copied to `backups/` first. Only a
copy whose schema is the one the migrations make for its version is written in
(pos/services/schema_check.py): a backup must not bring triggers or views into the till.
"""
from __future__ import annotations

import logging
import os
import sqlite3
import tempfile
import threading
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Iterator

from pos.i18n import translate
from pos.services import journal_head
from pos.services.errors import ServiceError
from pos.services.private_files import FILE_MODE, private_file, private_folder
from pos.services.schema_check import (compare, connect_read_only, expected_schema,
                                       known_revisions, read_schema, summary)

log = logging.getLogger(__name__)
BACKUP_DIR = "backups"
DAILY = "daily"
# Tables every omnipos database has had since the first schema: how a copy is recognised.
SHOP_TABLES = {"alembic_version", "settings", "users", "sales", "sale_lines", "variants"}


class BackupRefused(ServiceError):
    """The file cannot be restored; the message says why and what to do."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    revision: str
    sales: int
    last_sale_at: str | None
    size_bytes: int


def backups_dir(db_path: Path) -> Path:
    return private_folder(Path(db_path).parent / BACKUP_DIR)


def backup_name(db_path: Path, kind: str, now: datetime | None = None) -> Path:
    now = now or datetime.now()
    return backups_dir(db_path) / f"{Path(db_path).stem}-{kind}-{now:%Y%m%d-%H%M%S}.sqlite3"


def _copy_pages(source: sqlite3.Connection, target_path: Path) -> None:
    # Made 0600 before a page is in it: a copy of the shop is as private as the shop.
    os.close(os.open(target_path, os.O_WRONLY | os.O_CREAT, FILE_MODE))
    private_file(target_path)
    target = sqlite3.connect(target_path)
    try:
        source.backup(target)
        # A copy is a single file: fold any WAL the target may have into it.
        target.execute("PRAGMA journal_mode=DELETE")
    finally:
        target.close()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def make_backup(db_path: Path, target: Path | None = None, kind: str = "manual",
                now: datetime | None = None) -> Path:
    """A checked copy of the database at `target` (default: backups/<name>-<kind>-<time>)."""
    db_path = Path(db_path)
    if not db_path.is_file():
        raise BackupRefused(translate("Errors", "There is no shop database at {0} to back up.")
                                .format(db_path))
    target = Path(target) if target else backup_name(db_path, kind, now)
    if target.exists():
        raise BackupRefused(translate("Errors", "{0} already exists; choose another file name.")
                                .format(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    source = sqlite3.connect(db_path)
    try:
        _copy_pages(source, partial)
        check_backup(partial, schema=False)  # a copy of what is there, whatever it is
        _fsync(partial)
        os.replace(partial, target)
    finally:
        source.close()
        partial.unlink(missing_ok=True)
    journal_head.write_head_of(target)  # <copy>.head: the chain's end, kept beside the copy
    return target


def _integrity(con: sqlite3.Connection) -> str:
    rows = [r[0] for r in con.execute("PRAGMA integrity_check(20)")]
    return "ok" if rows == ["ok"] else "; ".join(rows)


def check_backup(path: Path, schema: bool = True, shown_as: Path | None = None) -> BackupInfo:
    """Opens a copy read-only and says what it holds; BackupRefused if it must not be used.
    `schema`: also refuse a schema that is not the migrations' one for its version (a copy
    to restore); `shown_as`: the name the messages use (a snapshot of that file)."""
    path = Path(path)
    shown = Path(shown_as or path)
    _must_be_a_file(path)
    with _readable(shown):
        con = connect_read_only(path)
        try:
            info = _inspect(con, shown)
            if schema:
                _check_schema(con, shown, info.revision)
            return info
        finally:
            con.close()


def _must_be_a_file(path: Path) -> None:
    if not Path(path).is_file():
        raise BackupRefused(translate("Errors", "{0} does not exist or is not a file.")
                            .format(path))


@contextmanager
def _readable(shown: Path) -> Iterator[None]:
    try:
        yield
    except sqlite3.DatabaseError as error:
        raise BackupRefused(translate("Errors", "{0} is not a readable SQLite database ({1}). "
                                                "Choose another backup file.")
                                .format(shown.name, error)) from error


def _inspect(con: sqlite3.Connection, path: Path) -> BackupInfo:
    problem = _integrity(con)
    if problem != "ok":
        raise BackupRefused(translate("Errors", "{0} is damaged (integrity check: {1}). Choose an "
                                                "older backup.").format(path.name, problem))
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not SHOP_TABLES <= tables:
        raise BackupRefused(translate("Errors", "{0} is not an omnipos shop database (missing "
                                                "tables: {1}).")
                                .format(path.name, ', '.join(sorted(SHOP_TABLES - tables))))
    revision = con.execute("SELECT version_num FROM alembic_version").fetchone()
    revision = revision[0] if revision else ""
    if not revision:
        raise BackupRefused(translate("Errors", "{0} is not an omnipos shop database (no schema "
                                                "version).").format(path.name))
    if revision not in known_revisions():
        raise BackupRefused(translate("Errors", "{0} was made by a newer omnipos (schema {1}). "
                                                "Install that version or a newer one to restore "
                                                "it.").format(path.name, revision))
    sales, last = con.execute("SELECT count(*), max(created_at) FROM sales").fetchone()
    return BackupInfo(path, revision, sales, last, path.stat().st_size)


def _check_schema(con: sqlite3.Connection, path: Path, revision: str) -> None:
    """A copy brings its triggers, views, indexes and column definitions with it: code that
    would run in the till. Only the schema the migrations make for its version comes in."""
    problems = compare(expected_schema(revision), read_schema(con))
    if problems:
        raise BackupRefused(translate("Errors", "{0} is refused: its schema is not the one "
                                                "omnipos makes for version {1} ({2}). Nothing "
                                                "was changed; choose another backup.")
                                .format(path.name, revision, summary(problems)))


def restore_backup(db_path: Path, source: Path) -> tuple[BackupInfo, Path | None]:
    """Replaces the shop database by the copy at `source`, after checking it and backing up
    the current one. Returns what was restored and where the previous database was kept.
    Close the till first: a running till would keep selling on what it had read.
    The copy is first snapshotted into the backups folder and the snapshot is what is checked
    and written in: the file at `source` changing after its check cannot bring anything in."""
    db_path, source = Path(db_path), Path(source)
    _must_be_a_file(source)
    if db_path.exists() and source.resolve() == db_path.resolve():
        raise BackupRefused(translate("Errors", "That is the shop database itself; choose a "
                                                "backup file."))
    with _snapshot(source, db_path) as snapshot:
        info = check_backup(snapshot, shown_as=source)
        info = replace(info, size_bytes=source.stat().st_size)
        kept = make_backup(db_path, kind="pre-restore") if db_path.exists() else None
        _write_into(db_path, snapshot, kept)
    journal_head.write_head_of(db_path)  # the live head now ends where the restored chain does
    return info, kept


@contextmanager
def _snapshot(source: Path, db_path: Path) -> Iterator[Path]:
    handle, name = tempfile.mkstemp(prefix=".restore-", suffix=".partial",
                                    dir=backups_dir(db_path))
    os.close(handle)
    snapshot = Path(name)
    try:
        with _readable(source):
            copy = connect_read_only(source)
            try:
                _copy_pages(copy, snapshot)
            finally:
                copy.close()
        yield snapshot
    finally:
        snapshot.unlink(missing_ok=True)


def _write_into(db_path: Path, snapshot: Path, kept: Path | None) -> None:
    private_folder(db_path.parent)
    if not db_path.exists():  # a restore into an empty folder: private from its first page
        os.close(os.open(db_path, os.O_WRONLY | os.O_CREAT, FILE_MODE))
    private_file(db_path)
    copy = connect_read_only(snapshot)
    live = sqlite3.connect(db_path)
    try:
        copy.backup(live)  # one write transaction on the live file: all or nothing
        if _integrity(live) != "ok":  # cannot happen with a checked source; say so if it does
            raise BackupRefused(translate("Errors", "The restored database failed its check; "
                                                    "restore {0} to get the previous one back.")
                                    .format(kept))
    finally:
        live.close()
        copy.close()


# -- daily copies ------------------------------------------------------------------------

def daily_backups(db_path: Path) -> list[Path]:
    """The daily copies, oldest first (the timestamp in the name sorts by time)."""
    pattern = f"{Path(db_path).stem}-{DAILY}-*.sqlite3"
    return sorted(backups_dir(db_path).glob(pattern))


def _day_of(path: Path) -> str:
    return path.stem.rsplit("-", 2)[-2]  # name-daily-YYYYMMDD-HHMMSS


def take_daily_backup(db_path: Path, keep: int, now: datetime | None = None) -> Path | None:
    """Makes today's copy unless there is one, then keeps only the newest `keep` copies.
    Returns the new copy, or None when today's already existed."""
    now = now or datetime.now()
    made = None
    if not any(_day_of(p) == f"{now:%Y%m%d}" for p in daily_backups(db_path)):
        made = make_backup(db_path, kind=DAILY, now=now)
    prune_daily_backups(db_path, keep)
    return made


def prune_daily_backups(db_path: Path, keep: int) -> list[Path]:
    copies = daily_backups(db_path)
    old = copies[:-keep] if keep > 0 else []
    for path in old:
        path.unlink(missing_ok=True)
        journal_head.head_path(path).unlink(missing_ok=True)
    return old


class DailyBackups:
    """Takes the day's copy at start and checks again every hour while the till runs (a till
    left on overnight still gets the next day's copy). Its own thread: copying a big shop
    must not queue behind, or in front of, the cashier's work."""

    def __init__(self, db_path: Path, keep: int, interval_s: float = 3600):
        self.db_path, self.keep, self.interval_s = Path(db_path), keep, interval_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="daily-backups", daemon=True)

    def start(self) -> DailyBackups:
        self._thread.start()
        return self

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                made = take_daily_backup(self.db_path, self.keep)
                if made:
                    log.info("daily backup at %s", made)
            except Exception:  # a full disk must not stop the selling; it is logged
                log.exception("daily backup failed")
            self._stop.wait(self.interval_s)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=30)
