"""A bank transfer's reference on the receipt is the sale's transfer content (`T1000001`): the
same text the payment QR asked the customer's bank to write, so that the receipt and the bank
statement can be matched line by line."""
from __future__ import annotations

from pos.domain.payment import CASH, TRANSFER, Tender
from pos.domain.vietqr import build_vietqr, parse_emv, transfer_content
from pos.domain.vietqr_banks import bank_name
from pos.services.receipts import receipt_for
from pos.services.sales import complete_sale, next_transfer_content
from pos.services.settings import load_settings
from pos.services.users import login
from tests.printing.shop_sales import busy_basket


def transfer_sale(db, reference: str = ""):
    shop = load_settings(db)
    basket = busy_basket(db)
    total = basket.totals(shop.tax_inclusive).total
    return complete_sale(db, basket, [Tender(TRANSFER, total, reference)], login(db, "1111"), shop)


def references(db, receipt: str) -> list[str]:
    return [t.reference for t in receipt_for(db, receipt, load_settings(db)).receipt.tenders]


def test_the_receipt_says_what_the_qr_asked_the_bank_to_write(demo_db):
    shop = load_settings(demo_db)
    content = next_transfer_content(demo_db, shop)
    assert content == "T1000001"
    qr = build_vietqr(shop.bank_bin, shop.bank_account, 87_000, content)
    assert parse_emv(parse_emv(qr)["62"])["08"] == "T1000001"
    sale = transfer_sale(demo_db, content)
    assert references(demo_db, sale.receipt_label) == ["T1000001"]
    assert next_transfer_content(demo_db, shop) == "T1000002"  # the next sale's


def test_a_transfer_without_a_reference_gets_its_sales_content(demo_db):
    complete_sale(demo_db, busy_basket(demo_db), [Tender(CASH, 100_000)], login(demo_db, "1111"),
                  load_settings(demo_db))
    sale = transfer_sale(demo_db)
    assert sale.receipt_no == 2
    assert references(demo_db, sale.receipt_label) == ["T1000002"]


def test_transfer_content_is_letters_and_digits_only():
    assert transfer_content("T1", 123) == "T1000123"
    assert transfer_content("Quầy-2", 7) == "Quay2000007"


def test_the_payees_bank_by_its_bin():
    assert bank_name("970436") == "Vietcombank"
    assert bank_name("970418") == "BIDV"
    assert bank_name("123456") == "BIN 123456"
    assert bank_name("") == ""
