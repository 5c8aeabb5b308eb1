"""Stock held for orders to collect, through the real window with keys to the focused widget
(issue #15): the stock screen says on hand, reserved and available; at the counter, a scan
that takes units held for a pickup order warns (naming the order and the customer) before
the sale is paid, and the cashier may still sell."""
from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableWidget

from pos import i18n
from pos.db.models import StockLevel
from pos.db.stock_models import LowStockThreshold
from pos.services import catalog, collect
from pos.services.demo import demo_ean
from tests.ui.conftest import shown_window
from tests.ui.keys import focused, send, wait_active
from tests.ui.test_keyboard_flows import log_in, open_manager_entry, pay_cash_typed, scan

WATER = "SP0001"


@pytest.fixture
def till_with_held_water(qtbot, demo_db, data_dir):
    """Three bottles of water here, two of them held for order #1023 (Lan)."""
    i18n.set_language("en")  # the demo shop speaks Vietnamese; this test reads English
    water = catalog.find_by_code(demo_db, WATER).variant_id
    with demo_db.transaction() as s:
        s.get(StockLevel, (water, "shop")).quantity_milli = 3000
        s.add(LowStockThreshold(variant_id=water, low_milli=5000))
        collect.remember(s, collect.PulledOrder(
            remote_id="order_01", display_no="1023", customer_name="Lan", phone="0901234567",
            email="", currency="VND", total=10_000, paid=True,
            placed_at=datetime(2026, 12, 1, 9, 0),
            lines=(collect.PulledLine("li_1", WATER, "Water", 2),)))
    yield from shown_window(qtbot, demo_db, data_dir)


def test_a_scan_that_takes_held_units_warns_and_the_sale_goes_on(qtbot, till_with_held_water):
    w = till_with_held_water
    log_in(qtbot, w)
    qtbot.waitUntil(lambda: w.sale.collect_badge.text() == "1 to collect")
    scan(qtbot, w, demo_ean(1))  # the one free bottle: nothing to say
    qtbot.waitUntil(lambda: w.till.tasks.pending == 0)  # the check of the cart is done
    assert "held for" not in w.sale.message.text()
    scan(qtbot, w, demo_ean(1))  # the second takes one of Lan's
    qtbot.waitUntil(lambda: "held for" in w.sale.message.text())
    assert ("2 of the 3 in stock are held for order #1023 (Lan, to collect); this sale takes "
            "1 of them.") in w.sale.message.text()
    pay_cash_typed(qtbot, w, "20000", "T1-000001")  # the customer in front of the cashier
    assert "held for" not in w.sale.message.text()


def test_the_stock_screen_shows_on_hand_reserved_and_available(qtbot, till_with_held_water):
    w = till_with_held_water
    log_in(qtbot, w, "9999")
    open_manager_entry(qtbot, "stockAction")
    screen = wait_active(qtbot, "stockScreen")
    assert focused().objectName() == "stockSearchInput"
    send(qtbot, WATER, Qt.Key_Return)
    held = screen.findChild(QLabel, "stockReserved")
    qtbot.waitUntil(lambda: "reserved" in held.text())
    assert held.text() == ("On hand 3 · reserved for customers 2 · available to sell "
                           "<b>1</b><br>(#1023 Lan ×2)")
    send(qtbot, (Qt.Key_Tab, Qt.ControlModifier))  # the low-stock list (water is low at 5)
    low = screen.findChild(QTableWidget, "lowStockTable")
    qtbot.waitUntil(lambda: low.rowCount() == 1)
    assert [low.item(0, c).text() for c in (0, 2, 3, 4, 5)] == [WATER, "3", "5", "2", "1"]
