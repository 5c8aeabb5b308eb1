"""The stock screen through the real window: F11 -> Stock; a shelf count scanned item by
item, one figure corrected by typing, the differences posted; an item's stock everywhere."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QLabel, QLineEdit, QListWidget, QMenu,
                               QPushButton, QTableWidget, QTabWidget)
from sqlalchemy import select

from pos.db.models import OutboxEvent, StockLevel
from pos.db.stock_models import StockLocation
from pos.services.demo import demo_ean
from pos.services.stock import local_stock
from pos.services.stock_adjustments import find_item
from tests.ui.conftest import type_and_enter
from tests.ui.test_protected_and_crash import answer_dialog, manager_pin


@pytest.fixture
def manager_in(qtbot, window):
    type_and_enter(qtbot, window.login.pin, "9999")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sale)
    return window


def open_stock(qtbot, w) -> QDialog:
    qtbot.keyClick(w.findChild(QLineEdit, "scanInput"), Qt.Key_F11)
    menu = w.findChild(QMenu, "backOfficeMenu")
    qtbot.waitUntil(lambda: menu is not None and menu.isVisible())
    [action] = [a for a in menu.actions() if a.objectName() == "stockAction"]
    action.trigger()
    menu.close()
    qtbot.waitUntil(lambda: w.findChild(QDialog, "stockScreen") is not None
                    and w.findChild(QDialog, "stockScreen").isVisible())
    return w.findChild(QDialog, "stockScreen")


def show_tab(qtbot, screen, index: int) -> None:
    tabs = screen.findChild(QTabWidget, "stockTabs")
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.LeftButton, pos=bar.tabRect(index).center())
    qtbot.waitUntil(lambda: tabs.currentIndex() == index)


def on_hand(db, sku):
    return local_stock(db, find_item(db, sku).variant_id, "shop")


def test_stock_count_posting_differences(qtbot, manager_in, demo_db, tmp_path):
    w = manager_in
    screen = open_stock(qtbot, w)
    show_tab(qtbot, screen, 2)
    scan = screen.findChild(QLineEdit, "countScanInput")
    table = screen.findChild(QTableWidget, "countTable")
    for code in (demo_ean(1), demo_ean(1), demo_ean(1), demo_ean(2)):
        type_and_enter(qtbot, scan, code)  # a wedge scanner types the code and Enter
    qtbot.waitUntil(lambda: table.rowCount() == 2 and table.item(0, 2).text() == "3")
    assert [table.item(r, 0).text() for r in range(2)] == ["SP0001", "SP0002"]
    table.setCurrentCell(1, 2)
    qtbot.keyClick(table, Qt.Key_F2)  # correct the second item by typing what is there
    editor = table.focusWidget() or table
    editor.selectAll()
    qtbot.keyClicks(editor, "199")
    qtbot.keyClick(editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: table.item(1, 4) is not None and table.item(1, 4).text() == "-1")
    assert table.item(0, 4).text() == "-197"
    screen.grab().save(str(tmp_path / "shelf_count.png"))  # to look at: the count before posting
    qtbot.mouseClick(screen.findChild(QPushButton, "postCountButton"), Qt.LeftButton)
    message = screen.findChild(QLabel, "countMessage")
    qtbot.waitUntil(lambda: "Count posted" in message.text())
    assert on_hand(demo_db, "SP0001") == 3 and on_hand(demo_db, "SP0002") == 199
    with demo_db.session() as s:
        rows = s.scalars(select(OutboxEvent).where(OutboxEvent.kind == "stock_adjustment")).all()
    assert sorted(json.loads(r.payload)["delta"] for r in rows) == ["-1", "-197"]
    assert {json.loads(r.payload)["user"] for r in rows} == {"Minh"}
    assert table.rowCount() == 0


def test_an_items_stock_here_elsewhere_and_unsynced_then_an_adjustment(qtbot, manager_in,
                                                                        demo_db, tmp_path):
    item = find_item(demo_db, "SP0001")
    with demo_db.transaction() as s:
        s.add(StockLocation(remote_id="sloc_web", name="Kho online Bình Dương", kind="warehouse"))
        s.add(StockLocation(remote_id="sloc_q3", name="Cửa hàng Quận 3", kind="shop"))
        s.add(StockLevel(variant_id=item.variant_id, location="sloc_web", quantity_milli=420_000))
        s.add(StockLevel(variant_id=item.variant_id, location="sloc_q3", quantity_milli=12_000))
    w = manager_in
    screen = open_stock(qtbot, w)
    type_and_enter(qtbot, screen.findChild(QLineEdit, "stockSearchInput"), demo_ean(1))
    locations = screen.findChild(QTableWidget, "stockLocations")
    qtbot.waitUntil(lambda: locations.rowCount() == 3)
    assert [locations.item(r, 0).text() for r in range(3)] == [
        "This shop", "Cửa hàng Quận 3", "Kho online Bình Dương"]
    qtbot.keyClicks(screen.findChild(QLineEdit, "adjustQuantity"), "-2")
    screen.findChild(QLineEdit, "adjustNote").insert("chai vỡ")  # as an IME commits it
    combo = screen.findChild(QComboBox, "adjustReason")
    combo.setCurrentIndex(combo.findData("damage"))
    qtbot.mouseClick(screen.findChild(QPushButton, "adjustButton"), Qt.LeftButton)
    pending = screen.findChild(QTableWidget, "stockPending")
    qtbot.waitUntil(lambda: pending.rowCount() == 1)
    assert pending.item(0, 2).text() == "-2" and "chai vỡ" in pending.item(0, 3).text()
    assert pending.item(0, 5).text() == "waiting to sync"
    assert "waiting to sync" in screen.findChild(QLabel, "stockMessage").text()
    assert on_hand(demo_db, "SP0001") == 198
    qtbot.wait(50)
    screen.grab().save(str(tmp_path / "stock_screen.png"))
    assert (tmp_path / "stock_screen.png").stat().st_size > 10_000  # drawn, not blank


def test_a_cashiers_count_is_posted_with_a_managers_pin(qtbot, logged_in, demo_db):
    w = logged_in  # Lan, a cashier
    screen = open_stock(qtbot, w)
    show_tab(qtbot, screen, 2)
    table = screen.findChild(QTableWidget, "countTable")
    type_and_enter(qtbot, screen.findChild(QLineEdit, "countScanInput"), "KG001")
    qtbot.waitUntil(lambda: table.rowCount() == 1 and table.item(0, 4).text() == "-49,000 kg")
    answer_dialog(qtbot, "managerApproval", manager_pin("9999"))
    qtbot.mouseClick(screen.findChild(QPushButton, "postCountButton"), Qt.LeftButton)
    message = screen.findChild(QLabel, "countMessage")
    qtbot.waitUntil(lambda: "Count posted" in message.text())
    assert on_hand(demo_db, "KG001") == 1
    with demo_db.session() as s:
        [row] = s.scalars(select(OutboxEvent).where(OutboxEvent.kind == "stock_adjustment"))
    assert (json.loads(row.payload)["user"], json.loads(row.payload)["approved_by"]) == (
        "Lan", "Minh")


def test_a_serial_scanners_code_goes_to_the_count_not_the_cart(qtbot, manager_in, demo_db):
    w = manager_in
    screen = open_stock(qtbot, w)
    show_tab(qtbot, screen, 2)
    screen.scanned(demo_ean(3))  # what the serial bridge delivers on the UI thread
    table = screen.findChild(QTableWidget, "countTable")
    qtbot.waitUntil(lambda: table.rowCount() == 1 and table.item(0, 0).text() == "SP0003")
    assert w.sale.basket.is_empty()
    show_tab(qtbot, screen, 1)
    screen.scanned("SP0004")  # on the low-stock list: shows that item
    title = screen.findChild(QLabel, "stockItemTitle")
    qtbot.waitUntil(lambda: "SP0004" in title.text())


def test_a_threshold_puts_an_item_on_the_low_stock_list_and_the_export(qtbot, manager_in,
                                                                       tmp_path, monkeypatch):
    from pos.ui.stock_screen import LowStockTab

    out = tmp_path / "stock.csv"
    monkeypatch.setattr(LowStockTab, "choose_export_path", lambda self: str(out))
    screen = open_stock(qtbot, manager_in)
    type_and_enter(qtbot, screen.findChild(QLineEdit, "stockSearchInput"), "lavie 330")
    title = screen.findChild(QLabel, "stockItemTitle")
    qtbot.waitUntil(lambda: "SP0001" in title.text())  # a name finds the item too
    qtbot.keyClicks(screen.findChild(QLineEdit, "lowThresholdInput"), "250")
    qtbot.mouseClick(screen.findChild(QPushButton, "setThresholdButton"), Qt.LeftButton)
    qtbot.waitUntil(lambda: "LOW" in title.text())
    show_tab(qtbot, screen, 1)
    low = screen.findChild(QTableWidget, "lowStockTable")
    qtbot.waitUntil(lambda: low.rowCount() == 1)
    assert low.item(0, 0).text() == "SP0001"
    qtbot.mouseClick(screen.findChild(QPushButton, "exportCsvButton"), Qt.LeftButton)
    message = screen.findChild(QLabel, "lowStockMessage")
    qtbot.waitUntil(lambda: "written" in message.text())
    rows = out.read_text(encoding="utf-8").splitlines()
    assert next(r for r in rows if r.startswith("SP0001,")).split(",")[5:7] == ["250", "yes"]


def test_search_by_name_then_arrow_down_into_the_results(qtbot, manager_in):
    screen = open_stock(qtbot, manager_in)
    search = screen.findChild(QLineEdit, "stockSearchInput")
    qtbot.keyClicks(search, "lavie")
    results = screen.findChild(QListWidget, "stockResults")
    qtbot.waitUntil(lambda: results.count() >= 2)
    qtbot.keyClick(search, Qt.Key_Down)
    title = screen.findChild(QLabel, "stockItemTitle")
    qtbot.waitUntil(lambda: "Lavie" in title.text())
    qtbot.keyClick(results, Qt.Key_Down)
    second = results.item(1).data(Qt.UserRole)
    qtbot.waitUntil(lambda: second in title.text())
