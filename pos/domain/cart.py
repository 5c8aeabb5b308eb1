"""Pricing a cart: line and order discounts, per-line tax rounding, tax bands.

All amounts are integer minor units. "net" on a priced line is what the line costs after
discounts in the shop's own price convention: tax included in a tax-inclusive shop, tax
excluded in a tax-exclusive one.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Literal

from pos.domain.errors import InvalidAmount, translate
from pos.domain.money import allocate, divide_half_up
from pos.domain.tax import BASIS_POINTS, TaxBand, check_rate, rate_label, tax_included, tax_on

QUANTITY_STEP = Decimal("0.001")
DISCOUNT_KINDS = ("percent", "amount")


@dataclass(frozen=True)
class Discount:
    """A discount off a line or the whole order: percent in basis points, amount in minor units."""

    kind: Literal["percent", "amount"]
    value: int

    def __post_init__(self) -> None:
        if self.kind not in DISCOUNT_KINDS:
            raise InvalidAmount(translate("Errors", "Discount kind {0} must be 'percent' or "
                                                    "'amount'").format(repr(self.kind)))
        if isinstance(self.value, bool) or not isinstance(self.value, int) or self.value < 0:
            raise InvalidAmount(translate("Errors", "Discount {0} must be a whole number, 0 or "
                                                    "more").format(repr(self.value)))
        if self.kind == "percent" and self.value > BASIS_POINTS:
            raise InvalidAmount(translate("Errors", "A discount of {0} is more than 100%")
                                    .format(rate_label(self.value)))

    def amount_off(self, base: int) -> int:
        """How much this discount takes off base; never negative, never more than base."""
        if base <= 0:
            return 0
        if self.kind == "percent":
            return divide_half_up(base * self.value, BASIS_POINTS)
        return min(self.value, base)


def to_quantity(value: str | int | Decimal) -> Decimal:
    """A quantity (pieces or kg) rounded half up to 0.001, e.g. a reading from a scale."""
    if isinstance(value, (bool, float)):
        raise InvalidAmount(translate("Errors", "Quantity {0} must be given as text or a Decimal")
                                .format(repr(value)))
    try:
        quantity = Decimal(value.strip() if isinstance(value, str) else value)
    except InvalidOperation:
        raise InvalidAmount(translate("Errors", "Quantity {0} is not a number")
                                .format(repr(str(value).strip()))) from None
    if not quantity.is_finite() or quantity.adjusted() > 9:
        raise InvalidAmount(translate("Errors", "Quantity {0} is not a usable number")
                                .format(repr(str(value).strip())))
    if quantity < 0:
        raise InvalidAmount(translate("Errors", "Quantity {0} cannot be negative").format(quantity))
    return quantity.quantize(QUANTITY_STEP, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class LineInput:
    """A cart line as the cashier built it: price per piece or per kg, quantity, tax, discount."""

    unit_price: int
    quantity: Decimal
    tax_rate_bp: int
    discount: Discount | None = None

    def __post_init__(self) -> None:
        if isinstance(self.unit_price, bool) or not isinstance(self.unit_price, int):
            raise InvalidAmount(translate("Errors", "Price {0} must be whole minor units")
                                    .format(repr(self.unit_price)))
        if self.unit_price < 0:
            raise InvalidAmount(translate("Errors", "Price {0} cannot be negative")
                                    .format(self.unit_price))
        check_rate(self.tax_rate_bp)
        object.__setattr__(self, "quantity", _exact_quantity(self.quantity))


def _exact_quantity(value: Decimal | int) -> Decimal:
    """Accept a quantity only if it already is a multiple of 0.001 (no silent rounding)."""
    if not isinstance(value, (int, Decimal)):
        raise InvalidAmount(translate("Errors", "Quantity {0} must be a Decimal")
                                .format(repr(value)))
    quantity = to_quantity(value)
    if quantity != value:
        raise InvalidAmount(translate("Errors", "Quantity {0} has more than 3 decimals")
                                .format(value))
    return quantity


@dataclass(frozen=True)
class PricedLine:
    gross: int
    line_discount: int
    order_discount: int
    net: int
    tax: int
    total: int
    tax_rate_bp: int = 0
    promotion_discount: int = 0  # sum of `promotions`, taken after line_discount
    promotions: tuple = ()  # pos.domain.promotions.Applied, each with its amount

    @property
    def discount(self) -> int:
        return self.line_discount + self.promotion_discount + self.order_discount


@dataclass(frozen=True)
class CartTotals:
    lines: tuple[PricedLine, ...]
    subtotal: int
    discount_total: int
    tax_total: int
    total: int
    tax_bands: tuple[TaxBand, ...]


def price_cart(
    lines: list[LineInput], order_discount: Discount | None, tax_inclusive: bool,
    promotions: list[tuple] | None = None,
) -> CartTotals:
    """Price every line, share the order discount over them, and sum up by tax rate.

    `promotions[i]` is what the promotion engine gave line i (worked out on the amounts
    `amounts_before_promotions` returns); the cashier's sale discount comes after them."""
    grosses = [line_gross(line) for line in lines]
    line_discounts = [_discount_off(line.discount, g) for line, g in zip(lines, grosses)]
    promos = promotions or [()] * len(lines)
    after_line = [g - d - _promotion_total(p, g - d)
                  for g, d, p in zip(grosses, line_discounts, promos)]
    order_shares = _share_order_discount(lines, after_line, order_discount)
    priced = tuple(
        _priced_line(line, g, d, share, tax_inclusive, p)
        for line, g, d, share, p in zip(lines, grosses, line_discounts, order_shares, promos)
    )
    return _totals(priced)


def amounts_before_promotions(lines: list[LineInput]) -> list[int]:
    """What each line costs after its own discount: the base promotions work on."""
    return [line_gross(l) - _discount_off(l.discount, line_gross(l)) for l in lines]


def _promotion_total(applied: tuple, base: int) -> int:
    total = sum(a.amount for a in applied)
    if total > base:  # the engine never does this; refuse rather than price a negative line
        raise InvalidAmount(translate("Errors", "Promotions take {0} off a line that costs {1}")
                                .format(total, base))
    return total


def line_gross(line: LineInput) -> int:
    """Unit price times quantity, rounded half up to a whole minor unit."""
    thousandths = int(line.quantity.scaleb(3))  # exact: quantities are multiples of 0.001
    return divide_half_up(line.unit_price * thousandths, 1000)


def _discount_off(discount: Discount | None, base: int) -> int:
    return discount.amount_off(base) if discount else 0


def _share_order_discount(
    lines: list[LineInput], amounts: list[int], order_discount: Discount | None
) -> list[int]:
    """Allocate the order discount in proportion to the line amounts.

    Lines are put in a canonical order first so that which line gets a leftover minor unit
    depends on the lines themselves, never on the order they were scanned in.
    """
    discount = _discount_off(order_discount, sum(amounts))
    if not lines or discount == 0:
        return [0] * len(lines)
    order = sorted(range(len(lines)), key=lambda i: _canonical_key(lines[i], amounts[i]))
    shares = allocate(discount, [amounts[i] for i in order])
    by_line = [0] * len(lines)
    for i, share in zip(order, shares):
        by_line[i] = share
    return by_line


def _canonical_key(line: LineInput, amount: int) -> tuple:
    discount = (line.discount.kind, line.discount.value) if line.discount else ("", 0)
    return (-amount, line.tax_rate_bp, line.unit_price, line.quantity, discount)


def _priced_line(
    line: LineInput, gross: int, line_discount: int, order_share: int, tax_inclusive: bool,
    promotions: tuple = (),
) -> PricedLine:
    promotion_discount = sum(a.amount for a in promotions)
    net = gross - line_discount - promotion_discount - order_share
    if tax_inclusive:
        tax, total = tax_included(net, line.tax_rate_bp), net
    else:
        tax = tax_on(net, line.tax_rate_bp)
        total = net + tax
    return PricedLine(gross, line_discount, order_share, net, tax, total, line.tax_rate_bp,
                      promotion_discount, tuple(promotions))


def _totals(lines: tuple[PricedLine, ...]) -> CartTotals:
    return CartTotals(
        lines=lines,
        subtotal=sum(line.gross for line in lines),
        discount_total=sum(line.discount for line in lines),
        tax_total=sum(line.tax for line in lines),
        total=sum(line.total for line in lines),
        tax_bands=tax_bands(lines),
    )


def tax_bands(lines: tuple[PricedLine, ...] | list[PricedLine]) -> tuple[TaxBand, ...]:
    """Group priced lines by tax rate, lowest rate first."""
    gross: dict[int, int] = defaultdict(int)
    tax: dict[int, int] = defaultdict(int)
    for line in lines:
        gross[line.tax_rate_bp] += line.total
        tax[line.tax_rate_bp] += line.tax
    return tuple(
        TaxBand(rate, gross[rate] - tax[rate], tax[rate], gross[rate]) for rate in sorted(gross)
    )
