"""Returns settings (a tab of Settings in the manager menu): the refund above which a manager
must approve, and whether other tills' receipts and online orders can be returned here."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QSpinBox

from pos.services.settings import ShopSettings
from pos.ui.setup_forms import SettingsForm

MAX_MINOR = 1_000_000_000  # a sanity bound, far above any real refund


class ReturnsForm(SettingsForm):
    keys = ("return_manager_limit", "returns_from_other_tills")

    def __init__(self, parent=None):
        super().__init__("returnsForm", parent)
        # -1 (the minimum) means no refund needs a manager; 0 means every refund does
        self.limit = QSpinBox(objectName="returnManagerLimitInput", minimum=-1,
                              maximum=MAX_MINOR, singleStep=10_000,
                              specialValueText=self.tr("never"))
        self.elsewhere = QCheckBox(self.tr("Take back receipts of the shop's other tills and "
                                           "online orders (asks the online store)"),
                                   objectName="returnsFromOtherTillsCheck")
        self.form.addRow(self.tr("A manager approves refunds above (smallest unit, 0 = every "
                                 "refund)"), self.limit)
        self.form.addRow(self.elsewhere)

    def title(self) -> str:
        return self.tr("Returns")

    def load(self, s: ShopSettings) -> None:
        self.limit.setValue(s.return_manager_limit)
        self.elsewhere.setChecked(s.returns_from_other_tills)

    def changes(self) -> dict:
        return dict(return_manager_limit=self.limit.value(),
                    returns_from_other_tills=self.elsewhere.isChecked())
