"""What a promotion is, what a cart line looks like to the engine, and what it answers.

Money is integer minor units; percentages are basis points (1000 = 10 %). Times are the
till's local wall clock (naive datetimes): a happy hour is 17:00 in the shop, not in UTC.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from datetime import datetime
from decimal import Decimal
from typing import NamedTuple, Union

FULL_BP = 10_000  # 100 %
CHANNELS = frozenset({"shop", "online"})


@dataclass(frozen=True)
class Target:
    """Which items a promotion is about. `everything` or any SKU/product/category listed."""

    skus: frozenset[str] = frozenset()
    products: frozenset[str] = frozenset()
    categories: frozenset[str] = frozenset()
    everything: bool = False

    def matches(self, item: CartItem) -> bool:
        return (self.everything or item.sku in self.skus or item.product in self.products
                or item.category in self.categories)

    def is_empty(self) -> bool:
        return not (self.everything or self.skus or self.products or self.categories)


ALL_ITEMS = Target(everything=True)


# -- rewards: what the customer gets ------------------------------------------------------
@dataclass(frozen=True)
class OrderOff:
    """Percent (`percent_bp`) or a fixed `amount` off the whole order (or its `target` items)."""

    percent_bp: int = 0
    amount: int = 0
    target: Target = ALL_ITEMS


@dataclass(frozen=True)
class ItemsOff:
    """Percent or a fixed amount off matching items: the amount is per piece when
    `per_piece`, else one amount shared across the matching lines. `max_pieces` caps the
    discounted pieces per line (None: all)."""

    target: Target
    percent_bp: int = 0
    amount: int = 0
    per_piece: bool = True
    max_pieces: int | None = None


@dataclass(frozen=True)
class BuyGet:
    """Buy `buy_qty` of `buy`, get `get_qty` of `get` (None: the same items) at `get_percent_bp`
    off (10000: free). Repeats while the cart allows, up to `max_times` (None: no limit).
    The cheapest qualifying pieces are the ones discounted."""

    buy: Target
    buy_qty: int
    get_qty: int
    get: Target | None = None
    get_percent_bp: int = FULL_BP
    max_times: int | None = None


@dataclass(frozen=True)
class Tiered:
    """Quantity tiers: ((3, 1000), (6, 1500)) = 3+ at 10 %, 6+ at 15 % on the matching lines
    (quantities summed over them; kg count as their weight)."""

    target: Target
    tiers: tuple[tuple[Decimal, int], ...]


@dataclass(frozen=True)
class Bundle:
    """A fixed price for a set: ((target, qty), ...) together for `price`. The most
    expensive qualifying pieces go into bundles (best for the customer)."""

    parts: tuple[tuple[Target, int], ...]
    price: int


Reward = Union[OrderOff, ItemsOff, BuyGet, Tiered, Bundle]


@dataclass(frozen=True)
class Conditions:
    """When, for whom and where a promotion applies."""

    code: str = ""  # coupon code (compared upper-case); "" = applies by itself
    min_order: int = 0  # cart amount before promotions must reach this
    starts: datetime | None = None
    ends: datetime | None = None  # exclusive
    weekdays: frozenset[int] = frozenset()  # 0 = Monday; empty = every day
    hours: tuple[int, int] | None = None  # minutes after midnight [from, to); to < from spans midnight
    customer_groups: frozenset[str] = frozenset()  # empty = everybody
    channels: frozenset[str] = CHANNELS
    usage_limit: int | None = None  # a coupon used this many times is used up
    used: int = 0


@dataclass(frozen=True)
class Promotion:
    id: str
    name: str
    reward: Reward
    conditions: Conditions = Conditions()
    exclusive: bool = False  # never combined with another promotion
    priority: int = 0  # higher first when combinable promotions stack


# -- the cart as the engine sees it --------------------------------------------------------
@dataclass(frozen=True)
class CartItem:
    line: int  # the caller's id of the line (its row)
    sku: str
    quantity: Decimal
    amount: int  # what the line costs before promotions (after a manual line discount)
    product: str = ""
    category: str = ""
    by_piece: bool = True  # False: weighed (kg); such lines never count as pieces

    @cached_property
    def pieces(self) -> int:
        return int(self.quantity) if self.by_piece and self.quantity == int(self.quantity) else 0


@dataclass(frozen=True)
class Context:
    now: datetime
    channel: str = "shop"
    customer_group: str = ""
    codes: frozenset[str] = frozenset()  # coupon codes entered, upper-case


# -- the answer ---------------------------------------------------------------------------
class Applied(NamedTuple):
    """One promotion's discount on one cart line (a tuple: made thousands of times a second)."""

    promotion_id: str
    name: str
    code: str
    amount: int


@dataclass(frozen=True)
class Outcome:
    lines: dict[int, tuple[Applied, ...]] = field(default_factory=dict)
    total: int = 0

    def discount_on(self, line: int) -> int:
        return sum(a.amount for a in self.lines.get(line, ()))

    def promotion_ids(self) -> tuple[str, ...]:
        seen = dict.fromkeys(a.promotion_id for applied in self.lines.values() for a in applied)
        return tuple(seen)

    def codes(self) -> tuple[str, ...]:
        found = {a.code for applied in self.lines.values() for a in applied if a.code}
        return tuple(sorted(found))


NOTHING = Outcome()
