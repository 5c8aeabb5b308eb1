"""Stock adjustment rules: reasons, quantities in thousandths, count differences.

Quantities are integers in thousandths (`milli`: 1000 = one piece or one kilogram), as in the
stock ledger, so weighed items stay exact."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from pos.domain.errors import DomainError, translate

RECEIVED, DAMAGE, THEFT, COUNT = "received", "damage", "theft", "count"
#: reason code -> the sign its change must have (0: either way)
REASONS: dict[str, int] = {RECEIVED: +1, DAMAGE: -1, THEFT: -1, COUNT: 0}


class InvalidAdjustment(DomainError):
    pass


def parse_quantity(text: str | int | Decimal, unit: str) -> int:
    """'12', '+3', '-2', '0,850' (kg) -> thousandths. Pieces must be whole."""
    raw = str(text).strip().replace(" ", "").replace(",", ".")
    try:
        qty = Decimal(raw)
    except InvalidOperation:
        raise InvalidAdjustment(translate("Errors", "{0} is not a quantity: type a number like "
                                                    "12, -3 or 0.850.").format(repr(text)))
    if not qty.is_finite() or abs(qty) > 1_000_000:
        raise InvalidAdjustment(translate("Errors", "{0} is not a quantity one adjustment can "
                                                    "hold.").format(repr(text)))
    if qty != qty.quantize(Decimal("0.001")):
        raise InvalidAdjustment(translate("Errors", "{0} has more than 3 decimals.")
                                    .format(repr(text)))
    if unit != "kg" and qty != qty.to_integral_value():
        raise InvalidAdjustment(translate("Errors", "{0}: this item is counted in pieces; type a "
                                                    "whole number.").format(repr(text)))
    return int(qty * 1000)


def check_adjustment(delta_milli: int, reason: str) -> None:
    """A reason the shop knows and a change whose sign fits it; raises InvalidAdjustment."""
    if reason not in REASONS:
        raise InvalidAdjustment(translate("Errors", "Unknown reason {0}: use one of {1}.")
                                    .format(repr(reason), ', '.join(REASONS)))
    if delta_milli == 0:
        raise InvalidAdjustment(translate("Errors", "The change is zero: nothing to adjust."))
    sign = REASONS[reason]
    if sign and (delta_milli > 0) != (sign > 0):
        raise InvalidAdjustment(_wrong_sign(reason))


def milli_to_decimal(milli: int) -> Decimal:
    """Thousandths -> Decimal without trailing zeros or exponent: 250000 -> 250, 850 -> 0.85."""
    value = Decimal(milli).scaleb(-3)
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def milli_text(milli: int) -> str:
    """The same as str(milli_to_decimal(milli)) with integer arithmetic only: a CSV of the
    whole catalogue formats a million of these."""
    whole, part = divmod(abs(milli), 1000)
    text = f"{whole}.{part:03d}".rstrip("0") if part else str(whole)
    return f"-{text}" if milli < 0 else text


@dataclass(frozen=True)
class CountLine:
    """One item of a shelf count: what the till expected and what was counted."""

    variant_id: int
    sku: str
    name: str
    unit: str
    expected_milli: int
    counted_milli: int

    @property
    def difference_milli(self) -> int:
        return self.counted_milli - self.expected_milli


def differences(lines: list[CountLine]) -> list[CountLine]:
    """The lines a count posts: those where the shelf and the till disagree."""
    return [line for line in lines if line.difference_milli != 0]


def _wrong_sign(reason: str) -> str:
    # one whole sentence per reason, so that each translates as a sentence
    if reason == RECEIVED:
        return translate("Errors", "Received goods must add stock (a positive number).")
    if reason == DAMAGE:
        return translate("Errors", "Damage must take stock off (a negative number).")
    return translate("Errors", "Theft must take stock off (a negative number).")
