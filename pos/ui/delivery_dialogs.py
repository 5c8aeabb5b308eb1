"""Selling for delivery at the counter (issue #15, part 2): where a line ships from (Ctrl+G),
and who receives the delivered items, where, and how much is paid now (at F12)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialogButtonBox, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QVBoxLayout)

from pos.domain.delivery import check_address, paid_later
from pos.domain.money import currency, to_minor
from pos.format import format_quantity
from pos.ui.dialogs import _Form
from pos.ui.keyboard import KeyboardFirstDialog
from pos.ui.screen_fit import size_within_screen


class ShipFromDialog(KeyboardFirstDialog):
    """The locations that have the item, the most first: ↑/↓ and Enter choose one."""

    def __init__(self, item_name: str, choices: list, locale: str, parent=None):
        super().__init__(parent)
        self.setObjectName("shipFromDialog")
        self.setWindowTitle(self.tr("Deliver from another location"))
        self.list = QListWidget(objectName="shipFromList")
        kinds = {"shop": self.tr("shop"), "warehouse": self.tr("warehouse")}
        for choice in choices:
            row = QListWidgetItem(self.tr("{0} ({1}): {2} in stock").format(
                choice.name, kinds.get(choice.kind, choice.kind),
                format_quantity(choice.quantity, "piece", locale)))
            row.setData(Qt.UserRole, choice)
            self.list.addItem(row)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda *_: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.enter_button = buttons.button(QDialogButtonBox.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Sell {0} for delivery from:").format(item_name),
                                wordWrap=True))
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        size_within_screen(self, 460, 300)

    def chosen(self):
        item = self.list.currentItem()
        return item.data(Qt.UserRole) if item else None


class DeliveryDialog(_Form):
    """The receiver, the Vietnamese address and the deposit; `result_value` is the basket's
    `delivery` dict. Enter is OK; a missing field is named and keeps the dialog open."""

    FIELDS = ("name", "phone", "province", "district", "ward", "street")

    def __init__(self, delivered_total: int, money, currency_code: str, known: dict,
                 parent=None):
        super().__init__(self.tr("Delivery"), parent)
        self.setObjectName("deliveryDialog")
        self.delivered_total, self.money = delivered_total, money
        self.currency = currency(currency_code)
        labels = {"name": self.tr("Receiver"), "phone": self.tr("Phone"),
                  "province": self.tr("Province / city"), "district": self.tr("District"),
                  "ward": self.tr("Ward / commune"), "street": self.tr("House number, street")}
        self.fields = {}
        for key in self.FIELDS:
            self.fields[key] = QLineEdit(str(known.get(key) or ""),
                                         objectName=f"delivery_{key}Input")
            self.form.addRow(labels[key], self.fields[key])
        deposit = known.get("deposit")
        self.deposit = QLineEdit("" if deposit is None else str(deposit),
                                 objectName="deliveryDepositInput",
                                 placeholderText=self.tr("empty: pay it all now"))
        self.form.addRow(self.tr("Deposit paid now"), self.deposit)
        self.later = QLabel(objectName="deliveryLaterLabel")
        self.form.addRow(self.tr("Delivered items"), QLabel(money(delivered_total)))
        self.form.addRow(self.tr("To pay on delivery"), self.later)
        self.deposit.textChanged.connect(self._show_later)
        self._show_later()
        size_within_screen(self, 520, 420)  # room for a street name

    def _deposit(self) -> int | None:
        text = self.deposit.text().strip()
        if not text:
            return None
        if self.currency.exponent == 0:
            text = text.replace(".", "").replace(",", "")
        return to_minor(text, self.currency)

    def _show_later(self) -> None:
        try:
            self.later.setText(self.money(paid_later(self.delivered_total, self._deposit())))
        except (ValueError, ArithmeticError):
            self.later.setText("—")

    def read(self) -> dict:
        values = {key: field.text() for key, field in self.fields.items()}
        address = check_address(**values)
        deposit = self._deposit()
        paid_later(self.delivered_total, deposit)  # in range, else a clear message
        return {**address.as_dict(), "deposit": deposit}

