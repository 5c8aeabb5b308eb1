"""Selling for delivery at the counter (issue #15, part 2), keys only, sent to whatever has
the focus: the water is carried out, the tea (none here, 40 at the warehouse) is marked with
Ctrl+G to be delivered from the warehouse, F12 asks for the receiver's Vietnamese address
and a deposit, the payment dialog asks only for what is paid now, and one sale records both:
stock moves here for the water only, the tea becomes an order to deliver."""
from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from pos.db.models import OutboxEvent, Sale, StockLevel, StockMovement
from pos.db.stock_models import StockLocation
from pos.domain.delivery import ON_DELIVERY
from pos.services import catalog, deliveries
from pos.services.demo import demo_ean
from tests.ui.keys import active_name, focused, press, send, wait_active
from tests.ui.test_keyboard_flows import at_scan_field, scan

WATER, TEA = demo_ean(1), demo_ean(2)
WAREHOUSE = "sloc_warehouse_01"


def ime(text: str):
    """Vietnamese typed through an input method: committed whole into the focused field."""
    return lambda: focused().insert(text)


def stock_at_warehouse(db, settings) -> None:
    with db.transaction() as s:
        s.add(StockLocation(remote_id=WAREHOUSE, name="Kho Thủ Đức", kind="warehouse"))
        tea = catalog.scan(db, "SP0002", settings).variant_id
        s.add(StockLevel(variant_id=tea, location=WAREHOUSE, quantity_milli=40_000))


def test_a_mixed_basket_with_a_deposit_keys_only(qtbot, logged_in, demo_db):
    w = logged_in
    stock_at_warehouse(demo_db, w.till.settings)
    scan(qtbot, w, WATER)
    scan(qtbot, w, TEA)  # the last line: Ctrl+G works on it
    at_scan_field(qtbot, w)
    press(qtbot, Qt.Key_G, Qt.ControlModifier)
    dialog = wait_active(qtbot, "shipFromDialog")
    assert focused() is dialog.list and "Kho Thủ Đức" in dialog.list.item(0).text()
    press(qtbot, Qt.Key_Return)
    qtbot.waitUntil(lambda: w.sale.basket.lines[1].ship_from == WAREHOUSE)
    name = w.sale.cart_model.index(1, 1).data()
    assert "delivered from Kho Thủ Đức" in name
    totals = w.sale.cart_model.totals
    tea_total = totals.lines[1].total

    at_scan_field(qtbot, w)
    press(qtbot, Qt.Key_F12)
    form = wait_active(qtbot, "deliveryDialog")
    assert focused() is form.fields["name"]
    send(qtbot, ime("Trần Mai"), Qt.Key_Tab, "0905550001", Qt.Key_Tab, ime("Hồ Chí Minh"),
         Qt.Key_Tab, ime("Quận 3"), Qt.Key_Tab, ime("Phường Võ Thị Sáu"), Qt.Key_Tab)
    press(qtbot, Qt.Key_Return)  # the street is missing: named, the dialog stays
    qtbot.waitUntil(lambda: "street" in form.error.text())
    assert active_name() == "deliveryDialog"
    send(qtbot, ime("12 Nguyễn Đình Chiểu"), Qt.Key_Tab, "5000")
    later = tea_total - 5_000
    assert form.later.text() == w.till.money(later)
    press(qtbot, Qt.Key_Return)
    payment = wait_active(qtbot, "paymentDialog")
    assert payment.total == totals.total - later  # only what is paid now
    assert focused() is payment.cash_input
    send(qtbot, "100000", Qt.Key_Return)
    qtbot.waitUntil(lambda: w.sale.basket.is_empty())
    with demo_db.session() as s:
        sale = s.scalars(select(Sale).order_by(Sale.created_at.desc())).first()
        methods = {p.method: p.amount for p in sale.payments}
        moved = s.scalars(select(StockMovement).where(StockMovement.sale_id == sale.id)).all()
        [row] = deliveries.of_sale(s, sale.id)
        [order] = [json.loads(r.payload) for r in s.scalars(
            select(OutboxEvent).where(OutboxEvent.kind == deliveries.KIND))]
    assert methods[ON_DELIVERY] == later and methods["cash"] == totals.total - later
    assert [m.quantity_milli for m in moved] == [-1000]  # the water only
    assert (row.name, row.street, row.paid) == ("Trần Mai", "12 Nguyễn Đình Chiểu", 5_000)
    assert order["location_id"] == WAREHOUSE and order["paid"] == 5_000
    assert active_name() == "mainWindow"


def test_ctrl_g_with_no_stock_elsewhere_says_so_and_again_carries_it_out(qtbot, logged_in,
                                                                         demo_db):
    w = logged_in
    scan(qtbot, w, WATER)
    at_scan_field(qtbot, w)
    press(qtbot, Qt.Key_G, Qt.ControlModifier)
    qtbot.waitUntil(lambda: "No other location has" in w.sale.message.text())
    assert active_name() == "mainWindow" and not w.sale.basket.lines[0].ship_from

    stock_at_warehouse(demo_db, w.till.settings)
    scan(qtbot, w, TEA)
    at_scan_field(qtbot, w)
    press(qtbot, Qt.Key_G, Qt.ControlModifier)
    wait_active(qtbot, "shipFromDialog")
    press(qtbot, Qt.Key_Return)
    qtbot.waitUntil(lambda: w.sale.basket.delivered_rows() == [1])
    at_scan_field(qtbot, w)
    press(qtbot, Qt.Key_G, Qt.ControlModifier)  # delivered already: carried out again
    qtbot.waitUntil(lambda: w.sale.basket.delivered_rows() == [])
    assert "carried out here again" in w.sale.message.text()
    assert QApplication.focusWidget() is w.sale.scan_input
