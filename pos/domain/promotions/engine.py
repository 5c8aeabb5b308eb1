"""Choosing the promotions for a cart: the stacking rule, and an index so it stays fast.

The rule (deterministic, and what the cashier can explain):
1. A promotion is a candidate when its conditions hold (coupon entered and not used up,
   dates/weekdays/hours, customer group, channel, minimum order on the cart before any
   promotion) and it takes something off the cart.
2. Combinable promotions stack: item promotions before order promotions, then higher
   priority first, then by id; each one works on what the earlier ones left on the lines.
3. An exclusive promotion never combines: it is compared alone.
4. The customer gets the best of: the stack, and every candidate alone. Equal savings go to
   the stack, then to the earlier promotion in stacking order. A promotion whose lines cost
   less than the best saving so far cannot win alone and is not evaluated alone.
So the result is never worse than any single promotion, needs 1 + N evaluations (no search
over subsets), and does not depend on the order of the lines or of the promotions.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from pos.domain.errors import translate
from pos.domain.money import divide_half_up
from pos.domain.promotions.model import (FULL_BP, NOTHING, Applied, BuyGet, Bundle, CartItem,
                                         Conditions, Context, ItemsOff, OrderOff, Outcome,
                                         Promotion, Target, Tiered)
from pos.domain.promotions.rewards import discounts

ITEM_STAGE, ORDER_STAGE = 0, 1


def targets(promotion: Promotion) -> tuple[Target, ...]:
    r = promotion.reward
    if isinstance(r, (OrderOff, ItemsOff, Tiered)):
        return (r.target,)
    if isinstance(r, BuyGet):
        return (r.buy,) if r.get is None else (r.buy, r.get)
    if isinstance(r, Bundle):
        return tuple(t for t, _ in r.parts)
    raise TypeError(translate("Errors", "Unknown reward {0}").format(repr(r)))


def stack_key(promotion: Promotion) -> tuple:
    stage = ORDER_STAGE if isinstance(promotion.reward, OrderOff) else ITEM_STAGE
    return (stage, -promotion.priority, promotion.id)


class PromotionBook:
    """The active promotions, indexed by SKU, product and category so that a cart only
    looks at the promotions its lines can trigger. Immutable: safe to share with threads."""

    def __init__(self, promotions: Iterable[Promotion]):
        self.promotions = tuple(sorted(promotions, key=lambda p: p.id))
        self._by_sku: dict[str, list[Promotion]] = defaultdict(list)
        self._by_product: dict[str, list[Promotion]] = defaultdict(list)
        self._by_category: dict[str, list[Promotion]] = defaultdict(list)
        self._everything: list[Promotion] = []
        self.by_id = {p.id: p for p in self.promotions}
        self._by_code: dict[str, list[Promotion]] = defaultdict(list)
        for p in self.promotions:
            if p.conditions.code:
                self._by_code[p.conditions.code].append(p)
        for p in self.promotions:
            self._index(p)

    def _index(self, p: Promotion) -> None:
        ts = targets(p)
        if any(t.everything for t in ts):
            self._everything.append(p)
            return
        for index, keys in ((self._by_sku, {k for t in ts for k in t.skus}),
                            (self._by_product, {k for t in ts for k in t.products}),
                            (self._by_category, {k for t in ts for k in t.categories})):
            for key in keys:
                index[key].append(p)

    def __len__(self) -> int:
        return len(self.promotions)

    def by_code(self, code: str) -> list[Promotion]:
        return list(self._by_code.get(code.strip().upper(), ()))

    def touching(self, items: list[CartItem]) -> dict[str, list[CartItem]]:
        """Promotion id -> the items (in the given order) it could act on."""
        hits: dict[str, list[CartItem]] = defaultdict(list)
        for p in self._everything:
            hits[p.id] = list(items)
        for item in items:
            found = {p.id for p in (self._by_sku.get(item.sku, []) +
                                    self._by_product.get(item.product, []) +
                                    self._by_category.get(item.category, []))}
            for pid in sorted(found):
                hits[pid].append(item)
        return hits


# -- conditions -----------------------------------------------------------------------------
def _in_hours(c: Conditions, minute: int) -> bool:
    start, end = c.hours
    return start <= minute < end if start <= end else (minute >= start or minute < end)


def conditions_met(c: Conditions, ctx: Context, cart_amount: int) -> bool:
    now = ctx.now
    return ((not c.code or c.code in ctx.codes)
            and (c.usage_limit is None or c.used < c.usage_limit)
            and cart_amount >= c.min_order
            and (c.starts is None or now >= c.starts) and (c.ends is None or now < c.ends)
            and (not c.weekdays or now.weekday() in c.weekdays)
            and (c.hours is None or _in_hours(c, now.hour * 60 + now.minute))
            and (not c.customer_groups or ctx.customer_group in c.customer_groups)
            and ctx.channel in c.channels)


# -- evaluation ------------------------------------------------------------------------------
def canonical(item: CartItem) -> tuple:
    """Lines in an order that depends on what they are, never on when they were scanned."""
    return (-item.amount, item.sku, item.quantity, item.product, item.category, item.by_piece)


def _apply(stack: list[Promotion], hits: dict[str, list[CartItem]], items) -> Outcome:
    left = {i.line: i.amount for i in items}
    applied: dict[int, list[Applied]] = defaultdict(list)
    total = 0
    for p in stack:
        for line, amount in discounts(p.reward, hits[p.id], left).items():
            amount = min(amount, left[line])  # belt and braces: a line never goes negative
            if amount > 0:
                left[line] -= amount
                total += amount
                applied[line].append(Applied(p.id, p.name, p.conditions.code, amount))
    return Outcome({line: tuple(a) for line, a in applied.items()}, total)


def candidates(book: PromotionBook, items: list[CartItem], ctx: Context,
               hits: dict[str, list[CartItem]]) -> list[Promotion]:
    cart_amount = sum(i.amount for i in items)
    found = [book.by_id[pid] for pid in hits]
    return sorted((p for p in found if conditions_met(p.conditions, ctx, cart_amount)),
                  key=stack_key)


def most_off_alone(promotion: Promotion, touched: list[CartItem]) -> int:
    """At most what the promotion alone takes off its lines, without working it out line by
    line: everything on them, or for an order promotion exactly its saving (a 100-line cart
    would otherwise split each order promotion's saving over every line only to lose)."""
    reward = promotion.reward
    if not isinstance(reward, OrderOff):
        return sum(i.amount for i in touched)
    base = sum(i.amount for i in touched if i.amount > 0 and reward.target.matches(i))
    if reward.percent_bp:
        return divide_half_up(base * reward.percent_bp, FULL_BP)
    return min(reward.amount, base)


def evaluate(items: Iterable[CartItem], book: PromotionBook, ctx: Context) -> Outcome:
    """The best combination of promotions for this cart under the stacking rule above."""
    items = sorted(items, key=canonical)
    if not items or not book.promotions:
        return NOTHING
    hits = book.touching(items)
    found = candidates(book, items, ctx, hits)
    stack = [p for p in found if not p.exclusive]
    best = _apply(stack, hits, items)
    for p in found:
        touched = hits[p.id]
        if most_off_alone(p, touched) <= best.total:
            continue  # it cannot beat the best so far
        alone = _apply([p], hits, touched)
        if alone.total > best.total:
            best = alone
    return best
