"""Manager menu > Language: the choice is saved as the shop's setting and the running window
switches at once, texts made of words and data (cashier, sync state) included."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from pos import i18n
from pos.services.settings import load_settings
from pos.ui import language
from pos.ui.i18n import installed, switch_language


def choose(monkeypatch, screen, name: str) -> None:
    # the dialog is modal: answer it as the manager would (tests/ui/test_keyboard_flows.py
    # drives the list itself with ↑/↓ and Enter)
    code = next(c for c, n in i18n.LANGUAGES.items() if n == name)
    monkeypatch.setattr(language, "ask_language", lambda _screen: code)
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


def test_a_text_of_several_screens_switches_as_its_own_screen_says(qtbot, logged_in):
    """"Price" is a button on the sale screen ("Giá") and a cart column ("Đơn giá")."""
    window = logged_in
    installed(QApplication.instance())
    price = window.findChild(QPushButton, "priceButton")
    model = window.sale.cart_model
    try:
        switch_language("vi")
        assert price.text() == "Giá\nF9"
        assert model.headerData(3, Qt.Horizontal) == "Đơn giá"
    finally:
        switch_language("en")
    assert price.text() == "Price\nF9" and model.headerData(3, Qt.Horizontal) == "Price"
