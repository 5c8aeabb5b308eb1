"""The parts of a shop's settings, one small form each: the first-run wizard shows them as
pages, the Settings dialog as tabs. A form loads settings, says what the manager changed,
and shows the problems the services found in its own fields."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from pos.domain.barcode import validate as validate_barcode
from pos.domain.errors import InvalidBarcode
from pos.domain.money import CURRENCIES
from pos.format import format_money
from pos.services.printer import PrinterSetup, print_test_page
from pos.services.settings import ShopSettings
from pos.services.holds import LONGEST_DAYS
from pos.services.setup import SettingsInvalid, parse_tax_rates

ROUNDING_STEPS = {0: (0, 100, 200, 500, 1000), 2: (0, 1, 5, 10)}  # by currency exponent


class SettingsForm(QWidget):
    """One part of the settings; subclasses fill `self.form` and name their fields."""

    keys: tuple[str, ...] = ()

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.form = QFormLayout()
        self.problems = QLabel(objectName=f"{name}Problems", wordWrap=True)
        self.problems.setStyleSheet("color: #b91c1c")
        column = QVBoxLayout(self)
        column.addLayout(self.form)
        column.addStretch()
        column.addWidget(self.problems)

    def title(self) -> str:
        raise NotImplementedError

    def load(self, settings: ShopSettings) -> None:
        raise NotImplementedError

    def changes(self) -> dict:
        """The settings as typed; SettingsInvalid when a field cannot even be read."""
        raise NotImplementedError

    def show_problems(self, problems: dict[str, str]) -> bool:
        """Shows the problems about this form's settings; True if there were any."""
        mine = [why for key, why in problems.items() if key in self.keys]
        self.problems.setText("\n".join(mine))
        return bool(mine)


def _line(name: str, placeholder: str = "", max_length: int = 200) -> QLineEdit:
    return QLineEdit(objectName=name, placeholderText=placeholder, maxLength=max_length)


class ShopForm(SettingsForm):
    keys = ("shop_name", "shop_address", "shop_tax_code", "shop_phone")

    def __init__(self, parent=None):
        super().__init__("shopForm", parent)
        self.name = _line("shopNameInput", self.tr("Tạp hóa Minh Anh"), 80)
        self.address = _line("shopAddressInput", self.tr("12 Nguyễn Huệ, Quận 1, TP.HCM"))
        self.tax_code = _line("shopTaxCodeInput", "0312345678", 14)
        self.phone = _line("shopPhoneInput", "028 3822 1234", 20)
        self.form.addRow(self.tr("Shop name"), self.name)
        self.form.addRow(self.tr("Address"), self.address)
        self.form.addRow(self.tr("Tax code (MST)"), self.tax_code)
        self.form.addRow(self.tr("Phone"), self.phone)

    def title(self) -> str:
        return self.tr("Your shop")

    def load(self, s: ShopSettings) -> None:
        for field, value in ((self.name, s.shop_name), (self.address, s.shop_address),
                             (self.tax_code, s.shop_tax_code), (self.phone, s.shop_phone)):
            field.setText(value)

    def changes(self) -> dict:
        return dict(shop_name=self.name.text().strip(), shop_address=self.address.text().strip(),
                    shop_tax_code=self.tax_code.text().strip(),
                    shop_phone=self.phone.text().strip())


class MoneyForm(SettingsForm):
    keys = ("currency", "tax_inclusive", "tax_rates", "cash_rounding_step")

    def __init__(self, parent=None):
        super().__init__("moneyForm", parent)
        self.currency = QComboBox(objectName="currencyInput")
        for code in CURRENCIES:
            self.currency.addItem(code, code)
        self.tax_inclusive = QCheckBox(self.tr("Prices on the shelf include tax (VAT)"),
                                       objectName="taxInclusiveInput", checked=True)
        self.tax_rates = _line("taxRatesInput", "0, 5, 8, 10", 60)
        self.rounding = QComboBox(objectName="cashRoundingInput")
        self.currency.currentIndexChanged.connect(lambda _: self._fill_rounding(0))
        self.form.addRow(self.tr("Currency"), self.currency)
        self.form.addRow(self.tax_inclusive)
        self.form.addRow(self.tr("Tax rates (%)"), self.tax_rates)
        self.form.addRow(self.tr("Round cash payments to"), self.rounding)
        self._fill_rounding(0)

    def title(self) -> str:
        return self.tr("Money and tax")

    def _fill_rounding(self, selected: int) -> None:
        code = self.currency.currentData()
        self.rounding.clear()
        for step in ROUNDING_STEPS[CURRENCIES[code].exponent]:
            label = format_money(step, code, "vi_VN") if step else self.tr("no rounding")
            self.rounding.addItem(label, step)
        self.rounding.setCurrentIndex(max(self.rounding.findData(selected), 0))

    def load(self, s: ShopSettings) -> None:
        self.currency.setCurrentIndex(max(self.currency.findData(s.currency), 0))
        self._fill_rounding(s.cash_rounding_step)
        self.tax_inclusive.setChecked(s.tax_inclusive)
        self.tax_rates.setText(", ".join(f"{r / 100:g}" for r in s.tax_rates))

    def changes(self) -> dict:
        return dict(currency=self.currency.currentData(),
                    tax_inclusive=self.tax_inclusive.isChecked(),
                    tax_rates=parse_tax_rates(self.tax_rates.text()),
                    cash_rounding_step=self.rounding.currentData())


class LanguageForm(SettingsForm):
    keys = ("language",)

    def __init__(self, parent=None):
        super().__init__("languageForm", parent)
        self.language = QComboBox(objectName="languageInput")
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.form.addRow(self.tr("Language of the till"), self.language)
        self.form.addRow(QLabel(self.tr("Money, numbers and dates follow the language. A new "
                                        "language shows from the next start."), wordWrap=True))

    def title(self) -> str:
        return self.tr("Language")

    def load(self, s: ShopSettings) -> None:
        self.language.setCurrentIndex(max(self.language.findData(s.language or "vi"), 0))

    def changes(self) -> dict:
        return dict(language=self.language.currentData())


class PrinterForm(SettingsForm):
    """The address of the receipt printer and a test page; the finer options (text mode,
    code pages, drawer) stay in the printer settings of the device bar."""

    keys = ("printer_uri", "paper_width_mm")

    def __init__(self, tasks, parent=None):
        super().__init__("printerForm", parent)
        self.tasks = tasks
        self.uri = _line("setupPrinterUriInput", "tcp://192.168.1.50:9100")
        self.paper = QComboBox(objectName="setupPaperWidthInput")
        self.paper.addItem(self.tr("80 mm"), 80)
        self.paper.addItem(self.tr("58 mm"), 58)
        self.test_button = QPushButton(self.tr("Print a test page"),
                                       objectName="setupPrintTestButton")
        self.test_button.clicked.connect(self.print_test)
        self.status = QLabel(objectName="setupPrinterStatus", wordWrap=True)
        self.form.addRow(self.tr("Printer address (empty: no printer)"), self.uri)
        self.form.addRow(self.tr("Paper width"), self.paper)
        self.form.addRow(self.test_button)
        self.form.addRow(self.status)

    def title(self) -> str:
        return self.tr("Receipt printer")

    def load(self, s: ShopSettings) -> None:
        self.uri.setText(s.printer_uri)
        self.paper.setCurrentIndex(max(self.paper.findData(s.paper_width_mm), 0))

    def changes(self) -> dict:
        return dict(printer_uri=self.uri.text().strip(), paper_width_mm=self.paper.currentData())

    def print_test(self) -> None:
        setup = PrinterSetup(uri=self.uri.text().strip(), paper_width_mm=self.paper.currentData())
        self.test_button.setEnabled(False)
        self.status.setText(self.tr("Printing a test page…"))
        self.tasks.run(lambda: print_test_page(setup), self._printed, self._failed)

    def _printed(self, _result) -> None:
        self.test_button.setEnabled(True)
        self.status.setText(self.tr("Test page sent. Check that the Vietnamese letters, the "
                                    "barcode and the QR code on it are right."))

    def _failed(self, error: Exception) -> None:
        self.test_button.setEnabled(True)
        self.status.setText(self.tr("The test page did not print: {0}").format(error))


class ScanTestInput(QLineEdit):
    """Enter ends a test scan here; it must not also press the dialog's default button."""

    def keyPressEvent(self, event) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            event.accept()


class ScannerForm(SettingsForm):
    keys = ("serial_scanner_port",)

    def __init__(self, parent=None):
        super().__init__("scannerForm", parent)
        self.test_input = ScanTestInput(objectName="scanTestInput",
                                        placeholderText=self.tr("click here, then scan any "
                                                                "barcode"))
        self.test_input.returnPressed.connect(self._scanned)
        self.status = QLabel(objectName="scanTestStatus", wordWrap=True)
        self.serial_port = _line("serialScannerPortInput", "/dev/ttyACM0, COM3", 60)
        self.form.addRow(self.tr("Test scan"), self.test_input)
        self.form.addRow(self.status)
        self.form.addRow(self.tr("Serial scanner port (empty: USB keyboard scanner)"),
                         self.serial_port)

    def title(self) -> str:
        return self.tr("Barcode scanner")

    def _scanned(self) -> None:
        code = self.test_input.text().strip()
        self.test_input.clear()
        if not code:
            return
        try:
            canonical = validate_barcode(code)
            self.status.setText(self.tr("The scanner works: it read {0}, a valid product "
                                        "barcode.").format(canonical))
        except InvalidBarcode:
            self.status.setText(self.tr("The scanner sent “{0}”. If that is not what the label "
                                        "says, set the scanner to end with Enter and to a US "
                                        "keyboard layout.").format(code))

    def load(self, s: ShopSettings) -> None:
        self.serial_port.setText(s.serial_scanner_port)

    def changes(self) -> dict:
        return dict(serial_scanner_port=self.serial_port.text().strip())


class BankForm(SettingsForm):
    keys = ("bank_bin", "bank_account", "bank_account_name")

    def __init__(self, parent=None):
        super().__init__("bankForm", parent)
        self.bin = _line("bankBinInput", "970436", 6)
        self.account = _line("bankAccountInput", "0071000123456", 19)
        self.account_name = _line("bankAccountNameInput", "NGUYEN VAN A", 50)
        self.account_name.textEdited.connect(
            lambda text: self.account_name.setText(text.upper()))
        hint = QLabel(self.tr("Customers pay by scanning a VietQR code on the screen; the "
                              "money goes to this account. Leave empty to skip."), wordWrap=True)
        self.form.addRow(hint)
        self.form.addRow(self.tr("Bank BIN"), self.bin)
        self.form.addRow(self.tr("Account number"), self.account)
        self.form.addRow(self.tr("Account name"), self.account_name)

    def title(self) -> str:
        return self.tr("Bank account for VietQR")

    def load(self, s: ShopSettings) -> None:
        self.bin.setText(s.bank_bin)
        self.account.setText(s.bank_account)
        self.account_name.setText(s.bank_account_name)

    def changes(self) -> dict:
        return dict(bank_bin=self.bin.text().strip(), bank_account=self.account.text().strip(),
                    bank_account_name=self.account_name.text().strip())


class BackupForm(SettingsForm):
    keys = ("backup_keep_days",)

    def __init__(self, parent=None):
        super().__init__("backupForm", parent)
        self.keep = QSpinBox(objectName="backupKeepDaysInput", minimum=1, maximum=365)
        self.form.addRow(self.tr("Daily backups to keep"), self.keep)
        note = QLabel(self.tr("A copy of the shop is made every day and before every "
                              "upgrade, in the backups folder next to the database."),
                      wordWrap=True)
        self.form.addRow(note)

    def title(self) -> str:
        return self.tr("Backups")

    def load(self, s: ShopSettings) -> None:
        self.keep.setValue(s.backup_keep_days)

    def changes(self) -> dict:
        return dict(backup_keep_days=self.keep.value())


class OrdersForm(SettingsForm):
    """Click and collect, and holds (issue #15): how long the shop keeps what a customer
    asked for."""

    keys = ("collect_pickup_days", "hold_days")

    def __init__(self, parent=None):
        super().__init__("ordersForm", parent)
        self.pickup = QSpinBox(objectName="collectPickupDaysInput", minimum=1, maximum=60)
        self.form.addRow(self.tr("Days a ready pickup order waits"), self.pickup)
        self.form.addRow(QLabel(self.tr("After that the order is marked not collected and its "
                                        "items can be sold again."), wordWrap=True))
        self.hold = QSpinBox(objectName="holdDaysInput", minimum=1, maximum=LONGEST_DAYS)
        self.form.addRow(self.tr("Days a sale is held for a customer (Shift+F6)"), self.hold)

    def title(self) -> str:
        return self.tr("Orders and holds")

    def load(self, s: ShopSettings) -> None:
        self.pickup.setValue(s.collect_pickup_days)
        self.hold.setValue(s.hold_days)

    def changes(self) -> dict:
        return dict(collect_pickup_days=self.pickup.value(), hold_days=self.hold.value())


def collect_changes(forms: list[SettingsForm]) -> tuple[dict, dict[str, str]]:
    """Every form's changes, and the problems of fields that could not be read."""
    changes, problems = {}, {}
    for form in forms:
        try:
            changes.update(form.changes())
        except SettingsInvalid as invalid:
            problems.update(invalid.problems)
    return changes, problems


def show_all_problems(forms: list[SettingsForm], problems: dict[str, str]) -> SettingsForm | None:
    """Shows each form its problems; returns the first form that has one."""
    first = None
    for form in forms:
        if form.show_problems(problems) and first is None:
            first = form
    return first


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button, 0, Qt.AlignLeft)
    row.addStretch()
    return row
