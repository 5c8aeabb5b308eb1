"""A till's worst realistic promotion load: 500 active promotions of every kind over a
mini-mart catalogue, and a 100-line cart. `reevaluate(case)` is what the till does after
every scan or edit (price the cart with its promotions); time that.

    case = promotion_case()          # seeded: same data every run
    reevaluate(case)                 # -> CartTotals
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from decimal import Decimal

from benchmarks.data import catalogue
from pos.domain.basket import Basket, BasketLine
from pos.domain.cart import CartTotals
from pos.domain.promotions import (ALL_ITEMS, BuyGet, Bundle, Conditions, ItemsOff, OrderOff,
                                   Promotion, PromotionBook, Target, Tiered)

NOW = datetime(2026, 11, 23, 17, 30)  # a Monday evening: happy hours are on


def _skus(rng: random.Random, pool: list[str], hot: list[str], n: int) -> frozenset[str]:
    # promotions are about what people buy: a quarter of them name an item of the cart
    skus = {rng.choice(pool) for _ in range(n)}
    if rng.random() < 0.25:
        skus |= set(rng.sample(hot, rng.randint(1, 3)))
    return frozenset(skus)


def _conditions(rng: random.Random, n: int) -> Conditions:
    roll = rng.random()
    if roll < 0.15:
        return Conditions(code=f"CODE{n:04d}", usage_limit=rng.choice([None, 1, 100]),
                          min_order=rng.choice([0, 200_000]))
    if roll < 0.30:
        return Conditions(weekdays=frozenset(rng.sample(range(7), 3)),
                          hours=(rng.randrange(6, 18) * 60, rng.randrange(18, 23) * 60))
    if roll < 0.40:
        return Conditions(customer_groups=frozenset({rng.choice(["VIP", "Sỉ", "Nhân viên"])}))
    if roll < 0.55:
        return Conditions(starts=NOW - timedelta(days=rng.randrange(1, 30)),
                          ends=NOW + timedelta(days=rng.randrange(-3, 30)),
                          min_order=rng.choice([0, 100_000, 500_000]))
    return Conditions()


def _reward(rng: random.Random, skus, categories: list[str]):
    kind = rng.random()
    pct = rng.choice([500, 1000, 1500, 2000, 3000])
    if kind < 0.40:
        return ItemsOff(Target(skus=skus()), percent_bp=pct, max_pieces=rng.choice([None, 2]))
    if kind < 0.50:
        return ItemsOff(Target(skus=skus()), amount=rng.randrange(1, 20) * 1000)
    if kind < 0.62:
        return ItemsOff(Target(categories=frozenset({rng.choice(categories)})), percent_bp=pct)
    if kind < 0.74:
        get = Target(skus=skus()) if rng.random() < 0.3 else None
        return BuyGet(Target(skus=skus()), rng.randint(1, 3), 1, get,
                      rng.choice([10_000, 5000]))
    if kind < 0.84:
        return Tiered(Target(skus=skus()), ((Decimal(3), 1000), (Decimal(6), 1500)))
    if kind < 0.96:
        parts = tuple((Target(skus=skus()), rng.randint(1, 2)) for _ in range(rng.randint(2, 3)))
        return Bundle(parts, rng.randrange(50, 300) * 1000)
    if rng.random() < 0.5:  # a few promotions on the whole order (4 %)
        return OrderOff(percent_bp=pct, target=ALL_ITEMS)
    return OrderOff(amount=rng.randrange(10, 100) * 1000)


def promotions(n: int, skus: list[str], hot: list[str], categories: list[str],
               seed: int = 7) -> list[Promotion]:
    rng = random.Random(seed)
    make_skus = lambda: _skus(rng, skus, hot, rng.randint(1, 20))  # noqa: E731
    return [Promotion(f"promo_{i:04d}", f"Khuyến mãi {i}", _reward(rng, make_skus, categories),
                      _conditions(rng, i), exclusive=rng.random() < 0.1,
                      priority=rng.randrange(0, 5)) for i in range(n)]


def promotion_case(n_promotions: int = 500, n_lines: int = 100, seed: int = 7) -> Basket:
    """A basket of `n_lines` different items with `n_promotions` active promotions loaded."""
    rng = random.Random(seed)
    items = catalogue(2_000, seed)
    chosen = rng.sample(items, n_lines)
    basket = Basket(customer_group="VIP", coupons=["CODE0007", "CODE0042"], priced_at=NOW)
    for row, it in enumerate(chosen):
        qty = Decimal(rng.randrange(200, 3000)) / 1000 if it.unit == "kg" else Decimal(rng.randint(1, 8))
        basket.lines.append(BasketLine(row + 1, it.sku, it.name, it.unit, it.price, qty,
                                       it.tax_percent * 100, product=f"local-{row + 1}",
                                       category=it.category))
    categories = sorted({it.category for it in items})
    pool = [f"BM{i:07d}" for i in range(1, 20_001)]  # promotions span a 20,000-item range
    basket.promotions = PromotionBook(promotions(n_promotions, pool, [it.sku for it in chosen],
                                                 categories, seed))
    return basket


def reevaluate(case: Basket) -> CartTotals:
    """One live re-evaluation: price the whole cart with the best promotions."""
    return case.totals(tax_inclusive=True)
