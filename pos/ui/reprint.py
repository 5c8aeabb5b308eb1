"""Reprint a past receipt: type its number, see the receipt exactly as it prints, print a copy.
A return receipt is found by its number (T1-R000001) or by the original receipt's: the sale's
returns are listed under it (arrows choose which one is shown and printed)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QPushButton, QScrollArea, QVBoxLayout)

from pos.services.print_queue import document_for, related_documents
from pos.services.printer import receipt_png
from pos.ui.screen_fit import size_within_screen


class ReprintDialog(QDialog):
    def __init__(self, till, controller, receipt_no: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("reprintDialog")
        self.setWindowTitle(self.tr("Reprint a receipt"))
        size_within_screen(self, 560, 760)
        self.till, self.controller = till, controller
        self.shown_receipt: str | None = None
        self._build(receipt_no)

    def _build(self, receipt_no: str) -> None:
        self.number = QLineEdit(receipt_no, objectName="reprintNumber",
                                placeholderText=self.tr("Receipt number, e.g. T1-000001"))
        self.number.returnPressed.connect(self.show_receipt)
        # autoDefault off: Enter in the number field shows a receipt, never prints a copy
        show = QPushButton(self.tr("Show"), objectName="reprintShowButton", autoDefault=False)
        show.clicked.connect(self.show_receipt)
        self.error = QLabel(objectName="reprintError", wordWrap=True)
        self.documents = QListWidget(objectName="reprintDocuments", maximumHeight=90)
        self.documents.currentTextChanged.connect(self._show_document)
        self.documents.hide()
        self.preview = QLabel(objectName="receiptPreview", alignment=Qt.AlignHCenter)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(self.preview)
        self.print_button = QPushButton(self.tr("Print a copy"), objectName="reprintPrintButton",
                                        enabled=False, autoDefault=False)
        self.print_button.clicked.connect(self.print_copy)
        close = QPushButton(self.tr("Close"), objectName="reprintCloseButton",
                            autoDefault=False)
        close.clicked.connect(self.reject)
        top, bottom = QHBoxLayout(), QHBoxLayout()
        top.addWidget(self.number, 1)
        top.addWidget(show)
        bottom.addWidget(self.print_button)
        bottom.addStretch()
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.documents)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)

    def show_receipt(self) -> None:
        ref, t = self.number.text().strip(), self.till
        if not ref:
            self.error.setText(self.tr("Type the receipt number printed on the receipt."))
            return
        self.error.setText(self.tr("Loading…"))
        t.tasks.run(lambda: related_documents(t.db, ref, t.settings), self._list, self._failed)

    def _list(self, labels: list[str]) -> None:
        """The sale's receipt and its returns' (or one return's): the first is shown."""
        self.documents.blockSignals(True)
        self.documents.clear()
        self.documents.addItems(labels)
        self.documents.setCurrentRow(0)
        self.documents.blockSignals(False)
        self.documents.setVisible(len(labels) > 1)
        if len(labels) > 1:
            self.documents.setFocus()  # arrows pick a return receipt
        self._show_document(labels[0])

    def _show_document(self, label: str) -> None:
        if label:
            self.till.tasks.run(lambda: self._render(label), self._show, self._failed)

    def _render(self, ref: str) -> tuple[str, bytes]:
        # Off the UI thread: a database read and a font rendering, in the shop's language.
        to_print = document_for(self.till.db, ref, self.till.settings)
        return to_print.receipt.receipt_no, receipt_png(to_print)

    def _show(self, got: tuple[str, bytes]) -> None:
        receipt_no, png = got
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        self.preview.setPixmap(pixmap)
        self._fit_width(pixmap.width())
        self.shown_receipt = receipt_no
        self.error.setText(self.tr("Receipt {0}").format(receipt_no))
        self.print_button.setEnabled(self.controller.has_printer())
        if not self.controller.has_printer():
            self.error.setText(self.tr("Receipt {0}. No printer is set up: choose one in "
                                       "the printer settings to print a copy.").format(receipt_no))

    def _fit_width(self, receipt_width: int) -> None:
        # An 80 mm receipt is 576 dots wide: show it whole, amounts on the right included.
        scroll = self.findChild(QScrollArea)
        extra = scroll.verticalScrollBar().sizeHint().width() + 2 * scroll.frameWidth() + 40
        if self.width() < receipt_width + extra:
            self.resize(receipt_width + extra, self.height())

    def _failed(self, error: Exception) -> None:
        self.preview.clear()
        self.shown_receipt = None
        self.print_button.setEnabled(False)
        self.error.setText(str(error))

    def print_copy(self) -> None:
        if self.shown_receipt:
            self.controller.reprint(self.shown_receipt)
            self.error.setText(self.tr("Copy of {0} sent to the printer.").format(
                self.shown_receipt))
