"""Choosing the till's language from the manager menu: saved as the shop's setting and applied
to the running window at once (the sale on screen stays)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QListWidget, QVBoxLayout

from pos import i18n
from pos.services.settings import save_settings
from pos.ui.i18n import switch_language
from pos.ui.keyboard import KeyboardFirstDialog


class LanguageDialog(KeyboardFirstDialog):
    """The languages in a list, the current one selected: ↑/↓ move, Enter chooses, Esc keeps."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("languageDialog")
        self.setWindowTitle(QCoreApplication.translate("LanguageMenu", "Language"))
        self.list = QListWidget(objectName="languageList")
        for code, name in i18n.LANGUAGES.items():
            self.list.addItem(name)
            self.list.item(self.list.count() - 1).setData(Qt.UserRole, code)
        codes = list(i18n.LANGUAGES)
        current = i18n.current_language()
        self.list.setCurrentRow(codes.index(current) if current in codes else 0)
        self.list.itemActivated.connect(lambda _: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(QCoreApplication.translate(
            "LanguageMenu", "Language of the till, receipts and reports:")))
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.enter_button = buttons.button(QDialogButtonBox.Ok)

    def chosen(self) -> str:
        return self.list.currentItem().data(Qt.UserRole)


def ask_language(screen) -> str | None:
    """The language the manager picks, None when they keep the current one (Esc)."""
    dialog = LanguageDialog(screen)
    return dialog.chosen() if dialog.exec() else None


def choose_language(screen) -> None:
    language = ask_language(screen)
    if language is None:
        return
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
