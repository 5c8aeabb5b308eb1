"""Every order of the Medusa store, for the manager's channel figures and the customers'
purchase history: web orders (guests too) and the sales the shop's tills pushed.

Paged by `updated_at` from a cursor, moving the window rather than an offset: an order
changed while a long first pull runs goes to the end of the list, and with offset paging the
row after it would be skipped. Rows at the window's first instant are read again (applying an
order twice changes nothing); a page holding nothing but that instant is passed with an offset."""
from __future__ import annotations

import json
from decimal import Decimal

from pos.domain.money import currency as currency_of, to_minor
from sync.connectors.medusa_http import MedusaHttp
from sync.errors import no_list_in_reply
from sync.records import OnlineOrderRecord, Page

EPOCH = "1970-01-01T00:00:00Z"
PAGE_SIZE = 100
FIELDS = ("id,display_id,status,currency_code,customer_id,total,metadata,created_at,updated_at,"
          "*sales_channel")
# What SalePusher.draft_body writes on the order of a till's sale
TERMINAL_KEY, RECEIPT_KEY, SALE_KEY = "pos_terminal", "pos_receipt", "pos_sale_id"
CURSOR_KEY = "orders_since"  # a cursor without it (the older customers-only pull) starts over


def order_record(raw: dict, cur) -> OnlineOrderRecord | None:
    """The till's view of one store order; None for an order in another currency (its
    amount cannot be added to the shop's)."""
    if (raw.get("currency_code") or cur.code).upper() != cur.code:
        return None
    meta = raw.get("metadata") or {}
    return OnlineOrderRecord(
        raw["id"], raw.get("customer_id") or "", str(raw.get("display_id") or ""),
        (raw.get("sales_channel") or {}).get("name") or "online",
        to_minor(Decimal(str(raw.get("total") or 0)), cur), raw.get("created_at") or EPOCH,
        terminal_id=str(meta.get(TERMINAL_KEY) or ""), receipt=str(meta.get(RECEIPT_KEY) or ""),
        sale_id=str(meta.get(SALE_KEY) or ""), canceled=raw.get("status") == "canceled")


class StoreOrderPuller:
    """Resource "online_orders"; cursor JSON {orders_since, skip}."""

    resource = "online_orders"

    def __init__(self, http: MedusaHttp, currency: str, page_size: int = PAGE_SIZE):
        self.http, self.cur, self.page_size = http, currency_of(currency.upper()), page_size

    def page(self, cursor: str | None) -> Page:
        c = json.loads(cursor) if cursor else {}
        since, skip = c.get(CURSOR_KEY, EPOCH), int(c.get("skip", 0))
        data = self.http.get("/admin/orders", **{"updated_at[$gte]": since}, order="updated_at",
                             limit=self.page_size, offset=skip, fields=FIELDS)
        rows = data.get("orders")
        if not isinstance(rows, list):
            raise no_list_in_reply("/admin/orders", "orders")
        records = tuple(r for r in (order_record(row, self.cur) for row in rows) if r)
        more = len(rows) >= self.page_size
        last = (rows[-1].get("updated_at") if rows else None) or since  # rows come in order
        if more and last == since:  # a whole page of one instant: step over it
            return Page(self.resource, records, _cursor(since, skip + len(rows)), more=True)
        return Page(self.resource, records, _cursor(last, 0), more=more)


def _cursor(since: str, skip: int) -> str:
    return json.dumps({CURSOR_KEY: since, "skip": skip})
