"""The Medusa test harness itself: the store is up, seeded as promised, restartable, and the
fault-injecting proxy does what the sync tests will rely on."""

from __future__ import annotations

import time

import pytest
import requests
from faulty_proxy import Action, FaultyProxy
from medusa_harness import DEFAULT_PRODUCTS, AdminClient, ean13

pytestmark = pytest.mark.medusa


def test_health_and_api_key(medusa):
    assert requests.get(medusa.url + "/health", timeout=5).status_code == 200
    assert medusa.api_key.startswith("sk_")
    # the secret key is the Basic-auth user name, with an empty password
    r = requests.get(medusa.url + "/admin/regions", auth=(medusa.api_key, ""), timeout=10)
    assert r.status_code == 200
    assert requests.get(medusa.url + "/admin/regions", timeout=10).status_code == 401


def test_seeded_products_have_sku_barcode_price_and_stock(medusa):
    admin, shop = medusa.admin, medusa.shop
    admin.seed_shop()  # other sync tests in the session sell and change stock: reset it
    expected = {v.sku: v for p in DEFAULT_PRODUCTS for v in p.variants}
    assert set(shop.variants) == set(expected)
    for sku, want in expected.items():
        v = admin.find_variant(sku)
        assert v is not None, sku
        assert v["id"] == shop.variants[sku].variant_id
        assert v["barcode"] == want.barcode == ean13(want.barcode[:12])
        assert [(p["currency_code"], p["amount"]) for p in v["prices"]] == [("vnd", want.price)]
        assert admin.get_stock(sku, shop.location_id) == want.stock
    # the products are sold in the POS channel, whose location is the seeded one
    region = admin.get(f"/admin/regions/{shop.region_id}")["region"]
    assert region["currency_code"] == "vnd"
    loc = admin.get(f"/admin/stock-locations/{shop.location_id}", fields="id,*sales_channels")["stock_location"]
    assert shop.sales_channel_id in {s["id"] for s in loc["sales_channels"]}


def test_seeding_again_is_idempotent_and_resets(medusa):
    admin, shop = medusa.admin, medusa.shop
    admin.set_price("OMNI-WATER-500", 6_000)
    admin.set_stock("OMNI-WATER-500", shop.location_id, 7)
    assert admin.get_price("OMNI-WATER-500") == 6_000
    again = admin.seed_shop()
    assert again.variants["OMNI-WATER-500"].variant_id == shop.variants["OMNI-WATER-500"].variant_id
    assert again.pos == shop.pos
    assert admin.get_price("OMNI-WATER-500") == 5_000
    assert admin.get_stock("OMNI-WATER-500", shop.location_id) == 100
    assert len(admin.get("/admin/regions")["regions"]) == 1


def test_in_store_sale_takes_stock_off_at_the_location(medusa):
    admin, shop = medusa.admin, medusa.shop
    noodle = shop.variants["OMNI-NOODLE-HH"]
    before = admin.get_stock(noodle.sku, shop.location_id)
    sale_id = f"test-sale-{time.time_ns()}"
    order = admin.record_pos_sale(shop.pos, [(noodle.variant_id, 3, None)], metadata={"omnipos_sale_id": sale_id})
    assert order["status"] == "completed"
    assert order["payment_status"] == "captured"
    assert order["fulfillment_status"] == "fulfilled"
    assert order["total"] == 3 * noodle.price
    assert admin.get_stock(noodle.sku, shop.location_id) == before - 3
    mine = [o for o in admin.list_orders(shop.sales_channel_id) if (o.get("metadata") or {}).get("omnipos_sale_id") == sale_id]
    assert [o["id"] for o in mine] == [order["id"]]


def test_catalogue_helpers(medusa):
    admin, shop = medusa.admin, medusa.shop
    from medusa_harness import SeedVariant

    v = SeedVariant("OMNI-TEMP-1", ean13("893600009991"), 12_000, 4)
    product = admin.create_product("Tạm thời", [v], shop.location_id, [shop.sales_channel_id])
    assert admin.get_stock(v.sku, shop.location_id) == 4
    admin.set_price(v.sku, 13_500)
    assert admin.get_price(v.sku) == 13_500
    admin.delete_product(product["id"])
    assert admin.find_variant(v.sku) is None
    c = admin.create_customer(f"lan.{time.time_ns()}@example.vn", "Lan", "Nguyễn", phone="+84901234567")
    assert c["id"].startswith("cus_") and c["last_name"] == "Nguyễn"


def test_stop_and_start_again_on_the_same_port_and_db(medusa):
    server = medusa.server
    url = server.url
    server.stop()
    assert not server.running
    with pytest.raises(requests.ConnectionError):
        requests.get(url + "/health", timeout=2)
    server.start()
    assert server.url == url
    assert requests.get(url + "/health", timeout=5).status_code == 200
    # same database and the same API key
    assert medusa.admin.find_variant("OMNI-COFFEE-G7")["id"] == medusa.shop.variants["OMNI-COFFEE-G7"].variant_id


def _fresh_client(base_url: str, api_key: str, timeout: float = 10) -> AdminClient:
    return AdminClient(base_url, api_key, timeout=timeout)


def test_proxy_passes_traffic_through(medusa, faulty_proxy):
    assert requests.get(faulty_proxy.url + "/health", timeout=5).status_code == 200
    admin = _fresh_client(faulty_proxy.url, medusa.api_key)
    assert admin.find_variant("OMNI-WATER-500")["barcode"] == medusa.shop.variants["OMNI-WATER-500"].barcode
    assert set(faulty_proxy.history) == {"pass"}


def test_proxy_reset_gives_a_client_connection_error_after_the_server_acted(medusa, faulty_proxy):
    admin = medusa.admin
    sku = "OMNI-COFFEE-G7"
    faulty_proxy.set_schedule(["reset"])
    via_proxy = _fresh_client(faulty_proxy.url, medusa.api_key)
    with pytest.raises(requests.ConnectionError):
        via_proxy.set_stock(sku, medusa.shop.location_id, 11)  # GET inventory item is reset
    assert faulty_proxy.history == ["reset"]

    # a POST that gets through but whose answer is cut: the server did it anyway
    item_id = admin.inventory_item_id(sku)
    path = f"/inventory-items/{item_id}/location-levels/{medusa.shop.location_id}"
    faulty_proxy.set_schedule([Action("reset", after_bytes=5)])
    with pytest.raises(requests.ConnectionError):
        requests.post(faulty_proxy.url + "/admin" + path, json={"stocked_quantity": 11}, auth=(medusa.api_key, ""), timeout=10)
    assert admin.get_stock(sku, medusa.shop.location_id) == 11
    admin.set_stock(sku, medusa.shop.location_id, medusa.shop.variants[sku].stock)


def test_proxy_drop_delay_refuse_and_back_to_normal(medusa, faulty_proxy):
    faulty_proxy.set_schedule(["drop", "refuse", Action("delay", seconds=3)])
    with pytest.raises(requests.ConnectionError):
        requests.get(faulty_proxy.url + "/health", timeout=5)
    with pytest.raises(requests.ConnectionError):
        requests.get(faulty_proxy.url + "/health", timeout=5)
    with pytest.raises(requests.Timeout):
        requests.get(faulty_proxy.url + "/health", timeout=1)
    assert requests.get(faulty_proxy.url + "/health", timeout=5).status_code == 200
    assert faulty_proxy.history == ["drop", "refuse", "delay", "pass"]
    faulty_proxy.set_schedule(["drop"], cycle=True)
    for _ in range(3):
        with pytest.raises(requests.ConnectionError):
            requests.get(faulty_proxy.url + "/health", timeout=5)


def test_proxy_with_the_server_down_and_up_again(medusa):
    with FaultyProxy("127.0.0.1", medusa.port) as proxy:
        medusa.server.stop()
        with pytest.raises(requests.ConnectionError):
            requests.get(proxy.url + "/health", timeout=5)
        medusa.server.start()
        assert requests.get(proxy.url + "/health", timeout=5).status_code == 200


def test_proxy_stops_by_itself_after_its_lifetime():
    import socket

    with socket.socket() as s:  # a dummy upstream that is never reached
        s.bind(("127.0.0.1", 0))
        proxy = FaultyProxy("127.0.0.1", s.getsockname()[1], lifetime=0.5).start()
        port = proxy.port
        time.sleep(1.5)
        with socket.socket() as c:
            assert c.connect_ex(("127.0.0.1", port)) != 0
        proxy.stop()
