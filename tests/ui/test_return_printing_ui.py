"""Return receipts from the real till window, on a TCP printer on 127.0.0.1: the refund
prints its receipt after the commit (drawer kicked for cash), Ctrl+R finds it from the
original receipt and prints a copy; a printer that is off leaves the return saved and the
banner's Retry prints the receipt once."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QApplication, QDialog, QFrame, QLabel, QLineEdit, QListWidget,
                               QPushButton, QTableWidget)

from pos.services import print_queue, returns
from pos.services.settings import load_settings
from tests.ui.conftest import type_and_enter
from tests.ui.printing_helpers import (COFFEE, WATER, back_to_the_till, log_in,  # noqa: F401
                                      next_job, open_till, printer, sell_for_cash,
                                      visible_dialog)
from tests.ui.test_returns_ui import approval_pin, open_returns, type_quantity

from escpos_decoder import DrawerKick, decode  # noqa: E402  (tests/printing, via the helpers)
from printer_at import PrinterAt, drain, free_port, is_receipt  # noqa: E402


def lines_of(job: bytes) -> list[str]:
    return [line.rstrip() for line in decode(job).lines if line.strip()]


def return_the_coffee_damaged(qtbot, window, label: str, approve: bool) -> QDialog:
    """F11 -> Returns: scan the receipt, 1 coffee back (damaged), cash, F12."""
    screen = open_returns(qtbot, window)
    type_and_enter(qtbot, screen.findChild(QLineEdit, "returnReceiptInput"), label)
    table = screen.findChild(QTableWidget, "returnLinesTable")
    qtbot.waitUntil(lambda: table.rowCount() == 2)
    assert table.item(0, 0).text() == "Cà phê sữa đá"
    type_quantity(qtbot, table, 0, "1")
    total = screen.findChild(QLabel, "returnTotalLabel")
    qtbot.waitUntil(lambda: "25.000" in total.text())
    table.setFocus()  # the cell's editor (offscreen, it stays open) hands the keys back
    qtbot.keyClick(table, Qt.Key_Space)  # damaged: not back on the shelf
    qtbot.waitUntil(lambda: table.item(0, 4).checkState() == Qt.Checked)
    qtbot.keyClick(table, Qt.Key_C, Qt.AltModifier)  # refund in cash
    qtbot.keyClick(table, Qt.Key_F12)
    if approve:
        approval_pin(qtbot, window)
    message = screen.findChild(QLabel, "returnMessage")
    qtbot.waitUntil(lambda: "T1-R000001 recorded" in message.text())
    return screen


def close_returns(qtbot, window, screen) -> None:
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Escape)
    qtbot.waitUntil(lambda: not screen.isVisible())
    back_to_the_till(qtbot, window)


def test_refund_prints_the_return_receipt_then_ctrl_r_reprints_it(qtbot, open_till, printer,
                                                                  demo_db):
    window = open_till(printer_uri=printer.uri, printer_mode="text", return_manager_limit=0)
    label = sell_for_cash(qtbot, window, COFFEE, WATER)
    assert "Cà phê sữa đá" in lines_of(next_job(qtbot, printer))  # the sale's receipt

    screen = return_the_coffee_damaged(qtbot, window, label, approve=True)
    job = next_job(qtbot, printer)
    assert decode(job).of(DrawerKick) == [DrawerKick(2)]  # cash goes back to the customer
    lines = lines_of(job)
    assert "RETURN" in [line.strip() for line in lines]
    for fact in ("Return: T1-R000001", f"Original receipt: {label}", "Cashier: Lan",
                 "Approved by: Minh", "  Damaged: not back in stock"):
        assert fact in lines
    assert any(l.startswith("Cash") and l.endswith("25.000\xa0₫") for l in lines)
    assert print_queue.job_info(demo_db, 2).is_return  # job 1: the sale's receipt
    qtbot.waitUntil(lambda: print_queue.job_info(demo_db, 2).status == "printed")
    close_returns(qtbot, window, screen)

    qtbot.keyClick(window.sale.scan_input, Qt.Key_R, Qt.ControlModifier)  # reprint
    qtbot.waitUntil(lambda: visible_dialog(window, "reprintDialog") is not None)
    dialog = visible_dialog(window, "reprintDialog")
    documents = dialog.findChild(QListWidget, "reprintDocuments")
    qtbot.waitUntil(lambda: documents.count() == 2 and documents.isVisible())
    assert [documents.item(i).text() for i in range(2)] == [label, "T1-R000001"]
    shown = dialog.findChild(QLabel, "reprintError")
    qtbot.waitUntil(lambda: shown.text() == f"Receipt {label}")
    qtbot.keyClick(documents, Qt.Key_Down)  # the return receipt
    qtbot.waitUntil(lambda: shown.text() == "Receipt T1-R000001")
    qtbot.mouseClick(dialog.findChild(QPushButton, "reprintPrintButton"), Qt.LeftButton)
    copy = next_job(qtbot, printer)
    assert decode(copy).of(DrawerKick) == []  # a copy never opens the drawer
    assert "Return: T1-R000001" in lines_of(copy)

    number = dialog.findChild(QLineEdit, "reprintNumber")  # found by its own number too
    qtbot.keyClick(number, Qt.Key_A, Qt.ControlModifier)
    type_and_enter(qtbot, number, "T1-R000001")
    qtbot.waitUntil(lambda: not documents.isVisible() and documents.count() == 1)
    qtbot.waitUntil(lambda: shown.text() == "Receipt T1-R000001")
    assert drain(printer) == []


def test_printer_off_the_return_is_saved_and_retry_prints_it_once(qtbot, open_till, demo_db):
    port = free_port()  # nothing listens: the printer is switched off
    window = open_till(printer_uri=f"tcp://127.0.0.1:{port}", return_manager_limit=-1)
    label = sell_for_cash(qtbot, window, COFFEE, WATER)
    banner = window.findChild(QFrame, "printProblem")
    qtbot.waitUntil(banner.isVisible)
    qtbot.mouseClick(window.findChild(QPushButton, "printSkipButton"), Qt.LeftButton)

    screen = return_the_coffee_damaged(qtbot, window, label, approve=False)
    message = window.findChild(QLabel, "printProblemMessage")
    qtbot.waitUntil(lambda: banner.isVisible() and "T1-R000001" in message.text())
    assert "Return receipt T1-R000001 was not printed. The return is saved." in message.text()
    original = returns.find_original(demo_db, label, load_settings(demo_db))
    assert original.refunded == 25_000
    close_returns(qtbot, window, screen)

    back = PrinterAt(port)
    try:
        qtbot.mouseClick(window.findChild(QPushButton, "printRetryButton"), Qt.LeftButton)
        qtbot.mouseClick(window.findChild(QPushButton, "printRetryButton"), Qt.LeftButton)
        qtbot.waitUntil(lambda: not banner.isVisible(), timeout=10_000)
        qtbot.wait(1000)  # time for any late automatic retry to (not) print it again
    finally:
        back.close()
    receipts = [job for job in drain(back) if is_receipt(job)]
    assert len(receipts) == 1
    assert decode(receipts[0]).of(DrawerKick) == [DrawerKick(2)]
    assert print_queue.waiting_jobs(demo_db) == []


def test_an_exchange_prints_the_new_sale_and_the_return(qtbot, open_till, printer, demo_db):
    window = open_till(printer_uri=printer.uri, printer_mode="text", return_manager_limit=-1)
    label = sell_for_cash(qtbot, window, COFFEE, WATER)
    next_job(qtbot, printer)  # the sale's receipt
    screen = open_returns(qtbot, window)
    type_and_enter(qtbot, screen.findChild(QLineEdit, "returnReceiptInput"), label)
    table = screen.findChild(QTableWidget, "returnLinesTable")
    qtbot.waitUntil(lambda: table.rowCount() == 2)
    type_quantity(qtbot, table, 0, "1")  # the coffee, 25.000, becomes a credit
    total = screen.findChild(QLabel, "returnTotalLabel")
    qtbot.waitUntil(lambda: "25.000" in total.text())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_F10)
    qtbot.waitUntil(lambda: not screen.isVisible())
    back_to_the_till(qtbot, window)
    type_and_enter(qtbot, window.sale.scan_input, WATER)  # 6.000: the credit covers it
    qtbot.waitUntil(lambda: len(window.sale.basket.lines) == 1)
    qtbot.keyClick(window.sale.scan_input, Qt.Key_F12)

    printed = {}
    for _ in range(2):
        lines = lines_of(next_job(qtbot, printer))
        printed["return" if "Return: T1-R000001" in lines else "sale"] = lines
    assert set(printed) == {"return", "sale"}
    assert "Receipt: T1-000002" in printed["sale"]
    back = printed["return"]
    assert f"Original receipt: {label}" in back and "  Back in stock" in back
    assert any(l.startswith("Exchange credit") and l.endswith("6.000\xa0₫") for l in back)
    assert any(l.startswith("Cash") and l.endswith("19.000\xa0₫") for l in back)
    assert drain(printer) == []
