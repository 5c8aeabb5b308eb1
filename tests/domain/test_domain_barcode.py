from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos.domain.barcode import (
    DEFAULT_RULES,
    BarcodeRule,
    ScannedCode,
    ean_check_digit,
    expand_upce,
    is_gs1_length,
    make_price_barcode,
    make_weight_barcode,
    parse_scan,
    validate,
)
from pos.domain.errors import InvalidBarcode, InvalidRule

D = Decimal
digit_strings = st.text(alphabet="0123456789", min_size=1, max_size=17)


# --- check digits ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "body, check",
    [
        ("590123412345", "7"),
        ("400638133393", "1"),
        ("978020137962", "4"),  # ISBN-13
        ("9638507", "4"),  # EAN-8
        ("03600029145", "2"),  # UPC-A
        ("0000000", "0"),
    ],
)
def test_ean_check_digit(body, check):
    assert ean_check_digit(body) == check


def test_ean_check_digit_rejects_letters():
    with pytest.raises(InvalidBarcode, match="not a number"):
        ean_check_digit("12a4")


@given(digit_strings)
def test_every_single_digit_error_is_caught(body):
    code = body + ean_check_digit(body)
    for i in range(len(code)):
        for d in "0123456789":
            if d != code[i]:
                wrong = code[:i] + d + code[i + 1 :]
                assert ean_check_digit(wrong[:-1]) != wrong[-1]


# --- validation and normalization ------------------------------------------------------


@pytest.mark.parametrize(
    "raw, canonical",
    [
        ("5901234123457", "5901234123457"),  # EAN-13
        (" 590 1234 12345 7 ", "5901234123457"),  # spaces are ignored
        ("96385074", "96385074"),  # EAN-8
        ("036000291452", "0036000291452"),  # UPC-A -> EAN-13 form
        ("04252614", "0042100005264"),  # UPC-E -> UPC-A -> EAN-13 form
        ("01234565", "01234565"),  # valid as EAN-8 and as UPC-E: EAN-8 wins
    ],
)
def test_validate_normalizes(raw, canonical):
    assert validate(raw) == canonical


@pytest.mark.parametrize(
    "raw, message",
    [
        ("5901234123458", "Barcode 5901234123458 has a wrong check digit \\(expected 7\\)"),
        ("96385075", "Barcode 96385075 has a wrong check digit \\(expected 4\\)"),
        ("036000291453", "Barcode 036000291453 has a wrong check digit \\(expected 2\\)"),
        ("04252615", "Barcode 04252615 has a wrong check digit"),
        ("12ab", "Barcode 12ab is not a number"),
        ("12345", "Barcode 12345 has 5 digits; expected 8, 12 or 13"),
        ("12345678901234", "has 14 digits"),
        ("", "Barcode is empty"),
        ("   ", "Barcode is empty"),
        ("٥٩٠١٢٣٤١٢٣٤٥٧", "not a number"),  # Arabic-Indic digits are not scanner digits
    ],
)
def test_validate_rejects(raw, message):
    with pytest.raises(InvalidBarcode, match=message):
        validate(raw)


@given(st.text(alphabet="0123456789", min_size=12, max_size=12))
def test_valid_ean13_round_trips(body):
    code = body + ean_check_digit(body)
    assert validate(code) == code


@given(st.text(alphabet="0123456789", min_size=11, max_size=11))
def test_upca_becomes_the_same_ean13(body):
    upca = body + ean_check_digit(body)
    assert validate(upca) == "0" + upca
    assert validate("0" + upca) == "0" + upca


@pytest.mark.parametrize(
    "upce, upca",
    [
        ("04252614", "042100005264"),  # last digit 1: mfr d1 d2 d6 00, item 00 d3 d4 d5
        ("01234505", "012000003455"),  # last digit 0
        ("01234525", "012200003455"),  # last digit 2
        ("01234535", "012300000455"),  # last digit 3: mfr d1 d2 d3 00, item 000 d4 d5
        ("01234545", "012340000055"),  # last digit 4: mfr d1..d4 0, item 0000 d5
        ("01234565", "012345000065"),  # last digit 5-9: mfr d1..d5, item 0000 d6
        ("11234595", "112345000095"),  # number system 1
    ],
)
def test_expand_upce(upce, upca):
    assert expand_upce(upce) == upca


@pytest.mark.parametrize("bad", ["2123456", "21234567", "0123456a", "012345678"])
def test_expand_upce_rejects_non_upce(bad):
    with pytest.raises(InvalidBarcode):
        expand_upce(bad)


@given(st.sampled_from("01"), st.text(alphabet="0123456789", min_size=6, max_size=6))
def test_valid_upce_expands_to_a_valid_code(system, middle):
    upca_body = expand_upce(system + middle + "0")[:-1]
    upce = system + middle + ean_check_digit(upca_body)
    canonical = validate(upce)
    if canonical != upce:  # not also a valid EAN-8
        assert canonical == "0" + upca_body + ean_check_digit(upca_body)


@pytest.mark.parametrize(
    "code, expected",
    [("5901234123457", True), ("96385074", True), ("036000291452", True), (" 9638 5074 ", True),
     ("12345", False), ("SKU-001", False), ("", False), ("12345678901234", False)],
)
def test_is_gs1_length(code, expected):
    assert is_gs1_length(code) is expected


# --- nomenclature rules ----------------------------------------------------------------


@pytest.mark.parametrize(
    "pattern, kind",
    [("21.....{NNDDD}", "weight"), ("23.....{NNNNN}", "price"), ("24.....{NNNDD}", "price"),
     ("20..........", "product"), ("2.....{DDDDDD}", "weight"), ("2{NNNNN}.", "price")],
)
def test_good_rules(pattern, kind):
    BarcodeRule("ok", pattern, kind).validate()


@pytest.mark.parametrize(
    "pattern, kind, message",
    [
        ("21.....{NNDDD", "weight", "unbalanced braces"),
        ("21.....NNDDD}", "weight", "unbalanced braces"),
        ("21.....}NNDD{D", "weight", "unbalanced braces"),
        ("21.....{DDNNN}", "weight", "N \\(integer\\) digits must come before D"),
        ("21..{N}..{NDD}", "weight", "more than one"),
        ("21.....{NNDDX}", "weight", "may only contain"),
        ("2A.....{NNDDD}", "weight", "may only contain"),
        ("21...{NNDDD}", "weight", "covers 10 digits"),
        ("21......{NNDDD}", "weight", "covers 13 digits"),
        ("21..........", "weight", "needs a value part"),
        ("21.....{}", "price", "needs a value part"),
        ("21.....{NNDDD}", "product", "cannot carry"),
        ("21.....{NNDDD}", "coupon", "must be product, weight or price"),
    ],
)
def test_bad_rules(pattern, kind, message):
    with pytest.raises(InvalidRule, match=message):
        BarcodeRule("Scale", pattern, kind).validate()


def test_bad_rule_message_names_the_rule():
    with pytest.raises(InvalidRule, match="'Deli scale'"):
        BarcodeRule("Deli scale", "21{", "weight").validate()


# --- scanning --------------------------------------------------------------------------


def test_scan_weight_code():
    code = make_weight_barcode("12345", D("1.250"))
    assert code == "2112345012506"
    scanned = parse_scan(code, DEFAULT_RULES)
    assert scanned == ScannedCode("weight", "2112345000008", D("1.250"), "Weighed goods (kg)")
    assert str(scanned.value) == "1.250"


def test_scan_price_code():
    code = make_price_barcode("00042", 25_000)
    scanned = parse_scan(code, DEFAULT_RULES)
    assert (scanned.kind, scanned.value, scanned.lookup_code) == ("price", D(25_000), "2300042000005")


def test_scan_ordinary_product_codes():
    assert parse_scan("5901234123457", DEFAULT_RULES) == ScannedCode("product", "5901234123457", None, None)
    assert parse_scan("036000291452\n", DEFAULT_RULES).lookup_code == "0036000291452"
    assert parse_scan("04252614", DEFAULT_RULES).lookup_code == "0042100005264"


@pytest.mark.parametrize("raw, lookup", [("SKU-001", "SKU-001"), (" ABC ", "ABC"), ("12345", "12345"), ("12ab", "12ab")])
def test_scan_non_gs1_codes_are_looked_up_as_is(raw, lookup):
    assert parse_scan(raw, DEFAULT_RULES) == ScannedCode("product", lookup, None, None)


def test_scan_checks_the_check_digit_before_rules():
    with pytest.raises(InvalidBarcode, match="wrong check digit"):
        parse_scan("2112345012507", DEFAULT_RULES)


def test_scan_empty():
    with pytest.raises(InvalidBarcode, match="empty"):
        parse_scan("  ", DEFAULT_RULES)


def test_first_matching_rule_wins():
    code = make_weight_barcode("99999", D("0.500"))
    rules = [BarcodeRule("Fixed-price item", "2199999.....", "product"), *DEFAULT_RULES]
    assert parse_scan(code, rules) == ScannedCode("product", code, None, "Fixed-price item")
    assert parse_scan(code, rules[1:]).kind == "weight"


def test_no_rules_means_plain_products():
    code = make_weight_barcode("12345", D("1.250"))
    assert parse_scan(code, []) == ScannedCode("product", code, None, None)


def test_decimal_price_rule_and_ean8_rule():
    price_rule = BarcodeRule("Price EUR", "24.....{NNNDD}", "price")
    body = "2400042" + "01234"
    code = body + ean_check_digit(body)
    assert parse_scan(code, [price_rule]).value == D("12.34")
    ean8_rule = BarcodeRule("Short weight", "2..{NDDD}", "weight")
    short = "2071500"
    scanned = parse_scan(short + ean_check_digit(short), [ean8_rule])
    assert (scanned.value, scanned.lookup_code) == (D("1.500"), "2070000" + ean_check_digit("2070000"))


def test_rule_only_matches_its_code_length():
    ean8_rule = BarcodeRule("Short weight", "2..{NDDD}", "weight")
    assert parse_scan("5901234123457", [ean8_rule]).kind == "product"


def test_invalid_rule_is_reported_at_scan():
    with pytest.raises(InvalidRule):
        parse_scan("5901234123457", [BarcodeRule("Broken", "21{", "weight")])


# --- making embedded codes -------------------------------------------------------------


@pytest.mark.parametrize(
    "args, message",
    [
        (("1234", D("1")), "5 digits"),
        (("12345", D("100")), "does not fit"),
        (("12345", D("-0.1")), "does not fit"),
    ],
)
def test_make_weight_barcode_rejects(args, message):
    with pytest.raises(InvalidBarcode, match=message):
        make_weight_barcode(*args)


def test_make_price_barcode_rejects():
    with pytest.raises(InvalidBarcode, match="whole"):
        make_price_barcode("12345", D("10.5"))
    with pytest.raises(InvalidBarcode, match="does not fit"):
        make_price_barcode("12345", 100_000)


item_codes = st.text(alphabet="0123456789", min_size=5, max_size=5)
weights = st.integers(0, 99_999).map(lambda g: D(g).scaleb(-3))


@given(item_codes, weights)
def test_weight_barcode_round_trip(item, weight):
    code = make_weight_barcode(item, weight)
    assert validate(code) == code
    scanned = parse_scan(code, DEFAULT_RULES)
    assert scanned.kind == "weight"
    assert scanned.value == weight
    assert scanned.lookup_code == make_weight_barcode(item, D(0))
    assert validate(scanned.lookup_code) == scanned.lookup_code


@given(item_codes, st.integers(0, 99_999))
def test_price_barcode_round_trip(item, price):
    scanned = parse_scan(make_price_barcode(item, price), DEFAULT_RULES)
    assert (scanned.kind, scanned.value) == ("price", D(price))
    assert scanned.lookup_code == make_price_barcode(item, 0)
