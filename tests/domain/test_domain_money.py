from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos.domain.errors import DomainError, InvalidAmount
from pos.domain.money import (
    CURRENCIES,
    Currency,
    allocate,
    currency,
    divide_half_up,
    round_half_up,
    to_major,
    to_minor,
)

VND, EUR = currency("VND"), currency("EUR")


def test_known_currencies():
    assert CURRENCIES["VND"] == Currency("VND", 0, "704")
    assert CURRENCIES["EUR"] == Currency("EUR", 2, "978")
    assert {c.numeric for c in CURRENCIES.values()} == {"704", "840", "978", "756", "826"}
    assert currency("chf") is CURRENCIES["CHF"]


def test_unknown_currency_is_a_typed_error():
    with pytest.raises(InvalidAmount, match="XYZ"):
        currency("XYZ")
    assert issubclass(InvalidAmount, DomainError) and issubclass(DomainError, ValueError)


@pytest.mark.parametrize(
    "major, cur, minor",
    [
        ("25000", VND, 25_000),
        ("19.90", EUR, 1990),
        (" 19.9 ", EUR, 1990),
        ("19", EUR, 1900),
        (Decimal("0.05"), EUR, 5),
        (7, EUR, 700),
        ("-3.50", EUR, -350),
        ("25000.0", VND, 25_000),
        ("1E+3", VND, 1000),
        ("0", EUR, 0),
    ],
)
def test_to_minor_exact(major, cur, minor):
    assert to_minor(major, cur) == minor
    assert isinstance(to_minor(major, cur), int)


@pytest.mark.parametrize(
    "major, cur, message",
    [
        ("19.999", EUR, "more decimals than EUR allows \\(2\\)"),
        ("25000.5", VND, "more decimals than VND allows \\(0\\)"),
        ("abc", EUR, "not a number"),
        ("", EUR, "not a number"),
        ("NaN", EUR, "not a number"),
        ("Infinity", VND, "not a number"),
        ("1,5", EUR, "not a number"),
        ("1e30", VND, "too large"),
    ],
)
def test_to_minor_rejects(major, cur, message):
    with pytest.raises(InvalidAmount, match=message):
        to_minor(major, cur)


@pytest.mark.parametrize("bad", [1.5, True, None, [1]])
def test_to_minor_rejects_non_exact_types(bad):
    with pytest.raises(InvalidAmount):
        to_minor(bad, EUR)


def test_to_major_is_exact():
    assert to_major(1990, EUR) == Decimal("19.90")
    assert str(to_major(1990, EUR)) == "19.90"
    assert to_major(25_000, VND) == Decimal(25_000)
    assert to_major(-5, EUR) == Decimal("-0.05")


@given(st.integers(min_value=-(10**15), max_value=10**15), st.sampled_from(list(CURRENCIES.values())))
def test_minor_major_round_trip(minor, cur):
    assert to_minor(to_major(minor, cur), cur) == minor
    assert to_minor(str(to_major(minor, cur)), cur) == minor


@pytest.mark.parametrize(
    "x, n", [("2.5", 3), ("2.4999", 2), ("-2.5", -3), ("-2.4", -2), ("0.5", 1), ("7", 7)]
)
def test_round_half_up(x, n):
    assert round_half_up(Decimal(x)) == n


@given(st.integers(-(10**12), 10**12), st.integers(1, 10**6))
def test_divide_half_up_matches_decimal_rounding(numerator, denominator):
    exact = Decimal(numerator) / Decimal(denominator)
    assert divide_half_up(numerator, denominator) == round_half_up(exact)


def test_divide_half_up_rejects_zero_denominator():
    with pytest.raises(InvalidAmount):
        divide_half_up(1, 0)


@pytest.mark.parametrize(
    "total, weights, parts",
    [
        (100, [1, 1, 1], [34, 33, 33]),
        (10, [1, 2, 3, 4], [1, 2, 3, 4]),
        (5, [0, 0], [3, 2]),
        (0, [5, 5], [0, 0]),
        (7, [0, 3, 0], [0, 7, 0]),
        (1, [50, 50], [1, 0]),
        (-100, [1, 1, 1], [-33, -33, -34]),
        (0, [], []),
    ],
)
def test_allocate_examples(total, weights, parts):
    assert allocate(total, weights) == parts


def test_allocate_rejects_bad_weights():
    with pytest.raises(InvalidAmount):
        allocate(10, [1, -1])
    with pytest.raises(InvalidAmount):
        allocate(10, [])


weights_strategy = st.lists(st.integers(0, 10**6), min_size=1, max_size=20)


@given(st.integers(-(10**9), 10**9), weights_strategy)
def test_allocate_sums_exactly(total, weights):
    assert sum(allocate(total, weights)) == total


@given(st.integers(0, 10**9), weights_strategy)
def test_allocate_parts_within_one_of_exact_share(total, weights):
    effective = weights if any(weights) else [1] * len(weights)
    for part, w in zip(allocate(total, weights), effective):
        exact = Decimal(total) * w / sum(effective)
        assert abs(part - exact) < 1


@given(st.integers(0, 10**9), weights_strategy)
def test_allocate_zero_weight_gets_nothing(total, weights):
    if any(weights):
        parts = allocate(total, weights)
        assert all(p == 0 for p, w in zip(parts, weights) if w == 0)


@given(st.integers(0, 10**6), st.integers(1, 10**6), st.integers(1, 10))
def test_allocate_equal_weights_favour_earliest(total, weight, count):
    parts = allocate(total, [weight] * count)
    assert parts == sorted(parts, reverse=True)
    assert max(parts) - min(parts) <= 1


@pytest.mark.parametrize(
    "major", ["1.00000000000000000000000000001", "19.990000000000000000000000000001"]
)
def test_to_minor_never_rounds_long_inputs(major):
    with pytest.raises(InvalidAmount, match="more decimals"):
        to_minor(major, EUR)


@pytest.mark.parametrize(
    "major, minor",
    [("19.900000000000000000000000000000", 1990), ("0E-50", 0), ("-0.00", 0), ("1e-999999999", None)],
)
def test_to_minor_trailing_zeros_and_tiny_exponents(major, minor):
    if minor is None:
        with pytest.raises(InvalidAmount, match="more decimals"):
            to_minor(major, EUR)
    else:
        assert to_minor(major, EUR) == minor


@given(st.decimals(min_value=-(10**14), max_value=10**14, places=4))
def test_to_minor_agrees_with_exact_arithmetic(amount):
    scaled = amount * 100  # exact: 4 places and 18 digits fit the 28-digit context
    if scaled == scaled.to_integral_value():
        assert to_minor(amount, EUR) == int(scaled)
    else:
        with pytest.raises(InvalidAmount):
            to_minor(amount, EUR)
