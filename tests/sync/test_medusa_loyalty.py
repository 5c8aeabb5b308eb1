"""One loyalty balance across tills, kept in Medusa customer metadata (real Medusa).

Points earned offline go up as ledger entries identified by id: a push retried after an
uncertain outcome (the store did it, the till never heard) counts them once."""
from __future__ import annotations

import pytest
from store_link import connect_as
from till_helpers import sync_once, till  # noqa: F401

from pos.app import open_shop
from pos.db.loyalty_models import LoyaltyEntry
from pos.db.models import OutboxEvent
from pos.domain.basket import Basket
from pos.domain.payment import CASH, POINTS, Tender
from pos.services import catalog, customers, loyalty, sales, users
from pos.services.settings import load_settings, save_settings
from sync.config import load_connection
from sync.connectors.medusa import MedusaConnector
from sync.engine import SyncEngine

pytestmark = pytest.mark.medusa
WATER = "OMNI-WATER-500"  # 10.000 ₫ in the seeded shop
SPEND_PER_POINT = 1_000
POINT_VALUE = 100


def enable_loyalty(db) -> None:
    save_settings(db, loyalty_spend_per_point=SPEND_PER_POINT, loyalty_point_value=POINT_VALUE)


def open_shift_if_needed(db, cashier) -> None:
    try:
        from pos.services import shifts
    except ImportError:
        return
    settings = load_settings(db)
    if shifts.current_shift(db, settings) is None:
        shifts.open_shift(db, cashier, 0, settings)


@pytest.fixture
def second_till(tmp_path, medusa):
    """Another till of the same shop: its own data folder, the same online store."""
    data_dir = tmp_path / "till2"
    db = open_shop(data_dir, create_demo=False)
    owner = users.add_user(db, "Chủ", "admin", "0001")  # connects the till
    cashier = users.add_user(db, "Minh", "cashier", "2222", by=owner)
    open_shift_if_needed(db, cashier)
    save_settings(db, terminal_id="T2")
    assert connect_as(data_dir, medusa, "Chủ", "0001", "--location-id",
                      medusa.shop.location_id) == 0
    enable_loyalty(db)
    yield db, data_dir
    db.close()


def sell_to(db, customer_id, pin="1111", points=0, qty=1):
    settings = load_settings(db)
    cashier = users.login(db, pin)
    open_shift_if_needed(db, cashier)
    basket = Basket(customer_id=customer_id)
    for _ in range(qty):
        basket.add(catalog.scan(db, WATER, settings))
    total = basket.totals(settings.tax_inclusive).total
    tenders = [Tender(POINTS, points * POINT_VALUE)] if points else []
    tenders.append(Tender(CASH, total - points * POINT_VALUE))
    return sales.complete_sale(db, basket, tenders, cashier, settings)


def online_points(medusa, remote_id):
    [row] = medusa.admin.get("/admin/customers", **{"id[]": remote_id},
                             fields="id,metadata")["customers"]
    return (row.get("metadata") or {}).get("loyalty_points")


def local(db, phone):
    [c] = customers.find_customers(db, phone)
    return c


def forget_the_confirmation(db) -> None:
    """As if the till crashed after the store counted the points, before it noted it."""
    with db.transaction() as s:
        s.query(OutboxEvent).filter_by(kind="loyalty").update(
            {"status": "pending", "next_attempt_at": None})
        s.query(LoyaltyEntry).update({"pushed": False})


def test_points_earned_offline_count_once_online_however_often_pushed(till, medusa):
    db, data_dir = till
    enable_loyalty(db)
    assert sync_once(data_dir) == 0  # the catalogue
    c = customers.add_customer(db, "Chị Lan Anh", "0955 111 222")
    earned = sum(sell_to(db, c.id).total // SPEND_PER_POINT for _ in range(2))  # offline
    assert loyalty.balance(db, c.id) == earned
    assert sync_once(data_dir) == 0
    remote_id = local(db, "0955111222").remote_id
    assert online_points(medusa, remote_id) == earned
    forget_the_confirmation(db)
    assert sync_once(data_dir) == 0  # pushed again: already counted
    assert online_points(medusa, remote_id) == earned
    assert loyalty.balance(db, c.id) == earned  # pulled back, not doubled


def test_a_reset_after_the_store_counted_the_points_does_not_count_them_twice(
        till, medusa, faulty_proxy):
    db, data_dir = till
    enable_loyalty(db)
    assert sync_once(data_dir) == 0  # the catalogue
    c = customers.add_customer(db, "Anh Quân", "0955 333 444")
    sell_to(db, c.id)
    assert sync_once(data_dir) == 0
    before = loyalty.balance(db, c.id)
    earned = sell_to(db, c.id, qty=3).total // SPEND_PER_POINT
    conn, key = load_connection(data_dir)
    connector = MedusaConnector(faulty_proxy.url, key, ids=conn.ids, timeout=(5.0, 5.0),
                                reuse_connections=False)
    # the loyalty row goes first: GET the customer, then the POST is done but its answer lost
    faulty_proxy.set_schedule(["pass", "reset"])
    engine = SyncEngine(db, connector)
    assert engine.push().offline
    remote_id = local(db, "0955333444").remote_id
    assert online_points(medusa, remote_id) == before + earned  # the store did it
    report = engine.push()  # the retry finds the entries already counted
    assert report.pushed >= 1 and not report.offline
    assert sync_once(data_dir) == 0
    assert online_points(medusa, remote_id) == before + earned
    assert loyalty.balance(db, c.id) == before + earned


def test_a_second_till_sees_the_balance_and_spends_it_for_both(till, second_till, medusa):
    db, data_dir = till
    db2, data_dir2 = second_till
    enable_loyalty(db)
    assert sync_once(data_dir) == 0  # the catalogue
    c = customers.add_customer(db, "Cô Tuyết", "0955 666 777")
    earned = sell_to(db, c.id, qty=5).total // SPEND_PER_POINT
    assert sync_once(data_dir) == 0
    assert sync_once(data_dir2) == 0
    there = local(db2, "0955666777")
    assert there.points == earned
    spent = earned // 2
    sale = sell_to(db2, there.id, pin="2222", points=spent)
    after = earned - spent + (sale.total - spent * POINT_VALUE) // SPEND_PER_POINT
    assert loyalty.balance(db2, there.id) == after
    assert sync_once(data_dir2) == 0
    assert online_points(medusa, there.remote_id) == after
    assert sync_once(data_dir) == 0
    assert loyalty.balance(db, c.id) == after


def test_a_till_customer_merged_with_an_online_one_adds_to_the_online_balance(till, medusa):
    db, data_dir = till
    enable_loyalty(db)
    assert sync_once(data_dir) == 0
    online = medusa.admin.create_customer("thao@example.com", "Lê Thảo", "",
                                          phone="+84955888999",
                                          metadata={"loyalty_points": 100})
    mine = customers.add_customer(db, "chị Thảo", "0955 888 999")  # the till did not know her
    earned = sell_to(db, mine.id).total // SPEND_PER_POINT
    assert sync_once(data_dir) == 0
    assert online_points(medusa, online["id"]) == 100 + earned
    found = local(db, "0955888999")
    assert found.remote_id == online["id"] and found.points == 100 + earned


def test_a_loyalty_card_given_at_one_till_works_at_the_other(till, second_till, medusa):
    db, data_dir = till
    db2, data_dir2 = second_till
    c = customers.add_customer(db, "Bà Sáu", "0955 000 123", card_code="LC-SAU-01")
    assert sync_once(data_dir) == 0
    assert sync_once(data_dir2) == 0
    found = customers.find_by_card(db2, "LC-SAU-01")
    assert found is not None and found.phone == "+84955000123"
    customers.edit_customer(db2, found.id, card_code="LC-SAU-02")  # she lost the first one
    assert sync_once(data_dir2) == 0
    assert sync_once(data_dir) == 0
    assert customers.find_by_card(db, "LC-SAU-02").id == c.id
    assert customers.find_by_card(db, "LC-SAU-01") is None


def test_points_dropped_by_another_tills_late_write_are_sent_again(till, second_till, medusa):
    db, data_dir = till
    db2, data_dir2 = second_till
    enable_loyalty(db)
    assert sync_once(data_dir) == 0  # the catalogue
    c = customers.add_customer(db, "Chú Bảy", "0955 777 000")
    first = sell_to(db, c.id).total // SPEND_PER_POINT
    assert sync_once(data_dir) == 0
    remote_id = local(db, "0955777000").remote_id
    [row] = medusa.admin.get("/admin/customers", **{"id[]": remote_id},
                             fields="id,metadata")["customers"]
    stale = {k: row["metadata"][k] for k in ("loyalty_points", "loyalty_applied")}
    assert sync_once(data_dir2) == 0
    there = local(db2, "0955777000")
    second = sell_to(db2, there.id, pin="2222", qty=2).total // SPEND_PER_POINT
    assert sync_once(data_dir2) == 0
    assert online_points(medusa, remote_id) == first + second
    # till 1's write that read the customer before till 2's landed after it (no CAS online)
    medusa.admin.post(f"/admin/customers/{remote_id}", {"metadata": stale})
    assert online_points(medusa, remote_id) == first
    assert sync_once(data_dir2) == 0  # pull: till 2's entry is missing, so it goes again
    assert sync_once(data_dir2) == 0
    assert online_points(medusa, remote_id) == first + second
    assert sync_once(data_dir) == 0
    assert loyalty.balance(db, c.id) == first + second
