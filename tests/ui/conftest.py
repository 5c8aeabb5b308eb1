from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pos.ui.application import build_window


@pytest.fixture
def window(qtbot, demo_db, data_dir):
    w = build_window(demo_db, data_dir)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    yield w
    w.close()
    w.till.tasks.shutdown()


def type_and_enter(qtbot, widget, text: str) -> None:
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key_Return)


@pytest.fixture
def logged_in(qtbot, window):
    type_and_enter(qtbot, window.login.pin, "1111")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sale)
    return window
