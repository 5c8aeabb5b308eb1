"""Stock adjustments made at the till reach Medusa's level at the shop's location exactly
once; levels at the store's other locations show at the till (real Medusa)."""
from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select, update
from till_helpers import sync_once, till  # noqa: F401

from pos.db.models import OutboxEvent
from pos.services import stock_view, users
from pos.services.settings import load_settings
from pos.services.stock_adjustments import adjust_stock, post_count
from sync.connectors.medusa_http import MedusaHttp
from sync.connectors.medusa_stock import StockAdjustmentPusher
from sync.errors import StoreUnreachable

pytestmark = pytest.mark.medusa
SHIRT = "OMNI-TSHIRT-S"  # seeded with 10; only these tests change it


@pytest.fixture
def shop(till, medusa):
    db, data_dir = till
    medusa.admin.set_stock(SHIRT, medusa.shop.location_id, 10)
    manager = users.add_user(db, "Minh", "manager", "9999", by=users.login(db, "0001"))
    assert sync_once(data_dir) == 0  # the catalogue and its levels
    return db, data_dir, load_settings(db), manager


def level(medusa) -> int:
    return medusa.admin.get_stock(SHIRT, medusa.shop.location_id)


def resend_as_if_the_local_commit_was_lost(db) -> None:
    with db.transaction() as s:
        s.execute(update(OutboxEvent).where(OutboxEvent.kind == "stock_adjustment").values(
            status="pending", sent_at=None))


def test_an_adjustment_changes_the_level_by_exactly_the_delta_even_when_pushed_twice(shop, medusa):
    db, data_dir, settings, manager = shop
    adjust_stock(db, settings, SHIRT, "7", "received", manager, "PO 12")
    post_count(db, settings, {SHIRT: "15"}, manager)  # the till says 17: two fewer
    assert sync_once(data_dir) == 0
    assert level(medusa) == 15
    resend_as_if_the_local_commit_was_lost(db)
    assert sync_once(data_dir) == 0
    assert level(medusa) == 15
    with db.session() as s:
        rows = s.scalars(select(OutboxEvent).where(OutboxEvent.kind == "stock_adjustment")).all()
    assert [r.status for r in rows] == ["sent", "sent"] and all(r.remote_id for r in rows)
    view = stock_view.item_stock(db, settings, SHIRT)
    assert view.on_hand == 15 and view.last_synced == 15 and view.pending == ()


def adjustment(delta: str) -> dict:
    return {"adjustment_id": str(uuid.uuid4()), "sku": SHIRT, "delta": delta}


def test_a_push_that_died_before_or_after_the_level_write_is_applied_once(medusa, monkeypatch):
    medusa.admin.set_stock(SHIRT, medusa.shop.location_id, 10)
    pusher = StockAdjustmentPusher(MedusaHttp(medusa.url, medusa.api_key),
                                   medusa.shop.location_id)
    before_write, after_write = adjustment("3"), adjustment("-2")

    def dies(*_args, **_kwargs):
        raise StoreUnreachable("the line went down")

    with monkeypatch.context() as m:
        m.setattr(pusher, "_write_level", dies)
        with pytest.raises(StoreUnreachable):
            pusher.push(before_write)  # the intent is recorded, the level is not written
    assert level(medusa) == 10
    pusher.push(before_write)
    assert level(medusa) == 13
    with monkeypatch.context() as m:
        m.setattr(pusher, "_mark_applied", dies)
        with pytest.raises(StoreUnreachable):
            pusher.push(after_write)  # the level is written, the mark is not
    assert level(medusa) == 11
    for _ in range(2):
        assert pusher.push(after_write).note == ""
        assert pusher.push(before_write).note == ""
    assert level(medusa) == 11


def test_taking_off_more_than_the_store_has_sets_zero_and_says_so(medusa):
    medusa.admin.set_stock(SHIRT, medusa.shop.location_id, 2)
    pusher = StockAdjustmentPusher(MedusaHttp(medusa.url, medusa.api_key),
                                   medusa.shop.location_id)
    result = pusher.push(adjustment("-5"))
    assert level(medusa) == 0 and "stock exception" in result.note


def test_stock_at_another_location_shows_at_the_till_after_a_pull(shop, medusa):
    db, data_dir, settings, _ = shop
    warehouse = medusa.admin.ensure_stock_location("Kho online Bình Dương")
    medusa.admin.set_stock(SHIRT, warehouse, 42)
    assert sync_once(data_dir) == 0
    view = stock_view.item_stock(db, settings, SHIRT)
    found = {loc.name: (loc.kind, loc.quantity) for loc in view.elsewhere}
    assert found["Kho online Bình Dương"] == ("warehouse", 42)
    assert all(loc.name != "Cửa hàng Quận 1" for loc in view.elsewhere)  # that is "here"
    assert view.on_hand == 10
