"""Customers at the till, on a real shop database."""
from __future__ import annotations

import json

import pytest

from pos.db.models import OutboxEvent
from pos.domain.basket import Basket
from pos.domain.payment import Tender
from pos.services import catalog, customers, sales, users
from pos.services.demo import demo_ean
from pos.services.errors import ServiceError


def test_a_phone_is_enough_and_every_spelling_finds_them(demo_db):
    c = customers.add_customer(demo_db, "Nguyễn Thị Đào", "0912 345 678")
    assert c.phone == "+84912345678"
    for query in ("0912345678", "+84 912 345 678", "84912345678", "345 678", "dao", "nguyen thi"):
        assert [f.id for f in customers.find_customers(demo_db, query)] == [c.id], query


def test_adding_queues_one_outbox_row_in_the_same_transaction(demo_db):
    c = customers.add_customer(demo_db, "Lê Văn Bình", "", "BINH@example.com")
    with demo_db.session() as s:
        [row] = s.query(OutboxEvent).filter_by(kind="customer").all()
        payload = json.loads(row.payload)
    assert row.ref == str(c.id) and payload["email"] == "binh@example.com"


@pytest.mark.parametrize("phone,email,message", [
    ("", "", "phone number or an email"),
    ("12ab", "", "may only contain digits"),
    ("", "not-an-email", "does not look like an address"),
])
def test_bad_input_changes_nothing(demo_db, phone, email, message):
    with pytest.raises(Exception, match=message):
        customers.add_customer(demo_db, "X", phone, email)
    assert customers.count_customers(demo_db) == 0


def test_the_same_phone_twice_is_refused_with_who_has_it(demo_db):
    customers.add_customer(demo_db, "Trần An", "0912345678")
    with pytest.raises(ServiceError, match="Trần An already has"):
        customers.add_customer(demo_db, "Someone", "+84 912 345 678")


def test_edit_marks_what_the_till_changed(demo_db):
    c = customers.add_customer(demo_db, "Phạm Hoa", "0987654321")
    edited = customers.edit_customer(demo_db, c.id, email="hoa@example.com")
    assert edited.email == "hoa@example.com"
    with demo_db.session() as s:
        rows = s.query(OutboxEvent).filter_by(kind="customer").order_by(OutboxEvent.id).all()
    assert len(rows) == 2 and "email" in json.loads(rows[-1].payload)["changed"]


def test_card_shows_spending_and_visits_at_this_shop(demo_db, demo_settings):
    c = customers.add_customer(demo_db, "Võ Minh", "0901234567")
    basket = Basket(customer_id=c.id)
    basket.add(catalog.scan(demo_db, demo_ean(1), demo_settings))
    sale = sales.complete_sale(demo_db, basket, [Tender("cash", 10_000)],
                               users.login(demo_db, "1111"), demo_settings)
    card = customers.customer_card(demo_db, c.id)
    assert card.visits == 1 and card.total_spent == sale.total
    assert card.history[0].channel == "this shop"
    assert card.history[0].reference == sale.receipt_label


def test_a_loyalty_card_finds_them_and_is_checked(demo_db):
    c = customers.add_customer(demo_db, "Trương Mỹ", "0977 000 111", card_code="LC-000123")
    assert customers.find_by_card(demo_db, "LC-000123").id == c.id
    assert [f.id for f in customers.find_customers(demo_db, "LC-000123")] == [c.id]
    other = customers.add_customer(demo_db, "Hồ Nam", "0977 000 222")
    with pytest.raises(ServiceError, match="already belongs to Trương Mỹ"):
        customers.edit_customer(demo_db, other.id, card_code="LC-000123")
    with pytest.raises(ServiceError, match="is an item's barcode"):
        customers.edit_customer(demo_db, other.id, card_code=demo_ean(1))
    with pytest.raises(ServiceError, match="4 to 64 letters"):
        customers.edit_customer(demo_db, other.id, card_code="a b")
    assert customers.get_customer(demo_db, other.id).card_code is None
    moved = customers.edit_customer(demo_db, other.id, card_code="LC-000999")
    assert moved.card_code == "LC-000999"


def test_editing_keeps_a_way_to_reach_them_and_a_name(demo_db):
    c = customers.add_customer(demo_db, "Phạm Hoa", "0987654321")
    with pytest.raises(ServiceError, match="phone number or an email"):
        customers.edit_customer(demo_db, c.id, phone="")
    with pytest.raises(ServiceError, match="name"):
        customers.edit_customer(demo_db, c.id, name="  ")
    assert customers.get_customer(demo_db, c.id).phone == "+84987654321"


def test_find_by_email_any_case_and_by_local_or_international_phone(demo_db):
    c = customers.add_customer(demo_db, "Lê Văn Bình", "0912 000 333", "Binh.Le@Example.com")
    for query in ("binh.le@example.com", "BINH.LE@EXAMPLE.COM", "0912000333", "+84912000333",
                  "84912000333", "le van binh", "Lê Văn Bình"):
        assert [f.id for f in customers.find_customers(demo_db, query)] == [c.id], query
