"""The product puller's paging against a small in-memory store answering like Medusa's Admin
API (the real Medusa runs in test_medusa_sync.py): a first pull reads every product once,
not once more per changed variant."""
from __future__ import annotations

import json
import random

from sync.connectors.medusa_pull import EPOCH, ProductPuller


class FakeStore:
    """Answers GET /admin/products and /admin/product-variants with the filters the puller
    uses (updated_at/deleted_at $gte, id[], order, limit, offset)."""

    def __init__(self, products: list[dict]):
        self.products, self.calls, self.rng = products, [], random.Random(7)

    def variants(self):
        return [{**v, "product_id": p["id"]} for p in self.products for v in p["variants"]]

    def get(self, path: str, **params):
        self.calls.append((path, params))
        key = "variants" if path == "/admin/product-variants" else "products"
        rows = self.variants() if key == "variants" else [
            p for p in self.products if not p.get("deleted_at") or params.get("with_deleted")]
        if "id[]" in params:
            rows = [r for r in rows if r["id"] in params["id[]"]]
        for field in ("updated_at", "deleted_at"):
            if f"{field}[$gte]" in params:
                rows = [r for r in rows if (r.get(field) or "") >= params[f"{field}[$gte]"]]
        order = params.get("order", "updated_at")
        # like PostgreSQL, rows with the same updated_at come in any order
        rows = sorted(rows, key=lambda r: (r["updated_at"], self.rng.random()),
                      reverse=order.startswith("-"))
        offset, limit = params.get("offset", 0), params.get("limit", 50)
        return {key: rows[offset:offset + limit], "count": len(rows)}


def product(n: int, at: str, price: int = 10_000) -> dict:
    return {"id": f"prod_{n}", "title": f"Sản phẩm {n}", "status": "published",
            "updated_at": at, "metadata": {}, "categories": [],
            "variants": [{"id": f"var_{n}_{k}", "sku": f"S{n}-{k}", "title": str(k),
                          "updated_at": at, "prices": [{"currency_code": "vnd", "amount": price}]}
                         for k in range(3)]}


def pull_all(puller: ProductPuller, cursor=None):
    records, more = [], True
    while more:
        page = puller.page(cursor)
        records += page.records
        cursor, more = page.cursor, page.more
    return records, cursor


def test_a_first_pull_reads_each_product_once_and_then_only_what_changed_since_it_began():
    store = FakeStore([product(n, f"2026-01-{n + 1:02d}T08:00:00.000Z") for n in range(30)])
    records, cursor = pull_all(ProductPuller(store, "vnd"))
    # every product once, and the last one changed less than a minute before the pull again
    assert sorted(r.remote_id for r in records) == sorted(
        [f"prod_{n}" for n in range(30)] + ["prod_29"])
    # the variants phase asked only from a minute before the store's last change
    [variants_call] = [p for path, p in store.calls if path == "/admin/product-variants"
                       and "updated_at[$gte]" in p]
    assert variants_call["updated_at[$gte]"] == "2026-01-30T07:59:00.000Z"
    assert json.loads(cursor)["since"] == "2026-01-30T08:00:00.000Z"
    fields = next(p["fields"] for path, p in store.calls if "updated_at[$gte]" in p
                  and path == "/admin/products")
    assert "*variants" not in fields and "variants.prices.amount" in fields

    # next pull: a price-only change (the variant's updated_at moves, not the product's)
    store.products[3]["variants"][1].update(updated_at="2026-02-02T00:00:00.000Z",
                                            prices=[{"currency_code": "vnd", "amount": 12_500}])
    store.calls.clear()
    records, _ = pull_all(ProductPuller(store, "vnd"), cursor)
    # the last product again (>= since, in both phases), and the one whose price changed
    assert sorted(r.remote_id for r in records) == ["prod_29", "prod_29", "prod_3"]
    [changed] = [r for r in records if r.remote_id == "prod_3"]
    assert changed.variants[1].price == 12_500
    assert not any(p.get("order") == "-updated_at" for _, p in store.calls)  # no probe


def test_a_first_pull_of_an_empty_store_asks_every_variant():
    store = FakeStore([])
    records, cursor = pull_all(ProductPuller(store, "vnd"))
    assert records == [] and json.loads(cursor)["since"] == EPOCH


def test_products_written_together_are_all_pulled_once_whatever_their_order():
    """Medusa sorts on updated_at alone; a batch written in one transaction shares it."""
    at = ["2026-03-01T10:00:00.000Z"] * 120 + ["2026-03-02T10:00:00.000Z"] * 250
    store = FakeStore([product(n, stamp) for n, stamp in enumerate(at)])
    puller, cursor, updated_phase = ProductPuller(store, "vnd"), None, []
    while True:
        phase = json.loads(cursor)["phase"] if cursor else "updated"
        page = puller.page(cursor)
        if phase == "updated":
            updated_phase += [r.remote_id for r in page.records]
        cursor = page.cursor
        if not page.more:
            break
    assert sorted(updated_phase) == sorted(f"prod_{n}" for n in range(370))
