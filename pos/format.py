"""Locale-aware display of money, quantities and tax rates (Babel).

Called on every cart repaint, so the locale and number-pattern lookups are cached.
"""

from __future__ import annotations

import copy
from decimal import Decimal
from functools import lru_cache

from babel import Locale
from babel.numbers import NumberPattern, parse_pattern

from pos.domain.money import currency, to_major

# Units counted in whole pieces show no unit; anything measured shows 3 decimals and its unit.
PIECE_UNITS = frozenset({"", "pc", "pcs", "piece", "pieces", "unit", "units", "ea", "each"})
MEASURED_PATTERN = "#,##0.000"
COUNTED_PATTERN = "#,##0.###"
PERCENT_PATTERN_FRACTIONS = 2


@lru_cache(maxsize=32)
def _locale(name: str) -> Locale:
    return Locale.parse(name)


@lru_cache(maxsize=32)
def _currency_pattern(locale: str) -> NumberPattern:
    return _locale(locale).currency_formats["standard"]


@lru_cache(maxsize=64)
def _pattern(pattern: str) -> NumberPattern:
    return parse_pattern(pattern)


def format_money(minor: int, currency_code: str, locale: str = "vi_VN") -> str:
    """25000 VND in vi_VN -> '25.000 ₫'; 1990 EUR in en_US -> '€19.90'."""
    cur = currency(currency_code)
    return _currency_pattern(locale).apply(to_major(minor, cur), _locale(locale), currency=cur.code)


def format_quantity(qty: Decimal, unit: str, locale: str = "vi_VN") -> str:
    """'2' for 2 pieces; '1,250 kg' in vi_VN and '1.250 kg' in en for a weight."""
    if unit.strip().lower() in PIECE_UNITS:
        return _pattern(COUNTED_PATTERN).apply(Decimal(qty), _locale(locale))
    number = _pattern(MEASURED_PATTERN).apply(Decimal(qty), _locale(locale))
    return f"{number} {unit.strip()}"


def format_percent_bp(rate_bp: int, locale: str = "vi_VN") -> str:
    """A rate in basis points in the locale's percent style: 850 -> '8.5%' (en), '8,5%' (vi)."""
    pattern = _percent_pattern(locale)
    return pattern.apply(Decimal(rate_bp).scaleb(-4), _locale(locale))


@lru_cache(maxsize=32)
def _percent_pattern(locale: str) -> NumberPattern:
    """The locale's own percent pattern, allowing up to two decimals (8.25 %)."""
    # a private copy: the pattern is changed below and must not leak into Babel's own use
    pattern = copy.copy(parse_pattern(_locale(locale).percent_formats[None].pattern))
    pattern.frac_prec = (0, PERCENT_PATTERN_FRACTIONS)
    return pattern
