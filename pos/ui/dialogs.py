"""Small dialogs at the counter: manager approval, quantity, discount, price, recall."""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QMessageBox, QRadioButton, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QHBoxLayout)

from pos.domain.cart import Discount
from pos.domain.money import currency, to_minor
from pos.services import permissions
from pos.services.holds import LONGEST_DAYS
from pos.services.receipts import local_time
from pos.services.errors import WrongPin
from pos.services.users import approve
from pos.ui.keyboard import KeyboardFirstDialog
from pos.ui.keypad import PinPad
from pos.ui.screen_fit import size_within_screen


class _Form(KeyboardFirstDialog):
    """A small form: opens with its first field focused and selected, Enter is OK (checked by
    `read` first), Esc cancels."""

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel(objectName="dialogError")
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.enter_button = self.buttons.button(QDialogButtonBox.Ok)

    def _try_accept(self) -> None:
        try:
            self.result_value = self.read()
        except (ValueError, InvalidOperation, ArithmeticError) as exc:
            self.error.setText(str(exc) or self.tr("Please check the value."))
            return
        self.accept()

    def read(self):
        raise NotImplementedError


class ManagerApproval(_Form):
    """Asks for the PIN of someone whose role allows `action` (any manager when None);
    `result_value` is the approving user, to pass to the service that records it."""

    def __init__(self, db, reason: str, parent=None, action: str | None = None):
        super().__init__(self.tr("Manager approval"), parent)
        self.setObjectName("managerApproval")
        self.db, self.action = db, action
        self.form.addRow(QLabel(reason, wordWrap=True))
        self.keypad = PinPad("managerPinInput")  # the login screen's keypad
        self.keypad.submitted.connect(self._try_accept)
        self.pin = self.keypad.field
        self.form.addRow(self.tr("Manager PIN"), self.keypad)

    def _try_accept(self) -> None:
        try:
            self.result_value = approve(self.db, self.pin.text(), self.action)
        except WrongPin as exc:  # wrong, not a manager's, or the till is locked
            self.pin.clear()
            self.error.setText(str(exc))
            return
        self.accept()


class QuantityDialog(_Form):
    """The new quantity of one cart line, named so the cashier sees which line changes."""

    def __init__(self, current: Decimal, unit: str, parent=None, name: str = ""):
        super().__init__(self.tr("Quantity"), parent)
        self.setObjectName("quantityDialog")
        if name:
            self.form.addRow(QLabel(name, objectName="quantityLineName", wordWrap=True))
        self.field = QLineEdit(f"{current.normalize():f}", objectName="quantityInput")
        self.form.addRow(self.tr("New quantity (kg)") if unit == "kg" else self.tr("New quantity"),
                         self.field)

    def read(self) -> Decimal:
        value = Decimal(self.field.text().replace(",", ".").strip())
        if value <= 0:
            raise ValueError(self.tr("Quantity must be more than zero."))
        return value


class DiscountDialog(_Form):
    def __init__(self, currency_code: str, whole_order: bool, parent=None):
        title = self.tr("Discount on the whole sale") if whole_order else self.tr("Line discount")
        super().__init__(title, parent)
        self.setObjectName("discountDialog")
        self.currency = currency(currency_code)
        self.percent = QRadioButton(self.tr("Percent"), checked=True)
        self.amount = QRadioButton(self.tr("Amount"))
        group, row = QButtonGroup(self), QHBoxLayout()
        for b in (self.percent, self.amount):
            group.addButton(b)
            row.addWidget(b)
        self.form.addRow(row)
        self.value = QLineEdit(objectName="discountInput")
        self.form.addRow(self.tr("Value (empty = no discount)"), self.value)

    def read(self) -> Discount | None:
        text = self.value.text().strip()
        if not text:
            return None
        if self.percent.isChecked():
            pct = Decimal(text.replace(",", "."))
            if not 0 < pct <= 100:
                raise ValueError(self.tr("A percentage is between 0 and 100."))
            return Discount("percent", int(pct * 100))
        return Discount("amount", to_minor(text.replace(".", "") if self.currency.exponent == 0
                                           else text, self.currency))


class PriceDialog(_Form):
    def __init__(self, currency_code: str, parent=None):
        super().__init__(self.tr("Override price"), parent)
        self.setObjectName("priceDialog")
        self.currency = currency(currency_code)
        self.field = QLineEdit(objectName="priceInput")
        self.form.addRow(self.tr("New unit price"), self.field)

    def read(self) -> int:
        text = self.field.text().strip()
        if self.currency.exponent == 0:
            text = text.replace(".", "")
        return to_minor(text, self.currency)


class HoldDialog(_Form):
    """How many days a parked sale is held for its customer (`result_value`)."""

    def __init__(self, customer: str, days: int, parent=None):
        super().__init__(self.tr("Hold for the customer"), parent)
        self.setObjectName("holdDialog")
        self.form.addRow(QLabel(self.tr("The items are kept for {0}, here and on the web "
                                        "shop, until the sale is recalled or the days "
                                        "are over.").format(customer), wordWrap=True))
        self.field = QLineEdit(str(days), objectName="holdDaysInput")
        self.form.addRow(self.tr("Days (1-{0})").format(LONGEST_DAYS), self.field)

    def read(self) -> int:
        text = self.field.text().strip()
        if not text.isdigit() or not 1 <= int(text) <= LONGEST_DAYS:
            raise ValueError(self.tr("Enter a number of days from 1 to {0}.")
                             .format(LONGEST_DAYS))
        return int(text)


class RecallDialog(KeyboardFirstDialog):
    """The parked sales, one row each: when (the till's clock), who parked it, lines, total,
    customer, held until, and note. ↑/↓ move, Enter recalls the row, Alt+H releases its
    hold (`release_hold` is emitted with the parked sale's id), Esc closes."""

    release_hold = Signal(int)

    def __init__(self, parked: list, money, parent=None):
        super().__init__(parent)
        self.setObjectName("recallDialog")
        self.setWindowTitle(self.tr("Recall a parked sale"))
        self.list = QTreeWidget(objectName="parkedList", rootIsDecorated=False,
                                uniformRowHeights=True, allColumnsShowFocus=True)
        self.list.setHeaderLabels([self.tr("Parked at"), self.tr("Cashier"), self.tr("Lines"),
                                   self.tr("Total"), self.tr("Customer"), self.tr("Held until"),
                                   self.tr("Note")])
        today = datetime.now().date()
        for p in parked:
            self.list.addTopLevelItem(_parked_row(p, money, today))
        for column in range(self.list.columnCount()):
            self.list.resizeColumnToContents(column)
        self.list.setCurrentItem(self.list.topLevelItem(0))
        self.list.itemActivated.connect(lambda *_: self.accept())  # Enter on a row
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.release_button = buttons.addButton(self.tr("Release &hold"),
                                                QDialogButtonBox.ActionRole)
        self.release_button.setObjectName("releaseHoldButton")
        self.release_button.setFocusPolicy(Qt.NoFocus)  # ↑/↓ stay in the list
        self.release_button.clicked.connect(self._release)
        self.list.currentItemChanged.connect(self._show_release)
        self._show_release()
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.enter_button = buttons.button(QDialogButtonBox.Ok)  # ↑/↓ in the list, Enter
        size_within_screen(self, max(480, self.list.header().length() + 40), 320)

    def chosen_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(0, Qt.UserRole) if item else None

    def _held(self) -> bool:
        item = self.list.currentItem()
        return bool(item and item.data(0, HELD_ROLE))

    def _show_release(self, *_) -> None:
        self.release_button.setEnabled(self._held())

    def _release(self) -> None:
        if self._held():
            item = self.list.currentItem()
            self.release_hold.emit(item.data(0, Qt.UserRole))
            item.setData(0, HELD_ROLE, False)
            item.setText(HELD_COLUMN, "—")
            self._show_release()


HELD_ROLE = Qt.UserRole + 1
HELD_COLUMN = 5


def _parked_row(p, money, today) -> QTreeWidgetItem:
    nobody = "—"
    item = QTreeWidgetItem([_when(p.local_time or p.created_at, today), p.cashier or nobody,
                            str(p.lines), money(p.total), p.customer or nobody,
                            _when(local_time(p.held_until), today) if p.held_until else nobody,
                            p.label])
    for column in (2, 3):
        item.setTextAlignment(column, Qt.AlignRight | Qt.AlignVCenter)
    item.setData(0, Qt.UserRole, p.id)
    item.setData(0, HELD_ROLE, p.held_until is not None)
    return item


def _when(when: datetime, today) -> str:
    return when.strftime("%H:%M") if when.date() == today else when.strftime("%d/%m %H:%M")


def confirm(parent, title: str, question: str) -> bool:
    return QMessageBox.question(parent, title, question) == QMessageBox.Yes


def manager_present(screen) -> bool:
    """The logged-in user is a manager, or a manager approves with their PIN."""
    if permissions.may(screen.till.user, permissions.SETTINGS):
        return True
    reason = QCoreApplication.translate("SettingsDialog", "Settings need a manager.")
    return bool(ManagerApproval(screen.till.db, reason, screen.window(),
                                permissions.SETTINGS).exec())
