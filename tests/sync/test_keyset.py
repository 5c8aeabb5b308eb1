"""Keyset paging (sync/connectors/keyset.py) against a list that behaves as Medusa's does:
sorted on one timestamp only, rows of one instant in a new order on every request, and rows
moving to the end when they change during the pull."""
from __future__ import annotations

import json
import random

from hypothesis import given, settings, strategies as st

from sync.connectors.keyset import Keyset, all_rows, next_page
from sync.connectors.medusa_orders import StoreOrderPuller


class ShuffledList:
    """GET path?stamp[$gte]=..&order=stamp&limit=n: ties come in a random order each time."""

    def __init__(self, rows: list[dict], seed: int = 1):
        self.rows, self.rng, self.calls = rows, random.Random(seed), 0

    def get(self, path: str, order: str, limit: int, **params) -> dict:
        self.calls += 1
        floor = params[f"{order}[$gte]"]
        rows = [r for r in self.rows if r[order] >= floor]
        self.rng.shuffle(rows)
        rows.sort(key=lambda r: r[order])  # stable: ties keep the shuffled order
        return {"orders": rows[:limit]}


def stamped(instants: list[int]) -> list[dict]:
    return [{"id": f"o{i}", "updated_at": f"2026-12-06T10:00:{t:02d}Z", "total": 1}
            for i, t in enumerate(instants)]


@settings(max_examples=60)
@given(st.lists(st.integers(0, 5), max_size=60), st.integers(1, 7), st.integers(0, 2**16))
def test_every_row_once_whatever_the_ties_and_page_size(instants, limit, seed):
    rows = stamped(instants)
    got = [r["id"] for r in all_rows(ShuffledList(rows, seed), "/admin/orders", "orders",
                                     "updated_at", "1970-01-01T00:00:00Z", limit)]
    assert sorted(got) == sorted(r["id"] for r in rows) and len(got) == len(set(got))


def test_a_page_full_of_one_instant_already_delivered_is_asked_again_larger():
    store = ShuffledList(stamped([3] * 10 + [4]))
    position = Keyset()
    delivered = []
    for _ in range(5):
        page = next_page(store, "/admin/orders", "orders", "updated_at", position, 3)
        delivered += [r["id"] for r in page.rows]
        position = page.position
        if not page.full:
            break
    assert sorted(delivered) == sorted(f"o{i}" for i in range(11))


def test_the_position_is_json_and_resumes_after_a_kill():
    store = ShuffledList(stamped([1, 1, 2, 2, 2, 3]))
    first = next_page(store, "/admin/orders", "orders", "updated_at", Keyset(), 2)
    saved = json.dumps(first.position.dump("orders_since"))
    resumed = Keyset.load(json.loads(saved), "orders_since")
    rest = list(all_rows(store, "/admin/orders", "orders", "updated_at", resumed.at, 2))
    rest = resumed.fresh(rest, "updated_at")
    assert sorted(r["id"] for r in first.rows + rest) == [f"o{i}" for i in range(6)]


def test_store_orders_pull_takes_an_older_cursor_with_an_offset():
    store = ShuffledList(stamped([1, 2, 3]))
    old_cursor = json.dumps({"orders_since": "2026-12-06T10:00:02Z", "skip": 1})
    page = StoreOrderPuller(store, "vnd", page_size=10).page(old_cursor)
    assert sorted(r.remote_id for r in page.records) == ["o1", "o2"]
    assert not page.more and json.loads(page.cursor)["orders_since"] == "2026-12-06T10:00:03Z"
