from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pos.ui.application import build_window


def shown_window(qtbot, db, data_dir):
    """The till's window on `db`, shown and active; closed afterwards (a generator for
    fixtures: `yield from shown_window(...)`)."""
    w = build_window(db, data_dir)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    yield w
    w.close()
    w.till.tasks.shutdown()


@pytest.fixture
def window(qtbot, demo_db, data_dir):
    yield from shown_window(qtbot, demo_db, data_dir)


def type_and_enter(qtbot, widget, text: str) -> None:
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key_Return)


@pytest.fixture
def logged_in(qtbot, window):
    type_and_enter(qtbot, window.login.pin, "1111")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sale)
    return window
