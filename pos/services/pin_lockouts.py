"""Wrong PINs, counted per till and per target, and the lockouts they lead to.

A target is who the PIN had to belong to (see PinLockout). A count is cleared only by a
success of that target (the login keypad: a manager's; the approval prompt: an approver's; a
command: that user's) or by a manager's `pos users unlock`. Lockouts grow within a series
(5, 15, then 60 minutes with the default setting); a day without a wrong PIN starts afresh.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete
from sqlalchemy.orm import Session

from pos.db.audit_models import PinLockout
from pos.db.models import utcnow
from pos.i18n import translate
from pos.services.errors import LockedOut, WrongPin
from pos.services.settings import ShopSettings

ANYONE = ""  # the login keypad
APPROVER = "approve"  # the manager approval prompt
STEPS = (1, 3, 12)  # lockout lengths, times settings.pin_lockout_minutes: 5, 15, 60 min
FORGOTTEN_AFTER = timedelta(hours=24)


def user_target(user_id: int) -> str:
    return f"user:{user_id}"


def lock_for(s: Session, terminal_id: str, target: str) -> PinLockout:
    """The row of (till, target); a new one is written only when a wrong PIN is counted."""
    lock = s.get(PinLockout, (terminal_id, target))
    if lock is None:
        lock = PinLockout(terminal_id=terminal_id, target=target, failures=0, lockouts=0)
    return lock


def refuse_if_locked(lock: PinLockout, now: datetime | None = None) -> None:
    now = now or utcnow()
    if lock.locked_until is not None and lock.locked_until > now:
        raise LockedOut(int((lock.locked_until - now).total_seconds() + 0.999),
                        _scope(lock.target))


def count_failure(s: Session, lock: PinLockout, settings: ShopSettings,
                  now: datetime | None = None) -> int:
    """One more wrong PIN; returns how many tries are left (0: it just locked)."""
    s.add(lock)
    now = now or utcnow()
    if lock.last_failure_at is not None and now - lock.last_failure_at > FORGOTTEN_AFTER:
        lock.failures, lock.lockouts = 0, 0
    if lock.locked_until is not None:  # the last lock ran out: a fresh round of tries
        lock.failures, lock.locked_until = 0, None
    lock.failures += 1
    lock.last_failure_at = now
    tries = max(settings.pin_tries_before_lockout, 1)
    if lock.failures >= tries:
        step = STEPS[min(lock.lockouts, len(STEPS) - 1)]
        lock.locked_until = now + timedelta(minutes=settings.pin_lockout_minutes * step)
        lock.lockouts += 1
        return 0
    return tries - lock.failures


def clear(lock: PinLockout) -> None:
    lock.failures, lock.lockouts, lock.locked_until, lock.last_failure_at = 0, 0, None, None


def clear_till(s: Session, terminal_id: str) -> None:
    s.execute(delete(PinLockout).where(PinLockout.terminal_id == terminal_id))


def refusal(lock: PinLockout, left: int, message: str) -> WrongPin:
    """What to raise (after the commit that kept the count) for a wrong PIN."""
    if left == 0:
        return LockedOut(int((lock.locked_until - utcnow()).total_seconds() + 0.999),
                         _scope(lock.target))
    return WrongPin(message + " " + translate(
        "Errors", "({0} tries left before the lock.)").format(left))


def _scope(target: str) -> str:
    if target == ANYONE:
        return translate("Errors", "this till is locked")
    if target == APPROVER:
        return translate("Errors", "approvals on this till are locked")
    return translate("Errors", "this user's PIN is locked on this till")
