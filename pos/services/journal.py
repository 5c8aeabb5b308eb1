"""The tamper-evident journal: every completed sale and sensitive action, hash-chained."""
from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos.db.engine import Database
from pos.db.models import JournalEntry
from pos.domain.journal import GENESIS, ChainEntry, canonical, entry_hash, first_broken


def append(session: Session, kind: str, payload: dict) -> JournalEntry:
    """Call inside the write transaction of the action it records."""
    last = session.execute(
        select(JournalEntry.seq, JournalEntry.hash).order_by(JournalEntry.seq.desc()).limit(1)
    ).first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    entry = JournalEntry(seq=seq, kind=kind, payload=canonical(payload), prev_hash=prev,
                         hash=entry_hash(prev, seq, kind, payload))
    session.add(entry)
    return entry


def verify(db: Database) -> tuple[int, str] | None:
    """None when the chain is intact, else (seq, reason) of the first bad entry."""
    with db.session() as s:
        rows = s.execute(select(JournalEntry).order_by(JournalEntry.seq)).scalars()
        return first_broken(
            ChainEntry(e.seq, e.kind, json.loads(e.payload), e.prev_hash, e.hash) for e in rows
        )
