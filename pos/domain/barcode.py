"""GS1 barcodes (EAN-13, EAN-8, UPC-A, UPC-E) and an Odoo-style barcode nomenclature.

Codes are normalized so the catalogue stores one form per product: EAN-13 and EAN-8 as is,
UPC-A and UPC-E as the 13-digit EAN form of their UPC-A.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import Literal

from pos.domain.errors import InvalidBarcode, InvalidRule, translate

GS1_LENGTHS = (8, 12, 13)
RULE_KINDS = ("product", "weight", "price")


def ean_check_digit(body: str) -> str:
    """GS1 mod-10 check digit: weights 3,1,3,... from the rightmost digit of the body."""
    if not body.isascii() or not body.isdigit():
        raise InvalidBarcode(translate("Errors", "Barcode {0} is not a number").format(body))
    # Summing the ASCII bytes (digit + 48 each) is three times quicker than int() per digit:
    # a catalogue import checks 200,000 codes.
    digits = body.encode()
    odd, even = digits[::-2], digits[-2::-2]
    total = 3 * (sum(odd) - 48 * len(odd)) + sum(even) - 48 * len(even)
    return str(-total % 10)


def _clean(code: str) -> str:
    return "".join(code.split())


def is_gs1_length(code: str) -> bool:
    """True if code (spaces ignored) is all digits with an EAN/UPC length (8, 12 or 13)."""
    digits = _clean(code)
    return digits.isascii() and digits.isdigit() and len(digits) in GS1_LENGTHS


_PRINTABLE_ASCII = re.compile(r"[!-~]+")


def normalize_code(code: str) -> str:
    """The one stored form of a typed or imported code: spaces removed, digits of any script
    (fullwidth, Arabic-Indic...) as ASCII digits, a GS1 code in its canonical form. Anything
    else that is not printable ASCII is refused: a scanner sends nothing else."""
    code = "".join(code.split())
    if not code.isascii():
        code = "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in code)
    if code and not _PRINTABLE_ASCII.fullmatch(code):
        raise InvalidBarcode(translate("Errors", "Barcode {0} may only contain digits, letters "
                                                 "and ASCII signs").format(ascii(code)))
    return validate(code) if code.isdigit() and len(code) in GS1_LENGTHS else code


def validate(code: str) -> str:
    """Check an EAN-13/EAN-8/UPC-A/UPC-E code and return its canonical form."""
    digits = _digits_of(code)
    if len(digits) == 8:
        return _validate_eight(digits)
    _require_check_digit(digits)
    return digits if len(digits) == 13 else "0" + digits


def _validate_eight(digits: str) -> str:
    """A valid EAN-8 is an EAN-8; otherwise it may be a UPC-E (number system 0 or 1)."""
    if _has_valid_check(digits) or digits[0] not in "01":
        return _require_check_digit(digits)
    upca = expand_upce(digits)
    if not _has_valid_check(upca):
        _require_check_digit(digits)  # report it against the EAN-8 reading
    return "0" + upca


def _digits_of(code: str) -> str:
    digits = _clean(code)
    if not digits:
        raise InvalidBarcode(translate("Errors", "Barcode is empty"))
    if not digits.isascii() or not digits.isdigit():
        raise InvalidBarcode(translate("Errors", "Barcode {0} is not a number")
                             .format(code.strip()))
    if len(digits) not in GS1_LENGTHS:
        raise InvalidBarcode(
            translate("Errors", "Barcode {0} has {1} digits; expected 8, 12 or 13")
                .format(digits, len(digits))
        )
    return digits


def _has_valid_check(digits: str) -> bool:
    return ean_check_digit(digits[:-1]) == digits[-1]


def _require_check_digit(digits: str) -> str:
    expected = ean_check_digit(digits[:-1])
    if digits[-1] != expected:
        raise InvalidBarcode(translate("Errors", "Barcode {0} has a wrong check digit (expected "
                                                 "{1})").format(digits, expected))
    return digits


def expand_upce(code8: str) -> str:
    """Expand an 8-digit UPC-E (number system, 6 digits, check digit) to its 12-digit UPC-A."""
    code8 = _clean(code8)
    if len(code8) != 8 or not code8.isascii() or not code8.isdigit() or code8[0] not in "01":
        raise InvalidBarcode(translate("Errors", "Barcode {0} is not a UPC-E code").format(code8))
    system, d, check = code8[0], code8[1:7], code8[7]
    last = d[5]
    if last in "012":
        middle = d[0:2] + last + "0000" + d[2:5]
    elif last == "3":
        middle = d[0:3] + "00000" + d[3:5]
    elif last == "4":
        middle = d[0:4] + "00000" + d[4]
    else:
        middle = d[0:5] + "0000" + last
    return system + middle + check


# --- nomenclature ------------------------------------------------------------------------

_PATTERN = re.compile(r"([0-9.]*)(?:\{(N*)(D*)\})?([0-9.]*)")
RULE_LENGTHS = (7, 12)  # codes of 8 and 13 digits, without their check digit


@dataclass(frozen=True)
class BarcodeRule:
    """One nomenclature rule, e.g. BarcodeRule("Weighed goods", "21.....{NNDDD}", "weight").

    Pattern: literal digits, '.' for any digit, and one {N..D..} value part (N integer
    digits, D decimals). It covers the code without its check digit.
    """

    name: str
    pattern: str
    kind: Literal["product", "weight", "price"]

    def validate(self) -> None:
        _compile(self.pattern, self.kind, self.name)

    def match(self, code: str) -> _Match | None:
        """The value part of a normalized code, or None if this rule does not fit it."""
        return _compile(self.pattern, self.kind, self.name).match(code)


@dataclass(frozen=True)
class _Match:
    lookup_code: str
    value: Decimal | None


@dataclass(frozen=True)
class _CompiledRule:
    template: str  # the pattern with N and D in place of the braces
    integers: int
    decimals: int

    def match(self, code: str) -> _Match | None:
        body = code[:-1]
        if len(body) != len(self.template):
            return None
        if any(p.isdigit() and p != c for p, c in zip(self.template, body)):
            return None
        if not self.integers + self.decimals:
            return _Match(code, None)
        return _Match(self._zeroed(body), self._value(body))

    def _value_slice(self) -> slice:
        start = self.template.index("N" if self.integers else "D")
        return slice(start, start + self.integers + self.decimals)

    def _value(self, body: str) -> Decimal:
        return Decimal(body[self._value_slice()]).scaleb(-self.decimals)

    def _zeroed(self, body: str) -> str:
        part = self._value_slice()
        zeroed = body[: part.start] + "0" * (part.stop - part.start) + body[part.stop :]
        return zeroed + ean_check_digit(zeroed)


@lru_cache(maxsize=256)
def _compile(pattern: str, kind: str, name: str) -> _CompiledRule:
    found = _PATTERN.fullmatch(pattern)
    if found is None:
        raise InvalidRule(_pattern_problem(pattern, name))
    head, integers, decimals, tail = (group or "" for group in found.groups())
    rule = _CompiledRule(head + "N" * len(integers) + "D" * len(decimals) + tail,
                         len(integers), len(decimals))
    if len(rule.template) not in RULE_LENGTHS:
        raise InvalidRule(
            translate("Errors", "Barcode rule {0}: pattern {1} covers {2} digits; expected 7 "
                                "(EAN-8) or 12 (EAN-13), without the check digit")
                .format(repr(name), pattern, len(rule.template))
        )
    _check_kind(rule, kind, name, has_braces="{" in pattern)
    return rule


def _check_kind(rule: _CompiledRule, kind: str, name: str, has_braces: bool) -> None:
    if kind not in RULE_KINDS:
        raise InvalidRule(translate("Errors", "Barcode rule {0}: type {1} must be product, weight "
                                              "or price").format(repr(name), repr(kind)))
    if kind == "product" and has_braces:
        raise InvalidRule(translate("Errors", "Barcode rule {0}: a product rule cannot carry a "
                                              "{{...}} value").format(repr(name)))
    if kind != "product" and rule.integers + rule.decimals == 0:
        raise InvalidRule(translate("Errors", "Barcode rule {0}: a {1} rule needs a value part "
                                              "like {{NNDDD}}").format(repr(name), kind))


def _pattern_problem(pattern: str, name: str) -> str:
    prefix = f"Barcode rule {name!r}: pattern {pattern!r}"
    if pattern.count("{") > 1:
        return f"{prefix} has more than one {{...}} value part"
    if pattern.count("{") != pattern.count("}") or pattern.find("{") > pattern.find("}"):
        return f"{prefix} has unbalanced braces"
    if re.search(r"\{[ND]*DN[ND]*\}", pattern):
        return f"{prefix}: in the value part, N (integer) digits must come before D (decimals)"
    return f"{prefix} may only contain digits, '.', and one value part like {{NNDDD}}"


@dataclass(frozen=True)
class ScannedCode:
    """What a scan means: which code to look up, and the weight or price it carries."""

    kind: str
    lookup_code: str
    value: Decimal | None
    rule: str | None


DEFAULT_RULES: tuple[BarcodeRule, ...] = (
    BarcodeRule("Weighed goods (kg)", "21.....{NNDDD}", "weight"),
    BarcodeRule("Price-embedded goods", "23.....{NNNNN}", "price"),
)


def parse_scan(raw: str, rules: list[BarcodeRule] | tuple[BarcodeRule, ...]) -> ScannedCode:
    """Interpret a scanned string with the nomenclature; the first matching rule wins.

    Strings that are not EAN/UPC shaped (e.g. 'SKU-001') are plain product codes, as is.
    """
    if not raw.strip():
        raise InvalidBarcode(translate("Errors", "Barcode is empty"))
    if not is_gs1_length(raw):
        return ScannedCode("product", raw.strip(), None, None)
    code = validate(raw)
    for rule in rules:
        found = rule.match(code)
        if found is not None:
            return ScannedCode(rule.kind, found.lookup_code, found.value, rule.name)
    return ScannedCode("product", code, None, None)


def make_weight_barcode(item_code5: str, weight: Decimal, prefix: str = "21") -> str:
    """An EAN-13 for a weighed item as a scale prints it: prefix, item, grams (NNDDD)."""
    grams = (Decimal(weight) * 1000).to_integral_value(rounding=ROUND_HALF_UP)
    return _embedded_code(prefix, item_code5, int(grams), f"weight {weight} kg")


def make_price_barcode(item_code5: str, price: Decimal | int, prefix: str = "23") -> str:
    """An EAN-13 with a whole price in major units (NNNNN), as used for VND."""
    if Decimal(price) != Decimal(price).to_integral_value():
        raise InvalidBarcode(translate("Errors", "Price {0} must be whole to fit in a price "
                                                 "barcode").format(price))
    return _embedded_code(prefix, item_code5, int(price), f"price {price}")


def _embedded_code(prefix: str, item_code5: str, value: int, what: str) -> str:
    if len(prefix) != 2 or not prefix.isdigit() or len(item_code5) != 5 or not item_code5.isdigit():
        raise InvalidBarcode(translate("Errors", "Item code must be 5 digits and the prefix 2 "
                                                 "digits"))
    if not 0 <= value <= 99_999:
        raise InvalidBarcode(translate("Errors", "The {0} does not fit in a 5-digit barcode value")
                                 .format(what))
    body = f"{prefix}{item_code5}{value:05d}"
    return body + ean_check_digit(body)
