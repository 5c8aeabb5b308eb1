"""Shifts at the till: offered at login when none is open, and the manager menu's Cash in/out,
X report and Close shift. Every service call goes through `till.tasks`; the Z report is
printed on the printer's own thread after the close has committed."""
from __future__ import annotations

from PySide6.QtCore import QObject

from pos.services import permissions, shifts
from pos.services.errors import ApprovalNeeded
from pos.services.shift_printout import print_report, report_text
from pos.ui.dialogs import ManagerApproval
from pos.ui.shift_dialogs import (BlindCountDialog, CashMovementDialog, CountResultDialog,
                                  OpenShiftDialog, ShiftReportDialog)


class ShiftDesk(QObject):
    """Owned by the main window; the manager menu's entries reach it through the sale screen."""

    def __init__(self, window):
        super().__init__(window)
        self.window, self.till, self.screen = window, window.till, window.sale
        window.ready_to_scan.connect(self.offer_to_open)

    def _run(self, op, on_done) -> None:
        self.till.tasks.run(op, on_done, lambda exc: self.screen.flash("error", str(exc)))

    def _show(self, dialog) -> None:
        """Open a dialog with the wedge scanner paused: typed amounts must not be taken for a
        scan (and a scan must not land in an amount field)."""
        scanner = self.screen.scanner
        scanner.enabled = False
        # Held while open: with only its parent holding it, the float offered at login was
        # sometimes gone before it showed (tests/ui/test_shift_ui.py, about 1 run in 3 on a
        # busy machine; never with this reference).
        self._open_dialog = dialog
        dialog.finished.connect(lambda _: setattr(scanner, "enabled", True))
        dialog.finished.connect(lambda _: setattr(self, "_open_dialog", None))
        dialog.open()

    # -- opening ------------------------------------------------------------------------
    def offer_to_open(self) -> None:
        """After login: no open shift at this till means the cashier counts a float first."""
        t = self.till
        self._run(lambda: shifts.current_shift(t.db, t.settings),
                  lambda shift: None if shift else self.ask_float())

    def ask_float(self) -> None:
        dialog = OpenShiftDialog(self.till.settings.currency, self.window)
        dialog.submitted.connect(self._open)
        dialog.rejected.connect(lambda: self.screen.flash(
            "info", self.tr("No shift open: sales need one (manager menu, F11).")))
        self._show(dialog)

    def _open(self, float_amount: int) -> None:
        t = self.till
        self._run(lambda: shifts.open_shift(t.db, t.user, float_amount, t.settings),
                  lambda shift: self.screen.flash("ok", self.tr(
                      "Shift {0} open, float {1}.").format(shift.id, t.money(shift.opening_float))))

    # -- cash in / out ------------------------------------------------------------------
    def cash_movement(self) -> None:
        dialog = CashMovementDialog(self.till.settings.currency, self.window)
        dialog.submitted.connect(lambda got: self._move_cash(*got))
        self._show(dialog)

    def _move_cash(self, kind: str, amount: int, reason: str) -> None:
        t = self.till
        text = (self.tr("Cash in recorded: {0}.") if kind == "cash_in"
                else self.tr("Cash out recorded: {0}.")).format(t.money(amount))
        self._run(lambda: shifts.move_cash(t.db, t.user, kind, amount, reason, t.settings),
                  lambda _: (self.screen.flash("ok", text), self._open_drawer()))

    def _open_drawer(self) -> None:
        printing = self.window.devices.printing
        if printing.has_printer():
            from pos.services.printer import try_open_drawer

            setup = printing.setup()
            printing.printer.run(lambda: try_open_drawer(setup))

    # -- reports ------------------------------------------------------------------------
    def _text(self, report) -> str:
        return report_text(report, self.till.settings, self.till.money)  # the shop's language

    def x_report(self) -> None:
        t = self.till
        self._run(lambda: self._text(shifts.x_report(t.db, t.settings)),
                  lambda text: self._show(ShiftReportDialog(self.tr("X report"), text, False,
                                                            self.window)))

    # -- closing ------------------------------------------------------------------------
    def close_shift(self) -> None:
        dialog = BlindCountDialog(self.till.settings.currency, self.window)
        dialog.submitted.connect(self._compare)
        self._show(dialog)

    def _compare(self, counted: dict[str, int]) -> None:
        t = self.till
        self._run(lambda: shifts.compare_count(t.db, counted, t.settings),
                  lambda report: self._show_count(report, counted))

    def _show_count(self, report, counted: dict[str, int]) -> None:
        needs = shifts.needs_manager(report, self.till.settings)
        dialog = CountResultDialog(report, self.till.money, needs, self.window)
        dialog.count_again.connect(self.close_shift)
        dialog.close_confirmed.connect(lambda: self._confirm_close(counted, needs))
        self._show(dialog)

    def _confirm_close(self, counted: dict[str, int], needs_manager: bool) -> None:
        if needs_manager and not permissions.may(self.till.user,
                                                 permissions.CLOSE_SHIFT_OVER_SHORT):
            self._ask_manager(counted)
        else:
            self._close(counted, None)

    def _ask_manager(self, counted: dict[str, int]) -> None:
        dialog = ManagerApproval(self.till.db, self.tr("Closing the shift with this over/short "
                                                       "needs a manager."), self.window,
                                 permissions.CLOSE_SHIFT_OVER_SHORT)
        dialog.accepted.connect(lambda: self._close(counted, dialog.result_value))
        self._show(dialog)

    def _close(self, counted: dict[str, int], approver) -> None:
        self.till.tasks.run(
            lambda: self._closed_text(counted, approver),
            self._show_z, lambda exc: self._close_failed(exc, counted))

    def _closed_text(self, counted, approver):
        t = self.till
        z = shifts.close_shift(t.db, t.user, counted, t.settings, approver)
        return z, self._text(z)

    def _close_failed(self, exc: Exception, counted) -> None:
        if isinstance(exc, ApprovalNeeded):  # sales since the count moved it past the limit
            self._ask_manager(counted)
        else:
            self.screen.flash("error", str(exc))

    def _show_z(self, got) -> None:
        dialog = self._z_dialog(*got)
        dialog.finished.connect(lambda _: self.window.show_login())  # next cashier, next shift
        self._show(dialog)
        self.print_z(got[0], dialog)

    def _z_dialog(self, z, text: str) -> ShiftReportDialog:
        dialog = ShiftReportDialog(self.tr("Z report · shift {0}").format(z.shift_id), text,
                                   True, self.window)
        dialog.print_again.connect(lambda: self.print_z(z, dialog))
        return dialog

    def last_z_report(self) -> None:
        """The kept Z report of this till's last closed shift, to read or print again."""
        t = self.till

        def kept():
            z = shifts.z_report(t.db, None, t.settings)
            return z, self._text(z)
        self._run(kept, lambda got: self._show(self._z_dialog(*got)))

    def print_z(self, z, dialog: ShiftReportDialog) -> None:
        printing = self.window.devices.printing
        if not printing.has_printer():
            dialog.show_status(self.tr("No receipt printer is set up: the Z report is kept "
                                       "(manager menu, Last Z report; or `pos report z --shift "
                                       "{0}`).").format(z.shift_id))
            return
        t, setup = self.till, printing.setup()
        dialog.show_status(self.tr("Printing the Z report…"))
        printing.printer.run(lambda: print_report(z, t.settings, setup),
                             lambda _: dialog.show_status(self.tr("Z report printed.")),
                             lambda exc: dialog.show_status(self.tr(
                                 "The Z report was not printed: {0}\nIt is kept: press Print "
                                 "again when the printer is ready.").format(exc)))


# -- the manager menu's entries (pos/ui/back_office.py ENTRIES) --------------------------------

def _desk(screen) -> ShiftDesk:
    return screen.window().shifts


def open_shift(screen) -> None:
    _desk(screen).ask_float()


def cash_in_out(screen) -> None:
    _desk(screen).cash_movement()


def x_report(screen) -> None:
    _desk(screen).x_report()


def close_shift(screen) -> None:
    _desk(screen).close_shift()


def last_z_report(screen) -> None:
    _desk(screen).last_z_report()
