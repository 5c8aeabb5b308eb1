"""Pulled store orders at the till (no store needed: the records are what a connector sends).
This till's own sales and canceled orders are not kept; every other order is, once."""
from __future__ import annotations

import json

from sqlalchemy import select, text

from pos.db.customer_models import OnlineOrder
from pos.domain.basket import Basket
from pos.domain.payment import Tender
from pos.services import catalog, sales, users
from pos.services.settings import load_settings
from sync.apply_orders import apply_online_orders
from sync.connectors.medusa_orders import StoreOrderPuller, order_record
from sync.records import OnlineOrderRecord

NOW = "2026-11-27T03:15:00.000Z"


def web(remote_id, total=100_000, customer="", channel="Webshop", canceled=False):
    return OnlineOrderRecord(remote_id, customer, remote_id[-2:], channel, total, NOW,
                             canceled=canceled)


def till_sale(remote_id, terminal, sale_id, total=50_000):
    return OnlineOrderRecord(remote_id, "", remote_id[-2:], "omnipos POS", total, NOW,
                             terminal_id=terminal, receipt=f"{terminal}-000007", sale_id=sale_id)


def kept(db) -> dict[str, tuple]:
    with db.session() as s:
        return {o.remote_id: (o.customer_remote_id, o.channel, o.total, o.terminal_id, o.receipt)
                for o in s.scalars(select(OnlineOrder))}


def apply(db, *records) -> None:
    with db.transaction() as s:
        apply_online_orders(s, records, "shop")


def sell_here(db):
    shop = load_settings(db)
    basket = Basket()
    basket.add(catalog.scan(db, "SP0001", shop))
    total = basket.totals(shop.tax_inclusive).total
    return sales.complete_sale(db, basket, [Tender("cash", total)], users.login(db, "1111"), shop)


def test_guest_and_other_till_orders_are_kept_this_tills_own_are_not(demo_db):
    mine = sell_here(demo_db)
    apply(demo_db, web("order_w1"), web("order_w2", customer="cus_an"),
          till_sale("order_t2", "T2", "uuid-of-t2"),
          till_sale("order_t1", "T1", "uuid-made-elsewhere-as-T1"),  # this till's id
          till_sale("order_old_name", "T9", mine.id))  # a sale of this database, sold as T9
    assert kept(demo_db) == {
        "order_w1": (None, "Webshop", 100_000, None, None),
        "order_w2": ("cus_an", "Webshop", 100_000, None, None),
        "order_t2": (None, "omnipos POS", 50_000, "T2", "T2-000007"),
    }


def test_a_second_pull_changes_in_place_and_a_canceled_order_goes(demo_db):
    apply(demo_db, web("order_w1"), web("order_w2"))
    apply(demo_db, web("order_w1", total=80_000), web("order_w2", canceled=True))
    apply(demo_db, web("order_w1", total=80_000))
    assert kept(demo_db) == {"order_w1": (None, "Webshop", 80_000, None, None)}
    with demo_db.session() as s:  # the dashboard's per-day summary follows the upserts
        days = s.execute(text("SELECT terminal_id, channel, sum(orders_count), sum(amount) "
                              "FROM report_store_days GROUP BY 1, 2")).all()
    assert [tuple(d) for d in days] == [("", "Webshop", 1, 80_000)]


def test_a_store_order_becomes_a_record_with_the_tills_metadata():
    from pos.domain.money import currency
    vnd = currency("VND")
    raw = {"id": "order_1", "display_id": 12, "status": "completed", "currency_code": "vnd",
           "customer_id": None, "total": 54000, "created_at": NOW,
           "metadata": {"pos_terminal": "T2", "pos_receipt": "T2-000012", "pos_sale_id": "u-1"},
           "sales_channel": {"name": "omnipos POS"}}
    assert order_record(raw, vnd) == OnlineOrderRecord(
        "order_1", "", "12", "omnipos POS", 54_000, NOW, "T2", "T2-000012", "u-1", False)
    assert order_record({**raw, "status": "canceled"}, vnd).canceled
    assert order_record({**raw, "currency_code": "eur"}, vnd) is None  # cannot be added up


class Pages:
    """The store's answers to /admin/orders, sorted by updated_at as Medusa sorts them."""

    def __init__(self, stamps: list[str]):
        self.rows = [{"id": f"order_{i}", "updated_at": t, "created_at": t, "total": 1,
                      "currency_code": "vnd"} for i, t in enumerate(stamps)]
        self.asked: list[tuple[str, int]] = []

    def get(self, path, **params):
        since, offset, limit = params["updated_at[$gte]"], params.get("offset", 0), params["limit"]
        self.asked.append((since, offset))
        rows = [r for r in self.rows if r["updated_at"] >= since]
        return {"orders": rows[offset:offset + limit], "count": len(rows)}


def pull_all(store: Pages, cursor=None) -> tuple[set[str], str]:
    puller, seen, more = StoreOrderPuller(store, "vnd", page_size=2), set(), True
    while more:
        page = puller.page(cursor)
        seen |= {r.remote_id for r in page.records}
        cursor, more = page.cursor, page.more
    return seen, cursor


def test_paging_moves_the_window_and_steps_over_a_page_of_one_instant():
    a, b, c = "2026-11-27T01:00:00.000Z", "2026-11-27T02:00:00.000Z", "2026-11-27T03:00:00.000Z"
    store = Pages([a, b, b, b, b, b, c])  # five orders changed at the same instant
    seen, cursor = pull_all(store)
    assert seen == {f"order_{i}" for i in range(7)}
    assert json.loads(cursor)["orders_since"] == c
    store.rows.append({"id": "order_7", "updated_at": "2026-11-27T04:00:00.000Z",
                       "created_at": c, "total": 1, "currency_code": "vnd"})
    assert pull_all(store, cursor)[0] == {"order_7"}  # order_6, at the cursor's instant, is seen


def test_a_cursor_of_the_older_customers_only_pull_starts_over():
    store = Pages(["2026-11-27T01:00:00.000Z"])
    old = json.dumps({"since": "2026-11-27T05:00:00.000Z", "offset": 0, "max_seen": "x"})
    assert pull_all(store, old)[0] == {"order_0"}
