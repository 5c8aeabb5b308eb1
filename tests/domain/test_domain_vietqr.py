import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos.domain.errors import DomainError
from pos.domain.vietqr import build_vietqr, check_crc, crc16_ccitt, parse_emv, transfer_message


def test_crc_check_value():
    assert crc16_ccitt(b"123456789") == 0x29B1
    assert crc16_ccitt(b"") == 0xFFFF


def test_matches_a_published_vietqr_payload():
    # From the README of github.com/subiz/vietqr (an independent implementation).
    expected = (
        "00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA"
        "530370454061200005802VN62170813ung ho lu lut6304C15C"
    )
    assert build_vietqr("970415", "0011001932418", 120_000, "ủng hộ lũ lụt") == expected


def test_fields():
    payload = build_vietqr("970436", "0123456789", 25_000, "Thanh toán HĐ 42")
    fields = parse_emv(payload)
    assert list(fields) == ["00", "01", "38", "53", "54", "58", "62", "63"]
    assert fields["00"] == "01"
    assert fields["01"] == "12"
    assert fields["53"] == "704"
    assert fields["54"] == "25000"
    assert fields["58"] == "VN"
    merchant = parse_emv(fields["38"])
    assert merchant == {"00": "A000000727", "01": "0006970436" + "01100123456789", "02": "QRIBFTTA"}
    assert parse_emv(merchant["01"]) == {"00": "970436", "01": "0123456789"}
    assert parse_emv(fields["62"]) == {"08": "Thanh toan HD 42"}
    assert check_crc(payload)


def test_zero_amount_is_a_static_qr_without_amount():
    fields = parse_emv(build_vietqr("970436", "0123456789", 0))
    assert fields["01"] == "11"
    assert "54" not in fields
    assert "62" not in fields


def test_message_is_ascii_and_at_most_25_characters():
    assert transfer_message("Đơn hàng số 123456 của khách Nguyễn") == "Don hang so 123456 cua kh"
    assert transfer_message("😀😀") == ""
    assert transfer_message("abcdefghijklmnopqrstuvwx yz") == "abcdefghijklmnopqrstuvwx"


def test_crc_detects_changes():
    payload = build_vietqr("970436", "0123456789", 25_000, "HD 42")
    assert check_crc(payload)
    assert check_crc(payload[:-4] + payload[-4:].lower())
    assert not check_crc(payload.replace("25000", "95000"))
    assert not check_crc(payload[:-1])
    assert not check_crc("")
    assert not check_crc(payload[:-4] + "ĐĐĐĐ")


@pytest.mark.parametrize(
    "kwargs, message",
    [
        (dict(bank_bin="97043", account="1", amount=1), "BIN"),
        (dict(bank_bin="97043a", account="1", amount=1), "BIN"),
        (dict(bank_bin="970436", account="", amount=1), "Account number"),
        (dict(bank_bin="970436", account="12345678901234567890", amount=1), "Account number"),
        (dict(bank_bin="970436", account="0123-456", amount=1), "Account number"),
        (dict(bank_bin="970436", account="1", amount=-5), "amount"),
        (dict(bank_bin="970436", account="1", amount=10**13), "too large"),
        (dict(bank_bin="970436", account="1", amount=1, currency_numeric="VND"), "Currency"),
        (dict(bank_bin="970436", account="1", amount=1, country="VNM"), "Country"),
    ],
)
def test_bad_inputs(kwargs, message):
    with pytest.raises(DomainError, match=message):
        build_vietqr(**kwargs)


@pytest.mark.parametrize("bad", ["0002", "00020", "0005ab", "00x201"])
def test_parse_emv_rejects_malformed(bad):
    with pytest.raises(DomainError, match="malformed"):
        parse_emv(bad)


@given(
    st.text(alphabet="0123456789", min_size=6, max_size=6),
    st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", min_size=1, max_size=19),
    st.integers(0, 10**12),
    st.text(max_size=40),
)
def test_round_trip(bank_bin, account, amount, message):
    payload = build_vietqr(bank_bin, account, amount, message)
    assert payload.isascii()
    assert check_crc(payload)
    fields = parse_emv(payload)
    beneficiary = parse_emv(parse_emv(fields["38"])["01"])
    assert beneficiary == {"00": bank_bin, "01": account}
    assert fields.get("54", "0") == str(amount)
    assert parse_emv(fields.get("62", "")).get("08", "") == transfer_message(message)
