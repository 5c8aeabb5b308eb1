"""Shifts and the cash drawer: open with the counted float, cash in / cash out with a reason,
close with a blind count. Each is one transaction with its journal entry; all work offline.

A sale needs an open shift at its till (`require_open_shift`, called inside the sale's own
transaction), so every sale belongs to exactly one drawer.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from pos.db.engine import Database
from pos.db.models import User, utcnow
from pos.db.shift_models import CASH_IN, CASH_OUT, OPEN, CashMovement, Shift
from pos.services import journal
from pos.services.errors import ServiceError
from pos.services.settings import ShopSettings
from pos.services.users import UserInfo

MAX_REASON = 200


class NoOpenShift(ServiceError):
    def __init__(self, terminal_id: str):
        super().__init__(f"Open a shift first: till {terminal_id} has no open shift. Log in "
                         "again and count the float to open one.")
        self.terminal_id = terminal_id


class ShiftAlreadyOpen(ServiceError):
    def __init__(self, shift_id: int, terminal_id: str):
        super().__init__(f"Shift {shift_id} is already open on till {terminal_id}: close it "
                         "before opening a new one.")
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
        raise ServiceError(f"The {what} must be zero or more, not {amount!r}.")


def open_shift(db: Database, user: UserInfo, float_amount: int,
               settings: ShopSettings) -> ShiftInfo:
    """Open the till's shift with the float the cashier counted into the drawer."""
    check_amount(float_amount, "opening float")
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
        raise ServiceError("Say why the cash goes in or out (e.g. change from the bank, "
                           "safe drop, supplier paid).")
    if len(reason) > MAX_REASON:
        raise ServiceError(f"The reason is too long: at most {MAX_REASON} characters.")
    return reason


def move_cash(db: Database, user: UserInfo, kind: str, amount: int, reason: str,
              settings: ShopSettings) -> int:
    """Cash in (kind CASH_IN) or out (CASH_OUT) of the drawer; returns the movement id."""
    if kind not in (CASH_IN, CASH_OUT):
        raise ServiceError(f"Unknown cash movement {kind!r}.")
    check_amount(amount, "amount")
    if amount == 0:
        raise ServiceError("Enter the amount of cash that goes in or out.")
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
    from pos.services.shift_reports import expected_cash

    in_drawer = expected_cash(s, shift_id)
    if amount > in_drawer:
        raise ServiceError(f"The drawer should hold only {in_drawer} (minor units of "
                           f"{settings.currency}); you cannot take out {amount}.")
