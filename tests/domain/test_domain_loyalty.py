"""Loyalty arithmetic: earning rounds down, a points tender is whole points."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from pos.domain.errors import PaymentError
from pos.domain.loyalty import points_earned, points_for_amount, redeemable_points


@pytest.mark.parametrize("paid,per,points", [
    (0, 10_000, 0), (9_999, 10_000, 0), (10_000, 10_000, 1), (125_500, 10_000, 12),
    (125_500, 0, 0), (-10_000, 10_000, 0),
])
def test_points_earned_round_down(paid, per, points):
    assert points_earned(paid, per) == points


def test_a_points_tender_is_whole_points():
    assert points_for_amount(5_000, 1_000) == 5
    with pytest.raises(PaymentError, match="whole number of points"):
        points_for_amount(5_500, 1_000)
    with pytest.raises(PaymentError, match="off in this shop"):
        points_for_amount(5_000, 0)


@given(st.integers(-5, 10_000), st.integers(-5, 500_000), st.integers(0, 5_000))
def test_redeemable_never_exceeds_balance_or_bill(balance, due, value):
    points = redeemable_points(balance, due, value)
    assert 0 <= points <= max(balance, 0)
    assert points * value <= max(due, 0)
