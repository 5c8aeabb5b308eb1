"""Checking a coupon code typed or scanned at the till, with a message the cashier can act on."""
from __future__ import annotations

from pos.domain.errors import DomainError, translate
from pos.domain.promotions.engine import PromotionBook
from pos.domain.promotions.model import Context, Promotion


class InvalidCoupon(DomainError):
    """A coupon code that cannot be used on this sale."""


def _in_dates(p: Promotion, ctx: Context) -> bool:
    c = p.conditions
    return (c.starts is None or ctx.now >= c.starts) and (c.ends is None or ctx.now < c.ends)


def check_coupon(book: PromotionBook, code: str, ctx: Context) -> Promotion:
    """The promotion behind `code`, or InvalidCoupon saying why it cannot be used.

    A coupon whose other conditions (minimum order, hours) are not met yet is accepted: it
    applies as soon as the cart qualifies, and the cart shows when it does."""
    code = code.strip().upper()
    found = book.by_code(code)
    if not found:
        raise InvalidCoupon(translate("Errors", "Coupon {0} is not known at this till. Check the "
                                                "code; a new online coupon arrives with the next "
                                                "sync.").format(code))
    usable = [p for p in found if p.conditions.usage_limit is None
              or p.conditions.used < p.conditions.usage_limit]
    if not usable:
        raise InvalidCoupon(translate("Errors", "Coupon {0} has been used up.").format(code))
    current = [p for p in usable if _in_dates(p, ctx) and ctx.channel in p.conditions.channels]
    if not current:
        raise InvalidCoupon(translate("Errors", "Coupon {0} is not valid today.").format(code))
    groups = [p for p in current if not p.conditions.customer_groups
              or ctx.customer_group in p.conditions.customer_groups]
    if not groups:
        raise InvalidCoupon(translate("Errors", "Coupon {0} is only for some customers: attach "
                                                "the customer first (F10).").format(code))
    return groups[0]


def is_coupon(book: PromotionBook, code: str) -> bool:
    """Whether a scanned text is one of the shop's coupon codes (and not a product)."""
    return bool(code.strip()) and bool(book.by_code(code))
