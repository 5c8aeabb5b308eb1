"""The till drives a serial pole display (socat pseudo-terminal) through a sale: the scanned
line and the running total, the amount to pay, then the change."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
import serial
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton

from pos.services.settings import save_settings
from pos.ui.application import build_window
from tests.ui.printing_helpers import COFFEE, log_in, scan, visible_dialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "devices"))
from socat_pair import PtyPair  # noqa: E402



def _need_socat() -> None:
    if shutil.which("socat") is None:  # installer/setup.sh installs it: missing is a failure
        pytest.fail("socat is missing: run installer/setup.sh", pytrace=False)


@pytest.fixture
def pole(tmp_path):
    _need_socat()
    pair = PtyPair(tmp_path).start()
    end = serial.Serial(str(pair.scanner_end), timeout=0)
    yield pair, end
    end.close()
    pair.stop()


def frames_until(qtbot, end: serial.Serial, wanted: str) -> str:
    """Reads display frames until one contains `wanted`; returns that frame's 40 characters."""
    seen = []

    def arrived() -> bool:
        seen.append(end.read(4096).decode("ascii"))
        return any(wanted in f for f in "".join(seen).split("\x0c"))

    qtbot.waitUntil(arrived, timeout=5000)
    return next(f for f in "".join(seen).split("\x0c") if wanted in f)


def test_pole_display_follows_the_sale(qtbot, demo_db, data_dir, pole):
    pair, end = pole
    save_settings(demo_db, pole_display_port=str(pair.till_end))
    window = build_window(demo_db, data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        log_in(qtbot, window, "1111")
        assert "Welcome" in frames_until(qtbot, end, "Welcome")
        scan(qtbot, window, COFFEE)
        shown = frames_until(qtbot, end, "Ca phe sua da")
        assert shown[20:].rstrip().endswith("25.000")
        qtbot.keyClick(window.sale.scan_input, Qt.Key_F12)
        qtbot.waitUntil(lambda: visible_dialog(window, "paymentDialog") is not None)
        assert frames_until(qtbot, end, "To pay")[20:].strip() == "25.000"
        payment = visible_dialog(window, "paymentDialog")
        qtbot.mouseClick(payment.findChild(QPushButton, "quickTender_50000"), Qt.LeftButton)
        qtbot.keyClick(payment.findChild(QLineEdit, "cashTenderedInput"), Qt.Key_Return)
        thanks = frames_until(qtbot, end, "Thank you")
        assert thanks[20:].startswith("Change") and thanks[20:].rstrip().endswith("25.000")
    finally:
        window.close()
        window.till.tasks.shutdown()
