"""PINs that cannot be guessed (issue 13): lockouts per till and target, strong hashes, the
PIN length setting and clean user names."""
from __future__ import annotations

import hashlib
from datetime import timedelta

import pytest
from sqlalchemy import select

from pos.db.audit_models import PinLockout
from pos.db.models import User
from pos.services import permissions, pin_hashes, users
from pos.services.errors import LockedOut, ServiceError, WrongPin
from pos.services.settings import save_settings


def test_the_cashiers_own_pin_between_guesses_does_not_reset_the_manager_prompt(demo_db):
    for n in range(4):  # wrong manager PINs, the cashier logging in again between them
        with pytest.raises(WrongPin, match=f"{4 - n} tries left"):
            users.approve(demo_db, f"{1000 + n}", permissions.VOID)
        users.login(demo_db, "1111")
    with pytest.raises(LockedOut, match="approvals on this till are locked for 5 min"):
        users.approve(demo_db, "1004", permissions.VOID)  # the fifth
    with pytest.raises(LockedOut):
        users.approve(demo_db, "9999", permissions.VOID)  # even the right one waits now


def test_the_cashiers_pin_typed_in_the_manager_prompt_counts_as_a_wrong_one(demo_db):
    for pin in ("1000", "1111", "1001", "1111"):
        with pytest.raises(WrongPin) as refused:
            users.approve(demo_db, pin, permissions.VOID)
        assert not isinstance(refused.value, LockedOut)
    with pytest.raises(LockedOut):
        users.approve(demo_db, "1002", permissions.VOID)


def test_lockouts_grow_5_15_60_minutes_and_only_a_managers_success_clears_them(demo_db):
    def lock_minutes() -> int:
        for _ in range(5):
            try:
                users.approve(demo_db, "4321")
            except LockedOut as locked:
                return round(locked.seconds_left / 60)
            except WrongPin:
                pass
        raise AssertionError("never locked")

    def expire() -> None:
        with demo_db.transaction() as s:
            lock = s.get(PinLockout, ("T1", "approve"))
            lock.locked_until -= timedelta(hours=2)

    assert lock_minutes() == 5
    expire()
    assert lock_minutes() == 15
    expire()
    assert lock_minutes() == 60
    expire()
    assert users.approve(demo_db, "9999").name == "Minh"  # the target's own success
    assert lock_minutes() == 5


def test_a_cashiers_login_does_not_clear_the_keypads_wrong_pins(demo_db):
    save_settings(demo_db, pin_tries_before_lockout=3)
    for _ in range(2):
        with pytest.raises(WrongPin):
            users.login(demo_db, "4321")
        users.login(demo_db, "1111")
    with pytest.raises(LockedOut, match="this till is locked"):
        users.login(demo_db, "4321")


def test_a_named_users_wrong_pins_count_against_them_only(demo_db):
    save_settings(demo_db, pin_tries_before_lockout=2)
    with pytest.raises(WrongPin, match="Wrong PIN for Minh"):
        users.authenticate(demo_db, "Minh", "1111")
    with pytest.raises(LockedOut, match="this user's PIN is locked"):
        users.authenticate(demo_db, "minh", "1234")  # names match whatever the case
    assert users.authenticate(demo_db, "Lan", "1111").name == "Lan"
    assert users.login(demo_db, "9999").name == "Minh"  # the keypad is not locked
    users.unlock_till(demo_db, "T1", users.authenticate(demo_db, "Admin", "0000"))
    assert users.authenticate(demo_db, "Minh", "9999").role == "manager"


def test_the_real_hash_parameters_are_memory_hard(monkeypatch):
    monkeypatch.delenv(pin_hashes.TEST_SWITCH, raising=False)
    assert pin_hashes.parameters() == pin_hashes.STRONG
    stored = pin_hashes.hash_pin("2468")
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=1$")
    assert pin_hashes.pin_matches("2468", stored) and not pin_hashes.pin_matches("2469", stored)


def test_an_old_scrypt_hash_still_logs_in_and_is_rehashed(demo_db):
    salt = bytes(range(16))
    digest = hashlib.scrypt(b"1111", salt=salt, n=2**13, r=8, p=1)
    with demo_db.transaction() as s:
        lan = s.scalar(select(User).where(User.name == "Lan"))
        lan.pin_hash = f"scrypt$8192${salt.hex()}${digest.hex()}"
    assert users.login(demo_db, "1111").name == "Lan"
    with demo_db.session() as s:
        stored = s.scalar(select(User.pin_hash).where(User.name == "Lan"))
    assert stored.startswith("$argon2id$") and users.pin_matches("1111", stored)


def test_six_digit_pins_by_setting(demo_db):
    admin = users.authenticate(demo_db, "Admin", "0000")
    save_settings(demo_db, pin_length=6)
    with pytest.raises(ServiceError, match="6 to 8 digits"):
        users.add_user(demo_db, "Hoa", "cashier", "2468", admin)
    users.add_user(demo_db, "Hoa", "cashier", "246813", admin)
    assert users.login(demo_db, "246813").name == "Hoa"
    assert users.login(demo_db, "1111").name == "Lan"  # 4-digit PINs already given still work


@pytest.mark.parametrize("name, why", [
    ("", "Give the user a name"), ("   ", "Give the user a name"),
    ("x" * 5000, "at most 40"), ("Lan ", "already exists"), ("lan", "already exists"),
    ("L an", "already exists"), ("Hoa\nAdmin\tadmin", "control characters"),
    ("Hoa\x1b[2J", "control characters")])
def test_bad_user_names_are_refused(demo_db, name, why):
    admin = users.authenticate(demo_db, "Admin", "0000")
    with pytest.raises(ServiceError, match=why):
        users.add_user(demo_db, name, "cashier", "2468", admin)
    assert len(users.list_users(demo_db)) == 3


def test_names_are_trimmed_and_adding_needs_an_admin(demo_db):
    admin = users.authenticate(demo_db, "Admin", "0000")
    assert users.add_user(demo_db, "  Hoa   Nguyễn ", "cashier", "2468", admin).name == \
        "Hoa Nguyễn"
    with pytest.raises(ServiceError, match="needs an admin"):
        users.add_user(demo_db, "Mallory", "admin", "1357",
                       users.authenticate(demo_db, "Lan", "1111"))
    with pytest.raises(ServiceError, match="needs an admin"):
        users.add_user(demo_db, "Mallory", "admin", "1357")
