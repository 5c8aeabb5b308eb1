"""How much each kind of reward takes off each line, given what is left on the lines.

Every function gets the items the promotion can touch (in the engine's canonical order) and
`left`: what each line still costs after the promotions applied before it. It answers
{line: amount off}, never more than what is left on a line, so no line goes negative.
Rounding: half up to a whole minor unit per line; a shared amount (order discount, fixed
amount across lines, bundle saving) is split by largest remainder so the parts add up exactly.
"""
from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from pos.domain.money import allocate, divide_half_up
from pos.domain.promotions.model import (FULL_BP, BuyGet, Bundle, CartItem, ItemsOff, OrderOff,
                                         Reward, Target, Tiered)

Left = dict[int, int]
Off = dict[int, int]


def discounts(reward: Reward, items: list[CartItem], left: Left) -> Off:
    return _BY_KIND[type(reward)](reward, items, left)


# -- shares of the whole ------------------------------------------------------------------
def _share(total: int, items: list[CartItem], left: Left) -> Off:
    """Split `total` over the items in proportion to what is left on them."""
    items = [i for i in items if left[i.line] > 0]
    if not items or total <= 0:
        return {}
    parts = allocate(total, [left[i.line] for i in items])
    return {i.line: p for i, p in zip(items, parts) if p}


def _matching(target: Target, items: list[CartItem], left: Left) -> list[CartItem]:
    return [i for i in items if left[i.line] > 0 and target.matches(i)]


def order_off(reward: OrderOff, items: list[CartItem], left: Left) -> Off:
    matching = _matching(reward.target, items, left)
    base = sum(left[i.line] for i in matching)
    if reward.percent_bp:
        return _share(divide_half_up(base * reward.percent_bp, FULL_BP), matching, left)
    return _share(min(reward.amount, base), matching, left)


# -- per line -----------------------------------------------------------------------------
def _percent_off(items: list[CartItem], left: Left, percent_bp: int) -> Off:
    return {i.line: divide_half_up(left[i.line] * percent_bp, FULL_BP) for i in items}


def _capped_quantity(item: CartItem, max_pieces: int | None) -> Decimal:
    if max_pieces is None or not item.by_piece:
        return item.quantity
    return min(item.quantity, Decimal(max_pieces))


def _percent_off_capped(item: CartItem, left: Left, reward: ItemsOff) -> int:
    quantity = _capped_quantity(item, reward.max_pieces)
    milli_all, milli = int(item.quantity * 1000), int(quantity * 1000)
    base = left[item.line] if milli == milli_all else divide_half_up(left[item.line] * milli,
                                                                         milli_all)
    return divide_half_up(base * reward.percent_bp, FULL_BP)


def _amount_off_each(item: CartItem, left: Left, reward: ItemsOff) -> int:
    # per piece, or per kg on a weighed line
    milli = int(_capped_quantity(item, reward.max_pieces) * 1000)
    return min(left[item.line], divide_half_up(reward.amount * milli, 1000))


def items_off(reward: ItemsOff, items: list[CartItem], left: Left) -> Off:
    matching = _matching(reward.target, items, left)
    if reward.percent_bp:
        return {i.line: _percent_off_capped(i, left, reward) for i in matching}
    if not reward.per_piece:
        return _share(min(reward.amount, sum(left[i.line] for i in matching)), matching, left)
    return {i.line: _amount_off_each(i, left, reward) for i in matching}


def tiered(reward: Tiered, items: list[CartItem], left: Left) -> Off:
    matching = _matching(reward.target, items, left)
    quantity = sum((i.quantity for i in matching), Decimal(0))
    reached = [bp for at_least, bp in sorted(reward.tiers) if quantity >= at_least]
    return _percent_off(matching, left, reached[-1]) if reached else {}


# -- pieces: buy X get Y, bundles -----------------------------------------------------------
def _pieces(target: Target, items: list[CartItem], left: Left, cheapest_first: bool):
    """Lines whose whole pieces can take part, cheapest (or dearest) piece first."""
    lines = [i for i in _matching(target, items, left) if i.pieces > 0]
    lines.sort(key=lambda i: Fraction(left[i.line], i.pieces), reverse=not cheapest_first)
    return lines  # sort is stable: equal prices keep the canonical order


def _take(lines: list[CartItem], count: int, taken: dict[int, int]) -> dict[int, int] | None:
    """Claim `count` pieces from `lines` in order, skipping pieces already in `taken`."""
    got: dict[int, int] = {}
    for item in lines:
        if count == 0:
            break
        free = item.pieces - taken.get(item.line, 0) - got.get(item.line, 0)
        n = min(free, count)
        if n > 0:
            got[item.line] = got.get(item.line, 0) + n
            count -= n
    return got if count == 0 else None


def _value(item: CartItem, left: Left, pieces: int, percent_bp: int = FULL_BP) -> int:
    return divide_half_up(left[item.line] * pieces * percent_bp, item.pieces * FULL_BP)


def _largest(feasible, upper: int) -> int:
    """The largest n in [0, upper] with feasible(n), for a monotone feasible (binary search)."""
    low, high = 0, upper
    while low < high:
        mid = (low + high + 1) // 2
        low, high = (mid, high) if feasible(mid) else (low, mid - 1)
    return low


def _buy_get_claim(reward: BuyGet, buy_lines, get_lines, n: int) -> dict[int, int] | None:
    """The n*get_qty cheapest pieces to discount, if n*buy_qty other pieces pay for them."""
    gets = _take(get_lines, n * reward.get_qty, {})
    if gets is None or _take(buy_lines, n * reward.buy_qty, gets) is None:
        return None
    return gets


def buy_get(reward: BuyGet, items: list[CartItem], left: Left) -> Off:
    buy_lines = _pieces(reward.buy, items, left, cheapest_first=False)
    get_lines = _pieces(reward.get or reward.buy, items, left, cheapest_first=True)
    upper = sum(i.pieces for i in get_lines) // max(reward.get_qty, 1)
    upper = min(upper, sum(i.pieces for i in buy_lines) // max(reward.buy_qty, 1))
    if reward.max_times is not None:
        upper = min(upper, reward.max_times)
    n = _largest(lambda k: _buy_get_claim(reward, buy_lines, get_lines, k) is not None, upper)
    gets = _buy_get_claim(reward, buy_lines, get_lines, n) if n else {}
    by_line = {i.line: i for i in get_lines}
    return {line: _value(by_line[line], left, k, reward.get_percent_bp)
            for line, k in (gets or {}).items()}


def _bundle_claim(reward: Bundle, part_lines, n: int) -> dict[int, int] | None:
    taken: dict[int, int] = {}
    for (_, qty), lines in zip(reward.parts, part_lines):
        got = _take(lines, n * qty, taken)
        if got is None:
            return None
        for line, k in got.items():
            taken[line] = taken.get(line, 0) + k
    return taken


def bundle(reward: Bundle, items: list[CartItem], left: Left) -> Off:
    part_lines = [_pieces(t, items, left, cheapest_first=False) for t, _ in reward.parts]
    upper = min((sum(i.pieces for i in lines) // max(qty, 1)
                 for lines, (_, qty) in zip(part_lines, reward.parts)), default=0)
    n = _largest(lambda k: _bundle_claim(reward, part_lines, k) is not None, upper)
    taken = _bundle_claim(reward, part_lines, n) if n else {}
    by_line = {i.line: i for lines in part_lines for i in lines}
    chosen = [by_line[line] for line in sorted(taken or {}, key=list(by_line).index)]
    values = [_value(i, left, taken[i.line]) for i in chosen]
    saving = sum(values) - n * reward.price
    if saving <= 0:
        return {}
    return {i.line: p for i, p in zip(chosen, allocate(saving, values)) if p}


_BY_KIND = {OrderOff: order_off, ItemsOff: items_off, BuyGet: buy_get, Tiered: tiered,
            Bundle: bundle}
