"""Find, create, edit and attach a customer at the till (F10). Phone is enough; works offline.

Keys: type to search (phone any spelling, name without accents, email, or scan the loyalty
card), Down into the results, Enter attaches, F2 new customer, F4 edits the selected one."""
from __future__ import annotations

from PySide6.QtCore import QTimer, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QGridLayout, QGroupBox, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from pos.domain.phone import display_phone
from pos.services import customers
from pos.ui.screen_fit import size_within_screen

HISTORY_ROWS = 12
SHOP_CHANNEL = "this shop"  # what customers.customer_card calls a sale at this till
ONLINE_COLOUR = "#2f6fde"  # online orders stand out from the till's own sales


class CustomerDialog(QDialog):
    attached = Signal(object)  # CustomerInfo

    def __init__(self, till, parent=None):
        super().__init__(parent)
        self.setObjectName("customerDialog")
        self.setWindowTitle(self.tr("Customer"))
        size_within_screen(self, 1060, 700)
        self.till = till
        self.editing = None  # the CustomerInfo being edited, None when adding
        self.search = QLineEdit(objectName="customerSearchInput", placeholderText=self.tr(
            "Phone, name or email (accents not needed), or scan the loyalty card"))
        self.search.textEdited.connect(lambda _: self._timer.start())
        self.search.returnPressed.connect(self._enter)
        self.results = QListWidget(objectName="customerResults", wordWrap=True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.results.currentItemChanged.connect(self._show_card)
        self.results.itemActivated.connect(lambda _: self._attach_current())
        self.message = QLabel(objectName="customerMessage", wordWrap=True)
        self._timer = QTimer(self, singleShot=True, interval=80, timeout=self._find)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        row = QHBoxLayout()
        row.addWidget(self.results, 2)
        row.addWidget(self._card_panel(), 3)
        layout.addLayout(row, 1)
        layout.addLayout(self._buttons())
        layout.addWidget(self._form_box())
        layout.addWidget(self.message)
        self._keys()
        self.search.setFocus()

    # -- layout ---------------------------------------------------------------------------
    def _card_panel(self) -> QWidget:
        panel = QWidget(objectName="customerCardPanel")
        self.card = QLabel(objectName="customerCard", wordWrap=True, alignment=Qt.AlignTop,
                           textFormat=Qt.RichText)
        self.card.setText(self.tr("Find a customer to see their card."))
        self.facts = {key: QLabel(objectName="customerFact", textFormat=Qt.RichText,
                                  alignment=Qt.AlignCenter)
                      for key in ("spent", "visits", "points", "group")}
        facts_row = QHBoxLayout()
        for label in self.facts.values():
            facts_row.addWidget(label, 1)
            label.hide()  # until a customer is chosen
        self.history = QTableWidget(0, 4, objectName="customerHistory")
        self.history.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Channel"), self.tr("Receipt / order"), self.tr("Amount")])
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.history.setFocusPolicy(Qt.NoFocus)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        col = QVBoxLayout(panel)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.card)
        col.addLayout(facts_row)
        col.addWidget(self.history, 1)
        return panel

    def _buttons(self) -> QHBoxLayout:
        attach = QPushButton(self.tr("Attach to sale (Enter)"), objectName="attachCustomerButton")
        attach.clicked.connect(self._attach_current)
        new = QPushButton(self.tr("New customer (F2)"), objectName="newCustomerButton")
        new.clicked.connect(self._start_new)
        edit = QPushButton(self.tr("Edit (F4)"), objectName="editCustomerButton")
        edit.clicked.connect(self._start_edit)
        close = QPushButton(self.tr("Close (Esc)"), objectName="closeCustomerButton")
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        for button, stretch in ((attach, 3), (new, 1), (edit, 1), (close, 1)):
            row.addWidget(button, stretch)
        return row

    def _form_box(self) -> QGroupBox:
        self.form_box = QGroupBox(self.tr("New customer"), objectName="customerFormBox")
        form = QGridLayout(self.form_box)
        self.new_name = QLineEdit(objectName="newCustomerName")
        self.new_phone = QLineEdit(objectName="newCustomerPhone", placeholderText="0912 345 678")
        self.new_email = QLineEdit(objectName="newCustomerEmail",
                                   placeholderText="name@example.com")
        self.new_card = QLineEdit(objectName="newCustomerCard",
                                  placeholderText=self.tr("scan the loyalty card (optional)"))
        self.add_button = QPushButton(self.tr("Add and attach"), objectName="addCustomerButton")
        self.add_button.clicked.connect(self._add)
        self.save_button = QPushButton(self.tr("Save changes"), objectName="saveCustomerButton")
        self.save_button.clicked.connect(self._save)
        self.save_button.hide()
        for field in (self.new_name, self.new_phone, self.new_email, self.new_card):
            field.returnPressed.connect(self._submit_form)
        fields = ((self.tr("Phone"), self.new_phone), (self.tr("Name"), self.new_name),
                  (self.tr("Email"), self.new_email), (self.tr("Loyalty card"), self.new_card))
        for i, (text, field) in enumerate(fields):
            form.addWidget(QLabel(text), i // 2, (i % 2) * 2)
            form.addWidget(field, i // 2, (i % 2) * 2 + 1)
        form.addWidget(self.add_button, 0, 4, 2, 1)
        form.addWidget(self.save_button, 0, 4, 2, 1)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)
        return self.form_box

    def _keys(self) -> None:
        QShortcut(QKeySequence("F2"), self, activated=self._start_new)
        QShortcut(QKeySequence("F4"), self, activated=self._start_edit)
        QShortcut(QKeySequence(Qt.Key_Down), self.search, activated=self._into_results,
                  context=Qt.WidgetShortcut)

    # -- finding --------------------------------------------------------------------------
    def _find(self) -> None:
        query, t = self.search.text(), self.till
        t.tasks.run(lambda: customers.find_customers(t.db, query), self._show_results,
                    lambda exc: self.message.setText(str(exc)))

    def _enter(self) -> None:
        """Enter attaches the chosen one; a card scanned (or a phone typed) and Enter at once
        looks up first and attaches when exactly one customer matches."""
        if not (self._timer.isActive() or self.results.count() == 0):
            self._attach_current()
            return
        self._timer.stop()
        query, t = self.search.text(), self.till
        t.tasks.run(lambda: customers.find_customers(t.db, query), self._found_on_enter,
                    lambda exc: self.message.setText(str(exc)))

    def _found_on_enter(self, found) -> None:
        self._show_results(found)
        if len(found) == 1:
            self._attach_current()

    def _show_results(self, found) -> None:
        self.results.clear()
        for c in found:
            item = QListWidgetItem(self._result_text(c))
            item.setData(Qt.UserRole, c)
            self.results.addItem(item)
        if found:
            self.message.clear()
            self.results.setCurrentRow(0)
            return
        self.message.setText(self.tr("No customer found. Add one below: a phone is enough."))
        text = self.search.text().strip()
        self.new_phone.setText(text if text[:1].isdigit() or text[:1] == "+" else "")

    def _result_text(self, c) -> str:
        contact = " · ".join(filter(None, [display_phone(c.phone), c.email or ""]))
        extra = self.tr("{0} points").format(c.points) if c.points else ""
        return "\n".join(filter(None, [c.name, " · ".join(filter(None, [contact, c.group,
                                                                       extra]))]))

    def _into_results(self) -> None:
        if self.results.count():
            self.results.setFocus()

    def _current(self):
        item = self.results.currentItem()
        return item.data(Qt.UserRole) if item is not None else None

    # -- the customer's card --------------------------------------------------------------
    def _show_card(self, item) -> None:
        if item is None:
            return
        c, t = item.data(Qt.UserRole), self.till
        t.tasks.run(lambda: customers.customer_card(t.db, c.id), self._render_card)

    def _render_card(self, card) -> None:
        if card.customer.id != getattr(self._current(), "id", None):
            return  # the cashier moved on to another customer meanwhile
        c, m = card.customer, self.till.money
        last = card.history[0].when.strftime("%d/%m/%Y") if card.history else self.tr("never")
        contact = " · ".join(filter(None, [display_phone(c.phone), c.email or "",
                                           self.tr("card {0}").format(c.card_code)
                                           if c.card_code else ""]))
        self.card.setText(f"<span style='font-size:22px;font-weight:700'>{_html(c.name)}</span>"
                          f"<br>{_html(contact)}")
        self._fact("spent", self.tr("Total spent"), m(card.total_spent))
        self._fact("visits", self.tr("Visits (last {0})").format(last), str(card.visits))
        self._fact("points", self.tr("Points"), str(c.points))
        self._fact("group", self.tr("Group"), c.group or "—")
        self._fill_history(card.history[:HISTORY_ROWS])

    def _fact(self, key: str, caption: str, value: str) -> None:
        self.facts[key].show()
        self.facts[key].setText(f"<span style='font-size:20px;font-weight:700'>{_html(value)}"
                                f"</span><br><span style='color:#6b7a8c'>{_html(caption)}</span>")

    def _fill_history(self, visits) -> None:
        self.history.setRowCount(len(visits))
        for row, v in enumerate(visits):
            channel = self.tr("This shop") if v.channel == SHOP_CHANNEL else \
                self.tr("Online: {0}").format(v.channel)
            cells = (v.when.strftime("%d/%m/%Y"), channel, v.reference, self.till.money(v.total))
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if v.channel != SHOP_CHANNEL:
                    cell.setForeground(QColor(ONLINE_COLOUR))
                if col == 3:
                    cell.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.history.setItem(row, col, cell)

    # -- attach, add, edit ----------------------------------------------------------------
    def _attach_current(self) -> None:
        customer = self._current()
        if customer is not None:
            self.attached.emit(customer)
            self.accept()

    def _start_new(self) -> None:
        self.editing = None
        self.form_box.setTitle(self.tr("New customer"))
        self.add_button.show()
        self.save_button.hide()
        for field in (self.new_name, self.new_email, self.new_card):
            field.clear()
        self.new_name.setFocus()

    def _start_edit(self) -> None:
        customer = self._current()
        if customer is None:
            self.message.setText(self.tr("Find the customer first, then press F4 to edit."))
            return
        self.editing = customer
        self.form_box.setTitle(self.tr("Edit {0}").format(customer.name))
        self.new_name.setText(customer.name)
        self.new_phone.setText(display_phone(customer.phone))
        self.new_email.setText(customer.email or "")
        self.new_card.setText(customer.card_code or "")
        self.add_button.hide()
        self.save_button.show()
        self.new_name.setFocus()

    def _submit_form(self) -> None:
        self._save() if self.editing is not None else self._add()

    def _form(self) -> tuple[str, str, str, str]:
        return (self.new_name.text(), self.new_phone.text(), self.new_email.text(),
                self.new_card.text())

    def _add(self) -> None:
        (name, phone, email, card), t = self._form(), self.till
        user = t.user  # journaled with the customer: who added them at this till
        t.tasks.run(lambda: customers.add_customer(t.db, name, phone, email, card, by=user,
                                                   at="till"), self._added, self._refused)

    def _added(self, customer) -> None:
        self.attached.emit(customer)
        self.accept()

    def _save(self) -> None:
        (name, phone, email, card), t, c = self._form(), self.till, self.editing
        t.tasks.run(lambda: customers.edit_customer(t.db, c.id, name=name, phone=phone,
                                                    email=email, card_code=card),
                    self._saved, self._refused)

    def _saved(self, customer) -> None:
        self._start_new()
        self._show_results([customer])
        self.message.setText(self.tr("Saved {0}.").format(customer.name))
        self.search.setFocus()

    def _refused(self, exc: Exception) -> None:
        self.message.setText(str(exc))


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
