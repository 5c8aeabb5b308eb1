"""Tenders, cash rounding and change."""

from __future__ import annotations

from dataclasses import dataclass

from pos.domain.errors import InvalidAmount, PaymentError, translate
from pos.domain.money import currency

CASH = "cash"
CARD = "card"
TRANSFER = "transfer"
POINTS = "points"
METHODS = (CASH, CARD, TRANSFER, POINTS)
# Not taken at the till: what a customer pays when the goods sold for delivery arrive
# (pos.domain.delivery); in the sale's payments so they add up to its total.
ON_DELIVERY = "on_delivery"

# Banknotes a cashier is offered as one-touch "customer gave me" buttons, in minor units.
NOTES: dict[str, tuple[int, ...]] = {
    "VND": (10_000, 20_000, 50_000, 100_000, 200_000, 500_000),
    "EUR": (500, 1_000, 2_000, 5_000, 10_000),
    "USD": (500, 1_000, 2_000, 5_000, 10_000),
    "GBP": (500, 1_000, 2_000, 5_000),
    "CHF": (1_000, 2_000, 5_000, 10_000, 20_000),
}
MAX_QUICK_TENDERS = 6


def round_cash(amount: int, step: int) -> int:
    """The adjustment that brings amount to the nearest multiple of step (halves round up).

    Returns rounded - amount, e.g. VND step 500: 12_250 -> +250, 12_249 -> -249.
    Negative amounts round symmetrically (halves away from zero).
    """
    if step < 0:
        raise InvalidAmount(translate("Errors", "Cash rounding step {0} cannot be negative")
                                .format(step))
    if step <= 1:
        return 0
    if amount < 0:
        return -round_cash(-amount, step)
    below = amount % step
    return step - below if 2 * below >= step else -below


@dataclass(frozen=True)
class Tender:
    """One way the customer pays. For cash, amount is what was handed over."""

    method: str
    amount: int
    reference: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.method, str) or not self.method:
            raise PaymentError(translate("Errors", "Choose a payment method"))
        if isinstance(self.amount, bool) or not isinstance(self.amount, int):
            raise PaymentError(translate("Errors", "{0} amount must be whole minor units")
                                   .format(self.label))
        if self.amount < 0:
            raise PaymentError(translate("Errors", "{0} amount cannot be negative")
                                   .format(self.label))

    @property
    def is_cash(self) -> bool:
        return self.method == CASH

    @property
    def label(self) -> str:
        return tender_name(self.method)


def tender_name(method: str) -> str:
    """A tender's name in the till's language, for messages (an unknown method: its code)."""
    names = {CASH: translate("Tenders", "Cash"), CARD: translate("Tenders", "Card"),
             TRANSFER: translate("Tenders", "Bank transfer"),
             POINTS: translate("Tenders", "Points"),
             ON_DELIVERY: translate("Tenders", "To pay on delivery")}
    return names.get(method, method.capitalize())


@dataclass(frozen=True)
class Settlement:
    total: int
    rounding: int
    due: int
    paid: int
    remaining: int
    change: int
    complete: bool
    # What each tender contributes to the sale, in tender order; cash net of change.
    applied: tuple[int, ...] = ()


def settle(total: int, tenders: list[Tender], cash_step: int) -> Settlement:
    """Apply the tenders to a sale total: exact non-cash first, then rounded cash."""
    if total < 0:
        raise PaymentError(translate("Errors", "The amount due cannot be negative; use a return "
                                               "instead"))
    non_cash = _apply_non_cash(total, tenders)
    cash_tendered = sum(t.amount for t in tenders if t.is_cash)
    has_cash = any(t.is_cash for t in tenders)
    rounding = round_cash(total - non_cash, cash_step) if has_cash else 0
    cash_due = total - non_cash + rounding
    cash_paid = min(cash_tendered, cash_due)
    return Settlement(
        total=total,
        rounding=rounding,
        due=total + rounding,
        paid=non_cash + cash_paid,
        remaining=cash_due - cash_paid,
        change=cash_tendered - cash_paid,
        complete=cash_paid == cash_due,
        applied=_applied_per_tender(tenders, cash_tendered - cash_paid),
    )


def _apply_non_cash(total: int, tenders: list[Tender]) -> int:
    applied = 0
    for tender in tenders:
        if tender.is_cash:
            continue
        if tender.amount > total - applied:
            raise PaymentError(translate("Errors", "{0} amount is more than the amount due")
                                   .format(tender.label))
        applied += tender.amount
    return applied


def _applied_per_tender(tenders: list[Tender], change: int) -> tuple[int, ...]:
    """Non-cash tenders count in full; change is taken back from the last cash tenders."""
    applied = [t.amount for t in tenders]
    for i in reversed(range(len(tenders))):
        if tenders[i].is_cash and change:
            taken = min(change, applied[i])
            applied[i] -= taken
            change -= taken
    return tuple(applied)


def quick_tenders(due: int, cur_code: str) -> list[int]:
    """Banknote amounts to offer for a cash payment of due (the UI adds 'Exact' itself).

    When due is more than the largest note, offer the next round multiple of it.
    """
    notes = NOTES.get(currency(cur_code).code, ())
    offered = [note for note in notes if note >= due][:MAX_QUICK_TENDERS]
    if offered or not notes:
        return offered
    largest = notes[-1]
    return [-(-due // largest) * largest]
