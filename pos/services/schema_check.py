"""Is a shop database's schema the one the migrations make? Object by object.

A SQLite file carries code as well as data: a trigger runs on every insert, a view or an
expression index runs SQL whenever it is read, a column DEFAULT or CHECK runs on write. A
restored copy, or a live file edited with the sqlite3 shell, could bring any of them in (an
`AFTER INSERT ON sale_lines` trigger that sets every price to 1). So the schema of a file is
compared with what the migrations make for its revision: that reference is built by migrating
a fresh temporary file (once per revision for the process) and reading its `sqlite_master`.
Anything extra, missing or changed is a problem, named in one plain line.
"""
from __future__ import annotations

import json
import logging
import re
import sqlite3
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from pos.i18n import RESOURCES, translate
from pos.services.errors import ServiceError

log = logging.getLogger(__name__)
# Made by ANALYZE / PRAGMA optimize: statistics, never code, and not made by the migrations.
STATISTICS_TABLES = {"sqlite_stat1", "sqlite_stat2", "sqlite_stat3", "sqlite_stat4"}
_QUOTED_IDENTIFIER = re.compile(r"""["`]([A-Za-z_][A-Za-z0-9_]*)["`]|\[([A-Za-z_][A-Za-z0-9_]*)]""")
_SPACE = re.compile(r"\s+")
_SPACE_AROUND_PUNCTUATION = re.compile(r"\s*([(),;])\s*")
SHOWN_PROBLEMS = 8  # differences named in one message; the rest are counted
_build_lock = threading.Lock()
_expected: dict[str, dict[tuple[str, str], SchemaObject]] = {}


class ForeignSchema(ServiceError):
    """The shop database holds schema the migrations did not make: the till does not open it."""


@dataclass(frozen=True)
class SchemaObject:
    """One row of sqlite_master, its SQL normalised; a table's columns as
    (name, declared type, not null, default, primary key position, hidden)."""
    type: str
    name: str
    table: str
    sql: str
    columns: tuple[tuple, ...] = ()

    @property
    def label(self) -> str:
        return f"{self.type} {self.name}"


def normalised_sql(sql: str | None) -> str:
    """The same definition written with other spacing or identifier quoting (SQLite quotes
    a renamed table's name, batch migrations rename) reads the same."""
    if not sql:
        return ""
    text = _QUOTED_IDENTIFIER.sub(lambda m: m.group(1) or m.group(2), sql)
    return _SPACE_AROUND_PUNCTUATION.sub(r"\1", _SPACE.sub(" ", text)).strip()


def _columns(con: sqlite3.Connection, table: str) -> tuple[tuple, ...]:
    quoted = '"' + table.replace('"', '""') + '"'
    return tuple(tuple(row[1:]) for row in con.execute(f"PRAGMA table_xinfo({quoted})"))


def read_schema(con: sqlite3.Connection) -> dict[tuple[str, str], SchemaObject]:
    """Every object of the file, keyed by (type, name)."""
    rows = con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    schema = {}
    for kind, name, table, sql in rows:
        if kind == "table" and name in STATISTICS_TABLES:
            continue
        columns = _columns(con, name) if kind == "table" else ()
        schema[(kind, name)] = SchemaObject(kind, name, table, normalised_sql(sql), columns)
    return schema


def connect_read_only(path: Path) -> sqlite3.Connection:
    """Reading the schema runs none of it: trusted_schema=OFF keeps SQL functions named in
    the file's views, triggers and defaults from doing anything while it is looked at."""
    con = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    con.execute("PRAGMA trusted_schema=OFF")
    return con


def stamped_revision(con: sqlite3.Connection) -> str | None:
    try:
        rows = con.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.DatabaseError:  # no alembic_version table
        return None
    return rows[0][0] if len(rows) == 1 else None


# -- the reference: what the migrations make ---------------------------------------------

class _QuietThread(logging.Filter):
    """Alembic logs each step it runs; building the reference is not an upgrade of the shop
    and must not read like one in pos.log."""

    def __init__(self):
        super().__init__()
        self.thread = threading.get_ident()

    def filter(self, record: logging.LogRecord) -> bool:
        return record.thread != self.thread


def _migrated_schema(revision: str) -> dict[tuple[str, str], SchemaObject]:
    from alembic import command

    from pos.db.engine import Database
    from pos.db.migrate import alembic_config

    quiet, alembic_log = _QuietThread(), logging.getLogger("alembic")
    alembic_log.addFilter(quiet)
    try:
        with tempfile.TemporaryDirectory(prefix="omnipos-schema-") as scratch:
            db = Database(Path(scratch) / "reference.sqlite3")
            try:
                command.upgrade(alembic_config(db.engine), revision)
            finally:
                db.close()
            con = connect_read_only(Path(scratch) / "reference.sqlite3")
            try:
                return read_schema(con)
            finally:
                con.close()
    finally:
        alembic_log.removeFilter(quiet)


# The schema of the newest revision ships as a file, so the start-up check of a current shop
# needs neither Alembic nor a scratch migration (~0.8 s); tests/services/test_restore_schema.py
# checks that it is what the migrations make (write_reference() makes it again).
REFERENCE_DIR = RESOURCES / "schema"


def reference_file(revision: str) -> Path:
    return REFERENCE_DIR / f"{revision}.json"


def schema_json(schema: dict[tuple[str, str], SchemaObject]) -> str:
    rows = [[o.type, o.name, o.table, o.sql, [list(c) for c in o.columns]]
            for o in sorted(schema.values(), key=lambda o: (o.type, o.name))]
    return json.dumps(rows, ensure_ascii=False, indent=1) + "\n"


def _schema_from_json(text: str) -> dict[tuple[str, str], SchemaObject]:
    return {(kind, name): SchemaObject(kind, name, table, sql, tuple(map(tuple, columns)))
            for kind, name, table, sql, columns in json.loads(text)}


def write_reference(revision: str | None = None) -> Path:
    """Writes the shipped reference of `revision` (default: the newest) from the migrations."""
    revision = revision or known_revisions()[0]
    REFERENCE_DIR.mkdir(parents=True, exist_ok=True)
    for old in REFERENCE_DIR.glob("*.json"):
        old.unlink()
    target = reference_file(revision)
    target.write_text(schema_json(_migrated_schema(revision)), encoding="utf-8")
    return target


def expected_schema(revision: str) -> dict[tuple[str, str], SchemaObject]:
    """What the migrations make at `revision`: the shipped reference when there is one, else
    built by migrating a scratch file (once per revision for the process)."""
    with _build_lock:
        if revision not in _expected:
            shipped = reference_file(revision)
            _expected[revision] = (_schema_from_json(shipped.read_text(encoding="utf-8"))
                                   if shipped.is_file() else _migrated_schema(revision))
        return _expected[revision]


def known_revisions() -> tuple[str, ...]:
    """Every schema revision this version of omnipos can open (and upgrade)."""
    from alembic.script import ScriptDirectory

    from pos.db.migrate import MIGRATIONS

    return tuple(r.revision for r in ScriptDirectory(str(MIGRATIONS)).walk_revisions())


# -- the comparison ----------------------------------------------------------------------

def _column_problems(expected: SchemaObject, actual: SchemaObject) -> list[str]:
    want = {c[0]: c for c in expected.columns}
    have = {c[0]: c for c in actual.columns}
    table = actual.name
    return ([_say("table {0}: missing column {1}", table, name) for name in want
             if name not in have]
            + [_say("table {0}: unexpected column {1}", table, name) for name in have
               if name not in want]
            + [_say("table {0}: column {1} changed", table, name) for name in want
               if name in have and want[name] != have[name]])


def _object_problems(expected: SchemaObject, actual: SchemaObject) -> list[str]:
    problems = _column_problems(expected, actual) if expected.type == "table" else []
    if expected.table != actual.table:
        problems.append(_say("{0} changed (it is on {1})", actual.label, actual.table))
    elif not problems and expected.sql != actual.sql:
        problems.append(_say("{0} changed", actual.label))
    return problems


def compare(expected: dict, actual: dict) -> list[str]:
    """One line per difference: missing, unexpected, then changed objects, in file order."""
    problems = [_say("missing {0}", expected[key].label) for key in expected if key not in actual]
    problems += [_say("unexpected {0}", actual[key].label) for key in actual
                 if key not in expected]
    for key in (k for k in expected if k in actual):
        problems += _object_problems(expected[key], actual[key])
    return problems


def _say(text: str, *values: str) -> str:
    return translate("SchemaCheck", text).format(*values)


def connection_problems(con: sqlite3.Connection) -> list[str]:
    """The differences between the open file and what the migrations make for its revision;
    a file with no revision, or one this omnipos does not know, cannot be checked: refused."""
    revision = stamped_revision(con)
    if not revision:
        return [_say("no schema version (alembic_version is missing or empty)")]
    if not reference_file(revision).is_file() and revision not in known_revisions():
        return [_say("unknown schema version {0}", revision)]
    return compare(expected_schema(revision), read_schema(con))


def schema_problems(path: Path) -> list[str]:
    """`connection_problems` of the file at `path`, opened read-only."""
    con = connect_read_only(path)
    try:
        return connection_problems(con)
    finally:
        con.close()


def summary(problems: list[str]) -> str:
    """The first differences, in one line, and how many more there are."""
    shown = "; ".join(problems[:SHOWN_PROBLEMS])
    if len(problems) > SHOWN_PROBLEMS:
        shown += translate("Errors", "; and {0} more").format(len(problems) - SHOWN_PROBLEMS)
    return shown


def refuse_foreign_schema(path: Path) -> None:
    """The start-up check of the live file: a trigger or view put in with the sqlite3 shell
    would run inside the till (and in the upgrade about to run), so it does not start.
    An empty file (a new shop) has nothing to check."""
    con = connect_read_only(path)
    try:
        if not con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            return
        problems = connection_problems(con)
    finally:
        con.close()
    if problems:
        log.error("foreign schema in %s: %s", path, problems)
        raise ForeignSchema(translate(
            "Errors", "The shop database {0} holds schema omnipos did not make ({1}); the till "
                      "does not open it, as that could run code in it. Restore a backup "
                      "(pos restore FILE) or call support; nothing was changed.")
            .format(path, summary(problems)))
