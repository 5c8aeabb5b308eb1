"""The Medusa v2 connector: the engine's protocol over the Admin API."""
from __future__ import annotations

from pathlib import Path

from pos.i18n import QT_TRANSLATE_NOOP
from sync.connectors import medusa_setup
from sync.connectors.medusa_customers import CustomerPusher, customer_puller
from sync.connectors.medusa_http import MedusaHttp
from sync.connectors.medusa_loyalty import LoyaltyPusher
from sync.connectors.medusa_orders import StoreOrderPuller
from sync.connectors.medusa_promotions import PromotionPuller
from sync.connectors.medusa_pull import ProductPuller, StockPuller
from sync.connectors.medusa_returns import ReturnPusher, fetch_order
from sync.connectors.medusa_sales import SalePusher
from sync.connectors.medusa_stock import StockAdjustmentPusher, StockLocationPuller
from sync.errors import Rejected
from sync.records import Page, PushResult


class MedusaConnector:
    name = "Medusa"
    resources = ("products", "stock_locations", "stock", "customers", "online_orders",
                 "promotions")

    def __init__(self, url: str, api_key: str, ids: dict | None = None,
                 data_dir: Path | None = None, local_location: str = "shop",
                 currency: str = "vnd", country: str = "vn",
                 timeout: tuple[float, float] | None = None, reuse_connections: bool = True):
        self.http = MedusaHttp(url, api_key, timeout, reuse_connections)
        self._variant_ids: dict = {}
        self.ids = dict(ids or {})
        self.currency = self.ids.get("currency", currency)
        self.country = country
        self.local_location = local_location
        self._promotions: PromotionPuller | None = None  # keeps looked-up names for a snapshot

    def check(self) -> str:
        store = self.http.get("/admin/stores", fields="id,name")["stores"][0]
        return f"Medusa store “{store.get('name', '')}” at {self.http.url}"

    def set_up_till(self) -> dict:
        self.ids = medusa_setup.set_up_till(self.http, self.currency, self.country, self.ids)
        return self.ids

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
        raise ValueError(f"Medusa connector cannot pull {resource!r}")

    def fetch_order(self, ref: str) -> dict | None:
        """An online order (#1042) or another till's sale (T2-000123) to be returned at this
        till; its own connection, as the sync thread may be using the other one."""
        http = MedusaHttp(self.http.url, self.http.session.auth[0], self.http.timeout)
        return fetch_order(http, self.ids, ref)

    def push(self, kind: str, ref: str, payload: dict, first_attempt: bool) -> PushResult:
        if kind == "sale":
            return SalePusher(self.http, self.ids, self._variant_ids).push(payload, first_attempt)
        if kind == "customer":
            return CustomerPusher(self.http).push(payload)
        if kind == "return":
            return ReturnPusher(self.http, self.ids, self._variant_ids).push(payload)
        if kind == "stock_adjustment":
            return StockAdjustmentPusher(self.http, self.ids["stock_location_id"]).push(payload)
        if kind == "loyalty":
            return LoyaltyPusher(self.http).push(payload)
        raise Rejected(QT_TRANSLATE_NOOP("SyncErrors", "Sending {0} changes to Medusa is not "
                                                       "supported yet"), repr(kind))
