"""Shifts and cash: a sale needs an open shift; float, cash in/out, X report, blind count,
over/short with a manager, the Z report kept and journaled."""
from __future__ import annotations

import threading
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from pos.db.models import JournalEntry, OutboxEvent, Sale
from pos.db.shift_models import CASH_IN, CASH_OUT, CashMovement, Shift, ShiftCount
from pos.domain.basket import Basket
from pos.domain.cart import Discount
from pos.domain.payment import CARD, CASH, Tender
from pos.services import audit, catalog, journal, returns, shifts
from pos.services.errors import ApprovalNeeded, ServiceError
from pos.services.returns import ReturnItem, ReturnRequest
from pos.services.sales import complete_sale
from pos.services.settings import load_settings, save_settings
from pos.services.users import login

WATER = "SP0001"  # Nước suối Lavie 330ml, 6.000 ₫, VAT 10 %
COFFEE = "CF0161"  # Cà phê sữa đá, 25.000 ₫, VAT 8 %


@pytest.fixture
def shop(demo_db_no_shift):
    return load_settings(demo_db_no_shift)


@pytest.fixture
def lan(demo_db_no_shift):
    return login(demo_db_no_shift, "1111")


@pytest.fixture
def minh(demo_db_no_shift):
    return login(demo_db_no_shift, "9999")


def basket_of(db, shop, *lines) -> Basket:
    basket = Basket()
    for sku, qty in lines:
        row = basket.add(catalog.scan(db, sku, shop))
        basket.set_quantity(row, Decimal(qty))
    return basket


def sell(db, shop, user, lines, tenders=None, discount=None):
    basket = basket_of(db, shop, *lines)
    basket.order_discount = discount
    total = basket.totals(shop.tax_inclusive).total
    return complete_sale(db, basket, tenders or [Tender(CASH, total + 500)], user, shop)


def counts(db) -> dict:
    with db.session() as s:
        return {m.__name__: s.scalar(select(func.count()).select_from(m))
                for m in (Sale, Shift, CashMovement, ShiftCount, JournalEntry)}


def test_no_sale_without_an_open_shift(demo_db_no_shift, shop, lan):
    db = demo_db_no_shift
    before = counts(db)
    with pytest.raises(shifts.NoOpenShift, match="Open a shift first"):
        sell(db, shop, lan, [(WATER, 1)])
    with pytest.raises(shifts.NoOpenShift):
        shifts.move_cash(db, lan, CASH_IN, 10_000, "change", shop)
    with pytest.raises(shifts.NoOpenShift):
        shifts.x_report(db, shop)
    assert counts(db) == before
    opened = shifts.open_shift(db, lan, 0, shop)
    sale = sell(db, shop, lan, [(WATER, 1)])
    with db.session() as s:
        assert s.get(Sale, sale.id).shift_id == opened.id
        # Shifts are the till's own business: nothing of them waits for the online store.
        assert s.scalars(select(OutboxEvent.kind)).all() == ["sale"]


def test_open_once_with_a_good_float(demo_db_no_shift, shop, lan, minh):
    db = demo_db_no_shift
    for bad in (-1, "500000", 1.5, True):
        with pytest.raises(ServiceError, match="opening float"):
            shifts.open_shift(db, lan, bad, shop)
    opened = shifts.open_shift(db, lan, 500_000, shop)
    assert (opened.opening_float, opened.opened_by, opened.status) == (500_000, "Lan", "open")
    with pytest.raises(shifts.ShiftAlreadyOpen, match=f"Shift {opened.id} is already open"):
        shifts.open_shift(db, minh, 0, shop)
    assert shifts.current_shift(db, shop) == opened
    other_till = shop.__class__(**{**shop.__dict__, "terminal_id": "T2"})
    assert shifts.open_shift(db, minh, 0, other_till).terminal_id == "T2"  # one per till


def test_two_windows_opening_at_once_make_one_shift(demo_db_no_shift, shop, lan):
    outcomes, start = [], threading.Barrier(4)

    def open_one():
        start.wait()
        try:
            outcomes.append(shifts.open_shift(demo_db_no_shift, lan, 0, shop).id)
        except shifts.ShiftAlreadyOpen:
            outcomes.append("refused")

    threads = [threading.Thread(target=open_one) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(map(str, outcomes)).count("refused") == 3
    assert counts(demo_db_no_shift)["Shift"] == 1


def test_cash_in_and_out_need_a_reason_and_the_cash(demo_db_no_shift, shop, lan):
    db = demo_db_no_shift
    shifts.open_shift(db, lan, 200_000, shop)
    before = counts(db)
    for amount, reason, message in ((0, "bank", "amount"), (-5, "bank", "zero or more"),
                                    (10_000, "   ", "Say why"), (10_000, "x" * 201, "too long")):
        with pytest.raises(ServiceError, match=message):
            shifts.move_cash(db, lan, CASH_IN, amount, reason, shop)
    with pytest.raises(ServiceError, match=r"should hold only 200\.000"):
        shifts.move_cash(db, lan, CASH_OUT, 200_001, "safe drop", shop)
    assert counts(db) == before
    shifts.move_cash(db, lan, CASH_OUT, 200_000, "  safe   drop ", shop)
    with db.session() as s:
        moved = s.scalar(select(CashMovement))
        entry = s.scalar(select(JournalEntry).order_by(JournalEntry.seq.desc()))
    assert (moved.kind, moved.amount, moved.reason) == (CASH_OUT, 200_000, "safe drop")
    assert entry.kind == "cash_out" and '"reason":"safe drop"' in entry.payload


def a_busy_shift(db, shop, lan, minh):
    """Float, three sales (cash, card, discounted cash with rounding), cash in and out, a void,
    a no-sale opening and a cash refund. Returns what the drawer should hold."""
    shifts.open_shift(db, lan, 500_000, shop)
    first = sell(db, shop, lan, [(WATER, 2), (COFFEE, 1)], [Tender(CASH, 50_000)])
    sell(db, shop, lan, [(COFFEE, 1)], [Tender(CARD, 25_000, "VISA 4242")])
    third = sell(db, shop, lan, [(WATER, 3)], discount=Discount("amount", 1_200))
    assert third.rounding == 200  # 16.800 -> 17.000
    shifts.move_cash(db, lan, CASH_IN, 100_000, "change from the bank", shop)
    shifts.move_cash(db, lan, CASH_OUT, 30_000, "supplier paid", shop)
    audit.void_sale(db, basket_of(db, shop, (COFFEE, 2)), minh, None, shop)
    audit.protected_action(db, "no_sale", minh, None, shop.terminal_id)
    returns.complete_return(db, ReturnRequest(first.id, (ReturnItem(1, Decimal(1)),), "cash"),
                            minh, shop)
    return 500_000 + 37_000 + 17_000 + 100_000 - 30_000 - 6_000


def test_x_report_figures(demo_db_no_shift, shop, lan, minh):
    db = demo_db_no_shift
    expected_cash = a_busy_shift(db, shop, lan, minh)
    before = counts(db)
    x = shifts.x_report(db, shop)
    assert counts(db) == before  # an X report changes nothing
    assert (x.kind, x.opening_float, x.opened_by) == ("X", 500_000, "Lan")
    assert (x.sales_count, x.sales_total, x.discounts, x.rounding) == (3, 79_000, 1_200, 200)
    assert (x.returns_count, x.returns_total) == (1, 6_000)
    assert (x.cash_in, x.cash_out, x.voids, x.no_sales) == (100_000, 30_000, 1, 1)
    assert (x.first_receipt, x.last_receipt) == ("T1-000001", "T1-000003")
    cash, card = x.tender(CASH), x.tender(CARD)
    assert (cash.sales, cash.refunds, cash.expected) == (54_000, 6_000, expected_cash)
    assert (card.sales, card.refunds, card.expected) == (25_000, 0, 25_000)
    assert cash.counted is None and x.over_short == 0
    assert [(b.rate_bp, b.gross) for b in x.tax_bands] == [(800, 50_000), (1000, 28_800)]
    assert all(b.net + b.tax == b.gross and b.tax > 0 for b in x.tax_bands)


def test_close_short_beyond_the_limit_needs_a_manager(demo_db_no_shift, shop, lan, minh):
    db = demo_db_no_shift
    shop = save_settings(db, over_short_limit=10_000)
    expected_cash = a_busy_shift(db, shop, lan, minh)
    counted = {CASH: expected_cash - 20_000, CARD: 25_000}
    compared = shifts.compare_count(db, counted, shop)
    assert compared.tender(CASH).over_short == -20_000 and shifts.needs_manager(compared, shop)

    before = counts(db)
    with pytest.raises(ApprovalNeeded, match="needs a manager"):
        shifts.close_shift(db, lan, counted, shop)
    with pytest.raises(ApprovalNeeded, match="Lan may not approve"):
        shifts.close_shift(db, lan, counted, shop, approver=lan)
    assert counts(db) == before and shifts.current_shift(db, shop) is not None

    z = shifts.close_shift(db, lan, counted, shop, approver=minh)
    assert (z.kind, z.closed_by, z.approved_by, z.over_short) == ("Z", "Lan", "Minh", -20_000)
    assert z.tender(CASH).counted == expected_cash - 20_000 and z.tender(CARD).over_short == 0
    assert z.tender("transfer") is None  # nothing expected, nothing counted: not listed
    assert (z.sales_count, z.voids, z.no_sales, z.returns_total) == (3, 1, 1, 6_000)
    assert shifts.current_shift(db, shop) is None
    assert shifts.z_report(db, None, shop) == z == shifts.z_report(db, 1, shop)
    with db.session() as s:
        last = s.scalar(select(JournalEntry).order_by(JournalEntry.seq.desc()))
        rows = {c.method: (c.expected, c.counted) for c in s.scalars(select(ShiftCount))}
    assert last.kind == "shift_close" and '"approved_by":"Minh"' in last.payload
    assert rows[CASH] == (expected_cash, expected_cash - 20_000)
    assert journal.verify(db) is None
    with pytest.raises(shifts.NoOpenShift):
        sell(db, shop, lan, [(WATER, 1)])


def test_within_the_limit_or_a_manager_closing_needs_no_approval(demo_db_no_shift, shop, lan,
                                                                 minh):
    db = demo_db_no_shift
    shop = save_settings(db, over_short_limit=500)
    shifts.open_shift(db, lan, 100_000, shop)
    z = shifts.close_shift(db, lan, {CASH: 100_500}, shop)
    assert (z.over_short, z.approved_by) == (500, None)
    shifts.open_shift(db, lan, 100_000, shop)
    z = shifts.close_shift(db, minh, {CASH: 50_000}, shop)  # a manager approves themselves
    assert (z.shift_id, z.over_short, z.approved_by) == (2, -50_000, "Minh")


def test_bad_counts_change_nothing(demo_db_no_shift, shop, lan):
    db = demo_db_no_shift
    shifts.open_shift(db, lan, 0, shop)
    before = counts(db)
    for counted, message in (({"points": 5}, "not points"), ({CASH: -1}, "zero or more")):
        with pytest.raises(ServiceError, match=message):
            shifts.close_shift(db, lan, counted, shop)
    assert counts(db) == before


def test_z_report_of_a_shift_that_is_not_closed(demo_db_no_shift, shop, lan):
    with pytest.raises(shifts.NoZReport, match="no Z report"):
        shifts.z_report(demo_db_no_shift, None, shop)
    shifts.open_shift(demo_db_no_shift, lan, 0, shop)
    with pytest.raises(shifts.NoZReport, match="Shift 1 has no Z report"):
        shifts.z_report(demo_db_no_shift, 1, shop)
