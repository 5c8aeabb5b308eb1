"""The figures of a shift: the X report (any time, changes nothing) and the Z report (made
once at the close and kept). Amounts are minor units; refunds and cash out are money that
left the drawer and are stored positive.

Expected per tender: cash = float + cash taken in sales + cash in - cash out - cash refunds;
any other tender = taken in sales - refunded.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos.db.models import JournalEntry, Payment, Sale, SaleLine, User, utcnow
from pos.db.return_models import Refund, SaleReturn
from pos.db.shift_models import CASH_IN, CASH_OUT, CashMovement, Shift
from pos.domain.payment import CARD, CASH, TRANSFER
from pos.domain.receipt import receipt_label
from pos.domain.tax import TaxBand
from pos.services.settings import read_settings

# What the cashier counts at the close: the drawer, the card terminal's batch total, the bank
# transfers received. Other tenders (loyalty points) are shown but not counted.
COUNTED_METHODS = (CASH, CARD, TRANSFER)
DRAWER_EVENTS = ("void", "no_sale")  # journal kinds counted on the Z report


@dataclass(frozen=True)
class TenderFigures:
    method: str
    sales: int  # taken in sales
    refunds: int  # paid back in returns
    expected: int
    counted: int | None = None  # None: not counted (X report, or a tender nobody counts)

    @property
    def over_short(self) -> int:
        """Counted minus expected: positive = over, negative = short."""
        return 0 if self.counted is None else self.counted - self.expected


@dataclass(frozen=True)
class Refunds:
    count: int = 0
    total: int = 0
    by_tender: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class ShiftReport:
    kind: str  # "X" | "Z"
    shift_id: int
    terminal_id: str
    currency: str
    made_at: str  # ISO UTC, when these figures were taken
    opened_at: str
    opened_by: str
    closed_at: str | None
    closed_by: str | None
    approved_by: str | None  # the manager who accepted the over/short
    opening_float: int
    sales_count: int
    sales_total: int
    discounts: int
    rounding: int  # cash rounding, signed, already in sales_total
    tax_bands: tuple[TaxBand, ...]
    returns_count: int
    returns_total: int
    cash_in: int
    cash_out: int
    voids: int
    no_sales: int
    first_receipt: str
    last_receipt: str
    tenders: tuple[TenderFigures, ...]

    @property
    def over_short(self) -> int:
        return sum(t.over_short for t in self.tenders)

    def tender(self, method: str) -> TenderFigures | None:
        return next((t for t in self.tenders if t.method == method), None)

    def to_dict(self) -> dict:
        """Plain JSON-ready data (lists, not tuples), over/short included."""
        data = asdict(self)
        data["tax_bands"] = list(data["tax_bands"])
        data["tenders"] = [{**tender, "over_short": figures.over_short}
                           for tender, figures in zip(data["tenders"], self.tenders)]
        data["over_short"] = self.over_short
        return data

    @classmethod
    def from_dict(cls, data: dict) -> ShiftReport:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        known["tax_bands"] = tuple(TaxBand(**b) for b in data["tax_bands"])
        known["tenders"] = tuple(
            TenderFigures(**{k: v for k, v in t.items() if k != "over_short"})
            for t in data["tenders"])
        return cls(**known)


def _stamp(at: datetime | None) -> str | None:
    return None if at is None else at.isoformat(timespec="seconds") + "Z"


def _user_name(s: Session, user_id: int | None) -> str | None:
    return None if user_id is None else s.get(User, user_id).name


def refunds_in_shift(s: Session, shift_id: int) -> Refunds:
    """Returns paid from this shift's drawer ("exchange" is credit, not drawer money)."""
    count, total = s.execute(
        select(func.count(SaleReturn.id), func.coalesce(func.sum(SaleReturn.total), 0))
        .where(SaleReturn.shift_id == shift_id)).one()
    rows = s.execute(select(Refund.method, func.sum(Refund.amount))
                     .join(SaleReturn, Refund.return_id == SaleReturn.id)
                     .where(SaleReturn.shift_id == shift_id).group_by(Refund.method)).all()
    return Refunds(count, total, {method: amount for method, amount in rows})


def _cash_moved(s: Session, shift_id: int) -> dict[str, int]:
    rows = s.execute(select(CashMovement.kind, func.sum(CashMovement.amount))
                     .where(CashMovement.shift_id == shift_id).group_by(CashMovement.kind))
    return {kind: total for kind, total in rows}


def _taken_by_tender(s: Session, shift_id: int) -> dict[str, int]:
    rows = s.execute(select(Payment.method, func.sum(Payment.amount))
                     .join(Sale, Sale.id == Payment.sale_id)
                     .where(Sale.shift_id == shift_id, Sale.status == "completed")
                     .group_by(Payment.method))
    return {method: total for method, total in rows}


def expected_cash(s: Session, shift_id: int) -> int:
    """What the drawer should hold now."""
    shift = s.get(Shift, shift_id)
    moved = _cash_moved(s, shift_id)
    return (shift.opening_float + _taken_by_tender(s, shift_id).get(CASH, 0)
            + moved.get(CASH_IN, 0) - moved.get(CASH_OUT, 0)
            - refunds_in_shift(s, shift_id).by_tender.get(CASH, 0))


def _tenders(shift: Shift, taken: dict[str, int], refunds: Refunds,
             moved: dict[str, int]) -> tuple[TenderFigures, ...]:
    methods = list(COUNTED_METHODS[:1])  # cash is always there: the float is in it
    methods += sorted((set(taken) | set(refunds.by_tender)) - {CASH})
    lines = []
    for method in methods:
        sales, refunded = taken.get(method, 0), refunds.by_tender.get(method, 0)
        expected = sales - refunded
        if method == CASH:
            expected += shift.opening_float + moved.get(CASH_IN, 0) - moved.get(CASH_OUT, 0)
        lines.append(TenderFigures(method, sales, refunded, expected))
    return tuple(lines)


def _tax_bands(s: Session, shift_id: int) -> tuple[TaxBand, ...]:
    rows = s.execute(select(SaleLine.tax_rate_bp, func.sum(SaleLine.total), func.sum(SaleLine.tax))
                     .join(Sale, Sale.id == SaleLine.sale_id)
                     .where(Sale.shift_id == shift_id, Sale.status == "completed")
                     .group_by(SaleLine.tax_rate_bp).order_by(SaleLine.tax_rate_bp))
    return tuple(TaxBand(rate, gross - tax, tax, gross) for rate, gross, tax in rows)


def _drawer_events(s: Session, shift: Shift, until: datetime) -> dict[str, int]:
    """Voids and no-sale openings at this till while the shift was open (from the journal)."""
    rows = s.execute(select(JournalEntry.kind, JournalEntry.payload)
                     .where(JournalEntry.kind.in_(DRAWER_EVENTS),
                            JournalEntry.created_at >= shift.opened_at,
                            JournalEntry.created_at <= until))
    counts = dict.fromkeys(DRAWER_EVENTS, 0)
    for kind, payload in rows:
        if json.loads(payload).get("terminal_id", shift.terminal_id) == shift.terminal_id:
            counts[kind] += 1
    return counts


def _sales_summary(s: Session, shift_id: int):
    return s.execute(select(func.count(Sale.id), func.coalesce(func.sum(Sale.total), 0),
                            func.coalesce(func.sum(Sale.discount_total), 0),
                            func.coalesce(func.sum(Sale.rounding), 0),
                            func.min(Sale.receipt_no), func.max(Sale.receipt_no))
                     .where(Sale.shift_id == shift_id, Sale.status == "completed")).one()


def build_report(s: Session, shift_id: int, kind: str = "X") -> ShiftReport:
    """The shift's figures now (an X report; close_shift turns one into the Z report)."""
    shift = s.get(Shift, shift_id)
    now = utcnow()
    count, total, discounts, rounding, first, last = _sales_summary(s, shift_id)
    refunds, moved = refunds_in_shift(s, shift_id), _cash_moved(s, shift_id)
    events = _drawer_events(s, shift, shift.closed_at or now)
    label = (lambda no: receipt_label(shift.terminal_id, no) if no is not None else "")
    return ShiftReport(
        kind=kind, shift_id=shift.id, terminal_id=shift.terminal_id,
        currency=read_settings(s).currency, made_at=_stamp(now), opened_at=_stamp(shift.opened_at),
        opened_by=_user_name(s, shift.opened_by_id), closed_at=_stamp(shift.closed_at),
        closed_by=_user_name(s, shift.closed_by_id),
        approved_by=_user_name(s, shift.approved_by_id), opening_float=shift.opening_float,
        sales_count=count, sales_total=total, discounts=discounts, rounding=rounding,
        tax_bands=_tax_bands(s, shift_id), returns_count=refunds.count,
        returns_total=refunds.total, cash_in=moved.get(CASH_IN, 0),
        cash_out=moved.get(CASH_OUT, 0), voids=events["void"], no_sales=events["no_sale"],
        first_receipt=label(first), last_receipt=label(last),
        tenders=_tenders(shift, _taken_by_tender(s, shift_id), refunds, moved))


def with_counts(report: ShiftReport, counted: dict[str, int]) -> ShiftReport:
    """The report with the blind count beside each counted tender (missing counts are 0)."""
    tenders = list(report.tenders)
    present = {t.method for t in tenders}
    tenders += [TenderFigures(m, 0, 0, 0) for m in COUNTED_METHODS
                if m not in present and counted.get(m)]
    return replace(report, tenders=tuple(
        replace(t, counted=counted.get(t.method, 0)) if t.method in COUNTED_METHODS else t
        for t in tenders))
