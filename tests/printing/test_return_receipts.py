"""Return receipts through the print queue, against a real TCP listener (port-9100 style):
queued after the return committed, printed once with the drawer kicked for a cash refund,
kept when the printer is off and printed once on retry, reprinted by the return's number or
found from the original receipt; in English and in Vietnamese."""
from __future__ import annotations

from decimal import Decimal

import pytest
from escpos_decoder import DrawerKick, decode
from fake_printer import FakeNetworkPrinter
from printer_at import PrinterAt, drain, free_port, is_receipt

from pos.domain.basket import Basket
from pos.domain.payment import CARD, CASH, Tender
from pos.services import catalog, print_queue, returns
from pos.services.receipts import shop_money
from pos.services.return_receipts import ReturnNotFound
from pos.services.returns import ReturnItem, ReturnRequest
from pos.services.sales import complete_sale
from pos.services.settings import load_settings, save_settings
from pos.services.users import login

WATER, COFFEE = "SP0001", "CF0161"  # 6.000 ₫ (VAT 10 %) and 25.000 ₫ (VAT 8 %)
PORK = "2100005012508"  # Thịt ba chỉ, 1,250 kg: weight barcode


@pytest.fixture
def printer():
    fake = FakeNetworkPrinter()
    yield fake
    fake.close()


def sell(db, *lines, tenders=None):
    shop = load_settings(db)
    basket = Basket()
    for code, quantity in lines:
        row = basket.add(catalog.scan(db, code, shop))
        if quantity is not None:
            basket.set_quantity(row, Decimal(quantity))
    total = basket.totals(shop.tax_inclusive).total
    tenders = tenders or [Tender(CASH, total + 1_000)]  # change given back
    return complete_sale(db, basket, tenders, login(db, "1111"), shop)


def text_of(job: bytes) -> list[str]:
    return [line.rstrip() for line in decode(job).lines if line.strip()]


def test_a_cash_refund_prints_through_the_queue_with_everything_on_it(demo_db, printer):
    save_settings(demo_db, printer_uri=printer.uri, printer_mode="text", return_manager_limit=0)
    shop = load_settings(demo_db)
    sale = sell(demo_db, (WATER, "3"), (COFFEE, None))
    items = (ReturnItem(1, Decimal(2)), ReturnItem(2, Decimal(1), restock=False))
    done = returns.complete_return(demo_db, ReturnRequest(sale.id, items, "cash", "cup torn"),
                                   login(demo_db, "1111"), shop, approver=login(demo_db, "9999"))

    job_id = print_queue.queue_return_receipt(demo_db, done.id, open_drawer=done.cash_out > 0)
    outcome = print_queue.print_job(demo_db, job_id, shop)
    assert outcome.printed and outcome.drawer_opened and outcome.job.is_return
    assert outcome.job.receipt_label == "T1-R000001"
    job = printer.next_job()
    assert decode(job).of(DrawerKick) == [DrawerKick(2)]
    lines = text_of(job)
    assert "RETURN" in [line.strip() for line in lines]
    for fact in ("Return: T1-R000001", "Original receipt: T1-000001", "Cashier: Lan",
                 "Approved by: Minh"):
        assert fact in lines
    water = lines.index("Nước suối Lavie 330ml")
    assert lines[water + 1].startswith("  2 x 6.000") and lines[water + 1].endswith("12.000\xa0₫")
    assert lines[water + 2] == "  Back in stock"
    coffee = lines.index("Cà phê sữa đá")
    assert lines[coffee + 1].endswith("25.000\xa0₫")
    assert lines[coffee + 2] == "  Damaged: not back in stock"
    assert any(l.startswith("REFUND") and l.endswith("37.000\xa0₫") for l in lines)
    assert any(l.startswith("Cash") and l.endswith("37.000\xa0₫") for l in lines)
    assert "cup torn" in [line.strip() for line in lines]
    assert print_queue.job_info(demo_db, job_id).status == "printed"
    assert print_queue.print_job(demo_db, job_id, shop) is None  # a late retry: nothing
    assert drain(printer) == []


def test_in_vietnamese_with_the_refund_per_tender(demo_db, printer):
    save_settings(demo_db, printer_uri=printer.uri, printer_mode="text", language="vi",
                  return_manager_limit=-1)
    shop = load_settings(demo_db)
    sale = sell(demo_db, (COFFEE, "2"), tenders=[Tender(CARD, 20_000, "VISA 4242"),
                                                  Tender(CASH, 30_000)])
    done = returns.complete_return(demo_db, ReturnRequest(sale.id, (ReturnItem(1, Decimal(2)),),
                                                          "original"), login(demo_db, "1111"),
                                   shop)
    assert {r.method for r in done.refunds} == {CARD, CASH}
    job_id = print_queue.queue_return_receipt(demo_db, done.id, open_drawer=True)
    assert print_queue.print_job(demo_db, job_id, shop).printed
    lines = text_of(printer.next_job())
    assert "PHIẾU TRẢ HÀNG" in [line.strip() for line in lines]
    assert "Phiếu trả: T1-R000001" in lines and "Hóa đơn gốc: T1-000001" in lines
    assert "Thu ngân: Lan" in lines and "  Nhập lại kho" in lines
    assert any(l.startswith("HOÀN TIỀN") and l.endswith("50.000\xa0₫") for l in lines)
    assert any(l.startswith("Thẻ") and l.endswith("20.000\xa0₫") for l in lines)
    assert any(l.startswith("Tiền mặt") and l.endswith("30.000\xa0₫") for l in lines)
    assert not any("Return" in l or "REFUND" in l for l in lines)


def test_a_weighed_line_returned_in_part_shows_its_kilograms(demo_db, printer):
    save_settings(demo_db, printer_uri=printer.uri, printer_mode="text", return_manager_limit=-1)
    shop = load_settings(demo_db)
    sale = sell(demo_db, (PORK, None))  # 1,250 kg from the weight barcode
    done = returns.complete_return(demo_db, ReturnRequest(sale.id, (
        ReturnItem(1, Decimal("0.5")),), "cash"), login(demo_db, "1111"), shop)
    assert print_queue.print_job(demo_db, print_queue.queue_return_receipt(demo_db, done.id),
                                 shop).printed
    lines = text_of(printer.next_job())
    refund = shop_money(shop)(done.total)
    assert (sale.total - sale.rounding, done.total) == (181_250, 72_500)  # 0,500 of 1,250 kg
    assert any(l.startswith("  0,5 kg x ") and l.endswith(refund) for l in lines)
    assert any(l.startswith("REFUND") and l.endswith(refund) for l in lines)


def test_printer_off_the_return_is_kept_and_prints_once_when_back(demo_db):
    port = free_port()
    save_settings(demo_db, printer_uri=f"tcp://127.0.0.1:{port}", return_manager_limit=-1)
    shop = load_settings(demo_db)
    sale = sell(demo_db, (WATER, "2"))
    done = returns.complete_return(demo_db, ReturnRequest(sale.id, (ReturnItem(1, Decimal(1)),),
                                                          "cash"), login(demo_db, "1111"), shop)
    job_id = print_queue.queue_return_receipt(demo_db, done.id, open_drawer=True)
    failed = print_queue.print_job(demo_db, job_id, shop)
    assert not failed.printed and failed.job.receipt_label == "T1-R000001"
    assert [j.receipt_label for j in print_queue.waiting_jobs(demo_db)] == ["T1-R000001"]
    assert returns.find_original(demo_db, sale.receipt_label, shop).refunded == 6_000

    back = PrinterAt(port)
    try:
        assert print_queue.print_job(demo_db, job_id, shop).printed
        assert print_queue.print_job(demo_db, job_id, shop) is None
    finally:
        back.close()
    receipts = [job for job in drain(back) if is_receipt(job)]
    assert len(receipts) == 1 and decode(receipts[0]).of(DrawerKick) == [DrawerKick(2)]
    assert print_queue.waiting_jobs(demo_db) == []


def test_reprint_by_the_returns_number_or_from_the_original_receipt(demo_db, printer):
    save_settings(demo_db, printer_uri=printer.uri, printer_mode="text", return_manager_limit=-1)
    shop = load_settings(demo_db)
    sale = sell(demo_db, (WATER, "3"))
    lan = login(demo_db, "1111")
    for _ in range(2):
        returns.complete_return(demo_db, ReturnRequest(sale.id, (ReturnItem(1, Decimal(1)),),
                                                       "cash"), lan, shop)
    assert print_queue.related_documents(demo_db, sale.receipt_label, shop) == [
        "T1-000001", "T1-R000001", "T1-R000002"]
    assert print_queue.related_documents(demo_db, "t1-r000002", shop) == ["T1-R000002"]
    with pytest.raises(ReturnNotFound):
        print_queue.related_documents(demo_db, "T1-R000009", shop)

    copy = print_queue.queue_reprint(demo_db, "T1-R000002", shop)
    outcome = print_queue.print_job(demo_db, copy, shop)
    assert outcome.printed and not outcome.drawer_opened  # a copy never opens the drawer
    job = printer.next_job()
    assert decode(job).of(DrawerKick) == []
    assert "Return: T1-R000002" in text_of(job)
    shown = print_queue.document_for(demo_db, "T1-R000001", shop)
    assert shown.receipt.receipt_no == "T1-R000001" and shown.receipt.title == "RETURN"


ONLINE_ORDER = {  # an online order fetched from the store (sync/connectors/medusa_returns)
    "order_id": "order_01TEST", "origin": "online", "ref": "#1042", "sale_id": None,
    "created_at": "2026-11-20T08:00:00Z", "currency": "VND", "total": 25_000, "payments": [],
    "lines": [{"line_no": 1, "item_ids": ["ordli_1"], "sku": COFFEE, "name": "Cà phê",
               "quantity": "1", "total": 25_000, "tax": 1_852, "tax_rate_bp": 800}]}


def test_a_return_of_an_online_order_prints_and_reprints_by_the_order_number(demo_db, printer):
    save_settings(demo_db, printer_uri=printer.uri, printer_mode="text", return_manager_limit=-1,
                  returns_from_other_tills=True)
    shop = load_settings(demo_db)
    original = returns.remember_order(demo_db, ONLINE_ORDER, shop)
    done = returns.complete_return(demo_db, ReturnRequest(original.sale_id, (
        ReturnItem(1, Decimal(1)),), "original"), login(demo_db, "1111"), shop)
    job_id = print_queue.queue_return_receipt(demo_db, done.id)  # no local sale behind it
    assert print_queue.print_job(demo_db, job_id, shop).printed
    lines = text_of(printer.next_job())
    assert "Original receipt: #1042" in lines
    assert any(l.startswith("Online payment") and l.endswith("25.000\xa0₫") for l in lines)
    assert print_queue.related_documents(demo_db, "#1042", shop) == ["T1-R000001"]
