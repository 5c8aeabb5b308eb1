"""Holds against real Medusa (issue #15, part 3): a parked sale held for its customer at the
till becomes reservations at the shop's location, so Medusa's available quantity drops and
the web shop cannot sell the last unit; recalling the sale to sell it, its deadline passing,
or a release by hand gives the quantity back. Pushed twice, or cut after the store acted and
retried, a hold is reserved once and released once."""
from __future__ import annotations

import json
import uuid
from datetime import timedelta

import pytest
from store_link import connect_as  # noqa: F401  (till_helpers' fixture needs it importable)
from till_helpers import sync_once, till  # noqa: F401
from web_checkout import WebShop

from medusa_harness import SeedVariant, ean13
from pos.db.models import OutboxEvent, utcnow
from pos.domain.basket import Basket
from pos.services import catalog, customers, holds, parking
from pos.services.settings import load_settings
from sync.config import load_connection
from sync.connectors.medusa import MedusaConnector
from sync.connectors.medusa_holds import HoldPusher, description
from sync.connectors.medusa_http import MedusaHttp
from sync.engine import SyncEngine

pytestmark = pytest.mark.medusa


@pytest.fixture
def item(medusa):
    """A product of this test alone, 5 in stock at the shop, sold on the web and the till."""
    sku = f"HOLD-{uuid.uuid4().hex[:8].upper()}"
    shop = medusa.shop
    product = medusa.admin.create_product(
        f"Áo dài {sku}", [SeedVariant(sku, ean13(f"8{uuid.uuid4().int % 10**11:011d}"), 450_000, 5)],
        location_id=shop.location_id,
        sales_channel_ids=[shop.default_sales_channel_id, shop.pos.sales_channel_id])
    yield sku, product["variants"][0]["id"]
    medusa.admin.delete_product(product["id"])


def level(medusa, sku: str) -> tuple[int, int]:
    """(reserved, available) of the item at the shop's location in Medusa."""
    item_id = medusa.admin.inventory_item_id(sku)
    [lvl] = medusa.admin.get(f"/admin/inventory-items/{item_id}/location-levels",
                             location_id=medusa.shop.location_id)["inventory_levels"]
    return lvl["reserved_quantity"], lvl["available_quantity"]


def reservations(medusa, hold_id: str) -> list[dict]:
    return medusa.admin.get("/admin/reservations", description=description(hold_id),
                            fields="id,quantity,location_id,metadata")["reservations"]


def a_customer(db) -> int:
    return customers.add_customer(db, "Chị Hoa", phone=f"09{uuid.uuid4().int % 10**8:08d}").id


def hold_sale(db, sku: str, quantity: int, days: int = 3,
              customer_id: int | None = None) -> tuple[int, str]:
    settings = load_settings(db)
    basket = Basket(customer_id=customer_id or a_customer(db))
    for _ in range(quantity):
        basket.add(catalog.scan(db, sku, settings))
    parked = parking.park(db, basket, None, hold_days=days)
    [view] = [h for h in holds.holds(db) if h.parked_id == parked]
    return parked, view.id


def hold_rows(db) -> list[tuple[str, str]]:
    with db.session() as s:
        return [(r.ref, r.status) for r in s.query(OutboxEvent).filter_by(kind=holds.KIND)
                .order_by(OutboxEvent.id)]


def test_a_held_sale_is_reserved_online_and_the_web_cannot_sell_it(till, medusa, item):
    db, data_dir = till
    sku, variant_id = item
    assert sync_once(data_dir) == 0  # the catalogue, with the new item
    assert level(medusa, sku) == (0, 5)
    parked, hold_id = hold_sale(db, sku, 5)
    assert sync_once(data_dir) == 0
    assert level(medusa, sku) == (5, 0)
    [made] = reservations(medusa, hold_id)
    assert made["quantity"] == 5 and made["location_id"] == medusa.shop.location_id
    assert made["metadata"]["customer"] == "Chị Hoa"
    web = WebShop(medusa.url, medusa.admin, medusa.shop.default_sales_channel_id,
                  medusa.shop.region_id)
    with pytest.raises(AssertionError, match="(?i)inventory|stock"):  # the last units are held
        web.pickup_order([(variant_id, 1)])
    basket = parking.recall(db, parked)  # the customer came back: sold at the counter
    assert [ln.sku for ln in basket.lines] == [sku] * 1 and basket.lines[0].quantity == 5
    assert sync_once(data_dir) == 0
    assert reservations(medusa, hold_id) == [] and level(medusa, sku) == (0, 5)
    assert [status for _, status in hold_rows(db)] == ["sent", "sent"]


def test_a_hold_past_its_deadline_or_released_by_hand_gives_the_units_back(till, medusa, item):
    db, data_dir = till
    sku, _ = item
    assert sync_once(data_dir) == 0
    first, first_id = hold_sale(db, sku, 2, days=1)
    second, second_id = hold_sale(db, sku, 1, days=3)
    assert sync_once(data_dir) == 0
    assert level(medusa, sku) == (3, 2)
    assert holds.expire(db, now=utcnow() + timedelta(days=1, minutes=1)) == [first_id]
    holds.release(db, second)
    assert sync_once(data_dir) == 0
    assert level(medusa, sku) == (0, 5)
    assert reservations(medusa, first_id) == reservations(medusa, second_id) == []
    assert {p.id for p in parking.list_parked(db)} >= {first, second}  # still parked


def test_a_hold_pushed_again_or_cut_after_the_store_acted_is_made_once(till, medusa, item,
                                                                      faulty_proxy):
    db, data_dir = till
    sku, _ = item
    conn, key = load_connection(data_dir)
    engine = SyncEngine(db, MedusaConnector(faulty_proxy.url, key, ids=conn.ids,
                                            timeout=(2.0, 5.0), reuse_connections=False))
    hoa = a_customer(db)
    assert engine.run_once().ok  # the catalogue and the customer
    parked, hold_id = hold_sale(db, sku, 2, customer_id=hoa)
    # one request per connection: look up (passes), the item (passes), the reservation is
    # made and its answer cut; the retry looks up again and finds it
    faulty_proxy.set_schedule(["pass", "pass", "reset"])
    assert engine.push().offline
    assert len(reservations(medusa, hold_id)) == 1  # the store acted
    assert engine.push().ok
    assert [r["quantity"] for r in reservations(medusa, hold_id)] == [2]
    with db.session() as s:  # the same row once more, as after a lost local commit
        [payload] = [r.payload for r in s.query(OutboxEvent).filter_by(kind=holds.KIND)]
    pusher = HoldPusher(MedusaHttp(medusa.url, medusa.api_key), medusa.shop.location_id)
    pusher.push(json.loads(payload))
    assert len(reservations(medusa, hold_id)) == 1 and level(medusa, sku) == (2, 3)
    holds.release(db, parked)
    faulty_proxy.set_schedule(["pass", "reset"])  # look up, delete (done, answer cut)
    assert engine.push().offline
    assert engine.push().ok  # found nothing left: released once, no error
    assert reservations(medusa, hold_id) == [] and level(medusa, sku) == (0, 5)
    assert [status for _, status in hold_rows(db)] == ["sent", "sent"]
