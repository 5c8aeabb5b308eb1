"""Properties of the promotion engine over random carts and random promotion sets."""
import random
from collections import Counter
from datetime import datetime
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from pos.domain.promotions import (ALL_ITEMS, BuyGet, Bundle, CartItem, Conditions, Context,
                                   ItemsOff, OrderOff, Promotion, PromotionBook, Target,
                                   Tiered, evaluate)

SKUS = ("A", "B", "C", "D", "E")
CATEGORIES = ("drinks", "snacks")
NOW = datetime(2026, 11, 23, 12, 0)

skus = st.frozensets(st.sampled_from(SKUS), min_size=1, max_size=3)
targets = st.one_of(
    st.builds(Target, skus=skus),
    st.builds(Target, categories=st.frozensets(st.sampled_from(CATEGORIES), min_size=1)),
    st.just(ALL_ITEMS))
percent = st.integers(0, 10_000)
amount = st.integers(0, 200_000)
rewards = st.one_of(
    st.builds(OrderOff, percent_bp=percent),
    st.builds(OrderOff, amount=amount),
    st.builds(ItemsOff, target=targets, percent_bp=percent,
              max_pieces=st.none() | st.integers(1, 5)),
    st.builds(ItemsOff, target=targets, amount=amount, per_piece=st.booleans(),
              max_pieces=st.none() | st.integers(1, 5)),
    st.builds(BuyGet, buy=targets, buy_qty=st.integers(1, 3), get_qty=st.integers(1, 2),
              get=st.none() | targets, get_percent_bp=percent,
              max_times=st.none() | st.integers(1, 3)),
    st.builds(Tiered, target=targets, tiers=st.lists(
        st.tuples(st.integers(1, 8).map(Decimal), percent), min_size=1, max_size=3
    ).map(tuple)),
    st.builds(Bundle, parts=st.lists(st.tuples(targets, st.integers(1, 3)), min_size=1,
                                     max_size=3).map(tuple), price=amount),
)
conditions = st.builds(Conditions, min_order=st.sampled_from([0, 0, 50_000, 300_000]),
                       code=st.sampled_from(["", "", "", "VIP10"]))


@st.composite
def promotion_lists(draw):
    n = draw(st.integers(0, 6))
    return [Promotion(f"p{i}", f"Promo {i}", draw(rewards), draw(conditions),
                      exclusive=draw(st.booleans()), priority=draw(st.integers(0, 3)))
            for i in range(n)]


@st.composite
def carts(draw):
    n = draw(st.integers(0, 8))
    items = []
    for line in range(n):
        weighed = draw(st.booleans()) and draw(st.booleans())
        qty = Decimal(draw(st.integers(1, 3000))) / 1000 if weighed else Decimal(draw(st.integers(1, 6)))
        price = draw(st.integers(0, 100_000))
        gross = int(price * qty)
        items.append(CartItem(line, draw(st.sampled_from(SKUS)), qty,
                              gross - draw(st.integers(0, gross)) // 4,
                              category=draw(st.sampled_from(CATEGORIES)), by_piece=not weighed))
    return items


contexts = st.builds(Context, now=st.just(NOW),
                     codes=st.sampled_from([frozenset(), frozenset({"VIP10"})]))


@settings(max_examples=150, deadline=None)
@given(carts(), promotion_lists(), contexts)
def test_no_line_ever_goes_negative(items, promotions, ctx):
    out = evaluate(items, PromotionBook(promotions), ctx)
    for i in items:
        applied = out.lines.get(i.line, ())
        assert all(a.amount > 0 for a in applied)
        assert out.discount_on(i.line) <= i.amount
    assert out.total == sum(out.discount_on(i.line) for i in items)


@settings(max_examples=150, deadline=None)
@given(carts(), promotion_lists(), contexts)
def test_never_worse_than_any_single_promotion(items, promotions, ctx):
    best = evaluate(items, PromotionBook(promotions), ctx).total
    for p in promotions:
        assert evaluate(items, PromotionBook([p]), ctx).total <= best


def _explained(items, out):
    """What each line (by its content, not its row) got, as a comparable multiset."""
    return Counter((i.sku, i.quantity, i.amount, i.category, i.by_piece,
                    out.lines.get(i.line, ())) for i in items)


@settings(max_examples=150, deadline=None)
@given(carts(), promotion_lists(), contexts, st.randoms(use_true_random=False))
def test_order_of_lines_and_promotions_does_not_matter(items, promotions, ctx, rnd):
    out = evaluate(items, PromotionBook(promotions), ctx)
    shuffled_items, shuffled_promos = items[:], promotions[:]
    rnd.shuffle(shuffled_items)
    rnd.shuffle(shuffled_promos)
    renumbered = [CartItem(n, i.sku, i.quantity, i.amount, i.product, i.category, i.by_piece)
                  for n, i in enumerate(shuffled_items)]
    again = evaluate(renumbered, PromotionBook(shuffled_promos), ctx)
    assert again.total == out.total
    assert _explained(renumbered, again) == _explained(items, out)


def test_same_answer_every_time_on_a_big_cart():
    rnd = random.Random(5)
    items = [CartItem(n, rnd.choice(SKUS), Decimal(rnd.randint(1, 5)), rnd.randint(0, 90_000))
             for n in range(100)]
    promos = [Promotion(f"p{n}", "x", ItemsOff(Target(skus=frozenset({rnd.choice(SKUS)})),
                                               percent_bp=rnd.randint(0, 3000)))
              for n in range(50)]
    answers = [evaluate(items, PromotionBook(promos), Context(now=NOW)) for _ in range(3)]
    assert answers[0] == answers[1] == answers[2]


@st.composite
def baskets(draw):
    from pos.domain.basket import Basket, BasketLine
    from pos.domain.cart import Discount

    basket = Basket(promotions=PromotionBook(draw(promotion_lists())), priced_at=NOW)
    for n in range(draw(st.integers(0, 8))):
        weighed = draw(st.booleans()) and draw(st.booleans())
        qty = Decimal(draw(st.integers(1, 3000))) / 1000 if weighed else Decimal(draw(st.integers(1, 6)))
        discount = draw(st.none() | st.builds(Discount, st.just("percent"), st.integers(0, 5000)))
        basket.lines.append(BasketLine(n, draw(st.sampled_from(SKUS)), f"item {n}",
                                       "kg" if weighed else "piece", draw(st.integers(0, 100_000)),
                                       qty, draw(st.sampled_from([0, 500, 800, 1000])), discount,
                                       category=draw(st.sampled_from(CATEGORIES))))
    basket.order_discount = draw(st.none() | st.builds(Discount, st.sampled_from(["percent", "amount"]),
                                                       st.integers(0, 5000)))
    basket.coupons = draw(st.sampled_from([[], ["VIP10"]]))
    return basket


@settings(max_examples=150, deadline=None)
@given(baskets(), st.booleans())
def test_totals_are_lines_minus_discounts_plus_tax_exactly(basket, tax_inclusive):
    totals = basket.totals(tax_inclusive)
    for line in totals.lines:
        assert line.net == line.gross - line.discount >= 0
        assert line.promotion_discount == sum(a.amount for a in line.promotions)
    tax = 0 if tax_inclusive else totals.tax_total
    assert totals.total == totals.subtotal - totals.discount_total + tax
    assert totals.subtotal == sum(line.gross for line in totals.lines)
    assert totals.discount_total == sum(line.discount for line in totals.lines)


@settings(max_examples=150, deadline=None)
@given(carts(), rewards)
def test_the_bound_that_skips_a_promotion_alone_is_never_below_its_saving(items, reward):
    """evaluate() skips a promotion alone when this bound cannot beat the best: it must hold
    (exactly the saving for an order promotion)."""
    from pos.domain.promotions.engine import canonical, most_off_alone

    promotion = Promotion("p", "P", reward)
    book = PromotionBook([promotion])
    touched = book.touching(sorted(items, key=canonical)).get("p", [])
    alone = evaluate(items, book, Context(NOW)).total
    assert most_off_alone(promotion, touched) >= alone
    if isinstance(reward, OrderOff):
        assert most_off_alone(promotion, touched) == alone
