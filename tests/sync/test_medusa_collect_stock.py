"""The stock figure of click-and-collect against real Medusa (issue #15): at every step of an
order (placed, being prepared, ready, collected) the till's on hand / reserved / available
agree with the store's stocked / reserved / available quantity at the shop once the store has
heard of the step, and after each stock pull; while a step waits to be sent, what can be sold
(available) already agrees.

What Medusa 2.21 does, measured here: the order placed reserves its units at the shop
(stocked 10, reserved 3); the fulfilment made when it is ready takes them out (stocked 7,
reserved 0); marking it delivered changes nothing."""
from __future__ import annotations

import uuid

import pytest
from medusa_harness import SeedVariant
from test_medusa_collect import web_shop  # noqa: F401
from till_helpers import sync_once, till  # noqa: F401

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
