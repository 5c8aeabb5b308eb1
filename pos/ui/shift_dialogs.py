"""The shift's dialogs: the float at opening, cash in / out, the blind count, expected vs
counted, and the X / Z report on screen. They only collect input and show results; the
services are reached by `pos.ui.shift_desk`."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QHBoxLayout,
                               QLabel, QLineEdit, QPlainTextEdit, QPushButton, QRadioButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QHeaderView)

from pos.domain.money import currency, to_minor
from pos.domain.payment import CARD, CASH, TRANSFER
from pos.ui.dialogs import _Form
from pos.ui.screen_fit import size_within_screen

COUNTED = (CASH, CARD, TRANSFER)


def tender_name(method: str) -> str:
    names = {CASH: QCoreApplication.translate("Shift", "Cash"),
             CARD: QCoreApplication.translate("Shift", "Card (terminal total)"),
             TRANSFER: QCoreApplication.translate("Shift", "Bank transfers"),
             "points": QCoreApplication.translate("Shift", "Points")}
    return names.get(method, method)


def parse_amount(text: str, currency_code: str, empty_is_zero: bool = False) -> int:
    """What the cashier typed ("500.000", "500000", "19.90") in minor units."""
    text = text.strip().replace(" ", "").replace("\xa0", "").replace("₫", "")
    if not text and empty_is_zero:
        return 0
    cur = currency(currency_code)
    if cur.exponent == 0:
        text = text.replace(".", "").replace(",", "")  # thousands separators
    else:
        text = text.replace(",", ".")
    if not text:
        raise ValueError(QCoreApplication.translate("Shift", "Enter an amount."))
    amount = to_minor(text, cur)
    if amount < 0:
        raise ValueError(QCoreApplication.translate("Shift", "An amount cannot be negative."))
    return amount


class _AmountForm(_Form):
    """The counter's small form (OK checks the input first, `read`) whose result is emitted:
    these dialogs are opened without blocking, and the desk listens."""

    submitted = Signal(object)

    def __init__(self, title: str, ok_text: str, parent=None):
        super().__init__(title, parent)
        self.setMinimumWidth(460)
        self.buttons.button(QDialogButtonBox.Ok).setText(ok_text)

    def _try_accept(self) -> None:
        super()._try_accept()
        if self.result() == QDialog.Accepted:
            self.submitted.emit(self.result_value)

    def amount_field(self, name: str) -> QLineEdit:
        field = QLineEdit(objectName=name, alignment=Qt.AlignRight)
        field.returnPressed.connect(self._try_accept)
        return field


class OpenShiftDialog(_AmountForm):
    """At login with no shift open: the float the cashier counted into the drawer."""

    def __init__(self, currency_code: str, parent=None):
        super().__init__(self.tr("Open a shift"), self.tr("Open shift"), parent)
        self.setObjectName("openShiftDialog")
        self.currency_code = currency_code
        self.form.addRow(QLabel(self.tr("No shift is open on this till. Count the cash in the "
                                        "drawer and enter it as the opening float."),
                                wordWrap=True))
        self.float_input = self.amount_field("floatInput")
        self.form.addRow(self.tr("Opening float"), self.float_input)

    def read(self) -> int:
        return parse_amount(self.float_input.text(), self.currency_code)


class CashMovementDialog(_AmountForm):
    """Cash put in (change from the bank) or taken out (safe drop, a supplier paid)."""

    def __init__(self, currency_code: str, parent=None):
        super().__init__(self.tr("Cash in / cash out"), self.tr("Record"), parent)
        self.setObjectName("cashMovementDialog")
        self.currency_code = currency_code
        self.cash_in = QRadioButton(self.tr("Cash in"), objectName="cashInRadio")
        self.cash_out = QRadioButton(self.tr("Cash out"), objectName="cashOutRadio", checked=True)
        group, row = QButtonGroup(self), QHBoxLayout()
        for button in (self.cash_out, self.cash_in):
            group.addButton(button)
            row.addWidget(button)
        self.form.addRow(row)
        self.amount = self.amount_field("cashAmountInput")
        self.form.addRow(self.tr("Amount"), self.amount)
        self.reason = QLineEdit(objectName="cashReasonInput", maxLength=200,
                                placeholderText=self.tr("e.g. safe drop, supplier paid, change "
                                                        "from the bank"))
        self.reason.returnPressed.connect(self._try_accept)
        self.form.addRow(self.tr("Reason"), self.reason)

    def read(self) -> tuple[str, int, str]:
        amount = parse_amount(self.amount.text(), self.currency_code)
        if not self.reason.text().strip():
            raise ValueError(self.tr("Say why the cash goes in or out."))
        kind = "cash_in" if self.cash_in.isChecked() else "cash_out"
        return kind, amount, self.reason.text()


class BlindCountDialog(_AmountForm):
    """The close: the cashier counts each tender before the till shows what it expected."""

    def __init__(self, currency_code: str, parent=None):
        super().__init__(self.tr("Close the shift: count"), self.tr("Done counting"), parent)
        self.setObjectName("blindCountDialog")
        self.currency_code = currency_code
        self.form.addRow(QLabel(self.tr("Count the cash in the drawer (float included), then "
                                        "the card terminal's total and the bank transfers "
                                        "received. The expected figures are shown after."),
                                wordWrap=True))
        self.fields = {}
        for method in COUNTED:
            self.fields[method] = self.amount_field(f"count_{method}")
            self.form.addRow(tender_name(method), self.fields[method])

    def read(self) -> dict[str, int]:
        return {m: parse_amount(f.text(), self.currency_code, empty_is_zero=True)
                for m, f in self.fields.items()}


class CountResultDialog(QDialog):
    """Expected vs counted per tender, over/short, and whether a manager must approve."""

    close_confirmed = Signal()
    count_again = Signal()

    def __init__(self, report, money, needs_manager: bool, parent=None):
        super().__init__(parent)
        self.setObjectName("countResultDialog")
        self.setWindowTitle(self.tr("Close the shift: expected and counted"))
        self.setMinimumWidth(620)
        self.table = self._table(report, money)
        total = QLabel(self.tr("Over (+) / short (−): {0}").format(money(report.over_short)),
                       objectName="overShortTotal")
        # Red for short, green for over: the one figure the manager looks at first.
        colour = "#c22f2f" if report.over_short < 0 else "#1f7a3a" if report.over_short else ""
        total.setStyleSheet(f"font-weight: bold; color: {colour};" if colour else
                            "font-weight: bold;")
        note = QLabel(objectName="approvalNote", wordWrap=True)
        if needs_manager:
            note.setText(self.tr("This over/short is beyond the shop's limit: a manager must "
                                 "approve it with their PIN."))
        note.setVisible(needs_manager)
        again = QPushButton(self.tr("Count again"), objectName="countAgainButton")
        again.clicked.connect(lambda: (self.reject(), self.count_again.emit()))
        close = QPushButton(self.tr("Close shift and print Z"), objectName="closeShiftButton",
                            default=True)
        close.clicked.connect(lambda: (self.accept(), self.close_confirmed.emit()))
        cancel = QPushButton(self.tr("Cancel"), objectName="cancelCloseButton")
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (cancel, again):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        for widget in (self.table, total, note):
            layout.addWidget(widget)
        layout.addLayout(buttons)

    def _table(self, report, money) -> QTableWidget:
        counted = [t for t in report.tenders if t.counted is not None]
        table = QTableWidget(len(counted), 4, objectName="countTable")
        table.setHorizontalHeaderLabels([self.tr("Tender"), self.tr("Expected"),
                                         self.tr("Counted"), self.tr("Over/short")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.NoEditTriggers)
        table.setFocusPolicy(Qt.NoFocus)
        for row, tender in enumerate(counted):
            cells = (tender_name(tender.method), money(tender.expected), money(tender.counted),
                     money(tender.over_short))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                table.setItem(row, column, item)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        height = (table.verticalHeader().length() + table.horizontalHeader().height()
                  + 2 * table.frameWidth())
        table.setFixedHeight(height)
        return table


class ShiftReportDialog(QDialog):
    """An X or Z report as it prints; a Z can be printed again from here."""

    print_again = Signal()

    def __init__(self, title: str, text: str, can_print: bool, parent=None):
        super().__init__(parent)
        self.setObjectName("shiftReportDialog")
        self.setWindowTitle(title)
        size_within_screen(self, 560, 760)
        self.text = QPlainTextEdit(text, objectName="shiftReportText", readOnly=True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.FixedFont))
        self.status = QLabel(objectName="shiftReportStatus", wordWrap=True)
        self.print_button = QPushButton(self.tr("Print again"), objectName="printReportButton")
        self.print_button.clicked.connect(self.print_again)
        self.print_button.setVisible(can_print)
        close = QPushButton(self.tr("Close"), objectName="closeReportButton", default=True)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch()
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    def show_status(self, text: str) -> None:
        self.status.setText(text)
