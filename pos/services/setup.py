"""Setting a shop up (the first-run wizard) and changing its settings later.

Every change is checked first and every problem reported at once, each with what to type
instead; nothing is written while one is wrong. What is written goes in ONE transaction:
the settings and, on the first run, the first manager.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any, Callable

from sqlalchemy import select

from pos.db.engine import Database
from pos.db.models import User
from pos.domain.money import CURRENCIES
from pos.i18n import translate
from pos.services.errors import ServiceError
from pos.services.holds import LONGEST_DAYS
from pos.services.settings import ShopSettings, read_settings, write_settings
from pos.services.users import check_pin_format, hash_pin

LANGUAGES = {"vi": "vi_VN", "en": "en_US"}  # language -> locale for money, numbers, dates
PAPER_WIDTHS = (58, 80)
TAX_CODE = re.compile(r"\d{10}(-\d{3})?")  # Vietnamese MST: 10 digits, branch -NNN
BANK_BIN = re.compile(r"\d{6}")  # NAPAS bank identification number
BANK_ACCOUNT = re.compile(r"[A-Za-z0-9]{1,19}")
ACCOUNT_NAME = re.compile(r"[A-Z0-9 .\-]{0,50}")  # as the bank writes it: capitals, no accents


class SettingsInvalid(ServiceError):
    """One or more settings are wrong; `problems` maps each setting to its message."""

    def __init__(self, problems: dict[str, str]):
        self.problems = problems
        super().__init__("\n".join(problems.values()))


def is_first_run(db: Database) -> bool:
    """A shop with no users has never been set up (the demo creates its users too)."""
    with db.session() as s:
        return s.scalar(select(User.id).limit(1)) is None


# -- checks, one per setting that can be typed wrong ---------------------------------------

def _shop_name(v: str) -> str | None:
    return None if 0 < len(v.strip()) <= 80 else "Type the shop's name (up to 80 letters)."


def _tax_code(v: str) -> str | None:
    if not v or TAX_CODE.fullmatch(v):
        return None
    return "A tax code is 10 digits, or 10 digits, a dash and 3 digits (0312345678-001)."


def _currency(v: str) -> str | None:
    if v in CURRENCIES:
        return None
    return f"Choose a currency from the list ({', '.join(CURRENCIES)})."


def _tax_rates(v: tuple) -> str | None:
    if v and all(isinstance(r, int) and 0 <= r <= 10000 for r in v) and len(set(v)) == len(v):
        return None
    return "Tax rates are different percentages between 0 and 100, e.g. 0, 5, 8, 10."


def _rounding(v: int) -> str | None:
    return None if isinstance(v, int) and 0 <= v <= 100_000 else "Choose a cash rounding step."


def _language(v: str) -> str | None:
    return None if v in ("", *LANGUAGES) else "Choose Tiếng Việt or English."


def _printer(v: str) -> str | None:
    if not v:
        return None
    from pos.printing.printers import PrinterConfigError, make_printer

    try:
        make_printer(v)
    except PrinterConfigError as error:
        return str(error)
    except Exception:  # a transport that needs a driver here: the test page will say more
        return None
    return None  # the address is well formed; only a test page shows the printer is there


def _paper(v: int) -> str | None:
    return None if v in PAPER_WIDTHS else "Paper is 58 or 80 mm wide."


def _bank_bin(v: str) -> str | None:
    return None if not v or BANK_BIN.fullmatch(v) else \
        "The bank's BIN is 6 digits (Vietcombank 970436, Techcombank 970407…)."


def _bank_account(v: str) -> str | None:
    return None if not v or BANK_ACCOUNT.fullmatch(v) else \
        "An account number is up to 19 letters and digits, no spaces."


def _account_name(v: str) -> str | None:
    return None if ACCOUNT_NAME.fullmatch(v) else \
        "Write the account name as the bank does: capitals without accents (NGUYEN VAN A)."


def _keep_days(v: int) -> str | None:
    return None if isinstance(v, int) and 1 <= v <= 365 else "Keep between 1 and 365 backups."


def _pickup_days(v: int) -> str | None:
    return None if isinstance(v, int) and 1 <= v <= 60 else translate(
        "Setup", "A ready pickup order waits 1 to 60 days.")


def _hold_days(v: int) -> str | None:
    return None if isinstance(v, int) and 1 <= v <= LONGEST_DAYS else translate(
        "Setup", "A sale is held for 1 to {0} days.").format(LONGEST_DAYS)


CHECKS: dict[str, Callable[[Any], str | None]] = {
    "shop_name": _shop_name, "shop_tax_code": _tax_code, "currency": _currency,
    "tax_rates": _tax_rates, "cash_rounding_step": _rounding, "language": _language,
    "printer_uri": _printer, "paper_width_mm": _paper, "bank_bin": _bank_bin,
    "bank_account": _bank_account, "bank_account_name": _account_name,
    "backup_keep_days": _keep_days, "collect_pickup_days": _pickup_days,
    "hold_days": _hold_days,
}


def problems_with(changes: dict[str, Any], current: ShopSettings | None = None) -> dict[str, str]:
    """Every problem in `changes` (on top of `current`), by setting name."""
    found = {key: why for key, check in CHECKS.items()
             if key in changes and (why := check(changes[key]))}
    merged = {**(current.__dict__ if current else {}), **changes}
    if bool(merged.get("bank_bin")) != bool(merged.get("bank_account")) \
            and "bank_bin" not in found and "bank_account" not in found:
        found["bank_account"] = ("For VietQR payments give both the bank's BIN and the "
                                 "account number, or neither.")
    return found


def parse_tax_rates(text: str) -> tuple[int, ...]:
    """'0, 5, 8, 10' (percent, comma or space separated) -> (0, 500, 800, 1000) basis points."""
    try:
        percents = [Decimal(p.rstrip("%")) for p in re.split(r"[,;\s]+", text) if p]
    except InvalidOperation:
        raise SettingsInvalid({"tax_rates": _tax_rates(())}) from None
    rates = tuple(int(p * 100) for p in percents)
    if any(p * 100 != r for p, r in zip(percents, rates)) or (why := _tax_rates(rates)):
        raise SettingsInvalid({"tax_rates": _tax_rates(())})
    return rates


def _with_locale(changes: dict[str, Any]) -> dict[str, Any]:
    if changes.get("language"):
        return {**changes, "locale": LANGUAGES[changes["language"]]}
    return changes


def save_shop_settings(db: Database, **changes: Any) -> ShopSettings:
    """Checks, then writes all the changes in one transaction; returns the new settings."""
    with db.transaction() as s:
        current = read_settings(s)
        if problems := problems_with(changes, current):
            raise SettingsInvalid(problems)
        write_settings(s, **_with_locale(changes))
        return read_settings(s)


def manager_problems(name: str, pin: str, pin_again: str | None = None) -> dict[str, str]:
    found = {}
    if not name.strip():
        found["manager_name"] = "Type the manager's name."
    try:
        check_pin_format(pin)
    except ServiceError as error:
        found["manager_pin"] = str(error)
    if pin_again is not None and pin_again != pin and "manager_pin" not in found:
        found["manager_pin"] = "The two PINs are different; type the same PIN twice."
    return found


def set_up_shop(db: Database, manager_name: str, manager_pin: str, **changes: Any
                ) -> ShopSettings:
    """The first run: the shop's settings and its first manager, all or nothing."""
    problems = {**problems_with(changes), **manager_problems(manager_name, manager_pin)}
    if problems:
        raise SettingsInvalid(problems)
    with db.transaction() as s:
        if s.scalar(select(User.id).limit(1)) is not None:
            raise ServiceError(translate("Errors", "This shop is already set up; change it in "
                                                   "Settings."))
        write_settings(s, demo=False, **_with_locale(changes))
        s.add(User(name=manager_name.strip(), role="manager", pin_hash=hash_pin(manager_pin)))
        return read_settings(s)
