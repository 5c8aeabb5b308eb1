"""The till against a real Medusa v2 + PostgreSQL (tests/sync/conftest.py brings it up)."""
from __future__ import annotations

import pytest

from store_link import connect_as
from till_helpers import orders_for, sell, sync_once, till  # noqa: F401

from pos.services import catalog, customers
from sync import state

pytestmark = pytest.mark.medusa
COOKIE = "OMNI-COOKIE-400"  # seeded with stock 3
NOODLE = "OMNI-NOODLE-HH"


def test_connect_is_idempotent_and_pull_brings_the_catalogue(till, medusa):
    db, data_dir = till
    channels = medusa.admin.get("/admin/sales-channels")["count"]
    assert connect_as(data_dir, medusa, "Chủ", "0001") == 0  # the till fixture's owner
    assert medusa.admin.get("/admin/sales-channels")["count"] == channels
    assert sync_once(data_dir) == 0
    seeded = medusa.shop.variants[NOODLE]
    item = catalog.find_by_code(db, seeded.barcode)
    assert item is not None and item.sku == NOODLE and item.price == seeded.price
    assert [i.sku for i in catalog.search(db, "mi hao hao")] == [NOODLE]
    status = state.read_status(db)
    assert status.online and status.last_pull_at


def test_a_sale_reaches_medusa_once_paid_fulfilled_and_takes_the_stock(till, medusa):
    db, data_dir = till
    assert sync_once(data_dir) == 0
    before = medusa.admin.get_stock(NOODLE, medusa.shop.location_id)
    sale = sell(db, [(NOODLE, 3), ("OMNI-WATER-500", 1)])
    assert sync_once(data_dir) == 0
    [order] = orders_for(medusa, [sale.id])
    assert order["payment_status"] in ("captured", "paid")
    assert order["fulfillment_status"] in ("fulfilled", "delivered", "shipped")
    assert order["metadata"]["pos_receipt"] == sale.receipt_label
    assert int(order["total"]) == sale.total - sale.rounding
    quantities = {}
    for item in order["items"]:
        quantities[item["variant_sku"] if item.get("variant_sku") else item["metadata"]["pos_sku"]] = \
            quantities.get(item.get("variant_sku") or item["metadata"]["pos_sku"], 0) + item["quantity"]
    assert quantities == {NOODLE: 3, "OMNI-WATER-500": 1}
    assert medusa.admin.get_stock(NOODLE, medusa.shop.location_id) == before - 3
    assert sync_once(data_dir) == 0  # nothing is sent twice
    assert len(orders_for(medusa, [sale.id])) == 1


def test_a_sale_the_store_thinks_it_cannot_have_still_arrives(till, medusa):
    db, data_dir = till
    medusa.admin.set_stock(COOKIE, medusa.shop.location_id, 1)
    assert sync_once(data_dir) == 0
    sale = sell(db, [(COOKIE, 3)])
    assert sync_once(data_dir) == 0
    assert len(orders_for(medusa, [sale.id])) == 1
    assert medusa.admin.get_stock(COOKIE, medusa.shop.location_id) == -2
    with db.session() as s:
        from pos.db.models import OutboxEvent
        row = s.query(OutboxEvent).filter_by(ref=sale.id).one()
        assert row.status == "sent" and "stock exception" in row.last_error
    medusa.admin.set_stock(COOKIE, medusa.shop.location_id, 3)


def test_offline_sales_wait_then_arrive_exactly_once(till, medusa):
    db, data_dir = till
    assert sync_once(data_dir) == 0
    medusa.server.stop()
    try:
        made = [sell(db, [("OMNI-WATER-500", 1)]).id for _ in range(50)]
        people = [customers.add_customer(db, f"Khách offline {i}", f"09770000{i:02d}")
                  for i in range(3)]
        assert sync_once(data_dir) != 0
        status = state.read_status(db)
        assert status.online is False and status.waiting == {"sale": 50, "customer": 3}
    finally:
        medusa.server.start()
    assert sync_once(data_dir) == 0
    assert sorted(o["metadata"]["pos_sale_id"] for o in orders_for(medusa, made)) == sorted(made)
    assert state.read_status(db).waiting_total == 0
    for person in people:
        online = [c for c in medusa.admin.list_all("/admin/customers", "customers", q=person.phone[-9:])
                  if c.get("phone") == person.phone]
        assert len(online) == 1, person


def test_changes_online_reach_the_till_after_one_pull(till, medusa):
    db, data_dir = till
    assert sync_once(data_dir) == 0
    from medusa_harness import SeedVariant, ean13
    medusa.admin.set_price("OMNI-WATER-500", 6_000)
    new = medusa.admin.create_product("Trà sữa đóng chai", [SeedVariant(
        "OMNI-MILKTEA", ean13("893600000099"), 18_000, 12)], location_id=medusa.shop.location_id,
        sales_channel_ids=[medusa.shop.pos.sales_channel_id])
    gone = medusa.admin.create_product("Hàng ngừng bán", [SeedVariant(
        "OMNI-GONE", ean13("893600000098"), 1_000, 1)])
    assert sync_once(data_dir) == 0
    assert catalog.find_by_code(db, ean13("893600000098")) is not None
    medusa.admin.delete_product(gone["id"])
    medusa.admin.set_stock(NOODLE, medusa.shop.location_id, 77)
    assert sync_once(data_dir) == 0
    assert catalog.find_by_code(db, medusa.shop.variants["OMNI-WATER-500"].barcode).price == 6_000
    assert catalog.find_by_code(db, ean13("893600000099")).sku == "OMNI-MILKTEA"
    assert catalog.find_by_code(db, ean13("893600000098")) is None
    assert catalog.search(db, "ngung ban") == []
    from pos.services.stock import local_stock
    noodle = catalog.find_by_code(db, medusa.shop.variants[NOODLE].barcode)
    assert local_stock(db, noodle.variant_id, "shop") == 77
    medusa.admin.set_price("OMNI-WATER-500", 5_000)
    medusa.admin.delete_product(new["id"])
