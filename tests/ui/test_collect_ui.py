"""Orders to collect through the real window, keyboard only (every key to the focused widget):
the sale screen's badge, F11 -> Orders to collect, an order opened by its number, its items
scanned (a wrong one and one too many refused), marked ready, handed over; an unpaid order
opened by its QR and paid in cash in the counter's payment dialog."""
from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableWidget

from pos import i18n
from pos.services import collect
from pos.services.demo import demo_ean
from tests.ui.conftest import shown_window
from tests.ui.keys import focused, press, send, wait_active
from tests.ui.test_keyboard_flows import log_in, open_manager_entry

WATER, TEA, COLA = "SP0001", "SP0002", "SP0004"


def pulled(remote_id, number, paid, lines, total) -> collect.PulledOrder:
    return collect.PulledOrder(
        remote_id=remote_id, display_no=number, customer_name="Trần Thị Bình",
        phone="0912345678", email="", currency="VND", total=total, paid=paid,
        placed_at=datetime(2026, 12, 1, 8, 0),
        lines=tuple(collect.PulledLine(f"li_{sku}", sku, sku, qty) for sku, qty in lines))


@pytest.fixture
def till_with_orders(qtbot, demo_db, data_dir):
    i18n.set_language("en")  # the demo shop speaks Vietnamese; this test reads English
    with demo_db.transaction() as s:
        collect.remember(s, pulled("order_01", "1042", True, ((WATER, 2), (TEA, 1)), 21_000))
        collect.remember(s, pulled("order_02", "1043", False, ((COLA, 1),), 10_000))
    yield from shown_window(qtbot, demo_db, data_dir)


def enter(qtbot, text: str) -> None:
    send(qtbot, text, Qt.Key_Return)


def test_prepare_and_hand_over_orders_from_the_keyboard(qtbot, till_with_orders, demo_db):
    w = till_with_orders
    log_in(qtbot, w)
    badge = w.sale.collect_badge
    qtbot.waitUntil(lambda: badge.isVisible() and badge.text() == "2 to collect")
    open_manager_entry(qtbot, "collectAction")
    screen = wait_active(qtbot, "collectScreen")
    assert focused() is screen.code_input
    orders = screen.findChild(QTableWidget, "collectOrders")
    qtbot.waitUntil(lambda: orders.rowCount() == 2)
    assert orders.item(0, 3).text() == "new"
    message = screen.findChild(QLabel, "collectMessage")
    detail = screen.findChild(QLabel, "collectOrderLabel")

    enter(qtbot, "1042")
    qtbot.waitUntil(lambda: "Order #1042" in detail.text())
    assert "Trần Thị Bình · 0912345678" in detail.text()
    enter(qtbot, demo_ean(3))  # not on the order
    qtbot.waitUntil(lambda: "is not on order 1042: put it back" in message.text())
    for code in (demo_ean(1), WATER, TEA):
        enter(qtbot, code)
    qtbot.waitUntil(lambda: "All items picked" in message.text())
    enter(qtbot, TEA)
    qtbot.waitUntil(lambda: "that one is too many" in message.text())
    lines = screen.findChild(QTableWidget, "collectLines")
    assert [lines.item(r, 3).text() for r in range(2)] == ["2", "1"]
    press(qtbot, Qt.Key_F5)
    qtbot.waitUntil(lambda: "No receipt printer is set up" in message.text())  # slip asked
    assert collect.order(demo_db, "1042").state == "ready"
    assert "ready for pickup" in detail.text()
    press(qtbot, Qt.Key_F12)  # paid online: handed over once name and phone are checked
    qtbot.waitUntil(lambda: "Order #1042 handed over." in message.text())
    assert collect.order(demo_db, "1042").state == "collected"

    enter(qtbot, collect.QR_PREFIX + "order_02")  # the pickup slip's QR, scanned
    qtbot.waitUntil(lambda: "Order #1043" in detail.text())
    assert "to pay at the till" in detail.text()
    press(qtbot, Qt.Key_F12)  # not ready yet: refused, nothing changes
    qtbot.waitUntil(lambda: "only an order ready for pickup is handed over" in message.text())
    enter(qtbot, demo_ean(4))
    qtbot.waitUntil(lambda: "All items picked" in message.text())
    press(qtbot, Qt.Key_F5)
    qtbot.waitUntil(lambda: "ready for pickup" in detail.text())
    press(qtbot, Qt.Key_F12)
    payment = wait_active(qtbot, "paymentDialog")
    assert focused() is payment.cash_input
    enter(qtbot, "50000")
    qtbot.waitUntil(lambda: "Order #1043 handed over." in message.text())
    assert "Change due: 40.000" in message.text()
    view = collect.order(demo_db, "1043")
    assert (view.state, view.paid) == ("collected", True)

    wait_active(qtbot, "collectScreen")
    press(qtbot, Qt.Key_Escape)
    qtbot.waitUntil(lambda: not screen.isVisible())
    qtbot.waitUntil(lambda: not badge.isVisible())


def test_the_badge_counts_again_after_a_pull_of_only_the_orders(qtbot, till_with_orders,
                                                                 demo_db):
    """A watching till pulls the orders to collect every 20 s between its whole pulls: the
    badge follows those pulls too, not only the whole ones."""
    from sync.state import SyncStatus

    w = till_with_orders
    log_in(qtbot, w)
    badge = w.sale.collect_badge
    qtbot.waitUntil(lambda: badge.text() == "2 to collect")
    badge.after_status(SyncStatus(last_pull_at="2026-12-07T08:00:00",
                                  last_orders_pull_at="2026-12-07T08:00:00"))
    with demo_db.transaction() as s:  # what the orders-only pull brought in
        collect.remember(s, pulled("order_03", "1044", True, ((WATER, 1),), 6_000))
    badge.after_status(SyncStatus(last_pull_at="2026-12-07T08:00:00",
                                  last_orders_pull_at="2026-12-07T08:00:20"))
    qtbot.waitUntil(lambda: badge.text() == "3 to collect")
