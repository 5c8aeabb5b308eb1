"""Holds at the counter (issue #15, part 3), keys only, sent to whatever has the focus: the
customer is attached (F10), Shift+F6 holds the sale for them for the days typed, the recall
list (F7) shows until when, Alt+H releases a hold by hand, and recalling a held sale to sell it
ends its hold. Without a customer, Shift+F6 says what to do and holds nothing."""
from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidget

from pos.services import customers, holds, parking
from pos.services.demo import demo_ean
from tests.ui.keys import active_name, press, send, type_text, wait_active
from tests.ui.test_keyboard_flows import at_scan_field, scan
from tests.ui.test_recall_and_sync_list import rows_of

WATER = demo_ean(1)


def attach(qtbot, w, phone: str) -> None:
    at_scan_field(qtbot, w)
    press(qtbot, Qt.Key_F10)
    results = wait_active(qtbot, "customerDialog").findChild(QListWidget, "customerResults")
    type_text(qtbot, phone)
    qtbot.waitUntil(lambda: results.count() == 1)  # the search runs off the UI thread
    press(qtbot, Qt.Key_Return)
    qtbot.waitUntil(lambda: w.sale.basket.customer_id is not None)
    qtbot.waitUntil(lambda: active_name() == "mainWindow")


def hold_typed(qtbot, w, days: str) -> None:
    at_scan_field(qtbot, w)
    press(qtbot, Qt.Key_F6, Qt.ShiftModifier)
    dialog = wait_active(qtbot, "holdDialog")
    assert QApplication.focusWidget() is dialog.field and dialog.field.selectedText() == "3"
    send(qtbot, days, Qt.Key_Return)
    qtbot.waitUntil(lambda: "Held until" in w.sale.message.text())


def test_hold_for_the_customer_then_release_by_hand(qtbot, logged_in, demo_db):
    w = logged_in
    hoa = customers.add_customer(demo_db, "Chị Hoa", phone="0903123456")
    scan(qtbot, w, WATER)
    attach(qtbot, w, "0903123456")
    before = datetime.utcnow()
    hold_typed(qtbot, w, "5")
    assert w.sale.basket.is_empty()
    [view] = holds.holds(demo_db)
    assert view.customer_name == "Chị Hoa" and [sku for sku, _, _ in view.lines] == ["SP0001"]
    assert timedelta(days=5) <= view.until - before < timedelta(days=5, minutes=1)
    until = (datetime.now() + timedelta(days=5)).strftime("%d/%m")
    assert until in w.sale.message.text()

    at_scan_field(qtbot, w)
    press(qtbot, Qt.Key_F7)
    dialog = wait_active(qtbot, "recallDialog")
    [row] = rows_of(dialog.list)
    assert row[4] == "Chị Hoa" and row[5].startswith(until)
    assert dialog.release_button.isEnabled()
    press(qtbot, Qt.Key_H, Qt.AltModifier)  # release the hold, the sale stays parked
    qtbot.waitUntil(lambda: holds.holds(demo_db) == [])
    assert rows_of(dialog.list)[0][5] == "—" and not dialog.release_button.isEnabled()
    press(qtbot, Qt.Key_Escape)
    qtbot.waitUntil(lambda: "Hold released" in w.sale.message.text())
    assert [p.customer for p in parking.list_parked(demo_db)] == ["Chị Hoa"]
    assert hoa.id == parking.recall(demo_db, parking.list_parked(demo_db)[0].id).customer_id


def test_a_held_sale_recalled_is_sold_and_its_hold_ends(qtbot, logged_in, demo_db):
    w = logged_in
    customers.add_customer(demo_db, "Anh Tuấn", phone="0912000111")
    scan(qtbot, w, WATER)
    attach(qtbot, w, "0912000111")
    hold_typed(qtbot, w, "2")
    at_scan_field(qtbot, w)
    press(qtbot, Qt.Key_F7)
    wait_active(qtbot, "recallDialog")
    press(qtbot, Qt.Key_Return)
    qtbot.waitUntil(lambda: len(w.sale.basket.lines) == 1)
    qtbot.waitUntil(lambda: "hold is released" in w.sale.message.text())
    assert [h.release_reason for h in holds.holds(demo_db, "released")] == ["sold"]


def test_without_a_customer_shift_f6_says_what_to_do(qtbot, logged_in, demo_db):
    w = logged_in
    scan(qtbot, w, WATER)
    at_scan_field(qtbot, w)
    press(qtbot, Qt.Key_F6, Qt.ShiftModifier)
    qtbot.waitUntil(lambda: "Attach the customer first" in w.sale.message.text())
    assert active_name() == "mainWindow" and len(w.sale.basket.lines) == 1
    assert parking.list_parked(demo_db) == [] and holds.holds(demo_db) == []


def test_days_out_of_range_are_refused_in_the_dialog(qtbot, logged_in, demo_db):
    w = logged_in
    customers.add_customer(demo_db, "Cô Lan", phone="0933000222")
    scan(qtbot, w, WATER)
    attach(qtbot, w, "0933000222")
    at_scan_field(qtbot, w)
    press(qtbot, Qt.Key_F6, Qt.ShiftModifier)
    dialog = wait_active(qtbot, "holdDialog")
    send(qtbot, "45", Qt.Key_Return)
    qtbot.waitUntil(lambda: "1 to 30" in dialog.error.text())
    assert active_name() == "holdDialog"
    press(qtbot, Qt.Key_Escape)
    qtbot.waitUntil(lambda: active_name() == "mainWindow")
    assert len(w.sale.basket.lines) == 1 and holds.holds(demo_db) == []


def test_selling_the_units_held_for_a_customer_warns(qtbot, logged_in, demo_db):
    from pos.db.models import StockLevel
    from pos.domain.basket import Basket
    from pos.services import catalog

    w = logged_in
    hoa = customers.add_customer(demo_db, "Chị Hoa", phone="0903123456")
    water = catalog.scan(demo_db, "SP0001", w.till.settings)
    with demo_db.transaction() as s:
        s.get(StockLevel, (water.variant_id, "shop")).quantity_milli = 1000  # the last one
    parking.park(demo_db, Basket(lines=[water], customer_id=hoa.id), None, hold_days=2)
    w.sale.collect_badge.refresh()  # as after a pull or a hold made at this till
    qtbot.waitUntil(lambda: water.variant_id in w.sale.collect_badge.held.variants)
    scan(qtbot, w, WATER)
    qtbot.waitUntil(lambda: "held until" in w.sale.message.text())
    assert "Chị Hoa (held until" in w.sale.message.text()
    assert len(w.sale.basket.lines) == 1  # the cashier may still sell it
