"""The receipt printer settings: address, mode, code page, paper, drawer pin, test page.

Text mode is offered only after a text test page printed on this printer with this code page:
a wrong code page prints garbage instead of Vietnamese, and only the paper shows it.
"""
from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout)

from pos.printing.codepages import EPSON_SLOTS
from pos.services.printer import PrinterSetup
from pos.services.settings import save_settings

RASTER, TEXT = 0, 1  # rows of the mode list


class PrinterSettingsDialog(QDialog):
    def __init__(self, till, controller, parent=None):
        super().__init__(parent)
        self.setObjectName("printerSettings")
        self.setWindowTitle(self.tr("Receipt printer"))
        self.till, self.controller = till, controller
        s = till.settings
        # (uri, code page, slot) that printed a good text page; the saved text setup counts.
        self.text_tested = {(s.printer_uri, s.printer_codepage, s.printer_codepage_slot)} \
            if s.printer_mode == "text" else set()
        self._build()
        self._load(s)
        self._update_text_mode()

    # -- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        self.uri = QLineEdit(objectName="printerUriInput",
                             placeholderText="tcp://192.168.1.50:9100")
        self.mode = QComboBox(objectName="printerModeInput")
        self.mode.addItem(self.tr("Image (raster): any printer, recommended"), "raster")
        self.mode.addItem(self.tr("Text with a code page: faster on serial printers"), "text")
        self.codepage = QComboBox(objectName="printerCodepageInput")
        for name in EPSON_SLOTS:
            self.codepage.addItem(name.upper(), name)
        self.slot = QSpinBox(objectName="printerCodepageSlotInput", maximum=255,
                             specialValueText=self.tr("usual number"))
        self.paper = QComboBox(objectName="paperWidthInput")
        self.paper.addItem(self.tr("80 mm"), 80)
        self.paper.addItem(self.tr("58 mm"), 58)
        self.drawer_pin = QComboBox(objectName="drawerPinInput")
        self.drawer_pin.addItem(self.tr("Pin 2 (most drawers)"), 2)
        self.drawer_pin.addItem(self.tr("Pin 5"), 5)
        self.check_status = QCheckBox(self.tr("Ask the printer if it is ready before each receipt"),
                                      objectName="printerCheckStatusInput")
        self.status = QLabel(objectName="printerTestStatus", wordWrap=True)
        form = QFormLayout()
        form.addRow(self.tr("Printer address"), self.uri)
        form.addRow(self.tr("Printing mode"), self.mode)
        form.addRow(self.tr("Code page (text mode)"), self.codepage)
        form.addRow(self.tr("Code page number on the printer"), self.slot)
        form.addRow(self.tr("Paper width"), self.paper)
        form.addRow(self.tr("Cash drawer"), self.drawer_pin)
        form.addRow(self.check_status)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(self._test_buttons())
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Save).setObjectName("printerSaveButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for field in (self.uri.textChanged, self.codepage.currentIndexChanged,
                      self.slot.valueChanged):
            field.connect(self._update_text_mode)

    def _test_buttons(self) -> QHBoxLayout:
        self.test_button = QPushButton(self.tr("Print test page"), objectName="printTestPageButton")
        self.test_button.clicked.connect(lambda: self.print_test(self.chosen_mode()))
        self.text_test_button = QPushButton(self.tr("Test text mode"),
                                            objectName="testTextModeButton")
        self.text_test_button.clicked.connect(lambda: self.print_test("text"))
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addWidget(self.text_test_button)
        return row

    def _load(self, s) -> None:
        self.uri.setText(s.printer_uri)
        self.mode.setCurrentIndex(TEXT if s.printer_mode == "text" else RASTER)
        _select(self.codepage, s.printer_codepage.lower())
        self.slot.setValue(s.printer_codepage_slot)
        _select(self.paper, s.paper_width_mm)
        _select(self.drawer_pin, s.drawer_pin)
        self.check_status.setChecked(s.printer_check_status)

    # -- behaviour ----------------------------------------------------------------------
    def text_key(self) -> tuple[str, str, int]:
        return (self.uri.text().strip(), self.codepage.currentData(), self.slot.value())

    def _update_text_mode(self) -> None:
        allowed = self.text_key() in self.text_tested
        self.mode.model().item(TEXT).setEnabled(allowed)
        if not allowed and self.mode.currentIndex() == TEXT:
            self.mode.setCurrentIndex(RASTER)

    def chosen_mode(self) -> str:
        return self.mode.currentData()

    def setup(self, mode: str) -> PrinterSetup:
        return PrinterSetup(uri=self.uri.text().strip(), mode=mode,
                            codepage=self.codepage.currentData(),
                            codepage_slot=self.slot.value() or None,
                            paper_width_mm=self.paper.currentData(),
                            check_status=self.check_status.isChecked(),
                            drawer_pin=self.drawer_pin.currentData())

    def print_test(self, mode: str) -> None:
        key = self.text_key()
        self._testing(True)
        self.status.setText(self.tr("Printing a test page…"))
        self.controller.test_page(self.setup(mode), lambda _: self._test_printed(mode, key),
                                  self._test_failed)

    def _testing(self, busy: bool) -> None:
        self.test_button.setEnabled(not busy)
        self.text_test_button.setEnabled(not busy)

    def _test_printed(self, mode: str, key) -> None:
        self._testing(False)
        if mode != "text":
            self.status.setText(self.tr("Test page printed. Check the Vietnamese letters, the "
                                        "barcode and the QR code on it."))
            return
        self.text_tested.add(key)
        self._update_text_mode()
        self.status.setText(self.tr("Text test page printed. If every Vietnamese letter on it "
                                    "is right, you can choose text mode; otherwise try another "
                                    "code page number or keep the image mode."))

    def _test_failed(self, error: Exception) -> None:
        self._testing(False)
        self.status.setText(self.tr("The test page did not print: {0}").format(error))

    def save(self) -> None:
        setup, t = self.setup(self.chosen_mode()), self.till
        changes = dict(printer_uri=setup.uri, printer_mode=setup.mode,
                       printer_codepage=setup.codepage,
                       printer_codepage_slot=setup.codepage_slot or 0,
                       paper_width_mm=setup.paper_width_mm, drawer_pin=setup.drawer_pin,
                       printer_check_status=setup.check_status)
        t.tasks.run(lambda: save_settings(t.db, **changes), self._saved,
                    lambda error: self.status.setText(str(error)))

    def _saved(self, settings) -> None:
        self.till.settings = settings
        self.accept()


def _select(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))
