"""A return at the till reaches Medusa as a return on the sale's order, received at the shop
(restocked items back in stock, damaged ones not) and refunded — exactly once, however often
it is pushed, and never before its sale."""
from __future__ import annotations

import json
from decimal import Decimal

import pytest
from sqlalchemy import select

from store_link import connect_as
from till_helpers import (orders_for, sell, sell_weighed, sync_once, till,  # noqa: F401
                          weighed_product)

from pos.app import open_shop
from pos.db.models import OutboxEvent, StockMovement
from pos.services import returns, shifts, users
from pos.services.errors import NotAllowed
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
    store_connector(data_dir).push("return", row.ref, json.loads(row.payload), False)

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


def store_connector(data_dir):
    conn, key = load_connection(data_dir)
    return make_connector(conn, key, data_dir)


def test_an_online_order_is_returned_at_the_till_and_on_the_order(till, medusa):
    db, data_dir = till
    save_settings(db, return_manager_limit=-1, returns_from_other_tills=True)
    assert sync_once(data_dir) == 0
    web = medusa.shop.default_sales_channel_id  # the web shop sells from the same location
    medusa.admin.post(f"/admin/stock-locations/{medusa.shop.location_id}/sales-channels",
                      {"add": [web]})
    order = medusa.admin.record_pos_sale(
        medusa.shop.pos.__class__(**{**medusa.shop.pos.__dict__, "sales_channel_id": web}),
        [(medusa.shop.variants[NOODLE].variant_id, 3, None)], email="web@example.vn")
    shop = load_settings(db)
    fetched = store_connector(data_dir).fetch_order(f"#{order['display_id']}")
    original = returns.remember_order(db, fetched, shop)
    assert [(l.sku, l.sold_milli) for l in original.lines] == [(NOODLE, 3000)]
    done = returns.complete_return(db, ReturnRequest(original.sale_id, (
        ReturnItem(1, Decimal(1)),), "original"), users.login(db, "1111"), shop)
    assert [(r.method, r.amount) for r in done.refunds] == [("online", 4_500)]
    assert sync_once(data_dir) == 0
    assert sync_once(data_dir) == 0
    [ret] = medusa_returns(medusa, order["id"])
    assert ret["metadata"]["pos_return_id"] == done.id and int(ret["items"][0]["quantity"]) == 1
    [refund] = refunds(medusa, order["id"])
    assert int(Decimal(str(refund["amount"]))) == 4_500


def test_another_tills_receipt_is_returned_here(till, medusa, tmp_path):
    db, data_dir = till
    save_settings(db, return_manager_limit=-1)
    assert sync_once(data_dir) == 0
    sale = sell(db, [(WATER, 2)])
    assert sync_once(data_dir) == 0
    [order] = orders_for(medusa, [sale.id])

    other_dir = tmp_path / "till2"  # a second till of the same shop
    other = open_shop(other_dir, create_demo=False)
    owner = users.add_user(other, "Chủ", "admin", "0001")  # connects the till
    lan = users.add_user(other, "Lan", "cashier", "1111", by=owner)
    save_settings(other, terminal_id="T2", return_manager_limit=-1)
    shifts.open_shift(other, lan, 0, load_settings(other))
    assert connect_as(other_dir, medusa, "Chủ", "0001", "--location-id",
                      medusa.shop.location_id) == 0
    assert sync_once(other_dir) == 0
    fetched = store_connector(other_dir).fetch_order(sale.receipt_label)
    with pytest.raises(NotAllowed):
        returns.remember_order(other, fetched, load_settings(other))
    save_settings(other, returns_from_other_tills=True)
    shop = load_settings(other)
    original = returns.remember_order(other, fetched, shop)
    assert original.origin == "other_till" and original.total == sale.total
    done = returns.complete_return(other, ReturnRequest(original.sale_id, (
        ReturnItem(1, Decimal(2)),), "cash"), lan, shop)
    assert done.label == "T2-R000001" and done.total == 10_000
    assert sync_once(other_dir) == 0
    [ret] = medusa_returns(medusa, order["id"])
    assert ret["metadata"]["pos_return_id"] == done.id
    other.close()


def test_a_half_done_return_is_resumed_not_repeated(till, medusa):
    from sync.connectors.medusa_returns import ReturnPusher

    db, data_dir = till
    save_settings(db, return_manager_limit=-1)
    assert sync_once(data_dir) == 0
    sale = sell(db, [(WATER, 4)])
    assert sync_once(data_dir) == 0
    [order] = orders_for(medusa, [sale.id])
    lan, shop = users.login(db, "1111"), load_settings(db)
    first = returns.complete_return(db, ReturnRequest(sale.id, (ReturnItem(1, Decimal(1)),),
                                                      "cash"), lan, shop)
    second = returns.complete_return(db, ReturnRequest(sale.id, (ReturnItem(1, Decimal(2)),),
                                                       "cash"), lan, shop)
    with db.session() as s:
        payloads = {r.ref: json.loads(r.payload) for r in s.scalars(
            select(OutboxEvent).where(OutboxEvent.kind == "return"))}
    connector = store_connector(data_dir)
    pusher = ReturnPusher(connector.http, connector.ids)
    # the first return stopped after "request items" (a crash before "request")
    got = pusher.order_of_sale(payloads[first.id])
    ret = pusher.create_return(got, payloads[first.id])
    items, _ = pusher.items(got, payloads[first.id], {})
    medusa.admin.post(f"/admin/returns/{ret['id']}/request-items",
                      {"items": [{"id": i["id"], "quantity": i["quantity"]} for i in items]})
    assert sync_once(data_dir) == 0  # resumes the first, then pushes the second
    assert sync_once(data_dir) == 0
    found = {r["metadata"]["pos_return_id"]: r for r in medusa_returns(medusa, order["id"])}
    assert set(found) == {first.id, second.id}
    assert [sum(int(i["quantity"]) for i in found[r.id]["items"]) for r in (first, second)] \
        == [1, 2]
    assert sorted(int(Decimal(str(r["amount"]))) for r in refunds(medusa, order["id"])) \
        == [5_000, 10_000]


# -- weighed items ----------------------------------------------------------------------------
PORK = "OMNI-PORK-KG"  # Thịt ba chỉ, sold by the kg: 120 000 ₫ a kg


def stock_of(medusa, sku: str) -> Decimal:
    return Decimal(str(medusa.admin.get_stock(sku, medusa.shop.location_id)))


def test_a_weighed_line_returned_in_part_goes_back_in_stock_online_once(till, medusa):
    db, data_dir = till
    save_settings(db, return_manager_limit=-1)
    weighed_product(medusa, PORK, "Thịt ba chỉ", 120_000)
    assert sync_once(data_dir) == 0  # the catalogue, the pork by the kg
    sale = sell_weighed(db, (PORK, "1.250"))
    assert sale.total == 150_000
    assert sync_once(data_dir) == 0
    [order] = orders_for(medusa, [sale.id])
    after_sale = stock_of(medusa, PORK)

    lan, shop = users.login(db, "1111"), load_settings(db)
    back = returns.complete_return(db, ReturnRequest(sale.id, (ReturnItem(1, Decimal("0.5")),),
                                                     "cash"), lan, shop)
    assert back.total == 60_000
    assert sync_once(data_dir) == 0
    assert stock_of(medusa, PORK) == after_sale + Decimal("0.5")  # back on the shelf online

    # pushed again, as after an uncertain outcome: the stock moves once, the refund is once
    with db.session() as s:
        row = s.scalar(select(OutboxEvent).where(OutboxEvent.ref == back.id))
    assert row.status == "sent"
    connector = store_connector(data_dir)
    connector.push("return", row.ref, json.loads(row.payload), False)
    assert stock_of(medusa, PORK) == after_sale + Decimal("0.5")
    assert [int(Decimal(str(r["amount"]))) for r in refunds(medusa, order["id"])] == [60_000]
    assert medusa_returns(medusa, order["id"]) == []  # no half-made return left on the order

    # the rest comes back damaged: refunded, not restocked anywhere
    damaged = returns.complete_return(db, ReturnRequest(sale.id, (
        ReturnItem(1, Decimal("0.75"), restock=False),), "cash"), lan, shop)
    assert sync_once(data_dir) == 0
    assert stock_of(medusa, PORK) == after_sale + Decimal("0.5")
    assert sorted(int(Decimal(str(r["amount"]))) for r in refunds(medusa, order["id"])) \
        == [60_000, 90_000]

    # the next stock snapshot holds the restock: the local movement is acknowledged, and the
    # till's figure is the store's
    assert sync_once(data_dir) == 0
    with db.session() as s:
        moves = s.scalars(select(StockMovement).where(
            StockMovement.return_id.in_([back.id, damaged.id]))).all()
    assert [(m.quantity_milli, m.acknowledged) for m in moves] == [(500, True)]


RECEIVED = ("received", "partially_received")


def test_a_weighed_and_a_counted_line_in_one_return(till, medusa):
    db, data_dir = till
    save_settings(db, return_manager_limit=-1)
    weighed_product(medusa, PORK, "Thịt ba chỉ", 120_000)
    assert sync_once(data_dir) == 0
    sale = sell_weighed(db, (PORK, "0.800"), (WATER, "2"))
    assert sync_once(data_dir) == 0
    [order] = orders_for(medusa, [sale.id])
    pork, water = stock_of(medusa, PORK), stock_of(medusa, WATER)
    done = returns.complete_return(db, ReturnRequest(sale.id, (
        ReturnItem(1, Decimal("0.8")), ReturnItem(2, Decimal(1))), "cash"),
        users.login(db, "1111"), load_settings(db))
    assert sync_once(data_dir) == 0
    assert sync_once(data_dir) == 0
    assert stock_of(medusa, PORK) == pork + Decimal("0.8")
    assert stock_of(medusa, WATER) == water + 1
    [ret] = medusa_returns(medusa, order["id"])  # the water, as a return on the order
    assert ret["metadata"]["pos_return_id"] == done.id and ret["status"] in RECEIVED
    assert [int(i["quantity"]) for i in ret["items"]] == [1]
    [refund] = refunds(medusa, order["id"])
    assert int(Decimal(str(refund["amount"]))) == done.total
