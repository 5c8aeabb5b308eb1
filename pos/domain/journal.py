"""The tamper-evident sales journal: each entry's hash covers its content and the previous hash."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from pos.domain.errors import translate

GENESIS = "0" * 64


def canonical(payload: dict[str, Any]) -> str:
    """One exact JSON text per payload, whatever the key order. Values must be JSON types."""
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def entry_hash(prev_hash: str, seq: int, kind: str, payload: dict[str, Any],
               rows_digest: str | None = None) -> str:
    """`rows_digest`: the proof of a sale's own rows (pos/services/journal_rows.py), hashed
    after the payload; entries without one keep the text they always had."""
    text = f"{prev_hash}|{seq}|{kind}|{canonical(payload)}"
    if rows_digest is not None:
        text += f"|{rows_digest}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainEntry:
    seq: int
    kind: str
    payload: dict[str, Any]
    prev_hash: str
    hash: str
    rows_digest: str | None = None


def chain_entry(prev: ChainEntry | None, kind: str, payload: dict[str, Any]) -> ChainEntry:
    """The entry that follows prev (or starts the chain at seq 1 when prev is None)."""
    seq, prev_hash = (prev.seq + 1, prev.hash) if prev else (1, GENESIS)
    return ChainEntry(seq, kind, payload, prev_hash, entry_hash(prev_hash, seq, kind, payload))


def first_broken(
    entries: Iterable[ChainEntry], start_hash: str = GENESIS
) -> tuple[int, str] | None:
    """(seq, reason) of the first entry that breaks the chain, or None if it is intact.

    Walks in seq order; the first entry must link to start_hash (GENESIS for a full chain).
    """
    expected_prev, last_seq = start_hash, None
    for entry in sorted(entries, key=lambda e: e.seq):
        problem = _problem(entry, expected_prev, last_seq)
        if problem:
            return entry.seq, problem
        expected_prev, last_seq = entry.hash, entry.seq
    return None


def _problem(entry: ChainEntry, expected_prev: str, last_seq: int | None) -> str | None:
    if last_seq is not None and entry.seq == last_seq:
        return translate("Journal", "sequence number {0} appears twice").format(entry.seq)
    if last_seq is not None and entry.seq != last_seq + 1:
        return translate("Journal", "sequence gap after {0}").format(last_seq)
    if entry.prev_hash != expected_prev:
        return translate("Journal", "previous-hash link broken")
    if entry.hash != entry_hash(entry.prev_hash, entry.seq, entry.kind, entry.payload,
                                entry.rows_digest):
        return translate("Journal", "hash does not match its content")
    return None
