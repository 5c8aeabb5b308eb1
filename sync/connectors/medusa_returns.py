"""Pushing a till return to Medusa: a return on the sale's order, received at the shop's
location (restocked items received, damaged ones dismissed), then a refund on its payment.

Medusa's return is a sequence of order changes (create -> request items -> request ->
receive -> receive/dismiss items -> confirm), and one order can have only one change in
progress. Exactly once is ours: the return's UUID goes into the Medusa return's metadata and
the refund's note, and every push first reads where the sequence stands and only does the
steps still missing (a repeated "request items" would add the items twice).

A weighed line (1,250 kg) went up as ONE order item carrying the whole weight, so part of it
cannot be returned as order items. Its restocked kilograms go back on the shop's level as a
stock adjustment instead, made exactly once by the same marks as the till's adjustments
(`medusa_stock.StockAdjustmentPusher`, keyed by the return's UUID and the line's place); the
refund is on the order like any other. No Medusa return is opened for weighed lines alone."""
from __future__ import annotations

import logging
from decimal import Decimal

from pos.domain.money import currency as currency_of, to_major
from pos.i18n import QT_TRANSLATE_NOOP
from sync.connectors.medusa_http import MedusaHttp
from sync.connectors.medusa_sales import SalePusher
from sync.connectors.medusa_stock import StockAdjustmentPusher
from sync.errors import Rejected, StoreBusy
from sync.records import PushResult

log = logging.getLogger(__name__)
RETURN_FIELDS = "id,status,metadata,created_at"
ITEM_FIELDS = ("id,total,*items,*items.detail,*payment_collections,*payment_collections.payments,"
               "*payment_collections.payments.refunds")
RECEIVED = ("received", "partially_received")


class SaleNotPushedYet(StoreBusy):
    """The return's sale is not in the store yet: it waits (and retries) until it is."""


def refund_note(payload: dict) -> str:
    return f"omnipos return {payload['return']} {payload['id']}"


class ReturnPusher:
    def __init__(self, http: MedusaHttp, ids: dict, variant_ids: dict | None = None):
        self.http, self.ids = http, ids
        self.sales = SalePusher(http, ids, variant_ids)
        self.cur = currency_of(ids.get("currency", "vnd").upper())

    def push(self, payload: dict) -> PushResult:
        order = self.order_of_sale(payload)
        ret = self.find_return(order["id"], payload["id"])
        if ret is None and any(not _weighed(order, l) for l in payload["lines"]):
            ret = self.create_return(order, payload)
        notes = [self.finish_return(order, ret, payload) if ret else "",
                 self.restock_weighed(order, payload), self.refund(order["id"], payload)]
        return PushResult(ret["id"] if ret else order["id"], "; ".join(n for n in notes if n))

    # -- the sale's order -----------------------------------------------------------------
    def order_of_sale(self, payload: dict) -> dict:
        if payload.get("order_id"):  # an order pulled from the store (online / other till)
            return self.order(payload["order_id"])
        sale = {"id": payload["sale_id"], "created_at": payload["sale_created_at"]}
        found = self.sales.find_order(sale)
        if found is None:
            raise SaleNotPushedYet(QT_TRANSLATE_NOOP(
                "SyncErrors", "Return {0}: its sale {1} is not in the online store yet; it goes "
                              "up after the sale."), payload["return"], payload["receipt"])
        return self.order(found["id"])

    def order(self, order_id: str) -> dict:
        return self.http.get(f"/admin/orders/{order_id}", fields=ITEM_FIELDS)["order"]

    # -- the return -----------------------------------------------------------------------
    def find_return(self, order_id: str, return_id: str) -> dict | None:
        rows = self.http.get("/admin/returns", order_id=order_id, fields=RETURN_FIELDS,
                             limit=100)["returns"]
        return next((r for r in rows if (r.get("metadata") or {}).get("pos_return_id")
                     == return_id and r.get("status") != "canceled"), None)

    def create_return(self, order: dict, payload: dict) -> dict:
        body = {"order_id": order["id"], "location_id": self.ids["stock_location_id"],
                "no_notification": True, "description": f"Returned at the till: {payload['return']}",
                "metadata": {"pos_return_id": payload["id"], "pos_return": payload["return"],
                             "pos_sale_id": payload["sale_id"], "pos_total": payload["total"]}}
        return self.http.post("/admin/returns", body)["return"]

    def finish_return(self, order: dict, ret: dict, payload: dict) -> str:
        """Runs the steps still missing; returns a note when part of it cannot be sent."""
        status = ret.get("status")
        if status in RECEIVED:
            return ""
        requested = self.pending_actions(order["id"], ret["id"], "RETURN_ITEM")
        own = self.own_items(ret["id"]) if status != "open" else {}
        items, note = self.items(order, payload, own)
        if not items:
            return note or "no item of this return could be matched in the online order"
        if status == "open":
            if not requested:
                self.http.post(f"/admin/returns/{ret['id']}/request-items",
                               {"items": _per_item(items)})
            self.http.post(f"/admin/returns/{ret['id']}/request", {"no_notification": True})
            status = "requested"
        if status == "requested":
            self.receive(order["id"], ret["id"], items)
        return note

    def receive(self, order_id: str, return_id: str, items: list[dict]) -> None:
        change = self.pending_change(order_id, return_id)
        if change is None or change.get("change_type") != "return_receive":
            self.http.post(f"/admin/returns/{return_id}/receive", {})
            change = {"actions": []}
        done = {a.get("action") for a in change.get("actions") or []}
        good = [_item(i) for i in items if i["restock"]]
        damaged = [_item(i) for i in items if not i["restock"]]
        if good and "RECEIVE_RETURN_ITEM" not in done:
            self.http.post(f"/admin/returns/{return_id}/receive-items", {"items": good})
        if damaged and not any("DAMAGED" in (a or "") for a in done):
            self.http.post(f"/admin/returns/{return_id}/dismiss-items", {"items": damaged})
        self.http.post(f"/admin/returns/{return_id}/receive/confirm", {})

    def pending_change(self, order_id: str, return_id: str) -> dict | None:
        changes = self.http.get(f"/admin/orders/{order_id}/changes",
                                fields="id,status,change_type,return_id,*actions")["order_changes"]
        return next((c for c in changes if c.get("status") in ("pending", "requested")
                     and c.get("return_id") == return_id), None)

    def pending_actions(self, order_id: str, return_id: str, action: str) -> list[dict]:
        change = self.pending_change(order_id, return_id) or {}
        return [a for a in change.get("actions") or [] if a.get("action") == action]

    # -- which order items ----------------------------------------------------------------
    def own_items(self, return_id: str) -> dict[str, int]:
        """What this return already requested: counted as still returnable by it."""
        ret = self.http.get(f"/admin/returns/{return_id}", fields="id,*items")["return"]
        return {i["item_id"]: _int(i.get("quantity")) for i in ret.get("items") or []}

    def items(self, order: dict, payload: dict, own: dict[str, int]) -> tuple[list[dict], str]:
        """The order items of each returned till line (a line may be split over two items:
        n-1 at one price and 1 carrying the rounding remainder)."""
        left = {i["id"]: _returnable(i) + own.get(i["id"], 0) for i in order.get("items") or []}
        wanted = []
        for line in payload["lines"]:
            if not _weighed(order, line):  # see restock_weighed
                wanted += _take(order, left, line, int(Decimal(line["quantity"])))
        return _merge(wanted), ""

    # -- weighed lines --------------------------------------------------------------------
    def restock_weighed(self, order: dict, payload: dict) -> str:
        """The kilograms of weighed lines put back on the shelf, added to the shop's level
        once (damaged ones stay off). Returns the adjustments' notes, if any."""
        stock = StockAdjustmentPusher(self.http, self.ids["stock_location_id"])
        notes = []
        for place, line in enumerate(payload["lines"]):
            if not (_weighed(order, line) and line["restock"] and line["sku"]):
                continue
            try:
                done = stock.push({"adjustment_id": f"return {payload['id']} line {place}",
                                   "sku": line["sku"], "delta": line["quantity"]})
            except Rejected as exc:  # no stock item online: the refund must still go up
                notes.append(f"{line['quantity']} of {line['sku']} not restocked online: {exc}")
                continue
            notes.append(done.note)
        return "; ".join(n for n in notes if n)

    # -- the money ------------------------------------------------------------------------
    def refund(self, order_id: str, payload: dict) -> str:
        """The till's refund on the order's payment, once (found again by its note)."""
        order = self.order(order_id)
        payments = [p for c in order.get("payment_collections") or []
                    for p in c.get("payments") or []]
        note = refund_note(payload)
        refunds = [r for p in payments for r in p.get("refunds") or []]
        if any((r.get("note") or "") == note for r in refunds) or not payload["total"]:
            return ""
        amount = to_major(payload["total"], self.cur)
        for payment in payments:
            room = _dec(payment.get("amount")) - sum(_dec(r.get("amount"))
                                                     for r in payment.get("refunds") or [])
            if room >= amount:
                self.http.post(f"/admin/payments/{payment['id']}/refund",
                               {"amount": _number(amount), "note": note})
                return ""
        return f"refund of {amount} not sent: the online order has less left to refund"


def _mine(item: dict, line: dict) -> bool:
    """Is this order item (part of) the returned till line?"""
    if line.get("item_ids"):
        return item["id"] in line["item_ids"]
    return str((item.get("metadata") or {}).get("pos_line_no")) == str(line["line_no"])


def _weighed(order: dict, line: dict) -> bool:
    """The till line went up as one order item carrying its whole weight (pos_quantity):
    decided by how the SALE was sent, not by this return's quantity (2 kg sold whole went up
    as 2 items and comes back as items; 1 kg of a 2,5 kg line cannot)."""
    return any("pos_quantity" in (item.get("metadata") or {})
               for item in order.get("items") or [] if _mine(item, line))


def _dec(value) -> Decimal:
    return Decimal(str(value or 0))


def _int(value) -> int:
    return int(_dec(value))


def _returnable(item: dict) -> int:
    d = item.get("detail") or {}
    gone = sum(_int(d.get(k)) for k in (
        "return_requested_quantity", "return_received_quantity", "return_dismissed_quantity"))
    return _int(item.get("quantity")) - gone


def _take(order: dict, left: dict, line: dict, qty: int) -> list[dict]:
    taken = []
    for item in order.get("items") or []:
        if qty <= 0 or not _mine(item, line):
            continue
        n = min(qty, left[item["id"]])
        if n > 0:
            taken.append({"id": item["id"], "quantity": n, "restock": line["restock"]})
            left[item["id"]] -= n
            qty -= n
    if qty > 0:
        raise Rejected(QT_TRANSLATE_NOOP(
            "SyncErrors", "The online order has fewer of {0} left to return than the till "
                          "returned ({1} more): check the order in the online store."),
            line["sku"], qty)
    return taken


def _merge(items: list[dict]) -> list[dict]:
    merged: dict[tuple, dict] = {}
    for i in items:
        key = (i["id"], i["restock"])
        if key in merged:
            merged[key]["quantity"] += i["quantity"]
        else:
            merged[key] = dict(i)
    return list(merged.values())


def _per_item(items: list[dict]) -> list[dict]:
    """Request each order item once (restocked and damaged parts together)."""
    total: dict[str, int] = {}
    for i in items:
        total[i["id"]] = total.get(i["id"], 0) + i["quantity"]
    return [{"id": k, "quantity": v} for k, v in total.items()]


def _item(i: dict) -> dict:
    return {"id": i["id"], "quantity": i["quantity"]}


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


# -- an order from elsewhere, to be returned at this till -----------------------------------
ORDER_FIELDS = ("id,display_id,created_at,currency_code,total,metadata,sales_channel_id,"
                "*items,*items.tax_lines")
LOOK_BACK_DAYS = 120  # another till's receipt is searched among the POS orders of this period


def fetch_order(http: MedusaHttp, ids: dict, ref: str) -> dict | None:
    """The order a customer brings back: an online order by its number (#1042 or 1042), or
    another till's sale by its receipt label (T2-000123). Connector-neutral plain data."""
    ref = ref.strip()
    if ref.lstrip("#").isdigit():
        found = _online_order(http, int(ref.lstrip("#")))
        return order_record(found, ids, "online") if found else None
    found = _till_order(http, ids, ref)
    return order_record(found, ids, "other_till") if found else None


def _online_order(http: MedusaHttp, display_id: int) -> dict | None:
    rows = http.get("/admin/orders", q=str(display_id), fields=ORDER_FIELDS, limit=50)["orders"]
    return next((o for o in rows if int(o.get("display_id") or 0) == display_id), None)


def _till_order(http: MedusaHttp, ids: dict, label: str) -> dict | None:
    from datetime import datetime, timedelta, timezone

    from sync.connectors.keyset import all_rows

    since = (datetime.now(timezone.utc) - timedelta(days=LOOK_BACK_DAYS)).strftime(
        "%Y-%m-%dT%H:%M:%SZ")
    found = None  # the latest: a till set up again starts its receipt numbers again
    for row in all_rows(http, "/admin/orders", "orders", "created_at", since,
                        fields=ORDER_FIELDS, **{"sales_channel_id[]": ids["sales_channel_id"]}):
        if (row.get("metadata") or {}).get("pos_receipt") == label:
            found = row
    return found


def order_record(order: dict, ids: dict, origin: str) -> dict:
    cur = currency_of((order.get("currency_code") or ids.get("currency", "vnd")).upper())
    meta = order.get("metadata") or {}
    lines: dict[str, dict] = {}
    for item in order.get("items") or []:
        imeta = item.get("metadata") or {}
        key = str(imeta.get("pos_line_no") or item["id"])  # a till line may be two items
        line = lines.setdefault(key, {
            "line_no": len(lines) + 1, "item_ids": [], "sku": imeta.get("pos_sku")
            or item.get("variant_sku") or "", "name": item.get("product_title")
            or item.get("title") or "", "quantity": Decimal(0), "total": 0, "tax": 0,
            "tax_rate_bp": _rate_bp(item)})
        line["item_ids"].append(item["id"])
        line["quantity"] += _dec(imeta.get("pos_quantity") or item.get("quantity"))
        line["total"] += _minor(item.get("total"), cur)
        line["tax"] += _minor(item.get("tax_total"), cur)
    return {
        "order_id": order["id"], "origin": origin,
        "ref": meta.get("pos_receipt") or f"#{order.get('display_id')}",
        "sale_id": meta.get("pos_sale_id"), "created_at": order.get("created_at"),
        "currency": cur.code, "total": meta.get("pos_total") or _minor(order.get("total"), cur),
        "payments": meta.get("pos_payments") or [],
        "lines": [{**l, "quantity": str(l["quantity"])} for l in lines.values()],
    }


def _minor(value, cur) -> int:
    from pos.domain.money import to_minor

    return to_minor(_dec(value), cur)


def _rate_bp(item: dict) -> int:
    rates = [_dec(t.get("rate")) for t in item.get("tax_lines") or []]
    return int(sum(rates) * 100)
