"""Languages: the .ts catalogues are complete, and the running window switches to Vietnamese."""
from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from pos import i18n
from pos.ui.i18n import installed, switch_language
from tests.ui.conftest import type_and_enter

PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def messages(ts) -> list[tuple[str, str, ET.Element | None]]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            found.append((context.findtext("name", ""), message.findtext("source", ""),
                          message.find("translation")))
    return found


@pytest.mark.parametrize("language", sorted(i18n.LANGUAGES))
def test_catalogue_has_every_string_of_the_code_translated(language, tmp_path):
    fresh = tmp_path / i18n.ts_path(language).name
    shutil.copy(i18n.ts_path(language), fresh)
    i18n.update([fresh])  # what the code asks for today, keeping what is translated
    problems = []
    for context, source, translation in messages(fresh):
        where = f"{context}: {source!r}"
        if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                               "obsolete"):
            problems.append(f"not translated: {where}")
        elif not (translation.text or "").strip():
            problems.append(f"empty: {where}")
        elif set(PLACEHOLDER.findall(source)) != set(PLACEHOLDER.findall(translation.text)):
            problems.append(f"placeholders differ: {where} -> {translation.text!r}")
    assert not problems, (f"{len(problems)} problem(s) in {i18n.ts_path(language).name}; run "
                          "`python -m pos.i18n update` and translate:\n" + "\n".join(problems))


def test_language_setting_then_os_locale_then_english():
    assert i18n.language_for("vi", "en") == "vi"
    assert i18n.language_for("", "vi") == "vi"
    assert i18n.language_for("", "fr") == "en"
    assert i18n.language_for("xx", "") == "en"


def test_translate_without_qt_reads_the_catalogue():
    assert i18n.translate("SaleScreen", "PAY", "vi") == "THANH TOÁN"
    assert i18n.translate("SaleScreen", "PAY", "en") == "PAY"
    assert i18n.translate("SaleScreen", "no such text", "vi") == "no such text"


def test_build_makes_qm_files():
    i18n.build()
    assert i18n.qm_path("vi").exists() and i18n.qm_path("vi").stat().st_size > 1000


def test_running_window_switches_to_vietnamese_and_back(qtbot, logged_in):
    window = logged_in
    i18n.build()
    installed(QApplication.instance())
    type_and_enter(qtbot, window.sale.scan_input, "8930000000019")
    qtbot.waitUntil(lambda: window.sale.cart_model.rowCount() == 1)
    pay = window.findChild(QPushButton, "payButton")
    assert pay.text() == "PAY\nF12"
    placeholder = window.sale.scan_input.placeholderText()
    try:
        switch_language("vi")
        assert pay.text() == "THANH TOÁN\nF12"
        assert window.findChild(QPushButton, "parkButton").text() == "Giữ đơn\nF6"
        assert window.sale.scan_input.placeholderText().startswith("Quét mã vạch")
        totals = [label.text() for label in window.findChildren(QLabel)]
        assert "TỔNG CỘNG" in totals and "Tạm tính" in totals
        assert QCoreApplication.translate("SaleScreen", "Search") == "Tìm"
        assert window.sale.cart_model.rowCount() == 1  # the sale on screen is kept
        assert i18n.current_language() == "vi"
    finally:
        switch_language("en")
    assert pay.text() == "PAY\nF12"
    assert window.sale.scan_input.placeholderText() == placeholder
