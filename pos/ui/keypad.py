"""The PIN keypad of the login screen and of the manager's approval: one widget, a field and
the digits for touch screens. Any PIN length (the shop's setting says how long); the keyboard
and the numeric keypad type into the field as well, Enter submits."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

KEYS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK")
MAX_PIN_LENGTH = 12  # longer than any PIN a shop sets: the setting, not the field, decides


class PinPad(QWidget):
    submitted = Signal()  # OK on the keypad (Enter in the field is the field's returnPressed)

    def __init__(self, field_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pinPad")
        self.field = QLineEdit(objectName=field_name, echoMode=QLineEdit.Password,
                               alignment=Qt.AlignCenter, maxLength=MAX_PIN_LENGTH)
        grid = QGridLayout()
        for i, key in enumerate(KEYS):
            # never takes focus: the field keeps it, so typing and the keypad mix freely
            button = QPushButton(key, objectName="keypadButton", focusPolicy=Qt.NoFocus,
                                 autoDefault=False)
            button.clicked.connect(lambda _=False, k=key: self.press(k))
            grid.addWidget(button, i // 3, i % 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addLayout(grid)
        self.setFocusProxy(self.field)

    def press(self, key: str) -> None:
        if key == "OK":
            self.submitted.emit()
        elif key == "⌫":
            self.field.backspace()
        else:
            self.field.insert(key)

    def text(self) -> str:
        return self.field.text()

    def clear(self) -> None:
        self.field.clear()
