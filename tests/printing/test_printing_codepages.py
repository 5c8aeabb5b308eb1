"""CP1258 text for printers: base letter plus combining tone mark."""

from __future__ import annotations

import unicodedata

import pytest

from pos.printing.codepages import encode_cp1258, encode_text, known_slot

VOWELS = "aăâeêioôơuưy"
TONES = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
ALL_LETTERS = [unicodedata.normalize("NFC", v + t) for v in VOWELS + VOWELS.upper() for t in TONES] + ["đ", "Đ"]


@pytest.mark.parametrize("letter", ALL_LETTERS)
def test_every_vietnamese_letter_round_trips(letter):
    encoded = encode_cp1258(letter)
    assert b"?" not in encoded
    assert unicodedata.normalize("NFC", encoded.decode("cp1258")) == letter


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ữ", b"\xfd\xde"),  # ư + combining tilde: CP1258 has no precomposed ữ
        ("ấ", b"\xe2\xec"),  # â + combining acute
        ("ặ", b"\xe3\xf2"),  # ă + combining dot below
        ("à", b"\xe0"),  # precomposed where the page has it
        ("đ", b"\xf0"),
        ("₫", b"\xfe"),
        ("25.000\xa0₫", b"25.000\xa0\xfe"),
    ],
)
def test_bytes(text, expected):
    assert encode_cp1258(text) == expected


def test_decomposed_input_gives_the_same_bytes():
    name = "Bánh mì đặc biệt"
    assert encode_cp1258(unicodedata.normalize("NFD", name)) == encode_cp1258(name)


def test_characters_outside_the_page_become_question_marks():
    assert encode_cp1258("Trà 🍵 茶") == b"Tr\xe0 ? ?"


def test_other_code_pages_use_python_codecs():
    assert encode_text("Café 5€", "cp858") == "Café 5€".encode("cp858")
    assert encode_text("phở", "cp437") == b"ph?"


def test_slots():
    assert known_slot("CP1258") == 52
    with pytest.raises(ValueError, match="codepage_slot"):
        known_slot("tcvn3")
