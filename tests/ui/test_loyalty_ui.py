"""Paying with loyalty points through the real window (offscreen, key presses)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QTabWidget

from pos.db.customer_models import Customer
from pos.services import customers, loyalty
from pos.services.demo import demo_ean
from pos.services.exports import sale_documents
from pos.services.settings import save_settings
from pos.ui.application import build_window
from tests.ui.conftest import type_and_enter

POINT_VALUE = 100


@pytest.fixture
def loyalty_window(qtbot, demo_db, data_dir):
    save_settings(demo_db, loyalty_spend_per_point=1_000, loyalty_point_value=POINT_VALUE)
    w = build_window(demo_db, data_dir)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    type_and_enter(qtbot, w.login.pin, "1111")
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.sale)
    yield w
    w.close()
    w.till.tasks.shutdown()


def customer_with_points(db, points: int):
    c = customers.add_customer(db, "Chị Hoa", "0912 345 678")
    with db.transaction() as s:  # as if pulled from the central store
        s.get(Customer, c.id).points = points
    return c


def open_payment(qtbot, w) -> QDialog:
    qtbot.keyClick(w.findChild(QLineEdit, "scanInput"), Qt.Key_F12)
    qtbot.waitUntil(lambda: w.findChild(QDialog, "paymentDialog") is not None
                    and w.findChild(QDialog, "paymentDialog").isVisible())
    dialog = w.findChild(QDialog, "paymentDialog")
    tabs = dialog.findChild(QTabWidget, "paymentTabs")
    tabs.setCurrentWidget(dialog.findChild(QLabel, "pointsBalanceLabel").parentWidget())
    return dialog


def attach_by_phone(qtbot, w, phone: str) -> None:
    qtbot.keyClick(w.findChild(QLineEdit, "scanInput"), Qt.Key_F10)
    qtbot.waitUntil(lambda: w.findChild(QDialog, "customerDialog") is not None
                    and w.findChild(QDialog, "customerDialog").isVisible())
    dialog = w.findChild(QDialog, "customerDialog")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "customerSearchInput"), phone)
    qtbot.waitUntil(lambda: dialog.results.count() == 1)
    qtbot.keyClick(dialog.findChild(QLineEdit, "customerSearchInput"), Qt.Key_Return)
    qtbot.waitUntil(lambda: w.sale.basket.customer_id is not None)


def test_points_pay_part_and_cash_the_rest(qtbot, loyalty_window, demo_db):
    w = loyalty_window
    c = customer_with_points(demo_db, 50)
    attach_by_phone(qtbot, w, "0912345678")
    assert "Chị Hoa · 50 points" in w.findChild(QLabel, "customerLabel").text()
    type_and_enter(qtbot, w.findChild(QLineEdit, "scanInput"), demo_ean(1))  # 6.000 ₫
    qtbot.waitUntil(lambda: len(w.sale.basket.lines) == 1)
    dialog = open_payment(qtbot, w)
    status = dialog.findChild(QLabel, "pointsBalanceLabel")
    qtbot.waitUntil(lambda: "50 points" in status.text())
    points = dialog.findChild(QLineEdit, "pointsInput")
    assert points.text() == "50"  # the most she can use: all 50 (5.000 ₫ of 6.000 ₫)
    points.clear()
    type_and_enter(qtbot, points, "20")
    qtbot.waitUntil(lambda: dialog.tender_list.count() == 1)
    assert "30 points" in status.text()
    qtbot.mouseClick(dialog.findChild(QPushButton, "quickTenderExact"), Qt.LeftButton)
    qtbot.mouseClick(dialog.findChild(QPushButton, "completeSaleButton"), Qt.LeftButton)
    qtbot.waitUntil(lambda: list(sale_documents(demo_db)) != [])
    [sale] = list(sale_documents(demo_db))
    assert sale["payments"][0]["method"] == "points"
    assert sale["payments"][0]["amount"] == 20 * POINT_VALUE
    earned = (sale["total"] - 20 * POINT_VALUE) // 1_000
    assert loyalty.balance(demo_db, c.id) == 50 - 20 + earned


def test_more_points_than_she_has_is_refused_with_the_reason(qtbot, loyalty_window, demo_db):
    w = loyalty_window
    customer_with_points(demo_db, 5)
    attach_by_phone(qtbot, w, "0912345678")
    type_and_enter(qtbot, w.findChild(QLineEdit, "scanInput"), demo_ean(1))
    qtbot.waitUntil(lambda: len(w.sale.basket.lines) == 1)
    dialog = open_payment(qtbot, w)
    qtbot.waitUntil(lambda: "5 points" in dialog.findChild(QLabel, "pointsBalanceLabel").text())
    points = dialog.findChild(QLineEdit, "pointsInput")
    points.clear()
    type_and_enter(qtbot, points, "6")
    assert "Only 5 points" in dialog.findChild(QLabel, "pointsError").text()
    assert dialog.tender_list.count() == 0


def test_without_a_customer_the_points_tab_says_what_to_do(qtbot, loyalty_window):
    w = loyalty_window
    type_and_enter(qtbot, w.findChild(QLineEdit, "scanInput"), demo_ean(1))
    qtbot.waitUntil(lambda: len(w.sale.basket.lines) == 1)
    dialog = open_payment(qtbot, w)
    assert "Attach the customer (F10)" in dialog.findChild(QLabel, "pointsBalanceLabel").text()
    assert not dialog.findChild(QPushButton, "usePointsButton").isEnabled()


def test_a_manager_turns_loyalty_on_in_settings(qtbot, window, demo_db):
    from PySide6.QtWidgets import QSpinBox, QWidget

    from pos.services.settings import load_settings
    from tests.ui.test_first_run import open_from_manager_menu

    type_and_enter(qtbot, window.login.pin, "9999")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sale)
    dialog = open_from_manager_menu(qtbot, window, "settingsAction", "settingsDialog")
    form = dialog.findChild(QWidget, "loyaltyForm")
    dialog.findChild(QTabWidget, "settingsTabs").setCurrentWidget(form)
    spend = form.findChild(QSpinBox, "loyaltySpendInput")
    spend.setValue(10_000)
    form.findChild(QSpinBox, "loyaltyPointValueInput").setValue(100)
    summary = form.findChild(QLabel, "loyaltySummary").text()
    assert f"1 point for every {window.till.money(10_000)}" in summary
    assert f"100 points pay {window.till.money(10_000)}" in summary
    qtbot.mouseClick(dialog.findChild(QPushButton, "settingsSaveButton"), Qt.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    saved = load_settings(demo_db)
    assert (saved.loyalty_spend_per_point, saved.loyalty_point_value) == (10_000, 100)
