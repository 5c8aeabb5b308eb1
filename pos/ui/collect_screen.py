"""Orders to collect (manager menu F11, or the sale screen's "3 to collect" badge): online
orders picked up in this shop. One field takes everything the staff scan or type: an order's
number or the pickup slip's QR opens that order; an item's barcode picks it for the order
open (a wrong item or one too many is refused by the service, nothing changes).
F5 marks the order ready, F6 prints its pickup slip, F12 hands it over (an unpaid order is
paid first in the counter's own payment dialog), F4 shows the closed orders too.

Every query and change runs through `till.tasks.run`: the screen never waits."""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from pos.domain.stock import milli_to_decimal
from pos.format import format_quantity
from pos.services import collect, pickup_slip
from pos.services.receipts import local_time
from pos.ui import printing
from pos.ui.keyboard import KeyboardFirstDialog, only_default
from pos.ui.payment import PaymentDialog
from pos.ui.qr import qr_pixmap

ALL_STATES = tuple(collect.STATE_NAMES)
log = logging.getLogger(__name__)


def open_collect_screen(sale_screen) -> None:
    """Manager menu entry and the badge's click. The sale screen's scanner rests meanwhile:
    a scan goes to this screen, never into the cart."""
    screen = CollectScreen(sale_screen.till, sale_screen)
    sale_screen.scanner.enabled = False
    screen.finished.connect(lambda _: setattr(sale_screen.scanner, "enabled", True))
    badge = getattr(sale_screen, "collect_badge", None)
    if badge is not None:
        screen.finished.connect(lambda _: badge.refresh())
    screen.open()


def _state(state: str) -> str:
    """The state in the window's language (the services' copy follows the process's)."""
    return QCoreApplication.translate("Collect", collect.STATE_NAMES.get(state, state))


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), objectName=name, focusPolicy=Qt.NoFocus)
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectRows)
    table.setSelectionMode(QTableWidget.SingleSelection)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))


class CollectScreen(KeyboardFirstDialog):
    def __init__(self, till, parent=None):
        super().__init__(parent)
        self.setObjectName("collectScreen")
        self.setWindowTitle(self.tr("Orders to collect"))
        self.setMinimumSize(980, 640)
        self.till = till
        self.listed: list[collect.OrderView] = []
        self.current: collect.OrderView | None = None
        self.show_all = False
        self._build()
        self._shortcuts()
        self.refresh()

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.code_input = QLineEdit(objectName="collectInput", placeholderText=self.tr(
            "Scan or type an order number or its QR; then scan the order's items"))
        self.code_input.returnPressed.connect(self._entered)
        self.code_input.installEventFilter(self)  # ↑/↓ choose an order in the list
        self.message = QLabel(objectName="collectMessage", wordWrap=True)
        self.orders_table = _table("collectOrders", [
            self.tr("Order"), self.tr("Customer"), self.tr("Phone"), self.tr("State"),
            self.tr("Picked"), self.tr("Total"), self.tr("Payment")])
        self.order_label = QLabel(objectName="collectOrderLabel", wordWrap=True)
        self.qr_label = QLabel(objectName="collectQr")
        self.lines_table = _table("collectLines", [
            self.tr("SKU"), self.tr("Item"), self.tr("Ordered"), self.tr("Picked")])
        buttons = QHBoxLayout()
        for text, name, slot in (
                (self.tr("Show closed orders (F4)"), "collectAllButton", self.toggle_all),
                (self.tr("Mark ready (F5)"), "collectReadyButton", self.mark_ready),
                (self.tr("Print pickup slip (F6)"), "collectSlipButton", self.print_slip),
                (self.tr("Hand over (F12)"), "collectHandOverButton", self.hand_over),
                (self.tr("Close (Esc)"), "collectCloseButton", self.reject)):
            button = QPushButton(text, objectName=name, focusPolicy=Qt.NoFocus)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        detail = QHBoxLayout()
        column = QVBoxLayout()
        column.addWidget(self.order_label)
        column.addWidget(self.lines_table, 1)
        detail.addLayout(column, 1)
        detail.addWidget(self.qr_label, 0, Qt.AlignTop)
        layout = QVBoxLayout(self)
        for widget in (self.code_input, self.message):
            layout.addWidget(widget)
        layout.addWidget(self.orders_table, 1)
        layout.addLayout(detail, 1)
        layout.addLayout(buttons)
        only_default(self, None)  # Enter belongs to the field

    def _shortcuts(self) -> None:
        for key, slot in (("F4", self.toggle_all), ("F5", self.mark_ready),
                          ("F6", self.print_slip), ("F12", self.hand_over)):
            QShortcut(QKeySequence(key), self, slot)  # this window's: not the payment dialog's

    def keyboard_field(self):
        return self.code_input

    def eventFilter(self, obj, event) -> bool:
        if obj is self.code_input and event.type() == QEvent.KeyPress \
                and event.key() in (Qt.Key_Up, Qt.Key_Down) and self.listed:
            row = self.orders_table.currentRow() + (1 if event.key() == Qt.Key_Down else -1)
            self.orders_table.selectRow(max(0, min(row, len(self.listed) - 1)))
            return True
        return super().eventFilter(obj, event)

    # -- showing ----------------------------------------------------------------------------
    def refresh(self) -> None:
        t, states = self.till, ALL_STATES if self.show_all else collect.OPEN_STATES
        t.tasks.run(lambda: collect.orders(t.db, states), self._show_list, self._failed)

    def _show_list(self, views: list[collect.OrderView]) -> None:
        self.listed = views
        money = self.till.money
        _fill(self.orders_table, [
            ["#" + v.display_no, v.customer_name, v.phone, _state(v.state),
             f"{sum(ln.scanned for ln in v.lines)}/{sum(ln.quantity for ln in v.lines)}",
             money(v.total), self.tr("paid") if v.paid else self.tr("to pay")] for v in views])
        ids = [v.id for v in views]
        if self.current is not None and self.current.id in ids:
            self.orders_table.selectRow(ids.index(self.current.id))

    def _show_order(self, view: collect.OrderView) -> None:
        self.current = view
        money = self.till.money
        due = (self.tr("paid online") if view.paid else
               self.tr("to pay at the till: {0}").format(money(view.total)))
        self.order_label.setText(self.tr(
            "Order #{number} · {state}\nCustomer: {name} · {phone} (check before handing "
            "over)\n{due}").format(number=view.display_no, state=_state(view.state),
                                   name=view.customer_name or "-", phone=view.phone or "-",
                                   due=due))
        _fill(self.lines_table, [[ln.sku, ln.name, str(ln.quantity), str(ln.scanned)]
                                 for ln in view.lines])
        self.qr_label.setPixmap(qr_pixmap(collect.QR_PREFIX + view.id, 140))
        self.refresh()

    def _say(self, state: str, text: str) -> None:
        self.message.setText(text)
        self.message.setProperty("state", state)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def _failed(self, exc: Exception) -> None:
        self._say("error", str(exc))
        self.code_input.selectAll()

    # -- what the staff do ------------------------------------------------------------------
    def _entered(self) -> None:
        text = self.code_input.text().strip()
        if not text:
            self._open_selected()
            return
        self.code_input.clear()
        t, open_id = self.till, self.current.id if self.current else None
        t.tasks.run(lambda: collect.read_code(t.db, open_id, text, t.settings),
                    lambda view: self._read(view, open_id), self._failed)

    def _read(self, view: collect.OrderView, open_id: str | None) -> None:
        if view.id != open_id:
            self._say("ok", self.tr("Order #{0} open: scan its items, or F12 to hand it over.")
                      .format(view.display_no))
        elif view.fully_scanned:
            self._say("ok", self.tr("All items picked: F5 marks the order ready."))
        else:
            self._say("ok", self.tr("Picked."))
        self._show_order(view)

    def _open_selected(self) -> None:
        row = self.orders_table.currentRow()
        if 0 <= row < len(self.listed):
            self._read(self.listed[row], None)

    def _with_order(self) -> collect.OrderView | None:
        if self.current is None:
            self._say("error", self.tr("Open an order first: scan or type its number."))
        return self.current

    def toggle_all(self) -> None:
        self.show_all = not self.show_all
        self.refresh()

    def mark_ready(self) -> None:
        if (view := self._with_order()) is None:
            return
        t = self.till
        t.tasks.run(lambda: collect.mark_ready(t.db, view.id, t.user), self._marked_ready,
                    self._failed)

    def _marked_ready(self, view: collect.OrderView) -> None:
        self._say("ok", self.tr("Order #{0} is ready for pickup.").format(view.display_no))
        self._show_order(view)
        self._wake_sync()
        self.print_slip()

    def print_slip(self) -> None:
        if (view := self._with_order()) is None:
            return
        controller = printing.controller(self.till)
        if controller is None or not controller.has_printer():
            self._say("error", self.tr("No receipt printer is set up: the pickup slip was not "
                                       "printed (the order's QR is on this screen)."))
            return
        settings, setup = self.till.settings, controller.setup()
        controller.printer.run(lambda: pickup_slip.print_slip(view, settings, setup),
                               lambda _: self._say("ok", self.tr("Pickup slip printed.")),
                               lambda exc: self._say("error", self.tr(
                                   "The pickup slip was not printed: {0}").format(exc)))

    def hand_over(self) -> None:
        if (view := self._with_order()) is None:
            return
        if view.paid or view.state != collect.READY:  # the service says why it cannot
            self._hand_over(view, ())
            return
        dialog = PaymentDialog(self.till, view.total,
                               self.tr("Order #{0}").format(view.display_no), self)
        dialog.accepted.connect(lambda: self._hand_over(view, tuple(dialog.tenders)))
        dialog.open()

    def _hand_over(self, view: collect.OrderView, tenders: tuple) -> None:
        t = self.till
        t.tasks.run(lambda: collect.hand_over(t.db, view.id, t.user, t.settings, tenders),
                    self._handed_over, self._failed)

    def _handed_over(self, view: collect.OrderView) -> None:
        text = self.tr("Order #{0} handed over.").format(view.display_no)
        if view.change:
            text += " " + self.tr("Change due: {0}").format(self.till.money(view.change))
        self._say("ok", text)
        self._show_order(view)
        self._wake_sync()
        self.code_input.setFocus()

    def _wake_sync(self) -> None:
        if self.till.sync is not None:
            self.till.sync.wake()


class CollectBadge(QPushButton):
    """The sale screen's "3 to collect": counted off the UI thread at start and after each
    pull from the store (orders past the pickup deadline become not collected first)."""

    def __init__(self, sale_screen):
        super().__init__(objectName="collectBadge", flat=True, focusPolicy=Qt.NoFocus)
        self.sale_screen = sale_screen
        self._last_pull: object = None
        self.held = HeldStockWarning(sale_screen)  # refreshed with the count
        self.clicked.connect(lambda: open_collect_screen(self.sale_screen))
        self.hide()
        self.refresh()

    def after_status(self, status) -> None:
        pulled = (getattr(status, "last_pull_at", None),
                  getattr(status, "last_orders_pull_at", None))
        if pulled != self._last_pull:
            self._last_pull = pulled
            self.refresh()

    def refresh(self) -> None:
        t = self.sale_screen.till

        def count() -> tuple[int, dict[int, int]]:
            collect.expire(t.db, t.settings.collect_pickup_days)
            return collect.waiting_count(t.db), collect.held_variants(t.db)
        t.tasks.run(count, self._show, lambda exc: log.warning("orders to collect: %s", exc))

    def _show(self, counted: tuple[int, dict[int, int]]) -> None:
        waiting, self.held.variants = counted
        self.setText(QCoreApplication.translate("CollectScreen", "{0} to collect")
                     .format(waiting))
        self.setVisible(waiting > 0)


class HeldStockWarning:
    """Warns at the counter when the cart would take units held for an order to collect.

    `variants` (item -> held quantity) is read with the badge's count, at start and after each
    pull, so a cart change costs a dictionary look-up; only an item some order holds starts a
    background check of its figure here. The cashier may go on (the customer in front of
    them), but the warning is on screen, with a beep the first time it says something new."""

    def __init__(self, sale_screen):
        self.sale_screen = sale_screen
        self.variants: dict[int, int] = {}
        self._seq = 0
        self._said = ""

    def check(self, basket) -> None:
        selling: dict[int, int] = {}
        for line in basket.lines:
            if line.variant_id in self.variants:
                selling[line.variant_id] = (selling.get(line.variant_id, 0)
                                            + int(line.quantity * 1000))
        self._seq += 1  # an answer still on its way is for a cart no longer on screen
        if not selling:
            self._said = ""
            return
        seq, t = self._seq, self.sale_screen.till
        names = {line.variant_id: (line.name, line.unit) for line in basket.lines}
        here = t.settings.stock_location

        def held() -> list[tuple[tuple[str, str], int, collect.HeldStock]]:
            return [(names[vid], qty, found) for vid, qty in selling.items()
                    if (found := collect.held_for_sale(t.db, vid, here, qty)) is not None]
        t.tasks.run(held, lambda found: self._warn(seq, found),
                    lambda exc: log.warning("stock held for orders: %s", exc))

    def _warn(self, seq: int, found) -> None:
        if seq != self._seq:  # a newer cart is being checked
            return
        if not found:
            self._said = ""
            return
        text = " ".join(self.text(*item, selling, held) for item, selling, held in found)
        if text != self._said:
            QApplication.beep()
        self._said = text
        self.sale_screen.flash("error", text)

    def text(self, name: str, unit: str, selling: int, held: collect.HeldStock) -> str:
        shop_locale = self.sale_screen.till.settings.locale
        q = lambda milli: format_quantity(milli_to_decimal(milli), unit, shop_locale)  # noqa
        orders = ", ".join(
            QCoreApplication.translate("CollectScreen", "order #{number} ({name}, to collect)")
            .format(number=o.display_no, name=o.customer_name or "-") if o.display_no
            else QCoreApplication.translate("CollectScreen", "{name} (held until {until})")
            .format(name=o.customer_name or "-", until=f"{local_time(o.until):%d/%m}")
            for o in held.orders)
        words = dict(item=name, held=q(held.reserved_milli), on_hand=q(held.on_hand_milli),
                     orders=orders, taken=q(held.taken_by(selling)))
        if held.reserved_milli <= held.on_hand_milli:
            return QCoreApplication.translate(
                "CollectScreen", "{item}: {held} of the {on_hand} in stock are held for {orders}; "
                "this sale takes {taken} of them.").format(**words)
        return QCoreApplication.translate(
            "CollectScreen", "{item}: {held} are held for {orders} and the till counts only "
            "{on_hand} in stock; this sale takes {taken} of them.").format(**words)
