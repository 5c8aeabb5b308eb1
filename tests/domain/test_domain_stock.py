"""Stock adjustment rules: quantities in thousandths, reasons and their signs."""
from decimal import Decimal

import pytest

from pos.domain.stock import (CountLine, InvalidAdjustment, check_adjustment, differences,
                              milli_text, milli_to_decimal, parse_quantity)


@pytest.mark.parametrize("text, unit, milli", [
    ("12", "piece", 12_000), ("+3", "piece", 3_000), ("-2", "piece", -2_000),
    ("0,850", "kg", 850), ("-0.85", "kg", -850), (" 1 000 ", "piece", 1_000_000),
])
def test_quantities_as_typed(text, unit, milli):
    assert parse_quantity(text, unit) == milli


@pytest.mark.parametrize("milli, text", [(250_000, "250"), (200_000, "200"), (850, "0.85"),
                                         (-1_500, "-1.5"), (0, "0"), (10_000, "10")])
def test_thousandths_print_plainly(milli, text):
    assert str(milli_to_decimal(milli)) == text and milli_to_decimal(milli) == Decimal(text)
    assert milli_text(milli) == text


def test_reasons_fix_the_sign_of_the_change():
    check_adjustment(5_000, "received")
    check_adjustment(-5_000, "theft")
    check_adjustment(-5_000, "count")
    for delta, reason in ((-1, "received"), (1, "damage"), (0, "count")):
        with pytest.raises(InvalidAdjustment):
            check_adjustment(delta, reason)


def test_a_count_posts_only_what_differs():
    same = CountLine(1, "A", "a", "piece", 3_000, 3_000)
    fewer = CountLine(2, "B", "b", "piece", 3_000, 1_000)
    assert differences([same, fewer]) == [fewer] and fewer.difference_milli == -2_000
