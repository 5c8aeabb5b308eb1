"""Stock adjustments and shelf counts on a real shop database file: one transaction each with
its ledger movement, journal entry and outbox row; bad input changes nothing."""
from __future__ import annotations

import io
import json
from decimal import Decimal

import pytest
from sqlalchemy import func, select, update

from pos.db.models import JournalEntry, OutboxEvent, StockLevel, StockMovement
from pos.domain.errors import DomainError
from pos.domain.basket import Basket
from pos.domain.payment import CASH, Tender
from pos.services import catalog, journal, stock_view
from pos.services.sales import complete_sale
from pos.services.demo import demo_ean
from pos.services.errors import NotAllowed
from pos.services.settings import load_settings
from pos.services.stock import local_stock
from pos.services.stock_adjustments import adjust_stock, count_lines, find_item, post_count
from pos.services.users import login

WATER = "SP0001"  # 200 on hand in the demo shop


@pytest.fixture
def shop(demo_db):
    return demo_db, load_settings(demo_db), login(demo_db, "9999")


def counts(db) -> tuple[int, int, int]:
    with db.session() as s:
        return tuple(s.scalar(select(func.count()).select_from(t))
                     for t in (StockMovement, JournalEntry, OutboxEvent))


def on_hand(db, sku) -> Decimal:
    return local_stock(db, find_item(db, sku).variant_id, "shop")


def test_received_goods_add_stock_with_movement_journal_and_outbox_in_one_go(shop):
    db, settings, manager = shop
    before = counts(db)
    done = adjust_stock(db, settings, demo_ean(1), "24", "received", manager, "PO 118")
    assert (done.sku, done.delta_milli, done.on_hand_milli) == (WATER, 24_000, 224_000)
    assert on_hand(db, WATER) == 224
    assert counts(db) == tuple(n + 1 for n in before)
    with db.session() as s:
        movement = s.get(StockMovement, done.movement_id)
        assert (movement.kind, movement.reason, movement.user_id) == ("adjustment",
                                                                      "received: PO 118", manager.id)
        row = s.scalar(select(OutboxEvent).where(OutboxEvent.kind == "stock_adjustment"))
        entry = s.scalar(select(JournalEntry).order_by(JournalEntry.seq.desc()).limit(1))
    payload = json.loads(row.payload)
    assert row.ref == str(done.movement_id) and payload["delta"] == "24"
    assert payload["adjustment_id"] == done.adjustment_id and payload["user"] == "Minh"
    assert entry.kind == "stock_adjustment"
    assert json.loads(entry.payload)["on_hand_after"] == "224"
    assert journal.verify(db) is None


def test_damage_of_a_weighed_item_in_kilograms_found_by_its_scale_label(shop):
    db, settings, manager = shop
    adjust_stock(db, settings, "2100001008505", "-0,850", "damage", manager)  # 0.850 kg label
    assert on_hand(db, "KG001") == Decimal("49.15")
    assert stock_view.item_stock(db, settings, "2100001008505").sku == "KG001"


@pytest.mark.parametrize("qty, reason, words", [
    ("5", "damage", "take stock off"), ("-5", "received", "add stock"),
    ("0", "count", "zero"), ("1.5", "count", "whole number"), ("abc", "theft", "not a quantity"),
    ("3", "gift", "Unknown reason"), ("0.0001", "count", "decimals"),
])
def test_bad_adjustments_say_why_and_change_nothing(shop, qty, reason, words):
    db, settings, manager = shop
    before = counts(db)
    with pytest.raises(DomainError, match=words):
        adjust_stock(db, settings, WATER, qty, reason, manager)
    assert counts(db) == before and on_hand(db, WATER) == 200


def test_unknown_item_and_a_cashier_change_nothing(shop):
    db, settings, manager = shop
    before = counts(db)
    with pytest.raises(DomainError, match="No item has SKU or barcode"):
        adjust_stock(db, settings, "NOPE-1", "3", "received", manager)
    with pytest.raises(NotAllowed, match="needs a manager"):
        adjust_stock(db, settings, WATER, "3", "received", login(db, "1111"))
    assert counts(db) == before


def test_a_cashier_adjusts_with_a_managers_approval_and_both_are_journaled(shop):
    db, settings, manager = shop
    cashier = login(db, "1111")
    done = adjust_stock(db, settings, WATER, "6", "received", cashier, approver=manager)
    post_count(db, settings, {"SP0002": "199"}, cashier, approver=manager)
    with db.session() as s:
        movement = s.get(StockMovement, done.movement_id)
        entries = s.scalars(select(JournalEntry).where(
            JournalEntry.kind == "stock_adjustment")).all()
    assert movement.user_id == cashier.id
    assert [(json.loads(e.payload)["user"], json.loads(e.payload)["approved_by"])
            for e in entries] == [("Lan", "Minh"), ("Lan", "Minh")]
    with pytest.raises(NotAllowed, match="may not approve"):
        adjust_stock(db, settings, WATER, "6", "received", cashier, approver=cashier)


def test_a_count_posts_only_the_differences_in_one_transaction(shop):
    db, settings, manager = shop
    shelf = {demo_ean(1): "197", "SP0002": "200", "SP0003": "203", "KG001": "49,5"}
    preview = count_lines(db, settings, shelf)
    assert [l.difference_milli for l in preview] == [-3000, 0, 3000, -500]
    before = counts(db)
    posted = post_count(db, settings, shelf, manager, "shelf A2")
    assert [(a.sku, a.delta_milli) for a in posted.adjustments] == [
        (WATER, -3000), ("SP0003", 3000), ("KG001", -500)]
    assert counts(db) == (before[0] + 3, before[1] + 3, before[2] + 3)
    assert [on_hand(db, s) for s in (WATER, "SP0002", "SP0003", "KG001")] == [
        197, 200, 203, Decimal("49.5")]
    with db.session() as s:
        ids = {json.loads(e.payload)["count_id"] for e in s.scalars(
            select(JournalEntry).where(JournalEntry.kind == "stock_adjustment"))}
    assert len(ids) == 1 and ids != {""}


def test_a_count_with_one_bad_line_posts_nothing(shop):
    db, settings, manager = shop
    before = counts(db)
    with pytest.raises(DomainError):
        post_count(db, settings, {WATER: "190", "SP0002": "-1"}, manager)
    with pytest.raises(DomainError, match="No item"):
        post_count(db, settings, {WATER: "190", "0000000000000": "1"}, manager)
    with pytest.raises(DomainError, match="Nothing was counted"):
        post_count(db, settings, {}, manager)
    assert counts(db) == before and on_hand(db, WATER) == 200


def test_item_stock_shows_unsynced_movements_and_other_locations(shop):
    db, settings, manager = shop
    adjust_stock(db, settings, WATER, "-2", "theft", manager)
    item = find_item(db, WATER)
    with db.transaction() as s:
        s.add(StockLevel(variant_id=item.variant_id, location="sloc_web", quantity_milli=40_000))
    view = stock_view.item_stock(db, settings, demo_ean(1))
    assert view.on_hand == 198 and view.last_synced == 200
    [pending] = view.pending
    assert (pending.quantity, pending.reason, pending.who, pending.state) == (
        -2, "theft", "Minh", "waiting to sync")
    [web] = view.elsewhere
    assert (web.name, web.kind, web.quantity) == ("sloc_web", "warehouse", 40)


def test_a_sale_line_shows_as_waiting_then_sent_until_the_stores_count_has_it(shop):
    db, settings, _ = shop
    basket = Basket()
    for _ in range(2):
        basket.add(catalog.scan(db, WATER, settings))
    sale = complete_sale(db, basket, [Tender(CASH, 100_000)], login(db, "1111"), settings)
    view = stock_view.item_stock(db, settings, WATER)
    assert [(m.kind, m.quantity, m.state) for m in view.pending] == [
        ("sale", -2, "waiting to sync")]
    with db.transaction() as s:
        s.execute(update(OutboxEvent).where(OutboxEvent.ref == sale.id).values(status="sent"))
    view = stock_view.item_stock(db, settings, WATER)
    assert {m.state for m in view.pending} == {"sent, not yet in the store's count"}
    assert view.on_hand == 198


def test_low_stock_list_against_each_items_threshold(shop):
    db, settings, manager = shop
    stock_view.set_low_threshold(db, WATER, "198", manager)
    stock_view.set_low_threshold(db, "SP0002", "10", manager)
    assert stock_view.low_stock(db, settings) == []
    adjust_stock(db, settings, WATER, "-2", "damage", manager)
    [low] = stock_view.low_stock(db, settings)
    assert (low.sku, low.on_hand, low.threshold) == (WATER, 198, 198)
    assert stock_view.item_stock(db, settings, WATER).is_low
    stock_view.set_low_threshold(db, WATER, "", manager)
    assert stock_view.low_stock(db, settings) == []


def test_csv_export_has_every_item_with_its_figures(shop):
    db, settings, manager = shop
    adjust_stock(db, settings, WATER, "5", "received", manager)
    out = io.StringIO()
    written = stock_view.write_stock_csv(db, settings, out)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("sku,name,unit,on_hand,unsynced,low_threshold,low")
    assert len(lines) == written + 1 and written > 150
    assert next(l for l in lines if l.startswith(WATER + ",")).split(",")[3:5] == ["205", "5"]
