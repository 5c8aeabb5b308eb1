"""The manager's menu (F11 on the sale screen): shifts, returns, stock, reports, settings.

Each entry names the function that opens it as "module:function"; the function takes the sale
screen. Features register here so the sale screen stays small; permissions are checked by the
services (and prompted for by the opened screen), not by hiding entries.
"""
from __future__ import annotations

import importlib

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMenu

#: (objectName of the action, English label marked for lupdate, "module:function")
ENTRIES: list[tuple[str, str, str]] = [
    ("openShiftAction", QT_TRANSLATE_NOOP("BackOffice", "Open shift"), "pos.ui.shift_desk:open_shift"),
    ("cashInOutAction", QT_TRANSLATE_NOOP("BackOffice", "Cash in / cash out"), "pos.ui.shift_desk:cash_in_out"),
    ("xReportAction", QT_TRANSLATE_NOOP("BackOffice", "X report"), "pos.ui.shift_desk:x_report"),
    ("closeShiftAction", QT_TRANSLATE_NOOP("BackOffice", "Close shift"), "pos.ui.shift_desk:close_shift"),
    ("lastZReportAction", QT_TRANSLATE_NOOP("BackOffice", "Last Z report"),
     "pos.ui.shift_desk:last_z_report"),
    ("returnsAction", QT_TRANSLATE_NOOP("BackOffice", "Returns and exchanges"), "pos.ui.returns_screen:open_returns"),
    ("stockAction", QT_TRANSLATE_NOOP("BackOffice", "Stock"), "pos.ui.stock_screen:open_stock_screen"),
    ("collectAction", QT_TRANSLATE_NOOP("BackOffice", "Orders to collect"),
     "pos.ui.collect_screen:open_collect_screen"),
    ("promotionsAction", QT_TRANSLATE_NOOP("BackOffice", "Promotions"),
     "pos.ui.promotions_dialog:open_promotions"),
    ("dashboardAction", QT_TRANSLATE_NOOP("BackOffice", "Sales dashboard"), "pos.ui.dashboard:open_dashboard"),
    ("settingsAction", QT_TRANSLATE_NOOP("BackOffice", "Settings"), "pos.ui.settings_dialog:open_settings"),
    ("storeConnectionAction", QT_TRANSLATE_NOOP("BackOffice", "Online store connection"),
     "pos.ui.store_connection:open_store_connection"),
    ("syncPanelAction", QT_TRANSLATE_NOOP("BackOffice", "Waiting to sync"),
     "pos.ui.sync_panel:open_from_menu"),
    ("languageAction", QT_TRANSLATE_NOOP("BackOffice", "Language"), "pos.ui.language:choose_language"),
]


def _label(text: str) -> str:
    return QCoreApplication.translate("BackOffice", text)


#: entries offered only with a shift open at this till, and only with none open
NEEDS_SHIFT = {"closeShiftAction"}
NEEDS_NO_SHIFT = {"openShiftAction"}


def build_menu(screen) -> QMenu:
    menu = QMenu(screen, objectName="backOfficeMenu")
    for name, label, target in ENTRIES:
        action = menu.addAction(_label(label))
        action.setObjectName(name)
        action.triggered.connect(lambda _=False, t=target: open_entry(screen, t))
    return menu


def offer_for_shift(menu: QMenu, shift_open: bool) -> None:
    """"Open shift" is not offered while this till's shift is open, "Close shift" while none
    is (the menu may be gone by the time the shift state is read)."""
    try:
        actions = menu.actions()
    except RuntimeError:  # the menu was closed and deleted meanwhile
        return
    for action in actions:
        name = action.objectName()
        if name in NEEDS_NO_SHIFT or name in NEEDS_SHIFT:
            action.setEnabled(not ((shift_open and name in NEEDS_NO_SHIFT)
                                   or (not shift_open and name in NEEDS_SHIFT)))


def open_entry(screen, target: str) -> None:
    module, function = target.split(":")
    getattr(importlib.import_module(module), function)(screen)
