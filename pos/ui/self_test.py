"""The window part of `pos self-test`: Qt starts, finds its plugins and fonts, draws the till."""
from __future__ import annotations

import os
from pathlib import Path

from PySide6 import __version__ as PYSIDE_VERSION


def draw_window_offscreen(db, data_dir: Path) -> str:
    """Builds the till window on `db` without a screen and paints it once."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from pos.ui.application import build_window, register_bundled_fonts

    app = QApplication.instance() or QApplication([])
    register_bundled_fonts()
    window = build_window(db, data_dir)
    try:
        picture = window.grab()
        if picture.isNull():
            raise RuntimeError("the window could not be drawn")
        return (f"Qt {PYSIDE_VERSION}, platform {app.platformName()}, "
                f"{picture.width()}x{picture.height()}")
    finally:
        window.close()
        window.till.tasks.shutdown()
