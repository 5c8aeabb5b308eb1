"""Promotions on a real shop database: loaded into the cart, recorded per sale line in the
sale's own transaction, on the receipt, in the outbox payload, coupons counted."""
from __future__ import annotations

import json
from datetime import datetime

import pytest

from pos.db.models import OutboxEvent, Sale
from pos.db.promotion_models import SaleLinePromotion
from pos.domain.basket import Basket
from pos.domain.payment import CASH, Tender
from pos.domain.promotions import (BuyGet, Conditions, InvalidCoupon, ItemsOff, OrderOff,
                                   Target, check_coupon, Context)
from pos.domain.receipt import layout, plain_money
from pos.services import catalog, promotions, sales, users
from pos.services.demo import demo_ean
from pos.services.receipts import receipt_for
from pos.services.settings import load_settings


@pytest.fixture
def shop(demo_db):
    return demo_db, load_settings(demo_db), users.login(demo_db, "1111")


def basket_of(db, settings, *numbers, coupons=()):
    basket = Basket(promotions=promotions.load_book(db), coupons=list(coupons))
    for n in numbers:
        basket.add(catalog.scan(db, demo_ean(n), settings))
    return basket


def pay(shop, basket):
    db, settings, cashier = shop
    total = basket.totals(settings.tax_inclusive).total
    return sales.complete_sale(db, basket, [Tender(CASH, total + 1000)], cashier, settings)


def test_scanned_line_knows_its_product_and_category(shop):
    db, settings, _ = shop
    line = catalog.scan(db, demo_ean(1), settings)
    assert line.product.startswith("local-") and line.category


def test_promotion_on_a_category_prices_the_cart_and_is_recorded_per_line(shop):
    db, settings, _ = shop
    category = catalog.scan(db, demo_ean(1), settings).category
    promotions.create_local_promotion(db, "Đồ uống -20%", ItemsOff(
        Target(categories=frozenset({category})), percent_bp=2000))
    basket = basket_of(db, settings, 1, 1)
    totals = basket.totals(settings.tax_inclusive)
    [line] = totals.lines
    assert line.promotion_discount == line.gross // 5
    assert [a.name for a in line.promotions] == ["Đồ uống -20%"]

    sale = pay(shop, basket)
    with db.session() as s:
        row = s.get(Sale, sale.id)
        assert row.lines[0].line_discount == line.gross // 5  # promotions inside the column
        assert row.discount_total == line.gross // 5
        [promo] = s.query(SaleLinePromotion).filter_by(sale_id=sale.id).all()
        assert (promo.line_no, promo.name, promo.amount) == (1, "Đồ uống -20%", line.gross // 5)
        payload = json.loads(s.query(OutboxEvent).filter_by(ref=sale.id).one().payload)
    assert payload["lines"][0]["promotions"][0]["amount"] == line.gross // 5
    assert "promo_codes" not in payload


def test_receipt_shows_each_promotion_and_the_coupon(shop):
    db, settings, _ = shop
    promotions.create_local_promotion(db, "Mua 2 tặng 1", BuyGet(
        Target(skus=frozenset({catalog.scan(db, demo_ean(2), settings).sku})), 2, 1))
    promotions.create_local_promotion(db, "Giảm 10%", OrderOff(percent_bp=1000),
                                      Conditions(code="GIAM10"))
    basket = basket_of(db, settings, 2, 2, 2, 3, coupons=["GIAM10"])
    sale = pay(shop, basket)
    printed = receipt_for(db, sale.receipt_label, settings)
    text = "\n".join(f"{r.text} {r.amount}" for r in layout(printed.receipt, plain_money("VND"), 48))
    assert "Mua 2 tặng 1" in text and "Giảm 10% (GIAM10)" in text
    assert {d.label for d in printed.receipt.promotions} == {"Mua 2 tặng 1", "Giảm 10% (GIAM10)"}
    lines = printed.receipt.lines
    assert sum(l.total for l in lines) == printed.receipt.subtotal - printed.receipt.discount_total
    with db.session() as s:
        payload = json.loads(s.query(OutboxEvent).filter_by(ref=sale.id).one().payload)
    assert payload["promo_codes"] == ["GIAM10"]


def test_single_use_coupon_is_used_up_by_a_sale_even_before_it_is_pushed(shop):
    db, settings, _ = shop
    promotions.create_local_promotion(db, "Một lần", OrderOff(amount=5000),
                                      Conditions(code="ONCE", usage_limit=1))
    ctx = Context(now=datetime.now())
    assert check_coupon(promotions.load_book(db), "once", ctx).name == "Một lần"
    pay(shop, basket_of(db, settings, 4, coupons=["ONCE"]))
    with pytest.raises(InvalidCoupon, match="used up"):
        check_coupon(promotions.load_book(db), "ONCE", ctx)
    assert basket_of(db, settings, 4, coupons=["ONCE"]).totals(True).discount_total == 0


def test_promotion_the_till_cannot_express_is_listed_with_its_reason_and_never_applied(shop):
    db, settings, _ = shop
    with db.transaction() as s:
        promotions.save_promotion(s, "promo_X", "Free shipping", None, remote_id="promo_X",
                                  reason="it discounts shipping, which a counter sale has not")
    promotions.create_local_promotion(db, "Giảm 10%", OrderOff(percent_bp=1000))
    listed = {p.name: p for p in promotions.list_promotions(db)}
    assert listed["Free shipping"].applies_at_till is False
    assert "shipping" in listed["Free shipping"].reason
    assert listed["Giảm 10%"].applies_at_till and listed["Giảm 10%"].what == "10% off the order"
    assert len(promotions.load_book(db)) == 1


def test_parked_basket_keeps_its_coupons(shop):
    db, settings, _ = shop
    basket = basket_of(db, settings, 1, coupons=["GIAM10"])
    again = Basket.from_dict(json.loads(json.dumps(basket.to_dict())))
    assert again.coupons == ["GIAM10"] and again.lines == basket.lines
