"""Delivery orders against real Medusa (issue #15 part 2, ship from the warehouse): a sale at
the counter of an item this shop lacks goes up as one order in the POS channel, shipping from
the warehouse with the customer's Vietnamese address, its items reserved at the warehouse,
not fulfilled, paid in full or by a deposit; pushed twice, or cut after the store acted at
any request and retried, it is still one order; what cannot ship from there is refused. End
to end: a mixed sale at a connected till becomes the counter's order and the delivery order."""
from __future__ import annotations

import uuid
from datetime import datetime, timezone

import pytest
from medusa_harness import SeedVariant
from sqlalchemy import select
from till_helpers import orders_for, sync_once, till  # noqa: F401

from pos.db.models import OutboxEvent
from pos.domain.basket import Basket
from pos.domain.delivery import ON_DELIVERY
from pos.domain.payment import CASH, Tender
from pos.services import catalog, deliveries, sales, users
from pos.services.settings import load_settings

from sync.connectors.keyset import all_rows
from sync.connectors.medusa import MedusaConnector
from sync.connectors.medusa_delivery import DELIVERY_KEY, KIND, REPLACES_KEY, SALE_KEY
from sync.connectors.medusa_http import MedusaHttp
from sync.connectors.medusa_setup import DELIVERY_CODE
from sync.connectors.medusa_stock import StockLocationPuller
from sync.errors import Rejected, StoreUnreachable

pytestmark = pytest.mark.medusa
FAN = "OMNI-FAN-STAND"  # only these tests stock it at the warehouse
PRICE = 450_000
WAREHOUSE = "Kho Thủ Đức"
ORDER_FIELDS = ("id,status,payment_status,fulfillment_status,total,summary,metadata,"
                "sales_channel_id,*items,*shipping_address,*shipping_methods,*fulfillments,"
                "*payment_collections")


@pytest.fixture(scope="module")
def store(medusa):
    """The till's ids (as `pos connect` finds them), the warehouse's id, and the fan: sold
    in the web and POS channels, none at the shop, 50 at the warehouse."""
    admin = medusa.admin
    ids = MedusaConnector(medusa.url, medusa.api_key,
                          ids={"stock_location_id": medusa.shop.location_id}).set_up_till()
    warehouse = admin.ensure_stock_location(WAREHOUSE)
    if not admin.get("/admin/product-variants", sku=FAN, fields="id")["variants"]:
        admin.create_product("Quạt đứng omnipos", [SeedVariant(FAN, "", PRICE, 0)],
                             medusa.shop.location_id,
                             [medusa.shop.default_sales_channel_id,
                              medusa.shop.pos.sales_channel_id])
    admin.set_stock(FAN, medusa.shop.location_id, 0)
    admin.set_stock(FAN, warehouse, 50)
    return ids, warehouse


def delivery(warehouse: str, quantity: int = 2, paid: int | None = None, sku: str = FAN) -> dict:
    total = quantity * PRICE
    return {"id": str(uuid.uuid4()), "sale_id": str(uuid.uuid4()), "receipt_no": "Q1-000123",
            "terminal": "Q1", "currency": "VND", "location_id": warehouse,
            "customer": {"name": "Trần Mai", "phone": "0905550001", "email": ""},
            "address": {"province": "Hồ Chí Minh", "district": "Quận 3",
                        "ward": "Phường Võ Thị Sáu", "street": "12 Nguyễn Đình Chiểu"},
            "lines": [{"sku": sku, "variant_id": None, "name": "Quạt đứng omnipos",
                       "quantity": quantity, "unit_price": PRICE}],
            "shipping_fee": 0, "total": total, "paid": total if paid is None else paid,
            "tender": "cash",
            "created_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")}


def connector(medusa, ids: dict, url: str | None = None) -> MedusaConnector:
    proxied = url is not None
    return MedusaConnector(url or medusa.url, medusa.api_key, ids=dict(ids),
                           timeout=(2.0, 5.0) if proxied else None,
                           reuse_connections=not proxied)


def push(conn: MedusaConnector, payload: dict, first_attempt: bool = True):
    return conn.push(KIND, payload["id"], payload, first_attempt)


def orders_of(medusa, ids: dict, payload: dict, path="/admin/orders", key="orders") -> list:
    http = MedusaHttp(medusa.url, medusa.api_key)
    return [o for o in all_rows(http, path, key, "created_at", "1970-01-01T00:00:00Z", **{
        "sales_channel_id[]": ids["sales_channel_id"], "fields": "id,metadata,created_at"})
        if (o.get("metadata") or {}).get(DELIVERY_KEY) == payload["id"]]


def online(medusa, order_id: str) -> dict:
    return medusa.admin.get(f"/admin/orders/{order_id}", fields=ORDER_FIELDS)["order"]


def reservations(medusa, order: dict) -> list[dict]:
    return medusa.admin.get("/admin/reservations", line_item_id=[i["id"] for i in order["items"]],
                            fields="id,location_id,quantity,metadata")["reservations"]


def levels(medusa, location_id: str) -> tuple[int, int]:
    """(stocked, reserved) of the fan at the location."""
    item = medusa.admin.inventory_item_id(FAN)
    row = medusa.admin.get(f"/admin/inventory-items/{item}/location-levels",
                           location_id=location_id)["inventory_levels"][0]
    return row["stocked_quantity"], row["reserved_quantity"]


def delivery_options(medusa, warehouse: str) -> list[dict]:
    loc = medusa.admin.get(f"/admin/stock-locations/{warehouse}", fields=(
        "id,*fulfillment_sets,*fulfillment_sets.service_zones"))["stock_location"]
    zones = [z["id"] for f in loc["fulfillment_sets"] for z in f["service_zones"]]
    return [o for zone in zones for o in medusa.admin.get(
        "/admin/shipping-options", service_zone_id=zone, fields="id,name,*type")[
        "shipping_options"] if o["type"]["code"] == DELIVERY_CODE]


def assert_one_order_at_the_warehouse(medusa, ids, warehouse, payload, paid_status: str):
    [found] = orders_of(medusa, ids, payload)
    assert not orders_of(medusa, ids, payload, "/admin/draft-orders", "draft_orders")
    order = online(medusa, found["id"])
    assert order["sales_channel_id"] == ids["sales_channel_id"]
    assert order["metadata"][SALE_KEY] == payload["sale_id"]
    assert order["metadata"]["pos_receipt_no"] == "Q1-000123"
    assert "pos_sale_id" not in order["metadata"]  # not taken for the till sale itself
    quantity = payload["lines"][0]["quantity"]
    assert [(i["variant_sku"], i["quantity"]) for i in order["items"]] == [(FAN, quantity)]
    assert order["total"] == payload["total"]
    address = order["shipping_address"]
    assert (address["last_name"], address["first_name"], address["phone"]) == \
        ("Trần", "Mai", "0905550001")
    assert (address["address_1"], address["address_2"], address["city"], address["province"],
            address["country_code"]) == ("12 Nguyễn Đình Chiểu", "Phường Võ Thị Sáu", "Quận 3",
                                         "Hồ Chí Minh", "vn")
    [option] = delivery_options(medusa, warehouse)
    assert [m["shipping_option_id"] for m in order["shipping_methods"]] == [option["id"]]
    assert option["name"] == f"Giao hàng từ {WAREHOUSE}"
    held = reservations(medusa, order)
    assert [r["location_id"] for r in held] == [warehouse] * len(held)
    assert sum(r["quantity"] for r in held) == quantity
    assert not order["fulfillments"] and order["fulfillment_status"] == "not_fulfilled"
    assert order["payment_status"] == paid_status
    assert order["summary"]["paid_total"] == payload["paid"]
    return order


def test_a_delivery_order_ships_from_the_warehouse_once(store, medusa):
    ids, warehouse = store
    shop_before, (wh_stocked, wh_reserved) = levels(medusa, medusa.shop.location_id), \
        levels(medusa, warehouse)
    payload = delivery(warehouse)
    first = push(connector(medusa, ids), payload)
    order = assert_one_order_at_the_warehouse(medusa, ids, warehouse, payload, "captured")
    assert first.remote_id == order["id"] and not first.note
    assert [(c["status"], c["amount"]) for c in order["payment_collections"]] == \
        [("completed", payload["total"])]
    assert levels(medusa, medusa.shop.location_id) == shop_before  # nothing moved here
    assert levels(medusa, warehouse) == (wh_stocked, wh_reserved + 2)  # held, not shipped
    again = push(connector(medusa, ids), payload, first_attempt=False)  # a fresh connector
    assert again.remote_id == order["id"]
    assert_one_order_at_the_warehouse(medusa, ids, warehouse, payload, "captured")
    assert levels(medusa, warehouse) == (wh_stocked, wh_reserved + 2)
    # linked to the POS channel to ship for it, the warehouse is still no shop at the till
    page = StockLocationPuller(MedusaHttp(medusa.url, medusa.api_key),
                               medusa.shop.location_id).page(None)
    kinds = {r.remote_id: r.kind for r in page.records}
    assert (kinds[warehouse], kinds[medusa.shop.location_id]) == ("warehouse", "shop")


def test_a_deposit_is_recorded_as_part_paid_and_the_shop_keeps_its_stock(store, medusa):
    """The shop has some too (the customer wants it delivered): Medusa may reserve it at the
    shop, the connector holds it at the warehouse, and the shop's figures are as before."""
    ids, warehouse = store
    medusa.admin.set_stock(FAN, medusa.shop.location_id, 5)
    try:
        shop_before, (wh_stocked, wh_reserved) = levels(medusa, medusa.shop.location_id), \
            levels(medusa, warehouse)
        payload = delivery(warehouse, quantity=2, paid=200_000)
        payload["lines"][0].update(unit_price=PRICE - 1, total=2 * PRICE)  # the total counts
        push(connector(medusa, ids), payload)
        order = assert_one_order_at_the_warehouse(medusa, ids, warehouse, payload,
                                                  "partially_captured")
        assert sorted((c["status"], c["amount"]) for c in order["payment_collections"]) == \
            [("completed", 200_000), ("not_paid", 700_000)]  # the balance, to pay on delivery
        assert order["summary"]["pending_difference"] == 700_000
        assert levels(medusa, medusa.shop.location_id) == shop_before
        assert levels(medusa, warehouse) == (wh_stocked, wh_reserved + 2)
        push(connector(medusa, ids), payload, first_attempt=False)
        order = assert_one_order_at_the_warehouse(medusa, ids, warehouse, payload,
                                                  "partially_captured")
        assert len(order["payment_collections"]) == 2
        assert levels(medusa, medusa.shop.location_id) == shop_before
    finally:
        medusa.admin.set_stock(FAN, medusa.shop.location_id, 0)


def test_each_request_cut_after_the_store_acted_is_not_made_twice(store, medusa,
                                                                  faulty_proxy):
    """The k-th request of a push reaches the store and its answer is cut (a reset), for every
    k until a push goes through uncut; each cut push is retried, and makes one order. The shop
    has stock, so the reservations Medusa made there are moved too, and cut while moving."""
    ids, warehouse = store
    medusa.admin.set_stock(FAN, medusa.shop.location_id, 5)
    try:
        shop_before = levels(medusa, medusa.shop.location_id)
        cut_at, moved = 0, 0
        while True:
            payload = delivery(warehouse, quantity=1, paid=100_000)
            conn = connector(medusa, ids, faulty_proxy.url)  # a new one: its option looked up
            faulty_proxy.set_schedule(["pass"] * cut_at + ["reset"])
            try:
                push(conn, payload)
            except StoreUnreachable:
                faulty_proxy.set_schedule([])
                push(conn, payload, first_attempt=False)
            else:
                break  # this push had fewer requests than cut_at + 1: every one was cut
            order = assert_one_order_at_the_warehouse(medusa, ids, warehouse, payload,
                                                      "partially_captured")
            assert len(order["payment_collections"]) == 2, cut_at
            moved += any(REPLACES_KEY in (r.get("metadata") or {})
                         for r in reservations(medusa, order))
            cut_at += 1
        assert cut_at > 8 and faulty_proxy.counts()["reset"] == cut_at
        assert levels(medusa, medusa.shop.location_id) == shop_before
        print(f"requests per delivery push: {cut_at}; reservations moved off the shop in "
              f"{moved} of {cut_at}")
    finally:
        medusa.admin.set_stock(FAN, medusa.shop.location_id, 0)


def test_an_unknown_sku_is_refused_with_a_clear_message(store, medusa):
    ids, warehouse = store
    payload = delivery(warehouse, sku="OMNI-NO-SUCH-ITEM")
    with pytest.raises(Rejected) as refused:
        push(connector(medusa, ids), payload)
    assert str(refused.value) == ("Delivery order Q1-000123: the online store has no product "
                                  "with SKU OMNI-NO-SUCH-ITEM; only the store's products can "
                                  "be delivered.")
    assert not orders_of(medusa, ids, payload)
    assert not orders_of(medusa, ids, payload, "/admin/draft-orders", "draft_orders")


def test_what_cannot_ship_from_the_location_is_refused(store, medusa):
    ids, warehouse = store
    payload = delivery(warehouse, sku="OMNI-COOKIE-400")  # sold here, never at the warehouse
    payload["lines"][0]["unit_price"] = 67_000
    payload["total"] = payload["paid"] = 134_000
    with pytest.raises(Rejected) as refused:
        push(connector(medusa, ids), payload)
    assert str(refused.value) == (f"Delivery order Q1-000123: OMNI-COOKIE-400 is not stocked "
                                  f"at {WAREHOUSE}, where it is to ship from.")
    payload = delivery("sloc_01NOSUCHLOCATION0000000000")
    with pytest.raises(Rejected) as refused:
        push(connector(medusa, ids), payload)
    assert str(refused.value) == ("The stock location sloc_01NOSUCHLOCATION0000000000 the "
                                  "delivery is to ship from is not in the online store.")
    assert not orders_of(medusa, ids, payload, "/admin/draft-orders", "draft_orders")


def test_a_mixed_sale_at_the_till_reaches_the_store_as_two_orders(store, medusa, till):
    """End to end: the till pulls the warehouse's level, sells a bottle of water carried out
    and a fan from the warehouse with a deposit, and one sync makes the counter's order
    (water only, fulfilled here) and the delivery order (the fan, held at the warehouse,
    part paid). The shop's fan level online does not move."""
    ids, warehouse = store
    db, data_dir = till
    assert sync_once(data_dir) == 0  # catalogue, levels, locations
    settings = load_settings(db)
    fan = catalog.scan(db, FAN, settings)
    [choice] = [c for c in deliveries.ship_from_choices(db, fan.variant_id,
                                                         settings.stock_location)
                if c.location == warehouse]  # the Medusa id of the warehouse, as pulled
    basket = Basket()
    basket.add(catalog.scan(db, "OMNI-WATER-500", settings))
    basket.ship_from(basket.add(fan), choice.location, choice.name)
    basket.delivery = {"name": "Trần Mai", "phone": "0905 550 001", "province": "Hồ Chí Minh",
                       "district": "Quận 3", "ward": "Phường Võ Thị Sáu",
                       "street": "12 Nguyễn Đình Chiểu", "deposit": 100_000}
    totals = basket.totals(settings.tax_inclusive)
    later = deliveries.later_amount(basket, totals)
    shop_fan, water = levels(medusa, medusa.shop.location_id), medusa.admin.get_stock(
        "OMNI-WATER-500", medusa.shop.location_id)
    done = sales.complete_sale(db, basket, [Tender(CASH, totals.total - later),
                                            Tender(ON_DELIVERY, later)],
                               users.login(db, "1111"), settings)
    assert sync_once(data_dir) == 0
    with db.session() as s:
        rows = s.scalars(select(OutboxEvent).where(OutboxEvent.kind.in_(
            ("sale", KIND)))).all()
        assert {(r.kind, r.status) for r in rows} == {("sale", "sent"), (KIND, "sent")}
        [delivery_id] = [r.ref for r in rows if r.kind == KIND]
    [counter] = orders_for(medusa, [done.id])
    assert [i["variant_sku"] for i in counter["items"]] == ["OMNI-WATER-500"]
    [made] = orders_of(medusa, ids, {"id": delivery_id})
    order = online(medusa, made["id"])
    assert [(i["variant_sku"], i["quantity"]) for i in order["items"]] == [(FAN, 1)]
    assert order["metadata"][SALE_KEY] == done.id
    assert order["payment_status"] == "partially_captured"
    assert order["summary"]["paid_total"] == 100_000
    assert order["summary"]["pending_difference"] == later
    assert [r["location_id"] for r in reservations(medusa, order)] == [warehouse]
    assert not order["fulfillments"]
    assert order["shipping_address"]["phone"] == "+84905550001"
    assert levels(medusa, medusa.shop.location_id) == shop_fan  # nothing moved here
    assert medusa.admin.get_stock("OMNI-WATER-500", medusa.shop.location_id) == water - 1
