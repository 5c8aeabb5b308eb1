"""A real X server (Xvfb), not the offscreen platform: the reprint screen shows the receipt of a
busy Vietnamese sale (two tax rates, discounts, split tender) and a screenshot of it is saved
and read back: not blank, and its barcode and QR code scan from the screen itself."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image
from pyzbar.pyzbar import decode as read_codes

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "printing"))
from shop_sales import busy_sale  # noqa: E402

from pos.services.settings import save_settings  # noqa: E402

CHILD = Path(__file__).with_name("xvfb_receipt_child.py")


def _free_display() -> int:
    for n in range(90, 200):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            return n
    raise RuntimeError("no free X display number")


@pytest.fixture
def xvfb():
    if shutil.which("Xvfb") is None:
        pytest.fail("Xvfb is missing: installer/setup.sh installs the xvfb package",
                    pytrace=False)
    display = _free_display()
    proc = subprocess.Popen(["Xvfb", f":{display}", "-screen", "0", "1280x1024x24", "-nolisten",
                             "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while not Path(f"/tmp/.X11-unix/X{display}").exists():
        assert proc.poll() is None and time.monotonic() < deadline, "Xvfb did not start"
        time.sleep(0.05)
    yield f":{display}"
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
