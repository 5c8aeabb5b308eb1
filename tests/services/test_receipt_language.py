"""Receipts, return receipts and shift reports are printed in the shop's language, with money
and dates in the shop's locale (`1.234.500 ₫`, `22/11/2026 14:05`)."""
from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "printing"))
from receipt_sample import sample_receipt  # noqa: E402
from shop_sales import busy_sale  # noqa: E402

from pos.domain.receipt import layout  # noqa: E402
from pos.format import format_money  # noqa: E402
from pos.services import returns, shifts  # noqa: E402
from pos.services.return_receipts import return_receipt  # noqa: E402
from pos.services.receipts import (receipt_for, receipt_labels, shop_language,  # noqa: E402
                                   shop_money)
from pos.services.settings import load_settings, save_settings  # noqa: E402
from pos.services.shift_printout import report_text  # noqa: E402
from pos.services.users import login  # noqa: E402


def rows_of(printable) -> list[tuple[str, str]]:
    return [(r.text, r.amount) for r in layout(printable.receipt, printable.money, 48,
                                                printable.labels)]


def test_receipt_rows_in_vietnamese(demo_db):
    busy_sale(demo_db)
    save_settings(demo_db, language="vi")
    rows = rows_of(receipt_for(demo_db, "1", load_settings(demo_db)))
    texts = [text for text, _ in rows]
    assert "Số HĐ: T1-000001" in texts and "Thu ngân: Lan" in texts
    assert ("TỔNG CỘNG", "87.000\xa0₫") in rows
    assert ("Tiền mặt", "100.000\xa0₫") in rows and ("Thẻ", "50.000\xa0₫") in rows
    assert ("Tiền thối", "63.000\xa0₫") in rows and ("Tạm tính", "93.000\xa0₫") in rows
    assert ("  Giảm giá", "-5.000\xa0₫") in rows and ("Làm tròn tiền mặt", "200\xa0₫") in rows
    assert "VAT 8% trên 63.930\xa0₫" in texts and "Giá đã gồm VAT" in texts
    assert not {"TOTAL", "Cash", "Change", "Subtotal"} & set(texts)


def test_receipt_in_english_when_the_shop_says_so(demo_db):
    busy_sale(demo_db)
    save_settings(demo_db, language="en")
    rows = rows_of(receipt_for(demo_db, "1", load_settings(demo_db)))
    assert ("TOTAL", "87.000\xa0₫") in rows and ("Change", "63.000\xa0₫") in rows


def test_a_shop_in_vietnam_prints_vietnamese_whatever_the_computer(demo_db, monkeypatch):
    for var in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    save_settings(demo_db, language="")  # no setting: the demo shop counts in dong
    for computer in ("C.UTF-8", "en_GB.UTF-8", "vi_VN.UTF-8"):
        monkeypatch.setenv("LANG", computer)
        assert shop_language(load_settings(demo_db)) == "vi"
    busy_sale(demo_db)
    texts = [text for text, _ in rows_of(receipt_for(demo_db, "1", load_settings(demo_db)))]
    assert "Số HĐ: T1-000001" in texts
    save_settings(demo_db, language="en")
    assert shop_language(load_settings(demo_db)) == "en"  # the shop's setting comes first


def test_a_shop_elsewhere_with_no_language_set_follows_the_computer(demo_db, monkeypatch):
    for var in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    save_settings(demo_db, language="", currency="USD", locale="en_US", demo=False)
    monkeypatch.setenv("LANG", "vi_VN.UTF-8")
    assert shop_language(load_settings(demo_db)) == "vi"
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert shop_language(load_settings(demo_db)) == "en"


@pytest.mark.parametrize("locale, money, date", [
    ("vi_VN", "1.234.500\xa0₫", "22/11/2026 14:05"),
    ("en_US", "₫1,234,500", "2026-11-22 14:05"),
])
def test_money_and_dates_follow_the_locale(demo_db, locale, money, date):
    assert format_money(1_234_500, "VND", locale) == money
    save_settings(demo_db, language="vi", locale=locale)
    labels = receipt_labels(load_settings(demo_db))
    receipt = sample_receipt(80, created_at=datetime(2026, 11, 22, 14, 5))
    texts = [r.text for r in layout(receipt, lambda m: format_money(m, "VND", locale), 48,
                                    labels)]
    assert f"Ngày: {date}" in texts


def test_shift_report_in_vietnamese(demo_db):
    busy_sale(demo_db)
    save_settings(demo_db, language="vi")
    settings = load_settings(demo_db)
    text = report_text(shifts.x_report(demo_db, settings), settings, shop_money(settings))
    assert "BÁO CÁO X · ca 1 (đang mở)" in text
    assert "Tổng doanh thu" in text and "Tiền đầu ca" in text and "87.000\xa0₫" in text
    assert "REPORT" not in text and "Sales total" not in text


def test_return_receipt_in_vietnamese(demo_db):
    sale = busy_sale(demo_db)
    save_settings(demo_db, language="vi")
    settings = load_settings(demo_db)
    items = (returns.ReturnItem(1, 1), returns.ReturnItem(3, 1, restock=False))
    done = returns.complete_return(demo_db, returns.ReturnRequest(sale.id, items, "cash"),
                                   login(demo_db, "9999"), settings)
    rows = rows_of(return_receipt(demo_db, done.id, settings))
    texts = [text for text, _ in rows]
    assert any(t.startswith("Phiếu trả: ") for t in texts)
    assert "Hóa đơn gốc: T1-000001" in texts
    assert texts[texts.index("Nước suối Lavie 330ml") + 2] == "  Hàng hỏng, không nhập lại kho"
    assert "PHIẾU TRẢ HÀNG" in texts
    assert any(t == "HOÀN TIỀN" for t in texts) and any(t == "Tiền mặt" for t in texts)
