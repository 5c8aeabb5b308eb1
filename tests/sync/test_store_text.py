"""What the store sends is made fit to show and print before the till keeps it (issue #13):
a product name carrying ESC p (the drawer kick) or a bidirectional override, a 5,000-character
title, a barcode with a control character."""
from __future__ import annotations

from pos.domain.text import LONGEST_NAME, LONGEST_SKU, store_text, unsafe_character
from sync.connectors.medusa_pull import product_record


def raw_product(title: str, sku: str = "SKU-1", barcode: str = "8936000000011",
                category: str = "Đồ uống") -> dict:
    return {"id": "prod_1", "title": title, "status": "published", "metadata": {},
            "categories": [{"name": category}],
            "variants": [{"id": "variant_1", "sku": sku, "title": "Default", "barcode": barcode,
                          "prices": [{"amount": 5000, "currency_code": "vnd"}]}]}


def test_control_and_bidi_characters_from_the_store_become_spaces():
    record = product_record(raw_product("Nước\x1bp\x00\x19 suối\u202e 500ml", "SKU\x07-1",
                                        category="Đồ\x1b uống"), "vnd")
    [variant] = record.variants
    for text in (record.title, record.category, variant.title, variant.sku):
        assert unsafe_character(text) is None, repr(text)
    assert record.title == variant.title == "Nước p suối 500ml"
    assert variant.sku == "SKU -1" and record.category == "Đồ uống"


def test_an_overlong_title_is_cut_to_what_the_catalogue_keeps():
    record = product_record(raw_product("Á" * 5000, "S" * 500), "vnd")
    [variant] = record.variants
    assert len(record.title) == len(variant.title) == LONGEST_NAME
    assert len(variant.sku) == LONGEST_SKU


def test_a_barcode_the_till_could_not_scan_is_left_out_and_spaces_are_removed():
    [bad] = product_record(raw_product("Nước", barcode="8936\x1b000000011"), "vnd").variants
    assert bad.barcodes == ()
    [spaced] = product_record(raw_product("Nước", barcode=" 8936 0000 00011 "), "vnd").variants
    assert spaced.barcodes == ("8936000000011",)


def test_store_text_keeps_ordinary_vietnamese_as_it_is():
    assert store_text("  Bánh mì  thịt  ", 200) == "Bánh mì thịt"
    assert store_text(None, 10) == ""
