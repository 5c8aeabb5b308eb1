"""Money as integers in minor units, and the few conversions and splits it needs."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from pos.domain.errors import InvalidAmount, translate


@dataclass(frozen=True)
class Currency:
    code: str
    exponent: int
    numeric: str


CURRENCIES: dict[str, Currency] = {
    c.code: c
    for c in (
        Currency("VND", 0, "704"),
        Currency("USD", 2, "840"),
        Currency("EUR", 2, "978"),
        Currency("CHF", 2, "756"),
        Currency("GBP", 2, "826"),
    )
}


# SQLite stores 64-bit integers (about 9.2e18); refuse anything near that long before.
MAX_MINOR_DIGITS = 18


def currency(code: str) -> Currency:
    try:
        return CURRENCIES[code.strip().upper()]
    except (KeyError, AttributeError):
        raise InvalidAmount(translate("Errors", "Currency {0} is not supported")
                            .format(repr(code))) from None


def to_minor(major: str | int | Decimal, cur: Currency) -> int:
    """Convert a major-unit amount ("19.90") to minor units (1990), exactly or not at all."""
    amount = _parse_decimal(major)
    if amount and amount.adjusted() + cur.exponent >= MAX_MINOR_DIGITS:
        raise InvalidAmount(translate("Errors", "Amount {0} is too large")
                                .format(str(major).strip()))
    minor = _scaled_exactly(amount, cur.exponent)
    if minor is None:
        raise InvalidAmount(
            translate("Errors", "Amount {0} has more decimals than {1} allows ({2})")
                .format(str(major).strip(), cur.code, cur.exponent)
        )
    return minor


def _scaled_exactly(amount: Decimal, exponent: int) -> int | None:
    """amount * 10**exponent as an int, or None if that is not whole.

    Works on the digits themselves: Decimal arithmetic would round to 28 digits first.
    """
    sign, digits, exp = amount.as_tuple()
    coefficient = int("".join(map(str, digits)) or "0") * (-1 if sign else 1)
    shift = int(exp) + exponent
    if shift >= 0:
        return coefficient * 10**shift
    if -shift > len(digits):  # a non-zero coefficient is smaller than the divisor
        return 0 if coefficient == 0 else None
    quotient, rest = divmod(coefficient, 10**-shift)
    return None if rest else quotient


def _parse_decimal(major: str | int | Decimal) -> Decimal:
    if isinstance(major, bool) or not isinstance(major, (str, int, Decimal)):
        raise InvalidAmount(translate("Errors", "Amount {0} is not a number").format(repr(major)))
    try:
        amount = Decimal(major.strip() if isinstance(major, str) else major)
    except InvalidOperation:
        raise InvalidAmount(translate("Errors", "Amount {0} is not a number")
                                .format(repr(str(major).strip()))) from None
    if not amount.is_finite():
        raise InvalidAmount(translate("Errors", "Amount {0} is not a number")
                                .format(repr(str(major).strip())))
    return amount


def to_major(minor: int, cur: Currency) -> Decimal:
    """Exact major-unit value of a minor-unit amount, with the currency's decimals."""
    return Decimal(minor).scaleb(-cur.exponent)


def round_half_up(x: Decimal) -> int:
    """Round to the nearest integer, halves away from zero (2.5 -> 3, -2.5 -> -3)."""
    return int(x.to_integral_value(rounding=ROUND_HALF_UP))


def divide_half_up(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded half up, in exact integer arithmetic."""
    if denominator <= 0:
        raise InvalidAmount(translate("Errors", "Cannot divide an amount by zero or a negative "
                                                "number"))
    if numerator < 0:
        return -divide_half_up(-numerator, denominator)
    return (2 * numerator + denominator) // (2 * denominator)


def allocate(total: int, weights: list[int]) -> list[int]:
    """Split total in proportion to weights so the parts add up to total exactly.

    Largest remainder method; ties go to the earliest index. All-zero weights split evenly.
    """
    if any(w < 0 for w in weights):
        raise InvalidAmount(translate("Errors", "Cannot split an amount by negative weights"))
    if not weights:
        if total:
            raise InvalidAmount(translate("Errors", "Cannot split an amount over nothing"))
        return []
    if not any(weights):
        weights = [1] * len(weights)
    return _largest_remainder(total, weights)


def _largest_remainder(total: int, weights: list[int]) -> list[int]:
    weight_sum = sum(weights)
    # floor division keeps every part below its exact share, also for a negative total
    parts = [total * w // weight_sum for w in weights]
    remainders = [total * w - p * weight_sum for w, p in zip(weights, parts)]
    leftover = total - sum(parts)
    by_remainder = sorted(range(len(weights)), key=lambda i: (-remainders[i], i))
    for i in by_remainder[:leftover]:
        parts[i] += 1
    return parts

