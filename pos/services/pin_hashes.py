"""How PINs are stored: argon2id, memory-hard, so that a copied database does not give its PINs
away. A 4-digit PIN has only 10,000 values: each guess must cost a thief real time and memory
(about 140 ms and 64 MiB here; see `python -m benchmarks`, figure pin_hash_ms).

Hashes made before argon2 (`scrypt$N$salt$digest`, N = 8192) still verify; `needs_rehash`
tells the login to store the PIN again with today's parameters."""
from __future__ import annotations

import hashlib
import hmac
import os

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError

# Measured on the shop's kind of PC (2 cores): t=3, 64 MiB, one lane ~ 140 ms a check.
STRONG = {"time_cost": 3, "memory_cost": 64 * 1024, "parallelism": 1}
# For the test suite only (it hashes thousands of PINs): chosen by tests/conftest.py with
# this environment variable; a login with real parameters re-hashes such a PIN at once.
CHEAP_FOR_TESTS = {"time_cost": 1, "memory_cost": 8, "parallelism": 1}
TEST_SWITCH = "OMNIPOS_CHEAP_PIN_HASH_FOR_TESTS"


def parameters() -> dict:
    return CHEAP_FOR_TESTS if os.environ.get(TEST_SWITCH) == "1" else STRONG


def _hasher() -> PasswordHasher:
    return PasswordHasher(type=Type.ID, **parameters())


def hash_pin(pin: str) -> str:
    return _hasher().hash(pin)


def pin_matches(pin: str, stored: str) -> bool:
    if stored.startswith("scrypt$"):
        return _scrypt_matches(pin, stored)
    try:
        return _hasher().verify(stored, pin)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    """An old scrypt hash, or argon2 with other parameters than today's."""
    return stored.startswith("scrypt$") or _hasher().check_needs_rehash(stored)


def _scrypt_matches(pin: str, stored: str) -> bool:
    _, n, salt, digest = stored.split("$")
    got = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=8, p=1)
    return hmac.compare_digest(got.hex(), digest)
