"""The customer-facing display: a second window (for a second monitor) with the item just
scanned, the total, and during payment the VietQR code to pay by bank transfer."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget

from pos.domain.errors import DomainError
from pos.domain.vietqr import build_vietqr
from pos.format import format_quantity
from pos.ui.qr import qr_pixmap

QR_SIZE = 320


class CustomerDisplay(QWidget):
    def __init__(self, shop_name: str, parent=None):
        # Never takes focus from the till: scans and function keys stay with the cashier.
        super().__init__(parent, Qt.Window | Qt.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WA_ShowWithoutActivating)
        self.setObjectName("customerDisplay")
        self.setWindowTitle(self.tr("Customer display"))
        self.shop = QLabel(shop_name, objectName="customerShopName", alignment=Qt.AlignCenter)
        self.line = QLabel(objectName="customerLine", alignment=Qt.AlignCenter, wordWrap=True)
        self.total = QLabel(objectName="customerTotal", alignment=Qt.AlignCenter)
        self.qr = QLabel(objectName="customerQr", alignment=Qt.AlignCenter)
        self.note = QLabel(objectName="customerNote", alignment=Qt.AlignCenter, wordWrap=True)
        layout = QVBoxLayout(self)
        for widget in (self.shop, self.line, self.total, self.qr, self.note):
            layout.addWidget(widget)
        self.setStyleSheet("#customerLine { font-size: 28px; } "
                           "#customerTotal { font-size: 48px; font-weight: bold; } "
                           "#customerShopName, #customerNote { font-size: 22px; }")
        self.welcome()

    def welcome(self) -> None:
        self.line.setText(self.tr("Welcome!"))
        self.total.clear()
        self._no_qr()

    def show_line(self, text: str, total: str) -> None:
        self.line.setText(text)
        self.total.setText(self.tr("Total: {0}").format(total))
        self._no_qr()

    def show_payment(self, total: str, qr_payload: str | None) -> None:
        self.total.setText(self.tr("To pay: {0}").format(total))
        if qr_payload:
            self.qr.setPixmap(qr_pixmap(qr_payload, QR_SIZE))
            self.qr.setProperty("payload", qr_payload)
            self.qr.show()
            self.note.setText(self.tr("Scan the QR code with your banking app to pay by "
                                      "transfer."))

    def show_thanks(self, total: str, change: str | None) -> None:
        self.line.setText(self.tr("Thank you!"))
        self.total.setText(self.tr("Change: {0}").format(change) if change else total)
        self._no_qr()

    def _no_qr(self) -> None:
        self.qr.clear()
        self.qr.setProperty("payload", None)
        self.qr.hide()
        self.note.clear()

    def place(self) -> None:
        """Full screen on the second monitor when there is one, else a window."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            self.setGeometry(screens[1].geometry())
            self.showFullScreen()
        else:
            self.resize(800, 480)
            self.show()


class CustomerDisplayFeed(QObject):
    """Follows the sale screen (cart changes, payment dialog, completed sale) onto the display."""

    def __init__(self, till, sale_screen, display: CustomerDisplay, parent=None):
        super().__init__(parent)
        self.till, self.sale, self.display = till, sale_screen, display
        self.payment = None
        sale_screen.cart_model.modelReset.connect(self._cart_changed)
        sale_screen.sale_completed.connect(self._completed)
        QApplication.instance().installEventFilter(self)

    def _cart_changed(self) -> None:
        QTimer.singleShot(0, self.show_current_line)  # after the screen selected the new row

    def show_current_line(self) -> None:
        basket, totals = self.sale.basket, self.sale.cart_model.totals
        if basket.is_empty() or self.payment is not None:
            return
        row = self.sale.selected_row()
        line, priced = basket.lines[row], totals.lines[row]
        quantity = format_quantity(line.quantity, line.unit, self.till.settings.locale)
        text = f"{line.name}\n{quantity} × {self.till.money(line.unit_price)} = " \
               f"{self.till.money(priced.total)}"
        self.display.show_line(text, self.till.money(totals.total))

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Show and obj.objectName() == "paymentDialog":
            self._payment_shown(obj)
        elif event.type() == QEvent.Hide and obj.objectName() == "paymentDialog":
            self._payment_closed()
        return False

    def _payment_shown(self, dialog) -> None:
        self.payment = dialog
        self._show_payment()
        amount = dialog.findChild(QLineEdit, "transferAmountInput")
        if amount is not None:  # split tender: the QR follows the amount still to transfer
            amount.textChanged.connect(self._show_payment)

    def _show_payment(self) -> None:
        if self.payment is not None:
            self.display.show_payment(self.till.money(self.payment.total),
                                      self._qr_payload(self.payment))

    def _qr_payload(self, dialog) -> str | None:
        # The payment dialog's own VietQR (same amount and message); else one for the total.
        payload = getattr(dialog, "qr_payload", None)
        if payload:
            return payload
        s = self.till.settings
        try:
            return build_vietqr(s.bank_bin, s.bank_account, dialog.total, s.shop_name)
        except DomainError:
            return None

    def _payment_closed(self) -> None:
        self.payment = None
        if self.sale.basket.is_empty():
            return
        self.show_current_line()

    def _completed(self, sale) -> None:
        change = self.till.money(sale.change) if sale.change else None
        self.display.show_thanks(self.till.money(sale.total), change)

    def stop(self) -> None:
        QApplication.instance().removeEventFilter(self)
