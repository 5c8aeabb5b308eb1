"""The till fits a small till screen: on a real X server (Xvfb) with a window manager (openbox)
at 1024×768 and 1366×768, the window starts maximised and the sale screen, search results,
payment, the F11 menu, the stock screen, the dashboard and the returns screen each lie wholly
on the screen, with touch rows at least 40 px tall; so do the other dialogs a counter opens
(ship from, delivery, hold, customer, settings, printer, promotions, online store, sync panel,
reprint, X report). One child process per screen size shows
the screens in turn (tests/ui/xvfb_screen_fit_child.py); the screenshots are kept in the
folder the test prints, and copied to $OMNIPOS_SCREENS_DIR when it is set."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "printing"))
from shop_sales import busy_sale  # noqa: E402

from tests.ui.xvfb_server import start_xvfb  # noqa: E402

from pos.services.settings import save_settings  # noqa: E402

CHILD = Path(__file__).with_name("xvfb_screen_fit_child.py")
SCREENS = ("sale", "search", "payment", "ship-from", "delivery", "hold", "f11-menu", "stock", "dashboard", "returns",
           "customer", "settings", "printer-settings", "promotions", "store-connection",
           "sync-panel", "reprint", "x-report")


def _wait_for(ready, proc: subprocess.Popen, what: str) -> None:
    deadline = time.monotonic() + 20
    while not ready():
        assert proc.poll() is None and time.monotonic() < deadline, f"{what} did not start"
        time.sleep(0.05)


def _window_manager_running(display: str) -> bool:
    done = subprocess.run(["xprop", "-display", display, "-root", "_NET_SUPPORTING_WM_CHECK"],
                          capture_output=True, text=True)
    return "window id" in done.stdout


@pytest.fixture
def x_screen(request):
    """`start(width, height)`: an Xvfb screen of that size with openbox managing it."""
    for program, package in (("Xvfb", "xvfb"), ("openbox", "openbox"), ("xprop", "x11-utils")):
        if shutil.which(program) is None:
            pytest.fail(f"{program} is missing: installer/setup.sh installs the {package} "
                        "package", pytrace=False)
    started: list[subprocess.Popen] = []

    def start(width: int, height: int) -> str:
        display, server = start_xvfb(width, height)
        started.append(server)
        wm = subprocess.Popen(["openbox", "--sm-disable"], env=dict(os.environ, DISPLAY=display),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        started.append(wm)
        _wait_for(lambda: _window_manager_running(display), wm, "openbox")
        return display

    yield start
    for proc in reversed(started):
        proc.terminate()
        proc.wait(10)


def _keep(shots: Path, size: str) -> None:
    target = os.environ.get("OMNIPOS_SCREENS_DIR")
    if target:
        Path(target, size).mkdir(parents=True, exist_ok=True)
        for kept in [*shots.glob("*.png"), *shots.glob("*.json")]:
            shutil.copy(kept, Path(target, size, kept.name))


@pytest.mark.parametrize("width,height,language", [(1024, 768, "vi"), (1366, 768, "vi"),
                                                   (1024, 768, "en")])
def test_every_screen_fits_the_till_screen(x_screen, demo_db, data_dir, tmp_path, width,
                                           height, language):
    """Vietnamese (the demo shop's, and the longer words) at both sizes, English at the
    narrow one."""
    save_settings(demo_db, language=language)
    sale = busy_sale(demo_db)  # the dashboard has a day to show, the returns screen a sale
    demo_db.close()
    size = f"{width}x{height}-{language}"
    shots = tmp_path / f"screens-{size}"
    shots.mkdir()
    print(f"screenshots: {shots}")
    env = dict(os.environ, DISPLAY=x_screen(width, height), QT_QPA_PLATFORM="xcb")
    done = subprocess.run([sys.executable, str(CHILD), str(data_dir), sale.receipt_label,
                           str(shots)], env=env, capture_output=True, text=True, timeout=90)
    _keep(shots, size)
    assert done.returncode == 0, done.stderr[-3000:]

    report = json.loads((shots / "report.json").read_text())
    assert list(report) == list(SCREENS)
    for name in SCREENS:
        assert Image.open(shots / f"{name}.png").size == (width, height)
    assert all(shot["window_maximised"] for shot in report.values())
    off_screen = {name: shot["outside"] for name, shot in report.items() if shot["outside"]}
    assert off_screen == {}, "widgets outside the screen"
    short = {name: shot["short_rows"] for name, shot in report.items() if shot["short_rows"]}
    assert short == {}, "touch rows under 40 px"
