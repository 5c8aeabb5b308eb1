"""The recall list's facts (issue #14): each parked sale's local time, who parked it, its line
count, its total as the screen would price it now (promotions included) and its customer."""
from __future__ import annotations

import time
from datetime import timedelta

import pytest

from pos.domain.basket import Basket
from pos.domain.promotions import OrderOff
from pos.services import catalog, customers, parking, promotions, users
from pos.services.settings import load_settings


@pytest.fixture
def vietnam_clock(monkeypatch):
    """The till's clock is UTC+7 (a POSIX zone string: no time zone database needed)."""
    monkeypatch.setenv("TZ", "ICT-7")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def basket_of(db, *skus: str, customer_id: int | None = None) -> Basket:
    shop = load_settings(db)
    basket = Basket(customer_id=customer_id)
    for sku in skus:
        basket.add(catalog.scan(db, sku, shop))
    return basket


def test_each_parked_sale_shows_time_cashier_lines_total_and_customer(demo_db, vietnam_clock):
    hoa = customers.add_customer(demo_db, "Chị Hoa", phone="0903123456")
    cashier = next(u for u in users.list_users(demo_db) if u.role == "cashier")
    first = basket_of(demo_db, "SP0001", "SP0002", customer_id=hoa.id)
    parking.park(demo_db, first, cashier.id, label="bàn 3")
    parking.park(demo_db, basket_of(demo_db, "SP0003"), None)
    promotions.create_local_promotion(demo_db, "Giảm 10%", OrderOff(percent_bp=1000))

    shown = parking.list_parked(demo_db)

    assert [(p.cashier, p.lines, p.customer, p.label) for p in shown] == [
        (cashier.name, 2, "Chị Hoa", "bàn 3"), ("", 1, "", "")]
    first.promotions = promotions.load_book(demo_db)  # parked before the promotion began
    tax_inclusive = load_settings(demo_db).tax_inclusive
    assert shown[0].total == first.totals(tax_inclusive).total < first.totals(tax_inclusive) \
        .subtotal
    assert all(p.currency == "VND" and p.total > 0 for p in shown)
    assert all(p.local_time - p.created_at == timedelta(hours=7) for p in shown)


def test_a_customer_since_removed_leaves_the_name_empty(demo_db):
    parking.park(demo_db, basket_of(demo_db, "SP0001", customer_id=987654), None)
    (only,) = parking.list_parked(demo_db)
    assert only.customer == "" and only.lines == 1


def test_nothing_parked_is_an_empty_list(demo_db):
    assert parking.list_parked(demo_db) == []
