"""Settings (manager menu): everything the first-run wizard asked, editable later.

All tabs are saved together, after the services checked every field: one transaction, and
nothing is written while any field is wrong (the tab with the problem is shown)."""
from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QPushButton, QTabWidget,
                               QVBoxLayout)

from pos.services.setup import SettingsInvalid, save_shop_settings
from pos.ui.dialogs import manager_present
from pos.ui.loyalty_settings import LoyaltyForm
from pos.ui.returns_settings import ReturnsForm
from pos.ui.setup_forms import (BackupForm, BankForm, LanguageForm, MoneyForm, OrdersForm,
                                PrinterForm, ScannerForm, ShopForm, button_row,
                                collect_changes, show_all_problems)
from pos.ui.store_connection import StoreConnectionForm


class SettingsDialog(QDialog):
    def __init__(self, till, parent=None):
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.till = till
        self.forms = [ShopForm(), MoneyForm(), LanguageForm(), PrinterForm(till.tasks),
                      ScannerForm(), BankForm(), BackupForm(), LoyaltyForm(), ReturnsForm(),
                      OrdersForm()]
        self.tabs = QTabWidget(objectName="settingsTabs")
        for form in self.forms:
            form.load(till.settings)
            self.tabs.addTab(form, form.title())
        self.store = StoreConnectionForm(till.tasks, till.data_dir)
        connect = QPushButton(self.tr("Connect"), objectName="storeConnectButton")
        connect.clicked.connect(self.store.connect_now)
        self.store.layout().insertLayout(2, button_row(connect))
        self.tabs.addTab(self.store, self.tr("Online store"))
        self.store.show_saved()
        self.message = QLabel(objectName="settingsMessage", wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Save).setObjectName("settingsSaveButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.tabs)
        column.addWidget(self.message)
        column.addWidget(buttons)
        self.resize(820, 520)

    def save(self) -> None:
        changes, problems = collect_changes(self.forms)
        if problems:
            self._refused(SettingsInvalid(problems))
            return
        db = self.till.db
        self.message.setText(self.tr("Saving…"))
        self.till.tasks.run(lambda: save_shop_settings(db, **changes), self._saved,
                            self._refused)

    def _refused(self, error: Exception) -> None:
        problems = getattr(error, "problems", None)
        if problems is None:
            self.message.setText(str(error))
            return
        first = show_all_problems(self.forms, problems)
        if first is not None:
            self.tabs.setCurrentWidget(first)
        self.message.setText(self.tr("Nothing was saved: correct the fields shown in red."))

    def _saved(self, settings) -> None:
        self.till.settings = settings
        self.accept()


def open_settings(screen) -> None:
    """Manager menu entry."""
    if manager_present(screen):
        SettingsDialog(screen.till, screen.window()).open()
