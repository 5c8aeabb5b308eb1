"""Stock held for orders to collect (issue #15) on a real shop file: the stock view and its CSV
say on hand, reserved and available; a counter sale that would take held units is named with
the orders it takes them from; orders handed over or cancelled hold nothing."""
from __future__ import annotations

import io
from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from pos import i18n
from pos.services import catalog, collect, stock_view
from pos.services.settings import load_settings
from pos.services.stock_adjustments import adjust_stock
from pos.services.users import login

WATER, TEA = "SP0001", "SP0002"


def order(remote_id, number, name, lines, minutes=0, canceled=False) -> collect.PulledOrder:
    return collect.PulledOrder(
        remote_id=remote_id, display_no=number, customer_name=name, phone="0901234567",
        email="", currency="VND", total=10_000, paid=True,
        placed_at=datetime(2026, 12, 1, 9, 0) + timedelta(minutes=minutes), canceled=canceled,
        lines=tuple(collect.PulledLine(f"li_{remote_id}_{sku}", sku, sku, qty)
                    for sku, qty in lines))


@pytest.fixture
def shop(demo_db):
    i18n.set_language("en")
    settings, manager = load_settings(demo_db), login(demo_db, "9999")
    with demo_db.transaction() as s:
        collect.remember(s, order("order_01", "1023", "Lan", ((WATER, 2), (TEA, 1))))
        collect.remember(s, order("order_02", "1024", "Minh", ((WATER, 1),), minutes=5))
    return demo_db, settings, manager


def variant(db, sku) -> int:
    return catalog.find_by_code(db, sku).variant_id


def test_the_stock_view_holds_the_reserved_quantities_apart(shop):
    db, settings, _ = shop
    water = stock_view.item_stock(db, settings, WATER)
    assert (water.on_hand, water.reserved, water.available) == (Decimal(200), Decimal(3),
                                                                Decimal(197))
    assert [(h.display_no, h.customer_name, h.quantity_milli) for h in water.held_for] == [
        ("1023", "Lan", 2000), ("1024", "Minh", 1000)]
    other = stock_view.item_stock(db, settings, "SP0003")
    assert (other.reserved, other.available, other.held_for) == (0, other.on_hand, ())


def test_an_order_handed_over_or_cancelled_holds_nothing(shop):
    db, settings, manager = shop
    for sku in (WATER, WATER, TEA):
        collect.scan_item(db, "1023", sku, settings)
    collect.mark_ready(db, "1023", manager)
    collect.hand_over(db, "1023", manager, settings)
    with db.transaction() as s:
        collect.remember(s, order("order_02", "1024", "Minh", ((WATER, 1),), canceled=True))
    assert stock_view.item_stock(db, settings, WATER).reserved == 0
    assert collect.held_variants(db) == {}


def test_held_variants_is_the_cache_the_till_reads_at_each_scan(shop):
    db, _, _ = shop
    assert collect.held_variants(db) == {variant(db, WATER): 3000, variant(db, TEA): 1000}


def test_a_sale_is_named_only_when_it_would_take_held_units(shop):
    db, settings, manager = shop
    adjust_stock(db, settings, WATER, "-197", "count", manager)  # 3 left, all 3 held
    water = variant(db, WATER)
    held = collect.held_for_sale(db, water, settings.stock_location, 1000)
    assert (held.on_hand_milli, held.reserved_milli, held.available_milli) == (3000, 3000, 0)
    assert held.taken_by(1000) == 1000 and held.taken_by(5000) == 3000
    assert [o.display_no for o in held.orders] == ["1023", "1024"]
    adjust_stock(db, settings, WATER, "2", "received", manager)  # 5: two free to sell
    assert collect.held_for_sale(db, water, settings.stock_location, 2000) is None
    assert collect.held_for_sale(db, water, settings.stock_location, 3000).taken_by(3000) == 1000
    assert collect.held_for_sale(db, variant(db, "SP0003"), settings.stock_location,
                                 5000) is None


def test_the_csv_export_has_reserved_and_available_columns(shop):
    db, settings, _ = shop
    out = io.StringIO()
    stock_view.write_stock_csv(db, settings, out)
    lines = out.getvalue().splitlines()
    header = lines[0].split(",")
    assert header[7:9] == ["reserved", "available"]
    water = next(l for l in lines if l.startswith(WATER + ",")).split(",")
    assert (water[3], water[7], water[8]) == ("200", "3", "197")
    tea = next(l for l in lines if l.startswith(TEA + ",")).split(",")
    assert (tea[7], tea[8]) == ("1", "199")


def test_the_low_stock_list_says_what_is_reserved_and_available(shop):
    db, settings, manager = shop
    stock_view.set_low_threshold(db, WATER, "250", manager)
    [row] = stock_view.low_stock(db, settings)
    assert (row.sku, row.on_hand, row.reserved, row.available) == (WATER, 200, 3, 197)
