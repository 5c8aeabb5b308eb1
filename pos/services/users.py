"""Till users and PIN login. PINs are stored as salted scrypt hashes."""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import select

from pos.db.engine import Database
from pos.db.models import User
from pos.services.errors import ServiceError, WrongPin

ROLES = ("cashier", "manager", "admin")
SCRYPT_N = 2**13  # ~25 ms a check here: the login tries each active user's hash


@dataclass(frozen=True)
class UserInfo:
    id: int
    name: str
    role: str

    @property
    def is_manager(self) -> bool:
        return self.role in ("manager", "admin")


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
        raise ServiceError("A PIN is 4 to 8 digits.")


def add_user(db: Database, name: str, role: str, pin: str) -> UserInfo:
    if role not in ROLES:
        raise ServiceError(f"Role must be one of: {', '.join(ROLES)}.")
    check_pin_format(pin)
    with db.transaction() as s:
        if s.scalar(select(User).where(User.name == name)):
            raise ServiceError(f"A user named {name!r} already exists.")
        if any(pin_matches(pin, u.pin_hash) for u in s.scalars(select(User))):
            raise ServiceError("Another user already has this PIN; choose a different one.")
        user = User(name=name, role=role, pin_hash=hash_pin(pin))
        s.add(user)
        s.flush()
        return UserInfo(user.id, user.name, user.role)


def list_users(db: Database) -> list[UserInfo]:
    with db.session() as s:
        users = s.scalars(select(User).where(User.active).order_by(User.name))
        return [UserInfo(u.id, u.name, u.role) for u in users]


def login(db: Database, pin: str) -> UserInfo:
    with db.session() as s:
        for user in s.scalars(select(User).where(User.active)):
            if pin_matches(pin, user.pin_hash):
                return UserInfo(user.id, user.name, user.role)
    raise WrongPin("Wrong PIN. Try again.")


def approve_as_manager(db: Database, pin: str) -> UserInfo:
    user = login(db, pin)
    if not user.is_manager:
        raise WrongPin("That PIN is not a manager's.")
    return user
