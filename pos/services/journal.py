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
from pos.db.return_models import SaleReturn
from pos.domain.journal import GENESIS, ChainEntry, canonical, entry_hash, first_broken
from pos.domain.journal_proofs import ChainHead, first_missing_number, head_problem, receipt_code
from pos.domain.receipt import receipt_label
from pos.i18n import translate
from pos.services import journal_head
from pos.services.journal_rows import (COLLECT_STOCK_KINDS, digest_version, proves_rows,
                                       rows_digest)

# Built once (a sale's commit path appends on every sale; see pos/services/sales.py).
_JOURNAL = JournalEntry.__table__
_LAST_ENTRY = select(_JOURNAL.c.seq, _JOURNAL.c.hash).order_by(_JOURNAL.c.seq.desc()).limit(1)
_INSERT = insert(_JOURNAL)
_ENTRIES = select(_JOURNAL.c.seq, _JOURNAL.c.kind, _JOURNAL.c.payload, _JOURNAL.c.prev_hash,
                  _JOURNAL.c.hash, _JOURNAL.c.ref, _JOURNAL.c.rows_digest
                  ).order_by(_JOURNAL.c.seq)
_SALE_NUMBERS = select(Sale.id, Sale.terminal_id, Sale.receipt_no).order_by(Sale.terminal_id,
                                                                    Sale.receipt_no)


CUSTOMER_MERGED = "customer_merged"  # {"from": id, "to": id}: sync/apply.py re-pointed sales


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
        problem = (_sales_problem(s, entries) or _first_bad_rows(s, entries)
                   or _customer_problem(s, entries))
    return problem or _head_problem(entries, head_file or journal_head.head_path(db.path))


def _first_bad_rows(s: Session, entries: list[_Entry]) -> tuple[int, str] | None:
    for entry in entries:
        if entry.rows_digest is None or not proves_rows(entry.kind):
            continue  # written before entries proved their rows
        if entry.ref != entry.payload.get("id"):
            return entry.seq, translate("Journal", "the entry points at another document "
                                                   "than its own")
        version = digest_version(entry.rows_digest)
        if version is None or rows_digest(s, entry.kind, entry.ref, version) != entry.rows_digest:
            return entry.seq, _rows_differ(entry)
    return None


def _rows_differ(entry: _Entry) -> str:
    if entry.kind == "sale":
        return translate("Journal", "the rows of sale {0} differ from what was recorded").format(
            entry.payload.get("receipt") or entry.ref)
    if entry.kind in COLLECT_STOCK_KINDS:
        return translate("Journal", "the stock movements of order to collect #{0} differ from "
                                    "what was recorded").format(entry.payload.get("number"))
    return translate("Journal", "the rows of return {0} differ from what was recorded").format(
        entry.payload.get("return") or entry.ref)


def _sales_problem(s: Session, entries: list[_Entry]) -> tuple[int, str] | None:
    """Every sale has its journal entry and every sale entry its sale; no receipt number of a
    till is missing (a sale deleted with its entry leaves a gap, or a chain shorter than its
    head file when it was the last one)."""
    sale_entries = {e.payload.get("id"): e for e in entries if e.kind == "sale"}
    sold: dict[str, list[int]] = {}
    for sale_id, till, number in s.execute(_SALE_NUMBERS):
        if not isinstance(number, int) or not isinstance(till, str):  # edited by hand
            return 0, translate("Journal", "sale {0} has the receipt number {1}").format(
                sale_id, f"{till!r}-{number!r}")
        if sale_entries.pop(sale_id, None) is None:
            return 0, translate("Journal", "receipt {0} has no journal entry").format(
                receipt_label(till, number))
        sold.setdefault(till, []).append(number)
    for till, numbers in sorted(sold.items()):
        missing = first_missing_number(numbers)
        if missing is not None:
            return 0, translate("Journal", "receipt {0} is missing from the sales").format(
                receipt_label(till, missing))
    for entry in sale_entries.values():  # entries left over: their sale row is gone
        return entry.seq, translate("Journal", "the sale of receipt {0} is missing").format(
            entry.payload.get("receipt"))
    return None


def _customer_problem(s: Session, entries: list[_Entry]) -> tuple[int, str] | None:
    """A sale's customer is not in its row digest (a merge with the store's copy of the
    customer re-points the sale, sync/apply.py); it is checked here instead: the customer now on
    the sale is the one its entry recorded, moved by each journaled merge that came after it. A
    return keeps the customer its sale had when the return was made."""
    merges = [e for e in entries if e.kind == CUSTOMER_MERGED]
    recorded = {e.payload.get("id"): e for e in entries if e.kind == "sale"}
    now = dict(s.execute(select(Sale.id, Sale.customer_id)).all())
    for sale_id, entry in recorded.items():
        if now.get(sale_id) != _after_merges(entry.payload.get("customer_id"), merges, entry.seq):
            return entry.seq, translate("Journal", "the customer of receipt {0} differs from "
                                                   "what was recorded").format(
                entry.payload.get("receipt"))
    returned = dict(s.execute(select(SaleReturn.id, SaleReturn.customer_id)).all())
    for entry in entries:
        sale = recorded.get(entry.payload.get("sale_id")) if entry.kind == "return" else None
        if sale is None or entry.rows_digest is None:
            continue
        kept = _after_merges(sale.payload.get("customer_id"), merges, sale.seq, entry.seq)
        if returned.get(entry.ref) != kept:
            return entry.seq, translate("Journal", "the customer of return {0} differs from "
                                                   "its sale's").format(entry.payload.get("return"))
    return None


def _after_merges(customer_id: int | None, merges: list[_Entry], after: int,
                  before: int | None = None) -> int | None:
    """Where the journaled merges between entries `after` and `before` moved a customer."""
    for merge in merges:
        if merge.seq > after and (before is None or merge.seq < before) \
                and merge.payload.get("from") == customer_id:
            customer_id = merge.payload.get("to")
    return customer_id


def _head_problem(entries: list[_Entry], head_file: Path) -> tuple[int, str] | None:
    try:
        kept = journal_head.read_head(head_file)
    except journal_head.UnreadableHead:
        return 0, translate("Journal", "the head file {0} cannot be read").format(head_file)
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
