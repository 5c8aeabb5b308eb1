"""Loyalty point arithmetic: points earned on money spent, points used as a tender.

Points are whole numbers; both rates are whole minor units, so nothing here rounds except
earning, which always rounds down (a customer never gets a point they did not pay for)."""
from __future__ import annotations

from pos.domain.errors import PaymentError, translate


def points_earned(money_paid: int, spend_per_point: int) -> int:
    """0 when earning is off (spend_per_point 0) or nothing was paid in money."""
    if spend_per_point <= 0 or money_paid <= 0:
        return 0
    return money_paid // spend_per_point


def points_for_amount(amount: int, point_value: int) -> int:
    """How many points a points tender of `amount` uses; it must be a whole number of points."""
    if point_value <= 0:
        raise PaymentError(translate("Errors", "Paying with points is off in this shop (no point "
                                               "value is set)."))
    if amount % point_value:
        raise PaymentError(translate("Errors", "A points payment must be a whole number of points "
                                               "({0} each), not {1}.").format(point_value, amount))
    return amount // point_value


def redeemable_points(balance: int, due: int, point_value: int) -> int:
    """The most points that can go towards `due`: never more than the balance or the bill."""
    if point_value <= 0 or balance <= 0 or due <= 0:
        return 0
    return min(balance, due // point_value)
