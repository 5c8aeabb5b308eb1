"""Sales pushed through the omnipos plugin's `POST /admin/pos/sales/batch` (sync/medusa-plugin).

One request records up to `max_batch` sales, each as a paid order fulfilled and delivered at
the till's location. Exactly-once is the store's: the plugin keys every sale by its UUID in its
own table (unique index, under a lock), so a batch sent again after a cut answer reports the
sales it already has ("already") and makes no second order. A store without the plugin answers
404 to `GET /admin/pos/health`, and the till keeps the per-sale Admin API calls (medusa_sales).

What a sale needs besides its order stays on the till's side, as for the per-sale path: the rest
of a weighed line taken off the level, and coupons counted (both exactly once on their own)."""
from __future__ import annotations

import logging

import requests

from pos.i18n import QT_TRANSLATE_NOOP
from sync.connectors.medusa_http import MedusaHttp
from sync.connectors.medusa_promotions import count_till_uses
from sync.connectors.medusa_sales import SalePusher
from sync.errors import Rejected, StoreBusy, StoreUnreachable, SyncError
from sync.records import PushResult

log = logging.getLogger(__name__)
HEALTH = "/admin/pos/health"
BATCH = "/admin/pos/sales/batch"
ROUTE_KEY = "pos_batch_route"  # in the connection's ids: max batch size, 0 = no route


def probe(http: MedusaHttp) -> int:
    """The store's batch size when it has the POS plugin's routes, 0 when it has not.
    No answer raises StoreUnreachable (nothing is decided then)."""
    try:
        resp = http.session.get(http.url + HEALTH, timeout=http.timeout)
    except requests.RequestException as exc:
        raise StoreUnreachable(QT_TRANSLATE_NOOP("SyncErrors", "Online store not reachable "
                                                               "({0})"),
                               type(exc).__name__) from None
    if resp.status_code == 404:
        return 0
    data = http._answer("GET", HEALTH, resp)
    return max(1, int(data.get("max_batch") or 1))


class BatchSalePusher:
    def __init__(self, http: MedusaHttp, ids: dict, variant_ids: dict, max_batch: int):
        self.http, self.ids, self.max_batch = http, ids, max_batch
        self.sales = SalePusher(http, ids, variant_ids)

    def push_many(self, sales: list[dict]) -> dict[str, PushResult | SyncError]:
        """Each sale's outcome by its UUID: a PushResult, or the error to raise for it.
        A batch with no answer raises (StoreUnreachable / StoreBusy): nothing is known."""
        outcomes: dict[str, PushResult | SyncError] = {}
        for start in range(0, len(sales), self.max_batch):
            chunk = sales[start:start + self.max_batch]
            bodies = [self.body(sale) for sale in chunk]
            answer = self.http.post(BATCH, {"sales": bodies})
            by_id = {r.get("sale_id"): r for r in answer.get("results") or []}
            for sale in chunk:
                outcomes[sale["id"]] = self._outcome(sale, by_id.get(sale["id"]))
        return outcomes

    def body(self, sale: dict) -> dict:
        draft = self.sales.draft_body(sale)  # items with the till's prices, variant ids, metadata
        amount = sum(line["total"] for line in sale["lines"])
        return {"sale_id": sale["id"], "terminal_id": sale["terminal_id"],
                "created_at": sale["created_at"], "region_id": draft["region_id"],
                "sales_channel_id": draft["sales_channel_id"],
                "location_id": self.ids["stock_location_id"],
                "shipping_option_id": self.ids["shipping_option_id"],
                "currency_code": draft["currency_code"], "email": draft["email"],
                "items": draft["items"], "amount": self.sales._major(amount),
                "metadata": draft["metadata"]}

    def _outcome(self, sale: dict, result: dict | None) -> PushResult | SyncError:
        if result is None:
            return StoreBusy(QT_TRANSLATE_NOOP("SyncErrors", "The online store's batch answer "
                                                             "has no result for sale {0}"),
                             sale["receipt"])
        status = result.get("status")
        if status in ("created", "already"):
            order = {"id": result["order_id"], "items": result.get("items") or []}
            notes = [result.get("note") or "", self.sales.settle_weighed(order, sale)]
            count_till_uses(self.http, sale)
            return PushResult(order["id"], "; ".join(n for n in notes if n))
        if status == "refused":
            return Rejected(QT_TRANSLATE_NOOP("SyncErrors", "The online store refused sale {0}: "
                                                            "{1}"),
                            sale["receipt"], result.get("reason") or "")
        return StoreBusy(QT_TRANSLATE_NOOP("SyncErrors", "The online store could not record "
                                                         "sale {0} yet: {1}"),
                         sale["receipt"], result.get("reason") or status or "")
