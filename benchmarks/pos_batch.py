"""Sales/s pushed from one till to a Medusa store, through the POS plugin's batch route and
through the per-sale Admin API calls (issue #16). Run against a store that has the plugin:

    python -m benchmarks.pos_batch STORE.json [N]

STORE.json: {"url", "key", "shop": {...seed_shop() ids...}}; prints one JSON object with both
figures; the caller writes it into bench.json."""
from __future__ import annotations

import json
import sys
import time
import uuid
from datetime import datetime, timezone

from sync.connectors.medusa_batch import BatchSalePusher
from sync.connectors.medusa_http import MedusaHttp
from sync.connectors.medusa_sales import SalePusher

SKU = "OMNI-NOODLE-HH"


def a_sale(n: int) -> dict:
    return {"id": str(uuid.uuid4()), "receipt": f"B1-{n:06d}", "terminal_id": "B1",
            "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "rounding": 0, "total": 9_000, "payments": [{"tender": "cash", "amount": 9_000}],
            "lines": [{"line_no": 1, "sku": SKU, "name": "Mì", "quantity": "2", "total": 9_000}]}


def measure(store: dict, n: int) -> dict:
    shop = store["shop"]
    ids = {"region_id": shop["region_id"], "sales_channel_id": shop["pos"]["sales_channel_id"],
           "stock_location_id": shop["location_id"], "currency": "vnd",
           "shipping_option_id": shop["pos"]["shipping_option_id"]}
    http = MedusaHttp(store["url"], store["key"], timeout=(5.0, 120.0))
    variants: dict = {}
    batch = BatchSalePusher(http, ids, variants, 50)
    sales = [a_sale(i) for i in range(n)]
    t = time.perf_counter()
    done = batch.push_many(sales)
    route_s = time.perf_counter() - t
    assert all(not isinstance(r, Exception) for r in done.values()), done
    plain = SalePusher(http, ids, variants)
    sales = [a_sale(n + i) for i in range(n)]
    t = time.perf_counter()
    for sale in sales:
        plain.push(sale, first_attempt=True)
    plain_s = time.perf_counter() - t
    return {"sales": n, "route_sales_per_s": round(n / route_s, 2),
            "plain_sales_per_s": round(n / plain_s, 2),
            "route_requests_per_sale": round(-(-n // 50) / n, 3),
            "speed-up": round(plain_s / route_s, 1)}


if __name__ == "__main__":
    store = json.load(open(sys.argv[1]))
    print(json.dumps(measure(store, int(sys.argv[2]) if len(sys.argv) > 2 else 50)))
