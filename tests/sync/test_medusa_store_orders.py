"""The manager's channel figures from the real store: this till's sales, another till's sales
pushed from its own database, and a guest order of a web sales channel; pulled again, nothing
is counted twice; a canceled web order stops counting (real Medusa)."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from store_link import connect_as
from till_helpers import sell, sync_once, till  # noqa: F401

from pos.app import open_shop
from pos.services import reports, shifts, users
from pos.services.settings import load_settings, save_settings

pytestmark = pytest.mark.medusa

WEB = "Webshop Q"  # a channel of this test only: other tests' orders are elsewhere
THIS, OTHER = "Q1", "Q2"  # till ids of this test only (other tests sell as T1 and T2)
AROUND_TODAY = reports.Period(date.today() - timedelta(days=1), date.today() + timedelta(days=1))


def as_till(db, terminal_id: str) -> None:
    """The till's id, and a shift open on it for the cashier `sell` logs in (PIN 1111)."""
    save_settings(db, terminal_id=terminal_id)
    shifts.open_shift(db, users.login(db, "1111"), 0, load_settings(db))


@pytest.fixture
def other_till(tmp_path, medusa):
    data_dir = tmp_path / "till2"
    db = open_shop(data_dir, create_demo=False)
    owner = users.add_user(db, "Chủ", "admin", "0001")  # connects the till
    users.add_user(db, "Minh", "cashier", "1111", by=owner)
    as_till(db, OTHER)
    assert connect_as(data_dir, medusa, "Chủ", "0001", "--location-id",
                      medusa.shop.location_id) == 0
    yield db, data_dir
    db.close()


def web_order(medusa, channel_id: str, amount: int, paid: bool = True) -> dict:
    """A guest's order in the web channel (no customer, no e-mail)."""
    admin = medusa.admin
    draft = admin.post("/admin/draft-orders", {
        "region_id": medusa.shop.region_id, "sales_channel_id": channel_id,
        "currency_code": "vnd", "no_notification_order": True,
        "items": [{"title": "Giỏ quà Tết", "quantity": 1, "unit_price": amount}]})["draft_order"]
    order = admin.post(f"/admin/draft-orders/{draft['id']}/convert-to-order")["order"]
    if paid:
        pc = admin.post("/admin/payment-collections", {"order_id": order["id"],
                                                       "amount": order["total"]})
        admin.post(f"/admin/payment-collections/{pc['payment_collection']['id']}/mark-as-paid",
                   {"order_id": order["id"]})
    return admin.get(f"/admin/orders/{order['id']}", fields="id,total,customer_id")["order"]


def channels(db) -> dict[str, tuple[int, int]]:
    reports.update_summaries(db)  # as the dashboard does first: this till's new sales
    mine = {f"till:{THIS}", f"till:{OTHER}", f"online:{WEB}"}
    return {f.label: (f.count, f.amount) for f in reports.by_channel(db, AROUND_TODAY, THIS)
            if f.label in mine}


def test_this_till_another_till_and_a_web_guest_each_counted_once(till, other_till, medusa):
    db, data_dir = till
    as_till(db, THIS)
    other_db, other_dir = other_till
    web = medusa.admin.ensure_sales_channel(WEB, "the shop's web shop")
    guest = web_order(medusa, web, 120_000)
    dropped = web_order(medusa, web, 35_000, paid=False)
    assert guest["customer_id"] is None

    assert sync_once(other_dir) == 0  # the catalogue, to sell
    theirs = [sell(other_db, [("OMNI-WATER-500", 2)]), sell(other_db, [("OMNI-NOODLE-HH", 1)])]
    assert sync_once(other_dir) == 0  # pushed
    assert sync_once(data_dir) == 0
    mine = sell(db, [("OMNI-COFFEE-G7", 1)])
    assert sync_once(data_dir) == 0  # pushed, then pulled back: not counted a second time

    expected = {f"till:{THIS}": (1, mine.total),
                f"till:{OTHER}": (2, sum(s.total for s in theirs)),
                f"online:{WEB}": (2, 155_000)}
    assert channels(db) == expected
    assert sync_once(data_dir) == 0
    assert channels(db) == expected  # a second pull doubles nothing

    medusa.admin.post(f"/admin/orders/{dropped['id']}/cancel")
    assert sync_once(data_dir) == 0
    assert channels(db) == {**expected, f"online:{WEB}": (1, 120_000)}
    labels = [f.label for f in reports.by_channel(db, AROUND_TODAY, THIS)]
    assert labels[0] == f"till:{THIS}"
    totals = reports.totals(db, AROUND_TODAY)
    assert totals.sales_count >= 3 and totals.online_count >= 1
