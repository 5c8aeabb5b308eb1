"""The dashboard's channel figures: this till, the shop's other tills (sales kept here and
those pulled from the central store), each online sales channel; totals; CSV; index use."""
from __future__ import annotations

import csv
from datetime import date, timedelta

import pytest
from sqlalchemy import text

from pos.db.customer_models import OnlineOrder
from pos.db.models import utcnow
from pos.domain.basket import Basket
from pos.domain.payment import CASH, Tender
from pos.services import catalog, reports, shifts
from pos.services.sales import complete_sale
from pos.services.settings import load_settings, save_settings
from pos.services.users import login

WATER = "SP0001"  # Nước suối Lavie 330ml, 6.000 ₫
COFFEE = "CF0161"  # Cà phê sữa đá, 25.000 ₫

TODAY = date.today()
# Yesterday to tomorrow: the rows below are stamped "now", whatever the time zone.
AROUND_NOW = reports.Period(TODAY - timedelta(days=1), TODAY + timedelta(days=1))


def sell(db, sku: str, qty: int):
    shop = load_settings(db)
    basket = Basket()
    for _ in range(qty):
        basket.add(catalog.scan(db, sku, shop))
    total = basket.totals(shop.tax_inclusive).total
    return complete_sale(db, basket, [Tender(CASH, total)], login(db, "1111"), shop)


def store_order(remote_id, total, channel="omnipos POS", terminal_id=None, customer=None,
                days_ago=0):
    return OnlineOrder(remote_id=remote_id, customer_remote_id=customer, display_id=remote_id[-3:],
                       channel=channel, total=total, terminal_id=terminal_id,
                       receipt=f"{terminal_id}-000001" if terminal_id else None,
                       created_at=utcnow() - timedelta(days=days_ago))


@pytest.fixture
def shop(demo_db):
    """T1 (this till) sold two, T2 one sale made on this database (the till was T2 before),
    and the store sent T3's two sales, three web orders and an old one out of the period."""
    t1 = [sell(demo_db, WATER, 1), sell(demo_db, COFFEE, 2)]
    save_settings(demo_db, terminal_id="T2")
    shifts.open_shift(demo_db, login(demo_db, "1111"), 0, load_settings(demo_db))
    t2 = sell(demo_db, WATER, 3)
    save_settings(demo_db, terminal_id="T1")
    with demo_db.transaction() as s:
        s.add_all([store_order("order_t3_001", 120_000, terminal_id="T3", customer="cus_an"),
                   store_order("order_t3_002", 30_000, terminal_id="T3"),
                   store_order("order_t2_001", 7_000, terminal_id="T2"),
                   store_order("order_web_001", 250_000, "Webshop"),
                   store_order("order_web_002", 150_000, "Webshop", customer="cus_an"),
                   store_order("order_shp_001", 90_000, "Shopee"),
                   store_order("order_web_old", 999_000, "Webshop", days_ago=9)])
    reports.update_summaries(demo_db)
    return {"t1": t1, "t2": t2}


def test_channels_are_this_till_the_other_tills_then_each_web_channel(demo_db, shop):
    figures = reports.by_channel(demo_db, AROUND_NOW, "T1")
    t1_amount = sum(s.total for s in shop["t1"])
    assert [(f.label, f.count, f.amount) for f in figures] == [
        ("till:T1", 2, t1_amount),
        ("till:T3", 2, 150_000),
        ("till:T2", 2, shop["t2"].total + 7_000),  # one kept here, one from the store
        ("online:Webshop", 2, 400_000),
        ("online:Shopee", 1, 90_000),
    ]


def test_totals_count_every_till_in_the_shop_and_the_web_apart(demo_db, shop):
    totals = reports.totals(demo_db, AROUND_NOW)
    in_shop = sum(s.total for s in shop["t1"]) + shop["t2"].total + 7_000 + 150_000
    assert (totals.sales_count, totals.amount) == (6, in_shop)
    assert (totals.online_count, totals.online_amount) == (3, 490_000)
    assert totals.average_basket == round(in_shop / 6)


def test_sales_by_day_add_up_to_the_in_shop_total_other_tills_included(demo_db, shop):
    days = reports.by_day(demo_db, AROUND_NOW)
    totals = reports.totals(demo_db, AROUND_NOW)
    assert sum(f.count for f in days) == totals.sales_count == 6  # web orders are not in it
    assert sum(f.amount for f in days) == totals.amount


def test_an_older_period_holds_only_the_old_web_order(demo_db, shop):
    nine_days_ago = TODAY - timedelta(days=9)
    old = reports.Period(nine_days_ago - timedelta(days=1), nine_days_ago + timedelta(days=1))
    assert [(f.label, f.count, f.amount) for f in reports.by_channel(demo_db, old, "T1")] == [
        ("online:Webshop", 1, 999_000)]
    totals = reports.totals(demo_db, old)
    assert (totals.sales_count, totals.online_count, totals.online_amount) == (0, 1, 999_000)


def test_another_till_sees_the_same_shop_from_its_side(demo_db, shop):
    labels = [f.label for f in reports.by_channel(demo_db, AROUND_NOW, "T3")]
    assert labels[0] == "till:T3"  # "this till" comes first


def test_csv_export_holds_the_channel_rows(demo_db, shop, tmp_path):
    data = reports.Dashboard(AROUND_NOW, reports.totals(demo_db, AROUND_NOW),
                             {"by_channel": reports.by_channel(demo_db, AROUND_NOW, "T1")})
    rows = list(csv.DictReader(reports.write_csv(data, tmp_path / "f.csv").open(encoding="utf-8")))
    assert {"section": "by_channel", "label": "till:T3", "count": "2", "amount": "150000"} in rows
    assert {"section": "totals", "label": "online", "count": "3", "amount": "490000"} in rows


def test_the_channel_figures_add_up_per_day_summary_rows(demo_db, shop):
    with demo_db.session() as s:
        plan = " ".join(row[-1] for row in s.execute(
            text("EXPLAIN QUERY PLAN " + reports.STORE_ORDERS), AROUND_NOW.params()))
    assert "SEARCH report_store_days USING PRIMARY KEY (day>? AND day<?)" in plan


def test_the_summary_follows_orders_changed_moved_and_removed(demo_db, shop):
    def store_channels():
        return [(f.label, f.count, f.amount) for f in reports.by_channel(demo_db, AROUND_NOW, "T1")
                if f.label != "till:T1"]

    with demo_db.transaction() as s:
        s.get(OnlineOrder, "order_t3_001").total = 100_000  # changed online
        s.get(OnlineOrder, "order_web_old").created_at = utcnow()  # into the period
        s.get(OnlineOrder, "order_shp_001").channel = "Webshop"
        s.delete(s.get(OnlineOrder, "order_t2_001"))  # canceled
    assert store_channels() == [("till:T3", 2, 130_000), ("till:T2", 1, shop["t2"].total),
                                ("online:Webshop", 4, 1_489_000)]
