"""A till connected to the session's Medusa, and what the sync tests do with it."""
from __future__ import annotations

from decimal import Decimal

import pytest
from store_link import connect_as

from pos.app import open_shop, speak_shop_language
from pos.cli import main as pos
from pos.domain.basket import Basket
from pos.domain.payment import Tender
from pos.services import catalog, sales, shifts, users
from pos.services.settings import load_settings, save_settings


@pytest.fixture
def till(tmp_path, medusa):
    """A fresh till (no demo shop) with its owner (an admin, as the first-run set-up makes) and
    a cashier, connected to the session's Medusa."""
    data_dir = tmp_path / "till"
    db = open_shop(data_dir, create_demo=False)
    save_settings(db, language="en")  # tests read English; the shop counts in dong
    speak_shop_language(db)
    owner = users.add_user(db, "Chủ", "admin", "0001")
    lan = users.add_user(db, "Lan", "cashier", "1111", by=owner)
    shifts.open_shift(db, lan, 0, load_settings(db))  # a sale needs an open shift
    assert connect_as(data_dir, medusa, "Chủ", "0001", "--location-id",
                      medusa.shop.location_id) == 0  # connecting is a manager's
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


def pos_orders(medusa, since="1970-01-01T00:00:00Z"):
    """Every order in the POS channel, read with keyset paging (offset paging over
    created_at can skip rows, which would look like a lost sale)."""
    from sync.connectors.keyset import all_rows
    from sync.connectors.medusa_http import MedusaHttp
    http = MedusaHttp(medusa.url, medusa.api_key)
    return list(all_rows(http, "/admin/orders", "orders", "created_at", since, **{
        "sales_channel_id[]": medusa.shop.pos.sales_channel_id,
        "fields": "id,status,payment_status,fulfillment_status,total,metadata,created_at,*items"}))


def orders_for(medusa, sale_ids):
    wanted = set(sale_ids)
    return [o for o in pos_orders(medusa) if (o.get("metadata") or {}).get("pos_sale_id") in wanted]


def weighed_product(medusa, sku: str, title: str, price: int, level: int = 20) -> None:
    """A product sold by weight in the store (metadata unit kg), `level` kg at the shop, in
    the web and POS channels; made once per Medusa session, its level set again after."""
    from medusa_harness import SeedVariant

    admin = medusa.admin
    if admin.get("/admin/product-variants", sku=sku, fields="id")["variants"]:
        admin.set_stock(sku, medusa.shop.location_id, level)
        return
    product = admin.create_product(title, [SeedVariant(sku, "", price, level)],
                                   medusa.shop.location_id,
                                   [medusa.shop.default_sales_channel_id,
                                    medusa.shop.pos.sales_channel_id])
    admin.post(f"/admin/products/{product['id']}", {"metadata": {"unit": "kg"}})


def sell_weighed(db, *lines: tuple[str, str]) -> sales.CompletedSale:
    """A cash sale of (SKU, quantity) lines; quantities in kg for weighed items."""
    settings = load_settings(db)
    basket = Basket()
    for sku, quantity in lines:
        basket.set_quantity(basket.add(catalog.scan(db, sku, settings)), Decimal(quantity))
    total = basket.totals(settings.tax_inclusive).total
    return sales.complete_sale(db, basket, [Tender("cash", total)], users.login(db, "1111"),
                               settings)
