"""Selling for delivery from another location (issue #15, part 2) on a real shop file: a
mixed basket (one item carried out, one delivered from the warehouse) is one sale with one
receipt number; stock moves here only for the carried item; the delivered item becomes a
"delivery_order" outbox row with the receiver's Vietnamese address, paid in full or with a
deposit (the rest is the sale's "to pay on delivery" tender). Bad input changes nothing."""
from __future__ import annotations

import json
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from pos import i18n
from pos.db.delivery_models import SaleDelivery
from pos.db.models import JournalEntry, OutboxEvent, Sale, StockLevel, StockMovement
from pos.db.stock_models import StockLocation
from pos.domain.basket import Basket
from pos.domain.delivery import ON_DELIVERY
from pos.domain.errors import DomainError
from pos.domain.payment import CASH, Tender
from pos.services import catalog, deliveries, journal, sales
from pos.services.settings import load_settings
from pos.services.users import login
from sync.connectors.medusa_sales import counter_part

WAREHOUSE = "sloc_warehouse_01"
ADDRESS = {"name": "Trần Mai", "phone": "0905 550 001", "province": "Hồ Chí Minh",
           "district": "Quận 3", "ward": "Phường Võ Thị Sáu", "street": "12 Nguyễn Đình Chiểu"}


@pytest.fixture
def shop(demo_db):
    i18n.set_language("en")
    with demo_db.transaction() as s:
        s.add(StockLocation(remote_id=WAREHOUSE, name="Kho Thủ Đức", kind="warehouse"))
        s.add(StockLocation(remote_id="sloc_shop_q3", name="Cửa hàng Quận 3", kind="shop"))
        tea = catalog.scan(demo_db, "SP0002", load_settings(demo_db)).variant_id
        s.add(StockLevel(variant_id=tea, location=WAREHOUSE, quantity_milli=40_000))
        s.add(StockLevel(variant_id=tea, location="sloc_shop_q3", quantity_milli=0))
    return demo_db, load_settings(demo_db), login(demo_db, "1111")


def mixed(db, settings, deposit=None) -> Basket:
    basket = Basket()
    basket.add(catalog.scan(db, "SP0001", settings))  # carried out
    row = basket.add(catalog.scan(db, "SP0002", settings))
    basket.set_quantity(row, Decimal(3))
    basket.ship_from(row, WAREHOUSE, "Kho Thủ Đức")
    basket.delivery = {**ADDRESS, "deposit": deposit}
    return basket


def counts(db) -> tuple:
    with db.session() as s:
        return tuple(s.scalar(select(func.count()).select_from(t)) for t in
                     (Sale, StockMovement, OutboxEvent, JournalEntry, SaleDelivery))


def outbox(db, kind) -> list[dict]:
    with db.session() as s:
        return [json.loads(r.payload) for r in s.scalars(
            select(OutboxEvent).where(OutboxEvent.kind == kind))]


def test_the_warehouse_is_offered_for_an_item_it_has(shop):
    db, settings, _ = shop
    tea = catalog.scan(db, "SP0002", settings).variant_id
    [choice] = deliveries.ship_from_choices(db, tea, settings.stock_location)
    assert (choice.location, choice.name, choice.quantity) == (WAREHOUSE, "Kho Thủ Đức", 40)
    water = catalog.scan(db, "SP0001", settings).variant_id
    assert deliveries.ship_from_choices(db, water, settings.stock_location) == []


def test_a_mixed_basket_paid_in_full(shop):
    db, settings, lan = shop
    basket = mixed(db, settings)
    totals = basket.totals(settings.tax_inclusive)
    tea_total = totals.lines[1].total
    done = sales.complete_sale(db, basket, [Tender(CASH, totals.total)], lan, settings)
    with db.session() as s:
        moved = s.scalars(select(StockMovement).where(StockMovement.sale_id == done.id)).all()
        [row] = deliveries.of_sale(s, done.id)
        assert (row.total, row.paid, row.district) == (tea_total, tea_total, "Quận 3")
    assert len(moved) == 1 and moved[0].quantity_milli == -1000  # only the carried water
    [order] = outbox(db, deliveries.KIND)
    assert order["sale_id"] == done.id and order["location_id"] == WAREHOUSE
    assert order["receipt_no"] == done.receipt_label and order["paid"] == order["total"]
    assert order["customer"] == {"name": "Trần Mai", "phone": "+84905550001", "email": ""}
    assert order["address"]["ward"] == "Phường Võ Thị Sáu"
    assert [(ln["sku"], ln["quantity"], ln["total"]) for ln in order["lines"]] == [
        ("SP0002", 3, tea_total)]
    [sale_doc] = outbox(db, "sale")
    assert [ln.get("ship_from", "") for ln in sale_doc["lines"]] == ["", WAREHOUSE]
    assert sale_doc["delivery"]["orders"][0]["id"] == order["id"]
    assert [ln["sku"] for ln in counter_part(sale_doc)["lines"]] == ["SP0001"]
    assert journal.verify(db) is None


def test_a_deposit_leaves_the_rest_to_pay_on_delivery(shop):
    db, settings, lan = shop
    basket = mixed(db, settings, deposit=5_000)
    totals = basket.totals(settings.tax_inclusive)
    later = totals.lines[1].total - 5_000
    assert deliveries.later_amount(basket, totals) == later
    tenders = [Tender(CASH, totals.total - later), Tender(ON_DELIVERY, later)]
    done = sales.complete_sale(db, basket, tenders, lan, settings)
    [order] = outbox(db, deliveries.KIND)
    assert (order["paid"], order["total"] - order["paid"]) == (5_000, later)
    with db.session() as s:
        methods = {p.method: p.amount for p in s.get(Sale, done.id).payments}
    assert methods[ON_DELIVERY] == later


@pytest.mark.parametrize("change, tenders_later, message", [
    ({"delivery": None}, 0, "Enter where to deliver first"),
    ({"phone": "12"}, 0, "not a Vietnamese number"),
    ({"street": " "}, 0, "house number and street"),
    ({}, 1_000, "does not match the deposit"),
])
def test_bad_delivery_input_changes_nothing(shop, change, tenders_later, message):
    db, settings, lan = shop
    basket = mixed(db, settings)
    if "delivery" in change:
        basket.delivery = None
    else:
        basket.delivery.update(change)
    total = basket.totals(settings.tax_inclusive).total
    tenders = [Tender(CASH, total - tenders_later)] + (
        [Tender(ON_DELIVERY, tenders_later)] if tenders_later else [])
    before = counts(db)
    with pytest.raises(DomainError, match=message):
        sales.complete_sale(db, basket, tenders, lan, settings)
    assert counts(db) == before


def test_paying_on_delivery_with_nothing_delivered_is_refused(shop):
    db, settings, lan = shop
    basket = Basket()
    basket.add(catalog.scan(db, "SP0001", settings))
    total = basket.totals(settings.tax_inclusive).total
    with pytest.raises(DomainError, match="Nothing in this sale is delivered"):
        sales.complete_sale(db, basket, [Tender(CASH, total - 1), Tender(ON_DELIVERY, 1)],
                            lan, settings)


def test_a_weighed_line_cannot_be_delivered_and_the_cart_keeps_the_choice(shop):
    db, settings, _ = shop
    basket = mixed(db, settings)
    again = Basket.from_dict(json.loads(json.dumps(basket.to_dict())))  # parked, restored
    assert again.lines[1].ship_from == WAREHOUSE and again.delivery["district"] == "Quận 3"
    assert "ship_from" not in basket.to_dict()["lines"][0]  # a carried line as before
    again.ship_from(1, "", "")
    assert again.delivery is None and not again.delivered_rows()
    kg = Basket()
    kg.add(catalog.scan(db, "SP0001", settings))
    kg.lines[0] = kg.lines[0].__class__(**{**kg.lines[0].__dict__, "unit": "kg"})
    with pytest.raises(DomainError, match="sold by the piece"):
        kg.ship_from(0, WAREHOUSE, "Kho Thủ Đức")


def test_one_receipt_shows_both_the_carried_and_the_delivered_items(shop):
    from pos.domain.receipt import layout
    from pos.services.receipts import receipt_for

    db, settings, lan = shop
    basket = mixed(db, settings, deposit=5_000)
    totals = basket.totals(settings.tax_inclusive)
    later = totals.lines[1].total - 5_000
    done = sales.complete_sale(db, basket, [Tender(CASH, totals.total - later),
                                            Tender(ON_DELIVERY, later)], lan, settings)
    printed = receipt_for(db, done.receipt_label, settings)
    rows = [r.text for r in layout(printed.receipt, printed.money, 48, printed.labels)]
    text = "\n".join(rows)
    assert "Delivered from Kho Thủ Đức" in text and "Deliver to:" in text
    assert "Trần Mai · 0905 550 001" in text
    assert "12 Nguyễn Đình Chiểu, Phường Võ Thị Sáu, Quận 3,\nHồ Chí Minh" in text  # wrapped
    assert any(r.startswith("To pay on delivery") for r in rows)
    names = [ln.name for ln in printed.receipt.lines]
    assert len(names) == 2  # the water carried out and the tea delivered, one receipt
    assert printed.receipt.lines[0].note == ""
