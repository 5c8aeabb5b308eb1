"""Phone numbers as one canonical form, so `0912 345 678`, `+84912345678` and
`84912345678` are the same customer."""
from __future__ import annotations

import re

from pos.domain.errors import DomainError, translate

VN_COUNTRY = "84"
VN_NATIONAL_DIGITS = (9, 10)  # after the leading 0 / country code (mobiles 9, some landlines 10)


class InvalidPhone(DomainError):
    pass


def normalize_phone(raw: str, country: str = VN_COUNTRY) -> str:
    """Canonical +CC form. Vietnamese numbers may be written 0xxx, 84xxx or +84xxx."""
    text = (raw or "").strip()
    if not text:
        raise InvalidPhone(translate("Errors", "Enter a phone number."))
    plus = text.startswith("+") or text.startswith("00")
    digits = re.sub(r"[\s.\-()/]", "", text).lstrip("+")
    if not digits.isdigit():
        raise InvalidPhone(translate("Errors", "Phone {0} may only contain digits, spaces, dots "
                                               "and dashes.").format(repr(raw)))
    if digits.startswith("00"):
        digits = digits[2:]
    if not plus and digits.startswith("0"):
        digits = country + digits[1:]
    elif not plus and not digits.startswith(country):
        digits = country + digits
    return _checked("+" + digits, raw, country)


def _checked(number: str, raw: str, country: str) -> str:
    national = number[1 + len(country):] if number[1:].startswith(country) else None
    if national is not None and country == VN_COUNTRY:
        if len(national) not in VN_NATIONAL_DIGITS or national.startswith("0"):
            raise InvalidPhone(translate("Errors", "Phone {0} is not a Vietnamese number (0 + 9 "
                                                   "digits, e.g. 0912 345 678).").format(repr(raw)))
    elif not 8 <= len(number) - 1 <= 15:
        raise InvalidPhone(translate("Errors", "Phone {0} is too short or too long.")
                               .format(repr(raw)))
    return number


def looks_like_phone(text: str) -> bool:
    return bool(re.fullmatch(r"\+?[\d\s.\-()]{6,}", (text or "").strip()))


def display_phone(number: str | None, country: str = VN_COUNTRY) -> str:
    """How a cashier reads it: +84912345678 -> 0912 345 678 (others unchanged)."""
    if not number:
        return ""
    if number.startswith("+" + country) and country == VN_COUNTRY:
        local = "0" + number[1 + len(country):]
        return f"{local[:4]} {local[4:7]} {local[7:]}"
    return number
