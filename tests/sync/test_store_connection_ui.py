"""The online store connection dialog against the real Medusa: test, connect, saved once."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from pos.services.settings import load_settings
from pos.ui.context import Till
from pos.ui.store_connection import StoreConnectionDialog
from pos.ui.tasks import Tasks


@pytest.fixture
def dialog(qtbot, empty_db, data_dir):
    till = Till(db=empty_db, data_dir=data_dir, settings=load_settings(empty_db), tasks=Tasks())
    shown = StoreConnectionDialog(till)
    qtbot.addWidget(shown)
    shown.open()
    yield shown
    till.tasks.shutdown()


def test_connection_dialog_tests_then_connects_to_the_real_store(qtbot, dialog, data_dir, medusa):
    dialog.findChild(QLineEdit, "storeUrlInput").setText(medusa.url + "/")
    dialog.findChild(QLineEdit, "storeApiKeyInput").setText(medusa.api_key)
    status = dialog.findChild(QLabel, "storeStatus")
    qtbot.mouseClick(dialog.findChild(QPushButton, "storeTestButton"), Qt.LeftButton)
    qtbot.waitUntil(lambda: "The store answered" in status.text(), timeout=30000)
    assert not (data_dir / "store.json").exists()  # a test saves nothing

    for _ in range(2):  # connecting twice creates nothing new in the store
        qtbot.mouseClick(dialog.findChild(QPushButton, "storeConnectButton"), Qt.LeftButton)
        qtbot.waitUntil(lambda: status.text().startswith("Connected to"), timeout=120000)
        saved = json.loads((data_dir / "store.json").read_text())
        ids = saved["ids"]
        status.clear()
    assert saved["url"] == medusa.url and ids["sales_channel_id"] and ids["stock_location_id"]
    assert medusa.api_key not in (data_dir / "store.json").read_text()


def test_a_refused_key_is_reported_and_nothing_is_saved(qtbot, dialog, data_dir, medusa):
    dialog.findChild(QLineEdit, "storeUrlInput").setText(medusa.url)
    dialog.findChild(QLineEdit, "storeApiKeyInput").setText("sk_not_a_real_key")
    qtbot.mouseClick(dialog.findChild(QPushButton, "storeConnectButton"), Qt.LeftButton)
    status = dialog.findChild(QLabel, "storeStatus")
    qtbot.waitUntil(lambda: status.text().startswith("No connection"), timeout=30000)
    assert not (data_dir / "store.json").exists()
