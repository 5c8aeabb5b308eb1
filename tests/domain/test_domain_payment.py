import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos.domain.errors import InvalidAmount, PaymentError
from pos.domain.payment import (
    CARD,
    CASH,
    TRANSFER,
    Settlement,
    Tender,
    quick_tenders,
    round_cash,
    settle,
)


def cash(amount):
    return Tender(CASH, amount)


def card(amount, reference=""):
    return Tender(CARD, amount, reference)


# --- cash rounding ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "amount, step, adjustment",
    [
        (12_250, 500, 250),
        (12_249, 500, -249),
        (12_251, 500, 249),
        (12_500, 500, 0),
        (12_750, 500, 250),
        (0, 500, 0),
        (1992, 5, -2),  # CHF 19.92 -> 19.90
        (1993, 5, 2),  # CHF 19.93 -> 19.95
        (1997, 5, -2),  # CHF 19.97 -> 19.95
        (1998, 5, 2),  # CHF 19.98 -> 20.00
        (1990, 5, 0),
        (12_345, 0, 0),
        (12_345, 1, 0),
        (-12_250, 500, -250),
        (-12_249, 500, 249),
    ],
)
def test_round_cash(amount, step, adjustment):
    assert round_cash(amount, step) == adjustment


def test_round_cash_rejects_negative_step():
    with pytest.raises(InvalidAmount):
        round_cash(100, -5)


@given(st.integers(-(10**9), 10**9), st.integers(2, 10_000))
def test_round_cash_lands_on_nearest_multiple(amount, step):
    adjustment = round_cash(amount, step)
    assert (amount + adjustment) % step == 0
    assert abs(adjustment) <= step / 2
    if abs(adjustment) * 2 == step:  # halves round away from zero
        assert abs(amount + adjustment) > abs(amount)


# --- tenders ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "method, amount, message",
    [
        (CASH, -1, "Cash amount cannot be negative"),
        (CARD, -100, "Card amount cannot be negative"),
        (CARD, 1.5, "whole minor units"),
        ("", 100, "Choose a payment method"),
    ],
)
def test_bad_tenders(method, amount, message):
    with pytest.raises(PaymentError, match=message):
        Tender(method, amount)


# --- settling --------------------------------------------------------------------------


def test_cash_with_change_and_rounding():
    s = settle(12_250, [cash(20_000)], 500)
    assert s == Settlement(
        total=12_250, rounding=250, due=12_500, paid=12_500, remaining=0, change=7_500,
        complete=True, applied=(12_500,),
    )


def test_cash_rounding_down():
    s = settle(12_249, [cash(12_000)], 500)
    assert (s.rounding, s.due, s.change, s.complete) == (-249, 12_000, 0, True)


def test_card_only_is_exact_and_not_rounded():
    s = settle(12_250, [card(12_250, "AUTH123")], 500)
    assert (s.rounding, s.due, s.paid, s.change, s.complete) == (0, 12_250, 12_250, 0, True)


def test_partial_card_then_cash_rounds_only_the_cash_part():
    s = settle(12_250, [card(5_000), cash(10_000)], 500)
    # cash part 7_250 rounds to 7_500
    assert (s.rounding, s.due, s.paid, s.change, s.remaining) == (250, 12_500, 12_500, 2_500, 0)
    assert s.applied == (5_000, 7_500)


def test_tender_order_does_not_matter_for_non_cash_first():
    one = settle(12_250, [cash(10_000), card(5_000)], 500)
    other = settle(12_250, [card(5_000), cash(10_000)], 500)
    assert one.applied == (7_500, 5_000)
    assert (one.due, one.paid, one.change) == (other.due, other.paid, other.change)


def test_not_enough_cash_leaves_a_remainder():
    s = settle(12_250, [cash(10_000)], 500)
    assert (s.due, s.paid, s.remaining, s.change, s.complete) == (12_500, 10_000, 2_500, 0, False)


def test_partial_card_without_cash_leaves_exact_remainder():
    s = settle(12_250, [card(2_000)], 500)
    assert (s.rounding, s.remaining, s.complete) == (0, 10_250, False)


def test_no_tenders():
    s = settle(12_250, [], 500)
    assert (s.due, s.paid, s.remaining, s.complete) == (12_250, 0, 12_250, False)
    assert settle(0, [], 500).complete


def test_card_over_amount_due_is_refused():
    with pytest.raises(PaymentError, match="Card amount is more than the amount due"):
        settle(10_000, [card(10_001)], 500)
    with pytest.raises(PaymentError, match="Bank transfer amount is more than the amount due"):
        settle(10_000, [card(6_000), Tender(TRANSFER, 5_000)], 500)


def test_negative_total_is_refused():
    with pytest.raises(PaymentError, match="return"):
        settle(-1, [], 500)


def test_change_is_taken_back_from_the_last_cash_tender():
    s = settle(12_000, [cash(10_000), cash(5_000)], 1)
    assert s.change == 3_000
    assert s.applied == (10_000, 2_000)


def test_rounding_of_a_small_cash_remainder_to_zero():
    s = settle(10_200, [card(10_000), cash(0)], 500)
    assert (s.rounding, s.due, s.paid, s.complete) == (-200, 10_000, 10_000, True)


def test_chf_five_cent_rounding():
    s = settle(1993, [cash(2000)], 5)
    assert (s.rounding, s.due, s.change) == (2, 1995, 5)


tender_lists = st.lists(
    st.builds(Tender, st.sampled_from([CASH, CASH, CARD, TRANSFER, "points"]), st.integers(0, 200_000)),
    max_size=5,
)


def _settle_or_skip(total, tenders, step):
    try:
        return settle(total, tenders, step)
    except PaymentError:
        non_cash = sum(t.amount for t in tenders if t.method != CASH)
        assert non_cash > total
        return None


@given(st.integers(0, 500_000), tender_lists, st.sampled_from([0, 1, 5, 100, 500, 1000]))
def test_settlement_properties(total, tenders, step):
    s = _settle_or_skip(total, tenders, step)
    if s is None:
        return
    has_cash = any(t.method == CASH for t in tenders)
    assert s.paid + s.remaining == s.due == s.total + s.rounding
    assert s.remaining >= 0 and s.change >= 0 and s.paid >= 0
    assert s.complete == (s.remaining == 0)
    assert abs(s.rounding) <= step / 2
    if not has_cash:
        assert s.rounding == 0 and s.change == 0
    assert sum(s.applied) == s.paid
    assert sum(t.amount for t in tenders) == s.paid + s.change
    assert all(0 <= a <= t.amount for a, t in zip(s.applied, tenders))
    if s.change:
        assert s.complete


# --- quick tenders ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "due, code, notes",
    [
        (12_250, "VND", [20_000, 50_000, 100_000, 200_000, 500_000]),
        (0, "VND", [10_000, 20_000, 50_000, 100_000, 200_000, 500_000]),
        (50_000, "VND", [50_000, 100_000, 200_000, 500_000]),
        (620_000, "VND", [1_000_000]),
        (1_000_001, "VND", [1_500_000]),
        (1990, "EUR", [2000, 5000, 10_000]),
        (0, "USD", [500, 1000, 2000, 5000, 10_000]),
        (1990, "eur", [2000, 5000, 10_000]),
    ],
)
def test_quick_tenders(due, code, notes):
    assert quick_tenders(due, code) == notes


def test_quick_tenders_unknown_currency():
    with pytest.raises(InvalidAmount):
        quick_tenders(100, "XYZ")


@given(st.integers(0, 10**8), st.sampled_from(["VND", "EUR", "USD", "GBP", "CHF"]))
def test_quick_tenders_always_cover_the_amount(due, code):
    offered = quick_tenders(due, code)
    assert 1 <= len(offered) <= 6
    assert all(note >= due for note in offered)
    assert offered == sorted(offered)
