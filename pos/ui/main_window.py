"""The till's window: the login screen, then the sale screen."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from pos.ui.counter_devices import CounterDevices
from pos.ui.login import LoginScreen
from pos.ui.sale_screen import SaleScreen
from pos.ui.shift_desk import ShiftDesk


class MainWindow(QMainWindow):
    ready_to_scan = Signal()

    def __init__(self, till, parent=None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.till = till
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "omnipos — {0}")
                            .format(till.settings.shop_name))
        self.resize(1280, 800)
        self.stack = QStackedWidget()
        self.login = LoginScreen(till)
        self.sale = SaleScreen(till)
        self.stack.addWidget(self.login)
        self.stack.addWidget(self.sale)
        self.devices = CounterDevices(self)  # printer, drawer, scanners, customer display
        self.shifts = ShiftDesk(self)  # a float at login when no shift is open; X/Z, close
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in (self.devices.banner, self.stack, self.devices.bar):
            column.addWidget(widget)
        self.setCentralWidget(central)
        self.login.logged_in.connect(self.start_selling)
        self.sale.switch_user.connect(self.show_login)
        self.sale.printer_setup_wanted.connect(self.devices.open_printer_settings)

    def start_selling(self, user) -> None:
        self.till.user = user
        self.sale.set_user(user)
        QApplication.instance().installEventFilter(self.sale.scanner)
        self.stack.setCurrentWidget(self.sale)
        self.sale.scan_input.setFocus()
        self.ready_to_scan.emit()

    def show_login(self) -> None:
        QApplication.instance().removeEventFilter(self.sale.scanner)
        self.till.user = None
        self.stack.setCurrentWidget(self.login)
        self.login.pin.setFocus()

    def closeEvent(self, event) -> None:
        QApplication.instance().removeEventFilter(self.sale.scanner)
        self.devices.shutdown()
        super().closeEvent(event)
