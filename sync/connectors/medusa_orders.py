"""Every order of the Medusa store, for the manager's channel figures and the customers'
purchase history: web orders (guests too) and the sales the shop's tills pushed.

Paged by `updated_at` from a keyset position, not an offset: an order changed while a long
first pull runs goes to the end of the list, and with offset paging the row after it would be
skipped."""
from __future__ import annotations

import json
from decimal import Decimal

from pos.domain.money import currency as currency_of, to_minor
from sync.connectors.keyset import EPOCH, Keyset, next_page
from sync.connectors.medusa_http import MedusaHttp
from sync.records import OnlineOrderRecord, Page

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
    """Resource "online_orders"; cursor JSON {orders_since, seen}: a keyset position on
    updated_at (sync/connectors/keyset.py). An older cursor's `skip` is dropped: the rows at
    its instant are read again, and applying an order twice changes nothing."""

    resource = "online_orders"

    def __init__(self, http: MedusaHttp, currency: str, page_size: int = PAGE_SIZE):
        self.http, self.cur, self.page_size = http, currency_of(currency.upper()), page_size

    def page(self, cursor: str | None) -> Page:
        position = Keyset.load(json.loads(cursor) if cursor else {}, CURSOR_KEY)
        page = next_page(self.http, "/admin/orders", "orders", "updated_at", position,
                         self.page_size, fields=FIELDS)
        records = tuple(r for r in (order_record(row, self.cur) for row in page.rows) if r)
        return Page(self.resource, records, json.dumps(page.position.dump(CURSOR_KEY)),
                    more=page.full)
