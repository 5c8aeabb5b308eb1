"""Shifts and the cash drawer: open with the counted float, cash in / cash out with a reason,
close with a blind count. Each is one transaction with its journal entry; all work offline.

A sale needs an open shift at its till (`require_open_shift`, called inside the sale's own
transaction), so every sale belongs to exactly one drawer.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from pos.db.engine import Database
from pos.db.models import User, utcnow
from pos.db.shift_models import CASH_IN, CASH_OUT, CLOSED, OPEN, CashMovement, Shift, ShiftCount
from pos.domain.payment import tender_name
from pos.format import format_money
from pos.i18n import translate
from pos.services import journal, permissions
from pos.services.errors import ServiceError
from pos.services.settings import ShopSettings
from pos.services.shift_reports import (COUNTED_METHODS, ShiftReport, build_report,
                                        expected_cash, with_counts)
from pos.services.users import UserInfo

MAX_REASON = 200


class NoOpenShift(ServiceError):
    def __init__(self, terminal_id: str):
        super().__init__(translate("Errors", "Open a shift first: till {0} has no open shift. "
                                             "Count the float and choose Open shift in the "
                                             "manager menu (F11).").format(terminal_id))
        self.terminal_id = terminal_id


class ShiftAlreadyOpen(ServiceError):
    def __init__(self, shift_id: int, terminal_id: str):
        super().__init__(translate("Errors", "Shift {0} is already open on till {1}: close it "
                                             "before opening a new one.")
                             .format(shift_id, terminal_id))
        self.shift_id = shift_id


@dataclass(frozen=True)
class ShiftInfo:
    id: int
    terminal_id: str
    status: str
    opened_at: datetime
    opened_by: str
    opening_float: int
    closed_at: datetime | None = None


def current_shift_id(session: Session, terminal_id: str) -> int | None:
    """The open shift of the till, if any (read inside the caller's transaction)."""
    return session.scalar(select(Shift.id).where(Shift.terminal_id == terminal_id,
                                                 Shift.status == OPEN))


def require_open_shift(session: Session, terminal_id: str) -> int:
    shift_id = current_shift_id(session, terminal_id)
    if shift_id is None:
        raise NoOpenShift(terminal_id)
    return shift_id


def _info(s: Session, shift: Shift) -> ShiftInfo:
    return ShiftInfo(shift.id, shift.terminal_id, shift.status, shift.opened_at,
                     s.get(User, shift.opened_by_id).name, shift.opening_float, shift.closed_at)


def _stamp(at: datetime) -> str:
    return at.isoformat(timespec="seconds") + "Z"


def check_amount(amount: int, what: str) -> None:
    if not isinstance(amount, int) or isinstance(amount, bool) or amount < 0:
        raise ServiceError(translate("Errors", "The {0} must be zero or more, not {1}.")
                               .format(what, repr(amount)))


def open_shift(db: Database, user: UserInfo, float_amount: int,
               settings: ShopSettings) -> ShiftInfo:
    """Open the till's shift with the float the cashier counted into the drawer."""
    check_amount(float_amount, translate("Errors", "opening float"))
    try:
        with db.transaction() as s:
            already = current_shift_id(s, settings.terminal_id)
            if already is not None:
                raise ShiftAlreadyOpen(already, settings.terminal_id)
            shift = Shift(terminal_id=settings.terminal_id, opened_at=utcnow(),
                          opened_by_id=user.id, opening_float=float_amount)
            s.add(shift)
            s.flush()
            journal.append(s, "shift_open", {
                "shift_id": shift.id, "terminal_id": shift.terminal_id, "user": user.name,
                "user_id": user.id, "float": float_amount, "currency": settings.currency,
                "at": _stamp(shift.opened_at)})
            return _info(s, shift)
    except IntegrityError:  # another window opened it between our check and our insert
        with db.session() as s:
            raise ShiftAlreadyOpen(current_shift_id(s, settings.terminal_id) or 0,
                                   settings.terminal_id) from None


def current_shift(db: Database, settings: ShopSettings) -> ShiftInfo | None:
    with db.session() as s:
        shift_id = current_shift_id(s, settings.terminal_id)
        return None if shift_id is None else _info(s, s.get(Shift, shift_id))


def _check_reason(reason: str) -> str:
    reason = " ".join(reason.split())
    if not reason:
        raise ServiceError(translate("Errors", "Say why the cash goes in or out (e.g. change from "
                                               "the bank, safe drop, supplier paid)."))
    if len(reason) > MAX_REASON:
        raise ServiceError(translate("Errors", "The reason is too long: at most {0} characters.")
                               .format(MAX_REASON))
    return reason


def move_cash(db: Database, user: UserInfo, kind: str, amount: int, reason: str,
              settings: ShopSettings) -> int:
    """Cash in (kind CASH_IN) or out (CASH_OUT) of the drawer; returns the movement id."""
    if kind not in (CASH_IN, CASH_OUT):
        raise ServiceError(translate("Errors", "Unknown cash movement {0}.").format(repr(kind)))
    check_amount(amount, translate("Errors", "amount"))
    if amount == 0:
        raise ServiceError(translate("Errors", "Enter the amount of cash that goes in or out."))
    reason = _check_reason(reason)
    with db.transaction() as s:
        shift_id = require_open_shift(s, settings.terminal_id)
        if kind == CASH_OUT:
            _check_cash_available(s, shift_id, amount, settings)
        movement = CashMovement(shift_id=shift_id, kind=kind, amount=amount, reason=reason,
                                user_id=user.id, created_at=utcnow())
        s.add(movement)
        s.flush()
        journal.append(s, kind, {
            "shift_id": shift_id, "terminal_id": settings.terminal_id, "amount": amount,
            "currency": settings.currency, "reason": reason, "user": user.name,
            "user_id": user.id, "at": _stamp(movement.created_at)})
        return movement.id


def _check_cash_available(s: Session, shift_id: int, amount: int,
                          settings: ShopSettings) -> None:
    in_drawer = expected_cash(s, shift_id)
    if amount > in_drawer:
        money = lambda minor: format_money(minor, settings.currency, settings.locale)  # noqa: E731
        raise ServiceError(translate("Errors", "The drawer should hold only {0}: {1} cannot be "
                                               "taken out. Count the drawer (X report) and try "
                                               "again.").format(money(in_drawer), money(amount)))


# -- reports and the close ---------------------------------------------------------------------

def x_report(db: Database, settings: ShopSettings) -> ShiftReport:
    """The open shift's figures now; changes nothing (any time, as often as wanted)."""
    with db.session() as s:
        return build_report(s, require_open_shift(s, settings.terminal_id), "X")


def check_counts(counted: dict[str, int]) -> dict[str, int]:
    unknown = set(counted) - set(COUNTED_METHODS)
    if unknown:
        raise ServiceError(translate("Errors", "Only {0} are counted at the close, not {1}.")
                               .format(', '.join(map(tender_name, COUNTED_METHODS)),
                                       ', '.join(sorted(unknown))))
    for method, amount in counted.items():
        check_amount(amount, translate("Errors", "{0} counted").format(tender_name(method)))
    return {m: counted.get(m, 0) for m in COUNTED_METHODS}


def needs_manager(report: ShiftReport, settings: ShopSettings) -> bool:
    """Any tender counted further off than the setting allows (a short and an over in two
    tenders do not cancel out)."""
    limit = settings.over_short_limit
    return limit >= 0 and any(abs(t.over_short) > limit for t in report.tenders)


def compare_count(db: Database, counted: dict[str, int], settings: ShopSettings) -> ShiftReport:
    """After the blind count: what the till expected beside what was counted (writes nothing)."""
    counted = check_counts(counted)
    with db.session() as s:
        report = build_report(s, require_open_shift(s, settings.terminal_id), "X")
    return with_counts(report, counted)


def close_shift(db: Database, user: UserInfo, counted: dict[str, int], settings: ShopSettings,
                approver: UserInfo | None = None) -> ShiftReport:
    """Close the till's shift with the blind count; returns the Z report, stored with it.

    An over/short beyond the setting needs a manager (the user, or `approver`): without one,
    ApprovalNeeded is raised and nothing is written.
    """
    counted = check_counts(counted)
    with db.transaction() as s:
        shift = s.get(Shift, require_open_shift(s, settings.terminal_id))
        counts = with_counts(build_report(s, shift.id, "X"), counted)
        authoriser = None
        if needs_manager(counts, settings):
            authoriser = permissions.authorise(user, permissions.CLOSE_SHIFT_OVER_SHORT,
                                               approver)
        _write_close(s, shift, counts, user, authoriser)
        z_report = with_counts(build_report(s, shift.id, "Z"), counted)
        shift.z_report = json.dumps(z_report.to_dict(), ensure_ascii=False)
        journal.append(s, "shift_close", {**z_report.to_dict(), "user": user.name,
                                          "user_id": user.id})
        return z_report


def _write_close(s: Session, shift: Shift, counts: ShiftReport, user: UserInfo,
                 authoriser: UserInfo | None) -> None:
    for tender in counts.tenders:
        if tender.counted is not None:
            s.add(ShiftCount(shift_id=shift.id, method=tender.method, expected=tender.expected,
                             counted=tender.counted))
    shift.status, shift.closed_at, shift.closed_by_id = CLOSED, utcnow(), user.id
    shift.approved_by_id = authoriser.id if authoriser else None
    s.flush()


def z_report(db: Database, shift_id: int | None, settings: ShopSettings) -> ShiftReport:
    """The Z report kept at a close (None: this till's last closed shift)."""
    with db.session() as s:
        query = select(Shift).where(Shift.status == CLOSED)
        if shift_id is None:
            query = query.where(Shift.terminal_id == settings.terminal_id)
        else:
            query = query.where(Shift.id == shift_id)
        shift = s.scalar(query.order_by(Shift.id.desc()).limit(1))
        if shift is None:
            raise NoZReport(shift_id)
        return ShiftReport.from_dict(json.loads(shift.z_report))


class NoZReport(ServiceError):
    def __init__(self, shift_id: int | None):
        super().__init__("No shift has been closed on this till yet: there is no Z report."
                         if shift_id is None else
                         f"Shift {shift_id} has no Z report: it does not exist or is still open "
                         "(`pos shift status` shows the open shift).")
        self.shift_id = shift_id
