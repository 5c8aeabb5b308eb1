"""Loyalty points at the till, on a real shop database: earned and used in the sale's own
transaction, kept as a ledger, refused with a clear message and nothing written."""
from __future__ import annotations

import json

import pytest

from pos.db.loyalty_models import LoyaltyEntry
from pos.db.models import OutboxEvent, Sale
from pos.domain.basket import Basket
from pos.domain.errors import PaymentError
from pos.domain.payment import CASH, POINTS, Tender
from pos.services import catalog, customers, loyalty, sales, users
from pos.services.demo import demo_ean
from pos.services.errors import ServiceError
from pos.services.receipts import receipt_for
from pos.services.settings import save_settings
from pos.domain.receipt import layout, plain_money

SPEND_PER_POINT = 1_000  # 1 point per 1.000 ₫ paid
POINT_VALUE = 100  # a point pays 100 ₫


@pytest.fixture
def shop(demo_db):
    settings = save_settings(demo_db, loyalty_spend_per_point=SPEND_PER_POINT,
                             loyalty_point_value=POINT_VALUE)
    cashier = users.login(demo_db, "1111")
    open_shift_if_needed(demo_db, cashier, settings)
    return demo_db, settings, cashier


def open_shift_if_needed(db, cashier, settings) -> None:
    try:
        from pos.services import shifts
    except ImportError:  # a tree without shifts yet
        return
    if shifts.current_shift(db, settings) is None:
        shifts.open_shift(db, cashier, 0, settings)


def sell(shop, customer_id, tenders_for, items=(1,)):
    db, settings, cashier = shop
    basket = Basket(customer_id=customer_id)
    for n in items:
        basket.add(catalog.scan(db, demo_ean(n), settings))
    total = basket.totals(settings.tax_inclusive).total
    return sales.complete_sale(db, basket, tenders_for(total), cashier, settings)


def cash(total):
    return [Tender(CASH, total)]


def entries(db):
    with db.session() as s:
        return [(e.kind, e.points, e.balance_after, e.pushed)
                for e in s.query(LoyaltyEntry).order_by(LoyaltyEntry.created_at,
                                                        LoyaltyEntry.kind.desc())]


def test_a_sale_earns_points_per_amount_paid(shop):
    db = shop[0]
    c = customers.add_customer(db, "Chị Hoa", "0912 345 678")
    sale = sell(shop, c.id, cash)
    earned = sale.total // SPEND_PER_POINT
    assert earned > 0
    assert loyalty.balance(db, c.id) == earned
    assert entries(db) == [("earn", earned, earned, False)]
    with db.session() as s:
        [row] = s.query(OutboxEvent).filter_by(kind="loyalty").all()
    payload = json.loads(row.payload)
    assert row.ref == sale.id and payload["customer_id"] == c.id
    assert [e["points"] for e in payload["entries"]] == [earned]


def test_no_customer_or_earning_off_means_no_points(shop):
    db, settings, _ = shop
    sell(shop, None, cash)
    save_settings(db, loyalty_spend_per_point=0)
    c = customers.add_customer(db, "Anh Nam", "0987 654 321")
    sell((db, save_settings(db), shop[2]), c.id, cash)
    assert entries(db) == [] and loyalty.balance(db, c.id) == 0


def test_points_pay_part_of_a_sale_and_earn_only_on_money(shop):
    db = shop[0]
    c = customers.add_customer(db, "Chị Hoa", "0912 345 678")
    sell(shop, c.id, cash, items=(1, 2, 3))  # build up a balance
    before = loyalty.balance(db, c.id)
    used = before // 2  # at most the balance, and less than the bill (6.000 ₫)
    sale = sell(shop, c.id, lambda total: [Tender(POINTS, used * POINT_VALUE),
                                           Tender(CASH, total - used * POINT_VALUE)])
    earned = (sale.total - used * POINT_VALUE) // SPEND_PER_POINT
    assert loyalty.balance(db, c.id) == before - used + earned
    assert entries(db)[-2:] == [("redeem", -used, before - used, False),
                                ("earn", earned, before - used + earned, False)]


def test_using_more_points_than_the_balance_changes_nothing(shop):
    db = shop[0]
    c = customers.add_customer(db, "Chị Hoa", "0912 345 678")
    with pytest.raises(ServiceError, match="Chị Hoa has 0 points, not 5"):
        sell(shop, c.id, lambda total: [Tender(POINTS, 5 * POINT_VALUE),
                                        Tender(CASH, total)])
    with db.session() as s:
        assert s.query(Sale).count() == 0 and s.query(OutboxEvent).filter_by(
            kind="sale").count() == 0
    assert entries(db) == []


def test_points_need_a_customer_and_whole_points(shop):
    db = shop[0]
    with pytest.raises(ServiceError, match="Attach the customer"):
        sell(shop, None, lambda total: [Tender(POINTS, POINT_VALUE), Tender(CASH, total)])
    c = customers.add_customer(db, "Chị Hoa", "0912 345 678")
    with pytest.raises(PaymentError, match="whole number of points"):
        sell(shop, c.id, lambda total: [Tender(POINTS, POINT_VALUE + 1), Tender(CASH, total)])
    with db.session() as s:
        assert s.query(Sale).count() == 0


def test_the_receipt_shows_customer_points_and_balance(shop):
    db, settings, _ = shop
    c = customers.add_customer(db, "Chị Hoa", "0912 345 678")
    sell(shop, c.id, cash, items=(1, 2, 3))
    balance = loyalty.balance(db, c.id)
    sale = sell(shop, c.id, lambda total: [Tender(POINTS, 10 * POINT_VALUE),
                                           Tender(CASH, total - 10 * POINT_VALUE)])
    printed = receipt_for(db, sale.receipt_label, settings)
    r = printed.receipt
    assert r.customer == "Chị Hoa"
    earned = (sale.total - 10 * POINT_VALUE) // SPEND_PER_POINT
    assert (r.points_redeemed, r.points_earned, r.points_balance) == (
        10, earned, balance - 10 + earned)
    text = "\n".join(f"{row.text} {row.amount}" for row in
                     layout(r, plain_money("VND"), 48, printed.labels))
    assert "Points used" in text and "Points balance" in text
    assert f"{balance - 10 + earned}" in text


def test_merging_a_till_customer_moves_waiting_points(shop):
    db = shop[0]
    mine = customers.add_customer(db, "anh Hùng", "0944 555 666")
    sell(shop, mine.id, cash)
    waiting = loyalty.balance(db, mine.id)
    from pos.db.customer_models import Customer
    with db.transaction() as s:
        other = Customer(name="Bùi Văn Hùng", remote_id="cus_1", points=100)
        s.add(other)
        s.flush()
        loyalty.merge_points(s, s.get(Customer, mine.id), other)
        other_id = other.id
    assert loyalty.balance(db, other_id) == 100 + waiting
    with db.session() as s:
        row = s.query(OutboxEvent).filter_by(kind="loyalty").one()
        assert json.loads(row.payload)["customer_remote_id"] == "cus_1"
        assert {e.customer_id for e in s.query(LoyaltyEntry)} == {other_id}


def return_all(shop, sale, lines=1, refund_to="original"):
    from decimal import Decimal

    from pos.services import returns

    db, settings, cashier = shop
    settings = save_settings(db, return_manager_limit=-1)
    items = tuple(returns.ReturnItem(n, Decimal(1)) for n in range(1, lines + 1))
    return returns.complete_return(db, returns.ReturnRequest(sale.id, items, refund_to),
                                   cashier, settings)


def test_a_return_takes_back_the_points_its_money_earned_and_gives_back_points_paid(shop):
    db = shop[0]
    c = customers.add_customer(db, "Chị Hoa", "0912 345 678")
    sell(shop, c.id, cash, items=(1, 2, 3))
    before = loyalty.balance(db, c.id)
    sale = sell(shop, c.id, lambda total: [Tender(POINTS, 10 * POINT_VALUE),
                                           Tender(CASH, total - 10 * POINT_VALUE)])
    earned = (sale.total - 10 * POINT_VALUE) // SPEND_PER_POINT
    assert loyalty.balance(db, c.id) == before - 10 + earned
    done = return_all(shop, sale)
    assert loyalty.balance(db, c.id) == before  # as if the sale never happened
    with db.session() as s:
        kinds = {e.kind: e.points for e in s.query(LoyaltyEntry).filter_by(batch=done.id)}
        row = s.query(OutboxEvent).filter_by(kind="loyalty", ref=done.id).one()
    assert kinds == {"refund": 10, "unearn": -earned}
    assert {e["kind"] for e in json.loads(row.payload)["entries"]} == {"refund", "unearn"}


def test_returning_bit_by_bit_never_takes_back_more_than_was_earned(shop):
    db = shop[0]
    c = customers.add_customer(db, "Chị Hoa", "0912 345 678")
    sale = sell(shop, c.id, cash, items=(1, 2))
    earned = loyalty.balance(db, c.id)
    from decimal import Decimal

    from pos.services import returns

    settings = save_settings(db, return_manager_limit=-1)
    for line in (1, 2):
        returns.complete_return(db, returns.ReturnRequest(
            sale.id, (returns.ReturnItem(line, Decimal(1)),)), shop[2], settings)
    assert loyalty.balance(db, c.id) == 0 and earned > 0
    with db.session() as s:
        taken = -sum(e.points for e in s.query(LoyaltyEntry).filter_by(kind="unearn"))
    assert taken == earned


def test_a_return_without_a_customer_writes_no_points(shop):
    db = shop[0]
    sale = sell(shop, None, cash)
    return_all(shop, sale)
    assert entries(db) == []


def test_a_pushed_entry_missing_from_the_complete_central_list_is_sent_again(shop):
    db = shop[0]
    c = customers.add_customer(db, "Chị Hoa", "0912 345 678")
    sale = sell(shop, c.id, cash)
    earned = loyalty.balance(db, c.id)
    from pos.db.customer_models import Customer
    with db.transaction() as s:
        s.get(Customer, c.id).remote_id = "cus_hoa"
        s.query(OutboxEvent).filter_by(kind="loyalty").update({"status": "sent"})
        loyalty.mark_pushed(s, sale.id)
    with db.transaction() as s:  # trimmed list: nothing can be concluded
        loyalty.apply_central_balance(s, s.get(Customer, c.id), 500, (), counted_all=False)
    assert loyalty.balance(db, c.id) == 500 and entries(db)[0][3] is True
    with db.transaction() as s:  # the whole list, without our entry: another till dropped it
        loyalty.apply_central_balance(s, s.get(Customer, c.id), 500, ("other",), counted_all=True)
    assert loyalty.balance(db, c.id) == 500 + earned
    with db.session() as s:
        waiting = s.query(OutboxEvent).filter_by(kind="loyalty", status="pending").one()
    payload = json.loads(waiting.payload)
    assert waiting.ref == sale.id and payload["customer_remote_id"] == "cus_hoa"
    assert [e["points"] for e in payload["entries"]] == [earned]
