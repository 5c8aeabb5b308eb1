"""VietQR: the EMVCo merchant-presented QR that Vietnamese banking apps scan to pay by transfer.

Layout (NAPAS IBFT "to account"): each field is ID (2 digits) + length (2 digits) + value.
"""

from __future__ import annotations

import re

from pos.domain.errors import DomainError, translate
from pos.domain.text import to_ascii

NAPAS_GUID = "A000000727"
TRANSFER_TO_ACCOUNT = "QRIBFTTA"
STATIC, DYNAMIC = "11", "12"
MESSAGE_MAX = 25
AMOUNT_MAX_DIGITS = 13
_ACCOUNT = re.compile(r"[A-Za-z0-9]{1,19}")


def crc16_ccitt(data: bytes) -> int:
    """CRC-16/CCITT-FALSE: polynomial 0x1021, start 0xFFFF, no reflection, no final xor."""
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return crc


def tlv(tag: str, value: str) -> str:
    if len(value) > 99:
        raise DomainError(translate("Errors", "QR field {0} is too long ({1} characters, at most "
                                              "99)").format(tag, len(value)))
    return f"{tag}{len(value):02d}{value}"


def build_vietqr(
    bank_bin: str,
    account: str,
    amount: int,
    message: str = "",
    currency_numeric: str = "704",
    country: str = "VN",
) -> str:
    """The QR text for a transfer of amount (whole VND) to account at the bank with bank_bin."""
    _check_transfer(bank_bin, account, amount, currency_numeric, country)
    fields = [
        tlv("00", "01"),
        tlv("01", DYNAMIC if amount else STATIC),
        tlv("38", _merchant_account(bank_bin, account)),
        tlv("53", currency_numeric),
        tlv("54", str(amount)) if amount else "",
        tlv("58", country),
        _additional_data(message),
    ]
    return with_crc("".join(fields))


def _merchant_account(bank_bin: str, account: str) -> str:
    beneficiary = tlv("00", bank_bin) + tlv("01", account)
    return tlv("00", NAPAS_GUID) + tlv("01", beneficiary) + tlv("02", TRANSFER_TO_ACCOUNT)


def _additional_data(message: str) -> str:
    """Field 62 with the transfer message (sub-field 08); banks accept ASCII only."""
    text = transfer_message(message)
    return tlv("62", tlv("08", text)) if text else ""


def transfer_message(message: str) -> str:
    """The message as it will appear in the QR: ASCII, accents folded, at most 25 characters."""
    return to_ascii(message)[:MESSAGE_MAX].rstrip()


def transfer_content(terminal_id: str, receipt_no: int) -> str:
    """What the customer's bank transfer says, to match it to the sale on the bank statement:
    the till and the receipt number with no separator (T1 + 123 -> 'T1000123')."""
    return "".join(c for c in transfer_message(f"{terminal_id}{receipt_no:06d}") if c.isalnum())


def with_crc(body: str) -> str:
    """Append field 63; its CRC covers everything before it including '6304'."""
    head = body + "6304"
    return head + f"{crc16_ccitt(head.encode('ascii')):04X}"


def _check_transfer(
    bank_bin: str, account: str, amount: int, currency_numeric: str, country: str
) -> None:
    if not (len(bank_bin) == 6 and bank_bin.isascii() and bank_bin.isdigit()):
        raise DomainError(translate("Errors", "Bank BIN {0} must be 6 digits (e.g. 970436)")
                              .format(repr(bank_bin)))
    if not _ACCOUNT.fullmatch(account):
        raise DomainError(translate("Errors", "Account number {0} must be 1 to 19 letters or "
                                              "digits").format(repr(account)))
    if isinstance(amount, bool) or not isinstance(amount, int) or amount < 0:
        raise DomainError(translate("Errors", "Transfer amount {0} must be a whole number, 0 or "
                                              "more").format(repr(amount)))
    if len(str(amount)) > AMOUNT_MAX_DIGITS:
        raise DomainError(translate("Errors", "Transfer amount {0} is too large for a QR code")
                              .format(amount))
    if not (len(currency_numeric) == 3 and currency_numeric.isdigit()):
        raise DomainError(translate("Errors", "Currency code {0} must be 3 digits (704 for VND)")
                              .format(repr(currency_numeric)))
    if not (len(country) == 2 and country.isascii() and country.isalpha()):
        raise DomainError(translate("Errors", "Country code {0} must be 2 letters (VN)")
                              .format(repr(country)))


def parse_emv(payload: str) -> dict[str, str]:
    """The top-level fields of an EMV QR text, by ID. Parse a value again for sub-fields."""
    fields: dict[str, str] = {}
    pos = 0
    while pos < len(payload):
        tag, size = payload[pos : pos + 2], payload[pos + 2 : pos + 4]
        if len(size) < 2 or not size.isdigit() or pos + 4 + int(size) > len(payload):
            raise DomainError(translate("Errors", "QR text is malformed at position {0}")
                                  .format(pos))
        fields[tag] = payload[pos + 4 : pos + 4 + int(size)]
        pos += 4 + int(size)
    return fields


def check_crc(payload: str) -> bool:
    """True if the payload ends with a '6304' CRC field that matches its content."""
    if len(payload) < 8 or payload[-8:-4] != "6304":
        return False
    try:
        expected = crc16_ccitt(payload[:-4].encode("ascii"))
    except UnicodeEncodeError:
        return False
    return payload[-4:].upper() == f"{expected:04X}"
