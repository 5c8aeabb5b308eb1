"""The sale screen: scan, search, cart, totals, quick keys, function keys, pay."""
from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime, timedelta

from PySide6.QtCore import QTimer, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QGridLayout, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QListView, QPushButton, QTableView,
                               QVBoxLayout, QWidget)

from pos.domain.basket import Basket
from pos.domain.errors import DomainError
from pos.domain.delivery import ON_DELIVERY
from pos.domain.payment import Tender
from pos.services import (audit, cart_on_screen, catalog, customers, deliveries, holds,
                          parking, permissions, sales)
from pos.services.settings import save_settings
from pos.services.user_info import role_name
from pos.services.errors import UnknownBarcode
from pos.ui.collect_screen import CollectBadge
from pos.ui.customer_dialog import CustomerDialog
from pos.ui.delivery_dialogs import DeliveryDialog, ShipFromDialog
from pos.ui.dialogs import (DiscountDialog, HoldDialog, ManagerApproval, PriceDialog,
                            QuantityDialog, RecallDialog, confirm)
from pos.ui.models import CartModel, SearchModel
from pos.ui.payment import PaymentDialog
from pos.ui.promotions import TillPromotions
from pos.ui.scanner import WedgeScanner
from pos.ui.screen_fit import ColumnScrollArea
from pos.ui.sync_panel import StatusBridge, SyncPanel, local_waiting, status_text

SEARCH_DELAY_MS = 60

log = logging.getLogger(__name__)


class SaleScreen(QWidget):
    sale_completed = Signal(object)  # CompletedSale, after the commit
    switch_user = Signal()
    printer_setup_wanted = Signal()  # "Set up a printer" on a completed sale's line

    def __init__(self, till, parent=None):
        super().__init__(parent)
        self.setObjectName("saleScreen")
        self.till = till
        self.basket = Basket()
        self.cart_model = CartModel(self.basket, till.money, till.settings.locale,
                                    till.settings.tax_inclusive, self)
        self.search_model = SearchModel(till.money, self)
        self._search_seq = 0
        self._saved_cart = parking.cart_to_json(self.basket)  # what the database holds
        self._restore_asked = False
        self._build()
        self._shortcuts()
        self.scanner = WedgeScanner(self.scan_input, till.settings.scanner_max_key_gap_ms,
                                    till.settings.scanner_min_length, self)
        self.scanner.scanned.connect(self.scan)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS,
                                    timeout=self._search_now)
        self._sync_timer = QTimer(self, interval=5000, timeout=self.refresh_sync_status)
        self._sync_timer.start()
        self.refresh_totals()
        self.promotions = TillPromotions(self)  # loads the shop's promotions into the cart
        self._load_quick_keys()
        self.refresh_sync_status()

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self._top_bar())
        body = QHBoxLayout()
        body.addLayout(self._left_column(), 3)
        body.addLayout(self._right_column(), 2)
        layout.addLayout(body)
        layout.addWidget(self._function_keys())

    def _top_bar(self) -> QWidget:
        bar = QFrame(objectName="topBar")
        row = QHBoxLayout(bar)
        row.addWidget(QLabel(self.till.settings.shop_name, objectName="shopName"))
        row.addStretch()
        self.cashier_label = QLabel(objectName="cashierLabel")
        self.sync_status = QPushButton(objectName="syncStatus", flat=True)
        self.sync_status.clicked.connect(self.open_sync_panel)
        self.status_bridge = StatusBridge(self)
        self.status_bridge.changed.connect(self._show_sync)
        if self.till.sync is not None:
            self.till.sync.on_status(self.status_bridge.changed.emit)
        self.collect_badge = CollectBadge(self)  # "3 to collect" (issue #15)
        self.status_bridge.changed.connect(self.collect_badge.after_status)
        switch = QPushButton(self.tr("Switch user"), objectName="switchUserButton")
        switch.clicked.connect(self.switch_user)
        for w in (self.collect_badge, self.sync_status, self.cashier_label, switch):
            row.addWidget(w)
        return bar

    def _left_column(self) -> QVBoxLayout:
        self.scan_input = QLineEdit(objectName="scanInput", placeholderText=self.tr(
            "Scan a barcode, or type a name or SKU to search (F2)"))
        self.scan_input.returnPressed.connect(self._enter_pressed)
        self.scan_input.textEdited.connect(lambda _: self._search_timer.start())
        self.scan_input.installEventFilter(self)
        self.message = QLabel(objectName="messageLabel", wordWrap=True)
        self.search_results = QListView(objectName="searchResults")
        self.search_results.setModel(self.search_model)
        self.search_results.activated.connect(self._add_search_result)
        self.search_results.hide()
        self.cart_table = QTableView(objectName="cartTable")
        self.cart_table.setModel(self.cart_model)
        self.cart_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.cart_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.cart_table.verticalHeader().hide()
        header = self.cart_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        col = QVBoxLayout()
        for w in (self.scan_input, self.message, self.search_results, self.cart_table):
            col.addWidget(w)
        return col

    def _right_column(self) -> QVBoxLayout:
        totals = QFrame(objectName="totalsPanel")
        grid = QGridLayout(totals)
        self.subtotal_label = QLabel(objectName="subtotalLabel", alignment=Qt.AlignRight)
        self.discount_label = QLabel(objectName="discountLabel", alignment=Qt.AlignRight)
        self.tax_label = QLabel(objectName="taxLabel", alignment=Qt.AlignRight)
        self.total_label = QLabel(objectName="totalLabel", alignment=Qt.AlignRight)
        rows = ((self.tr("Subtotal"), self.subtotal_label), (self.tr("Discounts"), self.discount_label),
                (self.tr("Tax included") if self.till.settings.tax_inclusive else self.tr("Tax"),
                 self.tax_label), (self.tr("TOTAL"), self.total_label))
        for i, (name, label) in enumerate(rows):
            grid.addWidget(QLabel(name, objectName="totalName" if i == 3 else ""), i, 0)
            grid.addWidget(label, i, 1)
        self.last_sale = QLabel(objectName="lastSaleLabel", wordWrap=True)
        self.printer_offer = QPushButton(self.tr("Set up a printer"),
                                         objectName="setUpPrinterButton", focusPolicy=Qt.NoFocus)
        self.printer_offer.clicked.connect(self._set_up_printer)
        self.printer_offer.hide()
        self.customer_label = QLabel(objectName="customerLabel", wordWrap=True)
        self._customer_name = ""
        self.customer_label.hide()
        self.last_sale.hide()  # shown with a text only: no empty rows above the quick keys
        col = QVBoxLayout()
        col.addWidget(totals)
        col.addWidget(self.customer_label)
        col.addWidget(self.last_sale)
        col.addWidget(self.printer_offer)
        col.addWidget(self._quick_keys_area(), 1)
        return col

    def _quick_keys_area(self) -> ColumnScrollArea:
        """Quick keys scroll in their own area: however many the shop has, the function keys
        below them stay on a 768 px screen."""
        keys = QWidget(objectName="quickKeys")
        self.quick_grid = QGridLayout(keys)
        self.quick_grid.setContentsMargins(0, 0, 0, 0)
        self.quick_grid.setAlignment(Qt.AlignTop)
        self.quick_area = ColumnScrollArea(keys, "quickKeysArea")
        return self.quick_area

    def _function_keys(self) -> QWidget:
        bar = QFrame(objectName="functionBar")
        row = QHBoxLayout(bar)
        self.actions = {}
        for key, name, label, slot in (
            ("F2", "searchButton", self.tr("Search"), self.focus_search),
            ("F3", "quantityButton", self.tr("Quantity"), self.change_quantity),
            ("F4", "lineDiscountButton", self.tr("Line discount"), self.line_discount),
            ("F5", "orderDiscountButton", self.tr("Sale discount"), self.order_discount),
            ("F6", "parkButton", self.tr("Park"), self.park),
            ("F7", "recallButton", self.tr("Recall"), self.recall),
            ("F8", "removeLineButton", self.tr("Remove line"), self.remove_line),
            ("F9", "priceButton", self.tr("Price"), self.override_price),
            ("F10", "customerButton", self.tr("Customer"), self.choose_customer),
            ("F11", "managerButton", self.tr("Manager"), self.open_back_office),
            ("Esc", "clearButton", self.tr("Cancel sale"), self.clear_sale),
            ("F12", "payButton", self.tr("PAY"), self.pay),
        ):
            button = QPushButton(f"{label}\n{key}", objectName=name, focusPolicy=Qt.NoFocus)
            if key == "F6":
                button.setToolTip(self.tr("Shift+F6: hold the items for the customer"))
            button.clicked.connect(slot)
            row.addWidget(button)
            self.actions[key] = slot
        return bar

    def _shortcuts(self) -> None:
        for key in ("F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "F10", "F11", "F12", "Esc"):
            QShortcut(QKeySequence(key), self, activated=lambda k=key: self.actions[k](),
                      context=Qt.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Shift+F6"), self, activated=self.hold_for_customer,
                  context=Qt.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+G"), self, activated=self.deliver_line,
                  context=Qt.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(Qt.Key_Delete), self, activated=self.remove_line,
                  context=Qt.WidgetWithChildrenShortcut)
        # Quick switch at a shared till: the sale on screen stays for the next user.
        QShortcut(QKeySequence("Ctrl+L"), self, activated=self.switch_user.emit,
                  context=Qt.WidgetWithChildrenShortcut)

    def _load_quick_keys(self) -> None:
        self.till.tasks.run(lambda: catalog.quick_keys(self.till.db), self._show_quick_keys)

    def _show_quick_keys(self, items) -> None:
        # three columns on a narrow screen (1024 px) leave the cart room for its columns
        columns = 4 if self.screen().availableGeometry().width() >= 1280 else 3
        for i, item in enumerate(items):
            b = QPushButton(f"{item.name}\n{self.till.money(item.price)}",
                            objectName=f"quickKey_{i + 1}", focusPolicy=Qt.NoFocus)
            b.clicked.connect(lambda _=False, it=item: self.add_line(it.basket_line()))
            self.quick_grid.addWidget(b, i // columns, i % columns)

    # -- entering items -------------------------------------------------------------------
    def eventFilter(self, obj, event) -> bool:
        if obj is self.scan_input and event.type() == event.Type.KeyPress:
            if event.key() == Qt.Key_Down and self.search_results.isVisible():
                self.search_results.setFocus()
                self.search_results.setCurrentIndex(self.search_model.index(0))
                return True
        return super().eventFilter(obj, event)

    def _enter_pressed(self) -> None:
        text = self.scan_input.text().strip()
        if not text:
            return
        if self.promotions.try_coupon(text):  # a coupon code typed in the scan field
            self.scan_input.clear()
            self._hide_search()
            return
        if self.search_results.isVisible() and self.search_model.items and not _code_like(text):
            self._add_search_result(self.search_model.index(0))
            return
        self.scan(text)

    def scan(self, code: str) -> None:
        self.scan_input.clear()
        self._hide_search()
        if self.promotions.try_coupon(code):  # a scanned coupon
            return
        t = self.till
        t.tasks.run(lambda: catalog.scan(t.db, code, t.settings), self.add_line, self.scan_failed)

    def add_line(self, line) -> None:
        if self.basket.is_empty():
            self._clear_last_sale()  # the next sale starts: the previous one's line goes
        row = self.basket.add(line)
        self.refresh_totals()
        self.cart_table.selectRow(row)
        self.flash("ok", "")
        self.scan_input.setFocus()

    def scan_failed(self, exc: Exception) -> None:
        if not isinstance(exc, DomainError):
            raise exc
        if isinstance(exc, UnknownBarcode):  # maybe a loyalty card, scanned like a product
            code, t = exc.code, self.till
            t.tasks.run(lambda: customers.find_by_card(t.db, code),
                        lambda found: self.attach_customer(found) if found else self._bad_scan(exc))
            return
        self._bad_scan(exc)

    def _bad_scan(self, exc: Exception) -> None:
        QApplication.beep()
        self.flash("error", str(exc))

    def flash(self, state: str, text: str) -> None:
        self.message.setText(text)
        self.message.setProperty("state", state)
        self.scan_input.setProperty("state", state)
        for w in (self.message, self.scan_input):
            w.style().unpolish(w)
            w.style().polish(w)

    def focus_search(self) -> None:
        self.scan_input.setFocus()
        self.scan_input.selectAll()

    def _search_now(self) -> None:
        text = self.scan_input.text().strip()
        if len(text) < 2 or _code_like(text):
            self._hide_search()
            return
        self._search_seq += 1
        seq, t = self._search_seq, self.till
        t.tasks.run(lambda: catalog.search(t.db, text), lambda items: self._show_results(seq, items))

    def _show_results(self, seq: int, items) -> None:
        if seq != self._search_seq or not self.scan_input.text().strip():
            return  # a newer query is on its way, or the field was cleared
        self.search_model.set_items(items)
        self.search_results.setVisible(bool(items))
        if not items:
            self.flash("info", self.tr("Nothing found for “{0}”.").format(self.scan_input.text()))

    def _add_search_result(self, index) -> None:
        item = self.search_model.items[index.row()]
        self.scan_input.clear()
        self._hide_search()
        self.add_line(item.basket_line())

    def _hide_search(self) -> None:
        self._search_seq += 1
        self.search_results.hide()
        self.search_model.set_items([])

    # -- editing the cart -----------------------------------------------------------------
    def refresh_totals(self) -> None:
        self.cart_model.refresh()
        totals = self.cart_model.totals
        m = self.till.money
        self.subtotal_label.setText(m(totals.subtotal))
        self.discount_label.setText(m(-totals.discount_total) if totals.discount_total else "—")
        self.tax_label.setText(m(totals.tax_total))
        self.total_label.setText(m(totals.total))
        if self.basket.customer_id is None:
            self._show_customer(None)
        self.collect_badge.held.check(self.basket)  # warns of units held for pickup (#15)
        self._keep_cart()

    def _keep_cart(self) -> None:
        """The sale on screen goes to the database at every change (one single-row upsert,
        off the UI thread, in order with the other database work): nothing is lost when the
        till is closed or killed."""
        doc = parking.cart_to_json(self.basket)
        if doc == self._saved_cart:
            return
        self._saved_cart = doc
        t, basket = self.till, Basket.from_dict(self.basket.to_dict())
        user_id = t.user.id if t.user else None
        t.tasks.run(lambda: cart_on_screen.save(t.db, t.settings.terminal_id, basket, user_id),
                    None, lambda exc: self.flash("error", str(exc)))

    def _ending_sale(self, op):
        """`op` (completing, parking, voiding the sale on screen), then the sale on screen is
        no longer kept, in the same background task: a till killed in between cannot bring
        back a sale that was already completed. The emptied cart then has nothing to save."""
        t = self.till
        self._saved_cart = parking.cart_to_json(Basket())

        def run():
            result = op()
            cart_on_screen.clear(t.db, t.settings.terminal_id)
            return result
        return run

    def _failed_to_end(self, exc: Exception) -> None:
        """Completing/voiding failed: the sale is still on screen and kept as it is."""
        self._saved_cart = ""
        self.flash("error", str(exc))
        self._keep_cart()

    def selected_row(self) -> int | None:
        rows = self.cart_table.selectionModel().selectedRows()
        if rows:
            return rows[0].row()
        return len(self.basket.lines) - 1 if self.basket.lines else None

    def _edit(self, change) -> None:
        try:
            change()
        except DomainError as exc:
            self.flash("error", str(exc))
            return
        self.refresh_totals()
        self.flash("ok", "")  # a good action: a previous error goes
        self.scan_input.setFocus()

    def _back_to_scanning(self, dialog_action) -> None:
        """After any dialog, approved or not, the cashier is back in the scan field. The
        wedge scanner rests meanwhile: a PIN or a quantity typed fast is not a scan."""
        self.scanner.enabled = False
        try:
            dialog_action()
        finally:
            self.scanner.enabled = True
            self.activateWindow()
            self.scan_input.setFocus()

    def change_quantity(self) -> None:
        self._back_to_scanning(self._change_quantity)

    def line_discount(self) -> None:
        self._back_to_scanning(self._line_discount)

    def order_discount(self) -> None:
        self._back_to_scanning(self._order_discount)

    def override_price(self) -> None:
        self._back_to_scanning(self._override_price)

    def _change_quantity(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        line = self.basket.lines[row]
        dialog = QuantityDialog(line.quantity, line.unit, self, name=line.name)
        if dialog.exec():
            self._edit(lambda: self.basket.set_quantity(row, dialog.result_value))

    def remove_line(self) -> None:
        row = self.selected_row()
        if row is not None:
            self._edit(lambda: self.basket.remove(row))

    def _approved(self, reason: str, action: str = permissions.BIG_DISCOUNT) -> bool:
        """True when the user may, or a manager approved; the approver is kept for the
        service that records the action (`_record`)."""
        self._approver = None
        if permissions.may(self.till.user, action):
            return True
        dialog = ManagerApproval(self.till.db, reason, self, action)
        if dialog.exec():
            self._approver = dialog.result_value
        return self._approver is not None

    def _record(self, action: str, apply, **details) -> None:
        """Journals the protected action (who, who approved), then applies it to the sale
        with `apply(authoriser_id)`: the sale carries who approved it (checked when paid)."""
        t, approver = self.till, self._approver
        t.tasks.run(lambda: audit.protected_action(t.db, action, t.user, approver,
                                                   t.settings.terminal_id, **details),
                    lambda who: self._edit(lambda: apply(who.id)),
                    lambda exc: self.flash("error", str(exc)))

    def _apply_discount(self, discount, base: int, apply) -> None:
        """A discount above the cashier limit needs a manager and goes to the journal."""
        share = 0 if discount is None else permissions.discount_share(discount, base)
        if share <= self.till.settings.discount_limit_bp:
            self._edit(lambda: apply(None))
        elif self._approved(self.tr("This discount is above the cashier limit.")):
            self._record(permissions.BIG_DISCOUNT, apply, kind=discount.kind,
                         value=discount.value, base=base)

    def _line_discount(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        dialog = DiscountDialog(self.till.settings.currency, False, self)
        base = self.cart_model.totals.lines[row].gross
        if dialog.exec():
            value = dialog.result_value
            self._apply_discount(value, base,
                                 lambda by: self.basket.set_line_discount(row, value, by))

    def _order_discount(self) -> None:
        if self.basket.is_empty():
            return
        dialog = DiscountDialog(self.till.settings.currency, True, self)
        if dialog.exec():
            value = dialog.result_value
            self._apply_discount(value, self.cart_model.totals.subtotal,
                                 lambda by: self.basket.set_order_discount(value, by))

    def _override_price(self) -> None:
        row = self.selected_row()
        if row is None or not self._approved(self.tr("Changing a price needs a manager."),
                                             permissions.PRICE_OVERRIDE):
            return
        dialog = PriceDialog(self.till.settings.currency, self)
        if dialog.exec():
            line, price = self.basket.lines[row], dialog.result_value
            self._record(permissions.PRICE_OVERRIDE,
                         lambda by: self.basket.override_price(row, price, by),
                         sku=line.sku, name=line.name, old_price=line.unit_price, new_price=price)

    def clear_sale(self) -> None:
        if self.search_results.isVisible():
            self.scan_input.clear()
            self._hide_search()
            return
        if self.basket.is_empty() or not confirm(self, self.tr("Cancel sale"),
                                                 self.tr("Remove every item from this sale?")):
            return
        self._back_to_scanning(self._void)

    def _void(self) -> None:
        """A sale with items cancelled is a void: journaled, with a manager when the shop
        says so."""
        needs = self.till.settings.void_needs_manager
        if needs and not self._approved(self.tr("Cancelling a sale needs a manager."),
                                        permissions.VOID):
            return
        t, basket = self.till, Basket.from_dict(self.basket.to_dict())
        approver = self._approver if needs else None
        t.tasks.run(self._ending_sale(
                        lambda: audit.void_sale(t.db, basket, t.user, approver, t.settings)),
                    lambda _: self._edit(self.basket.clear), self._failed_to_end)

    # -- customer -------------------------------------------------------------------------
    def choose_customer(self) -> None:
        dialog = CustomerDialog(self.till, self)
        dialog.attached.connect(self.attach_customer)
        self.scanner.enabled = False  # a loyalty card scanned in the dialog goes into its field
        dialog.finished.connect(lambda _: setattr(self.scanner, "enabled", True))
        dialog.finished.connect(lambda _: self._back_to_scanning(lambda: None))
        dialog.open()

    def attach_customer(self, customer) -> None:
        self.basket.customer_id = customer.id
        self.basket.customer_group = customer.group  # group-only promotions
        self.refresh_totals()
        self._show_attached(customer)
        self.flash("ok", self.tr("Customer {0} attached.").format(customer.name))

    def _show_attached(self, customer) -> None:
        self._customer_name = customer.name
        self._show_customer(self.tr("{0} · {1} points").format(customer.name, customer.points)
                            if customer.points else customer.name)

    def _show_customer(self, name: str | None) -> None:
        if not name:
            self._customer_name = ""
        _note(self.customer_label, self.tr("Customer: {0}").format(name) if name else "")

    # -- park / recall --------------------------------------------------------------------
    def park(self) -> None:
        if self.basket.is_empty():
            return
        basket, t = Basket.from_dict(self.basket.to_dict()), self.till
        user_id = t.user.id if t.user else None
        run = self._ending_sale(lambda: parking.park(t.db, basket, user_id))
        self.basket.clear()
        self.refresh_totals()
        t.tasks.run(run, lambda _: self.flash("ok", self.tr("Sale parked. Recall it with F7.")),
                    lambda exc: self._restore(basket, exc))

    def hold_for_customer(self) -> None:
        """Shift+F6: parks the sale held for its customer for some days (holds.py)."""
        if self.basket.is_empty():
            self.flash("error", self.tr("Scan an item first."))
            return
        if self.basket.customer_id is None:
            self.flash("error", self.tr("Attach the customer first (F10): a hold is kept for "
                                        "a customer."))
            return
        dialog = HoldDialog(self._customer_name, self.till.settings.hold_days, self)
        self._hold_dialog = dialog  # held until it finishes (its parent alone may not keep it)
        dialog.accepted.connect(lambda: self._hold(dialog.result_value))
        dialog.finished.connect(lambda _: setattr(self, "_hold_dialog", None))
        dialog.open()

    def _hold(self, days: int) -> None:
        basket, t = Basket.from_dict(self.basket.to_dict()), self.till
        user_id = t.user.id if t.user else None
        run = self._ending_sale(lambda: parking.park(t.db, basket, user_id, hold_days=days))
        until = (datetime.now() + timedelta(days=days)).strftime("%d/%m %H:%M")
        self.basket.clear()
        self.refresh_totals()
        t.tasks.run(run, lambda _: self._held(until), lambda exc: self._restore(basket, exc))

    def _held(self, until: str) -> None:
        self.flash("ok", self.tr("Held until {0}: the items are kept for the customer. Recall "
                                 "it with F7.").format(until))
        self.collect_badge.refresh()  # the counter's held-stock warning knows them now

    def _restore(self, basket: Basket, exc: Exception) -> None:
        self._show_basket(basket)
        self._failed_to_end(exc)

    def recall(self) -> None:
        self.till.tasks.run(lambda: parking.list_parked(self.till.db), self._choose_parked)

    def _choose_parked(self, parked) -> None:
        if not parked:
            self.flash("info", self.tr("No parked sales."))
            return
        dialog = RecallDialog(parked, self.till.money, self)
        held = {p.id for p in parked if p.held_until is not None}
        dialog.accepted.connect(lambda: self._recall(dialog.chosen_id(), held))
        dialog.release_hold.connect(self._release_hold)
        dialog.open()

    def _release_hold(self, parked_id: int) -> None:
        t = self.till
        t.tasks.run(lambda: holds.release(t.db, parked_id), self._hold_released,
                    lambda exc: self.flash("error", str(exc)))

    def _hold_released(self, _view) -> None:
        self.flash("ok", self.tr("Hold released: the items can be sold again. The sale stays "
                                 "parked."))
        self.collect_badge.refresh()

    def _recall(self, parked_id, held: set = frozenset()) -> None:
        if parked_id is None:
            return
        if not self.basket.is_empty():
            self.park()  # never lose the sale on screen: park it first
        self.till.tasks.run(lambda: parking.recall(self.till.db, parked_id),
                            lambda basket: self._recalled(basket, parked_id in held),
                            lambda exc: self.flash("error", str(exc)))

    def _recalled(self, basket: Basket, was_held: bool = False) -> None:
        if was_held:
            self.collect_badge.refresh()  # its units are no longer held: no warning
        self._show_basket(basket)
        self.flash("ok", self.tr("Held sale recalled: its hold is released, the items are on "
                                 "this sale.") if was_held else self.tr("Parked sale recalled."))

    def _show_basket(self, basket: Basket) -> None:
        """`basket` (parked, or the sale on screen when the till stopped) is the sale on
        screen now."""
        self._clear_last_sale()
        self.basket.lines[:] = basket.lines
        self.basket.set_order_discount(basket.order_discount, basket.order_discount_approved_by)
        self.basket.customer_id = basket.customer_id
        self.basket.coupons[:], self.basket.customer_group = basket.coupons, basket.customer_group
        self.basket.delivery = basket.delivery
        self.refresh_totals()
        if basket.customer_id is not None:  # the customer's name, as when they were attached
            t, customer_id = self.till, basket.customer_id
            t.tasks.run(lambda: customers.get_customer(t.db, customer_id),
                        lambda c: self._show_attached(c)
                        if c is not None and self.basket.customer_id == c.id else None)

    def restore_cart(self) -> None:
        """At the first login after a start: the sale that was on screen when the till
        stopped (closed, killed, power cut) comes back, with a line saying so."""
        if self._restore_asked:
            return
        self._restore_asked = True
        t = self.till
        t.tasks.run(lambda: cart_on_screen.load(t.db, t.settings.terminal_id),
                    self._cart_restored, lambda exc: self.flash("error", str(exc)))

    def _cart_restored(self, saved) -> None:
        if saved is None or not self.basket.is_empty():
            return  # nothing kept, or the cashier started a sale already (it is kept now)
        self._saved_cart = parking.cart_to_json(saved.basket)  # the database holds it
        self._show_basket(saved.basket)
        self.flash("info", self.tr("The sale on screen when the till closed is back: {0} lines")
                   .format(len(saved.basket.lines)))

    # -- paying ---------------------------------------------------------------------------
    # -- selling for delivery (issue #15, part 2) -------------------------------------------
    def deliver_line(self) -> None:
        """Ctrl+G (giao hàng): the selected line is delivered from another location that has it (or,
        delivered already, carried out here again)."""
        row = self.selected_row()
        if row is None:
            self.flash("error", self.tr("Choose the line to deliver first (↑/↓)."))
            return
        line = self.basket.lines[row]
        if line.ship_from:
            self._edit(lambda: self.basket.ship_from(row, "", ""))
            self.flash("ok", self.tr("{0} is carried out here again.").format(line.name))
            return
        if line.variant_id is None:
            return
        t = self.till
        t.tasks.run(lambda: deliveries.ship_from_choices(t.db, line.variant_id,
                                                         t.settings.stock_location),
                    lambda choices: self._choose_ship_from(row, line, choices),
                    lambda exc: self.flash("error", str(exc)))

    def _choose_ship_from(self, row: int, line, choices) -> None:
        if row >= len(self.basket.lines) or self.basket.lines[row] is not line:
            return  # the cart changed meanwhile
        if not choices:
            self.flash("error", self.tr("No other location has {0} in stock (as last synced).")
                       .format(line.name))
            return
        dialog = ShipFromDialog(line.name, choices, self.till.settings.locale, self)
        self._delivery_dialog = dialog  # held until it finishes

        def chosen() -> None:
            choice = dialog.chosen()
            if choice is not None and row < len(self.basket.lines) \
                    and self.basket.lines[row] is line:
                self._edit(lambda: self.basket.ship_from(row, choice.location, choice.name))
        dialog.accepted.connect(chosen)
        dialog.finished.connect(lambda _: setattr(self, "_delivery_dialog", None))
        dialog.open()

    def _ask_delivery(self, then) -> None:
        """Before paying a sale with delivered lines: who receives them, where, how much
        now; `then(later)` with the amount left to pay on delivery."""
        totals = self.cart_model.totals
        known = dict(self.basket.delivery or {})
        known.setdefault("name", self._customer_name)
        dialog = DeliveryDialog(deliveries.delivered_total(self.basket, totals), self.till.money,
                                self.till.settings.currency, known, self)
        self._delivery_dialog = dialog

        def accepted() -> None:
            self.basket.delivery = dialog.result_value
            self._keep_cart()
            then(deliveries.later_amount(self.basket, self.cart_model.totals))
        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _: setattr(self, "_delivery_dialog", None))
        dialog.open()

    def pay(self) -> None:
        if self.basket.is_empty():
            self.flash("error", self.tr("Scan an item first."))
            return
        if self.till.extras.get("exchange"):  # a return's credit pays first (F11 > Returns)
            from pos.ui import exchange

            exchange.pay(self)
            return
        if self.basket.delivered_rows():
            self._ask_delivery(self._pay)
            return
        self._pay(0)

    def _pay(self, later: int) -> None:
        """The payment of all but `later` (paid on delivery)."""
        self.scanner.enabled = False  # a scan during payment must not type into amount fields
        self.promotions.freeze()
        dialog = PaymentDialog(self.till, self.cart_model.totals.total - later,
                               self.tr("Sale at {0}").format(self.till.settings.shop_name), self,
                               customer_id=self.basket.customer_id)
        on_delivery = [Tender(ON_DELIVERY, later)] if later else []
        dialog.accepted.connect(lambda: self._complete(dialog.tenders + on_delivery))
        dialog.finished.connect(lambda _: setattr(self.scanner, "enabled", True))
        dialog.finished.connect(lambda _: self.promotions.thaw())
        dialog.open()

    def _complete(self, tenders) -> None:
        t, basket = self.till, Basket.from_dict(self.basket.to_dict())
        basket.promotions, basket.priced_at = self.basket.promotions, self.basket.priced_at
        t.tasks.run(self._ending_sale(
                        lambda: sales.complete_sale(t.db, basket, tenders, t.user, t.settings)),
                    self._completed, self._failed_to_end)

    def _completed(self, sale) -> None:
        self.basket.clear()
        self._show_customer(None)
        self.refresh_totals()
        text = self.tr("Change due: {change}   ·   receipt {receipt}").format(
            change=self.till.money(sale.change), receipt=sale.receipt_label)
        _note(self.last_sale, text)
        self._offer_printer_setup()
        self.flash("ok", "")
        self.scan_input.setFocus()
        if self.till.sync is not None:
            self.till.sync.wake()  # push it within seconds when online
        self.refresh_sync_status()
        self.sale_completed.emit(sale)

    def _clear_last_sale(self) -> None:
        _note(self.last_sale, "")
        self.printer_offer.hide()

    def _offer_printer_setup(self) -> None:
        """With no receipt printer, a completed sale's line offers to set one up, once (a
        setting remembers it was offered): never silently no receipt."""
        t = self.till
        if t.settings.printer_uri.strip() or t.settings.printer_setup_offered:
            return
        self.printer_offer.show()
        t.settings = replace(t.settings, printer_setup_offered=True)
        t.tasks.run(lambda: save_settings(t.db, printer_setup_offered=True))

    def _set_up_printer(self) -> None:
        self.printer_offer.hide()
        self.printer_setup_wanted.emit()

    # -- status ---------------------------------------------------------------------------
    def set_user(self, user) -> None:
        # the person's role, in the language spoken now (set again after a switch)
        self.cashier_label.setText(self.tr("{0}: {1}").format(role_name(user.role), user.name))
        self.restore_cart()

    def refresh_sync_status(self) -> None:
        t = self.till
        if t.sync is not None:
            t.tasks.run(t.sync.status, self._show_sync)
        else:
            t.tasks.run(lambda: local_waiting(t.db), self._show_local)

    def _show_local(self, waiting: int) -> None:
        text, state = status_text(None)
        self._set_sync_text(self.tr("{0} · {1} waiting").format(text, waiting), state)

    def _show_sync(self, status) -> None:
        self._set_sync_text(*status_text(status))

    def _set_sync_text(self, text: str, state: str) -> None:
        self.sync_status.setText(text)
        self.sync_status.setProperty("state", state)
        self.sync_status.style().unpolish(self.sync_status)
        self.sync_status.style().polish(self.sync_status)

    def open_back_office(self) -> None:
        """F11: the menu at once; whether a shift is open is read off the UI thread and the
        shift entries follow it a moment later."""
        from pos.services.shifts import current_shift
        from pos.ui.back_office import build_menu, offer_for_shift

        button = self.findChild(QPushButton, "managerButton")
        menu = build_menu(self)
        if menu.isEmpty():
            self.flash("error", self.tr("No manager functions are installed."))
            return
        menu.popup(button.mapToGlobal(button.rect().topLeft()))
        t = self.till
        t.tasks.run(lambda: current_shift(t.db, t.settings) is not None,
                    lambda shift_open: offer_for_shift(menu, shift_open),
                    lambda exc: log.warning("shift state for the menu: %s", exc))

    def open_sync_panel(self) -> None:
        t = self.till
        if t.sync is None:
            SyncPanel(t, None, [], self).open()
            return
        t.tasks.run(lambda: (t.sync.status(), t.sync.parked()),
                    lambda got: SyncPanel(t, got[0], got[1], self).open())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.scan_input.setFocus()


def _code_like(text: str) -> bool:
    return text.isdigit()


def _note(label: QLabel, text: str) -> None:
    """A line of the right column that takes room only while it says something."""
    label.setText(text)
    label.setVisible(bool(text))
