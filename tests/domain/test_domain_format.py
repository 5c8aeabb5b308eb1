"""pos.format lives outside the domain (it uses Babel); its tests sit with the money tests."""

from decimal import Decimal

import pytest

from pos.domain.errors import InvalidAmount
from pos.format import format_money, format_percent_bp, format_quantity

NBSP = "\xa0"


@pytest.mark.parametrize(
    "minor, code, locale, text",
    [
        (25_000, "VND", "vi_VN", f"25.000{NBSP}₫"),
        (1_250_000, "VND", "vi_VN", f"1.250.000{NBSP}₫"),
        (0, "VND", "vi_VN", f"0{NBSP}₫"),
        (-25_000, "VND", "vi_VN", f"-25.000{NBSP}₫"),
        (1990, "EUR", "en_US", "€19.90"),
        (-1990, "EUR", "en_US", "-€19.90"),
        (5, "EUR", "en_US", "€0.05"),
        (123_456_789, "USD", "en_US", "$1,234,567.89"),
        (1990, "EUR", "de_DE", f"19,90{NBSP}€"),
    ],
)
def test_format_money(minor, code, locale, text):
    assert format_money(minor, code, locale) == text


def test_format_money_default_locale_is_vietnamese():
    assert format_money(25_000, "VND") == f"25.000{NBSP}₫"


def test_format_money_unknown_currency():
    with pytest.raises(InvalidAmount):
        format_money(100, "XYZ")


@pytest.mark.parametrize(
    "qty, unit, locale, text",
    [
        (Decimal("2"), "pcs", "vi_VN", "2"),
        (Decimal("2.000"), "", "en_US", "2"),
        (Decimal("1.250"), "kg", "vi_VN", "1,250 kg"),
        (Decimal("1.250"), "kg", "en", "1.250 kg"),
        (Decimal("0.5"), "kg", "en_US", "0.500 kg"),
        (Decimal("1234.5"), "kg", "en_US", "1,234.500 kg"),
        (Decimal("1500"), "pcs", "en_US", "1,500"),
    ],
)
def test_format_quantity(qty, unit, locale, text):
    assert format_quantity(qty, unit, locale) == text


@pytest.mark.parametrize(
    "rate, locale, text",
    [(1000, "en_US", "10%"), (850, "en_US", "8.5%"), (850, "vi_VN", "8,5%"), (0, "vi_VN", "0%"),
     (1025, "en_US", "10.25%"), (1025, "de_DE", f"10,25{NBSP}%")],
)
def test_format_percent_bp(rate, locale, text):
    assert format_percent_bp(rate, locale) == text


def test_repeated_calls_are_stable():
    # The number patterns are cached and must not be altered by use.
    first = [format_percent_bp(850, "en_US"), format_money(1990, "EUR", "en_US")]
    for _ in range(3):
        assert [format_percent_bp(850, "en_US"), format_money(1990, "EUR", "en_US")] == first
