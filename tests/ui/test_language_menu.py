"""Manager menu > Language: the choice is saved as the shop's setting and the running window
switches at once, texts made of words and data (cashier, sync state) included."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel

from pos import i18n
from pos.services.settings import load_settings
from pos.ui import language
from pos.ui.i18n import installed


def choose(monkeypatch, screen, name: str) -> None:
    # the dialog is modal: answer it as the manager would
    monkeypatch.setattr(language.QInputDialog, "getItem",
                        staticmethod(lambda *args, **kwargs: (name, True)))
    language.choose_language(screen)


def test_language_menu_saves_the_setting_and_switches_the_window(qtbot, logged_in, demo_db,
                                                                 monkeypatch):
    window = logged_in
    installed(QApplication.instance())
    cashier = window.findChild(QLabel, "cashierLabel")
    sync = window.sale.sync_status
    assert cashier.text() == "Cashier: Lan"
    try:
        choose(monkeypatch, window.sale, i18n.LANGUAGES["vi"])
        qtbot.waitUntil(lambda: cashier.text() == "Thu ngân: Lan")
        qtbot.waitUntil(lambda: sync.text().startswith("● Ngoại tuyến"))
        assert load_settings(demo_db).language == "vi"
        assert i18n.current_language() == "vi"
    finally:
        choose(monkeypatch, window.sale, i18n.LANGUAGES["en"])
    qtbot.waitUntil(lambda: cashier.text() == "Cashier: Lan")
    qtbot.waitUntil(lambda: sync.text().startswith("● Offline"))
    assert load_settings(demo_db).language == "en"
