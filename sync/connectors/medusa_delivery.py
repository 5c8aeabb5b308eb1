"""Delivery orders from the till to Medusa (issue #15 part 2, ship from the warehouse): what a
customer bought at the counter to be delivered from another location goes up as ONE order in
the POS channel, with the Vietnamese shipping address, a shipping method from that location,
its items reserved there, NOT fulfilled (the warehouse ships it), and the money taken at the
till recorded: all of it, or only the deposit.

Made the way a till sale is (SalePusher: a draft found again or created, converted), keyed by
the delivery's own UUID in the metadata (`pos_delivery_id`), so a retry finds the order, or
the draft, and finishes what is not done yet:

- the reservations: Medusa reserves an order's items at a location of its sales channel with
  stock, which may be the shop. Each reservation elsewhere is made again at the delivery's
  location (carrying the id of the one it replaces) and then deleted; a retry finds the
  replacement by that id. Not an update of its location: Medusa then adds the quantity to the
  new location's reserved figure but never takes it off the old one's.
- the payment: one payment collection of the amount paid at the till, marked paid; with a
  deposit, a second one of the balance, left to be paid (Medusa then shows the order
  partially captured: one collection of the deposit alone would read "captured").

The till sale the delivery belongs to is named by `pos_delivery_sale_id`, not `pos_sale_id`:
that key means "this order IS that till sale" to SalePusher, the batch route and the pulls,
which would then take this order for the sale (and fulfil it at the shop)."""
from __future__ import annotations

from decimal import Decimal

from pos.domain.money import to_minor
from pos.i18n import QT_TRANSLATE_NOOP
from sync.connectors import medusa_setup
from sync.connectors.medusa_sales import SalePusher
from sync.errors import Rejected
from sync.records import PushResult

KIND = "delivery_order"
DELIVERY_KEY = "pos_delivery_id"
SALE_KEY = "pos_delivery_sale_id"  # see the module's docstring
REPLACES_KEY = "pos_replaces_reservation"
OPTIONS_KEY = "delivery_option_ids"  # in the connector's ids: {location id: option}, in memory
COUNTRY = "vn"


class DeliveryOrderPusher(SalePusher):
    META_KEY, RECEIPT_KEY = DELIVERY_KEY, "receipt_no"

    def push(self, payload: dict, first_attempt: bool = False) -> PushResult:
        order, note = self.place(payload, first_attempt)
        order = self._order(order["id"])
        notes = [note, self.reserve_at(order, payload), self._total_note(order, payload)]
        self.record_payment(order, payload)
        return PushResult(order["id"], "; ".join(n for n in notes if n))

    # -- making the order (SalePusher.place calls these) -----------------------------------
    def create_draft(self, sale: dict) -> tuple[dict, str]:
        self.shipping_option(sale["location_id"])  # refuses a location the store lacks
        self.check_lines(sale)
        return super().create_draft(sale)

    def draft_body(self, sale: dict) -> dict:
        option = self.shipping_option(sale["location_id"])
        address = shipping_address(sale.get("customer") or {}, sale.get("address") or {})
        customer = sale.get("customer") or {}
        return {
            "region_id": self.ids["region_id"], "sales_channel_id": self.ids["sales_channel_id"],
            "currency_code": self.cur.code.lower(), "items": self.items(sale),
            "shipping_methods": [{"shipping_option_id": option["id"], "name": option["name"],
                                  "amount": self._major(sale.get("shipping_fee") or 0)}],
            "shipping_address": address, "billing_address": address,
            "email": customer.get("email") or None, "no_notification_order": True,
            "metadata": {DELIVERY_KEY: sale["id"], SALE_KEY: sale.get("sale_id") or "",
                         "pos_receipt_no": sale.get("receipt_no") or "",
                         "pos_terminal": sale.get("terminal") or "",
                         "pos_total": sale["total"], "pos_paid": sale["paid"],
                         "pos_tender": sale.get("tender") or ""},
        }

    def items(self, sale: dict) -> list[dict]:
        """As a till sale's (SalePusher._line_items): a line's total exactly, any remainder
        of its split on one unit. A line without its "total" costs quantity × unit_price."""
        self.look_up_variants([line["sku"] for line in sale["lines"]])
        return [item for n, line in enumerate(sale["lines"], 1) for item in self._line_items(
            {**line, "line_no": n,
             "total": line.get("total", line["unit_price"] * int(line["quantity"]))})]

    def check_lines(self, sale: dict) -> None:
        """Refuses, before anything is made, what cannot ship from the location: a SKU the
        store does not know, a part of a unit, an item with no stock level there."""
        skus = [line["sku"] for line in sale["lines"]]
        self.look_up_variants(skus)
        for line in sale["lines"]:
            if self.variant_id(line["sku"]) is None:
                raise Rejected(QT_TRANSLATE_NOOP("SyncErrors", "Delivery order {0}: the online "
                                                               "store has no product with SKU "
                                                               "{1}; only the store's products "
                                                               "can be delivered."),
                               sale["receipt_no"], line["sku"])
            quantity = Decimal(str(line["quantity"]))
            if quantity <= 0 or quantity != quantity.to_integral_value():
                raise Rejected(QT_TRANSLATE_NOOP("SyncErrors", "Delivery order {0}: {1} × {2} "
                                                               "cannot be delivered (whole "
                                                               "units only)."),
                               sale["receipt_no"], line["quantity"], line["sku"])
        rows = self.http.get("/admin/inventory-items", sku=skus, limit=len(skus) + 10,
                             fields="id,sku,*location_levels")["inventory_items"]
        for item in rows:
            if not any(lvl.get("location_id") == sale["location_id"]
                       for lvl in item.get("location_levels") or []):
                where = self.http.get(f"/admin/stock-locations/{sale['location_id']}",
                                      fields="id,name")["stock_location"]
                raise Rejected(QT_TRANSLATE_NOOP("SyncErrors", "Delivery order {0}: {1} is not "
                                                               "stocked at {2}, where it is to "
                                                               "ship from."),
                               sale["receipt_no"], item["sku"], where.get("name") or where["id"])

    def shipping_option(self, location_id: str) -> dict:
        """The location's delivery option, made once (medusa_setup), its id kept in memory."""
        cache = self.ids.setdefault(OPTIONS_KEY, {})
        if location_id not in cache:
            try:
                cache[location_id] = medusa_setup.ensure_delivery_option(
                    self.http, location_id, self.ids["sales_channel_id"], COUNTRY,
                    self.cur.code.lower())
            except Rejected as exc:
                if exc.code != "not_found":
                    raise
                raise Rejected(QT_TRANSLATE_NOOP("SyncErrors", "The stock location {0} the "
                                                               "delivery is to ship from is not "
                                                               "in the online store."),
                               location_id) from None
        return cache[location_id]

    # -- finishing it ---------------------------------------------------------------------
    def reserve_at(self, order: dict, payload: dict) -> str:
        """Every reservation of the order's items at the delivery's location (see the
        module's docstring). Returns a note for the ones that could not be moved there."""
        where = payload["location_id"]
        items = [i["id"] for i in order.get("items") or []]
        if not items:
            return ""
        rows = self.http.get("/admin/reservations", line_item_id=items, limit=200, fields=(
            "id,location_id,inventory_item_id,line_item_id,quantity,metadata"))["reservations"]
        replaced = {(r.get("metadata") or {}).get(REPLACES_KEY) for r in rows
                    if r.get("location_id") == where}
        short = []
        for r in rows:
            if r.get("location_id") == where:
                continue
            if r["id"] not in replaced:
                try:
                    self.http.post("/admin/reservations", {
                        "line_item_id": r["line_item_id"], "location_id": where,
                        "inventory_item_id": r["inventory_item_id"], "quantity": r["quantity"],
                        "description": f"Delivery {payload['receipt_no']}",
                        "metadata": {DELIVERY_KEY: payload["id"], REPLACES_KEY: r["id"]}})
                except Rejected as exc:  # too little available there: it stays where it is
                    short.append(f"{r['inventory_item_id']} ×{r['quantity']}: {exc}")
                    continue
            self.http.call("DELETE", f"/admin/reservations/{r['id']}")
        return ("stock exception: reserved elsewhere than the delivery's location, "
                + ", ".join(short)) if short else ""

    def record_payment(self, order: dict, payload: dict) -> None:
        """The money taken at the till, once: a collection of it marked paid; with a deposit,
        a collection of the balance left open. Amounts in minor units, as the till's."""
        total = self._minor(order.get("total"))
        deposit = total if payload["paid"] >= payload["total"] else payload["paid"]
        live = [c for c in order.get("payment_collections") or []
                if c.get("status") != "canceled"]
        paid = next((c for c in live if c.get("status") == "completed"), None)
        if paid is None and deposit > 0:
            paid = next((c for c in live if self._minor(c.get("amount")) == deposit), None) \
                or self._collection(order, deposit)
            self.http.post(f"/admin/payment-collections/{paid['id']}/mark-as-paid",
                           {"order_id": order["id"]})
        balance = total - max(deposit, 0)
        others = [c for c in live if c["id"] != (paid or {}).get("id")]
        if balance > 0 and not any(self._minor(c.get("amount")) == balance for c in others):
            self._collection(order, balance)

    def _collection(self, order: dict, amount: int) -> dict:
        return self.http.post("/admin/payment-collections", {
            "order_id": order["id"], "amount": self._major(amount)})["payment_collection"]

    def _minor(self, major) -> int:
        return to_minor(Decimal(str(major or 0)), self.cur)

    def _total_note(self, order: dict, payload: dict) -> str:
        total = self._minor(order.get("total"))
        return "" if total == payload["total"] else (
            f"the store's total {total} is not the till's {payload['total']}")


def shipping_address(customer: dict, address: dict) -> dict:
    """A Vietnamese address in Medusa's fields: the family name comes first ("Trần Mai": last
    name Trần, first name Mai); ward and district in address_2 and city."""
    family, _, given = (customer.get("name") or "").strip().partition(" ")
    first, last = (given.strip(), family) if given.strip() else (family, "")
    return {"first_name": first, "last_name": last, "phone": customer.get("phone") or "",
            "address_1": address.get("street") or "", "address_2": address.get("ward") or "",
            "city": address.get("district") or "", "province": address.get("province") or "",
            "country_code": COUNTRY}
