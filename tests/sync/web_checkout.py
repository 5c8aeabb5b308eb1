"""A customer's checkout on the web shop through Medusa's Store API, as a storefront does it:
a publishable key of the web channel, a cart, the shop's pickup option, a payment session
(pp_system_default: authorized, not captured), complete. Used by the click-and-collect tests
and the sync benchmark."""
from __future__ import annotations

import requests

PICKUP_PREFIX = "Pick up at"  # medusa_setup.ensure_pickup_option's name


class WebShop:
    def __init__(self, url: str, admin, channel_id: str, region_id: str):
        made = admin.post("/admin/api-keys", {"title": "omnipos web checkout",
                                              "type": "publishable"})["api_key"]
        admin.post(f"/admin/api-keys/{made['id']}/sales-channels", {"add": [channel_id]})
        self.url, self.channel_id, self.region_id = url, channel_id, region_id
        self.session = requests.Session()
        self.session.headers["x-publishable-api-key"] = made["token"]

    def _post(self, path: str, body: dict | None = None) -> dict:
        resp = self.session.post(self.url + path, json=body or {}, timeout=60)
        if resp.status_code >= 400:
            raise AssertionError(f"{path}: {resp.status_code} {resp.text[:300]}")
        return resp.json()

    def pickup_order(self, items: list[tuple[str, int]], email: str = "mai@example.vn") -> str:
        """Places an order of (variant id, quantity) to pick up in the shop; its id."""
        cart = self._post("/store/carts", {
            "region_id": self.region_id, "sales_channel_id": self.channel_id, "email": email,
            "items": [{"variant_id": v, "quantity": q} for v, q in items],
            "shipping_address": {"first_name": "Mai", "last_name": "Trần", "phone": "0905550001",
                                 "address_1": "-", "city": "Hồ Chí Minh", "country_code": "vn"},
        })["cart"]
        offered = self.session.get(self.url + "/store/shipping-options",
                                   params={"cart_id": cart["id"]}, timeout=60).json()
        pickup = [o for o in offered.get("shipping_options") or []
                  if o["name"].startswith(PICKUP_PREFIX)]
        if len(pickup) != 1:
            raise AssertionError(f"the cart is offered {offered}")
        self._post(f"/store/carts/{cart['id']}/shipping-methods", {"option_id": pickup[0]["id"]})
        pc = self._post("/store/payment-collections", {"cart_id": cart["id"]})
        self._post(f"/store/payment-collections/{pc['payment_collection']['id']}"
                   "/payment-sessions", {"provider_id": "pp_system_default"})
        return self._post(f"/store/carts/{cart['id']}/complete")["order"]["id"]
