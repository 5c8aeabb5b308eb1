from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos.domain.errors import InvalidAmount
from pos.domain.money import round_half_up
from pos.domain.tax import TaxBand, rate_label, tax_included, tax_on


@pytest.mark.parametrize(
    "gross, rate, tax",
    [
        (11_000, 1000, 1000),
        (25_000, 1000, 2273),  # 2272.72...
        (10_500, 500, 500),
        (108, 800, 8),
        (1, 1000, 0),  # 0.0909
        (11, 1000, 1),  # exactly 1
        (21, 500, 1),  # exactly 1.0
        (1050, 500, 50),
        (0, 1000, 0),
        (5000, 0, 0),
        (-25_000, 1000, -2273),
    ],
)
def test_tax_included(gross, rate, tax):
    assert tax_included(gross, rate) == tax


def test_tax_included_rounds_half_up():
    assert tax_included(55, 10_000) == 28  # 27.5 -> 28
    assert tax_included(-55, 10_000) == -28  # refunds mirror sales
    assert tax_included(63, 2500) == 13  # 12.6 -> 13
    assert tax_included(121, 1000) == 11  # exactly 11


@pytest.mark.parametrize(
    "net, rate, tax",
    [(10_000, 1000, 1000), (1990, 800, 159), (5, 1000, 1), (4, 1000, 0), (15, 1000, 2), (0, 500, 0)],
)
def test_tax_on(net, rate, tax):
    assert tax_on(net, rate) == tax


@given(st.integers(-(10**12), 10**12), st.integers(0, 20_000))
def test_tax_matches_exact_decimal_formula(amount, rate):
    assert tax_included(amount, rate) == round_half_up(Decimal(amount * rate) / (10_000 + rate))
    assert tax_on(amount, rate) == round_half_up(Decimal(amount * rate) / 10_000)


@given(st.integers(0, 10**12), st.integers(0, 20_000))
def test_included_tax_never_exceeds_gross(gross, rate):
    assert 0 <= tax_included(gross, rate) <= gross


@pytest.mark.parametrize("bad", [-1, 1.5, "10", True])
def test_bad_rates_are_rejected(bad):
    with pytest.raises(InvalidAmount):
        tax_on(100, bad)
    with pytest.raises(InvalidAmount):
        tax_included(100, bad)


def test_tax_band_must_add_up():
    assert TaxBand(1000, 10_000, 1000, 11_000).gross == 11_000
    with pytest.raises(InvalidAmount, match="does not add up"):
        TaxBand(1000, 10_000, 1000, 12_000)


@pytest.mark.parametrize(
    "rate, label",
    [(1000, "10%"), (500, "5%"), (800, "8%"), (850, "8.5%"), (0, "0%"), (1025, "10.25%"), (10000, "100%"), (5, "0.05%")],
)
def test_rate_label(rate, label):
    assert rate_label(rate) == label
