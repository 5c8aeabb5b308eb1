"""Find, create and attach a customer at the till (F10). Phone is enough; works offline."""
from __future__ import annotations

from PySide6.QtCore import QTimer, Qt, Signal
from PySide6.QtWidgets import (QDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QVBoxLayout)

from pos.domain.phone import display_phone
from pos.services import customers


class CustomerDialog(QDialog):
    attached = Signal(object)  # CustomerInfo

    def __init__(self, till, parent=None):
        super().__init__(parent)
        self.setObjectName("customerDialog")
        self.setWindowTitle(self.tr("Customer"))
        self.setMinimumSize(640, 480)
        self.till = till
        self.search = QLineEdit(objectName="customerSearchInput", placeholderText=self.tr(
            "Phone, name or email (accents not needed)"))
        self.search.textEdited.connect(lambda _: self._timer.start())
        self.search.returnPressed.connect(self._attach_current)
        self.results = QListWidget(objectName="customerResults")
        self.results.currentItemChanged.connect(self._show_card)
        self.results.itemActivated.connect(lambda _: self._attach_current())
        self.card = QLabel(objectName="customerCard", wordWrap=True, alignment=Qt.AlignTop)
        self.message = QLabel(objectName="customerMessage", wordWrap=True)
        self._timer = QTimer(self, singleShot=True, interval=80, timeout=self._find)
        attach = QPushButton(self.tr("Attach to sale (Enter)"), objectName="attachCustomerButton")
        attach.clicked.connect(self._attach_current)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        row = QHBoxLayout()
        row.addWidget(self.results, 3)
        row.addWidget(self.card, 2)
        layout.addLayout(row)
        layout.addWidget(attach)
        layout.addWidget(self._new_customer_box())
        layout.addWidget(self.message)

    def _new_customer_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("New customer"))
        form = QFormLayout(box)
        self.new_name = QLineEdit(objectName="newCustomerName")
        self.new_phone = QLineEdit(objectName="newCustomerPhone", placeholderText="0912 345 678")
        self.new_email = QLineEdit(objectName="newCustomerEmail")
        add = QPushButton(self.tr("Add and attach"), objectName="addCustomerButton")
        add.clicked.connect(self._add)
        form.addRow(self.tr("Name"), self.new_name)
        form.addRow(self.tr("Phone"), self.new_phone)
        form.addRow(self.tr("Email"), self.new_email)
        form.addRow(add)
        return box

    def _find(self) -> None:
        query, t = self.search.text(), self.till
        t.tasks.run(lambda: customers.find_customers(t.db, query), self._show_results,
                    lambda exc: self.message.setText(str(exc)))

    def _show_results(self, found) -> None:
        self.results.clear()
        for c in found:
            item = QListWidgetItem(f"{c.name}   {display_phone(c.phone)}   {c.email or ''}")
            item.setData(Qt.UserRole, c)
            self.results.addItem(item)
        if found:
            self.results.setCurrentRow(0)
        else:
            self.message.setText(self.tr("No customer found. Add one below."))
            self.new_phone.setText(self.search.text() if self.search.text()[:1].isdigit() else "")

    def _show_card(self, item) -> None:
        if item is None:
            return
        c, t = item.data(Qt.UserRole), self.till
        t.tasks.run(lambda: customers.customer_card(t.db, c.id), self._render_card)

    def _render_card(self, card) -> None:
        m = self.till.money
        lines = [f"<b>{card.customer.name}</b>",
                 self.tr("Total spent: {0}").format(m(card.total_spent)),
                 self.tr("Visits: {0}").format(card.visits),
                 self.tr("Points: {0}").format(card.customer.points)]
        if card.customer.group:
            lines.append(self.tr("Group: {0}").format(card.customer.group))
        lines += [f"{v.when:%d/%m/%Y} · {v.channel} · {v.reference} · {m(v.total)}"
                  for v in card.history[:8]]
        self.card.setText("<br>".join(lines))

    def _attach_current(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self.attached.emit(item.data(Qt.UserRole))
            self.accept()

    def _add(self) -> None:
        name, phone, email, t = (self.new_name.text(), self.new_phone.text(),
                                 self.new_email.text(), self.till)
        t.tasks.run(lambda: customers.add_customer(t.db, name, phone, email), self._added,
                    lambda exc: self.message.setText(str(exc)))

    def _added(self, customer) -> None:
        self.attached.emit(customer)
        self.accept()
