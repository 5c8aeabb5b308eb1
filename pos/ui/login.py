"""PIN login: a keypad for touch screens, the keyboard for everyone else."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from pos.services.users import login
from pos.ui.keypad import PinPad


class LoginScreen(QWidget):
    logged_in = Signal(object)  # UserInfo

    def __init__(self, till, parent=None):
        super().__init__(parent)
        self.setObjectName("loginScreen")
        self.till = till
        card = QFrame(objectName="loginCard")
        title = QLabel(till.settings.shop_name, objectName="loginTitle", alignment=Qt.AlignCenter)
        hint = QLabel(self.tr("Enter your PIN"), alignment=Qt.AlignCenter)
        self.keypad = PinPad("pinInput")
        self.keypad.submitted.connect(self.submit)
        self.pin = self.keypad.field
        self.pin.returnPressed.connect(self.submit)
        self.message = QLabel(objectName="loginMessage", alignment=Qt.AlignCenter)
        inner = QVBoxLayout(card)
        for w in (title, hint, self.keypad):
            inner.addWidget(w)
        inner.addWidget(self.message)
        if till.settings.demo:
            inner.addWidget(QLabel(self.tr("Demo shop — cashier PIN 1111, manager PIN 9999"),
                                   objectName="demoHint", alignment=Qt.AlignCenter))
        outer = QVBoxLayout(self)
        outer.addStretch()
        outer.addWidget(card, 0, Qt.AlignHCenter)
        outer.addStretch()

    def submit(self) -> None:
        pin = self.pin.text()
        self.pin.clear()
        self.message.setText(self.tr("Checking…"))
        self.till.tasks.run(lambda: login(self.till.db, pin), self._ok, self._wrong)

    def _ok(self, user) -> None:
        self.message.clear()
        self.logged_in.emit(user)

    def _wrong(self, exc: Exception) -> None:
        self.message.setText(str(exc))
        self.pin.setFocus()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.pin.setFocus()
