"""The tamper-evident journal: every completed sale and sensitive action, hash-chained."""
from __future__ import annotations

import json

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from pos.db.engine import Database
from pos.db.models import JournalEntry
from pos.domain.journal import GENESIS, ChainEntry, canonical, entry_hash, first_broken

# Built once (a sale's commit path appends on every sale; see pos/services/sales.py).
_JOURNAL = JournalEntry.__table__
_LAST_ENTRY = select(_JOURNAL.c.seq, _JOURNAL.c.hash).order_by(_JOURNAL.c.seq.desc()).limit(1)
_INSERT = insert(_JOURNAL)


def append(session: Session, kind: str, payload: dict) -> None:
    """Call inside the write transaction of the action it records. A Core insert, written at
    once: no ORM object to flush at commit (a sale's commit pays for it otherwise)."""
    last = session.execute(_LAST_ENTRY).first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    session.execute(_INSERT, {
        "seq": seq, "kind": kind, "payload": canonical(payload), "prev_hash": prev,
        "hash": entry_hash(prev, seq, kind, payload)})


def verify(db: Database) -> tuple[int, str] | None:
    """None when the chain is intact, else (seq, reason) of the first bad entry."""
    with db.session() as s:
        rows = s.execute(select(JournalEntry).order_by(JournalEntry.seq)).scalars()
        return first_broken(
            ChainEntry(e.seq, e.kind, json.loads(e.payload), e.prev_hash, e.hash) for e in rows
        )
