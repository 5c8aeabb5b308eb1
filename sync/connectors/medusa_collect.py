"""Click-and-collect with Medusa (issue #15): web orders to be picked up in this shop come
down, and what the shop did with them goes up.

Pull: every order whose shipping method is the shop's pickup option (medusa_setup makes it,
`ids["pickup_option_id"]`), paged by updated_at from when that option was made, so a
cancellation online comes down too. Medusa has no filter on the shipping option: the page is
read whole and sorted out here.

Push, each exactly once over at-least-once (Medusa ignores Idempotency-Key):
- collect_ready: a fulfilment of the order's items at the shop's location, carrying the
  till's effect UUID in its metadata; the order's fulfilments are read for that UUID first.
- collect_payment: the amount taken at the till, captured on the order's authorized payment
  (or recorded as paid when it has none); a payment already captured is not captured again,
  and the UUID goes in the order's metadata.
- collect_delivered: the till's fulfilment(s) of the order marked delivered, those not yet.
- collect_cancel: not collected by the deadline. The till's fulfilment is cancelled first
  (Medusa refuses to cancel an order with one; cancelling it puts the units back in stock and
  reserves them again), the UUID goes in the order's metadata, then the order is cancelled
  (which drops the reservations and cancels an authorized payment, refunding a captured one).
  An order already cancelled is found, whoever cancelled it."""
from __future__ import annotations

import json
from datetime import datetime
from decimal import Decimal

from pos.domain.money import currency as currency_of, to_major, to_minor
from pos.i18n import QT_TRANSLATE_NOOP
from pos.services import collect
from sync.connectors.keyset import EPOCH, Keyset, next_page
from sync.connectors.medusa_http import MedusaHttp
from sync.errors import Rejected, SyncError
from sync.records import Page, PushResult

RESOURCE = "collect_orders"
PAGE_SIZE = 50
CURSOR_KEY = "collect_since"
PULL_FIELDS = ("id,display_id,status,email,currency_code,total,payment_status,created_at,"
               "updated_at,*items,*shipping_methods,*shipping_address")
PUSH_FIELDS = ("id,display_id,status,total,payment_status,metadata,*items,*fulfillments,"
               "*payment_collections,*payment_collections.payments")
READY_KEY, PAYMENT_KEY, DELIVERED_KEY = "pos_collect_ready", "pos_collect_payment", \
    "pos_collect_delivered"
CANCEL_KEY = "pos_collect_cancel"
PAID = ("captured", "partially_refunded", "refunded")


class NotPreparedYet(SyncError):
    """The delivered mark came before the fulfilment reached the store: wait for it."""


# -- pull ---------------------------------------------------------------------------------------
class CollectOrderPuller:
    """Resource "collect_orders"; cursor JSON {collect_since, seen} on updated_at."""

    resource = RESOURCE

    def __init__(self, http: MedusaHttp, ids: dict, page_size: int = PAGE_SIZE):
        self.http, self.ids, self.page_size = http, ids, page_size
        self.cur = currency_of(ids.get("currency", "vnd").upper())

    def page(self, cursor: str | None) -> Page:
        option = self.ids.get("pickup_option_id")
        if not option:  # connected before click-and-collect: `pos connect` again sets it up
            return Page(self.resource, (), cursor, more=False)
        start = {CURSOR_KEY: self.ids.get("pickup_since") or EPOCH}
        position = Keyset.load(json.loads(cursor) if cursor else start, CURSOR_KEY)
        page = next_page(self.http, "/admin/orders", "orders", "updated_at", position,
                         self.page_size, fields=PULL_FIELDS)
        records = tuple(pulled_order(row, self.cur) for row in page.rows
                        if _picks_up(row, option) and _in_currency(row, self.cur))
        return Page(self.resource, records, json.dumps(page.position.dump(CURSOR_KEY)),
                    more=page.full)


def _picks_up(row: dict, option_id: str) -> bool:
    return any(m.get("shipping_option_id") == option_id for m in row.get("shipping_methods") or [])


def _in_currency(row: dict, cur) -> bool:
    return (row.get("currency_code") or cur.code).upper() == cur.code


def pulled_order(row: dict, cur) -> collect.PulledOrder:
    address = row.get("shipping_address") or {}
    name = " ".join(p for p in (address.get("last_name"), address.get("first_name")) if p)
    return collect.PulledOrder(
        remote_id=row["id"], display_no=str(row.get("display_id") or ""),
        customer_name=name, phone=address.get("phone") or "", email=row.get("email") or "",
        currency=cur.code, total=to_minor(Decimal(str(row.get("total") or 0)), cur),
        paid=row.get("payment_status") in PAID, placed_at=_naive_utc(row.get("created_at")),
        lines=tuple(collect.PulledLine(i["id"], i.get("variant_sku") or "", i.get("title") or "",
                                       int(Decimal(str(i.get("quantity") or 0))))
                    for i in row.get("items") or []),
        canceled=row.get("status") == "canceled")


def _naive_utc(iso: str | None) -> datetime:
    return datetime.fromisoformat((iso or EPOCH).replace("Z", "+00:00")).replace(tzinfo=None)


# -- push ---------------------------------------------------------------------------------------
class CollectPusher:
    def __init__(self, http: MedusaHttp, ids: dict):
        self.http, self.ids = http, ids
        self.cur = currency_of(ids.get("currency", "vnd").upper())

    def push(self, kind: str, payload: dict) -> PushResult:
        order = self._order(payload["order_id"])
        if kind == collect.READY_KIND:
            return self.fulfil(order, payload)
        if kind == collect.PAYMENT_KIND:
            return self.take_payment(order, payload)
        if kind == collect.CANCEL_KIND:
            return self.cancel(order, payload)
        return self.deliver(order, payload)

    def _order(self, order_id: str) -> dict:
        return self.http.get(f"/admin/orders/{order_id}", fields=PUSH_FIELDS)["order"]

    def fulfil(self, order: dict, payload: dict) -> PushResult:
        done = _till_fulfilment(order, payload["effect_id"])
        if done is not None:
            return PushResult(done["id"], "already in the store")
        if order.get("status") == "canceled" and (order.get("metadata") or {}).get(CANCEL_KEY):
            # the till cancelled it (not collected) before this step reached the store
            return PushResult(order["id"], "cancelled before it was ready in the store")
        if order.get("status") == "canceled":
            raise Rejected(QT_TRANSLATE_NOOP("SyncErrors", "Online order {0} was cancelled in "
                                                           "the store: it cannot be prepared."),
                           payload["number"])
        items = [{"id": ln["remote_line_id"], "quantity": ln["quantity"]}
                 for ln in payload["lines"]]
        self.http.post(f"/admin/orders/{order['id']}/fulfillments", {
            "items": items, "location_id": self.ids["stock_location_id"],
            "metadata": {READY_KEY: payload["effect_id"]}})
        made = _till_fulfilment(self._order(order["id"]), payload["effect_id"])
        return PushResult(made["id"] if made else order["id"])

    def take_payment(self, order: dict, payload: dict) -> PushResult:
        meta = order.get("metadata") or {}
        if meta.get(PAYMENT_KEY) == payload["effect_id"]:
            return PushResult(order["id"], "already in the store")
        if order.get("payment_status") not in PAID:
            self._capture(order, payload["amount"])
        self.http.post(f"/admin/orders/{order['id']}", {"metadata": {
            **meta, PAYMENT_KEY: payload["effect_id"],
            "pos_collect_tenders": [t["method"] for t in payload.get("tenders") or []]}})
        return PushResult(order["id"])

    def _capture(self, order: dict, amount: int) -> None:
        """Captures the authorized payment (no second capture: only one not captured yet);
        an order with none gets a payment collection marked paid, as a till sale does."""
        major = _number(to_major(amount, self.cur))
        payments = [p for c in order.get("payment_collections") or []
                    if c.get("status") != "canceled" for p in c.get("payments") or []
                    if not p.get("canceled_at")]
        if any(p.get("captured_at") for p in payments):
            return
        if payments:  # never more than was authorized online
            held = Decimal(str(payments[0].get("amount") or major))
            self.http.post(f"/admin/payments/{payments[0]['id']}/capture",
                           {"amount": _number(min(Decimal(str(major)), held))})
            return
        pc = self.http.post("/admin/payment-collections", {"order_id": order["id"],
                                                           "amount": major})
        self.http.post(f"/admin/payment-collections/{pc['payment_collection']['id']}"
                       "/mark-as-paid", {"order_id": order["id"]})

    def deliver(self, order: dict, payload: dict) -> PushResult:
        mine = [f for f in order.get("fulfillments") or []
                if READY_KEY in (f.get("metadata") or {}) and not f.get("canceled_at")]
        if not mine:
            raise NotPreparedYet(QT_TRANSLATE_NOOP("SyncErrors", "Online order {0}: the store "
                                                                 "has not heard it is ready "
                                                                 "yet; trying again later."),
                                 payload["number"])
        for f in mine:
            if not f.get("delivered_at"):
                self.http.post(f"/admin/orders/{order['id']}/fulfillments/{f['id']}"
                               "/mark-as-delivered", {})
        meta = order.get("metadata") or {}
        if meta.get(DELIVERED_KEY) != payload["effect_id"]:
            self.http.post(f"/admin/orders/{order['id']}",
                           {"metadata": {**meta, DELIVERED_KEY: payload["effect_id"]}})
        if order.get("payment_status") in PAID and order.get("status") != "completed":
            self.http.post(f"/admin/orders/{order['id']}/complete")  # paid and handed over
        return PushResult(mine[0]["id"])

    def cancel(self, order: dict, payload: dict) -> PushResult:
        if order.get("status") == "canceled":
            return PushResult(order["id"], "already in the store")
        mine = payload.get("fulfilment_id")
        made = _till_fulfilment(order, mine) if mine else None
        if made is not None:
            self.http.post(f"/admin/orders/{order['id']}/fulfillments/{made['id']}/cancel", {})
        meta = order.get("metadata") or {}
        if meta.get(CANCEL_KEY) != payload["effect_id"]:
            self.http.post(f"/admin/orders/{order['id']}",
                           {"metadata": {**meta, CANCEL_KEY: payload["effect_id"]}})
        self.http.post(f"/admin/orders/{order['id']}/cancel", {})
        return PushResult(order["id"])


def _till_fulfilment(order: dict, effect_id: str) -> dict | None:
    return next((f for f in order.get("fulfillments") or []
                 if (f.get("metadata") or {}).get(READY_KEY) == effect_id
                 and not f.get("canceled_at")), None)


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)
