"""The Medusa v2 connector: the engine's protocol over the Admin API."""
from __future__ import annotations

import logging
from pathlib import Path

from pos.i18n import QT_TRANSLATE_NOOP
from pos.services import collect, holds
from sync.connectors import medusa_batch, medusa_delivery, medusa_setup
from sync.connectors.medusa_collect import CollectOrderPuller, CollectPusher
from sync.connectors.medusa_customers import CustomerPusher, customer_puller
from sync.connectors.medusa_holds import HoldPusher
from sync.connectors.medusa_http import MedusaHttp
from sync.connectors.medusa_loyalty import LoyaltyPusher
from sync.connectors.medusa_orders import StoreOrderPuller
from sync.connectors.medusa_promotions import PromotionPuller
from sync.connectors.medusa_pull import ProductPuller, StockPuller
from sync.connectors.medusa_returns import ReturnPusher, fetch_order
from sync.connectors.medusa_sales import SalePusher, counter_part
from sync.connectors.medusa_stock import StockAdjustmentPusher, StockLocationPuller
from sync.config import update_ids
from sync.errors import NotFound, Rejected, SyncError
from sync.records import Page, PushResult

log = logging.getLogger(__name__)


class MedusaConnector:
    name = "Medusa"
    # The orders to collect before the stock: a ready order cancelled online puts its units
    # back here when it is pulled, and the snapshot just after it, which holds the cancel,
    # acknowledges that (pulled after, the figure would count them twice until the next one).
    resources = ("products", "stock_locations", "collect_orders", "stock", "customers",
                 "online_orders", "promotions")

    def __init__(self, url: str, api_key: str, ids: dict | None = None,
                 data_dir: Path | None = None, local_location: str = "shop",
                 currency: str = "vnd", country: str = "vn",
                 timeout: tuple[float, float] | None = None, reuse_connections: bool = True):
        self.http = MedusaHttp(url, api_key, timeout, reuse_connections)
        self.data_dir = data_dir  # where the connection is kept (what the till found online)
        self._variant_ids: dict = {}
        self.ids = dict(ids or {})
        self.currency = self.ids.get("currency", currency)
        self.country = country
        self.local_location = local_location
        self._promotions: PromotionPuller | None = None  # keeps looked-up names for a snapshot
        # the POS plugin's batch route: its size, 0 = none, None = not asked yet (asked at connect)
        self._batch_size: int | None = self.ids.get(medusa_batch.ROUTE_KEY)
        self._batched: dict = {}  # sale UUID -> outcome of a batch sent ahead

    def check(self) -> str:
        store = self.http.get("/admin/stores", fields="id,name")["stores"][0]
        return f"Medusa store “{store.get('name', '')}” at {self.http.url}"

    def set_up_till(self) -> dict:
        self.ids = medusa_setup.set_up_till(self.http, self.currency, self.country, self.ids)
        self._batch_size = self.ids[medusa_batch.ROUTE_KEY] = medusa_batch.probe(self.http)
        return self.ids

    def batch_size(self) -> int:
        """How many sales one request may carry (the POS plugin's route); 0 = per-sale calls."""
        if self._batch_size is None:
            self._batch_size = medusa_batch.probe(self.http)
        return self._batch_size

    def _route_gone(self) -> None:
        """The POS plugin's route answered 404 (the plugin was removed since connecting):
        sales go by the per-sale calls from now on, which find what the route made (its
        orders carry the sale's UUID too), and `pos sync status` says so."""
        log.warning("the store's POS plugin route is gone: sales go one by one from now on")
        self._batch_size = self.ids[medusa_batch.ROUTE_KEY] = 0
        self._batched.clear()
        if self.data_dir is not None:
            update_ids(self.data_dir, {medusa_batch.ROUTE_KEY: 0})

    def _batch(self) -> medusa_batch.BatchSalePusher:
        return medusa_batch.BatchSalePusher(self.http, self.ids, self._variant_ids,
                                            self.batch_size())

    def push_ahead(self, rows: list[tuple[str, str, dict, bool]]) -> None:
        """The engine's due rows, before it pushes them one by one: with the batch route, the
        waiting sales go in one request per batch and push() hands out each one's outcome."""
        try:
            if not self.batch_size():
                return
            sales = [counter_part(payload) for kind, _ref, payload, _first in rows
                     if kind == "sale" and payload["id"] not in self._batched]
            sales = [sale for sale in sales if sale["lines"]]  # else: all sold for delivery
            if sales:
                self._batched.update(self._batch().push_many(sales[:self.batch_size()]))
        except NotFound:
            self._route_gone()
        except SyncError:  # no answer: push() sends each sale again and reports it
            return

    def pull(self, resource: str, cursor: str | None) -> Page:
        if resource == "products":
            self._variant_ids.clear()  # SKUs may have moved online
            return ProductPuller(self.http, self.currency).page(cursor)
        if resource == "stock":
            return StockPuller(self.http, self.ids["stock_location_id"],
                               self.local_location).page(cursor)
        if resource == "stock_locations":
            return StockLocationPuller(self.http, self.ids["stock_location_id"]).page(cursor)
        if resource == "customers":
            return customer_puller(self.http).page(cursor)
        if resource == "online_orders":
            return StoreOrderPuller(self.http, self.currency).page(cursor)
        if resource == "promotions":
            self._promotions = self._promotions or PromotionPuller(self.http, self.ids,
                                                                   self.currency)
            return self._promotions.page(cursor)
        if resource == "collect_orders":
            return CollectOrderPuller(self.http, self.ids).page(cursor)
        raise ValueError(f"Medusa connector cannot pull {resource!r}")

    def fetch_order(self, ref: str) -> dict | None:
        """An online order (#1042) or another till's sale (T2-000123) to be returned at this
        till; its own connection, as the sync thread may be using the other one."""
        http = MedusaHttp(self.http.url, self.http.session.auth[0], self.http.timeout)
        return fetch_order(http, self.ids, ref)

    def push(self, kind: str, ref: str, payload: dict, first_attempt: bool) -> PushResult:
        if kind == "sale":
            payload = counter_part(payload)
            if not payload["lines"]:  # its delivery orders carry it to the store
                return PushResult("", "all its items sold for delivery")
        if kind == "sale" and self.batch_size():
            outcome = self._batched.pop(payload["id"], None)
            try:
                if outcome is None:
                    outcome = self._batch().push_many([payload])[payload["id"]]
            except NotFound:
                self._route_gone()  # and this sale goes by the per-sale calls below
            else:
                if isinstance(outcome, SyncError):
                    raise outcome
                return outcome
        if kind == "sale":
            return SalePusher(self.http, self.ids, self._variant_ids).push(payload, first_attempt)
        if kind == "customer":
            return CustomerPusher(self.http).push(payload)
        if kind == "return":
            return ReturnPusher(self.http, self.ids, self._variant_ids).push(payload)
        if kind == "stock_adjustment":
            return StockAdjustmentPusher(self.http, self.ids["stock_location_id"]).push(payload)
        if kind in (collect.READY_KIND, collect.PAYMENT_KIND, collect.DELIVERED_KIND,
                    collect.CANCEL_KIND):
            return CollectPusher(self.http, self.ids).push(kind, payload)
        if kind == "loyalty":
            return LoyaltyPusher(self.http).push(payload)
        if kind == medusa_delivery.KIND:
            return medusa_delivery.DeliveryOrderPusher(self.http, self.ids, self._variant_ids
                                                       ).push(payload, first_attempt)
        if kind == holds.KIND:
            return HoldPusher(self.http, self.ids["stock_location_id"]).push(payload)
        raise Rejected(QT_TRANSLATE_NOOP("SyncErrors", "Sending {0} changes to Medusa is not "
                                                       "supported yet"), repr(kind))
