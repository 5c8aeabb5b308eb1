"""The manager's stock screen (manager menu, F11): an item's stock here, at the online store's
warehouses and the shop's other locations, with the movements not synced yet; adjustments
with a reason; the low-stock list with CSV export; a shelf count that posts the differences.

Every query and every change runs through `till.tasks.run`: the screen never waits."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import (QComboBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QPushButton, QTableWidget, QTableWidgetItem, QTabWidget,
                               QVBoxLayout, QWidget)

from pos.domain.stock import COUNT, DAMAGE, RECEIVED, THEFT, milli_to_decimal
from pos.format import format_quantity
from pos.services import catalog, stock_adjustments, stock_view
from pos.services.errors import ApprovalNeeded
from pos.services.receipts import local_time
from pos.ui.dialogs import ManagerApproval
from pos.ui.keyboard import KeyboardFirstDialog, first_field, focus_field, only_default

REASON_LABELS = ((RECEIVED, QT_TRANSLATE_NOOP("StockScreen", "Received goods")),
                 (DAMAGE, QT_TRANSLATE_NOOP("StockScreen", "Damage")),
                 (THEFT, QT_TRANSLATE_NOOP("StockScreen", "Theft")),
                 (COUNT, QT_TRANSLATE_NOOP("StockScreen", "Count correction")))
KIND_LABELS = {"shop": QT_TRANSLATE_NOOP("StockScreen", "other shop"),
               "warehouse": QT_TRANSLATE_NOOP("StockScreen", "online warehouse")}
MOVEMENT_LABELS = {"sale": QT_TRANSLATE_NOOP("StockScreen", "sale"),
                   "return": QT_TRANSLATE_NOOP("StockScreen", "return"),
                   "adjustment": QT_TRANSLATE_NOOP("StockScreen", "adjustment"),
                   "collect": QT_TRANSLATE_NOOP("StockScreen", "ready for pickup"),
                   "collect_back": QT_TRANSLATE_NOOP("StockScreen", "pickup not collected")}
#: stock_view.MOVEMENT_STATES values, marked for translation
STATE_LABELS = {"waiting to sync": QT_TRANSLATE_NOOP("StockScreen", "waiting to sync"),
                "sent, not yet in the store's count": QT_TRANSLATE_NOOP(
                    "StockScreen", "sent, not yet in the store's count"),
                "refused by the store": QT_TRANSLATE_NOOP("StockScreen", "refused by the store")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("StockScreen", text)


def open_stock_screen(sale_screen) -> None:
    """Manager menu entry. The sale screen's scanner rests while the screen is open, so a
    scan on the shelf goes to the stock screen, never into the cart."""
    screen = StockScreen(sale_screen.till, sale_screen)
    sale_screen.scanner.enabled = False
    screen.finished.connect(lambda _: setattr(sale_screen.scanner, "enabled", True))
    serial = getattr(getattr(sale_screen.window(), "devices", None), "serial", None)
    if serial is not None:  # a serial scanner's codes come here too while the screen is open
        serial.scanned.connect(screen.scanned)
        screen.finished.connect(lambda _: serial.scanned.disconnect(screen.scanned))
    screen.open()


def _table(name: str, headers: list[str], stretch: int) -> QTableWidget:
    """A read-only table whose `stretch` column (the names) takes the spare width."""
    table = QTableWidget(0, len(headers), objectName=name)
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.Stretch)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectRows)
    return table


def _button(text: str, name: str, slot) -> QPushButton:
    button = QPushButton(text, objectName=name)
    button.clicked.connect(slot)
    return button


def _fill(table: QTableWidget, rows: list[list[str]], numbers: tuple[int, ...] = ()) -> None:
    """Rows of text; the `numbers` columns (quantities) are right-aligned."""
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = QTableWidgetItem(text)
            if c in numbers:
                cell.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            table.setItem(r, c, cell)


class StockScreen(KeyboardFirstDialog):
    def __init__(self, till, parent=None):
        super().__init__(parent)
        self.setObjectName("stockScreen")
        self.setWindowTitle(self.tr("Stock"))
        self.setMinimumSize(980, 640)
        self.till = till
        self.item = None  # ItemStock shown on the item tab
        self.tabs = QTabWidget(objectName="stockTabs")
        self.tabs.addTab(ItemTab(self), self.tr("Item"))
        self.tabs.addTab(LowStockTab(self), self.tr("Low stock"))
        self.tabs.addTab(CountTab(self), self.tr("Shelf count"))
        self.tabs.currentChanged.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        # no button takes Enter: Enter in a field does that field's own thing (show the item,
        # post the adjustment), never a button that happens to be first
        only_default(self, None)

    def keyboard_field(self):
        return first_field(self.tabs.currentWidget())

    def scanned(self, code: str) -> None:
        """A code from a scanner that does not type (serial): to the tab in front."""
        self.tabs.currentWidget().take_scan(code)

    def _tab_shown(self, index: int) -> None:
        tab = self.tabs.widget(index)
        tab.shown()
        focus_field(first_field(tab))  # Ctrl+Tab to a tab: type there at once

    def quantity(self, value, unit: str) -> str:
        return format_quantity(Decimal(value), unit, self.till.settings.locale)

    def run(self, op, on_done, message: QLabel) -> None:
        """A service call in the background; its error is shown in `message`."""
        message.setProperty("state", "")
        self.till.tasks.run(op, on_done, lambda exc: _show_error(message, exc))

    def run_protected(self, op, on_done, message: QLabel) -> None:
        """`op(approver)` for a change a manager must authorise: tried as the user first;
        when the service says a manager must approve, their PIN is asked and it runs again."""
        def refused(exc: Exception) -> None:
            if not isinstance(exc, ApprovalNeeded):
                _show_error(message, exc)
                return
            dialog = ManagerApproval(self.till.db, str(exc), self, exc.action)
            if dialog.exec():
                approver = dialog.result_value
                self.run(lambda: op(approver), on_done, message)
        message.setProperty("state", "")
        self.till.tasks.run(lambda: op(None), on_done, refused)


def _show_error(label: QLabel, exc: Exception) -> None:
    label.setText(str(exc))
    label.setProperty("state", "error")
    label.style().unpolish(label)
    label.style().polish(label)


# -- one item ---------------------------------------------------------------------------------
class ItemTab(QWidget):
    def __init__(self, screen: StockScreen):
        super().__init__(screen)
        self.screen = screen
        self.search = QLineEdit(objectName="stockSearchInput", placeholderText=self.tr(
            "Scan or type a barcode, SKU or name"))
        self.search.textEdited.connect(lambda _: self._timer.start())
        self.search.returnPressed.connect(self._show_typed)
        self._timer = QTimer(self, singleShot=True, interval=120, timeout=self._find)
        self.results = QListWidget(objectName="stockResults")
        self.results.currentItemChanged.connect(self._picked)
        self.results.itemActivated.connect(self._chosen)  # Enter: on to the quantity
        self.search.installEventFilter(self)  # ↓ goes into the results, as on the sale screen
        self.title = QLabel(objectName="stockItemTitle", wordWrap=True)
        self.held = QLabel(objectName="stockReserved", wordWrap=True)  # orders to collect
        self.locations = _table("stockLocations", [self.tr("Location"), self.tr("Kind"),
                                                   self.tr("On hand"), self.tr("As of")], 0)
        self.pending = _table("stockPending", [self.tr("When"), self.tr("What"),
                                               self.tr("Change"), self.tr("Reason"),
                                               self.tr("Who"), self.tr("Sync")], 3)
        self.message = QLabel(objectName="stockMessage", wordWrap=True)
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.results)
        right = QVBoxLayout()
        for widget in (self.title, self.held, QLabel(self.tr("Stock by location")),
                       self.locations,
                       QLabel(self.tr("Changes here not yet in the online store's figures")),
                       self.pending):
            right.addWidget(widget)
        right.addLayout(self._adjust_form())
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 5)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.message)
        # Tab goes quantity, reason, note, then the button, though the note is a line below
        QWidget.setTabOrder(self.reason, self.note)
        QWidget.setTabOrder(self.note, self.findChild(QPushButton, "adjustButton"))

    def _adjust_form(self) -> QFormLayout:
        self.adjust_qty = QLineEdit(objectName="adjustQuantity", placeholderText="24, -3, -0.850")
        self.reason = QComboBox(objectName="adjustReason")
        for code, label in REASON_LABELS:
            self.reason.addItem(_tr(label), code)
        self.note = QLineEdit(objectName="adjustNote", placeholderText=self.tr(
            "Delivery note, what broke, …"))
        post = _button(self.tr("Post adjustment"), "adjustButton", self._adjust)
        self.adjust_qty.returnPressed.connect(self._adjust)
        self.threshold = QLineEdit(objectName="lowThresholdInput", placeholderText=self.tr(
            "empty = no threshold"))
        keep = _button(self.tr("Set low-stock threshold"), "setThresholdButton",
                       self._set_threshold)
        form = QFormLayout()
        row = QHBoxLayout()
        for widget in (self.adjust_qty, self.reason, post):
            row.addWidget(widget)
        form.addRow(self.tr("Adjust"), row)
        form.addRow("", self.note)  # its own line: on a 1024 px screen it has room to read
        limit = QHBoxLayout()
        limit.addWidget(self.threshold)
        limit.addWidget(keep)
        form.addRow(self.tr("Low at"), limit)
        return form

    def shown(self) -> None:
        focus_field(self.search)

    def _find(self) -> None:
        query, t = self.search.text(), self.screen.till
        if len(query.strip()) >= 2:
            self.screen.run(lambda: catalog.search(t.db, query), self._show_results, self.message)

    def _show_results(self, items) -> None:
        self.results.blockSignals(True)
        self.results.clear()
        for item in items:
            row = QListWidgetItem(f"{item.name}   ·   {item.sku}")
            row.setData(Qt.UserRole, item.sku)
            self.results.addItem(row)
        self.results.blockSignals(False)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.search and event.type() == QEvent.KeyPress \
                and event.key() == Qt.Key_Down and self.results.count():
            self.results.setFocus()
            self.results.setCurrentRow(0)
            return True
        return super().eventFilter(obj, event)

    def _picked(self, row) -> None:
        if row is not None:
            self.load(row.data(Qt.UserRole))

    def _chosen(self, row) -> None:
        """Enter on a result: that item, and the cursor in the adjustment's quantity."""
        if self.screen.item is None or self.screen.item.sku != row.data(Qt.UserRole):
            self.load(row.data(Qt.UserRole))
        focus_field(self.adjust_qty)

    def take_scan(self, code: str) -> None:
        self.search.setText(code)
        self._show_typed()

    def _show_typed(self) -> None:
        """Enter (or a scan) shows that code at once; a name shows the first match."""
        self._timer.stop()
        text, t = self.search.text().strip(), self.screen.till
        if text:
            self.screen.run(lambda: stock_view.item_stock_found(t.db, t.settings, text),
                            self.show_item, self.message)

    def load(self, code: str, notice: str = "") -> None:
        """Shows the item's stock; `notice` (what was just done) once it is there."""
        t = self.screen.till
        self.screen.run(lambda: stock_view.item_stock(t.db, t.settings, code),
                        lambda stock: self.show_item(stock, notice), self.message)

    def show_item(self, stock, notice: str = "") -> None:
        self.screen.item = stock
        q = lambda value: self.screen.quantity(value, stock.unit)  # noqa: E731
        low = self.tr("  ·  LOW (at or below {0})").format(q(stock.low_threshold)) \
            if stock.is_low else ""
        self.title.setText(f"<b>{stock.name}</b>  ·  {stock.sku}<br>" + self.tr(
            "Here: <b>{0}</b>").format(q(stock.on_hand)) + low)
        self.title.setProperty("state", "error" if stock.is_low else "")
        self.held.setText(self._held_text(stock, q))
        here = [[self.tr("This shop"), self.tr("here"), q(stock.on_hand),
                 self._synced_text(stock, q)]]
        _fill(self.locations, here + [[l.name, _tr(KIND_LABELS.get(l.kind, l.kind)),
                                       q(l.quantity), _when(l.updated_at)]
                                      for l in stock.elsewhere], numbers=(2,))
        _fill(self.pending, [[_when(m.when), _tr(MOVEMENT_LABELS.get(m.kind, m.kind)),
                              _signed(q(m.quantity)), m.reason, m.who,
                              _tr(STATE_LABELS.get(m.state, m.state))]
                             for m in stock.pending], numbers=(2,))
        self.threshold.setText("" if stock.low_threshold is None else f"{stock.low_threshold:f}")
        self.message.setText(notice)

    def _held_text(self, stock, q) -> str:
        """On hand, what customers' orders to collect and holds keep of it (which ones),
        what is left to sell."""
        orders = ", ".join(
            self.tr("#{number} {name} ×{quantity}").format(
                number=h.display_no, name=h.customer_name, quantity=h.quantity_milli // 1000)
            if h.display_no else self.tr("{name}, held until {until} ×{quantity}").format(
                name=h.customer_name, until=f"{local_time(h.until):%d/%m}",
                quantity=h.quantity_milli // 1000)
            for h in stock.held_for)
        return self.tr("On hand {on_hand} · reserved for customers {reserved} · "
                       "available to sell <b>{available}</b>").format(
            on_hand=q(stock.on_hand), reserved=q(stock.reserved),
            available=q(stock.available)) + (f"<br>({orders})" if orders else "")

    def _synced_text(self, stock, q) -> str:
        """The store's level, what this till has not sent yet, and what that makes here:
        "store 200, −3 waiting = 197" (quantities, not how many movements wait)."""
        if stock.last_synced is None:
            return self.tr("never synced")
        if not stock.pending:
            return self.tr("store {0}").format(q(stock.last_synced))
        waiting = sum((m.quantity for m in stock.pending), Decimal(0))
        return self.tr("store {0}, {1} waiting = {2}").format(
            q(stock.last_synced), _signed(q(waiting)).replace("-", "\u2212", 1),
            q(stock.on_hand))

    def _adjust(self) -> None:
        if self.screen.item is None:
            self.message.setText(self.tr("Find an item first."))
            return
        t, sku = self.screen.till, self.screen.item.sku
        qty, reason, note = self.adjust_qty.text(), self.reason.currentData(), self.note.text()
        self.screen.run_protected(
            lambda approver: stock_adjustments.adjust_stock(t.db, t.settings, sku, qty, reason,
                                                            t.user, note, approver),
            self._adjusted, self.message)

    def _adjusted(self, done) -> None:
        self.adjust_qty.clear()
        self.note.clear()
        if self.screen.till.sync is not None:
            self.screen.till.sync.wake()
        change = _signed(self.screen.quantity(milli_to_decimal(done.delta_milli), done.unit))
        self.load(done.sku, self.tr("Adjusted {0} by {1}: waiting to sync.").format(done.name,
                                                                                   change))

    def _set_threshold(self) -> None:
        if self.screen.item is None:
            return
        t, sku, value = self.screen.till, self.screen.item.sku, self.threshold.text()
        self.screen.run_protected(
            lambda approver: stock_view.set_low_threshold(t.db, sku, value, t.user, approver),
            lambda _: self.load(sku), self.message)



def _when(moment) -> str:
    """A stored UTC time as the shop's clock shows it."""
    return "" if moment is None else f"{local_time(moment):%d/%m %H:%M}"


def _signed(text: str) -> str:
    return text if text.startswith("-") else f"+{text}"


# -- low stock and export ---------------------------------------------------------------------
class LowStockTab(QWidget):
    def __init__(self, screen: StockScreen):
        super().__init__(screen)
        self.screen = screen
        self.table = _table("lowStockTable", [self.tr("SKU"), self.tr("Item"),
                                              self.tr("On hand"), self.tr("Low at"),
                                              self.tr("Reserved"), self.tr("Available")], 1)
        self.table.itemActivated.connect(self._open_item)
        refresh = _button(self.tr("Refresh"), "refreshLowButton", self.shown)
        export = _button(self.tr("Export all stock (CSV)…"), "exportCsvButton", self._export)
        self.message = QLabel(objectName="lowStockMessage", wordWrap=True)
        buttons = QHBoxLayout()
        buttons.addWidget(refresh)
        buttons.addStretch(1)
        buttons.addWidget(export)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def shown(self) -> None:
        t = self.screen.till
        self.screen.run(lambda: stock_view.low_stock(t.db, t.settings), self._show, self.message)

    def _show(self, rows) -> None:
        q = self.screen.quantity
        _fill(self.table, [[r.sku, r.name, q(r.on_hand, r.unit), q(r.threshold, r.unit),
                            q(r.reserved, r.unit), q(r.available, r.unit)]
                           for r in rows], numbers=(2, 3, 4, 5))
        self.message.setText(self.tr("{0} item(s) at or below their threshold.").format(len(rows))
                             if rows else self.tr("No item is at or below its threshold."))

    def _open_item(self, cell) -> None:
        self.take_scan(self.table.item(cell.row(), 0).text())

    def take_scan(self, code: str) -> None:
        """Shows the item on the item tab."""
        self.screen.tabs.setCurrentIndex(0)
        self.screen.tabs.widget(0).take_scan(code)

    def choose_export_path(self) -> str:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export stock"), "stock.csv",
                                              self.tr("CSV files (*.csv)"))
        return path

    def _export(self) -> None:
        path = self.choose_export_path()
        if not path:
            return
        t = self.screen.till
        self.message.setText(self.tr("Exporting…"))
        self.screen.run(lambda: _export_csv(t, path), lambda n: self.message.setText(
            self.tr("{0} item(s) written to {1}.").format(n, path)), self.message)


def _export_csv(till, path: str) -> int:
    with open(path, "w", encoding="utf-8", newline="") as out:
        return stock_view.write_stock_csv(till.db, till.settings, out)


# -- shelf count ------------------------------------------------------------------------------
class CountTab(QWidget):
    """Scan everything on a shelf (each scan counts one; a weight label counts its weight),
    correct a number by typing it in the table, then post the differences."""

    COUNTED = 2  # the editable column

    def __init__(self, screen: StockScreen):
        super().__init__(screen)
        self.screen = screen
        self.counted: dict[str, Decimal] = {}  # sku -> counted, in scan order
        self.lines = []  # CountLine preview, same order
        self.scan = QLineEdit(objectName="countScanInput", placeholderText=self.tr(
            "Scan each item on the shelf"))
        self.scan.returnPressed.connect(self._scanned)
        self.table = _table("countTable", [self.tr("SKU"), self.tr("Item"), self.tr("Counted"),
                                           self.tr("Till says"), self.tr("Difference")], 1)
        self.table.setEditTriggers(QTableWidget.DoubleClicked | QTableWidget.EditKeyPressed
                                   | QTableWidget.AnyKeyPressed)
        self.table.itemChanged.connect(self._typed)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, on to the note
        self.note = QLineEdit(objectName="countNote", placeholderText=self.tr(
            "Shelf, aisle, … (Enter posts the differences)"))
        self.note.returnPressed.connect(self._post)
        post = _button(self.tr("Post differences"), "postCountButton", self._post)
        clear = _button(self.tr("Start again"), "clearCountButton", self._clear)
        self.message = QLabel(objectName="countMessage", wordWrap=True)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(clear)
        row.addWidget(post)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scan)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.message)

    def shown(self) -> None:
        focus_field(self.scan)

    def _scanned(self) -> None:
        code = self.scan.text().strip()
        self.scan.clear()
        self.take_scan(code)

    def take_scan(self, code: str) -> None:
        t = self.screen.till
        if code:
            self.screen.run(lambda: catalog.scan(t.db, code, t.settings), self._add, self.message)

    def _add(self, line) -> None:
        self.counted[line.sku] = self.counted.get(line.sku, Decimal(0)) + line.quantity
        self._preview()

    def _typed(self, cell) -> None:
        if cell.column() != self.COUNTED or cell.row() >= len(self.lines):
            return
        self.counted[self.lines[cell.row()].sku] = cell.text().strip()
        self._preview()

    def _preview(self) -> None:
        t, counted = self.screen.till, self._as_text()
        self.screen.run(lambda: stock_adjustments.count_lines(t.db, t.settings, counted),
                        self._show, self.message)

    def _as_text(self) -> dict[str, str]:
        return {sku: f"{qty:f}" if isinstance(qty, Decimal) else str(qty)
                for sku, qty in self.counted.items()}

    def _show(self, lines) -> None:
        self.lines = lines
        q = self.screen.quantity
        self.table.blockSignals(True)
        _fill(self.table, [[l.sku, l.name, f"{milli_to_decimal(l.counted_milli):f}",
                            q(milli_to_decimal(l.expected_milli), l.unit),
                            _signed(q(milli_to_decimal(l.difference_milli), l.unit))
                            if l.difference_milli else "="] for l in lines], numbers=(2, 3, 4))
        for r in range(len(lines)):
            for c in range(self.table.columnCount()):
                if c != self.COUNTED:
                    self.table.item(r, c).setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
        self.table.blockSignals(False)
        differing = sum(1 for l in lines if l.difference_milli)
        self.message.setText(self.tr("{0} item(s) counted, {1} differ from the till.").format(
            len(lines), differing))
        self.scan.setFocus()

    def _post(self) -> None:
        t, counted, note = self.screen.till, self._as_text(), self.note.text()
        self.screen.run_protected(
            lambda approver: stock_adjustments.post_count(t.db, t.settings, counted, t.user,
                                                          note, approver),
            self._posted, self.message)

    def _posted(self, posted) -> None:
        self.counted.clear()
        self.lines = []
        self.table.setRowCount(0)
        self.note.clear()
        if self.screen.till.sync is not None:
            self.screen.till.sync.wake()
        self.message.setText(self.tr("Count posted: {0} adjustment(s) for {1} item(s) counted; "
                                     "waiting to sync.").format(len(posted.adjustments),
                                                                len(posted.lines)))
        self.scan.setFocus()

    def _clear(self) -> None:
        self.counted.clear()
        self._show([])
