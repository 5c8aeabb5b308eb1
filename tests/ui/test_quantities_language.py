"""Quantities, words and language (issue #14): weighed items in kg with the locale's decimal
comma, stock waiting to sync as a quantity, the payee beside the VietQR, a Vietnamese shop
speaking Vietnamese whatever the computer's locale, Qt's own buttons and messages already on
screen following a language switch."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QTableWidget

from pos.domain.barcode import make_weight_barcode
from pos.domain.basket import Basket
from pos.domain.payment import CASH, Tender
from pos.services import catalog, returns, stock_adjustments
from pos.services.sales import complete_sale
from pos.services.settings import load_settings
from pos.services.stock_view import item_stock
from pos.services.users import list_users, login
from pos.ui.context import Till
from pos.ui.dashboard import SalesDashboard
from pos.ui.payment import PaymentDialog
from pos.ui.returns_screen import ReturnsScreen
from pos.ui.tasks import Tasks
from tests.ui.test_dashboard import dispose

BANANA = make_weight_barcode("00001", Decimal("0.850"))  # Chuối già, 28.000 ₫/kg
WATER = "SP0001"  # Nước suối Lavie 330ml, 6.000 ₫


@pytest.fixture
def till(demo_db, data_dir):
    t = Till(db=demo_db, data_dir=data_dir, settings=load_settings(demo_db), tasks=Tasks())
    t.user = next(u for u in list_users(demo_db) if u.role == "manager")
    yield t
    t.tasks.shutdown()


def sell(db, *codes: str):
    shop, basket = load_settings(db), Basket()
    for code in codes:
        basket.add(catalog.scan(db, code, shop))
    total = basket.totals(shop.tax_inclusive).total
    return complete_sale(db, basket, [Tender(CASH, total + 1_000)], login(db, "1111"), shop)


def test_best_sellers_show_weighed_items_in_kg_with_a_decimal_comma(qtbot, till, demo_db):
    sell(demo_db, BANANA, WATER)
    d = SalesDashboard(till)
    qtbot.addWidget(d)
    try:
        qtbot.waitUntil(lambda: d.findChild(QTableWidget, "topProductsTable") is not None,
                        timeout=20_000)
        table = d.findChild(QTableWidget, "topProductsTable")
        rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
        assert rows["Chuối già"] == "0,850 kg"
        assert rows["Nước suối Lavie 330ml"] == "1"
    finally:
        qtbot.waitUntil(lambda: till.tasks.pending == 0, timeout=20_000)
        dispose(d)


def test_the_returns_screen_shows_what_was_sold_in_units_at_what_price(qtbot, till, demo_db):
    sale = sell(demo_db, BANANA, WATER)
    screen = ReturnsScreen(till)
    qtbot.addWidget(screen)
    screen.show_original(returns.find_original(demo_db, sale.receipt_label, till.settings))
    table = screen.lines
    sold = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert sold["Chuối già"] == "0,850 kg × 28.000\xa0₫/kg"
    assert sold["Nước suối Lavie 330ml"] == "1 × 6.000\xa0₫"
    returned = {table.item(r, 0).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert returned == {"Chuối già": "0,000 kg", "Nước suối Lavie 330ml": "0"}


def test_stock_waiting_to_sync_is_shown_as_a_quantity(qtbot, till, demo_db):
    from pos.ui.stock_screen import ItemTab, StockScreen

    before = item_stock(demo_db, till.settings, WATER)
    assert before.last_synced == before.on_hand == 200
    stock_adjustments.adjust_stock(demo_db, till.settings, WATER, "-3", "damage", till.user)
    screen = StockScreen(till)
    qtbot.addWidget(screen)
    screen.findChild(ItemTab).show_item(item_stock(demo_db, till.settings, WATER))
    here = screen.findChild(QTableWidget, "stockLocations").item(0, 3).text()
    assert here == "store 200, \u22123 waiting = 197"


def test_the_payee_is_shown_beside_the_qr_with_the_transfer_content(qtbot, till):
    dialog = PaymentDialog(till, 87_000, "Sale")
    qtbot.addWidget(dialog)
    payee = dialog.findChild(QLabel, "payeeLabel")
    qtbot.waitUntil(lambda: dialog.transfer_content == "T1000001")
    assert payee.text().split("\n") == ["Pay to:", "Vietcombank", "0071000123456",
                                        "CUA HANG DEMO", "Transfer content: T1000001"]
    assert "0808T1000001" in dialog.qr_payload  # field 62/08: what the bank will write


def test_qts_own_buttons_follow_the_language(qtbot):
    from PySide6.QtCore import QLibraryInfo
    from PySide6.QtWidgets import QApplication, QMessageBox

    from pos.ui.i18n import installed, switch_language

    folder = Path(QLibraryInfo.path(QLibraryInfo.TranslationsPath))
    assert not (folder / "qtbase_vi.qm").exists()  # PySide6 has none: our catalogue says them
    installed(QApplication.instance())
    try:
        switch_language("vi")
        box = QMessageBox(QMessageBox.Question, "?", "?",
                          QMessageBox.Yes | QMessageBox.No | QMessageBox.Cancel | QMessageBox.Ok)
        qtbot.addWidget(box)
        words = {box.button(b).text() for b in (QMessageBox.Yes, QMessageBox.No,
                                                 QMessageBox.Cancel, QMessageBox.Ok)}
        assert words == {"&Có", "&Không", "Hủy", "Đồng ý"}
    finally:
        switch_language("en")
    box = QMessageBox(QMessageBox.Question, "?", "?", QMessageBox.Yes | QMessageBox.Cancel)
    qtbot.addWidget(box)
    assert {box.button(QMessageBox.Yes).text(), box.button(QMessageBox.Cancel).text()} == {
        "&Yes", "Cancel"}


@pytest.mark.parametrize("settings, language", [
    ({"currency": "VND"}, "vi"),
    ({"currency": "EUR", "locale": "vi_VN"}, "vi"),  # set up in Vietnam, priced in euros
    ({"currency": "EUR", "locale": "en_US"}, "en"),  # not in Vietnam: the computer's (C: English)
    ({"currency": "VND", "language": "en"}, "en"),  # the shop's choice comes first
])
def test_a_new_shop_in_vietnam_opens_in_vietnamese_on_a_c_computer(qtbot, empty_db, monkeypatch,
                                                                    settings, language):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from pos import i18n
    from pos.services.settings import save_settings
    from pos.ui.application import install_translator, interface_language
    from pos.ui.i18n import switch_language

    monkeypatch.setenv("LANG", "C.UTF-8")
    for var in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    save_settings(empty_db, **{"language": "", **settings})  # the test shop reads English
    assert interface_language(empty_db) == language
    try:
        install_translator(QApplication.instance(), interface_language(empty_db))
        assert i18n.current_language() == language
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == (
            "Hủy" if language == "vi" else "Cancel")
    finally:
        switch_language("en")
    from PySide6.QtCore import QCoreApplication as Core

    assert Core.translate("QPlatformTheme", "Cancel") == "Cancel"  # no Vietnamese one left over


def test_messages_already_on_screen_are_shown_again_after_a_switch(qtbot):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from pos.i18n import translate
    from pos.ui.i18n import installed, switch_language

    installed(QApplication.instance())
    done = QLabel(QCoreApplication.translate(
        "SaleScreen", "Change due: {change}   ·   receipt {receipt}").format(
            change="13.000\xa0₫", receipt="T1-000007"))
    error = QLabel(translate("Errors", "Not fully paid yet: {0} still due.").format("200\xa0₫"))
    for label in (done, error):
        qtbot.addWidget(label)
    try:
        switch_language("vi")
        assert done.text() == "Tiền thối: 13.000\xa0₫   ·   hóa đơn T1-000007"
        assert error.text() == "Chưa thanh toán đủ: còn thiếu 200\xa0₫."
    finally:
        switch_language("en")
    assert done.text() == "Change due: 13.000\xa0₫   ·   receipt T1-000007"
    assert error.text() == "Not fully paid yet: 200\xa0₫ still due."
