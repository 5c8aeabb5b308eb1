"""Pushing a till sale to Medusa as a paid order fulfilled at the shop's location.

Medusa ignores Idempotency-Key, so exactly-once is ours: the sale UUID goes into the
draft's metadata, and after any uncertain outcome the sale is looked up by that UUID (in
orders and in drafts) before anything is created again; a half-done sequence is resumed.

A weighed line (1,250 kg) goes up as ONE order item carrying the whole weight (Medusa counts
items), so the fulfilment takes 1 off the shop's level, not 1.25. After the fulfilment the
difference (quantity - what Medusa took off) is taken off the level as a stock adjustment,
made exactly once by the same marks as the till's adjustments (`medusa_stock`,
keyed by the sale's UUID and the line number); never below zero. The till's own movement for
the sale is acknowledged by the next stock snapshot once the sale is sent (sync/engine.py), so
the pull does not count it twice."""
from __future__ import annotations

import logging
from datetime import datetime, timedelta
from decimal import Decimal

from pos.domain.money import currency as currency_of, to_major
from sync.connectors.keyset import all_rows
from sync.connectors.medusa_http import MedusaHttp
from sync.connectors.medusa_promotions import count_till_uses
from sync.connectors.medusa_stock import StockAdjustmentPusher
from sync.errors import Rejected
from sync.records import PushResult

log = logging.getLogger(__name__)
CLOCK_SKEW = timedelta(days=1)  # till and store clocks may disagree; look back generously
ORDER_FIELDS = ("id,status,payment_status,fulfillment_status,total,metadata,created_at,"
                "*items,*payment_collections,*fulfillments")


def counter_part(sale: dict) -> dict:
    """The sale as the counter's order: without the lines sold for delivery from another
    location (each goes to the store as its own order, medusa_delivery)."""
    if not any(line.get("ship_from") for line in sale["lines"]):
        return sale
    return {**sale, "lines": [line for line in sale["lines"] if not line.get("ship_from")]}


class SalePusher:
    META_KEY = "pos_sale_id"  # the metadata key carrying the till's UUID, found again by it
    RECEIPT_KEY = "receipt"

    def __init__(self, http: MedusaHttp, ids: dict,
                 variant_ids: dict[str, tuple[str, str] | None] | None = None):
        self.http, self.ids = http, ids
        self.cur = currency_of(ids.get("currency", "vnd").upper())
        self._variant_ids = {} if variant_ids is None else variant_ids  # sku -> (variant, product)

    # -- the whole sequence ---------------------------------------------------------------
    def push(self, sale: dict, first_attempt: bool) -> PushResult:
        order, note = self.place(sale, first_attempt)
        order = self.finish(order)
        notes = [note, self.settle_weighed(order, sale)]
        count_till_uses(self.http, sale)  # coupons used at the till count online
        return PushResult(order["id"], "; ".join(n for n in notes if n))

    def place(self, sale: dict, first_attempt: bool) -> tuple[dict, str]:
        """The sale's order, found again by its UUID or made: a draft (found again, or
        created) converted to an order. Returns it with the draft's note."""
        order = None if first_attempt else self.find_order(sale)
        if order is not None:
            return order, ""
        draft, note = (None if first_attempt else self.find_draft(sale)), ""
        if draft is None:
            draft, note = self.create_draft(sale)
        return self.http.post(f"/admin/draft-orders/{draft['id']}/convert-to-order",
                              fields=ORDER_FIELDS)["order"], note

    def finish(self, order: dict) -> dict:
        """Paid, fulfilled at the shop, completed — each step only if not done yet. Returns
        the order as read before those steps (its items)."""
        order = self._order(order["id"])
        if order.get("payment_status") not in ("captured", "paid", "partially_refunded", "refunded"):
            self.mark_paid(order)
        if not order.get("fulfillments"):
            self.fulfil(order)
        if order.get("status") not in ("completed", "archived"):
            self.http.post(f"/admin/orders/{order['id']}/complete")
        return order

    # -- weighed lines --------------------------------------------------------------------
    def settle_weighed(self, order: dict, sale: dict) -> str:
        """Takes the rest of each weighed line's quantity off the shop's level (the
        fulfilment took off the order items' count), once. Returns the adjustments' notes."""
        stock = StockAdjustmentPusher(self.http, self.ids["stock_location_id"])
        notes = []
        for line in sale["lines"]:
            rest = _weighed_rest(order, line)
            if not rest:
                continue
            try:
                done = stock.push({"adjustment_id": f"sale {sale['id']} line {line['line_no']}",
                                   "sku": line["sku"], "delta": str(-rest)})
            except Rejected as exc:  # no stock item online: the sale is still in the store
                notes.append(f"{line['quantity']} of {line['sku']} not taken off the "
                             f"online stock: {exc}")
                continue
            notes.append(done.note)
        return "; ".join(n for n in notes if n)

    # -- looking a sale up ----------------------------------------------------------------
    def _window(self, sale: dict) -> str:
        made = datetime.fromisoformat(sale["created_at"].replace("Z", "+00:00"))
        return (made - CLOCK_SKEW).strftime("%Y-%m-%dT%H:%M:%SZ")

    def _matching(self, path: str, key: str, sale: dict) -> dict | None:
        # Medusa ignores metadata filters: page through the window and match on our side
        for row in all_rows(self.http, path, key, "created_at", self._window(sale),
                            **{"sales_channel_id[]": self.ids["sales_channel_id"],
                               "fields": "id,metadata,created_at"}):
            if (row.get("metadata") or {}).get(self.META_KEY) == sale["id"]:
                return row
        return None

    def find_order(self, sale: dict) -> dict | None:
        return self._matching("/admin/orders", "orders", sale)

    def find_draft(self, sale: dict) -> dict | None:
        return self._matching("/admin/draft-orders", "draft_orders", sale)

    def _order(self, order_id: str) -> dict:
        return self.http.get(f"/admin/orders/{order_id}", fields=ORDER_FIELDS)["order"]

    # -- creating -------------------------------------------------------------------------
    def create_draft(self, sale: dict) -> tuple[dict, str]:
        body = self.draft_body(sale)
        try:
            return self.http.post("/admin/draft-orders", body)["draft_order"], ""
        except Rejected as exc:
            if "insufficient_inventory" not in (exc.code + str(exc)):
                raise
        # A sale made at the counter is a fact: let the store go below zero, and say so.
        note = self.allow_backorders(sale)
        return self.http.post("/admin/draft-orders", body)["draft_order"], note

    def draft_body(self, sale: dict) -> dict:
        return {
            "region_id": self.ids["region_id"], "sales_channel_id": self.ids["sales_channel_id"],
            "currency_code": self.cur.code.lower(), "items": self.items(sale),
            "shipping_methods": [{"shipping_option_id": self.ids["shipping_option_id"],
                                  "name": "Sold at the counter", "amount": 0}],
            "no_notification_order": True, "email": sale.get("customer_email") or None,
            "metadata": {"pos_sale_id": sale["id"], "pos_receipt": sale["receipt"],
                         "pos_terminal": sale["terminal_id"], "pos_rounding": sale["rounding"],
                         "pos_total": sale["total"], "pos_cashier": sale.get("cashier", ""),
                         "pos_payments": sale["payments"],
                         # not `promo_codes`: Medusa would take the discount off the till's
                         # already discounted prices again (see medusa_promotions)
                         "pos_promo_codes": sale.get("promo_codes") or []},
        }

    def items(self, sale: dict) -> list[dict]:
        self.look_up_variants([line["sku"] for line in sale["lines"]])
        return [item for line in sale["lines"] for item in self._line_items(line)]

    def look_up_variants(self, skus: list[str]) -> None:
        """The store's ids of every SKU not known yet, one request per 100 SKUs rather than
        one per line (a backlog sells thousands of different items)."""
        missing = [sku for sku in dict.fromkeys(skus) if sku not in self._variant_ids]
        for start in range(0, len(missing), 100):
            chunk = missing[start:start + 100]
            rows = self.http.get("/admin/product-variants", sku=chunk, limit=len(chunk),
                                 fields="id,product_id,sku")["variants"]
            found = {r["sku"]: (r["id"], r["product_id"]) for r in rows}
            self._variant_ids.update({sku: found.get(sku) for sku in chunk})

    def _line_items(self, line: dict) -> list[dict]:
        """Line totals exactly as charged at the till (discounts already in them)."""
        qty = Decimal(line["quantity"])
        variant = self.variant_id(line["sku"])
        base = {"variant_id": variant[0]} if variant else {"title": line["name"]}
        meta = {"pos_line_no": line["line_no"], "pos_sku": line["sku"]}
        if qty != qty.to_integral_value():  # weighed: one item carrying the whole amount
            return [{**base, "quantity": 1, "unit_price": self._major(line["total"]),
                     "metadata": {**meta, "pos_quantity": line["quantity"]}}]
        n = int(qty)
        each, rest = divmod(line["total"], n)
        items = [{**base, "quantity": n - (1 if rest else 0), "unit_price": self._major(each),
                  "metadata": meta}]
        if rest:  # the remainder on one unit, so the sum is exact
            items.append({**base, "quantity": 1, "unit_price": self._major(each + rest),
                          "metadata": meta})
        return [i for i in items if i["quantity"] > 0]

    def _major(self, minor: int) -> float | int:
        value = to_major(minor, self.cur)
        return int(value) if value == value.to_integral_value() else float(value)

    def variant_id(self, sku: str) -> tuple[str, str] | None:
        if sku not in self._variant_ids:
            rows = self.http.get("/admin/product-variants", sku=sku,
                                 fields="id,product_id")["variants"]
            self._variant_ids[sku] = (rows[0]["id"], rows[0]["product_id"]) if rows else None
        return self._variant_ids[sku]

    def allow_backorders(self, sale: dict) -> str:
        short = []
        for line in sale["lines"]:
            variant = self.variant_id(line["sku"])
            if variant:
                self.http.post(f"/admin/products/{variant[1]}/variants/{variant[0]}",
                               {"allow_backorder": True})
                short.append(f"{line['sku']} sold {line['quantity']}")
        note = ("stock exception: the online store had too little stock for "
                + ", ".join(short) + f" at {sale['created_at']}")
        log.warning("sale %s: %s", sale[self.RECEIPT_KEY], note)
        return note

    # -- paying and fulfilling ------------------------------------------------------------
    def mark_paid(self, order: dict) -> None:
        collections = order.get("payment_collections") or []
        pc = next((c for c in collections if c.get("status") != "canceled"), None)
        if pc is None:
            pc = self.http.post("/admin/payment-collections",
                                {"order_id": order["id"], "amount": order["total"]}
                                )["payment_collection"]
        self.http.post(f"/admin/payment-collections/{pc['id']}/mark-as-paid",
                       {"order_id": order["id"]})

    def fulfil(self, order: dict) -> None:
        items = [{"id": i["id"], "quantity": i["quantity"]} for i in order["items"]]
        self.http.post(f"/admin/orders/{order['id']}/fulfillments", {
            "items": items, "location_id": self.ids["stock_location_id"], "no_notification": True})


def _weighed_rest(order: dict, line: dict) -> Decimal:
    """What the fulfilment left on the level of a line sent as one item carrying its whole
    weight (pos_quantity): its quantity minus the items Medusa took off; 0 for other lines."""
    items = [i for i in order.get("items") or []
             if str((i.get("metadata") or {}).get("pos_line_no")) == str(line["line_no"])]
    if not any("pos_quantity" in (i.get("metadata") or {}) for i in items):
        return Decimal(0)  # sent as whole units: the fulfilment took off exactly the quantity
    stocked = [i for i in items if i.get("variant_id")]
    if not stocked or not line.get("sku"):
        return Decimal(0)  # not a product of the store: no level online
    return Decimal(line["quantity"]) - sum(Decimal(str(i["quantity"])) for i in stocked)
