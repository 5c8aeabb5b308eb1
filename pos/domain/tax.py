"""Tax arithmetic. Rates are integer basis points: 1000 = 10 %, 850 = 8.5 %."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from pos.domain.errors import InvalidAmount, translate
from pos.domain.money import divide_half_up

BASIS_POINTS = 10_000


def check_rate(rate_bp: int) -> int:
    if isinstance(rate_bp, bool) or not isinstance(rate_bp, int) or rate_bp < 0:
        raise InvalidAmount(translate("Errors", "Tax rate {0} must be a whole number of basis "
                                                "points, 0 or more").format(repr(rate_bp)))
    return rate_bp


def tax_included(gross: int, rate_bp: int) -> int:
    """The tax contained in a tax-inclusive amount."""
    return divide_half_up(gross * check_rate(rate_bp), BASIS_POINTS + rate_bp)


def tax_on(net: int, rate_bp: int) -> int:
    """The tax to add on top of a tax-exclusive amount."""
    return divide_half_up(net * check_rate(rate_bp), BASIS_POINTS)


@dataclass(frozen=True)
class TaxBand:
    """One line of the receipt's tax summary: everything sold at one rate."""

    rate_bp: int
    net: int
    tax: int
    gross: int

    def __post_init__(self) -> None:
        if self.net + self.tax != self.gross:
            raise InvalidAmount(
                translate("Errors", "Tax band {0} does not add up: {1} + {2} != {3}")
                    .format(rate_label(self.rate_bp), self.net, self.tax, self.gross)
            )


def rate_label(rate_bp: int) -> str:
    """'10%', '5%', '8.5%', '0%' — the same in every locale, for receipts and codes."""
    percent = Decimal(check_rate(rate_bp)).scaleb(-2).normalize()
    return f"{percent:f}%"
