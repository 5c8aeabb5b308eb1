"""One example per kind of promotion, the conditions, and the stacking rule."""
from datetime import datetime
from decimal import Decimal

import pytest

from pos.domain.promotions import (ALL_ITEMS, BuyGet, Bundle, CartItem, Conditions, Context,
                                   ItemsOff, OrderOff, Promotion, PromotionBook, Target,
                                   Tiered, evaluate)

D = Decimal
MONDAY_NOON = datetime(2026, 11, 23, 12, 0)  # a Monday
SHOP = Context(now=MONDAY_NOON)


def item(line, sku, price, qty=1, *, product="", category="", by_piece=True):
    quantity = D(qty)
    return CartItem(line, sku, quantity, int(price * quantity), product, category, by_piece)


def run(promotions, items, ctx=SHOP):
    return evaluate(items, PromotionBook(promotions), ctx)


def promo(pid, reward, **kw):
    cond = kw.pop("conditions", Conditions())
    return Promotion(pid, kw.pop("name", pid), reward, cond, **kw)


SKUS = lambda *s: Target(skus=frozenset(s))  # noqa: E731


# -- each kind ----------------------------------------------------------------------------
def test_percent_off_the_order_is_shared_over_the_lines_exactly():
    out = run([promo("p", OrderOff(percent_bp=1000))],
              [item(0, "A", 33_333), item(1, "B", 10_000)])
    assert out.total == 4333  # 10 % of 43 333, rounded half up once, not per line
    assert out.discount_on(0) + out.discount_on(1) == 4333


def test_fixed_amount_off_the_order_never_more_than_the_cart():
    out = run([promo("p", OrderOff(amount=50_000))], [item(0, "A", 20_000)])
    assert out.total == 20_000


def test_percent_off_items_by_sku_product_and_category():
    target = Target(skus=frozenset({"A"}), products=frozenset({"prod-b"}),
                    categories=frozenset({"Drinks"}))
    items = [item(0, "A", 10_000), item(1, "B", 20_000, product="prod-b"),
             item(2, "C", 30_000, category="Drinks"), item(3, "D", 40_000)]
    out = run([promo("p", ItemsOff(target, percent_bp=2000))], items)
    assert [out.discount_on(i) for i in range(4)] == [2000, 4000, 6000, 0]


def test_fixed_amount_off_each_piece_and_capped_pieces():
    out = run([promo("p", ItemsOff(SKUS("A"), amount=1500, max_pieces=2))],
              [item(0, "A", 10_000, 3)])
    assert out.total == 3000


def test_fixed_amount_across_matching_lines():
    out = run([promo("p", ItemsOff(SKUS("A", "B"), amount=3000, per_piece=False))],
              [item(0, "A", 10_000), item(1, "B", 20_000)])
    assert (out.discount_on(0), out.discount_on(1)) == (1000, 2000)


def test_weighed_line_gets_amount_per_kg():
    out = run([promo("p", ItemsOff(SKUS("BANANA"), amount=2000))],
              [item(0, "BANANA", 30_000, "0.850", by_piece=False)])
    assert out.total == 1700


def test_buy_two_get_one_free_gives_the_cheapest_of_each_three():
    out = run([promo("p", BuyGet(SKUS("A", "B"), buy_qty=2, get_qty=1))],
              [item(0, "A", 10_000, 4), item(1, "B", 6_000, 2)])
    assert out.total == 12_000  # six pieces: two free, the two cheapest (B)
    assert out.discount_on(1) == 12_000


def test_buy_x_get_other_item_half_price():
    reward = BuyGet(SKUS("COFFEE"), buy_qty=1, get_qty=1, get=SKUS("CAKE"), get_percent_bp=5000)
    out = run([promo("p", reward)], [item(0, "COFFEE", 30_000, 2), item(1, "CAKE", 25_000, 3)])
    assert out.discount_on(1) == 25_000  # two cakes at half price, the third full
    assert out.discount_on(0) == 0


def test_buy_get_needs_the_pieces_to_pay_for_it():
    out = run([promo("p", BuyGet(SKUS("A"), buy_qty=2, get_qty=1))], [item(0, "A", 10_000, 2)])
    assert out.total == 0


def test_buy_get_max_times():
    out = run([promo("p", BuyGet(SKUS("A"), buy_qty=1, get_qty=1, max_times=1))],
              [item(0, "A", 10_000, 6)])
    assert out.total == 10_000


def test_quantity_tiers():
    tiers = ((D(3), 1000), (D(6), 1500))
    p = promo("p", Tiered(SKUS("A", "B"), tiers))
    assert run([p], [item(0, "A", 10_000, 2)]).total == 0
    assert run([p], [item(0, "A", 10_000, 2), item(1, "B", 10_000, 1)]).total == 3000
    assert run([p], [item(0, "A", 10_000, 6)]).total == 9000


def test_fixed_price_bundle():
    reward = Bundle(((SKUS("BURGER"), 1), (SKUS("FRIES"), 1), (SKUS("COLA"), 1)), price=80_000)
    items = [item(0, "BURGER", 55_000, 2), item(1, "FRIES", 25_000, 1), item(2, "COLA", 20_000, 1)]
    out = run([promo("p", reward)], items)
    assert out.total == 20_000  # one bundle: 100 000 for 80 000; the second burger full price
    assert sum(out.discount_on(i) for i in range(3)) == 20_000


def test_bundle_dearer_than_the_items_does_nothing():
    reward = Bundle(((SKUS("A"), 2),), price=50_000)
    assert run([promo("p", reward)], [item(0, "A", 20_000, 2)]).total == 0


# -- conditions ---------------------------------------------------------------------------
def test_coupon_applies_only_when_entered_and_not_used_up():
    cond = Conditions(code="GIAM10", usage_limit=5, used=4)
    p = promo("p", OrderOff(percent_bp=1000), conditions=cond)
    items = [item(0, "A", 10_000)]
    assert run([p], items).total == 0
    with_code = Context(now=MONDAY_NOON, codes=frozenset({"GIAM10"}))
    out = run([p], items, with_code)
    assert out.total == 1000 and out.codes() == ("GIAM10",)
    used_up = promo("p", OrderOff(percent_bp=1000),
                    conditions=Conditions(code="GIAM10", usage_limit=1, used=1))
    assert run([used_up], items, with_code).total == 0


def test_minimum_order_counts_the_cart_before_promotions():
    p = promo("p", OrderOff(amount=5000), conditions=Conditions(min_order=100_000))
    assert run([p], [item(0, "A", 99_999)]).total == 0
    assert run([p], [item(0, "A", 100_000)]).total == 5000


@pytest.mark.parametrize("now, applies", [
    (datetime(2026, 11, 23, 16, 59), False), (datetime(2026, 11, 23, 17, 0), True),
    (datetime(2026, 11, 23, 18, 59), True), (datetime(2026, 11, 23, 19, 0), False),
    (datetime(2026, 11, 24, 17, 30), False),  # Tuesday
    (datetime(2026, 12, 7, 17, 30), False),  # after the end date
])
def test_happy_hour_on_mondays_in_november(now, applies):
    cond = Conditions(starts=datetime(2026, 11, 1), ends=datetime(2026, 12, 1),
                      weekdays=frozenset({0}), hours=(17 * 60, 19 * 60))
    p = promo("p", OrderOff(percent_bp=1000), conditions=cond)
    assert (run([p], [item(0, "A", 10_000)], Context(now=now)).total > 0) is applies


def test_hours_across_midnight():
    p = promo("p", OrderOff(percent_bp=1000), conditions=Conditions(hours=(22 * 60, 2 * 60)))
    assert run([p], [item(0, "A", 10_000)], Context(now=datetime(2026, 1, 1, 1, 0))).total
    assert not run([p], [item(0, "A", 10_000)], Context(now=datetime(2026, 1, 1, 3, 0))).total


def test_customer_group_and_channel():
    members = promo("m", OrderOff(percent_bp=1000),
                    conditions=Conditions(customer_groups=frozenset({"VIP"})))
    online = promo("o", OrderOff(percent_bp=1000),
                   conditions=Conditions(channels=frozenset({"online"})))
    items = [item(0, "A", 10_000)]
    assert run([members, online], items).total == 0
    assert run([members], items, Context(now=MONDAY_NOON, customer_group="VIP")).total == 1000


# -- stacking -----------------------------------------------------------------------------
def test_combinable_promotions_stack_items_first_then_order():
    items_10 = promo("i", ItemsOff(SKUS("A"), percent_bp=1000))
    order_10 = promo("o", OrderOff(percent_bp=1000), priority=5)
    out = run([order_10, items_10], [item(0, "A", 100_000)])
    assert out.total == 10_000 + 9_000
    assert [a.promotion_id for a in out.lines[0]] == ["i", "o"]


def test_exclusive_wins_only_when_better_than_the_stack():
    stack = [promo("a", ItemsOff(SKUS("A"), percent_bp=1000)), promo("b", OrderOff(amount=5000))]
    small = promo("x", OrderOff(percent_bp=1200), exclusive=True)
    big = promo("y", OrderOff(percent_bp=2500), exclusive=True)
    items = [item(0, "A", 100_000)]
    assert run(stack + [small], items).promotion_ids() == ("a", "b")
    assert run(stack + [big], items).promotion_ids() == ("y",)


def test_priority_orders_the_stack_within_a_stage():
    first = promo("z", ItemsOff(SKUS("A"), amount=3000), priority=9)
    second = promo("a", ItemsOff(SKUS("A"), percent_bp=5000), priority=1)
    out = run([second, first], [item(0, "A", 10_000)])
    assert [(a.promotion_id, a.amount) for a in out.lines[0]] == [("z", 3000), ("a", 3500)]


def test_index_skips_promotions_for_other_items():
    book = PromotionBook([promo(f"p{i}", ItemsOff(SKUS(f"S{i}"), percent_bp=1000))
                          for i in range(500)])
    hits = book.touching([item(0, "S7", 1000)])
    assert list(hits) == ["p7"]


def test_nothing_for_an_empty_cart_or_no_promotions():
    assert run([], [item(0, "A", 100)]).total == 0
    assert run([promo("p", OrderOff(percent_bp=1000, target=ALL_ITEMS))], []).total == 0


# -- stored form --------------------------------------------------------------------------
def test_every_kind_survives_the_stored_form():
    from pos.domain.promotions.codec import from_dict, to_dict

    cond = Conditions(code="X1", min_order=5, starts=datetime(2026, 1, 1), ends=datetime(2026, 2, 1),
                      weekdays=frozenset({1, 2}), hours=(60, 120),
                      customer_groups=frozenset({"VIP"}), channels=frozenset({"shop"}),
                      usage_limit=3, used=1)
    rewards = [OrderOff(percent_bp=1000), ItemsOff(SKUS("A"), amount=5, per_piece=False, max_pieces=2),
               BuyGet(SKUS("A"), 2, 1, Target(categories=frozenset({"c"})), 5000, 3),
               Tiered(SKUS("B"), ((D("3"), 1000), (D("1.5"), 500))),
               Bundle(((SKUS("A"), 1), (Target(products=frozenset({"p"})), 2)), 9000)]
    for n, reward in enumerate(rewards):
        p = Promotion(f"id{n}", "name", reward, cond, exclusive=True, priority=4)
        assert from_dict(to_dict(p)) == p


def test_unreadable_stored_promotion_is_refused():
    from pos.domain.promotions.codec import InvalidPromotion, from_dict

    with pytest.raises(InvalidPromotion):
        from_dict({"id": "x", "name": "n", "reward": {"kind": "mystery"}})
    with pytest.raises(InvalidPromotion):
        from_dict({"id": "x", "name": "n", "reward": {"kind": "order_off"}})


def test_coupon_check_says_why_a_code_cannot_be_used():
    from pos.domain.promotions import InvalidCoupon, check_coupon

    book = PromotionBook([
        promo("ok", OrderOff(percent_bp=1000), conditions=Conditions(code="GIAM10")),
        promo("gone", OrderOff(percent_bp=1000), conditions=Conditions(code="ONCE", usage_limit=1, used=1)),
        promo("late", OrderOff(percent_bp=1000), conditions=Conditions(code="OLD", ends=datetime(2020, 1, 1))),
        promo("vip", OrderOff(percent_bp=1000), conditions=Conditions(
            code="VIP", customer_groups=frozenset({"VIP"}))),
    ])
    assert check_coupon(book, " giam10 ", SHOP).id == "ok"
    for code, words in (("NOPE", "not known"), ("ONCE", "used up"), ("OLD", "not valid"),
                        ("VIP", "attach the customer")):
        with pytest.raises(InvalidCoupon, match=words):
            check_coupon(book, code, SHOP)
