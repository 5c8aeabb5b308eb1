"""A weighed line of a sale (1,250 kg) takes its exact weight off the online store's level at
the shop, exactly once however often the sale is pushed, and the till's own figure stays right
after the next stock pull (real Medusa)."""
from __future__ import annotations

import json
from decimal import Decimal

import pytest
from sqlalchemy import select, update
from till_helpers import (orders_for, sell_weighed, sync_once, till,  # noqa: F401
                          weighed_product)

from pos.db.models import OutboxEvent, StockMovement
from pos.services import stock_view
from pos.services.settings import load_settings
from sync.config import load_connection
from sync.connectors import make_connector
from sync.connectors.medusa_stock import MARKS, StockAdjustmentPusher
from sync.errors import StoreUnreachable

pytestmark = pytest.mark.medusa
BANANA = "OMNI-BANANA-KG"  # Chuối, sold by the kg: 40 000 ₫ a kg; only these tests use it
WATER = "OMNI-WATER-500"  # 5 000 ₫, counted


def online(medusa, sku: str) -> Decimal:
    return Decimal(str(medusa.admin.get_stock(sku, medusa.shop.location_id)))


def at_the_till(db, sku: str) -> stock_view.ItemStock:
    return stock_view.item_stock(db, load_settings(db), sku)


def sale_row(db, sale_id: str) -> OutboxEvent:
    with db.session() as s:
        return s.scalar(select(OutboxEvent).where(OutboxEvent.kind == "sale",
                                                  OutboxEvent.ref == sale_id))


def marks(medusa, sku: str) -> dict:
    [item] = medusa.admin.get("/admin/inventory-items", sku=sku,
                              fields="id,metadata")["inventory_items"]
    return (item.get("metadata") or {}).get(MARKS) or {}


def test_a_weighed_line_takes_its_exact_weight_off_once(till, medusa):
    db, data_dir = till
    weighed_product(medusa, BANANA, "Chuối", 40_000)
    assert sync_once(data_dir) == 0  # the catalogue, the bananas by the kg, their 20 kg
    assert at_the_till(db, BANANA).on_hand == 20
    water = online(medusa, WATER)

    sale = sell_weighed(db, (BANANA, "1.250"), (WATER, "3"))
    assert sale.total == 50_000 + 15_000
    assert sync_once(data_dir) == 0  # push, stock pull, push
    [order] = orders_for(medusa, [sale.id])
    assert online(medusa, BANANA) == Decimal("18.75")
    assert online(medusa, WATER) == water - 3  # counted: the fulfilment alone, as before
    row = sale_row(db, sale.id)
    assert row.status == "sent" and row.remote_id == order["id"] and not row.last_error
    assert marks(medusa, BANANA)[f"sale {sale.id} line 1"]["state"] == "applied"
    assert f"sale {sale.id} line 2" not in marks(medusa, WATER)

    # pushed again, as after an uncertain outcome: the connector twice, then the engine with
    # the row's sent mark lost (the local commit after the push did not happen)
    connector = make_connector(*load_connection(data_dir), data_dir)
    assert connector.push("sale", sale.id, json.loads(row.payload), False).remote_id == order["id"]
    assert online(medusa, BANANA) == Decimal("18.75")
    with db.transaction() as s:
        s.execute(update(OutboxEvent).where(OutboxEvent.id == row.id).values(
            status="pending", sent_at=None))
    assert sync_once(data_dir) == 0
    assert online(medusa, BANANA) == Decimal("18.75")
    assert online(medusa, WATER) == water - 3
    assert orders_for(medusa, [sale.id]) == [order]  # still one order

    # the stock pull: the store's 18.75 kg, and the till's own -1,25 kg movement acknowledged
    # (not taken off a second time)
    assert sync_once(data_dir) == 0
    banana = at_the_till(db, BANANA)
    assert banana.on_hand == Decimal("18.75") and banana.last_synced == Decimal("18.75")
    assert banana.pending == ()
    with db.session() as s:
        moves = s.scalars(select(StockMovement).where(StockMovement.sale_id == sale.id)
                          .order_by(StockMovement.id)).all()
    assert [(m.quantity_milli, m.acknowledged) for m in moves] == [(-1250, True), (-3000, True)]


def test_a_push_cut_off_after_the_fulfilment_finishes_the_weight_on_retry(till, medusa,
                                                                         monkeypatch):
    db, data_dir = till
    weighed_product(medusa, BANANA, "Chuối", 40_000)
    assert sync_once(data_dir) == 0
    sale = sell_weighed(db, (BANANA, "0.800"))  # less than the one item Medusa takes off

    def cut_off(self, adjustment):
        raise StoreUnreachable("connection reset")

    with monkeypatch.context() as m:  # the line goes down after the fulfilment
        m.setattr(StockAdjustmentPusher, "push", cut_off)
        assert sync_once(data_dir) != 0
    assert online(medusa, BANANA) == 19  # Medusa took one item off
    assert sale_row(db, sale.id).status == "pending"

    assert sync_once(data_dir) == 0  # the retry finds the order and only corrects the level
    assert online(medusa, BANANA) == Decimal("19.2")
    assert len(orders_for(medusa, [sale.id])) == 1
    assert sync_once(data_dir) == 0
    assert online(medusa, BANANA) == Decimal("19.2")
    assert at_the_till(db, BANANA).on_hand == Decimal("19.2")


def test_a_weighed_line_never_takes_the_level_below_zero(till, medusa):
    db, data_dir = till
    weighed_product(medusa, BANANA, "Chuối", 40_000, level=1)
    assert sync_once(data_dir) == 0
    sale = sell_weighed(db, (BANANA, "1.250"))
    assert sync_once(data_dir) == 0
    assert online(medusa, BANANA) == 0
    row = sale_row(db, sale.id)
    assert row.status == "sent" and "stock exception" in row.last_error
