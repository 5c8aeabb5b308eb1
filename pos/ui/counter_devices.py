"""The counter's devices around the cashier window: receipt printer and cash drawer, serial
scanner, wedge scanner prefix/suffix, customer display; and the buttons that reach them."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QPushButton

from pos.services import permissions
from pos.ui.dialogs import ManagerApproval
from pos.ui.printing import PrintController, PrintProblemBanner

# The dialogs and the optional devices (customer display, pole display, serial scanner) are
# imported when first opened or started: not at every start of the till.
if TYPE_CHECKING:
    from pos.ui.customer_display import CustomerDisplay, CustomerDisplayFeed
    from pos.ui.pole_display import PoleDisplayScreen
    from pos.ui.serial_bridge import SerialScanBridge


class CounterDevices(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window, self.till, self.sale = window, window.till, window.sale
        self.printing = PrintController(self.till, self)
        self.banner = PrintProblemBanner(self.printing)
        self.bar = self._device_bar()
        self.serial: SerialScanBridge | None = None
        self.display: CustomerDisplay | None = None
        self.feed: CustomerDisplayFeed | None = None
        self.pole: PoleDisplayScreen | None = None
        self.pole_feed: CustomerDisplayFeed | None = None
        self.last_receipt = ""
        self._started = False
        self.printing.message.connect(self.sale.flash)
        self.printing.waiting_changed.connect(self._show_waiting)
        self.sale.sale_completed.connect(self._sale_completed)
        self.sale.switch_user.connect(self.bar.hide)
        window.ready_to_scan.connect(self._logged_in)
        s = self.till.settings
        self.sale.scanner.prefix, self.sale.scanner.suffix = s.scanner_prefix, s.scanner_suffix

    # -- the device bar -----------------------------------------------------------------
    def _device_bar(self) -> QFrame:
        # Shown only while someone is logged in: the login screen offers nothing that needs a
        # user, and the bar's shortcuts live on it, so they do nothing there either.
        bar = QFrame(objectName="deviceBar")
        bar.hide()
        row = QHBoxLayout(bar)
        row.setContentsMargins(9, 0, 9, 6)  # in line with the sale screen's function keys
        self.buttons = {}
        for name, label, key, slot in (
            ("reprintButton", self.tr("Reprint receipt"), "Ctrl+R", self.open_reprint),
            ("noSaleButton", self.tr("No sale (open drawer)"), "Ctrl+D", self.no_sale),
            ("waitingReceiptsButton", "", "", self.printing.print_waiting),
            ("printerSettingsButton", self.tr("Printer settings"), "", self.open_printer_settings),
            ("customerDisplayButton", self.tr("Customer display"), "", self.toggle_display),
        ):
            button = QPushButton(f"{label} ({key})" if key else label, objectName=name,
                                 focusPolicy=Qt.NoFocus)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[name] = button
            if key:
                QShortcut(QKeySequence(key), bar, activated=slot, context=Qt.WindowShortcut)
        row.addStretch()
        self.buttons["waitingReceiptsButton"].hide()
        return bar

    def _show_waiting(self, count: int) -> None:
        button = self.buttons["waitingReceiptsButton"]
        button.setText(self.tr("Print waiting receipts ({0})").format(count))
        button.setVisible(count > 0)

    # -- life cycle ---------------------------------------------------------------------
    def _logged_in(self) -> None:
        self.bar.show()
        if self._started:
            return
        self._started = True
        self.printing.start()
        s = self.till.settings
        if s.serial_scanner_port:
            self.start_serial_scanner()
        if s.customer_display:
            self.toggle_display()
        if s.pole_display_port:
            self.start_pole_display()

    def start_serial_scanner(self) -> None:
        from pos.ui.serial_bridge import SerialScanBridge

        s = self.till.settings
        self.serial = SerialScanBridge(s.serial_scanner_port, s.serial_scanner_baud,
                                       s.scanner_prefix, s.scanner_suffix, self)
        self.serial.scanned.connect(self._serial_scan)
        self.serial.problem.connect(lambda text: self.sale.flash("error", text))
        self.serial.start()

    def start_pole_display(self) -> None:
        from pos.ui.customer_display import CustomerDisplayFeed
        from pos.ui.pole_display import PoleDisplayScreen

        s = self.till.settings
        self.pole = PoleDisplayScreen(s.pole_display_port, s.pole_display_baud, s.shop_name, self)
        self.pole.problem.connect(lambda text: self.sale.flash("error", text))
        self.pole_feed = CustomerDisplayFeed(self.till, self.sale, self.pole, self)
        self.pole.start()

    def _serial_scan(self, code: str) -> None:
        if not self.sale.scanner.enabled or self.till.user is None:
            QApplication.beep()  # paying or logged out: a scan now would change a closed total
            return
        self.sale.scan(code)

    def _sale_completed(self, sale) -> None:
        self.last_receipt = sale.receipt_label
        self.printing.sale_completed(sale)

    def shutdown(self) -> None:
        if self.serial:
            self.serial.stop()
        for feed in (self.feed, self.pole_feed):
            if feed:
                feed.stop()
        if self.pole:
            self.pole.stop()
        if self.display:
            self.display.close()
        self.printing.shutdown()

    # -- actions ------------------------------------------------------------------------
    def open_reprint(self) -> None:
        from pos.ui.reprint import ReprintDialog

        dialog = ReprintDialog(self.till, self.printing, self.last_receipt, self.window)
        dialog.open()
        if self.last_receipt:
            dialog.show_receipt()

    def _manager(self, reason: str, action: str):
        """Who allows `action` (pos/services/permissions.py): the user if their role may,
        else whoever types the PIN of someone who may."""
        user = self.till.user
        if permissions.may(user, action):
            return user
        dialog = ManagerApproval(self.till.db, reason, self.window, action)
        return dialog.result_value if dialog.exec() else None

    def no_sale(self) -> None:
        if self.till.user is None:
            return
        approver = self._manager(self.tr("Opening the drawer without a sale needs a manager."),
                                 permissions.NO_SALE)
        if approver is not None:
            self.printing.no_sale(approver)

    def open_printer_settings(self) -> None:
        if self._manager(self.tr("Printer settings need a manager."),
                         permissions.SETTINGS) is not None:
            from pos.ui.printer_settings import PrinterSettingsDialog

            PrinterSettingsDialog(self.till, self.printing, self.window).open()

    def toggle_display(self) -> None:
        if self.display is not None and self.display.isVisible():
            self.display.hide()
            return
        if self.display is None:
            from pos.ui.customer_display import CustomerDisplay, CustomerDisplayFeed

            self.display = CustomerDisplay(self.till.settings.shop_name)
            self.feed = CustomerDisplayFeed(self.till, self.sale, self.display, self)
        self.display.place()
        self.window.activateWindow()  # some platforms activate any new window: scans stay here
