"""Starting the Qt application: style, translations, crash dialog, the main window."""
from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QLocale, QTimer
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
    from pos.ui import i18n as window_language

    window_language.install(app, language)


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


class TillStart:
    """A new shop starts on the set-up wizard, then the till; a set-up shop on the till."""

    def __init__(self, db, data_dir: Path, sync=None, start_sync=None):
        self.db, self.data_dir, self.sync, self.start_sync = db, data_dir, sync, start_sync
        self.window: MainWindow | None = None
        self.first_start = None
        self.setup_tasks: Tasks | None = None

    def begin(self, first_run: bool) -> None:
        if first_run:
            self._show_wizard()
        else:
            self.open_till()

    def _show_wizard(self) -> None:
        from pos.ui.first_run import FirstStart

        self.setup_tasks = Tasks()
        till = Till(db=self.db, data_dir=self.data_dir, settings=load_settings(self.db),
                    tasks=self.setup_tasks)
        self.first_start = FirstStart(till, self._after_set_up)
        self.first_start.show()

    def _after_set_up(self, store_problem: str) -> None:
        if self.start_sync and self.sync is None:
            self.sync = self.start_sync()  # a store connected in the wizard syncs at once
        self.open_till()
        if store_problem:
            QMessageBox.warning(self.window, QApplication.translate("Setup", "Online store"),
                                QApplication.translate(
                                    "Setup", "The shop is set up and can sell, but the online "
                                    "store could not be connected: {0}\nConnect it later in "
                                    "Settings (F11).").format(store_problem))

    def open_till(self) -> None:
        self.window = build_window(self.db, self.data_dir, self.sync)
        self.window.showMaximized()  # a till's screen is small (1024×768): all of it is the till

    def shutdown(self) -> None:
        for tasks in (self.setup_tasks, self.window.till.tasks if self.window else None):
            if tasks is not None:
                tasks.shutdown()


def interface_language(db) -> str:
    from pos.i18n import shop_speaks

    return shop_speaks(load_settings(db), QLocale.system().name().split("_")[0])


def run(db, data_dir: Path, exit_when_ready: bool = False, sync=None, first_run: bool = False,
        start_sync=None, started=None) -> int:
    """The window, then Qt's event loop until it closes; `started()` is called once the first
    screen is built (see pos.app.cycle_collection_paused)."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("omnipos")
    app.setStyleSheet(stylesheet())
    register_bundled_fonts()
    install_translator(app, interface_language(db))
    install_crash_dialog()
    start = TillStart(db, data_dir, sync, start_sync)
    start.begin(first_run and not exit_when_ready)
    if started is not None:
        started()
    if exit_when_ready:
        # Timing hook for the benchmark: the window is painted once the loop runs.
        QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
    code = app.exec()
    start.shutdown()
    return code
