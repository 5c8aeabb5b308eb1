"""The sale on screen kept in the database as it changes (issue #14): one row per till,
read back after the database is opened again, gone once the cart is empty."""
from __future__ import annotations

import sqlite3
from decimal import Decimal

from pos.app import DB_NAME, open_shop
from pos.domain.basket import Basket
from pos.domain.cart import Discount
from pos.domain.payment import CASH, Tender
from pos.services import cart_on_screen, catalog, parking, users
from pos.services.sales import complete_sale
from pos.services.settings import load_settings


def test_the_cart_comes_back_after_the_database_is_opened_again(demo_db, data_dir):
    shop = load_settings(demo_db)
    basket = Basket(customer_id=None)
    row = basket.add(catalog.scan(demo_db, "SP0001", shop))
    basket.set_quantity(row, Decimal(2))
    basket.set_line_discount(row, Discount("percent", 500))
    basket.add(catalog.scan(demo_db, "CF0161", shop))
    lan = next(u for u in users.list_users(demo_db) if u.name == "Lan")
    cart_on_screen.save(demo_db, "T1", basket, lan.id)
    basket.add(catalog.scan(demo_db, "SP0001", shop))  # a later change replaces the row
    cart_on_screen.save(demo_db, "T1", basket, lan.id)
    demo_db.close()

    again = open_shop(data_dir)
    try:
        saved = cart_on_screen.load(again, "T1")
        assert saved.basket.to_dict() == basket.to_dict()
        assert saved.cashier_id == lan.id
        assert cart_on_screen.load(again, "T2") is None  # another till has its own
        with sqlite3.connect(data_dir / DB_NAME) as raw:
            assert raw.execute("SELECT terminal_id, lines FROM cart_on_screen").fetchall() == [
                ("T1", len(basket.lines))]
    finally:
        again.close()


def test_an_empty_cart_leaves_nothing_to_bring_back(demo_db):
    shop = load_settings(demo_db)
    basket = Basket()
    basket.add(catalog.scan(demo_db, "SP0001", shop))
    cart_on_screen.save(demo_db, "T1", basket, None)
    basket.clear()
    cart_on_screen.save(demo_db, "T1", basket, None)
    assert cart_on_screen.load(demo_db, "T1") is None
    cart_on_screen.save(demo_db, "T1", Basket(lines=list(basket.lines)), None)
    cart_on_screen.clear(demo_db, "T1")
    assert cart_on_screen.load(demo_db, "T1") is None


def test_a_cart_already_sold_or_parked_does_not_come_back(demo_db):
    """The till stopped after the sale (or the parking) committed, before the sale on
    screen was cleared: the kept cart is that sale, so it is not offered again."""
    shop = load_settings(demo_db)
    basket = Basket()
    basket.add(catalog.scan(demo_db, "SP0001", shop))
    cart_on_screen.save(demo_db, "T1", basket, None)
    complete_sale(demo_db, basket, [Tender(CASH, 10_000)], users.login(demo_db, "1111"),
                  shop)
    assert cart_on_screen.load(demo_db, "T1") is None
    assert cart_on_screen.load(demo_db, "T1") is None  # and it is gone

    cart_on_screen.save(demo_db, "T1", basket, None)  # the next sale, not sold yet: kept
    assert cart_on_screen.load(demo_db, "T1") is not None
    parking.park(demo_db, basket, None)
    assert cart_on_screen.load(demo_db, "T1") is None


def test_a_voided_cart_is_forgotten_as_the_void_is_journaled(demo_db):
    """The void and the forgetting of the cart are one transaction: a till killed right after
    the void's commit (before any later clearing) does not bring the voided sale back."""
    from pos.services import audit

    shop = load_settings(demo_db)
    basket = Basket()
    basket.add(catalog.scan(demo_db, "SP0001", shop))
    cart_on_screen.save(demo_db, shop.terminal_id, basket, None)
    audit.void_sale(demo_db, basket, users.login(demo_db, "9999"), None, shop)
    assert cart_on_screen.load(demo_db, shop.terminal_id) is None
