"""What a return gives back: the share of each sold line, and which tenders pay it.

Shares are cumulative: the k-th return of a line refunds what all returns so far are worth
minus what earlier returns already refunded. So returning a line piece by piece refunds,
in the end, exactly what the line cost — never a minor unit more or less.
"""
from __future__ import annotations

from dataclasses import dataclass

from pos.domain.errors import DomainError, translate
from pos.domain.money import divide_half_up
from pos.domain.payment import CASH, round_cash

ORIGINAL, TO_CASH = "original", "cash"  # where the money goes back
REFUND_CHOICES = (ORIGINAL, TO_CASH)
EXCHANGE = "exchange"  # a return's credit that paid a sale: it comes back as cash


class OverReturn(DomainError):
    """More would come back than was sold (counting earlier returns)."""


def returned_share(amount: int, whole_milli: int, before_milli: int, now_milli: int) -> int:
    """What `now_milli` more of a line of `whole_milli` worth `amount` refunds, after
    `before_milli` were returned already (thousandths of a piece or kg)."""
    if whole_milli <= 0:
        return 0
    after = divide_half_up(amount * (before_milli + now_milli), whole_milli)
    return after - divide_half_up(amount * before_milli, whole_milli)


def check_returnable(name: str, sold_milli: int, before_milli: int, now_milli: int) -> None:
    if now_milli <= 0:
        raise OverReturn(translate("Errors", "Enter a quantity above zero to return {0}.")
                             .format(name))
    left = sold_milli - before_milli
    if now_milli > left:
        raise OverReturn(
            translate("Errors", "{0}: only {1} of {2} can still be returned ({3} already "
                                "returned). Lower the quantity.")
                .format(name, _qty(left), _qty(sold_milli), _qty(before_milli)))


def _qty(milli: int) -> str:
    return f"{milli / 1000:.3f}".rstrip("0").rstrip(".")


@dataclass(frozen=True)
class PaidTender:
    method: str
    amount: int  # what it paid of the sale (cash: net of change)
    reference: str = ""


@dataclass(frozen=True)
class RefundPart:
    method: str
    amount: int  # positive: paid back
    reference: str = ""


@dataclass(frozen=True)
class RefundPlan:
    parts: tuple[RefundPart, ...]
    rounding: int  # cash rounding of the cash part, signed, included in total
    total: int

    def by_method(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for part in self.parts:
            out[part.method] = out.get(part.method, 0) + part.amount
        return out


def plan_refund(amount: int, choice: str, paid: list[PaidTender],
                already: dict[str, int], cash_step: int, room: int | None = None) -> RefundPlan:
    """Who gets `amount` back: to cash, or to the sale's own non-cash tenders first (each up
    to what it paid minus what it got back already), the rest in cash, rounded to the step.
    `room` caps the total refund (what the sale took minus earlier refunds)."""
    if choice not in REFUND_CHOICES:
        raise DomainError(translate("Errors", "Refund to {0}: choose the original payment or cash.")
                              .format(repr(choice)))
    parts, left = [], amount
    if choice == ORIGINAL:
        parts, left = _to_original(amount, paid, dict(already))
    rounding = 0
    if left:
        rounding = round_cash(left, cash_step)
        if room is not None and amount + rounding > room:
            rounding = -(left % cash_step) if cash_step > 1 else 0  # round down, not over
        parts.append(RefundPart(CASH, left + rounding))
    return RefundPlan(tuple(parts), rounding, amount + rounding)


def _to_original(amount: int, paid: list[PaidTender], already: dict[str, int]):
    parts, left = [], amount
    for tender in paid:
        if tender.method in (CASH, EXCHANGE) or not left:
            continue
        room = tender.amount - already.get(tender.method, 0)
        take = min(left, max(room, 0))
        already[tender.method] = already.get(tender.method, 0) + take
        if take:
            parts.append(RefundPart(tender.method, take, tender.reference))
            left -= take
    return parts, left
