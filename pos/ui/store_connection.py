"""The connection to the central online store: address, API key, a connection test, connect.

The same form sits in the first-run wizard and in its own dialog (manager menu). Testing and
connecting talk to the network, so both run off the UI thread; the key is never shown again
once saved (it lives in the OS keyring or a user-only file).
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from pos.ui.dialogs import manager_present
from pos.ui.setup_forms import button_row
from sync.connect import connect_store, current_link, test_connection


class StoreConnectionForm(QWidget):
    connected = Signal(object)  # sync.connect.StoreLink

    def __init__(self, tasks, data_dir, parent=None):
        super().__init__(parent)
        self.setObjectName("storeConnectionForm")
        self.tasks, self.data_dir = tasks, data_dir
        self.tested_ok: tuple[str, str] | None = None  # (url, key) the store accepted
        self.url = QLineEdit(objectName="storeUrlInput",
                             placeholderText="https://shop.example.vn")
        self.api_key = QLineEdit(objectName="storeApiKeyInput", echoMode=QLineEdit.Password,
                                 placeholderText="sk_…")
        self.test_button = QPushButton(self.tr("Test the connection"), objectName="storeTestButton")
        self.test_button.clicked.connect(self.test)
        self.status = QLabel(objectName="storeStatus", wordWrap=True)
        form = QFormLayout()
        form.addRow(QLabel(self.tr("Medusa online store. Leave empty if the shop sells only "
                                   "here; you can connect later in Settings."), wordWrap=True))
        form.addRow(self.tr("Store address"), self.url)
        form.addRow(self.tr("Secret API key"), self.api_key)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addLayout(button_row(self.test_button))
        column.addWidget(self.status)
        column.addStretch()

    def details(self) -> tuple[str, str]:
        return self.url.text().strip(), self.api_key.text().strip()

    def wanted(self) -> bool:
        return any(self.details())

    def tested(self) -> bool:
        return self.tested_ok == self.details()

    def show_saved(self) -> None:
        """What is connected now (read in the background: the keyring may be slow)."""
        self.tasks.run(lambda: current_link(self.data_dir), self._show_link, lambda _e: None)

    def _show_link(self, link) -> None:
        if link is not None:
            self.url.setText(link.url)
            self.status.setText(self.tr("Connected to {0}; the key is kept in {1}. Type a new "
                                        "key to change it.").format(
                link.url, self._storage(link.key_storage)))

    def _storage(self, storage: str) -> str:
        return {"keyring": self.tr("the computer's keyring"),
                "file": self.tr("a file only this user can read")}.get(storage, storage)

    def _busy(self, text: str) -> None:
        self.test_button.setEnabled(False)
        self.status.setText(text)

    def test(self) -> None:
        url, key = self.details()
        self._busy(self.tr("Asking the store…"))
        self.tasks.run(lambda: test_connection(self.data_dir, url, key),
                       lambda answer: self._tested(url, key, answer), self._failed)

    def _tested(self, url: str, key: str, answer: str) -> None:
        self.test_button.setEnabled(True)
        self.tested_ok = (url, key)
        self.status.setText(self.tr("The store answered: {0}.").format(answer))

    def _failed(self, error: Exception) -> None:
        self.test_button.setEnabled(True)
        self.tested_ok = None
        self.status.setText(self.tr("No connection: {0}").format(error))

    def connect_now(self) -> None:
        url, key = self.details()
        self._busy(self.tr("Connecting and preparing the store for this till…"))
        self.tasks.run(lambda: connect_store(self.data_dir, url, key), self._connected,
                       self._failed)

    def _connected(self, link) -> None:
        self.test_button.setEnabled(True)
        self.tested_ok = self.details()
        self.status.setText(self.tr("Connected to {0}. Sales will be sent to it; the till "
                                    "starts syncing at its next start.").format(link.url))
        self.connected.emit(link)


class StoreConnectionDialog(QDialog):
    def __init__(self, till, parent=None):
        super().__init__(parent)
        self.setObjectName("storeConnectionDialog")
        self.setWindowTitle(self.tr("Online store connection"))
        self.form = StoreConnectionForm(till.tasks, till.data_dir, self)
        connect = QPushButton(self.tr("Connect"), objectName="storeConnectButton")
        connect.clicked.connect(self.form.connect_now)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.form)
        column.addLayout(button_row(connect))
        column.addWidget(buttons)
        self.form.show_saved()


def open_store_connection(screen) -> None:
    """Manager menu entry."""
    if manager_present(screen):
        StoreConnectionDialog(screen.till, screen.window()).open()
