"""The receipt layout shared by the raster and text renderers (pure domain code)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from receipt_sample import ITEM_NAMES, sample_receipt, vnd

from pos.domain.receipt import (
    COLUMNS_BY_PAPER,
    ReceiptLine,
    RowKind,
    layout,
    plain_money,
    wrap,
)
from pos.printing.escpos_out import text_line


def lines_of(receipt, labels=None) -> list[str]:
    columns = COLUMNS_BY_PAPER[receipt.paper_width_mm]
    return [text_line(row, columns) for row in layout(receipt, vnd, columns, labels)
            if row.kind in (RowKind.TEXT, RowKind.PAIR, RowKind.SEPARATOR)]


@pytest.mark.parametrize("paper, columns", [(58, 32), (80, 48)])
def test_every_row_fits_the_paper(paper, columns):
    for row in layout(sample_receipt(paper), vnd, columns):
        assert len(row.text) + (len(row.amount) + 1 if row.amount else 0) <= columns, row


@pytest.mark.parametrize("paper", [58, 80])
def test_amounts_are_right_aligned(paper):
    columns = COLUMNS_BY_PAPER[paper]
    pairs = [row for row in layout(sample_receipt(paper), vnd, columns) if row.kind is RowKind.PAIR]
    assert pairs
    for row in pairs:
        line = text_line(row, columns)
        assert len(line) == columns and line.endswith(row.amount)


@pytest.mark.parametrize("paper", [58, 80])
def test_totals_and_sections_are_present(paper):
    lines = lines_of(sample_receipt(paper))
    joined = "\n".join(lines)
    for name in ITEM_NAMES:
        assert name in lines
    for label, amount in [("Subtotal", "115.300"), ("Discounts", "-5.000"), ("Giảm giá 10%", "-5.000"),
                          ("VAT 8% on 74.074\xa0₫", "5.926"), ("VAT 10% on 27.545\xa0₫", "2.755"),
                          ("Total VAT", "8.681"), ("Cash rounding", "200"), ("TOTAL", "110.500"),
                          ("Card", "50.000"), ("Cash", "100.000"), ("Change", "39.500")]:
        assert any(line.strip().startswith(label) and line.endswith(f" {amount}\xa0₫") for line in lines), label
    assert "Receipt: T01-000123" in joined and "Customer: Nguyễn Văn Đức" in joined
    assert "Ref: VISA ****4242" in joined and "Prices include VAT" in joined


def test_long_vietnamese_names_wrap_at_spaces():
    name = "Bánh mì thịt nguội chả lụa pa tê trứng ốp la đặc biệt cỡ lớn"
    line = ReceiptLine(name, Decimal(1), "piece", 45000, 45000, (), 45000, 800)
    rows = layout(sample_receipt(58, lines=(line,)), vnd, 32)
    start = next(i for i, row in enumerate(rows) if row.text.startswith("Bánh"))
    wrapped = [row.text for row in rows[start:start + 3]]
    assert all(len(text) <= 32 for text in wrapped) and len(wrapped[0]) > 20
    assert " ".join(wrapped[:2]) == name
    assert rows[start + 2].kind is RowKind.PAIR and rows[start + 2].amount == "45.000\xa0₫"


def test_wrap_counts_a_decomposed_letter_as_one_column():
    import unicodedata

    text = unicodedata.normalize("NFD", "sữa đá " * 6)
    assert all(len(line) <= 14 for line in wrap(text, 14))
    assert wrap("sữa", 10) == ["sữa"]


def test_a_long_discount_label_puts_its_amount_on_the_next_line():
    rows = layout(sample_receipt(58), plain_money("VND"), 32,
                  {"rounding": "Làm tròn tiền mặt theo quy định của cửa hàng"})
    start = next(i for i, row in enumerate(rows) if row.text.startswith("Làm tròn"))
    assert rows[start].kind is RowKind.TEXT
    assert rows[start + 1].kind is RowKind.PAIR and rows[start + 1].amount == "200 VND"


def test_weighed_items_show_kilograms_with_the_shop_decimal_point():
    line = ReceiptLine("Táo Envy", Decimal("0.512"), "kg", 60000, 30720, (), 30720, 500)
    rows = layout(sample_receipt(80, lines=(line,)), vnd, 48, {"decimal_point": ","})
    assert any(row.text == "  0,512 kg x 60.000\xa0₫" and row.amount == "30.720\xa0₫" for row in rows)


def test_translated_labels_replace_the_english_ones():
    labels = {"total": "TỔNG CỘNG", "change": "Tiền thối", "tax_band": "Thuế GTGT {rate}%", "tender_cash": "Tiền mặt"}
    lines = lines_of(sample_receipt(80), labels)
    assert any(line.startswith("TỔNG CỘNG") for line in lines)
    assert any(line.startswith("Thuế GTGT 8%") for line in lines)
    assert any(line.startswith("Tiền mặt") for line in lines)
    assert not any(line.startswith("TOTAL") for line in lines)


def test_optional_rows_are_left_out():
    receipt = sample_receipt(58, rounding=0, discount_total=0, customer=None, change=0, qr_payload=None,
                             tax_inclusive=False)
    lines = lines_of(receipt)
    assert not any(line.startswith(("Cash rounding", "Discounts", "Customer", "Change", "Prices include"))
                   for line in lines)
    kinds = [row.kind for row in layout(receipt, vnd, 32)]
    assert RowKind.QR not in kinds and kinds.count(RowKind.BARCODE) == 1


def test_barcode_and_qr_close_the_receipt():
    rows = layout(sample_receipt(), vnd, 32)
    assert [row.kind for row in rows[-3:]] == [RowKind.FEED, RowKind.BARCODE, RowKind.QR]
    assert rows[-2].payload == "T01-000123"


def test_no_barcode_for_a_receipt_number_code128_cannot_carry():
    rows = layout(sample_receipt(receipt_no="HĐ-0001"), vnd, 32)
    assert RowKind.BARCODE not in [row.kind for row in rows]


def test_plain_money_fallback_knows_currency_decimals():
    assert plain_money("VND")(25000) == "25,000 VND"
    assert plain_money("EUR")(-1999) == "-19.99 EUR"
