"""The chain head kept outside the database: `<database>.head`, and `<backup>.head` beside
every backup.

The journal inside the database cannot show that its own tail was cut off, or that the whole
chain was recomputed by whoever could write the file. A small JSON file next to it records the
last entry's sequence number and hash; `pos journal verify` compares the two.

The head is written after the commit of the transaction that appended an entry (a session
event), never inside it: a head that runs ahead of the database would be a false alarm after
a rollback. Written atomically (temporary file, fsync, os.replace): it is whole or the old one.
"""
from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.orm import Session

from pos.domain.journal_proofs import ChainHead
from pos.services.private_files import write_atomically

HEAD_SUFFIX = ".head"
_PENDING = "journal_head"  # Session.info key: the head this transaction appended
_lock = threading.Lock()
_written: dict[Path, int] = {}  # head seq this process last wrote per file


def head_path(db_file: Path | str) -> Path:
    return Path(f"{db_file}{HEAD_SUFFIX}")


def remember(session: Session, head: ChainHead) -> None:
    """Called by journal.append: the head to write once this transaction commits."""
    session.info[_PENDING] = head


@event.listens_for(Session, "after_commit")
def _after_commit(session: Session) -> None:
    head = session.info.pop(_PENDING, None)
    if head is None:
        return
    database = session.get_bind().url.database
    if database and database != ":memory:":
        _write_if_newer(head_path(database), head)


@event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    session.info.pop(_PENDING, None)


def _write_if_newer(path: Path, head: ChainHead) -> None:
    """Two threads of one till commit in order (BEGIN IMMEDIATE) but may reach here in the
    other order: the older head must not overwrite the newer one."""
    with _lock:
        if _written.get(path, 0) >= head.seq and path.exists():
            return
        write_head(path, head)
        _written[path] = head.seq


def write_head(path: Path, head: ChainHead) -> None:
    # No folder sync: a head one entry behind after a power cut is read as a crash (verify).
    write_atomically(Path(path), json.dumps({"seq": head.seq, "hash": head.hash}),
                     sync_folder=False)


class UnreadableHead(ValueError):
    """The head file exists but is not a head: as bad as a wrong one."""


def read_head(path: Path) -> ChainHead | None:
    """The head in the file, None when there is none; UnreadableHead when it is garbage."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return ChainHead(int(data["seq"]), str(data["hash"]))
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError) as error:
        raise UnreadableHead(str(error)) from None


def last_entry_of(db_file: Path) -> ChainHead | None:
    """The last journal entry of a database file (any schema version), read-only."""
    con = sqlite3.connect(f"{Path(db_file).resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = con.execute("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1").fetchone()
    finally:
        con.close()
    return ChainHead(row[0], row[1]) if row else None


def catch_up_after_crash(db_file: Path) -> bool:
    """At start-up: a head exactly one entry behind, on that entry's hash, is what a till killed
    between a commit and the head write leaves (verify accepts it). It is brought up to the
    last entry, so that a second crash in the same place is again one behind, not two.
    Anything else is left for verify to name. True when the head was moved."""
    path = head_path(db_file)
    try:
        kept = read_head(path)
    except UnreadableHead:
        return False
    if kept is None:
        return False
    con = sqlite3.connect(f"{Path(db_file).resolve().as_uri()}?mode=ro", uri=True)
    try:  # the last entry and the one before it
        tail = con.execute("SELECT seq, hash, prev_hash FROM journal "
                           "ORDER BY seq DESC LIMIT 2").fetchall()
    finally:
        con.close()
    if len(tail) < 2:
        return False
    (last_seq, last_hash, link), (seq, digest, _) = tail
    if (seq, digest) != (kept.seq, kept.hash) or last_seq != seq + 1 or link != digest:
        return False
    _record(path, ChainHead(last_seq, last_hash))
    return True


def _record(path: Path, head: ChainHead) -> None:
    with _lock:
        write_head(path, head)
        _written[Path(path)] = head.seq


def write_head_of(db_file: Path, path: Path | None = None) -> Path | None:
    """Writes the head file of a database file from its own last entry: the sidecar of a
    backup (make_backup) and the live head after a restore. None when the journal is empty."""
    head = last_entry_of(db_file)
    target = path or head_path(db_file)
    if head is None:
        Path(target).unlink(missing_ok=True)
        return None
    _record(Path(target), head)
    return Path(target)
