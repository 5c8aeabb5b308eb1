"""Click-and-collect against real Medusa (issue #15): `pos connect` makes the shop's pickup
option once; an order placed through the store API with it (cart -> pickup option -> payment
session -> complete) reaches the till, is prepared and handed over against cash at the till,
and the store shows it fulfilled at the shop, paid and delivered; the same with the store
unreachable while the shop works, and with each push cut after the store acted, never
doubling a fulfilment, a capture or a delivered mark."""
from __future__ import annotations

import pytest
from store_link import connect_as
from till_helpers import sync_once, till  # noqa: F401
from web_checkout import WebShop

from pos.db.models import OutboxEvent
from pos.domain.payment import Tender
from pos.services import collect, users
from pos.services.settings import load_settings
from sync.config import load_connection
from sync.connectors.medusa import MedusaConnector
from sync.connectors.medusa_setup import PICKUP_CODE
from sync.engine import SyncEngine

pytestmark = pytest.mark.medusa
WATER, COFFEE = "OMNI-WATER-500", "OMNI-COFFEE-G7"
ONLINE_FIELDS = ("id,display_id,status,payment_status,fulfillment_status,metadata,"
                 "*fulfillments,*payment_collections.payments.captures")


@pytest.fixture(scope="module")
def web_shop(medusa):
    """The web shop's channel (the store's default) with its publishable key."""
    return WebShop(medusa.url, medusa.admin, medusa.shop.default_sales_channel_id,
                   medusa.shop.region_id)


def place_pickup_order(medusa, web: WebShop, lines: list[tuple[str, int]]) -> dict:
    return online(medusa, web.pickup_order(
        [(medusa.shop.variants[sku].variant_id, qty) for sku, qty in lines]))


def online(medusa, order_id: str) -> dict:
    return medusa.admin.get(f"/admin/orders/{order_id}", fields=ONLINE_FIELDS)["order"]


def captures(order: dict) -> list:
    return [c for pc in order["payment_collections"] for p in pc["payments"]
            for c in p.get("captures") or []]


def prepare_and_hand_over(db, number: str, lines: list[tuple[str, int]], cash: int):
    settings, lan = load_settings(db), users.login(db, "1111")
    for sku, qty in lines:
        for _ in range(qty):
            collect.scan_item(db, number, sku, settings)
    collect.mark_ready(db, number, lan)
    return collect.hand_over(db, number, lan, settings, (Tender("cash", cash),))


def assert_paid_and_delivered(medusa, order_id: str, total: int) -> None:
    done = online(medusa, order_id)
    assert done["payment_status"] == "captured"
    assert [c["amount"] for c in captures(done)] == [total]  # captured once
    assert len(done["fulfillments"]) == 1  # fulfilled once, at the shop
    ful = done["fulfillments"][0]
    assert ful["location_id"] == medusa.shop.location_id and ful["delivered_at"]
    assert done["fulfillment_status"] == "delivered" and done["status"] == "completed"


def outbox_states(db) -> dict[str, str]:
    with db.session() as s:
        return {r.kind: r.status for r in s.query(OutboxEvent)
                if r.kind.startswith("collect_")}


def test_connect_makes_one_pickup_option_for_the_shop(till, medusa):
    _db, data_dir = till
    first = load_connection(data_dir)[0].ids
    assert connect_as(data_dir, medusa, "Chủ", "0001") == 0  # a second connect
    assert load_connection(data_dir)[0].ids == first
    zones = medusa.admin.get(f"/admin/stock-locations/{medusa.shop.location_id}", fields=(
        "id,*fulfillment_sets,*fulfillment_sets.service_zones"))["stock_location"]
    zone_ids = [z["id"] for f in zones["fulfillment_sets"] for z in f["service_zones"]]
    options = [o for zone in zone_ids for o in medusa.admin.get(
        "/admin/shipping-options", service_zone_id=zone, fields="id,name,*type")["shipping_options"]]
    pickup = [o for o in options if o["type"]["code"] == PICKUP_CODE]
    assert [o["id"] for o in pickup] == [first["pickup_option_id"]]
    assert pickup[0]["name"] == "Pick up at Cửa hàng Quận 1"
    assert first["shipping_option_id"] != first["pickup_option_id"]  # the counter's stays


def test_web_pickup_order_prepared_and_collected_with_cash(till, medusa, web_shop):
    db, data_dir = till
    assert sync_once(data_dir) == 0  # the catalogue
    before = collect.waiting_count(db)  # other tests' orders, pulled by this fresh till
    lines = [(WATER, 2), (COFFEE, 1)]
    placed = place_pickup_order(medusa, web_shop, lines)
    number, total = str(placed["display_id"]), None
    assert sync_once(data_dir) == 0
    assert collect.waiting_count(db) == before + 1
    view = collect.order(db, number)
    assert (view.state, view.paid, view.customer_name) == ("new", False, "Trần Mai")
    assert sorted((ln.sku, ln.quantity) for ln in view.lines) == sorted(lines)
    total = view.total
    done = prepare_and_hand_over(db, number, lines, total + 4_000)
    assert done.state == "collected" and done.change == 4_000
    assert sync_once(data_dir) == 0
    assert outbox_states(db) == {"collect_ready": "sent", "collect_payment": "sent",
                                 "collect_delivered": "sent"}
    assert_paid_and_delivered(medusa, placed["id"], total)
    assert sync_once(data_dir) == 0  # pulled again: the shop's progress stays
    assert collect.waiting_count(db) == before and collect.order(db, number).state == "collected"


def proxied_engine(db, data_dir, proxy) -> SyncEngine:
    conn, key = load_connection(data_dir)
    return SyncEngine(db, MedusaConnector(proxy.url, key, ids=conn.ids, timeout=(2.0, 5.0),
                                          reuse_connections=False))


def test_prepared_and_collected_while_the_store_is_unreachable(till, medusa, web_shop,
                                                               faulty_proxy):
    db, data_dir = till
    engine = proxied_engine(db, data_dir, faulty_proxy)
    assert engine.run_once().ok
    before = collect.waiting_count(db)  # other tests' orders, pulled by this fresh till
    lines = [(COFFEE, 2)]
    placed = place_pickup_order(medusa, web_shop, lines)
    assert engine.run_once().ok and collect.waiting_count(db) == before + 1
    faulty_proxy.set_schedule(["refuse"], cycle=True)  # the shop's internet is down
    number = str(placed["display_id"])
    total = collect.order(db, number).total
    prepare_and_hand_over(db, number, lines, total)
    assert engine.run_once().offline
    still = online(medusa, placed["id"])
    assert still["payment_status"] == "authorized" and not still["fulfillments"]
    faulty_proxy.set_schedule([])  # back
    assert engine.run_once().ok
    assert_paid_and_delivered(medusa, placed["id"], total)


def test_each_step_cut_after_the_store_acted_is_not_made_twice(till, medusa, web_shop,
                                                               faulty_proxy):
    db, data_dir = till
    engine = proxied_engine(db, data_dir, faulty_proxy)
    assert engine.run_once().ok
    lines = [(WATER, 1)]
    placed = place_pickup_order(medusa, web_shop, lines)
    assert engine.run_once().ok
    number = str(placed["display_id"])
    total = collect.order(db, number).total
    prepare_and_hand_over(db, number, lines, total)
    # one request per connection: each push reads the order (passes), then makes its effect
    # (the store acts, its answer is cut); the retry reads the order again first
    faulty_proxy.set_schedule(["pass", "reset", "pass", "pass", "reset",
                               "pass", "pass", "pass", "reset"])
    kinds = ["collect_ready", "collect_payment", "collect_delivered"]
    for n, kind in enumerate(kinds):
        assert engine.push().offline, kind
        states = outbox_states(db)
        assert states[kind] == "pending" and all(states[k] == "sent" for k in kinds[:n])
    assert engine.push().ok
    assert faulty_proxy.counts()["reset"] == 3
    faulty_proxy.set_schedule([])
    assert engine.run_once().ok
    assert_paid_and_delivered(medusa, placed["id"], total)
