"""Till users and PIN login. PINs are stored as salted scrypt hashes."""
from __future__ import annotations

import hashlib
import hmac
import os
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos.db.audit_models import PinLockout
from pos.db.engine import Database
from pos.db.models import User, utcnow
from pos.i18n import translate
from pos.services import journal, permissions
from pos.services.errors import LockedOut, ServiceError, WrongPin
from pos.services.settings import ShopSettings, read_settings
from pos.services.user_info import UserInfo  # noqa: F401  (callers import it from here too)

ROLES = ("cashier", "manager", "admin")
SCRYPT_N = 2**13  # ~25 ms a check here: the login tries each active user's hash


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=SCRYPT_N, r=8, p=1)
    return f"scrypt${SCRYPT_N}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    _, n, salt, digest = stored.split("$")
    got = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=8, p=1)
    return hmac.compare_digest(got.hex(), digest)


def check_pin_format(pin: str) -> None:
    if not (pin.isascii() and pin.isdigit() and 4 <= len(pin) <= 8):  # not '²' or '١'
        raise ServiceError(translate("Errors", "A PIN is 4 to 8 digits."))


def add_user(db: Database, name: str, role: str, pin: str) -> UserInfo:
    if role not in ROLES:
        raise ServiceError(translate("Errors", "Role must be one of: {0}.")
                           .format(", ".join(ROLES)))
    check_pin_format(pin)
    with db.transaction() as s:
        if s.scalar(select(User).where(User.name == name)):
            raise ServiceError(translate("Errors", "A user named {0} already exists.")
                                   .format(repr(name)))
        if any(pin_matches(pin, u.pin_hash) for u in s.scalars(select(User))):
            raise ServiceError(translate("Errors", "Another user already has this PIN; choose a "
                                                   "different one."))
        user = User(name=name, role=role, pin_hash=hash_pin(pin))
        s.add(user)
        s.flush()
        return UserInfo(user.id, user.name, user.role)


def list_users(db: Database) -> list[UserInfo]:
    with db.session() as s:
        users = s.scalars(select(User).where(User.active).order_by(User.name))
        return [UserInfo(u.id, u.name, u.role) for u in users]


def login(db: Database, pin: str) -> UserInfo:
    """The active user with this PIN. Wrong PINs in a row lock this till for a while (the
    count and the lock are in the database: a restart does not reset them)."""
    with db.transaction() as s:
        settings = read_settings(s)
        lock = _lockout(s, settings.terminal_id)
        _refuse_if_locked(lock)
        user = _user_with_pin(s, pin)
        if user is None:
            _count_wrong_pin(lock, settings)
        else:
            lock.failures, lock.locked_until = 0, None
    if user is None:
        if lock.locked_until is not None:
            raise LockedOut(settings.pin_lockout_minutes * 60)
        left = settings.pin_tries_before_lockout - lock.failures
        raise WrongPin(translate("Errors", "Wrong PIN. Try again ({0} tries left before the till "
                                           "locks).").format(left))
    return user


def _user_with_pin(s: Session, pin: str) -> UserInfo | None:
    for user in s.scalars(select(User).where(User.active)):
        if pin_matches(pin, user.pin_hash):
            return UserInfo(user.id, user.name, user.role)
    return None


def _lockout(s: Session, terminal_id: str) -> PinLockout:
    lock = s.get(PinLockout, terminal_id)
    if lock is None:
        lock = PinLockout(terminal_id=terminal_id, failures=0)
        s.add(lock)
    return lock


def _refuse_if_locked(lock: PinLockout, now: datetime | None = None) -> None:
    now = now or utcnow()
    if lock.locked_until is not None and lock.locked_until > now:
        raise LockedOut(int((lock.locked_until - now).total_seconds() + 0.999))


def _count_wrong_pin(lock: PinLockout, settings: ShopSettings) -> None:
    if lock.locked_until is not None:  # an old lock ran out: a fresh series of tries
        lock.failures, lock.locked_until = 0, None
    lock.failures += 1
    if lock.failures >= settings.pin_tries_before_lockout:
        lock.locked_until = utcnow() + timedelta(minutes=settings.pin_lockout_minutes)


def approve(db: Database, pin: str, action: str | None = None) -> UserInfo:
    """The user approving a protected action with their PIN (wrong PINs count towards the
    lockout like at login). With no action: any manager or admin."""
    user = login(db, pin)
    allowed = permissions.may(user, action) if action else user.is_manager
    if not allowed:
        raise WrongPin(translate("Errors", "That PIN is not a manager's: {0} may not approve "
                                           "this.").format(user.name) if user.role == "cashier"
                       else translate("Errors", "{0} may not approve this.").format(user.name))
    return user


def approve_as_manager(db: Database, pin: str) -> UserInfo:
    return approve(db, pin)


def _user_named(s: Session, name: str) -> User:
    user = s.scalar(select(User).where(User.name == name))
    if user is None:
        raise ServiceError(translate("Errors", "No user is named {0}. `pos users list` shows them.")
                               .format(repr(name)))
    return user


def set_pin(db: Database, name: str, pin: str) -> UserInfo:
    """A new PIN for a user (e.g. a forgotten one); different from every other user's PIN."""
    check_pin_format(pin)
    with db.transaction() as s:
        user = _user_named(s, name)
        others = s.scalars(select(User).where(User.id != user.id))
        if any(pin_matches(pin, u.pin_hash) for u in others):
            raise ServiceError(translate("Errors", "Another user already has this PIN; choose a "
                                                   "different one."))
        user.pin_hash = hash_pin(pin)
        _journal_user_change(s, "new PIN", user.name)
        return UserInfo(user.id, user.name, user.role)


def set_active(db: Database, name: str, active: bool) -> UserInfo:
    """Disable a user who left (their PIN stops working; their past sales keep their name),
    or enable them again."""
    with db.transaction() as s:
        user = _user_named(s, name)
        if not active and user.role == "admin" and _other_active_admins(s, user.id) == 0:
            raise ServiceError(translate("Errors", "This is the last active admin: add another "
                                                   "admin first."))
        user.active = active
        _journal_user_change(s, "enabled" if active else "disabled", user.name)
        return UserInfo(user.id, user.name, user.role)


def _other_active_admins(s: Session, user_id: int) -> int:
    return len(s.scalars(select(User.id).where(User.active, User.role == "admin",
                                               User.id != user_id)).all())


def unlock_till(db: Database, terminal_id: str) -> None:
    with db.transaction() as s:
        lock = s.get(PinLockout, terminal_id)
        if lock is not None:
            lock.failures, lock.locked_until = 0, None
        _journal_user_change(s, "till unlocked", terminal_id)


def _journal_user_change(s: Session, change: str, subject: str) -> None:
    """Users are managed from the command line (whoever can run it can read the database),
    so the journal says where the change came from rather than who approved it."""
    journal.append(s, permissions.MANAGE_USERS, {
        "change": change, "subject": subject, "by": "command line",
        "at": datetime.now(timezone.utc).isoformat(timespec="seconds")})
