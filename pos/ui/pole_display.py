"""The serial pole display (2 x 20) driven like the customer display window: the same feed
(CustomerDisplayFeed) calls welcome / show_line / show_payment / show_thanks on it."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from pos.devices.pole_display import PoleDisplay, fit, frame, label_and_amount


class PoleDisplayScreen(QObject):
    problem = Signal(str)  # emitted on the writer thread, delivered queued on the UI thread

    def __init__(self, port: str, baud: int, shop_name: str, parent=None):
        super().__init__(parent)
        self.shop_name = shop_name
        self.device = PoleDisplay(port, baud, self.problem.emit)
        self.last_lines: tuple[str, str] = ("", "")

    def start(self) -> None:
        self.device.start()
        self.welcome()

    def stop(self) -> None:
        self.device.stop()

    def _show(self, line1: str, line2: str) -> None:
        self.last_lines = (line1, line2)
        self.device.show_frame(frame(line1, line2))

    def welcome(self) -> None:
        self._show(fit(self.shop_name, "center"), fit(self.tr("Welcome!"), "center"))

    def show_line(self, text: str, total: str) -> None:
        self._show(fit(text.splitlines()[0] if text else ""),
                   label_and_amount(self.tr("Total"), total))

    def show_payment(self, total: str, qr_payload: str | None = None) -> None:
        self._show(fit(self.tr("To pay")), fit(total, "right"))

    def show_thanks(self, total: str, change: str | None) -> None:
        second = label_and_amount(self.tr("Change"), change) if change else fit(total, "right")
        self._show(fit(self.tr("Thank you!"), "center"), second)
