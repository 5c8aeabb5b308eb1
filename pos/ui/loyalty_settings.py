"""Loyalty points settings (a tab of Settings in the manager menu): how much a customer
spends for one point, and what one point pays. 0 turns each side off."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSpinBox

from pos.format import format_money
from pos.services.settings import ShopSettings
from pos.ui.setup_forms import SettingsForm

MAX_MINOR = 100_000_000  # a sanity bound, far above any real rate


class LoyaltyForm(SettingsForm):
    keys = ("loyalty_spend_per_point", "loyalty_point_value")

    def __init__(self, parent=None):
        super().__init__("loyaltyForm", parent)
        self.currency, self.locale = "VND", "vi_VN"
        self.spend = QSpinBox(objectName="loyaltySpendInput", maximum=MAX_MINOR,
                              singleStep=1000, specialValueText=self.tr("off"))
        self.value = QSpinBox(objectName="loyaltyPointValueInput", maximum=MAX_MINOR,
                              singleStep=100, specialValueText=self.tr("off"))
        self.summary = QLabel(objectName="loyaltySummary", wordWrap=True)
        for box in (self.spend, self.value):
            box.valueChanged.connect(lambda _: self._summarise())
        self.form.addRow(self.tr("Amount paid for 1 point (smallest unit, 0 = off)"), self.spend)
        self.form.addRow(self.tr("What 1 point pays (smallest unit, 0 = off)"), self.value)
        self.form.addRow(self.summary)

    def title(self) -> str:
        return self.tr("Loyalty points")

    def load(self, s: ShopSettings) -> None:
        self.currency, self.locale = s.currency, s.locale
        self.spend.setValue(s.loyalty_spend_per_point)
        self.value.setValue(s.loyalty_point_value)
        self._summarise()

    def changes(self) -> dict:
        return dict(loyalty_spend_per_point=self.spend.value(),
                    loyalty_point_value=self.value.value())

    def _summarise(self) -> None:
        money = lambda minor: format_money(minor, self.currency, self.locale)  # noqa: E731
        earn = (self.tr("Customers earn 1 point for every {0} paid.").format(
            money(self.spend.value())) if self.spend.value() else
            self.tr("Customers earn no points."))
        pay = (self.tr("100 points pay {0}.").format(money(100 * self.value.value()))
               if self.value.value() else self.tr("Points cannot pay for a sale."))
        self.summary.setText(f"{earn} {pay}")
