"""Child process for the Xvfb screenshot test: the till's reprint screen on a real X server.

    python xvfb_receipt_child.py DATA_DIR RECEIPT_LABEL OUT.png

Opens the window on DISPLAY with the xcb platform (not offscreen), shows the receipt preview of
a stored sale, scrolls to its codes and saves a screenshot of the whole X screen."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QScrollArea

from pos.app import open_shop
from pos.services.users import login
from pos.ui.application import build_window
from pos.ui.reprint import ReprintDialog

TIMEOUT_MS = 60_000


def main(data_dir: str, label: str, out: str) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    db = open_shop(Path(data_dir))
    window = build_window(db, Path(data_dir))
    window.show()
    window.start_selling(login(db, "1111"))
    dialog = ReprintDialog(window.till, window.devices.printing, label, window)
    dialog.show()
    dialog.show_receipt()

    def shoot() -> None:
        pixmap = dialog.preview.pixmap()
        if pixmap is None or pixmap.isNull():
            QTimer.singleShot(100, shoot)
            return
        area = dialog.findChild(QScrollArea)
        area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
        QTimer.singleShot(500, lambda: finish(app.primaryScreen().grabWindow(0)))

    def finish(screenshot) -> None:
        screenshot.save(out, "PNG")
        app.exit(0)

    QTimer.singleShot(0, shoot)
    QTimer.singleShot(TIMEOUT_MS, lambda: app.exit(3))
    code = app.exec()
    window.close()
    window.till.tasks.shutdown()
    db.close()
    return code


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
