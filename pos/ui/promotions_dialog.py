"""The manager's list of promotions (F11 > Promotions): what each gives, coupon uses, and
whether it applies at the till or why not (e.g. an online-only or shipping promotion)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from pos.services import promotions


class PromotionsDialog(QDialog):
    HEADERS = (QT_TRANSLATE_NOOP("PromotionsDialog", "Promotion"),
               QT_TRANSLATE_NOOP("PromotionsDialog", "Code"),
               QT_TRANSLATE_NOOP("PromotionsDialog", "What"),
               QT_TRANSLATE_NOOP("PromotionsDialog", "Uses"),
               QT_TRANSLATE_NOOP("PromotionsDialog", "At the till"))

    def __init__(self, till, parent=None):
        super().__init__(parent)
        self.setObjectName("promotionsDialog")
        self.setWindowTitle(self.tr("Promotions"))
        self.resize(900, 480)
        self.table = QTableWidget(0, len(self.HEADERS), objectName="promotionsTable")
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in self.HEADERS])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.empty = QLabel(objectName="promotionsEmpty", wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.empty, self.table, buttons):
            layout.addWidget(w)
        till.tasks.run(lambda: promotions.list_promotions(till.db, till.money), self.show_list,
                       lambda exc: self.empty.setText(str(exc)))

    def show_list(self, found) -> None:
        self.empty.setText("" if found else self.tr(
            "No promotions yet: they come from the online store with the next sync."))
        self.table.setRowCount(len(found))
        for row, p in enumerate(found):
            for col, text in enumerate((p.name, p.code, p.what, self._uses(p), self._state(p))):
                self.table.setItem(row, col, QTableWidgetItem(text))

    def _uses(self, p) -> str:
        return f"{p.used} / {p.usage_limit}" if p.usage_limit is not None else ""

    def _state(self, p) -> str:
        if not p.active:
            return self.tr("Inactive")
        if p.applies_at_till:
            return self.tr("Applies")
        return self.tr("Not applied at the till: {0}").format(p.reason)


def open_promotions(screen) -> None:
    dialog = PromotionsDialog(screen.till, screen)
    dialog.finished.connect(lambda _: screen.scan_input.setFocus())
    dialog.open()
