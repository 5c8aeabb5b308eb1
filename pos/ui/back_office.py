"""The manager's menu (F11 on the sale screen): shifts, returns, stock, reports, settings.

Each entry names the function that opens it as "module:function"; the function takes the sale
screen. Features register here so the sale screen stays small; permissions are checked by the
services (and prompted for by the opened screen), not by hiding entries.
"""
from __future__ import annotations

import importlib

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

#: (objectName of the action, English label, "module:function")
ENTRIES: list[tuple[str, str, str]] = [
    ("openShiftAction", "Open shift", "pos.ui.shift_desk:open_shift"),
    ("cashInOutAction", "Cash in / cash out", "pos.ui.shift_desk:cash_in_out"),
    ("xReportAction", "X report", "pos.ui.shift_desk:x_report"),
    ("closeShiftAction", "Close shift", "pos.ui.shift_desk:close_shift"),
    ("returnsAction", "Returns and exchanges", "pos.ui.returns_screen:open_returns"),
    ("stockAction", "Stock", "pos.ui.stock_screen:open_stock_screen"),
    ("dashboardAction", "Sales dashboard", "pos.ui.dashboard:open_dashboard"),
    ("settingsAction", "Settings", "pos.ui.settings_dialog:open_settings"),
    ("storeConnectionAction", "Online store connection",
     "pos.ui.store_connection:open_store_connection"),
]


def _label(text: str) -> str:
    return QCoreApplication.translate("BackOffice", text)


def build_menu(screen) -> QMenu:
    menu = QMenu(screen, objectName="backOfficeMenu")
    for name, label, target in ENTRIES:
        action = menu.addAction(_label(label))
        action.setObjectName(name)
        action.triggered.connect(lambda _=False, t=target: open_entry(screen, t))
    return menu


def open_entry(screen, target: str) -> None:
    module, function = target.split(":")
    getattr(importlib.import_module(module), function)(screen)
