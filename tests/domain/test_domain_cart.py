from collections import Counter
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos.domain.cart import (
    CartTotals,
    Discount,
    LineInput,
    PricedLine,
    line_gross,
    price_cart,
    tax_bands,
    to_quantity,
)
from pos.domain.errors import InvalidAmount
from pos.domain.tax import TaxBand

D = Decimal


def line(price, qty="1", rate=1000, discount=None):
    return LineInput(price, D(qty), rate, discount)


# --- discounts -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "discount, base, off",
    [
        (Discount("percent", 1000), 12_345, 1235),  # 1234.5 rounds half up
        (Discount("percent", 1000), 12_344, 1234),
        (Discount("percent", 10_000), 999, 999),
        (Discount("percent", 0), 999, 0),
        (Discount("amount", 5000), 3000, 3000),  # never more than the base
        (Discount("amount", 500), 3000, 500),
        (Discount("amount", 500), 0, 0),
        (Discount("amount", 500), -10, 0),
    ],
)
def test_amount_off(discount, base, off):
    assert discount.amount_off(base) == off


@pytest.mark.parametrize(
    "kind, value, message",
    [
        ("percent", 10_001, "more than 100%"),
        ("percent", -1, "0 or more"),
        ("amount", -5, "0 or more"),
        ("coupon", 5, "'percent' or 'amount'"),
        ("amount", 1.5, "whole number"),
    ],
)
def test_bad_discounts(kind, value, message):
    with pytest.raises(InvalidAmount, match=message):
        Discount(kind, value)


@given(st.sampled_from(["percent", "amount"]), st.integers(0, 10_000), st.integers(-100, 10**9))
def test_amount_off_is_bounded(kind, value, base):
    off = Discount(kind, value).amount_off(base)
    assert 0 <= off <= max(base, 0)


# --- line inputs -----------------------------------------------------------------------


def test_line_input_accepts_whole_and_milli_quantities():
    assert line(100, "2").quantity == D("2.000")
    assert LineInput(100, 3, 0).quantity == D("3")
    assert line(100, "1.250").quantity == D("1.25")


@pytest.mark.parametrize(
    "kwargs, message",
    [
        (dict(unit_price=100, quantity=D("1.2345"), tax_rate_bp=0), "more than 3 decimals"),
        (dict(unit_price=100, quantity=D("-1"), tax_rate_bp=0), "cannot be negative"),
        (dict(unit_price=100, quantity=1.5, tax_rate_bp=0), "Decimal"),
        (dict(unit_price=-1, quantity=D(1), tax_rate_bp=0), "cannot be negative"),
        (dict(unit_price=1.0, quantity=D(1), tax_rate_bp=0), "whole minor units"),
        (dict(unit_price=100, quantity=D(1), tax_rate_bp=-10), "Tax rate"),
        (dict(unit_price=100, quantity=D("NaN"), tax_rate_bp=0), "not a usable number"),
    ],
)
def test_bad_line_inputs(kwargs, message):
    with pytest.raises(InvalidAmount, match=message):
        LineInput(**kwargs)


@pytest.mark.parametrize(
    "raw, qty", [("1.2345", D("1.235")), (" 2 ", D("2.000")), (D("0.0005"), D("0.001")), (3, D("3.000"))]
)
def test_to_quantity_rounds_half_up_to_grams(raw, qty):
    assert to_quantity(raw) == qty
    assert to_quantity(raw).as_tuple().exponent == -3


@pytest.mark.parametrize("raw", ["abc", "-1", 1.5, "inf"])
def test_to_quantity_rejects(raw):
    with pytest.raises(InvalidAmount):
        to_quantity(raw)


def test_line_gross_rounds_half_up():
    assert line_gross(line(33_333, "1.250")) == 41_666  # 41666.25
    assert line_gross(line(19_999, "1.234")) == 24_679  # 24678.766
    assert line_gross(line(100, "0.005")) == 1  # 0.5 -> 1
    assert line_gross(line(100, "0.004")) == 0


# --- whole carts -----------------------------------------------------------------------


def test_empty_cart_is_all_zeros():
    for inclusive in (True, False):
        totals = price_cart([], Discount("amount", 5000), inclusive)
        assert totals == CartTotals((), 0, 0, 0, 0, ())


def test_tax_inclusive_vnd_cart():
    totals = price_cart(
        [line(25_000, "2", 1000), line(12_000, "1", 500), line(8_000, "3", 0)], None, True
    )
    assert [pl.total for pl in totals.lines] == [50_000, 12_000, 24_000]
    assert [pl.tax for pl in totals.lines] == [4545, 571, 0]  # 4545.45, 571.43
    assert totals.subtotal == totals.total == 86_000
    assert totals.tax_total == 5116
    assert totals.tax_bands == (
        TaxBand(0, 24_000, 0, 24_000),
        TaxBand(500, 11_429, 571, 12_000),
        TaxBand(1000, 45_455, 4545, 50_000),
    )


def test_tax_exclusive_cart_rounds_tax_per_line():
    # Two lines of 0.05 at 10%: each line's tax is 0.005 -> rounds half up to 1 cent per line,
    # where rounding the invoice as a whole would give 1 cent in total.
    totals = price_cart([line(5, "1", 1000), line(5, "1", 1000)], None, False)
    assert [pl.tax for pl in totals.lines] == [1, 1]
    assert totals.tax_total == 2
    assert totals.total == 12
    assert totals.tax_bands == (TaxBand(1000, 10, 2, 12),)


def test_exclusive_eur_example():
    totals = price_cart([line(1990, "3", 800)], None, False)
    assert totals.lines == (PricedLine(5970, 0, 0, 5970, 478, 6448, 800),)
    assert totals.total == 6448


def test_line_discount_then_order_discount():
    lines = [line(10_000, "1", 1000, Discount("percent", 1000)), line(30_000, "1", 1000)]
    totals = price_cart(lines, Discount("amount", 3900), True)
    first, second = totals.lines
    assert first.line_discount == 1000
    # order discount 3900 shared over 9000 and 30000 -> 900 and 3000
    assert (first.order_discount, second.order_discount) == (900, 3000)
    assert (first.net, second.net) == (8100, 27_000)
    assert totals.discount_total == 4900
    assert totals.total == 35_100 == totals.subtotal - totals.discount_total


def test_percent_order_discount_is_on_amount_after_line_discounts():
    lines = [line(10_000, "1", 1000, Discount("amount", 2000))]
    totals = price_cart(lines, Discount("percent", 5000), False)
    assert totals.lines[0].order_discount == 4000
    assert totals.lines[0].net == 4000
    assert totals.lines[0].tax == 400
    assert totals.total == 4400


def test_order_discount_larger_than_cart_is_capped():
    totals = price_cart([line(1000), line(2000)], Discount("amount", 10_000), True)
    assert totals.discount_total == 3000
    assert totals.total == 0
    assert all(pl.net == 0 and pl.tax == 0 for pl in totals.lines)


def test_order_discount_leftover_unit_does_not_depend_on_scan_order():
    a, b = line(100, "1", 1000), line(100, "1", 500)
    one = price_cart([a, b], Discount("amount", 1), True)
    other = price_cart([b, a], Discount("amount", 1), True)
    assert Counter(one.lines) == Counter(other.lines)


def test_zero_quantity_and_free_lines_take_no_order_discount():
    totals = price_cart([line(0, "1"), line(500, "0"), line(1000)], Discount("amount", 300), True)
    assert [pl.order_discount for pl in totals.lines] == [0, 0, 300]


def test_tax_bands_of_priced_lines():
    lines = [PricedLine(100, 0, 0, 100, 9, 100, 1000), PricedLine(50, 0, 0, 50, 0, 50, 0)]
    assert tax_bands(lines) == (TaxBand(0, 50, 0, 50), TaxBand(1000, 91, 9, 100))


# --- properties ------------------------------------------------------------------------

quantities = st.one_of(
    st.integers(0, 50).map(D),
    st.integers(0, 20_000).map(lambda g: D(g).scaleb(-3)),
)
discounts = st.none() | st.builds(
    Discount, st.just("percent"), st.integers(0, 10_000)
) | st.builds(Discount, st.just("amount"), st.integers(0, 2_000_000))
line_inputs = st.builds(
    LineInput,
    unit_price=st.integers(0, 5_000_000),
    quantity=quantities,
    tax_rate_bp=st.sampled_from([0, 500, 800, 1000]) | st.integers(0, 3000),
    discount=discounts,
)
carts = st.lists(line_inputs, max_size=12)


@given(carts, discounts, st.booleans())
def test_totals_add_up(lines, order_discount, inclusive):
    t = price_cart(lines, order_discount, inclusive)
    assert t.total == sum(pl.total for pl in t.lines) == sum(b.gross for b in t.tax_bands)
    assert t.tax_total == sum(pl.tax for pl in t.lines) == sum(b.tax for b in t.tax_bands)
    assert t.subtotal == sum(pl.gross for pl in t.lines)
    assert t.discount_total == sum(pl.line_discount + pl.order_discount for pl in t.lines)
    expected_total = t.subtotal - t.discount_total + (0 if inclusive else t.tax_total)
    assert t.total == expected_total


@given(carts, discounts, st.booleans())
def test_nothing_is_negative_and_discounts_are_bounded(lines, order_discount, inclusive):
    t = price_cart(lines, order_discount, inclusive)
    for pl, li in zip(t.lines, lines):
        assert min(pl.gross, pl.line_discount, pl.order_discount, pl.net, pl.tax, pl.total) >= 0
        assert pl.line_discount <= pl.gross
        assert pl.order_discount <= pl.gross - pl.line_discount
        assert pl.net == pl.gross - pl.line_discount - pl.order_discount
        assert pl.tax_rate_bp == li.tax_rate_bp
        if inclusive:
            assert pl.total == pl.net and pl.tax <= pl.net
        else:
            assert pl.total == pl.net + pl.tax
    for band in t.tax_bands:
        assert min(band.net, band.tax, band.gross) >= 0


@given(carts, discounts, st.booleans())
def test_order_discount_is_fully_shared(lines, order_discount, inclusive):
    t = price_cart(lines, order_discount, inclusive)
    after_line = sum(pl.gross - pl.line_discount for pl in t.lines)
    expected = order_discount.amount_off(after_line) if order_discount else 0
    assert sum(pl.order_discount for pl in t.lines) == expected


@given(carts, discounts, st.booleans(), st.randoms())
def test_result_does_not_depend_on_line_order(lines, order_discount, inclusive, rnd):
    shuffled = list(lines)
    rnd.shuffle(shuffled)
    one, other = price_cart(lines, order_discount, inclusive), price_cart(shuffled, order_discount, inclusive)
    assert Counter(one.lines) == Counter(other.lines)
    assert one.tax_bands == other.tax_bands
    assert (one.total, one.tax_total, one.discount_total) == (other.total, other.tax_total, other.discount_total)


@given(carts, st.booleans())
def test_bands_are_sorted_unique_and_consistent(lines, inclusive):
    t = price_cart(lines, None, inclusive)
    rates = [b.rate_bp for b in t.tax_bands]
    assert rates == sorted(set(rates))
    assert set(rates) == {li.tax_rate_bp for li in lines}
    for band in t.tax_bands:
        assert band.net == band.gross - band.tax


@given(st.integers(0, 10**12), st.integers(0, 10**9 * 1000))
def test_line_gross_is_exact_for_large_values(price, thousandths):
    qty = D(thousandths).scaleb(-3)
    expected = (2 * price * thousandths + 1000) // 2000
    assert line_gross(LineInput(price, qty, 0)) == expected
