"""Holds (issue #15, part 3) on a real shop file: a parked sale kept for its customer for N
days holds its items (one outbox row asks the store to reserve them), and the hold ends when
the sale is recalled to be sold, when its deadline passes, or by hand (one more row each, of
the same kind, so the release never overtakes the placing). Bad input changes nothing."""
from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from pos import i18n
from pos.db.hold_models import Hold
from pos.db.models import JournalEntry, OutboxEvent, ParkedSale, utcnow
from pos.domain.basket import Basket
from pos.services import catalog, customers, holds, journal, parking
from pos.services.errors import ServiceError
from pos.services.settings import load_settings


@pytest.fixture
def shop(demo_db):
    i18n.set_language("en")
    return demo_db, customers.add_customer(demo_db, "Chị Hoa", phone="0903123456")


def basket_of(db, *skus: str, customer_id: int | None = None) -> Basket:
    settings, basket = load_settings(db), Basket(customer_id=customer_id)
    for sku in skus:
        basket.add(catalog.scan(db, sku, settings))
    return basket


def hold_rows(db) -> list[dict]:
    with db.session() as s:
        return [json.loads(e.payload) for e in s.scalars(
            select(OutboxEvent).where(OutboxEvent.kind == holds.KIND).order_by(OutboxEvent.id))]


def counts(db) -> tuple:
    with db.session() as s:
        return tuple(s.scalar(select(func.count()).select_from(t))
                     for t in (ParkedSale, Hold, OutboxEvent, JournalEntry))


def test_a_held_sale_reserves_its_items_until_the_deadline(shop):
    db, hoa = shop
    before = utcnow()
    parked = parking.park(db, basket_of(db, "SP0001", "SP0001", "SP0002", customer_id=hoa.id),
                          None, hold_days=3)
    [row] = hold_rows(db)
    assert row["action"] == "place" and row["customer"] == "Chị Hoa"
    assert sorted((ln["sku"], ln["quantity"]) for ln in row["lines"]) == [
        ("SP0001", "2"), ("SP0002", "1")]
    [shown] = parking.list_parked(db)
    assert shown.id == parked and shown.held_until is not None
    assert timedelta(days=3) <= shown.held_until - before < timedelta(days=3, minutes=1)
    [view] = holds.holds(db)
    assert view.customer_name == "Chị Hoa" and view.parked_id == parked
    assert journal.verify(db) is None


def test_recalling_a_held_sale_to_sell_it_releases_the_hold(shop):
    db, hoa = shop
    parked = parking.park(db, basket_of(db, "SP0003", customer_id=hoa.id), None, hold_days=2)
    basket = parking.recall(db, parked)
    assert [ln.sku for ln in basket.lines] == ["SP0003"]
    place, release = hold_rows(db)
    assert (release["action"], release["reason"], release["id"]) == ("release", "sold",
                                                                     place["id"])
    assert release["lines"] == place["lines"]  # the store finds the reservations by item
    assert holds.holds(db) == [] and [h.release_reason for h in holds.holds(db, "released")] \
        == ["sold"]


def test_a_hold_past_its_deadline_ends_by_itself_and_the_sale_stays_parked(shop):
    db, hoa = shop
    parked = parking.park(db, basket_of(db, "SP0001", customer_id=hoa.id), None, hold_days=1)
    assert holds.expire(db) == []  # not yet
    assert holds.expire(db, now=utcnow() + timedelta(days=1, seconds=1)) != []
    assert [r["reason"] for r in hold_rows(db)[1:]] == ["expired"]
    [shown] = parking.list_parked(db)
    assert shown.id == parked and shown.held_until is None
    assert holds.expire(db, now=utcnow() + timedelta(days=5)) == []  # once


def test_released_by_hand_the_sale_stays_parked_and_a_second_release_is_refused(shop):
    db, hoa = shop
    parked = parking.park(db, basket_of(db, "SP0002", customer_id=hoa.id), None, hold_days=3)
    holds.release(db, parked)
    assert [r["reason"] for r in hold_rows(db)[1:]] == ["by_hand"]
    assert parking.list_parked(db)[0].held_until is None
    before = counts(db)
    with pytest.raises(ServiceError, match="not held"):
        holds.release(db, parked)
    assert counts(db) == before


@pytest.mark.parametrize("days, customer, message", [
    (0, True, "1 to 30 days"), (31, True, "1 to 30 days"),
    (3, False, "Attach the customer first"),
])
def test_a_hold_without_a_customer_or_with_bad_days_changes_nothing(shop, days, customer,
                                                                     message):
    db, hoa = shop
    before = counts(db)
    with pytest.raises(ServiceError, match=message):
        parking.park(db, basket_of(db, "SP0001", customer_id=hoa.id if customer else None),
                     None, hold_days=days)
    assert counts(db) == before


def test_a_plain_park_holds_nothing(shop):
    db, hoa = shop
    parking.park(db, basket_of(db, "SP0001", customer_id=hoa.id), None)
    assert hold_rows(db) == [] and parking.list_parked(db)[0].held_until is None
