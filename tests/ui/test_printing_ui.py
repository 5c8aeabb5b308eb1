"""Printing from the real till window: a cash sale's receipt and drawer kick reach a TCP
printer on 127.0.0.1; a dead or silent printer never costs the sale nor blocks scanning, and
the receipt prints once the printer is back, exactly once."""
from __future__ import annotations

import socket

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton
from pyzbar.pyzbar import decode as read_codes

from pos.printing.raster import receipt_image
from pos.services import print_queue
from pos.services.exports import sale_documents
from pos.services.receipts import receipt_for
from tests.ui.printing_helpers import (COFFEE, WATER, cart_rows, log_in, next_job,  # noqa: F401
                                      open_till, printer, scan, sell_for_cash, visible_dialog)

from escpos_decoder import Cut, DrawerKick, Raster, StatusQuery, decode  # noqa: E402  (tests/printing)
from printer_at import PrinterAt, drain, free_port, is_receipt  # noqa: E402


def banner(window) -> QFrame:
    return window.findChild(QFrame, "printProblem")


def test_cash_sale_prints_the_receipt_and_opens_the_drawer(qtbot, open_till, printer, demo_db):
    window = open_till(printer_uri=printer.uri, receipt_qr="https://shop.example.vn/r/{uuid}")
    label = sell_for_cash(qtbot, window, COFFEE, WATER)

    decoded = decode(next_job(qtbot, printer))
    assert decoded.index(StatusQuery) < decoded.index(DrawerKick) < decoded.index(Raster)
    assert decoded.of(DrawerKick) == [DrawerKick(2)]
    assert decoded.events[-1] == Cut(partial=False)
    to_print = receipt_for(demo_db, label, window.till.settings)
    expected = receipt_image(to_print.receipt, to_print.money, to_print.labels)
    assert decoded.raster_image().tobytes() == expected.tobytes()
    codes = {c.type: c.data.decode() for c in read_codes(decoded.raster_image().convert("L"))}
    [sale] = sale_documents(demo_db)
    assert codes == {"CODE128": label, "QRCODE": f"https://shop.example.vn/r/{sale['id']}"}
    qtbot.waitUntil(lambda: print_queue.job_info(demo_db, 1).status == "printed")
    assert not banner(window).isVisible()


def test_card_sale_prints_without_drawer_kick(qtbot, open_till, printer):
    window = open_till(printer_uri=printer.uri, printer_mode="text")
    scan(qtbot, window, WATER)
    qtbot.waitUntil(lambda: cart_rows(window) == 1)
    qtbot.keyClick(window.sale.scan_input, Qt.Key_F12)
    qtbot.waitUntil(lambda: visible_dialog(window, "paymentDialog") is not None)
    payment = visible_dialog(window, "paymentDialog")
    payment.tabs.setCurrentIndex(1)
    qtbot.mouseClick(payment.findChild(QPushButton, "addCardButton"), Qt.LeftButton)
    qtbot.mouseClick(payment.findChild(QPushButton, "completeSaleButton"), Qt.LeftButton)
    decoded = decode(next_job(qtbot, printer))
    assert decoded.of(DrawerKick) == []
    assert "Nước suối Lavie 330ml" in decoded.lines


def test_printer_off_sale_saved_scanning_goes_on_retry_prints_once(qtbot, open_till, demo_db):
    port = free_port()  # nothing listens: the printer is switched off
    window = open_till(printer_uri=f"tcp://127.0.0.1:{port}")
    label = sell_for_cash(qtbot, window, WATER)

    qtbot.waitUntil(lambda: banner(window).isVisible())
    message = window.findChild(QLabel, "printProblemMessage").text()
    assert label in message and "sale is saved" in message and "switched on" in message
    assert [d["receipt"] for d in sale_documents(demo_db)] == [label]
    scan(qtbot, window, COFFEE)  # the next customer is served meanwhile
    qtbot.waitUntil(lambda: cart_rows(window) == 1)

    back = PrinterAt(port)
    try:
        qtbot.mouseClick(window.findChild(QPushButton, "printRetryButton"), Qt.LeftButton)
        qtbot.mouseClick(window.findChild(QPushButton, "printRetryButton"), Qt.LeftButton)
        qtbot.waitUntil(lambda: not banner(window).isVisible(), timeout=10_000)
        qtbot.wait(1000)  # time for any late automatic retry to (not) print it again
    finally:
        back.close()
    receipts = [job for job in drain(back) if is_receipt(job)]
    assert len(receipts) == 1
    assert decode(receipts[0]).of(DrawerKick) == [DrawerKick(2)]
    assert print_queue.waiting_jobs(demo_db) == []
    assert cart_rows(window) == 1  # the new customer's sale is untouched


def test_silent_printer_does_not_block_scans_and_prints_when_back(qtbot, open_till, demo_db):
    silent = socket.create_server(("127.0.0.1", 0))  # accepts connections, never answers
    port = silent.getsockname()[1]
    window = open_till(printer_uri=f"tcp://127.0.0.1:{port}")
    window.devices.printing.timeout = 2.0
    sell_for_cash(qtbot, window, WATER)
    qtbot.waitUntil(lambda: window.devices.printing.printer.pending == 1)

    scan(qtbot, window, COFFEE)  # while the print thread waits for the printer
    qtbot.waitUntil(lambda: cart_rows(window) == 1)
    assert window.devices.printing.printer.pending == 1, "the scan did not wait for the printer"

    qtbot.waitUntil(lambda: banner(window).isVisible(), timeout=10_000)
    assert "did not respond" in window.findChild(QLabel, "printProblemMessage").text()
    silent.close()
    back = PrinterAt(port)
    try:  # no button pressed: the queue retries by itself while the cashier has not decided
        qtbot.waitUntil(lambda: not banner(window).isVisible(), timeout=15_000)
        qtbot.wait(1000)
    finally:
        back.close()
    assert sum(1 for job in drain(back) if is_receipt(job)) == 1


def test_skip_and_reprint_later(qtbot, open_till, demo_db):
    port = free_port()
    window = open_till(printer_uri=f"tcp://127.0.0.1:{port}")
    sell_for_cash(qtbot, window, WATER)
    qtbot.waitUntil(lambda: banner(window).isVisible())
    qtbot.mouseClick(window.findChild(QPushButton, "printSkipButton"), Qt.LeftButton)
    assert not banner(window).isVisible()
    sell_for_cash(qtbot, window, COFFEE)
    qtbot.waitUntil(lambda: banner(window).isVisible())
    qtbot.mouseClick(window.findChild(QPushButton, "printLaterButton"), Qt.LeftButton)
    waiting = window.findChild(QPushButton, "waitingReceiptsButton")
    qtbot.waitUntil(lambda: waiting.isVisible() and "(1)" in waiting.text())
    qtbot.wait(800)  # "later" means no automatic retries
    [job] = print_queue.waiting_jobs(demo_db)
    assert job.receipt_label == "T1-000002" and job.attempts == 1
    back = PrinterAt(port)
    try:
        qtbot.mouseClick(waiting, Qt.LeftButton)
        qtbot.waitUntil(lambda: not waiting.isVisible(), timeout=10_000)
    finally:
        back.close()
    assert sum(1 for job in drain(back) if is_receipt(job)) == 1
