"""Keyset paging over a Medusa list, the one way every puller reads a growing list.

Medusa sorts a list on one timestamp (created_at or updated_at) and nothing else, and rows
written in one transaction share that timestamp, so their order changes from one request to
the next. Offset paging then skips and repeats rows (1% of a seeded catalogue was never
pulled), and a row changed during a long pull moves to the end, shifting every offset.

A `Keyset` is a position instead: the timestamp of the last row delivered (`at`) and the ids
already delivered at exactly that instant (`seen`). The next page asks for rows at or after
`at` and leaves out the seen ones; a page holding nothing but seen rows is asked again,
larger, until it gets past them. Positions are plain JSON, so a pull killed at any point
resumes from the last page applied.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sync.errors import no_list_in_reply

if TYPE_CHECKING:
    from sync.connectors.medusa_http import MedusaHttp

EPOCH = "1970-01-01T00:00:00Z"
GROWTH = 4  # how much larger the page asked again is, when all its rows were seen


@dataclass(frozen=True)
class Keyset:
    at: str = EPOCH
    seen: tuple[str, ...] = field(default=())

    @classmethod
    def load(cls, data: dict[str, Any], at_key: str = "at", seen_key: str = "seen") -> "Keyset":
        return cls(str(data.get(at_key) or EPOCH), tuple(data.get(seen_key) or ()))

    def dump(self, at_key: str = "at", seen_key: str = "seen") -> dict[str, Any]:
        return {at_key: self.at, seen_key: list(self.seen)}

    def fresh(self, rows: list[dict], stamp: str) -> list[dict]:
        """The rows not delivered yet."""
        seen = set(self.seen)
        return [r for r in rows if not (r["id"] in seen and _stamp(r, stamp) == self.at)]

    def after(self, rows: list[dict], stamp: str) -> "Keyset":
        """The position once `rows` (in list order) are delivered."""
        if not rows:
            return self
        last = _stamp(rows[-1], stamp)
        earlier = self.seen if last == self.at else ()
        return Keyset(last, earlier + tuple(r["id"] for r in rows if _stamp(r, stamp) == last))


@dataclass(frozen=True)
class KeysetPage:
    rows: list[dict]  # not delivered before, in list order
    full: bool  # the store's reply was a full page: more may follow
    position: Keyset  # where the next page starts


def next_page(http: "MedusaHttp", path: str, key: str, stamp: str, position: Keyset,
              limit: int, **params: Any) -> KeysetPage:
    """The rows after `position` on the list at `path`, ordered by `stamp`."""
    size = limit
    while True:
        data = http.get(path, **{f"{stamp}[$gte]": position.at}, order=stamp, limit=size,
                        **params)
        rows = data.get(key)
        if not isinstance(rows, list):
            raise no_list_in_reply(path, key)
        fresh = position.fresh(rows, stamp)
        if fresh or len(rows) < size:
            return KeysetPage(fresh, len(rows) == size, position.after(fresh, stamp))
        size *= GROWTH  # a page of rows at one instant, all delivered: look past them


def all_rows(http: "MedusaHttp", path: str, key: str, stamp: str, since: str,
             limit: int = 200, **params: Any) -> Iterator[dict]:
    """Every row stamped at or after `since`, oldest first, each once."""
    position = Keyset(since)
    while True:
        page = next_page(http, path, key, stamp, position, limit, **params)
        yield from page.rows
        if not page.full:
            return
        position = page.position


def _stamp(row: dict, stamp: str) -> str:
    return row.get(stamp) or EPOCH
