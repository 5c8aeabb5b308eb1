"""Choosing the till's language from the manager menu: saved as the shop's setting and applied
to the running window at once (the sale on screen stays)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog

from pos import i18n
from pos.services.settings import save_settings
from pos.ui.i18n import switch_language


def choose_language(screen) -> None:
    names = list(i18n.LANGUAGES.values())
    codes = list(i18n.LANGUAGES)
    current = codes.index(i18n.current_language()) if i18n.current_language() in codes else 0
    name, ok = QInputDialog.getItem(
        screen, QCoreApplication.translate("LanguageMenu", "Language"),
        QCoreApplication.translate("LanguageMenu", "Language of the till, receipts and reports:"),
        names, current, False)
    if not ok:
        return
    language = codes[names.index(name)]
    till = screen.till
    till.tasks.run(lambda: save_settings(till.db, language=language),
                   lambda settings: _apply(screen, settings, language),
                   lambda error: screen.flash("error", str(error)))


def _apply(screen, settings, language: str) -> None:
    screen.till.settings = settings
    switch_language(language)
    # texts made of words and data are not found by the switch: the screen writes them again
    if screen.till.user is not None:
        screen.set_user(screen.till.user)
    screen.refresh_sync_status()
    screen.scan_input.setFocus()
