"""The "Points" tab of the payment dialog: the attached customer's loyalty points as a tender.

Offered only with a customer who has points; otherwise it says why (no customer, no points)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from pos.domain.loyalty import redeemable_points
from pos.domain.payment import POINTS, Tender
from pos.services import customers


class PointsTab(QWidget):
    tendered = Signal(object)  # Tender

    def __init__(self, till, customer_id: int | None, parent=None):
        super().__init__(parent)
        self.setObjectName("pointsTab")
        self.till, self.value = till, till.settings.loyalty_point_value
        self.balance, self.used, self.due = 0, 0, 0
        self.status = QLabel(objectName="pointsBalanceLabel", wordWrap=True)
        self.points_input = QLineEdit(objectName="pointsInput",
                                      placeholderText=self.tr("Points to use"))
        # Enter is the payment dialog's: it presses "Use points" (its default button on this
        # tab); a returnPressed handler here as well used the points twice
        self.worth = QLabel(objectName="pointsWorthLabel")
        self.points_input.textChanged.connect(self._show_worth)
        self.use_button = QPushButton(self.tr("Use points"), objectName="usePointsButton")
        self.use_button.clicked.connect(self._use)
        self.error = QLabel(objectName="pointsError", wordWrap=True)
        layout = QVBoxLayout(self)
        for w in (self.status, self.points_input, self.worth, self.use_button, self.error):
            layout.addWidget(w)
        layout.addStretch()
        self._enable(False)
        if customer_id is None:
            self.status.setText(self.tr("Attach the customer (F10) to pay with their points."))
            return
        self.status.setText(self.tr("Looking up the customer's points…"))
        till.tasks.run(lambda: customers.get_customer(till.db, customer_id), self._loaded,
                       lambda exc: self.status.setText(str(exc)))

    def _enable(self, on: bool) -> None:
        self.points_input.setEnabled(on)
        self.use_button.setEnabled(on)

    def _loaded(self, customer) -> None:
        self.name, self.balance = (customer.name, customer.points) if customer else ("", 0)
        self._refresh()

    def set_due(self, due_by_others: int) -> None:
        """What is still to pay before cash; the offer never goes above it."""
        self.due = due_by_others
        if hasattr(self, "name"):
            self._refresh()

    def _refresh(self) -> None:
        left = self.balance - self.used
        if left <= 0:
            self.status.setText(self.tr("{0} has no points to use.").format(self.name))
            self._enable(False)
            return
        self.status.setText(self.tr("{0} has {1} points; one point pays {2}.").format(
            self.name, left, self.till.money(self.value)))
        offer = redeemable_points(left, self.due, self.value)
        self._enable(offer > 0)
        if not self.points_input.hasFocus():
            self.points_input.setText(str(offer) if offer else "")

    def _show_worth(self, text: str) -> None:
        text = text.strip()
        self.worth.setText(self.tr("{0} points pay {1}").format(
            text, self.till.money(int(text) * self.value)) if text.isdigit() else "")

    def _use(self) -> None:
        text = self.points_input.text().strip()
        left = self.balance - self.used
        if not text.isdigit() or int(text) <= 0:
            self.error.setText(self.tr("Type how many points to use (a whole number)."))
            return
        points = int(text)
        if points > left:
            self.error.setText(self.tr("Only {0} points are left.").format(left))
            return
        if points * self.value > self.due:
            self.error.setText(self.tr("That is more than the amount due: use at most {0} "
                                       "points.").format(self.due // self.value))
            return
        self.error.clear()
        self.used += points
        self.points_input.clear()
        # no reference: the receipt's loyalty section says how many points were used
        self.tendered.emit(Tender(POINTS, points * self.value))
