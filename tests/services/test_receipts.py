"""The receipt of a stored sale: found by label, number or UUID; amounts straight from the sale."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "printing"))
from shop_sales import busy_sale  # noqa: E402

from pos.domain.receipt import layout  # noqa: E402
from pos.services.receipts import ReceiptNotFound, receipt_for  # noqa: E402
from pos.services.settings import load_settings, save_settings  # noqa: E402


@pytest.fixture
def sale(demo_db):
    return busy_sale(demo_db)


def test_found_by_label_number_and_uuid(demo_db, sale):
    shop = load_settings(demo_db)
    for ref in ("T1-000001", "1", "000001", sale.id, sale.id.upper()):
        assert receipt_for(demo_db, ref, shop).receipt.sale_uuid == sale.id


@pytest.mark.parametrize("ref", ["T1-000002", "2", "T9-000001", "abc", "",
                                 "00000000-0000-0000-0000-000000000000"])
def test_unknown_receipt_says_what_to_check(demo_db, sale, ref):
    with pytest.raises(ReceiptNotFound, match="Check the number printed on the receipt"):
        receipt_for(demo_db, ref, load_settings(demo_db))


def test_amounts_come_from_the_stored_sale(demo_db, sale):
    receipt = receipt_for(demo_db, sale.receipt_label, load_settings(demo_db)).receipt
    assert receipt.shop.name == "Cửa hàng Demo Omnipos" and receipt.cashier == "Lan"
    assert [l.name for l in receipt.lines] == ["Cà phê sữa đá", "Bánh mì đặc biệt",
                                               "Nước suối Lavie 330ml"]
    coffee = receipt.lines[0]
    assert coffee.gross == 50_000 and [d.label for d in coffee.discounts] == [
        "Discount", "Sale discount"]
    assert coffee.discounts[0].amount == 5_000
    assert sum(l.total for l in receipt.lines) == receipt.subtotal - receipt.discount_total
    assert [b.rate_bp for b in receipt.tax_bands] == [800, 1000]
    assert sum(b.tax for b in receipt.tax_bands) == receipt.tax_total
    assert sum(b.gross for b in receipt.tax_bands) == receipt.subtotal - receipt.discount_total
    assert receipt.rounding == 200 and receipt.total == 87_000 == sale.total
    assert [(t.method, t.amount) for t in receipt.tenders] == [("card", 50_000), ("cash", 100_000)]
    assert receipt.change == 63_000 and receipt.paper_width_mm == 80
    assert receipt.qr_payload is None  # no e-receipt link set


def test_qr_link_template_gets_the_sale_uuid(demo_db, sale):
    save_settings(demo_db, receipt_qr="https://shop.example.vn/r/{uuid}")
    got = receipt_for(demo_db, "1", load_settings(demo_db)).receipt
    assert got.qr_payload == f"https://shop.example.vn/r/{sale.id}"
    save_settings(demo_db, receipt_qr="https://zalo.me/cuahangdemo", paper_width_mm=58)
    got = receipt_for(demo_db, "1", load_settings(demo_db)).receipt
    assert got.qr_payload == "https://zalo.me/cuahangdemo" and got.paper_width_mm == 58


def test_layout_is_in_the_shop_locale_and_the_callers_words(demo_db, sale):
    labels = {"total": "TỔNG CỘNG", "line_discount": "Giảm giá", "rounding": "Làm tròn"}
    printable = receipt_for(demo_db, "1", load_settings(demo_db), labels)
    rows = layout(printable.receipt, printable.money, 48, printable.labels)
    texts = [(r.text, r.amount) for r in rows]
    assert ("TỔNG CỘNG", "87.000\xa0₫") in texts
    assert ("  Giảm giá", "-5.000\xa0₫") in texts
    assert ("Làm tròn", "200\xa0₫") in texts
    assert any(r.text.startswith("Date: ") and r.text[8] == "/" for r in rows)  # dd/mm/yyyy
