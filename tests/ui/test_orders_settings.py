"""The days a ready pickup order waits and a sale is held (issue #15) are on the settings
screen (tab "Orders and holds"), saved with the rest; out-of-range values from elsewhere (a
script through the services) are refused with the range and change nothing."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QSpinBox, QTabWidget, QWidget

from pos.services.settings import load_settings
from pos.services.setup import SettingsInvalid, save_shop_settings
from tests.ui.conftest import type_and_enter
from tests.ui.test_first_run import open_from_manager_menu


def test_a_manager_sets_pickup_and_hold_days(qtbot, window, demo_db):
    type_and_enter(qtbot, window.login.pin, "9999")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sale)
    dialog = open_from_manager_menu(qtbot, window, "settingsAction", "settingsDialog")
    form = dialog.findChild(QWidget, "ordersForm")
    tabs = dialog.findChild(QTabWidget, "settingsTabs")
    pickup = form.findChild(QSpinBox, "collectPickupDaysInput")
    assert (pickup.value(), form.findChild(QSpinBox, "holdDaysInput").value()) == (7, 3)
    tabs.setCurrentWidget(form)
    assert tabs.tabText(tabs.currentIndex()) == "Orders and holds"
    pickup.setValue(10)
    form.findChild(QSpinBox, "holdDaysInput").setValue(5)
    qtbot.mouseClick(dialog.findChild(QPushButton, "settingsSaveButton"), Qt.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    saved = load_settings(demo_db)
    assert (saved.collect_pickup_days, saved.hold_days) == (10, 5)


@pytest.mark.parametrize("change, message", [
    ({"hold_days": 0}, "1 to 30 days"), ({"hold_days": 31}, "1 to 30 days"),
    ({"collect_pickup_days": 61}, "1 to 60 days"),
])
def test_days_out_of_range_are_refused(demo_db, change, message):
    before = load_settings(demo_db)
    with pytest.raises(SettingsInvalid) as refused:
        save_shop_settings(demo_db, **change)
    assert message in str(refused.value.problems)
    assert load_settings(demo_db) == before
