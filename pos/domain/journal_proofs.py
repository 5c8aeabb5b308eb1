"""What the journal proves beyond its own chain: the short code printed on a receipt, the
receipt numbers with no gaps, and the chain head kept outside the database.

Pure functions: pos/services/journal.py reads the database and the head file and asks these."""
from __future__ import annotations

import base64
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from pos.domain.errors import translate

CODE_CHARS = 8  # base32 characters of the entry hash printed on a receipt (40 bits)


def receipt_code(entry_hash: str) -> str:
    """'K7QD-2MXA': the first 40 bits of the entry's hash in base32, grouped for reading
    aloud. A forger who edits a sale must rebuild its entry, and the paper keeps the old code."""
    letters = base64.b32encode(bytes.fromhex(entry_hash))[:CODE_CHARS].decode("ascii")
    return f"{letters[:4]}-{letters[4:]}"


def same_code(typed: str, entry_hash: str) -> bool:
    """The code as typed from paper: any case, with or without the dash or spaces."""
    return matches_code(typed, receipt_code(entry_hash))


def matches_code(typed: str, code: str) -> bool:
    """`typed` (any case, dash or spaces or none) is the printed `code`."""
    return "".join(ch for ch in typed.upper() if ch.isalnum()) == code.replace("-", "")


def first_missing_number(numbers: Iterable[int]) -> int | None:
    """The first receipt number missing from 1, 2, 3, ... (numbers of one till), or None."""
    expected = 1
    for number in sorted(numbers):
        if number != expected:
            return expected
        expected += 1
    return None


@dataclass(frozen=True)
class ChainHead:
    """The last entry of the chain: its sequence number and hash."""

    seq: int
    hash: str


def head_problem(kept: ChainHead | None, hashes: Mapping[int, str], proved: bool) -> str | None:
    """Why the head kept outside the database disagrees with the chain inside it, or None.

    `hashes` maps each entry's seq to its hash (a chain already checked link by link);
    `proved`: the database has entries written since heads are kept (entries with row proofs).

    - No head file: fine for a fresh shop, or one whose entries all predate head files; once an
      entry with a row proof exists a head was written after its commit, so a missing one was
      removed.
    - Head seq == last seq: the hashes must be equal (else the chain was rewritten).
    - Head seq == last seq - 1: the till stopped between the commit of the last entry and the
      write of the head file (the head is written after the commit, never before, so a crash
      can leave it behind by exactly one entry). Accepted only when the head's hash is the
      hash of that entry, which the checked chain links to the last one.
    - Head seq beyond the last entry: the tail of the journal was cut off.
    - Further behind: entries were added that no head file saw.
    """
    last = max(hashes, default=0)
    if kept is None:
        return translate("Journal", "the chain head file is missing") if proved else None
    if kept.seq > last:
        return translate("Journal", "the journal ends at entry {0} but its head file says "
                                    "entry {1}: entries were removed from the end").format(
            last, kept.seq)
    if kept.seq < last - 1:
        return translate("Journal", "the head file says entry {0} but the journal goes on to "
                                    "{1}: entries were added without the till").format(
            kept.seq, last)
    if hashes.get(kept.seq) != kept.hash:
        return translate("Journal", "entry {0} is not the one the head file recorded: the "
                                    "chain was rewritten").format(kept.seq)
    return None
