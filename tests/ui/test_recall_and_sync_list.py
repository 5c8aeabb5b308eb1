"""Nothing hidden (issue #14): the recall list shows each parked sale's time on the till's clock,
cashier, lines, total and customer; the sync panel lists what is waiting to reach the store.
Keys only, sent to whatever has the focus."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pos.db.models import OutboxEvent, ParkedSale
from pos.domain.basket import Basket
from pos.format import format_money
from pos.services import catalog, customers, outbox, parking, users
from pos.services.demo import demo_ean
from tests.services.test_outbox_waiting import sell, set_row
from tests.services.test_parked_list import vietnam_clock  # noqa: F401 - a fixture
from tests.ui.keys import active_name, press, send, wait_active
from tests.ui.test_keyboard_flows import open_manager_entry, at_scan_field, scan

WATER, COLA = demo_ean(1), demo_ean(4)  # 6.000 ₫, 10.000 ₫


def wall_clock(local: datetime) -> str:
    return local.strftime("%H:%M" if local.date() == datetime.now().date() else "%d/%m %H:%M")


def rows_of(tree) -> list[list[str]]:
    return [[tree.topLevelItem(r).text(c) for c in range(tree.columnCount())]
            for r in range(tree.topLevelItemCount())]


def test_recall_list_shows_time_cashier_lines_total_customer(qtbot, vietnam_clock, logged_in,
                                                             demo_db):
    w = logged_in
    for code in (WATER, COLA, COLA):  # Lan parks two lines (the second cola adds to one)
        scan(qtbot, w, code)
    press(qtbot, Qt.Key_F6)
    qtbot.waitUntil(lambda: "parked" in w.sale.message.text())
    hoa = customers.add_customer(demo_db, "Chị Hoa", phone="0903123456")
    minh = next(u for u in users.list_users(demo_db) if u.name == "Minh")
    water = Basket()  # parked by Minh meanwhile, for Chị Hoa
    water.add(catalog.scan(demo_db, "SP0001", w.till.settings))
    water.customer_id = hoa.id
    parking.park(demo_db, water, minh.id)
    water_total = water.totals(w.till.settings.tax_inclusive).total
    parked = parking.list_parked(demo_db)

    at_scan_field(qtbot, w)
    press(qtbot, Qt.Key_F7)
    dialog = wait_active(qtbot, "recallDialog")
    assert QApplication.focusWidget() is dialog.list
    rows = rows_of(dialog.list)
    times = [wall_clock(p.created_at + timedelta(hours=7)) for p in parked]  # not UTC
    assert rows == [[times[0], "Lan", "2", format_money(26000, "VND", "vi_VN"), "—", "—", ""],
                    [times[1], "Minh", "1", w.till.money(water_total), "Chị Hoa", "—", ""]]
    send(qtbot, Qt.Key_Down, Qt.Key_Return)  # the second: Chị Hoa's
    qtbot.waitUntil(lambda: len(w.sale.basket.lines) == 1)
    qtbot.waitUntil(lambda: len(parking.list_parked(demo_db)) == 1)
    assert w.sale.basket.customer_id == hoa.id
    assert w.sale.message.text() == "Parked sale recalled."
    assert active_name() == "mainWindow"

    at_scan_field(qtbot, w)
    press(qtbot, Qt.Key_F7)
    wait_active(qtbot, "recallDialog")
    press(qtbot, Qt.Key_Escape)  # closes, nothing recalled, nothing parked
    qtbot.waitUntil(lambda: active_name() == "mainWindow")
    assert len(parking.list_parked(demo_db)) == 1 and len(w.sale.basket.lines) == 1


def test_a_sale_parked_days_ago_shows_its_date(qtbot, vietnam_clock, logged_in, demo_db):
    w = logged_in
    scan(qtbot, w, WATER)
    press(qtbot, Qt.Key_F6)
    qtbot.waitUntil(lambda: len(parking.list_parked(demo_db)) == 1)
    with demo_db.transaction() as s:  # parked on the 1st of March at 23:30 UTC
        s.query(ParkedSale).update({ParkedSale.created_at: datetime(2026, 3, 1, 23, 30)})
    at_scan_field(qtbot, w)
    press(qtbot, Qt.Key_F7)
    dialog = wait_active(qtbot, "recallDialog")
    assert rows_of(dialog.list)[0][:3] == ["02/03 06:30", "Lan", "1"]  # UTC+7: 2 March
    press(qtbot, Qt.Key_Escape)
    qtbot.waitUntil(lambda: active_name() == "mainWindow")


# -- the sync panel ---------------------------------------------------------------------------
def open_sync_panel(qtbot, w):
    at_scan_field(qtbot, w)
    open_manager_entry(qtbot, "syncPanelAction")  # F11 → Waiting to sync, keys only
    panel = wait_active(qtbot, "syncPanel")
    qtbot.waitUntil(lambda: panel.waiting.topLevelItemCount() > 0)
    return panel


def test_sync_panel_lists_each_waiting_change(qtbot, logged_in, demo_db, demo_settings):
    w = logged_in
    first, second = sell(demo_db, demo_settings), sell(demo_db, demo_settings)
    rows = outbox.waiting_changes(demo_db).changes
    leak = "store said 401: Authorization: Bearer abcdef1234567890 for x"
    set_row(demo_db, rows[0].id, status="error", attempts=4, last_error=leak,
            created_at=datetime.now(timezone.utc).replace(tzinfo=None) - timedelta(days=3))
    set_row(demo_db, rows[1].id, attempts=1)

    panel = open_sync_panel(qtbot, w)
    assert QApplication.focusWidget() is panel.waiting  # ↑/↓ at once
    listed = rows_of(panel.waiting)
    assert listed[0][:4] == ["Sale (refused)", first.receipt_label, "3 days", "4"]
    assert "abcdef1234567890" not in listed[0][4] and "[hidden]" in listed[0][4]
    assert listed[1][:2] == ["Sale", second.receipt_label] and listed[1][3] == "1"
    assert listed[1][2] == "just now" and listed[1][4] == "—"
    assert panel.waiting_title.text() == "Waiting to send: 2" and panel.waiting_more.text() == ""
    assert "[hidden]" in panel.newest_error.text() and "abcdef" not in panel.newest_error.text()
    send(qtbot, Qt.Key_Down)
    assert panel.waiting.currentItem().text(1) == second.receipt_label
    press(qtbot, Qt.Key_Escape)
    qtbot.waitUntil(lambda: active_name() == "mainWindow")


def test_a_long_outbox_shows_the_first_200_and_how_many_more(qtbot, logged_in, demo_db):
    with demo_db.transaction() as s:
        s.add_all(OutboxEvent(kind="customer", ref=str(n), payload="{}") for n in range(230))
    panel = open_sync_panel(qtbot, logged_in)
    assert panel.waiting.topLevelItemCount() == 200
    assert panel.waiting_title.text() == "Waiting to send: 230"
    assert panel.waiting_more.text() == "… and 30 more, sent after these"
    assert rows_of(panel.waiting)[0][:2] == ["Customer", "0"]
    press(qtbot, Qt.Key_Escape)
    qtbot.waitUntil(lambda: active_name() == "mainWindow")
