import pytest
from hypothesis import given, strategies as st

from pos.domain.phone import InvalidPhone, looks_like_phone, normalize_phone


@pytest.mark.parametrize("raw", ["0912 345 678", "+84912345678", "84912345678", "0912.345.678",
                                 "(+84) 912-345-678", "0084912345678", "912345678"])
def test_the_same_vietnamese_mobile_in_every_spelling(raw):
    assert normalize_phone(raw) == "+84912345678"


def test_landline_with_ten_national_digits():
    assert normalize_phone("028 3822 1234") == "+842838221234"


def test_foreign_numbers_keep_their_country_code():
    assert normalize_phone("+33 6 12 34 56 78") == "+33612345678"


@pytest.mark.parametrize("raw", ["", "abc", "0912", "09123456789012", "+84 0912 345 678"])
def test_bad_numbers_say_what_is_wrong(raw):
    with pytest.raises(InvalidPhone):
        normalize_phone(raw)


@given(st.integers(100_000_000, 999_999_999))
def test_local_and_international_forms_agree(n):
    if str(n).startswith("0"):
        return
    assert normalize_phone(f"0{n}") == normalize_phone(f"+84{n}") == normalize_phone(f"84{n}")


def test_looks_like_phone():
    assert looks_like_phone("0912 345 678") and not looks_like_phone("Nguyễn")


def test_display_in_the_local_way():
    from pos.domain.phone import display_phone
    assert display_phone("+84912345678") == "0912 345 678"
    assert display_phone("+33612345678") == "+33612345678"
    assert display_phone(None) == ""
