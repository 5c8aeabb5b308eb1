"""Starting the Qt application: style, translations, crash dialog, the main window."""
from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from pos.services.settings import load_settings
from pos.ui.context import Till
from pos.ui.main_window import MainWindow
from pos.ui.tasks import Tasks

log = logging.getLogger(__name__)
RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def stylesheet() -> str:
    path = RESOURCES / "styles" / "till.qss"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def register_bundled_fonts() -> None:
    """The installer ships DejaVu in resources/fonts: a machine with no fonts still shows
    Vietnamese instead of boxes."""
    from PySide6.QtGui import QFontDatabase

    for font in sorted((RESOURCES / "fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font))


def install_translator(app: QApplication, language: str) -> None:
    translator = QTranslator(app)
    if translator.load(str(RESOURCES / "i18n" / f"omnipos_{language}.qm")):
        app.installTranslator(translator)


def install_crash_dialog() -> None:
    """An uncaught exception is logged and shown; the till stays open."""

    def hook(exc_type, exc, tb):
        log.critical("uncaught exception", exc_info=(exc_type, exc, tb))
        text = "".join(traceback.format_exception_only(exc_type, exc)).strip()
        QMessageBox.critical(None, QApplication.translate("Crash", "Unexpected error"),
                             QApplication.translate("Crash", "Something went wrong and was "
                                                    "logged. The sale on screen is kept.\n\n{0}")
                             .format(text))

    sys.excepthook = hook


def build_window(db, data_dir: Path, sync=None) -> MainWindow:
    till = Till(db=db, data_dir=data_dir, settings=load_settings(db), tasks=Tasks(), sync=sync)
    return MainWindow(till)


def run(db, data_dir: Path, exit_when_ready: bool = False, sync=None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("omnipos")
    app.setStyleSheet(stylesheet())
    install_translator(app, QLocale.system().name().split("_")[0])
    install_crash_dialog()
    window = build_window(db, data_dir, sync)
    window.show()
    if exit_when_ready:
        # Timing hook for the benchmark: the window is painted once the loop runs.
        QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
    code = app.exec()
    window.till.tasks.shutdown()
    return code
