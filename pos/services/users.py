"""Till users and PIN login. PINs are stored as argon2id hashes (see pin_hashes); wrong PINs
are counted per till and per target (see pin_lockouts)."""
from __future__ import annotations

import unicodedata
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos.db.engine import Database
from pos.db.models import User
from pos.i18n import translate
from pos.services import journal, permissions, pin_lockouts
from pos.services.errors import ServiceError, WrongPin
from pos.services.pin_hashes import hash_pin, needs_rehash, pin_matches  # noqa: F401
from pos.services.settings import read_settings, write_settings
from pos.services.user_info import UserInfo  # noqa: F401  (callers import it from here too)

ROLES = ("cashier", "manager", "admin")
NAME_MAX = 40
PIN_MAX = 8
PIN_LENGTHS = (4, 6)


def check_pin_format(pin: str, length: int = 4) -> None:
    if not (pin.isascii() and pin.isdigit() and length <= len(pin) <= PIN_MAX):  # not '²' or '١'
        raise ServiceError(translate("Errors", "A PIN is {0} to {1} digits.").format(length,
                                                                                   PIN_MAX))


def clean_name(name: str) -> str:
    """A user's name as stored: trimmed, single spaces, at most 40 characters, no control
    characters (a newline would fake a line in `pos users list`)."""
    name = unicodedata.normalize("NFC", name).strip()
    if any(unicodedata.category(c).startswith("C") for c in name):
        raise ServiceError(translate("Errors", "A user name cannot hold line breaks, tabs or "
                                               "other control characters."))
    name = " ".join(name.split())
    if not name:
        raise ServiceError(translate("Errors", "Give the user a name."))
    if len(name) > NAME_MAX:
        raise ServiceError(translate("Errors", "A user name is at most {0} characters.")
                           .format(NAME_MAX))
    return name


def _name_key(name: str) -> str:
    """Names that differ only by case or spaces are one name."""
    return "".join(name.split()).casefold()


def _same_name(s: Session, name: str) -> User | None:
    key = _name_key(name)
    return next((u for u in s.scalars(select(User)) if _name_key(u.name) == key), None)


def _may_manage_users(s: Session, by: UserInfo | None, target: User | None = None) -> UserInfo:
    """An admin; a manager where the shop has no active admin (the first-run set-up makes a
    manager); anyone at all while the shop has no user yet. Raises ApprovalNeeded."""
    if s.scalar(select(User.id).limit(1)) is None:
        return by or UserInfo(0, translate("Errors", "first user"), "admin")
    if by is not None and by.role == "manager" and not s.scalar(
            select(User.id).where(User.active, User.role == "admin").limit(1)):
        return by
    return permissions.authorise(by, permissions.MANAGE_USERS)


def add_user(db: Database, name: str, role: str, pin: str, by: UserInfo | None = None
             ) -> UserInfo:
    """A new user, added by `by` (an admin, see _may_manage_users); journaled."""
    if role not in ROLES:
        raise ServiceError(translate("Errors", "Role must be one of: {0}.")
                           .format(", ".join(ROLES)))
    name = clean_name(name)
    with db.transaction() as s:
        check_pin_format(pin, read_settings(s).pin_length)
        authoriser = _may_manage_users(s, by)
        if (same := _same_name(s, name)) is not None:
            raise ServiceError(translate("Errors", "A user named {0} already exists.")
                                   .format(repr(same.name)))
        _refuse_taken_pin(s, pin)
        user = User(name=name, role=role, pin_hash=hash_pin(pin))
        s.add(user)
        s.flush()
        _journal_user_change(s, "added " + role, user.name, by, authoriser)
        return UserInfo(user.id, user.name, user.role)


def _refuse_taken_pin(s: Session, pin: str, but: int | None = None) -> None:
    if any(pin_matches(pin, u.pin_hash) for u in s.scalars(select(User)) if u.id != but):
        raise ServiceError(translate("Errors", "Another user already has this PIN; choose a "
                                               "different one."))


def list_users(db: Database) -> list[UserInfo]:
    with db.session() as s:
        users = s.scalars(select(User).where(User.active).order_by(User.name))
        return [UserInfo(u.id, u.name, u.role) for u in users]


def login(db: Database, pin: str) -> UserInfo:
    """The active user with this PIN (the login keypad). Wrong PINs lock this till for a
    while; only a manager's login clears the count (a PIN names no user: a cashier's own
    PIN between guesses proves nothing). Kept in the database: a restart does not reset it."""
    with db.transaction() as s:
        settings = read_settings(s)
        lock = pin_lockouts.lock_for(s, settings.terminal_id, pin_lockouts.ANYONE)
        pin_lockouts.refuse_if_locked(lock)
        user = _user_with_pin(s, pin)
        if user is None:
            left = pin_lockouts.count_failure(s, lock, settings)
        elif user.is_manager:
            pin_lockouts.clear(lock)
    if user is None:
        raise pin_lockouts.refusal(lock, left, translate("Errors", "Wrong PIN. Try again."))
    return user


def _user_with_pin(s: Session, pin: str) -> UserInfo | None:
    for user in s.scalars(select(User).where(User.active)):
        if pin_matches(pin, user.pin_hash):
            _rehash_if_old(user, pin)
            return UserInfo(user.id, user.name, user.role)
    return None


def _rehash_if_old(user: User, pin: str) -> None:
    if needs_rehash(user.pin_hash):  # an old scrypt hash: stored again, memory-hard
        user.pin_hash = hash_pin(pin)


def approve(db: Database, pin: str, action: str | None = None) -> UserInfo:
    """The user approving a protected action with their PIN. With no action: any manager or
    admin. Every PIN that may not approve counts towards the approval lockout, the cashier's
    own included; only an approver's PIN clears it."""
    with db.transaction() as s:
        settings = read_settings(s)
        pin_lockouts.refuse_if_locked(
            pin_lockouts.lock_for(s, settings.terminal_id, pin_lockouts.ANYONE))
        lock = pin_lockouts.lock_for(s, settings.terminal_id, pin_lockouts.APPROVER)
        pin_lockouts.refuse_if_locked(lock)
        user = _user_with_pin(s, pin)
        allowed = user is not None and (permissions.may(user, action) if action
                                        else user.is_manager)
        if allowed:
            pin_lockouts.clear(lock)
        else:
            left = pin_lockouts.count_failure(s, lock, settings)
    if allowed:
        return user
    if user is None:
        message = translate("Errors", "Wrong PIN. Try again.")
    elif user.role == "cashier":
        message = translate("Errors", "That PIN is not a manager's: it may not approve this.")
    else:
        message = translate("Errors", "That PIN may not approve this: it needs {0}.").format(
            permissions.who_may(action))
    raise pin_lockouts.refusal(lock, left, message)


def approve_as_manager(db: Database, pin: str) -> UserInfo:
    return approve(db, pin)


def authenticate(db: Database, name: str, pin: str) -> UserInfo:
    """The active user `name`, if `pin` is theirs: a command run as a person. Wrong PINs
    count against that user on this till; only their own right PIN clears the count."""
    with db.transaction() as s:
        settings = read_settings(s)
        user = _user_named(s, name)
        if not user.active:
            raise ServiceError(translate("Errors", "{0} is disabled: `pos users enable` first.")
                               .format(user.name))
        lock = pin_lockouts.lock_for(s, settings.terminal_id, pin_lockouts.user_target(user.id))
        pin_lockouts.refuse_if_locked(lock)
        right = pin_matches(pin, user.pin_hash)
        if right:
            pin_lockouts.clear(lock)
            _rehash_if_old(user, pin)
        else:
            left = pin_lockouts.count_failure(s, lock, settings)
        found = UserInfo(user.id, user.name, user.role)
    if not right:
        raise pin_lockouts.refusal(lock, left, translate("Errors", "Wrong PIN for {0}.")
                                   .format(found.name))
    return found


def _user_named(s: Session, name: str) -> User:
    user = _same_name(s, name.strip())
    if user is None:
        raise ServiceError(translate("Errors", "No user is named {0}. `pos users list` shows them.")
                               .format(repr(name)))
    return user


def set_pin(db: Database, name: str, pin: str, by: UserInfo | None = None) -> UserInfo:
    """A new PIN for a user (e.g. a forgotten one), set by that user or an admin; different
    from every other user's PIN."""
    with db.transaction() as s:
        check_pin_format(pin, read_settings(s).pin_length)
        user = _user_named(s, name)
        authoriser = (by if by is not None and by.id == user.id
                      else _may_manage_users(s, by, user))
        _refuse_taken_pin(s, pin, but=user.id)
        user.pin_hash = hash_pin(pin)
        _journal_user_change(s, "new PIN", user.name, by, authoriser)
        return UserInfo(user.id, user.name, user.role)


def set_active(db: Database, name: str, active: bool, by: UserInfo | None = None) -> UserInfo:
    """Disable a user who left (their PIN stops working; their past sales keep their name),
    or enable them again."""
    with db.transaction() as s:
        user = _user_named(s, name)
        authoriser = _may_manage_users(s, by, user)
        if not active and user.role == "admin" and _other_active_admins(s, user.id) == 0:
            raise ServiceError(translate("Errors", "This is the last active admin: add another "
                                                   "admin first."))
        user.active = active
        _journal_user_change(s, "enabled" if active else "disabled", user.name, by, authoriser)
        return UserInfo(user.id, user.name, user.role)


def set_pin_length(db: Database, length: int, by: UserInfo | None) -> None:
    """The shortest PIN a new or changed PIN may be: 4 or 6 digits (a manager's setting)."""
    if length not in PIN_LENGTHS:
        raise ServiceError(translate("Errors", "A PIN length is 4 or 6 digits."))
    with db.transaction() as s:
        authoriser = permissions.authorise(by, permissions.SETTINGS)
        write_settings(s, pin_length=length)
        _journal_user_change(s, f"PIN length {length}", "", by, authoriser)


def _other_active_admins(s: Session, user_id: int) -> int:
    return len(s.scalars(select(User.id).where(User.active, User.role == "admin",
                                               User.id != user_id)).all())


def unlock_till(db: Database, terminal_id: str, by: UserInfo | None = None) -> None:
    """Ends every PIN lockout of the till (login keypad, approvals, users): a manager's."""
    with db.transaction() as s:
        authoriser = permissions.authorise(by, permissions.UNLOCK_TILL)
        pin_lockouts.clear_till(s, terminal_id)
        _journal_user_change(s, "till unlocked", terminal_id, by, authoriser)


def _journal_user_change(s: Session, change: str, subject: str, by: UserInfo | None,
                         authoriser: UserInfo) -> None:
    """Who changed which user, from where (the command line: PIN checked)."""
    journal.append(s, permissions.MANAGE_USERS, {
        "change": change, "subject": subject, "by": by.name if by else None,
        "user": by.name if by else None, "approved_by": authoriser.name,
        "terminal_id": read_settings(s).terminal_id, "from": "command line",
        "at": datetime.now(timezone.utc).isoformat(timespec="seconds")})
