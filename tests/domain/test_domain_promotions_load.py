"""The benchmark's promotion load (benchmarks/promotions_data.py) is what it says: 500 active
promotions of every kind and a 100-line cart, priced exactly and the same way every time."""
from benchmarks.promotions_data import promotion_case, reevaluate
from pos.domain.promotions import BuyGet, Bundle, ItemsOff, OrderOff, Tiered


def test_500_promotions_of_every_kind_on_a_100_line_cart():
    case = promotion_case()
    kinds = {type(p.reward) for p in case.promotions.promotions}
    assert len(case.promotions) == 500 and len(case.lines) == 100
    assert kinds == {OrderOff, ItemsOff, BuyGet, Tiered, Bundle}
    totals = reevaluate(case)
    applied = {a.promotion_id for line in totals.lines for a in line.promotions}
    assert 20 < len(applied) < 500
    assert totals.total == totals.subtotal - totals.discount_total
    assert reevaluate(promotion_case()) == totals
