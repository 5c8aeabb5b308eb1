"""A return at the till reaches Medusa as a return on the sale's order, received at the shop
(restocked items back in stock, damaged ones not) and refunded — exactly once, however often
it is pushed, and never before its sale."""
from __future__ import annotations

import json
from decimal import Decimal

import pytest
from sqlalchemy import select

from till_helpers import orders_for, sell, sync_once, till  # noqa: F401

from pos.db.models import OutboxEvent, StockMovement
from pos.services import returns, users
from pos.services.returns import ReturnItem, ReturnRequest
from pos.services.settings import load_settings, save_settings
from sync.config import load_connection
from sync.connectors import make_connector

pytestmark = pytest.mark.medusa
WATER = "OMNI-WATER-500"  # 5 000 ₫
NOODLE = "OMNI-NOODLE-HH"  # 4 500 ₫


def medusa_returns(medusa, order_id: str) -> list[dict]:
    rows = medusa.admin.get("/admin/returns", order_id=order_id,
                            fields="id,status,metadata,*items")["returns"]
    return [r for r in rows if (r.get("metadata") or {}).get("pos_return_id")]


def refunds(medusa, order_id: str) -> list[dict]:
    order = medusa.admin.get(f"/admin/orders/{order_id}", fields=(
        "id,*payment_collections,*payment_collections.payments,"
        "*payment_collections.payments.refunds"))["order"]
    return [r for c in order["payment_collections"] for p in c["payments"]
            for r in p.get("refunds") or []]


def test_a_partial_return_shows_on_the_order_once(till, medusa):
    db, data_dir = till
    save_settings(db, return_manager_limit=-1)
    assert sync_once(data_dir) == 0  # the catalogue
    loc = medusa.shop.location_id
    sale = sell(db, [(WATER, 3), (NOODLE, 2)])
    assert sync_once(data_dir) == 0
    [order] = orders_for(medusa, [sale.id])
    water, noodle = medusa.admin.get_stock(WATER, loc), medusa.admin.get_stock(NOODLE, loc)

    request = ReturnRequest(sale.id, (ReturnItem(1, Decimal(2)),
                                      ReturnItem(2, Decimal(1), restock=False)), "cash", "torn")
    done = returns.complete_return(db, request, users.login(db, "1111"), load_settings(db))
    assert done.total == 14_500
    assert sync_once(data_dir) == 0
    assert sync_once(data_dir) == 0  # pushed twice: nothing new

    # and once more as after an uncertain outcome (the engine would say: not the first try)
    with db.session() as s:
        row = s.scalar(select(OutboxEvent).where(OutboxEvent.kind == "return"))
    assert row.status == "sent"
    conn, key = load_connection(data_dir)
    make_connector(conn, key, data_dir).push("return", row.ref, json.loads(row.payload), False)

    [ret] = medusa_returns(medusa, order["id"])
    assert ret["metadata"]["pos_return_id"] == done.id and ret["id"] == row.remote_id
    assert ret["status"] in ("received", "partially_received")
    assert sorted(int(i["quantity"]) for i in ret["items"]) == [1, 2]
    [refund] = refunds(medusa, order["id"])
    assert int(Decimal(str(refund["amount"]))) == 14_500 and done.id in refund["note"]
    assert medusa.admin.get_stock(WATER, loc) == water + 2  # back on the shelf
    assert medusa.admin.get_stock(NOODLE, loc) == noodle  # damaged: not restocked

    # the next stock snapshot holds the restock: the local movement is acknowledged
    with db.session() as s:
        moves = s.scalars(select(StockMovement).where(StockMovement.return_id == done.id)).all()
    assert [m.acknowledged for m in moves] == [True]


def test_a_return_waits_for_its_sale(till, medusa):
    db, data_dir = till
    save_settings(db, return_manager_limit=-1)
    assert sync_once(data_dir) == 0
    sale = sell(db, [(WATER, 1)])
    with db.transaction() as s:  # the sale is held back (e.g. refused and parked)
        s.get(OutboxEvent, s.scalar(select(OutboxEvent.id).where(OutboxEvent.ref == sale.id))
              ).status = "error"
    returns.complete_return(db, ReturnRequest(sale.id, (ReturnItem(1, Decimal(1)),), "cash"),
                            users.login(db, "1111"), load_settings(db))
    assert sync_once(data_dir) != 0
    with db.session() as s:
        row = s.scalar(select(OutboxEvent).where(OutboxEvent.kind == "return"))
    assert row.status == "pending" and "not in the online store yet" in row.last_error
