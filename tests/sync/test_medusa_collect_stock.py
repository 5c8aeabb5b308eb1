"""The stock figure of click-and-collect against real Medusa (issue #15): at every step of an
order (placed, being prepared, ready, collected) the till's on hand / reserved / available
agree with the store's stocked / reserved / available quantity at the shop once the store has
heard of the step, and after each stock pull; while a step waits to be sent, what can be sold
(available) already agrees.

What Medusa 2.21 does, measured here: the order placed reserves its units at the shop
(stocked 10, reserved 3); the fulfilment made when it is ready takes them out (stocked 7,
reserved 0); marking it delivered changes nothing. Cancelling that fulfilment puts them back
and reserves them again (10, 3); cancelling the order then drops the reservation (10, 0) and
cancels the authorized payment; Medusa refuses to cancel an order with a fulfilment not
cancelled, and an order cancelled twice.

An order not collected by its deadline is cancelled online by the till, once, its units back
here at once and there when the store hears."""
from __future__ import annotations

import uuid
from datetime import datetime, timedelta

import pytest
from medusa_harness import SeedVariant
from test_medusa_collect import proxied_engine, web_shop  # noqa: F401
from till_helpers import sync_once, till  # noqa: F401

from pos.db.models import OutboxEvent
from pos.domain.payment import Tender
from pos.services import collect, journal, stock_view, users
from pos.services.settings import load_settings
from sync.config import load_connection
from sync.connectors.medusa import MedusaConnector
from sync.engine import SyncEngine

pytestmark = pytest.mark.medusa


def new_item(medusa, stock: int = 10) -> tuple[str, str]:
    """An item of its own in the web and POS channels, `stock` at the shop: no other test's
    orders hold it. Its SKU and variant id."""
    sku = "OMNI-CC-" + uuid.uuid4().hex[:8].upper()
    product = medusa.admin.create_product("Trà " + sku, [SeedVariant(sku, "", 30_000, stock)],
                                          medusa.shop.location_id,
                                          [medusa.shop.default_sales_channel_id,
                                           medusa.shop.pos.sales_channel_id])
    return sku, product["variants"][0]["id"]


def in_store(medusa, sku: str) -> tuple[int, int, int]:
    """(stocked, reserved, available) at the shop's location in Medusa."""
    item = medusa.admin.inventory_item_id(sku)
    [level] = medusa.admin.get(f"/admin/inventory-items/{item}/location-levels",
                               location_id=medusa.shop.location_id)["inventory_levels"]
    return level["stocked_quantity"], level["reserved_quantity"], level["available_quantity"]


def at_till(db, sku: str) -> tuple[int, int, int]:
    """(on hand, reserved, available) as the stock screen shows them."""
    st = stock_view.item_stock(db, load_settings(db), sku)
    return int(st.on_hand), int(st.reserved), int(st.available)


def engine_of(db, data_dir) -> SyncEngine:
    conn, key = load_connection(data_dir)
    return SyncEngine(db, MedusaConnector(conn.url, key, ids=conn.ids))


def display_no(medusa, order_id: str) -> str:
    return str(medusa.admin.get(f"/admin/orders/{order_id}", fields="display_id")
               ["order"]["display_id"])


def test_the_figure_agrees_with_the_store_at_every_step(till, medusa, web_shop):
    db, data_dir = till
    engine = engine_of(db, data_dir)
    sku, variant = new_item(medusa)
    assert engine.run_once().ok
    assert at_till(db, sku) == in_store(medusa, sku) == (10, 0, 10)
    order_id = web_shop.pickup_order([(variant, 3)])
    assert in_store(medusa, sku) == (10, 3, 7)  # reserved at the shop by the order
    assert engine.run_once().ok
    assert at_till(db, sku) == (10, 3, 7)
    number, settings, lan = display_no(medusa, order_id), load_settings(db), users.login(db, "1111")
    collect.scan_item(db, number, sku, settings)  # being prepared
    assert at_till(db, sku) == in_store(medusa, sku) == (10, 3, 7)
    assert engine.run_once().ok and at_till(db, sku) == (10, 3, 7)
    for _ in range(2):
        collect.scan_item(db, number, sku, settings)
    collect.mark_ready(db, number, lan)
    assert at_till(db, sku) == (7, 0, 7)  # off the shelf: the store still has them reserved
    assert in_store(medusa, sku)[2] == 7
    assert engine.pull().ok  # a stock pull before the fulfilment is sent changes nothing
    assert at_till(db, sku) == (7, 0, 7) and in_store(medusa, sku) == (10, 3, 7)
    assert engine.push().ok  # the fulfilment at the shop
    assert in_store(medusa, sku) == (7, 0, 7) == at_till(db, sku)
    assert engine.run_once().ok  # the snapshot after it acknowledges the movement
    assert at_till(db, sku) == (7, 0, 7)
    assert stock_view.item_stock(db, settings, sku).pending == ()
    total = collect.order(db, number).total
    collect.hand_over(db, number, lan, settings, (Tender("cash", total),))
    assert at_till(db, sku) == (7, 0, 7)
    assert engine.run_once().ok and engine.run_once().ok  # delivered; pulled again
    assert at_till(db, sku) == in_store(medusa, sku) == (7, 0, 7)
    assert journal.verify(db) is None


def test_a_ready_order_cancelled_online_puts_its_units_back(till, medusa, web_shop):
    """The store's staff cancel the fulfilment, then the order (Medusa refuses to cancel an
    order with a fulfilment): the units come back here as there."""
    db, data_dir = till
    engine = engine_of(db, data_dir)
    sku, variant = new_item(medusa)
    order_id = web_shop.pickup_order([(variant, 2)])
    assert engine.run_once().ok
    number, settings, lan = display_no(medusa, order_id), load_settings(db), users.login(db, "1111")
    for _ in range(2):
        collect.scan_item(db, number, sku, settings)
    collect.mark_ready(db, number, lan)
    assert engine.run_once().ok and at_till(db, sku) == in_store(medusa, sku) == (8, 0, 8)
    [made] = medusa.admin.get(f"/admin/orders/{order_id}", fields="id,*fulfillments")[
        "order"]["fulfillments"]
    medusa.admin.post(f"/admin/orders/{order_id}/fulfillments/{made['id']}/cancel")
    assert in_store(medusa, sku) == (10, 2, 8)  # back in stock, reserved again
    medusa.admin.post(f"/admin/orders/{order_id}/cancel")
    assert in_store(medusa, sku) == (10, 0, 10)
    assert engine.run_once().ok  # the cancel pulled, then the stock, which holds it
    assert collect.order(db, number).state == "cancelled"
    assert at_till(db, sku) == (10, 0, 10)
    assert engine.run_once().ok  # nothing counted twice
    assert at_till(db, sku) == (10, 0, 10)
    assert stock_view.item_stock(db, settings, sku).pending == ()
    assert journal.verify(db) is None


ORDER_FIELDS = ("id,status,payment_status,metadata,*fulfillments,*payment_collections,"
                "*payment_collections.payments")


def ready_and_sent(engine, db, medusa, web_shop, quantity: int) -> tuple[str, str, str]:
    """A web order of a new item (10 at the shop) prepared and made ready, the store told:
    (its SKU, the order's id, its number)."""
    sku, variant = new_item(medusa)
    order_id = web_shop.pickup_order([(variant, quantity)])
    assert engine.run_once().ok
    number, settings = display_no(medusa, order_id), load_settings(db)
    for _ in range(quantity):
        collect.scan_item(db, number, sku, settings)
    collect.mark_ready(db, number, users.login(db, "1111"))
    assert engine.run_once().ok
    assert at_till(db, sku) == in_store(medusa, sku) == (10 - quantity, 0, 10 - quantity)
    return sku, order_id, number


def past_deadline(db) -> list[str]:
    days = load_settings(db).collect_pickup_days
    return collect.expire(db, days, now=datetime.utcnow() + timedelta(days=days + 1))


def assert_cancelled_once(medusa, order_id: str) -> None:
    done = medusa.admin.get(f"/admin/orders/{order_id}", fields=ORDER_FIELDS)["order"]
    assert done["status"] == "canceled"
    [made] = done["fulfillments"]  # the till's one, cancelled: the units went back
    assert made["canceled_at"]
    payments = [p for c in done["payment_collections"] for p in c["payments"]]
    assert payments and all(p["canceled_at"] and not p["captured_at"] for p in payments)
    assert done["metadata"]["pos_collect_cancel"]


def test_an_order_not_collected_is_cancelled_online_and_its_stock_comes_back(till, medusa,
                                                                             web_shop):
    db, data_dir = till
    engine = engine_of(db, data_dir)
    sku, order_id, number = ready_and_sent(engine, db, medusa, web_shop, 3)
    assert past_deadline(db) == [number]
    assert at_till(db, sku) == (10, 0, 10)  # back on the shelf here at once
    assert in_store(medusa, sku) == (7, 0, 7)  # until the store hears
    assert engine.run_once().ok
    assert_cancelled_once(medusa, order_id)
    assert in_store(medusa, sku) == (10, 0, 10) == at_till(db, sku)
    assert engine.run_once().ok  # pulled again: the order stays not collected, counted once
    assert collect.order(db, number).state == "not_collected"
    assert at_till(db, sku) == (10, 0, 10)
    assert stock_view.item_stock(db, load_settings(db), sku).pending == ()
    assert journal.verify(db) is None


def test_the_cancel_cut_after_the_store_acted_is_made_once(till, medusa, web_shop,
                                                           faulty_proxy):
    db, data_dir = till
    engine = proxied_engine(db, data_dir, faulty_proxy)
    sku, order_id, number = ready_and_sent(engine, db, medusa, web_shop, 2)
    assert past_deadline(db) == [number]
    # one request per connection: the order read passes, the fulfilment's cancel is made and
    # its answer cut; the retry reads again, writes the UUID, the order's cancel is made and
    # cut; the third read finds the order cancelled
    faulty_proxy.set_schedule(["pass", "reset", "pass", "pass", "reset"])
    assert engine.push().offline
    assert engine.push().offline
    assert engine.push().ok
    assert faulty_proxy.counts()["reset"] == 2
    faulty_proxy.set_schedule([])
    with db.session() as s:
        [row] = s.query(OutboxEvent).filter_by(kind=collect.CANCEL_KIND).all()
        assert (row.status, row.failures, row.last_error) == ("sent", 0, "already in the store")
    assert_cancelled_once(medusa, order_id)
    assert engine.run_once().ok
    assert in_store(medusa, sku) == (10, 0, 10) == at_till(db, sku)
    assert journal.verify(db) is None
