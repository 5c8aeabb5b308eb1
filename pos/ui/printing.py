"""Receipts at the counter: queue after the sale (or the return), print on the printer's own
thread, show problems with Retry / Reprint later / Skip.

Printing runs on a second Tasks runner, never on the services one: a printer that takes its
full timeout to fail must not delay the next scan. Every print goes through the print queue
(`pos.services.print_queue`), which claims a job before printing it, so a Retry pressed while
an automatic retry is already printing cannot print the receipt twice.
"""
from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from pos.services import print_queue
from pos.services.printer import DEFAULT_TIMEOUT, PrinterSetup, no_sale, print_test_page
from pos.ui.tasks import Tasks

log = logging.getLogger(__name__)
AUTO_RETRY_MS = 5000
KEY = "print_controller"  # in Till.extras: screens that print (returns) find it there


def controller(till) -> PrintController | None:
    """The till's print controller, once the counter window made it."""
    return till.extras.get(KEY)


class PrintController(QObject):
    """Owns the printing thread and the list of receipts that did not print."""

    problem = Signal(object)  # PrintOutcome that failed: show it
    printed = Signal(object)  # PrintOutcome that printed
    waiting_changed = Signal(int)  # receipts queued or failed
    message = Signal(str, str)  # (state, text) for the cashier: "ok" | "error"

    def __init__(self, till, parent: QObject | None = None):
        super().__init__(parent)
        self.till = till
        self.printer = Tasks(self)  # its own thread: a dead printer never delays a scan
        self.undecided: dict[int, print_queue.PrintOutcome] = {}  # failed, cashier not asked yet
        self.later: set[int] = set()
        self.timeout = DEFAULT_TIMEOUT  # seconds a printer may take to answer
        self.closed = False  # after shutdown(), late results and clicks are ignored
        self.auto_retry = QTimer(self, interval=AUTO_RETRY_MS, timeout=self._retry_undecided)
        till.extras[KEY] = self

    # -- after a sale -------------------------------------------------------------------
    def has_printer(self) -> bool:
        return bool(self.till.settings.printer_uri.strip())

    def sale_completed(self, sale) -> None:
        """Queue the receipt (after the commit, in its own transaction), then print it."""
        if not self.has_printer():
            return
        t = self.till
        t.tasks.run(lambda: print_queue.queue_receipt(t.db, sale.id, open_drawer=sale.paid_cash),
                    self.print_job, self._report)

    def return_completed(self, done) -> None:
        """A return (or an exchange's return) committed: queue its receipt, then print it;
        the drawer opens for a cash refund."""
        if not self.has_printer():
            return
        t, cash = self.till, done.cash_out > 0
        t.tasks.run(lambda: print_queue.queue_return_receipt(t.db, done.id, open_drawer=cash),
                    self.print_job, self._report)

    def reprint(self, ref: str) -> None:
        t = self.till
        t.tasks.run(lambda: print_queue.queue_reprint(t.db, ref, t.settings), self.print_job,
                    self._report)

    def print_job(self, job_id: int) -> None:
        if self.closed:
            return
        t, setup = self.till, self.setup()  # receipts print in the shop's language
        self.printer.run(lambda: print_queue.print_job(t.db, job_id, t.settings, setup=setup),
                         self._printed, self._report)

    def _printed(self, outcome) -> None:
        if outcome is None or self.closed:
            return  # already printed, printing or skipped: nothing to do
        if outcome.printed:
            self.undecided.pop(outcome.job.id, None)
            self.later.discard(outcome.job.id)
            self.printed.emit(outcome)
        elif outcome.job.id not in self.later:
            self.undecided[outcome.job.id] = outcome
            self.problem.emit(outcome)
        self._retry_timer()
        self.refresh_waiting()

    def _report(self, error: Exception) -> None:
        log.warning("printing: %s", error)
        self.message.emit("error", str(error))

    # -- the cashier's choices ----------------------------------------------------------
    def retry(self, job_id: int) -> None:
        self.later.discard(job_id)
        self.print_job(job_id)

    def print_later(self, job_id: int) -> None:
        """Leave it in the queue; it prints only when asked (waiting receipts, Reprint)."""
        self.undecided.pop(job_id, None)
        self.later.add(job_id)
        self._retry_timer()

    def skip(self, job_id: int) -> None:
        self.undecided.pop(job_id, None)
        self.later.discard(job_id)
        self._retry_timer()
        t = self.till
        t.tasks.run(lambda: print_queue.skip(t.db, job_id), lambda _: self.refresh_waiting(),
                    self._report)

    def print_waiting(self) -> None:
        """Print every receipt still in the queue, oldest first."""
        t = self.till
        t.tasks.run(lambda: print_queue.waiting_jobs(t.db),
                    lambda jobs: [self.retry(job.id) for job in jobs], self._report)

    def _retry_undecided(self) -> None:
        if self.printer.pending:
            return  # the last attempt is still waiting for the printer's timeout
        for job_id in list(self.undecided):
            self.print_job(job_id)

    def _retry_timer(self) -> None:
        if self.undecided and not self.auto_retry.isActive():
            self.auto_retry.start()
        elif not self.undecided:
            self.auto_retry.stop()

    # -- queue state --------------------------------------------------------------------
    def start(self) -> None:
        """At log-in: a job a crash left half-printed waits for the cashier's decision."""
        t = self.till
        t.tasks.run(lambda: (print_queue.recover_interrupted(t.db), print_queue.waiting_jobs(t.db)),
                    lambda got: self._show_left_over(got[1]), self._report)

    def _show_left_over(self, jobs) -> None:
        for job in jobs:
            if job.status == print_queue.FAILED and job.id not in self.later:
                self.later.add(job.id)  # from an earlier session: print only when asked
        self.waiting_changed.emit(len(jobs))

    def refresh_waiting(self) -> None:
        if self.closed:
            return
        t = self.till
        t.tasks.run(lambda: len(print_queue.waiting_jobs(t.db)), self.waiting_changed.emit,
                    self._report)

    # -- drawer and test page -----------------------------------------------------------
    def setup(self) -> PrinterSetup:
        return replace(PrinterSetup.from_settings(self.till.settings), timeout=self.timeout)

    def no_sale(self, approver) -> None:
        t, setup = self.till, self.setup()
        self.printer.run(lambda: no_sale(t.db, setup, t.user, approver, t.settings.terminal_id),
                         lambda _: self.message.emit("ok", self.tr("Drawer opened (no sale).")),
                         self._report)

    def test_page(self, setup: PrinterSetup, on_done, on_failure) -> None:
        self.printer.run(lambda: print_test_page(setup), on_done, on_failure)

    def shutdown(self) -> None:
        self.closed = True
        if self.till.extras.get(KEY) is self:
            del self.till.extras[KEY]
        self.auto_retry.stop()
        self.printer.shutdown()


class PrintProblemBanner(QFrame):
    """Non-modal: the cashier keeps selling while the receipt waits."""

    def __init__(self, controller: PrintController, parent=None):
        super().__init__(parent)
        self.setObjectName("printProblem")
        self.controller = controller
        self.job_id: int | None = None
        self.text = QLabel(objectName="printProblemMessage", wordWrap=True)
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        for name, label, slot in (
            ("printRetryButton", self.tr("Retry"), self._retry),
            ("printLaterButton", self.tr("Reprint later"), self._later),
            ("printSkipButton", self.tr("Skip"), self._skip),
        ):
            button = QPushButton(label, objectName=name, focusPolicy=Qt.NoFocus)  # scans go on
            button.clicked.connect(slot)
            row.addWidget(button)
        controller.problem.connect(self.show_problem)
        controller.printed.connect(self._printed)
        self.hide()

    def show_problem(self, outcome) -> None:
        self.job_id = outcome.job.id
        if outcome.job.is_return:
            text = self.tr("Return receipt {receipt} was not printed. The return is saved.\n"
                           "{error}")
        else:
            text = self.tr("Receipt {receipt} was not printed. The sale is saved.\n{error}")
        self.text.setText(text.format(receipt=outcome.job.receipt_label, error=outcome.error))
        self.show()

    def _printed(self, outcome) -> None:
        if outcome.job.id == self.job_id:
            self._next()

    def _next(self) -> None:
        self.job_id = None
        waiting = list(self.controller.undecided.values())
        if waiting:
            self.show_problem(waiting[-1])
        else:
            self.hide()

    def _retry(self) -> None:
        if self.job_id is not None:
            self.text.setText(self.tr("Printing again…"))
            self.controller.retry(self.job_id)

    def _later(self) -> None:
        if self.job_id is not None:
            self.controller.print_later(self.job_id)
        self._next()

    def _skip(self) -> None:
        if self.job_id is not None:
            self.controller.skip(self.job_id)
        self._next()
