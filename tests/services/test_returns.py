"""Returns: partial and repeated returns never exceed what was sold, restock vs damaged,
the manager threshold, refunds per tender and shift, and one transaction for everything."""
from __future__ import annotations

import json
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from pos.db.models import JournalEntry, OutboxEvent, StockMovement
from pos.db.return_models import Refund, ReturnLine, SaleReturn
from pos.domain.basket import Basket
from pos.domain.payment import CARD, CASH, Tender
from pos.domain.refund import OverReturn
from pos.services import catalog, exchanges, returns
from pos.services.errors import NotAllowed
from pos.services.returns import ReturnItem, ReturnRequest
from pos.services.shift_reports import refunds_in_shift
from pos.services.sales import complete_sale
from pos.services.settings import load_settings, save_settings
from pos.services.users import login

WATER = "SP0001"  # Nước suối Lavie 330ml, 6.000 ₫, VAT 10 %
COFFEE = "CF0161"  # Cà phê sữa đá, 25.000 ₫, VAT 8 %


def sell(db, lines, tenders=None):
    shop = load_settings(db)
    basket = Basket()
    for sku, qty in lines:
        row = basket.add(catalog.scan(db, sku, shop))
        basket.set_quantity(row, Decimal(qty))
    total = basket.totals(shop.tax_inclusive).total
    return complete_sale(db, basket, tenders or [Tender(CASH, total + 500)],
                         login(db, "1111"), shop)


def counts(db) -> dict:
    with db.session() as s:
        return {m.__name__: s.scalar(select(func.count()).select_from(m)) for m in
                (SaleReturn, ReturnLine, Refund, StockMovement, JournalEntry, OutboxEvent)}


@pytest.fixture
def shop(demo_db):
    save_settings(demo_db, return_manager_limit=-1)  # thresholds tested on their own
    return load_settings(demo_db)


@pytest.fixture
def lan(demo_db):
    return login(demo_db, "1111")


@pytest.fixture
def minh(demo_db):
    return login(demo_db, "9999")


def test_partial_return_then_over_return_refused_and_nothing_changed(demo_db, shop, lan):
    sale = sell(demo_db, [(WATER, 3), (COFFEE, 1)])
    original = returns.find_original(demo_db, sale.receipt_label, shop)
    assert [(l.sku, l.left_milli) for l in original.lines] == [(WATER, 3000), (COFFEE, 1000)]
    done = returns.complete_return(demo_db, ReturnRequest(sale.id, (ReturnItem(1, Decimal(2)),),
                                                          "cash"), lan, shop)
    assert done.total == 12_000 and done.cash_out == 12_000 and done.label == "T1-R000001"
    before = counts(demo_db)
    with pytest.raises(OverReturn, match=r"only 1 of 3 can still be returned \(2 already"):
        returns.complete_return(demo_db, ReturnRequest(sale.id, (ReturnItem(1, Decimal(2)),)),
                                lan, shop)
    assert counts(demo_db) == before
    again = returns.find_original(demo_db, "1", shop)
    assert [l.left_milli for l in again.lines] == [1000, 1000] and again.refunded == 12_000


def test_the_same_line_twice_in_one_return_cannot_pass_the_check_twice(demo_db, shop, lan):
    sale = sell(demo_db, [(WATER, 3)])
    items = (ReturnItem(1, Decimal(2)), ReturnItem(1, Decimal(2), restock=False))
    with pytest.raises(OverReturn):
        returns.complete_return(demo_db, ReturnRequest(sale.id, items), lan, shop)


def test_restocked_items_move_stock_damaged_do_not(demo_db, shop, lan):
    sale = sell(demo_db, [(WATER, 3), (COFFEE, 2)])
    items = (ReturnItem(1, Decimal(2)), ReturnItem(2, Decimal(1), restock=False))
    done = returns.complete_return(demo_db, ReturnRequest(sale.id, items, "cash", "leaking"),
                                   lan, shop)
    with demo_db.session() as s:
        moves = s.scalars(select(StockMovement).where(StockMovement.return_id == done.id)).all()
        assert [(m.kind, m.quantity_milli, m.location) for m in moves] == [
            ("return", 2000, shop.stock_location)]
        lines = s.scalars(select(ReturnLine).order_by(ReturnLine.id)).all()
        assert [(l.sku, l.restock) for l in lines] == [(WATER, True), (COFFEE, False)]


def test_one_transaction_journal_and_outbox(demo_db, shop, lan):
    sale = sell(demo_db, [(WATER, 2)])
    done = returns.complete_return(demo_db, ReturnRequest(sale.id, (ReturnItem(1, Decimal(1)),),
                                                          "cash"), lan, shop)
    with demo_db.session() as s:
        row = s.scalar(select(OutboxEvent).where(OutboxEvent.kind == "return"))
        entry = s.scalar(select(JournalEntry).where(JournalEntry.kind == "return"))
    payload = json.loads(row.payload)
    assert row.ref == done.id and payload["sale_id"] == sale.id
    assert payload["lines"] == [{"line_no": 1, "sku": WATER, "name": "Nước suối Lavie 330ml",
                                 "quantity": "1", "unit": "piece", "tax_rate_bp": 1000,
                                 "tax": 546, "total": 6_000, "restock": True}]
    assert json.loads(entry.payload)["cashier"] == "Lan"


def test_a_failure_half_way_leaves_nothing(demo_db, shop, lan, monkeypatch):
    sale = sell(demo_db, [(WATER, 2)])
    before = counts(demo_db)

    def broken(*_args, **_kw):
        raise RuntimeError("disk full")

    monkeypatch.setattr(returns.journal, "append", broken)
    with pytest.raises(RuntimeError):
        returns.complete_return(demo_db, ReturnRequest(sale.id, (ReturnItem(1, Decimal(1)),)),
                                lan, shop)
    assert counts(demo_db) == before


def test_manager_needed_above_the_setting(demo_db, lan, minh):
    save_settings(demo_db, return_manager_limit=10_000)
    shop = load_settings(demo_db)
    sale = sell(demo_db, [(WATER, 3)])
    small = ReturnRequest(sale.id, (ReturnItem(1, Decimal(1)),), "cash")
    assert returns.complete_return(demo_db, small, lan, shop).approved_by is None
    big = ReturnRequest(sale.id, (ReturnItem(1, Decimal(2)),), "cash")
    assert returns.quote_return(demo_db, big, shop).needs_manager
    before = counts(demo_db)
    with pytest.raises(NotAllowed, match="manager"):
        returns.complete_return(demo_db, big, lan, shop)
    with pytest.raises(NotAllowed):
        returns.complete_return(demo_db, big, lan, shop, approver=lan)
    assert counts(demo_db) == before
    done = returns.complete_return(demo_db, big, lan, shop, approver=minh)
    assert done.approved_by == "Minh"
    with demo_db.session() as s:
        entry = s.scalars(select(JournalEntry).where(JournalEntry.kind == "return")
                          .order_by(JournalEntry.seq.desc())).first()
    assert json.loads(entry.payload)["approved_by"] == "Minh"


def test_refund_to_the_card_it_was_paid_with(demo_db, shop, lan):
    sale = sell(demo_db, [(COFFEE, 2)], [Tender(CARD, 30_000, "VISA 4242"),
                                          Tender(CASH, 20_000)])
    done = returns.complete_return(demo_db, ReturnRequest(sale.id, (ReturnItem(1, Decimal(2)),),
                                                          "original"), lan, shop)
    assert [(r.method, r.amount) for r in done.refunds] == [(CARD, 30_000), (CASH, 20_000)]


def test_refunds_in_shift_per_tender(demo_db, shop, lan):
    sale = sell(demo_db, [(COFFEE, 2)], [Tender(CARD, 50_000, "VISA")])
    returns.complete_return(demo_db, ReturnRequest(sale.id, (ReturnItem(1, Decimal(1)),),
                                                   "original"), lan, shop)
    returns.complete_return(demo_db, ReturnRequest(sale.id, (ReturnItem(1, Decimal(1)),),
                                                   "cash"), lan, shop)
    with demo_db.session() as s:
        shift_id = s.scalar(select(SaleReturn.shift_id))
        got = refunds_in_shift(s, shift_id)
    assert (got.count, got.total, got.by_tender) == (2, 50_000, {CARD: 25_000, CASH: 25_000})


def test_receipt_from_another_till_needs_the_setting(demo_db, shop, lan):
    sale = sell(demo_db, [(WATER, 1)])
    other = load_settings(demo_db).__class__(**{**shop.__dict__, "terminal_id": "T2"})
    with pytest.raises(NotAllowed, match="from till T1"):
        returns.find_original(demo_db, sale.receipt_label, other)
    allowed = other.__class__(**{**other.__dict__, "returns_from_other_tills": True})
    assert returns.find_original(demo_db, sale.receipt_label, allowed).origin == "other_till"


def test_exchange_is_a_return_and_a_sale_in_one_go(demo_db, shop, lan):
    sale = sell(demo_db, [(WATER, 2)])  # 12.000
    basket = Basket()
    basket.add(catalog.scan(demo_db, COFFEE, shop))  # 25.000: the customer pays 13.000 more
    request = ReturnRequest(sale.id, (ReturnItem(1, Decimal(2)),), "cash", "wrong item")
    done = exchanges.complete_exchange(demo_db, request, basket, [Tender(CASH, 20_000)], lan, shop)
    assert done.credit == 12_000 and done.sale.total == 25_000 and done.sale.change == 7_000
    assert [(r.method, r.amount) for r in done.sale_return.refunds] == [("exchange", 12_000)]
    with demo_db.session() as s:
        ret = s.get(SaleReturn, done.sale_return.id)
        assert ret.exchange_sale_id == done.sale.id
        kinds = sorted(s.scalars(select(OutboxEvent.kind)).all())
    assert kinds == ["return", "sale", "sale"]


def test_exchange_for_less_gives_the_rest_back_and_fails_whole(demo_db, shop, lan):
    sale = sell(demo_db, [(COFFEE, 1)])  # 25.000
    basket = Basket()
    basket.add(catalog.scan(demo_db, WATER, shop))  # 6.000
    request = ReturnRequest(sale.id, (ReturnItem(1, Decimal(1)),), "cash")
    done = exchanges.complete_exchange(demo_db, request, basket, [], lan, shop)
    assert [(r.method, r.amount) for r in done.sale_return.refunds] == [
        ("exchange", 6_000), (CASH, 19_000)]
    before = counts(demo_db)
    with pytest.raises(OverReturn):  # the coffee is back already: no sale either
        exchanges.complete_exchange(demo_db, request, basket, [], lan, shop)
    assert counts(demo_db) == before


def test_return_receipt_names_the_original_and_the_refund(demo_db, shop, lan):
    from pos.domain.receipt import layout
    from pos.services.return_receipts import print_return_receipt, return_receipt

    sale = sell(demo_db, [(WATER, 3), (COFFEE, 1)])
    items = (ReturnItem(1, Decimal(1)), ReturnItem(2, Decimal(1), restock=False))
    done = returns.complete_return(demo_db, ReturnRequest(sale.id, items, "cash", "torn cup"),
                                   lan, shop)
    to_print = return_receipt(demo_db, done.id, shop)
    text = "\n".join(f"{r.text} {r.amount}" for r in layout(to_print.receipt, to_print.money,
                                                                48, to_print.labels))
    assert "Return: T1-R000001" in text and "Original receipt: T1-000001" in text
    rows = text.split("\n")
    assert rows[rows.index("Cà phê sữa đá ") + 2] == "  Damaged: not back in stock "
    assert rows[rows.index("Nước suối Lavie 330ml ") + 2] == "  Back in stock "
    assert "torn cup " in rows
    assert "RETURN" in text and "Cashier: Lan" in text
    assert "REFUND" in text and to_print.receipt.total == 31_000
    assert print_return_receipt(demo_db, done.id, shop) is False  # no printer set up


ONLINE_ORDER = {  # what the connector gives for online order #1042 (sync/connectors/medusa_returns)
    "order_id": "order_01TEST", "origin": "online", "ref": "#1042", "sale_id": None,
    "created_at": "2026-11-20T08:00:00Z", "currency": "VND", "total": 31_000, "payments": [],
    "lines": [{"line_no": 1, "item_ids": ["ordli_1"], "sku": WATER, "name": "Lavie",
               "quantity": "1", "total": 6_000, "tax": 545, "tax_rate_bp": 1000},
              {"line_no": 2, "item_ids": ["ordli_2", "ordli_3"], "sku": COFFEE,
               "name": "Cà phê", "quantity": "2", "total": 25_000, "tax": 1_852,
               "tax_rate_bp": 800}]}


def test_an_online_order_from_the_store_can_be_returned_when_the_setting_allows(demo_db, lan):
    save_settings(demo_db, return_manager_limit=-1)
    with pytest.raises(NotAllowed, match="online order"):
        returns.remember_order(demo_db, ONLINE_ORDER, load_settings(demo_db))
    save_settings(demo_db, returns_from_other_tills=True)
    shop = load_settings(demo_db)
    original = returns.remember_order(demo_db, ONLINE_ORDER, shop)
    assert original.origin == "online" and [l.left_milli for l in original.lines] == [1000, 2000]
    done = returns.complete_return(demo_db, ReturnRequest(original.sale_id, (
        ReturnItem(2, Decimal(1)),), "original"), lan, shop)
    assert [(r.method, r.amount) for r in done.refunds] == [("online", 12_500)]
    again = returns.find_original(demo_db, "1042", shop)  # kept: works offline later
    assert [l.returned_milli for l in again.lines] == [0, 1000]
    with pytest.raises(OverReturn):
        returns.complete_return(demo_db, ReturnRequest(again.sale_id, (
            ReturnItem(2, Decimal(2)),)), lan, shop)
    with demo_db.session() as s:
        payload = json.loads(s.scalar(select(OutboxEvent.payload)
                                      .where(OutboxEvent.kind == "return")))
        assert s.get(SaleReturn, done.id).sale_id is None
    assert payload["order_id"] == "order_01TEST" and payload["sale_id"] is None
    assert payload["lines"][0]["item_ids"] == ["ordli_2", "ordli_3"]


def test_a_customers_sales_newest_first(demo_db, shop):
    from pos.services import customers

    hoa = customers.add_customer(demo_db, "Chị Hoa", "0912 345 678")
    basket_sales = []
    for qty in (1, 2):
        basket = Basket(customer_id=hoa.id)
        row = basket.add(catalog.scan(demo_db, WATER, shop))
        basket.set_quantity(row, Decimal(qty))
        basket_sales.append(complete_sale(demo_db, basket, [Tender(CASH, 20_000)],
                                          login(demo_db, "1111"), shop))
    sell(demo_db, [(COFFEE, 1)])  # someone else's
    found = returns.sales_of_customer(demo_db, hoa.id)
    assert [f.label for f in found] == [basket_sales[1].receipt_label,
                                        basket_sales[0].receipt_label]


def test_a_cash_refund_prints_its_receipt_and_opens_the_drawer(demo_db, lan):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "printing"))
    from escpos_decoder import DrawerKick, decode
    from fake_printer import FakeNetworkPrinter

    from pos.services.return_receipts import print_return_receipt

    printer = FakeNetworkPrinter()
    try:
        save_settings(demo_db, return_manager_limit=-1, printer_uri=printer.uri,
                      printer_mode="text")
        shop = load_settings(demo_db)
        sale = sell(demo_db, [(WATER, 2)])
        done = returns.complete_return(demo_db, ReturnRequest(sale.id, (
            ReturnItem(1, Decimal(1)),), "cash"), lan, shop)
        assert print_return_receipt(demo_db, done.id, shop) is True
        printed = decode(printer.next_job())
    finally:
        printer.close()
    assert printed.of(DrawerKick)
    text = "\n".join(printed.lines)
    assert "Return: T1-R000001" in text and "Original receipt: T1-000001" in text
