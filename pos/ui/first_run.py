"""The first start of a new shop: a wizard that asks what the till needs, or skips to the demo.

Each page checks its own fields before moving on (nothing is written yet). Finish writes the
settings and the first manager in one transaction, then connects the online store if one was
given (a store that is down does not stop the shop from selling: it can be connected later).
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (QLabel, QLineEdit, QPushButton, QVBoxLayout, QWizard,
                               QWizardPage)

from pos.services.demo import create_demo_shop
from pos.services.settings import ShopSettings
from pos.services.setup import manager_problems, problems_with, set_up_shop
from pos.ui.setup_forms import (BankForm, LanguageForm, MoneyForm, PrinterForm, ScannerForm,
                                SettingsForm, ShopForm, collect_changes, show_all_problems)
from pos.ui.store_connection import StoreConnectionForm
from sync.connect import connect_store


class ManagerForm(SettingsForm):
    keys = ("manager_name", "manager_pin")

    def __init__(self, parent=None):
        super().__init__("managerForm", parent)
        self.name = QLineEdit(objectName="managerNameInput", maxLength=40)
        self.pin = QLineEdit(objectName="firstManagerPinInput", echoMode=QLineEdit.Password,
                             maxLength=8)
        self.pin_again = QLineEdit(objectName="firstManagerPinAgainInput",
                                   echoMode=QLineEdit.Password, maxLength=8)
        self.form.addRow(QLabel(self.tr("The manager can change settings, approve discounts and "
                                        "add cashiers. The PIN is 4 to 8 digits."), wordWrap=True))
        self.form.addRow(self.tr("Manager's name"), self.name)
        self.form.addRow(self.tr("PIN"), self.pin)
        self.form.addRow(self.tr("PIN again"), self.pin_again)

    def title(self) -> str:
        return self.tr("The first manager")

    def load(self, settings) -> None:
        pass

    def changes(self) -> dict:
        return {}

    def problems_here(self) -> dict[str, str]:
        return manager_problems(self.name.text(), self.pin.text(), self.pin_again.text())


class FormPage(QWizardPage):
    """A wizard page around one settings form: the form's fields are checked on Next."""

    def __init__(self, form: SettingsForm, subtitle: str = ""):
        super().__init__()
        self.form = form
        self.setObjectName(f"{form.objectName()}Page")
        self.setTitle(form.title())
        if subtitle:
            self.setSubTitle(subtitle)
        column = QVBoxLayout(self)
        column.addWidget(form)

    def problems_here(self) -> dict[str, str]:
        changes, problems = collect_changes([self.form])
        extra = getattr(self.form, "problems_here", None)
        return {**problems_with(changes), **problems, **(extra() if extra else {})}

    def validatePage(self) -> bool:
        return not show_all_problems([self.form], self.problems_here())


class StorePage(QWizardPage):
    def __init__(self, form: StoreConnectionForm):
        super().__init__()
        self.setObjectName("storePage")
        self.setTitle(self.tr("Online store (optional)"))
        self.form = form
        self.problem = QLabel(objectName="storePageProblem", wordWrap=True)
        self.problem.setStyleSheet("color: #b91c1c")
        column = QVBoxLayout(self)
        column.addWidget(form)
        column.addWidget(self.problem)

    def validatePage(self) -> bool:
        if self.form.wanted() and not self.form.tested():
            self.problem.setText(self.tr("Test the connection first, or empty both fields to "
                                         "connect later."))
            return False
        self.problem.clear()
        return True


class FirstRunWizard(QWizard):
    set_up = Signal(object, str)  # new ShopSettings, a problem with the store ("" if none)
    skipped = Signal()  # the demo shop was created

    def __init__(self, till, parent=None):
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("omnipos — set up your shop"))
        self.till, self.busy = till, False
        self.language, self.shop, self.money = LanguageForm(), ShopForm(), MoneyForm()
        self.manager, self.printer = ManagerForm(), PrinterForm(till.tasks)
        self.scanner, self.bank = ScannerForm(), BankForm()
        self.store = StoreConnectionForm(till.tasks, till.data_dir)
        self.forms = [self.language, self.shop, self.money, self.printer, self.scanner,
                      self.bank]
        defaults = ShopSettings()
        for form in self.forms:
            form.load(defaults)
        self.shop.name.clear()
        self.status = QLabel(objectName="setupStatus", wordWrap=True)
        self._add_pages()
        self.resize(720, 520)

    def _add_pages(self) -> None:
        welcome = FormPage(self.language, self.tr(
            "Welcome! A few questions and the till is ready to sell. Everything can be "
            "changed later in Settings."))
        welcome.setTitle(self.tr("Welcome to omnipos"))
        self.skip_button = QPushButton(self.tr("Skip: open the demo shop"),
                                       objectName="skipToDemoButton")
        self.skip_button.clicked.connect(self.skip_to_demo)
        welcome.layout().addWidget(self.skip_button)
        last = FormPage(self.bank)
        last.layout().addWidget(self.status)
        for page in (welcome, FormPage(self.shop), FormPage(self.money), FormPage(self.manager),
                     StorePage(self.store), FormPage(self.printer), FormPage(self.scanner),
                     last):
            self.addPage(page)

    # -- the end: set up, or the demo ------------------------------------------------------
    def accept(self) -> None:
        if self.busy:
            return
        changes, _ = collect_changes(self.forms)  # each page was checked on its way
        name, pin = self.manager.name.text().strip(), self.manager.pin.text()
        store = self.store.details() if self.store.wanted() else None
        db, data_dir = self.till.db, self.till.data_dir
        self._working(self.tr("Setting up the shop…"))
        self.till.tasks.run(lambda: _set_up(db, data_dir, name, pin, changes, store),
                            self._done, self._failed)

    def _working(self, text: str) -> None:
        self.busy = True
        self.status.setText(text)
        self.button(QWizard.FinishButton).setEnabled(False)

    def _done(self, result) -> None:
        settings, store_problem = result
        self.busy = False
        self.set_up.emit(settings, store_problem)
        super().accept()

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self.button(QWizard.FinishButton).setEnabled(True)
        self.status.setText(self.tr("The shop was not set up: {0}").format(error))

    def skip_to_demo(self) -> None:
        if self.busy:
            return
        db = self.till.db
        self._working(self.tr("Opening the demo shop…"))
        self.till.tasks.run(lambda: create_demo_shop(db), lambda _: self._demo_ready(),
                            self._failed)

    def _demo_ready(self) -> None:
        self.busy = False
        self.skipped.emit()
        super().accept()


def _set_up(db, data_dir, name: str, pin: str, changes: dict, store) -> tuple:
    """Off the UI thread: the shop in one transaction, then the store if one was given."""
    settings = set_up_shop(db, name, pin, **changes)
    if store is None:
        return settings, ""
    try:
        connect_store(data_dir, *store)
    except Exception as error:  # offline is normal: the shop sells, connect later
        return settings, str(error)
    return settings, ""


class FirstStart(QObject):
    """Shows the wizard, then the till (with sync when a store was connected)."""

    def __init__(self, till, open_till):
        super().__init__()
        self.wizard = FirstRunWizard(till)
        self.open_till = open_till
        self.wizard.set_up.connect(lambda _settings, problem: self._finish(problem))
        self.wizard.skipped.connect(lambda: self._finish(""))

    def show(self) -> None:
        self.wizard.show()

    def _finish(self, store_problem: str) -> None:
        self.open_till(store_problem)
