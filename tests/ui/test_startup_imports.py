"""Opening the till loads only what its first screens need: the printer drivers and the image
libraries behind them load at the first print, QR codes at the first one shown, Alembic only
when the schema needs an upgrade, the dashboard's charts when it opens; the cycle collector,
paused while the till starts, runs again once the window is built."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pos.app import open_shop

REPO = Path(__file__).resolve().parents[2]
LOADED_LATER = {"escpos", "PIL", "qrcode", "barcode", "yaml", "alembic", "mako", "serial",
                "PySide6.QtCharts", "pos.printing.printers", "pos.printing.escpos_out",
                "pos.ui.dashboard"}
CHILD = ("import gc, json, sys\n"
         "from pos.cli import main\n"
         "code = main(sys.argv[1:])\n"
         "print(json.dumps([code, sorted(sys.modules), gc.isenabled(), gc.get_freeze_count()]))\n")


def test_opening_the_till_leaves_printing_and_migrations_for_later(tmp_path: Path):
    shop = tmp_path / "shop"
    open_shop(shop).close()  # the demo shop, its schema current
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env = {k: v for k, v in env.items() if not k.startswith("ESCPOS_")}
    done = subprocess.run([sys.executable, "-c", CHILD, "--data-dir", str(shop),
                           "--exit-when-ready"], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=300)
    lines = done.stdout.splitlines()
    assert lines and lines[0] == "ready", done.stdout + done.stderr
    code, modules, collecting, frozen = json.loads(lines[-1])
    assert code == 0
    assert collecting and frozen > 10_000  # the start's objects frozen, the GC back on
    assert "pos.ui.sale_screen" in modules
    loaded = {m for m in modules if m in LOADED_LATER or m.split(".")[0] in LOADED_LATER}
    assert not loaded
