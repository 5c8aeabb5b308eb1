"""Opening the shop's SQLite database: pragmas, sessions, write transactions.

Durability: WAL with ``synchronous=FULL``. In WAL mode NORMAL only syncs at checkpoints, so
the last completed sales could vanish on a power cut; FULL fsyncs the WAL on every commit,
which is what "a completed sale survives power loss" needs (one fsync per sale, ~ms).
"""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=10000",
)


def _on_connect(dbapi_conn: sqlite3.Connection, _record) -> None:
    # Let SQLAlchemy's "begin" event emit BEGIN itself (pysqlite's implicit BEGIN is lazy
    # and would make BEGIN IMMEDIATE impossible).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    for pragma in PRAGMAS:
        cur.execute(pragma)
    cur.close()


def _on_begin(conn) -> None:
    # Writers take the write lock up front so two writers never deadlock on upgrade.
    mode = "BEGIN IMMEDIATE" if conn.get_execution_options().get("immediate") else "BEGIN"
    conn.exec_driver_sql(mode)


def make_engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}", connect_args={"check_same_thread": False, "timeout": 10}
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


class Database:
    """One shop database file. Reads use `session()` (or `read()`: Core only), changes use
    `transaction()`."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.engine = make_engine(self.path)
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(
            self.engine.execution_options(immediate=True), expire_on_commit=False
        )

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self._reader() as s, s.begin():
            yield s

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A Core connection for reads that need no ORM: the till's scan and search, where
        setting up a Session costs more than the lookup itself. One read transaction, from
        the first statement to the end of the block."""
        with self.engine.connect() as conn:
            yield conn

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One all-or-nothing write: commits on success, rolls back on any exception."""
        with self._writer() as s, s.begin():
            yield s

    def migrate(self) -> None:
        from pos.db.migrate import upgrade_to_head

        upgrade_to_head(self.engine)

    def integrity_ok(self) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"

    def backup_to(self, target: Path) -> None:
        """Consistent online copy (SQLite backup API), safe while the till is running."""
        src = sqlite3.connect(self.path)
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()

    def close(self) -> None:
        self.engine.dispose()


def open_database(path: Path, migrate: bool = True) -> Database:
    db = Database(path)
    if migrate:
        db.migrate()
    return db
