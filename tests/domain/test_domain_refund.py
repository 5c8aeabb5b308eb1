"""Refund arithmetic: cumulative shares never refund more than a line cost; tenders."""
from __future__ import annotations

import pytest

from pos.domain.refund import (OverReturn, PaidTender, check_returnable, plan_refund,
                               returned_share)


def test_piece_by_piece_refunds_exactly_the_line():
    # 3 pieces that cost 10 001 together (a discount left an odd amount)
    shares = [returned_share(10_001, 3000, done, 1000) for done in (0, 1000, 2000)]
    assert sum(shares) == 10_001 and max(shares) - min(shares) <= 1


def test_weighed_line_partly_returned():
    assert returned_share(42_500, 850, 0, 425) == 21_250


def test_more_than_left_is_refused_with_the_numbers():
    check_returnable("Lavie", 3000, 1000, 2000)
    with pytest.raises(OverReturn, match=r"only 1 of 3 can still be returned \(2 already"):
        check_returnable("Lavie", 3000, 2000, 2000)
    with pytest.raises(OverReturn, match="above zero"):
        check_returnable("Lavie", 3000, 0, 0)


def test_cash_refund_is_rounded_to_the_step():
    plan = plan_refund(12_250, "cash", [PaidTender("cash", 12_500)], {}, 500)
    assert plan.total == 12_500 and plan.rounding == 250 and plan.by_method() == {"cash": 12_500}


def test_rounding_never_refunds_more_than_was_paid():
    plan = plan_refund(12_250, "cash", [PaidTender("cash", 12_000)], {}, 500, room=12_250)
    assert plan.total == 12_000 and plan.rounding == -250


def test_original_tender_first_then_cash():
    paid = [PaidTender("card", 50_000, "VISA 4242"), PaidTender("cash", 37_000)]
    plan = plan_refund(60_000, "original", paid, {"card": 20_000}, 500)
    assert [(p.method, p.amount) for p in plan.parts] == [("card", 30_000), ("cash", 30_000)]
    assert plan.parts[0].reference == "VISA 4242"


def test_an_exchange_credit_comes_back_as_cash_not_as_credit():
    paid = [PaidTender("exchange", 12_000), PaidTender("card", 13_000, "VISA")]
    plan = plan_refund(25_000, "original", paid, {}, 500)
    assert [(p.method, p.amount) for p in plan.parts] == [("card", 13_000), ("cash", 12_000)]
