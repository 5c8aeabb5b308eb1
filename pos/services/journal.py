"""The tamper-evident journal: every completed sale and sensitive action, hash-chained.

A sale's (and a return's) entry also proves the sale's own rows: its `rows_digest`
(pos/services/journal_rows.py), computed from the tables inside the sale's transaction, is
covered by the entry hash; its payload stays the document the outbox sends. `verify` checks,
in this order: the chain link by link, that every sale has its entry and each till's receipt
numbers have no gap, each proved sale against its rows as they are now, and that the chain
head kept outside the database (pos/services/journal_head.py) agrees."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from pos.db.engine import Database
from pos.db.models import JournalEntry, Sale
from pos.domain.journal import GENESIS, ChainEntry, canonical, entry_hash, first_broken
from pos.domain.journal_proofs import ChainHead, first_missing_number, head_problem, receipt_code
from pos.domain.receipt import receipt_label
from pos.services import journal_head
from pos.services.journal_rows import proves_rows, rows_digest

# Built once (a sale's commit path appends on every sale; see pos/services/sales.py).
_JOURNAL = JournalEntry.__table__
_LAST_ENTRY = select(_JOURNAL.c.seq, _JOURNAL.c.hash).order_by(_JOURNAL.c.seq.desc()).limit(1)
_INSERT = insert(_JOURNAL)
_ENTRIES = select(_JOURNAL.c.seq, _JOURNAL.c.kind, _JOURNAL.c.payload, _JOURNAL.c.prev_hash,
                  _JOURNAL.c.hash, _JOURNAL.c.ref, _JOURNAL.c.rows_digest
                  ).order_by(_JOURNAL.c.seq)
_SALE_NUMBERS = select(Sale.id, Sale.terminal_id, Sale.receipt_no).order_by(Sale.terminal_id,
                                                                    Sale.receipt_no)


def append(session: Session, kind: str, payload: dict) -> None:
    """Call inside the write transaction of the action it records, after its rows are
    written: a sale's or a return's entry proves them. A Core insert, written at once: no ORM
    object to flush at commit (a sale's commit pays for it otherwise)."""
    last = session.execute(_LAST_ENTRY).first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    ref = payload.get("id") if proves_rows(kind) else None
    proof = rows_digest(session, kind, ref) if ref else None
    digest = entry_hash(prev, seq, kind, payload, proof)
    session.execute(_INSERT, {"seq": seq, "kind": kind, "payload": canonical(payload),
                              "prev_hash": prev, "hash": digest, "ref": ref,
                              "rows_digest": proof})
    journal_head.remember(session, ChainHead(seq, digest))


@dataclass(frozen=True)
class _Entry:
    seq: int
    kind: str
    payload: dict
    hash: str
    ref: str | None
    rows_digest: str | None


def verify(db: Database, head_file: Path | None = None) -> tuple[int, str] | None:
    """None when everything matches, else (seq, reason): the first bad entry, or seq 0 for a
    problem that is no single entry's (a missing sale, the head file). `head_file`: default
    `<database>.head`."""
    with db.session() as s:
        rows = s.execute(_ENTRIES).all()
        entries = [_Entry(r.seq, r.kind, json.loads(r.payload), r.hash, r.ref, r.rows_digest)
                   for r in rows]
        broken = first_broken(ChainEntry(r.seq, r.kind, e.payload, r.prev_hash, r.hash,
                                         r.rows_digest) for r, e in zip(rows, entries))
        if broken:
            return broken
        problem = _sales_problem(s, entries) or _first_bad_rows(s, entries)
    return problem or _head_problem(entries, head_file or journal_head.head_path(db.path))


def _first_bad_rows(s: Session, entries: list[_Entry]) -> tuple[int, str] | None:
    for entry in entries:
        if entry.rows_digest is None or not proves_rows(entry.kind):
            continue  # written before entries proved their rows
        if entry.ref != entry.payload.get("id"):
            return entry.seq, f"entry points at another {entry.kind} than its own"
        if rows_digest(s, entry.kind, entry.ref) != entry.rows_digest:
            return entry.seq, _rows_differ(entry)
    return None


def _rows_differ(entry: _Entry) -> str:
    name = entry.payload.get("receipt") if entry.kind == "sale" else entry.payload.get("return")
    return f"the rows of {entry.kind} {name or entry.ref} differ from what was recorded"


def _sales_problem(s: Session, entries: list[_Entry]) -> tuple[int, str] | None:
    """Every sale has its journal entry and every sale entry its sale; no receipt number of a
    till is missing (a sale deleted with its entry leaves a gap, or a chain shorter than its
    head file when it was the last one)."""
    sale_entries = {e.payload.get("id"): e for e in entries if e.kind == "sale"}
    sold: dict[str, list[int]] = {}
    for sale_id, till, number in s.execute(_SALE_NUMBERS):
        if not isinstance(number, int) or not isinstance(till, str):  # edited by hand
            return 0, f"sale {sale_id} has the receipt number {till!r}-{number!r}"
        if sale_entries.pop(sale_id, None) is None:
            return 0, f"receipt {receipt_label(till, number)} has no journal entry"
        sold.setdefault(till, []).append(number)
    for till, numbers in sorted(sold.items()):
        missing = first_missing_number(numbers)
        if missing is not None:
            return 0, f"receipt {receipt_label(till, missing)} is missing from the sales"
    for entry in sale_entries.values():  # entries left over: their sale row is gone
        return entry.seq, f"the sale of receipt {entry.payload.get('receipt')} is missing"
    return None


def _head_problem(entries: list[_Entry], head_file: Path) -> tuple[int, str] | None:
    try:
        kept = journal_head.read_head(head_file)
    except journal_head.UnreadableHead:
        return 0, f"the head file {head_file} cannot be read"
    proved = any(e.rows_digest is not None for e in entries)
    problem = head_problem(kept, {e.seq: e.hash for e in entries}, proved)
    return (0, problem) if problem else None


def code_of_receipt(db: Database, sale_id: str) -> str | None:
    """The short code of the sale's journal entry, for its printed receipt."""
    with db.session() as s:
        return code_in_session(s, sale_id)


def code_in_session(s: Session, sale_id: str) -> str | None:
    found = s.execute(select(_JOURNAL.c.hash).where(_JOURNAL.c.ref == sale_id,
                                                     _JOURNAL.c.kind == "sale")).scalar()
    return receipt_code(found) if found else None
