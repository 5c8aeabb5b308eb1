"""Returns (manager menu, F11): find the sale by scanning its receipt, typing its number, or
by customer; say how many of each line come back and whether they go back on the shelf;
refund to the original payment or cash. Keyboard: Enter finds, arrows move, type a quantity,
Space marks damaged, Alt+P / Alt+C original payment / cash, F12 refunds, F10 exchanges (the
credit pays for new items rung up on the sale screen, see pos/ui/exchange.py), Esc closes."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QTimer, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QPushButton,
                               QRadioButton, QTableWidget, QTableWidgetItem, QVBoxLayout)

from pos.domain.errors import DomainError
from pos.domain.refund import ORIGINAL, TO_CASH
from pos.format import PIECE_UNITS, format_quantity
from pos.services import permissions, returns
from pos.services.errors import ServiceError
from pos.services.receipts import ReceiptNotFound
from pos.services.returns import ReturnItem, ReturnRequest
from pos.ui import exchange, printing
from pos.ui.customer_dialog import CustomerDialog
from pos.ui.dialogs import ManagerApproval

ITEM, SOLD, RETURNED, BACK, DAMAGED = range(5)


def open_returns(sale_screen) -> None:
    """Entry of the manager menu (pos/ui/back_office.py)."""
    sale_screen.till.extras.pop(exchange.KEY, None)  # an exchange not rung up is dropped
    dialog = ReturnsScreen(sale_screen.till, sale_screen)
    sale_screen.scanner.enabled = False  # a scanned receipt goes to this screen, not the cart
    dialog.finished.connect(lambda _: setattr(sale_screen.scanner, "enabled", True))
    dialog.finished.connect(lambda _: (sale_screen.activateWindow(),
                                       sale_screen.scan_input.setFocus()))
    dialog.open()
    dialog.activateWindow()  # its keys (F12, Space, Alt+C) work only in the active window


class ReturnsScreen(QDialog):
    def __init__(self, till, parent=None):
        super().__init__(parent)
        self.setObjectName("returnsScreen")
        self.setWindowTitle(self.tr("Returns"))
        self.setMinimumSize(900, 560)
        self.till = till
        self.original = None
        self._generation = 0  # a return recorded: quotes priced before it are stale
        self._quote_timer = QTimer(self, singleShot=True, interval=120, timeout=self._quote)
        self._build()
        QShortcut(QKeySequence("F12"), self, activated=self.refund)
        QShortcut(QKeySequence("F10"), self, activated=self.exchange)
        QShortcut(QKeySequence("Alt+C"), self, activated=self.to_cash.click)
        QShortcut(QKeySequence("Alt+P"), self, activated=self.to_original.click)
        QShortcut(QKeySequence(Qt.Key_Space), self.lines, activated=self._toggle_damaged,
                  context=Qt.WidgetShortcut)

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.receipt_input = QLineEdit(objectName="returnReceiptInput", placeholderText=self.tr(
            "Scan the receipt barcode, or type its number (T1-000123) and press Enter"))
        self.receipt_input.returnPressed.connect(self.find)
        by_customer = QPushButton(self.tr("By customer…"), objectName="returnByCustomerButton",
                                  autoDefault=False)  # Enter belongs to the fields
        by_customer.clicked.connect(self.find_by_customer)
        top = QHBoxLayout()
        top.addWidget(self.receipt_input, 1)
        top.addWidget(by_customer)
        self.sales_list = QListWidget(objectName="returnSalesList")
        self.sales_list.itemActivated.connect(lambda item: self.load(item.data(Qt.UserRole)))
        self.sales_list.hide()
        self.sale_label = QLabel(objectName="returnSaleLabel", wordWrap=True)
        self.lines = self._lines_table()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        for w in (self.sales_list, self.sale_label, self.lines):
            layout.addWidget(w)
        layout.addLayout(self._refund_row())
        self.total_label = QLabel(objectName="returnTotalLabel")
        self.message = QLabel(objectName="returnMessage", wordWrap=True)
        layout.addWidget(self.total_label)
        layout.addWidget(self.message)
        layout.addLayout(self._buttons())

    def _lines_table(self) -> QTableWidget:
        table = QTableWidget(0, 5, objectName="returnLinesTable")
        table.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Sold"), self.tr("Returned"),
                                         self.tr("Comes back"), self.tr("Damaged (Space)")])
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectItems)
        table.setEditTriggers(QAbstractItemView.AnyKeyPressed | QAbstractItemView.DoubleClicked
                              | QAbstractItemView.EditKeyPressed)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(ITEM, QHeaderView.Stretch)
        table.itemChanged.connect(lambda _: self._quote_timer.start())
        return table

    def _refund_row(self) -> QHBoxLayout:
        self.to_original = QRadioButton(self.tr("Refund to the original payment (Alt+P)"),
                                        objectName="refundOriginalRadio", checked=True)
        self.to_cash = QRadioButton(self.tr("Refund in cash (Alt+C)"), objectName="refundCashRadio")
        self.reason = QLineEdit(objectName="returnReasonInput",
                                placeholderText=self.tr("Reason (optional)"))
        row = QHBoxLayout()
        for w in (self.to_original, self.to_cash):
            w.toggled.connect(lambda _: self._quote_timer.start())
            row.addWidget(w)
        row.addWidget(self.reason, 1)
        return row

    def _buttons(self) -> QHBoxLayout:
        self.refund_button = QPushButton(self.tr("Refund\nF12"), objectName="completeReturnButton",
                                         enabled=False, autoDefault=False)
        self.refund_button.clicked.connect(self.refund)
        self.exchange_button = QPushButton(self.tr("Exchange for other items\nF10"),
                                           objectName="exchangeButton", autoDefault=False)
        self.exchange_button.clicked.connect(self.exchange)
        close = QPushButton(self.tr("Close\nEsc"), objectName="closeReturnsButton",
                            autoDefault=False)
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.exchange_button)
        row.addWidget(self.refund_button)
        row.addWidget(close)
        return row

    # -- finding the sale -----------------------------------------------------------------
    def find(self) -> None:
        ref, t = self.receipt_input.text().strip(), self.till
        if ref:
            t.tasks.run(lambda: returns.find_original(t.db, ref, t.settings), self.show_original,
                        lambda exc: self._not_at_this_till(ref, exc))

    def _not_at_this_till(self, ref: str, exc: Exception) -> None:
        """Another till's receipt or an online order: ask the central store (setting)."""
        t = self.till
        if not (isinstance(exc, ReceiptNotFound) and t.sync is not None
                and t.settings.returns_from_other_tills):
            self.failed(exc)
            return
        self.say("info", self.tr("Not a receipt of this till: asking the online store…"))
        t.tasks.run(lambda: _fetch_from_store(t, ref), self.show_original, self.failed)

    def load(self, sale_id: str) -> None:
        self.receipt_input.setText(sale_id)
        self.find()

    def find_by_customer(self) -> None:
        dialog = CustomerDialog(self.till, self)
        dialog.attached.connect(self._customer_chosen)
        dialog.open()

    def _customer_chosen(self, customer) -> None:
        t = self.till
        t.tasks.run(lambda: returns.sales_of_customer(t.db, customer.id), self._show_sales,
                    self.failed)

    def _show_sales(self, found) -> None:
        self.sales_list.clear()
        for sale in found:
            item = QListWidgetItem(f"{sale.label}   {sale.created_at:%d/%m/%Y %H:%M}   "
                                   f"{self.till.money(sale.total)}")
            item.setData(Qt.UserRole, sale.sale_id)
            self.sales_list.addItem(item)
        self.sales_list.setVisible(bool(found))
        if found:
            self.sales_list.setCurrentRow(0)
            self.sales_list.setFocus()
        else:
            self.say("error", self.tr("This customer has no sale at this shop."))

    def show_original(self, original) -> None:
        self.original = original
        self.sales_list.hide()
        self.sale_label.setText(self.tr("Receipt {label} · {when} · paid {total}").format(
            label=original.label, when=f"{original.created_at:%d/%m/%Y %H:%M}",
            total=self.till.money(original.total)))
        self._fill_lines(original)
        self.say("ok", self.tr("Type how many of each item come back; Space marks an item "
                               "damaged (not back on the shelf)."))
        self.lines.setFocus()
        self.lines.setCurrentCell(0, BACK)

    def _fill_lines(self, original) -> None:
        self.lines.blockSignals(True)
        self.lines.setRowCount(len(original.lines))
        for row, line in enumerate(original.lines):
            cells = (line.name, self._sold(line), self._qty(line.returned_milli, line.unit),
                     "0", "")
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if col != BACK:
                    cell.setFlags(cell.flags() & ~Qt.ItemIsEditable)
                if col == DAMAGED:
                    cell.setFlags(cell.flags() | Qt.ItemIsUserCheckable)
                    cell.setCheckState(Qt.Unchecked)
                self.lines.setItem(row, col, cell)
        self.lines.blockSignals(False)
        self.total_label.setText("")
        self.refund_button.setEnabled(False)

    def _qty(self, milli: int, unit: str) -> str:
        return format_quantity(Decimal(milli).scaleb(-3), unit, self.till.settings.locale)

    def _sold(self, line) -> str:
        """'2 × 25.000 ₫', '0,850 kg × 28.000 ₫/kg': how many (in the item's unit) at what
        price, so the cashier sees what one comes back for."""
        price = self.till.money(line.unit_price)
        if line.unit.strip().lower() not in PIECE_UNITS:
            price = self.tr("{0}/{1}").format(price, line.unit.strip())
        return self.tr("{0} × {1}").format(self._qty(line.sold_milli, line.unit), price)

    def _toggle_damaged(self) -> None:
        row = self.lines.currentRow()
        cell = self.lines.item(row, DAMAGED) if row >= 0 else None
        if cell is not None:
            cell.setCheckState(Qt.Unchecked if cell.checkState() == Qt.Checked else Qt.Checked)

    # -- what comes back ------------------------------------------------------------------
    def request(self) -> ReturnRequest:
        items = []
        for row, line in enumerate(self.original.lines):
            text = self.lines.item(row, BACK).text().strip().replace(",", ".") or "0"
            try:
                quantity = Decimal(text)
            except InvalidOperation:
                raise DomainError(self.tr("“{0}” is not a quantity.").format(text)) from None
            if quantity:
                damaged = self.lines.item(row, DAMAGED).checkState() == Qt.Checked
                items.append(ReturnItem(line.line_no, quantity, restock=not damaged))
        return ReturnRequest(self.original.sale_id, tuple(items),
                             ORIGINAL if self.to_original.isChecked() else TO_CASH,
                             self.reason.text().strip())

    def _quote(self) -> None:
        self._priced(lambda request, quote: self._show_quote(quote))

    def _priced(self, then) -> None:
        """Prices what is typed in the background, then `then(request, quote)` on the UI."""
        if self.original is None:
            return
        try:
            request = self.request()
        except DomainError as exc:
            self.failed(exc)
            return
        t, generation = self.till, self._generation
        fresh = lambda: generation == self._generation  # noqa: E731
        t.tasks.run(lambda: returns.quote_return(t.db, request, t.settings),
                    lambda quote: fresh() and then(request, quote),
                    lambda exc: fresh() and self.failed(exc))

    def _show_quote(self, quote) -> None:
        parts = "  ·  ".join(f"{self._tender(m)} {self.till.money(a)}"
                             for m, a in quote.plan.by_method().items())
        self.total_label.setText(self.tr("Refund {total}: {parts}").format(
            total=self.till.money(quote.total), parts=parts))
        self.refund_button.setEnabled(True)
        if not quote.needs_manager:
            self.say("ok", "")
        elif permissions.may(self.till.user, permissions.REFUND):  # the manager at the till
            self.say("ok", self.tr("Above the refund limit: recorded as approved by {0}.")
                     .format(self.till.user.name))
        else:
            self.say("ok", self.tr("A manager must approve this refund."))

    def _tender(self, method: str) -> str:
        names = {"cash": self.tr("cash"), "card": self.tr("card"),
                 "transfer": self.tr("bank transfer"), "exchange": self.tr("exchange credit")}
        return names.get(method, method)

    # -- refunding ------------------------------------------------------------------------
    def refund(self) -> None:
        self._priced(lambda request, quote: self._approved(
            quote, lambda approver: self._complete(request, approver)))

    def exchange(self) -> None:
        """The items come back as a credit for a new sale rung up on the sale screen."""
        self._priced(lambda request, quote: self._approved(
            quote, lambda approver: self._start_exchange(request, quote, approver)))

    def _start_exchange(self, request, quote, approver) -> None:
        pending = exchange.PendingExchange(request, quote.items_total, approver,
                                           self.original.label)
        exchange.start(self.parent(), pending)
        self.accept()

    def _approved(self, quote, then) -> None:
        """`then(approver)`: None when no approval is needed or the user may refund."""
        if not quote.needs_manager or permissions.may(self.till.user, permissions.REFUND):
            then(None)
            return
        dialog = ManagerApproval(self.till.db, self.tr("Refund of {0} needs a manager.").format(
            self.till.money(quote.total)), self, action=permissions.REFUND)
        dialog.accepted.connect(lambda: then(dialog.result_value))
        dialog.open()

    def _complete(self, request, approver) -> None:
        t = self.till
        t.tasks.run(lambda: returns.complete_return(t.db, request, t.user, t.settings, approver),
                    self._completed, self.failed)

    def _completed(self, done) -> None:
        self._generation += 1  # a quote still on its way would say "already returned"
        self._quote_timer.stop()
        refunds = "  ·  ".join(f"{self._tender(r.method)} {self.till.money(r.amount)}"
                               for r in done.refunds)
        self.say("ok", self.tr("Return {label} recorded. Give back: {refunds}").format(
            label=done.label, refunds=refunds))
        self.total_label.setText("")
        t = self.till
        printer = printing.controller(t)
        if printer is not None:  # queued after the commit; a problem shows on the till's banner
            printer.return_completed(done)
        if t.sync is not None:
            t.sync.wake()
        ref = self.original.sale_id
        t.tasks.run(lambda: returns.find_original(t.db, ref, t.settings), self._reloaded)

    def _reloaded(self, original) -> None:
        self.original = original
        self._fill_lines(original)
        self.activateWindow()  # back from the manager's PIN prompt
        self.lines.setFocus()
        self.lines.setCurrentCell(0, BACK)

    def failed(self, exc: Exception) -> None:
        if not isinstance(exc, DomainError):
            raise exc
        self.say("error", str(exc))

    def say(self, state: str, text: str) -> None:
        self.message.setText(text)
        self.message.setProperty("state", state)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)


def _fetch_from_store(till, ref: str):
    """Runs in the background: the order from the central store, kept at this till."""
    try:
        order = till.sync.fetch_order(ref)
    except Exception as exc:  # offline, refused, garbage: the cashier gets the store's words
        raise ServiceError(QCoreApplication.translate(
            "ReturnsScreen", "The online store could not be asked ({0}). Try again when the "
            "till is online.").format(exc)) from None
    if order is None:
        raise ReceiptNotFound(ref)
    return returns.remember_order(till.db, order, till.settings)
