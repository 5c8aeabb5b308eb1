"""The till against a real Medusa v2 + PostgreSQL (tests/sync/conftest.py brings it up)."""
from __future__ import annotations

import pytest

from pos.app import open_shop
from pos.cli import main as pos
from pos.domain.basket import Basket
from pos.domain.payment import Tender
from pos.services import catalog, sales, users
from pos.services.settings import load_settings
from sync import state

pytestmark = pytest.mark.medusa
COOKIE = "OMNI-COOKIE-400"  # seeded with stock 3
NOODLE = "OMNI-NOODLE-HH"


@pytest.fixture
def till(tmp_path, medusa):
    """A fresh till (no demo shop) with a cashier, connected to the session's Medusa."""
    data_dir = tmp_path / "till"
    db = open_shop(data_dir, create_demo=False)
    users.add_user(db, "Lan", "cashier", "1111")
    assert pos(["--data-dir", str(data_dir), "connect", "medusa", "--url", medusa.url,
                "--api-key", medusa.api_key, "--location-id", medusa.shop.location_id]) == 0
    yield db, data_dir
    db.close()


def sync_once(data_dir) -> int:
    return pos(["--data-dir", str(data_dir), "sync", "--once"])


def sell(db, lines: list[tuple[str, int]], tenders=None) -> sales.CompletedSale:
    settings = load_settings(db)
    basket = Basket()
    for sku, qty in lines:
        for _ in range(qty):
            basket.add(catalog.scan(db, sku, settings))
    total = basket.totals(settings.tax_inclusive).total
    return sales.complete_sale(db, basket, tenders or [Tender("cash", total + 1_000_000)],
                               users.login(db, "1111"), settings)


def pos_orders(medusa, since=None):
    return medusa.admin.list_orders(sales_channel_id=medusa.shop.pos.sales_channel_id,
                                    created_after=since)


def orders_for(medusa, sale_ids):
    wanted = set(sale_ids)
    return [o for o in pos_orders(medusa) if (o.get("metadata") or {}).get("pos_sale_id") in wanted]


def test_connect_is_idempotent_and_pull_brings_the_catalogue(till, medusa):
    db, data_dir = till
    channels = medusa.admin.get("/admin/sales-channels")["count"]
    assert pos(["--data-dir", str(data_dir), "connect", "medusa", "--url", medusa.url,
                "--api-key", medusa.api_key]) == 0
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
        assert sync_once(data_dir) != 0
        status = state.read_status(db)
        assert status.online is False and status.waiting == {"sale": 50}
    finally:
        medusa.server.start()
    assert sync_once(data_dir) == 0
    assert sorted(o["metadata"]["pos_sale_id"] for o in orders_for(medusa, made)) == sorted(made)
    assert state.read_status(db).waiting_total == 0


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
