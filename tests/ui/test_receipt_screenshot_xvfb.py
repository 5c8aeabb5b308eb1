"""A real X server (Xvfb), not the offscreen platform: the reprint screen shows the receipt of a
busy Vietnamese sale (two tax rates, discounts, split tender) and a screenshot of it is saved
and read back: not blank, and its barcode and QR code scan from the screen itself."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from pyzbar.pyzbar import decode as read_codes

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "printing"))
from shop_sales import busy_sale  # noqa: E402

from tests.ui.xvfb_server import start_xvfb  # noqa: E402

from pos.services.settings import save_settings  # noqa: E402

CHILD = Path(__file__).with_name("xvfb_receipt_child.py")


@pytest.fixture
def xvfb():
    if shutil.which("Xvfb") is None:
        pytest.fail("Xvfb is missing: installer/setup.sh installs the xvfb package",
                    pytrace=False)
    display, proc = start_xvfb(1280, 1024)
    yield display
    proc.terminate()
    proc.wait(10)


def test_receipt_preview_screenshot_on_a_real_x_server(xvfb, demo_db, data_dir, tmp_path):
    save_settings(demo_db, receipt_qr="https://shop.example.vn/r/{uuid}")
    sale = busy_sale(demo_db)
    demo_db.close()
    out = tmp_path / "reprint-screen.png"
    env = dict(os.environ, DISPLAY=xvfb, QT_QPA_PLATFORM="xcb")
    done = subprocess.run([sys.executable, str(CHILD), str(data_dir), sale.receipt_label,
                           str(out)], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]

    screen = Image.open(out).convert("L")
    assert screen.size == (1280, 1024)
    histogram = screen.histogram()
    dark = sum(histogram[:64]) / (screen.width * screen.height)
    light = sum(histogram[192:]) / (screen.width * screen.height)
    assert dark > 0.01 and light > 0.2, "the screenshot is blank"
    codes = {code.type: code.data.decode() for code in read_codes(screen)}
    assert codes.get("CODE128") == sale.receipt_label
    assert codes.get("QRCODE") == f"https://shop.example.vn/r/{sale.id}"
    if os.environ.get("OMNIPOS_SCREENSHOTS"):
        shutil.copy(out, Path(os.environ["OMNIPOS_SCREENSHOTS"]) / out.name)
