"""Nothing lost (issue #14): the sale on screen survives a SIGKILL of the till and a closed
window; a completed sale says so (and offers a printer once when there is none); a bad
scan's error and the last sale's change go at the next good action."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from pos.app import DB_NAME
from pos.services import cart_on_screen, customers
from pos.services.demo import demo_ean
from pos.services.settings import load_settings
from tests.ui.conftest import shown_window
from tests.ui.keys import press, send, wait_active

CHILD = Path(__file__).with_name("crash_till_child.py")
ROOT = Path(__file__).resolve().parents[2]


def log_in(qtbot, w, pin: str = "1111") -> None:
    send(qtbot, pin, Qt.Key_Return)
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.sale)


def scan(qtbot, w, *codes: str) -> None:
    for code in codes:
        lines = len(w.sale.basket.lines)
        send(qtbot, code, Qt.Key_Return)
        qtbot.waitUntil(lambda: len(w.sale.basket.lines) == lines + 1)


def bad_scan(qtbot, w, code: str) -> None:
    send(qtbot, code, Qt.Key_Return)
    qtbot.waitUntil(lambda: w.sale.message.property("state") == "error")


def kept_lines(data_dir: Path) -> int:
    """How many lines the database file holds for the sale on screen (read as another
    process would)."""
    with sqlite3.connect(data_dir / DB_NAME) as raw:
        row = raw.execute("SELECT lines FROM cart_on_screen WHERE terminal_id = 'T1'").fetchone()
    return row[0] if row else 0


def message(w) -> QLabel:
    return w.findChild(QLabel, "messageLabel")


def test_the_sale_on_screen_survives_a_sigkill(qtbot, demo_db, data_dir):
    codes = [demo_ean(1), demo_ean(2), demo_ean(3)]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    child = subprocess.Popen([sys.executable, str(CHILD), str(data_dir), "1111", *codes],
                             stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    try:
        assert child.stdout.readline().strip() == "scanned 3"
        qtbot.waitUntil(lambda: kept_lines(data_dir) == 3, timeout=10_000)  # one upsert each
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()

    gen = shown_window(qtbot, demo_db, data_dir)  # the till started again on the same file
    w = next(gen)
    log_in(qtbot, w)
    qtbot.waitUntil(lambda: len(w.sale.basket.lines) == 3)
    assert [l.sku for l in w.sale.basket.lines] == ["SP0001", "SP0002", "SP0003"]
    assert "is back: 3 lines" in message(w).text()
    next(gen, None)


def test_closing_the_window_keeps_the_sale_for_the_next_start(qtbot, demo_db, data_dir):
    gen = shown_window(qtbot, demo_db, data_dir)
    w = next(gen)
    log_in(qtbot, w)
    scan(qtbot, w, demo_ean(1), demo_ean(2))
    qtbot.waitUntil(lambda: len(w.sale.basket.lines) == 2)
    w.close()  # the window manager's ✕: a close event
    next(gen, None)

    gen = shown_window(qtbot, demo_db, data_dir)
    w = next(gen)
    log_in(qtbot, w)
    qtbot.waitUntil(lambda: len(w.sale.basket.lines) == 2)
    assert "is back: 2 lines" in message(w).text()
    scan(qtbot, w, demo_ean(3))  # the sale goes on, still kept
    qtbot.waitUntil(lambda: kept_lines(data_dir) == 3)
    send(qtbot, Qt.Key_F6)  # parked: no longer the sale on screen
    qtbot.waitUntil(lambda: kept_lines(data_dir) == 0)
    assert cart_on_screen.load(demo_db, "T1") is None
    next(gen, None)


def pay_cash(qtbot, w, cash: str) -> None:
    press(qtbot, Qt.Key_F12)
    wait_active(qtbot, "paymentDialog")
    send(qtbot, cash, Qt.Key_Return)
    qtbot.waitUntil(lambda: w.sale.basket.is_empty() and bool(w.sale.last_sale.text()))


def test_a_completed_sale_says_so_and_offers_a_printer_once(qtbot, logged_in, demo_db, data_dir):
    w = logged_in
    assert not load_settings(demo_db).printer_uri  # the demo shop has no printer
    offer = w.findChild(QPushButton, "setUpPrinterButton")
    scan(qtbot, w, demo_ean(1))  # 6.000 ₫
    qtbot.waitUntil(lambda: kept_lines(data_dir) == 1)
    pay_cash(qtbot, w, "10000")
    last = w.sale.last_sale.text()
    assert "T1-000001" in last and w.till.money(4000) in last
    assert offer.isVisible()
    qtbot.waitUntil(lambda: load_settings(demo_db).printer_setup_offered)
    assert kept_lines(data_dir) == 0  # completed: nothing to bring back

    scan(qtbot, w, demo_ean(1))  # the next sale starts: the last one's line goes
    assert w.sale.last_sale.text() == "" and not offer.isVisible()
    pay_cash(qtbot, w, "10000")
    assert "T1-000002" in w.sale.last_sale.text()
    assert not offer.isVisible()  # offered once only


def test_set_up_a_printer_opens_the_printer_settings(qtbot, window):
    w = window
    log_in(qtbot, w, "9999")  # the manager may change the printer
    scan(qtbot, w, demo_ean(1))
    pay_cash(qtbot, w, "10000")
    offer = w.findChild(QPushButton, "setUpPrinterButton")
    assert offer.isVisible()
    qtbot.mouseClick(offer, Qt.LeftButton)
    wait_active(qtbot, "printerSettings").reject()
    assert not offer.isVisible()


def test_a_bad_scans_error_clears_at_the_next_good_scan(qtbot, logged_in):
    w = logged_in
    good = demo_ean(1)
    bad = good[:-1] + str((int(good[-1]) + 1) % 10)  # a wrong check digit
    bad_scan(qtbot, w, bad)
    assert message(w).text()
    scan(qtbot, w, good)
    assert message(w).text() == "" and message(w).property("state") == "ok"
    assert w.findChild(type(w.sale.scan_input), "scanInput").property("state") == "ok"
    bad_scan(qtbot, w, bad)
    press(qtbot, Qt.Key_F8)  # removing the line is a good action too
    qtbot.waitUntil(lambda: w.sale.basket.is_empty())
    assert message(w).text() == ""


def test_the_sale_comes_back_with_its_customer(qtbot, demo_db, data_dir):
    an = customers.add_customer(demo_db, "Chị An", phone="0901234567")
    gen = shown_window(qtbot, demo_db, data_dir)
    w = next(gen)
    log_in(qtbot, w)
    scan(qtbot, w, demo_ean(1))
    w.sale.attach_customer(an)  # as the customer dialog does (tested with it elsewhere)
    qtbot.waitUntil(lambda: cart_on_screen.load(demo_db, "T1").basket.customer_id == an.id)
    w.close()
    next(gen, None)

    gen = shown_window(qtbot, demo_db, data_dir)
    w = next(gen)
    log_in(qtbot, w)
    qtbot.waitUntil(lambda: "Chị An" in w.findChild(QLabel, "customerLabel").text())
    assert w.sale.basket.customer_id == an.id and len(w.sale.basket.lines) == 1
    next(gen, None)
