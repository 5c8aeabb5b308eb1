"""The payment dialog: cash with quick tenders, card, VietQR bank transfer, split tender."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QPushButton, QTabWidget, QVBoxLayout, QWidget)

from pos.domain.errors import DomainError
from pos.domain.money import currency, to_minor
from pos.domain.payment import CARD, CASH, POINTS, TRANSFER, Tender, quick_tenders, settle
from pos.domain.vietqr import build_vietqr
from pos.domain.vietqr_banks import bank_name
from pos.services.sales import next_transfer_content
from pos.ui.keyboard import KeyboardFirstDialog, first_field, focus_field, only_default
from pos.ui.points_tender import PointsTab
from pos.ui.qr import qr_pixmap

#: the button Enter presses on a tab that is not cash, until nothing is left to pay
ADD_BUTTONS = ("addCardButton", "addTransferButton", "usePointsButton")


class PaymentDialog(KeyboardFirstDialog):
    def __init__(self, till, total: int, sale_label: str, parent=None,
                 customer_id: int | None = None):
        super().__init__(parent)
        self.customer_id = customer_id  # loyalty points can pay only with a customer
        self.setObjectName("paymentDialog")
        self.setWindowTitle(self.tr("Payment"))
        self.setMinimumSize(720, 520)
        self.till, self.total, self.sale_label = till, total, sale_label
        self.currency = currency(till.settings.currency)
        self.other_tenders: list[Tender] = []
        self.tenders: list[Tender] = []
        # what the QR asks the bank to write (the next receipt's); None until it is read
        self.transfer_content: str | None = None
        self._build()
        self._update()
        till.tasks.run(lambda: next_transfer_content(till.db, till.settings),
                       self._transfer_content_known, lambda _exc: self._transfer_content_known(""))
        self.enter_button = self.complete_button
        self.tabs.currentChanged.connect(self._tab_shown)

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.due_label = QLabel(objectName="dueLabel")
        self.tabs = QTabWidget(objectName="paymentTabs")
        self.tabs.addTab(self._cash_tab(), self.tr("Cash"))
        self.tabs.addTab(self._card_tab(), self.tr("Card"))
        self.tabs.addTab(self._transfer_tab(), self.tr("Bank transfer (QR)"))
        self.points_tab = None
        if self.till.settings.loyalty_point_value > 0:
            self.points_tab = PointsTab(self.till, self.customer_id)
            self.points_tab.tendered.connect(self._add_points)
            self.tabs.addTab(self.points_tab, self.tr("Points"))
        self.tender_list = QListWidget(objectName="tendersList")
        self.remaining_label = QLabel(objectName="remainingLabel")
        self.rounding_label = QLabel(objectName="roundingLabel")
        self.change_label = QLabel(objectName="changeLabel")
        self.error_label = QLabel(objectName="paymentError")
        self.complete_button = QPushButton(self.tr("Complete sale (Enter)"),
                                           objectName="completeSaleButton")
        self.complete_button.clicked.connect(self._complete)
        cancel = QPushButton(self.tr("Back (Esc)"), objectName="paymentCancel")
        cancel.clicked.connect(self.reject)
        side = QVBoxLayout()
        for w in (QLabel(self.tr("Tenders")), self.tender_list, self.rounding_label,
                  self.remaining_label, self.change_label, self.error_label):
            side.addWidget(w)
        side.addWidget(self.complete_button)
        side.addWidget(cancel)
        body = QHBoxLayout()
        body.addWidget(self.tabs, 3)
        body.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.due_label)
        layout.addLayout(body)

    def _cash_tab(self) -> QWidget:
        tab = QWidget()
        self.cash_input = QLineEdit(objectName="cashTenderedInput",
                                    placeholderText=self.tr("Cash received"))
        self.cash_input.textChanged.connect(self._update)
        self.cash_input.returnPressed.connect(self._complete)
        grid = QGridLayout()
        notes = quick_tenders(0, self.currency.code)
        for i, note in enumerate(notes):
            b = QPushButton(self.till.money(note), objectName=f"quickTender_{note}")
            b.clicked.connect(lambda _=False, n=note: self._add_cash(n))
            grid.addWidget(b, i // 3, i % 3)
        exact = QPushButton(self.tr("Exact"), objectName="quickTenderExact")
        exact.clicked.connect(lambda: self._set_cash(self._cash_needed()))
        grid.addWidget(exact, len(notes) // 3 + 1, 0, 1, 3)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.cash_input)
        layout.addLayout(grid)
        layout.addStretch()
        return tab

    def _card_tab(self) -> QWidget:
        tab = QWidget()
        self.card_amount = QLineEdit(objectName="cardAmountInput")
        self.card_ref = QLineEdit(objectName="cardReferenceInput",
                                  placeholderText=self.tr("Terminal reference / approval code"))
        add = QPushButton(self.tr("Add card payment (Enter)"), objectName="addCardButton")
        add.clicked.connect(lambda: self._add_other(CARD, self.card_amount, self.card_ref.text()))
        layout = QVBoxLayout(tab)
        for w in (QLabel(self.tr("Charge this amount on the card terminal:")), self.card_amount,
                  self.card_ref, add):
            layout.addWidget(w)
        layout.addStretch()
        return tab

    def _transfer_tab(self) -> QWidget:
        tab = QWidget()
        self.qr_label = QLabel(objectName="vietqrImage", alignment=Qt.AlignCenter)
        self.transfer_amount = QLineEdit(objectName="transferAmountInput")
        self.transfer_amount.textChanged.connect(self._refresh_qr)
        self.payee_label = QLabel(objectName="payeeLabel", wordWrap=True)
        add = QPushButton(self.tr("Transfer received (Enter)"), objectName="addTransferButton")
        add.clicked.connect(lambda: self._add_other(TRANSFER, self.transfer_amount,
                                                    self.transfer_content or ""))
        beside = QHBoxLayout()
        beside.addWidget(self.qr_label)
        beside.addWidget(self.payee_label, 1)
        layout = QVBoxLayout(tab)
        layout.addLayout(beside)
        for w in (self.transfer_amount, add):
            layout.addWidget(w)
        self._show_payee()
        return tab

    def _show_payee(self) -> None:
        """Who the money goes to, beside the QR, for the customer to check in their banking
        app before sending: the bank, the account and its holder, the transfer content."""
        s = self.till.settings
        if not s.bank_account:
            self.payee_label.clear()
            return
        lines = [self.tr("Pay to:"), bank_name(s.bank_bin), s.bank_account, s.bank_account_name]
        if self.transfer_content:
            lines.append(self.tr("Transfer content: {0}").format(self.transfer_content))
        self.payee_label.setText("\n".join(line for line in lines if line))

    def _transfer_content_known(self, content: str) -> None:
        self.transfer_content = content
        self._show_payee()
        self._refresh_qr()

    # -- the keyboard -----------------------------------------------------------------------
    def keyboard_field(self):
        """Where the cashier types on the tab in front: the cash received, the card or the
        transfer amount, the points."""
        page = self.tabs.currentWidget()
        return first_field(page) if page is not None else None

    def _tab_action(self) -> QPushButton:
        """What Enter does on the tab in front: complete the sale (cash), or add the card
        payment / the transfer received / the points; once nothing is left to pay, complete."""
        page = self.tabs.currentWidget()
        if page is None or self.complete_button.isEnabled():
            return self.complete_button
        adds = (page.findChild(QPushButton, name) for name in ADD_BUTTONS)
        return next((b for b in adds if b is not None), self.complete_button)

    def _tab_shown(self, _index: int) -> None:
        only_default(self, self._tab_action())
        focus_field(self.keyboard_field())

    def _ready_to_complete(self) -> None:
        """A tender was added: Enter now does what the button says, complete the sale."""
        action = self._tab_action()
        only_default(self, action)
        if action is self.complete_button:
            self.complete_button.setFocus()

    # -- behaviour ------------------------------------------------------------------------
    def _parse(self, text: str) -> int:
        text = text.strip().replace(" ", "")
        if self.currency.exponent == 0:
            text = text.replace(".", "").replace(",", "")
        return to_minor(text or "0", self.currency)

    def _cash_needed(self) -> int:
        done = settle(self.total, self.other_tenders, self.till.settings.cash_rounding_step)
        probe = settle(self.total, self.other_tenders + [Tender(CASH, 0)],
                       self.till.settings.cash_rounding_step)
        return probe.remaining if done.remaining else 0

    def _add_cash(self, note: int) -> None:
        """A quick-tender note adds to the cash received (customers hand over several)."""
        try:
            received = self._parse(self.cash_input.text())
        except DomainError:
            received = 0
        self._set_cash(received + note)

    def _set_cash(self, amount: int) -> None:
        self.cash_input.setText(str(amount) if self.currency.exponent == 0
                                else f"{amount / 10 ** self.currency.exponent:.2f}")
        self.complete_button.setFocus()

    def _add_other(self, method: str, field: QLineEdit, reference: str) -> None:
        try:
            amount = self._parse(field.text())
            settle(self.total, self.other_tenders + [Tender(method, amount)], 0)
        except DomainError as exc:
            self.error_label.setText(str(exc))
            return
        if amount > 0:
            self.other_tenders.append(Tender(method, amount, reference))
            field.clear()
        self._update()
        self._ready_to_complete()

    def _add_points(self, tender: Tender) -> None:
        self.other_tenders.append(tender)
        self._update()
        self._ready_to_complete()

    def _current_tenders(self) -> list[Tender]:
        cash = self._parse(self.cash_input.text())
        return self.other_tenders + ([Tender(CASH, cash)] if cash else [])

    def _update(self) -> None:
        self.error_label.clear()
        try:
            tenders = self._current_tenders()
            state = settle(self.total, tenders, self.till.settings.cash_rounding_step)
        except DomainError as exc:
            self.error_label.setText(str(exc))
            self.complete_button.setEnabled(False)
            return
        self.tenders = tenders
        self._show(state)

    def _show(self, state) -> None:
        m = self.till.money
        self.due_label.setText(self.tr("Amount due: {0}").format(m(self.total)))
        self.tender_list.clear()
        names = {CASH: self.tr("Cash"), CARD: self.tr("Card"), TRANSFER: self.tr("Transfer"),
                 POINTS: self.tr("Points")}
        for t in self.tenders:
            self.tender_list.addItem(f"{names.get(t.method, t.method)}   {m(t.amount)}")
        self.rounding_label.setText(self.tr("Cash rounding: {0}").format(m(state.rounding))
                                    if state.rounding else "")
        self.remaining_label.setText(self.tr("Still to pay: {0}").format(m(state.remaining)))
        self.change_label.setText(self.tr("Change: {0}").format(m(state.change)))
        self.complete_button.setEnabled(state.complete)
        remaining_other = settle(self.total, self.other_tenders, 0).remaining
        if self.points_tab is not None:
            self.points_tab.set_due(remaining_other)
        for field in (self.card_amount, self.transfer_amount):
            if not field.hasFocus():
                field.setText(str(remaining_other) if self.currency.exponent == 0
                              else f"{remaining_other / 100:.2f}")

    def _refresh_qr(self) -> None:
        s = self.till.settings
        if self.transfer_content is None:
            return  # drawn once the transfer content is known (a moment)
        try:
            amount = self._parse(self.transfer_amount.text())
            payload = build_vietqr(s.bank_bin, s.bank_account, amount, self.transfer_content)
        except DomainError as exc:
            self.qr_label.setText(self.tr("No QR: {0}").format(exc))
            return
        self.qr_label.setPixmap(qr_pixmap(payload, 220))
        self.qr_payload = payload

    def _complete(self) -> None:
        self._update()
        if self.complete_button.isEnabled():
            self.accept()
