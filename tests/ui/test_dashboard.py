"""The sales dashboard on a generated year of sales: figures match the sales table, every card
paints, periods switch, new sales show up, CSV export; opened from the manager menu."""
from __future__ import annotations

import csv
from datetime import date, timedelta

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QLabel, QTableWidget
from sqlalchemy import text

from benchmarks.sales_history import write_year
from pos.services import reports
from pos.services.settings import load_settings
from pos.services.users import list_users
from pos.ui.back_office import open_entry
from pos.ui.context import Till
from pos.ui.dashboard import SalesDashboard
from pos.ui.tasks import Tasks
from tests.ui.test_protected_and_crash import answer_dialog, manager_pin

YESTERDAY = date.today() - timedelta(days=1)


@pytest.fixture
def year_db(demo_db):
    """The demo shop with a year of sales up to yesterday, a few a day (a quick test)."""
    write_year(demo_db.path, per_day=6, seed=3, last_day=YESTERDAY, online_share=0.3)
    return demo_db


@pytest.fixture
def dashboard(qtbot, year_db, data_dir):
    till = Till(db=year_db, data_dir=data_dir, settings=load_settings(year_db), tasks=Tasks())
    till.user = next(u for u in list_users(year_db) if u.role == "manager")
    with qtbot.waitSignal(_all_painted_of(till), timeout=20_000):
        pass
    d = till.extras["dashboard"]
    qtbot.addWidget(d)
    d.show()
    yield d
    till.tasks.shutdown()
    dispose(d)


def dispose(dashboard) -> None:
    """Charts deleted now, not at interpreter exit (PySide6 can crash freeing them there)."""
    dashboard.close()
    dashboard.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


def _all_painted_of(till):
    d = till.extras["dashboard"] = SalesDashboard(till)
    return d.all_painted


def raw_figures(db, first: date, last: date) -> tuple[int, int]:
    """Count and amount straight from the sales table, by local day (no summaries)."""
    with db.session() as s:
        return tuple(s.execute(text(
            "SELECT count(*), coalesce(sum(total), 0) FROM sales WHERE status = 'completed' "
            "AND date(created_at, 'localtime') BETWEEN :a AND :b"),
            {"a": first.isoformat(), "b": last.isoformat()}).one())


def choose(qtbot, d, preset: str) -> None:
    with qtbot.waitSignal(d.all_painted, timeout=20_000):
        d.preset.setCurrentIndex(d.preset.findData(preset))


def test_the_last_30_days_match_the_sales_and_every_card_paints(qtbot, dashboard, year_db):
    d = dashboard
    period = d.data.period
    assert (period.first, period.last) == (date.today() - timedelta(days=29), date.today())
    count, amount = raw_figures(year_db, period.first, period.last)
    assert (d.data.totals.sales_count, d.data.totals.amount) == (count, amount) and count > 100
    assert d.data.totals.average_basket == round(amount / count)
    assert d.findChild(QLabel, "tileValue").text() == d.till.money(amount)
    online = d.tiles["onlineTile"]
    assert online.value.text() == d.till.money(d.data.totals.online_amount)
    assert f"({d.data.totals.online_count})" in online.caption.text()
    assert d.tiles["returnsTile"].value.text() == "—"  # no returns in the generated year
    for name in ("byDayCard", "byHourCard", "byChannelCard", "byCashierCard", "byCategoryCard"):
        assert d.findChild(type(d.cards["by_day"]), name).findChild(QChartView) is not None
    assert d.findChild(QTableWidget, "topProductsTable").rowCount() == 10
    channels = {f.label for f in d.data.sections["by_channel"]}
    assert {"till:T1", "till:T2", "online:Webshop"} <= channels
    assert sum(f.amount for f in d.data.sections["by_cashier"]) == amount
    assert sum(f.amount for f in d.data.sections["by_hour"]) == amount


def test_a_whole_year_and_sales_made_since_opening(qtbot, dashboard, year_db):
    d = dashboard
    choose(qtbot, d, "last365")
    first = date.today() - timedelta(days=364)
    count, amount = raw_figures(year_db, first, date.today())
    assert (d.data.totals.sales_count, d.data.totals.amount) == (count, amount)
    assert sum(f.amount for f in d.data.sections["by_day"]) == amount
    assert len(d.data.sections["by_day"]) >= 360  # every day but a few (today has none yet)

    write_year(year_db.path, per_day=5, seed=9, last_day=date.today(), days=1)  # today's sales
    with qtbot.waitSignal(d.all_painted, timeout=20_000):
        d.reload()
    assert d.data.totals.sales_count > count
    assert (d.data.totals.sales_count, d.data.totals.amount) == raw_figures(
        year_db, first, date.today())


def test_dates_typed_by_hand_and_a_backwards_range(qtbot, dashboard, year_db):
    d = dashboard
    with qtbot.waitSignal(d.all_painted, timeout=20_000):
        d.first.setDate(d.first.date().addDays(-60))
    assert d.preset.currentData() == "custom"
    assert (d.data.period.last - d.data.period.first).days == 89
    shown = d.data
    d.first.setDate(d.last.date().addDays(1))  # after the end date: refused, nothing reloads
    assert "after the end date" in d.status.text()
    assert d.data is shown


def test_csv_export_holds_what_is_shown(qtbot, dashboard, tmp_path, monkeypatch):
    target = tmp_path / "figures.csv"
    monkeypatch.setattr("pos.ui.dashboard.choose_csv_path", lambda *a: str(target))
    dashboard.export.click()
    qtbot.waitUntil(lambda: "Saved to" in dashboard.status.text(), timeout=10_000)
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    totals = dashboard.data.totals
    assert {"section": "totals", "label": "in shop", "count": str(totals.sales_count),
            "amount": str(totals.amount)} in rows
    assert {"section": "totals", "label": "returns", "count": "0", "amount": "0"} in rows
    best = [r for r in rows if r["section"] == "top_products"]
    assert [r["label"] for r in best] == [f.label for f in dashboard.data.sections["top_products"]]
    assert {r["section"] for r in rows} >= {"period", "by_day", "by_hour", "by_channel",
                                             "by_cashier", "by_category"}


def test_summaries_are_added_to_not_rebuilt(year_db):
    assert reports.update_summaries(year_db) == 0  # the generator brought them up to date
    counts = write_year(year_db.path, per_day=3, seed=5, last_day=date.today(), days=1,
                        summarise=False)
    assert reports.update_summaries(year_db) == counts["sales"]  # only the new ones are read
    today = reports.Period(date.today(), date.today())
    assert (reports.totals(year_db, today).sales_count,
            reports.totals(year_db, today).amount) == raw_figures(year_db, today.first, today.last)


def test_a_cashier_opens_the_dashboard_from_the_manager_menu_with_a_manager_pin(
        qtbot, logged_in):
    answer_dialog(qtbot, "managerApproval", manager_pin("9999"))
    open_entry(logged_in.sale, "pos.ui.dashboard:open_dashboard")
    d = logged_in.till.extras["dashboard"]
    qtbot.addWidget(d)
    qtbot.waitUntil(lambda: not d._waiting, timeout=20_000)
    assert d.isVisible() and QApplication.activeWindow() in (d, None, logged_in)
    assert d.data.totals.sales_count == 0  # the demo shop has no sales yet
    assert d.cards["by_day"].waiting.text() == "No sales in this period."
    dispose(logged_in.till.extras.pop("dashboard"))


def test_a_shop_upgrading_with_a_year_of_sales_builds_the_summaries_in_steps(
        qtbot, demo_db, data_dir, monkeypatch):
    counts = write_year(demo_db.path, per_day=4, seed=11, last_day=YESTERDAY, summarise=False)
    monkeypatch.setattr(reports, "SUMMARY_BATCH", 300)  # many steps
    till = Till(db=demo_db, data_dir=data_dir, settings=load_settings(demo_db), tasks=Tasks())
    till.user = next(u for u in list_users(demo_db) if u.role == "admin")
    d = SalesDashboard(till)
    qtbot.addWidget(d)
    steps = []
    d.preparing.connect(steps.append)
    with qtbot.waitSignal(d.all_painted, timeout=30_000):
        d.show()
    try:
        assert len(steps) >= counts["sales"] // 300 - 1 and steps == sorted(steps, reverse=True)
        period = d.data.period
        assert (d.data.totals.sales_count, d.data.totals.amount) == raw_figures(
            demo_db, period.first, period.last)
        assert reports.summarise_some(demo_db) == (0, 0)
    finally:
        till.tasks.shutdown()
        dispose(d)
