"""The receipt print queue: a job row per receipt, written after the sale (or the return)
committed. A job prints a sale's receipt (`sale_id`) or a return's receipt (`return_id`).

A job is printed at most once per request. `claim` moves it to "printing" in a write
transaction that only succeeds from "queued" or "failed", so a retry that races a success
finds the job already taken or printed and does nothing. A job left in "printing" by a crash
is not printed again by itself: it becomes "failed" and the cashier decides.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Mapping

from sqlalchemy import select, update

from pos.db.engine import Database
from pos.db.models import PrintJob, Sale, utcnow
from pos.db.return_models import SaleReturn
from pos.i18n import translate
from pos.services.errors import ServiceError
from pos.services.printer import (PrinterSetup, PrinterUnavailable, print_to_printer,
                                  try_open_drawer)
from pos.services.receipts import ReceiptNotFound, ReceiptToPrint, find_sale, receipt_for
from pos.services.return_receipts import find_return, is_return_ref, return_receipt, returns_of
from pos.services.returns import return_label
from pos.domain.receipt import receipt_label
from pos.services.settings import ShopSettings

QUEUED, PRINTING, PRINTED, FAILED, SKIPPED = "queued", "printing", "printed", "failed", "skipped"
WAITING = (QUEUED, FAILED)
log = logging.getLogger(__name__)
INTERRUPTED = "Printing was interrupted (the till closed). Check whether the receipt came out."


@dataclass(frozen=True)
class PrintJobInfo:
    id: int
    sale_id: str
    receipt_label: str
    kind: str
    status: str
    open_drawer: bool
    drawer_opened: bool
    attempts: int
    last_error: str
    created_at: datetime
    return_id: str | None = None  # a return receipt (sale_id is then the original sale, if any)

    @property
    def is_return(self) -> bool:
        return self.return_id is not None


@dataclass(frozen=True)
class PrintOutcome:
    """What happened to one job: printed, or failed with the printer's message."""

    job: PrintJobInfo
    printed: bool
    error: str = ""
    drawer_opened: bool = False


def _info(s, job: PrintJob) -> PrintJobInfo:
    if job.return_id is not None:
        ret = s.get(SaleReturn, job.return_id)
        label = return_label(ret.terminal_id, ret.return_no)
    else:
        sale = s.get(Sale, job.sale_id)
        label = receipt_label(sale.terminal_id, sale.receipt_no)
    return PrintJobInfo(job.id, job.sale_id, label, job.kind, job.status, job.open_drawer,
                        job.drawer_opened, job.attempts, job.last_error, job.created_at,
                        job.return_id)


def job_info(db: Database, job_id: int) -> PrintJobInfo:
    with db.session() as s:
        job = s.get(PrintJob, job_id)
        if job is None:
            raise ServiceError(translate("Errors", "Print job {0} does not exist.").format(job_id))
        return _info(s, job)


def queue_receipt(db: Database, sale_id: str, open_drawer: bool = False) -> int:
    """Queue the receipt of a committed sale; call only after complete_sale returned."""
    with db.transaction() as s:
        if s.get(Sale, sale_id) is None:
            raise ReceiptNotFound(sale_id)
        job = PrintJob(sale_id=sale_id, kind="receipt", open_drawer=open_drawer)
        s.add(job)
        s.flush()
        return job.id


def queue_return_receipt(db: Database, return_id: str, open_drawer: bool = False) -> int:
    """Queue the receipt of a committed return (or exchange); call only after it returned.
    `open_drawer`: cash was refunded."""
    with db.transaction() as s:
        ret = find_return(s, return_id)
        job = PrintJob(sale_id=ret.sale_id, return_id=ret.id, kind="receipt",
                       open_drawer=open_drawer)
        s.add(job)
        s.flush()
        return job.id


def queue_reprint(db: Database, ref: str, settings: ShopSettings) -> int:
    """Queue a copy of any past receipt (by UUID, T1-000001 or number) or return receipt
    (T1-R000001); never opens the drawer."""
    with db.transaction() as s:
        if is_return_ref(ref):
            ret = find_return(s, ref)
            job = PrintJob(sale_id=ret.sale_id, return_id=ret.id, kind="reprint")
        else:
            job = PrintJob(sale_id=find_sale(s, ref, settings.terminal_id).id, kind="reprint")
        s.add(job)
        s.flush()
        return job.id


def document_for(db: Database, ref: str, settings: ShopSettings,
                 labels: Mapping[str, str] | None = None) -> ReceiptToPrint:
    """A sale's receipt (T1-000001) or a return's (T1-R000001), as it prints."""
    if is_return_ref(ref):
        return return_receipt(db, ref, settings, labels)
    return receipt_for(db, ref, settings, labels)


def related_documents(db: Database, ref: str, settings: ShopSettings) -> list[str]:
    """What can be reprinted for what the cashier typed: a sale's receipt and the receipts
    of its returns, or the receipt of one return. Raises if nothing has that number."""
    with db.session() as s:
        if is_return_ref(ref):
            return [_return_no(find_return(s, ref))]
        try:
            sale = find_sale(s, ref, settings.terminal_id)
        except ReceiptNotFound:  # an online order or another till's receipt, returned here
            found = returns_of(s, None, ref.strip())
            if not found:
                raise
            return found
        label = receipt_label(sale.terminal_id, sale.receipt_no)
        return [label] + returns_of(s, sale.id, label)


def _return_no(ret: SaleReturn) -> str:
    return return_label(ret.terminal_id, ret.return_no)


def claim(db: Database, job_id: int) -> PrintJobInfo | None:
    """Take a waiting job for printing; None if it is printing, printed or skipped already."""
    with db.transaction() as s:
        taken = s.execute(
            update(PrintJob).where(PrintJob.id == job_id, PrintJob.status.in_(WAITING))
            .values(status=PRINTING, attempts=PrintJob.attempts + 1)
        ).rowcount
        if not taken:
            return None
        job = s.get(PrintJob, job_id)
        s.refresh(job)
        return _info(s, job)


def _finish(db: Database, job_id: int, **values) -> None:
    with db.transaction() as s:
        s.execute(update(PrintJob).where(PrintJob.id == job_id, PrintJob.status == PRINTING)
                  .values(**values))


def mark_printed(db: Database, job_id: int, drawer_opened: bool) -> None:
    _finish(db, job_id, status=PRINTED, printed_at=utcnow(), last_error="",
            drawer_opened=drawer_opened)


def mark_failed(db: Database, job_id: int, error: str, drawer_opened: bool) -> None:
    _finish(db, job_id, status=FAILED, last_error=error, drawer_opened=drawer_opened)


def skip(db: Database, job_id: int) -> None:
    """The cashier chose not to print this receipt (it stays reprintable from the sale)."""
    with db.transaction() as s:
        s.execute(update(PrintJob).where(PrintJob.id == job_id, PrintJob.status.in_(WAITING))
                  .values(status=SKIPPED))


def waiting_jobs(db: Database) -> list[PrintJobInfo]:
    """Receipts queued or failed, oldest first."""
    with db.session() as s:
        jobs = s.scalars(select(PrintJob).where(PrintJob.status.in_(WAITING))
                         .order_by(PrintJob.id)).all()
        return [_info(s, job) for job in jobs]


def recover_interrupted(db: Database) -> int:
    """At start: jobs a crash left in "printing" wait for the cashier, never reprint alone."""
    with db.transaction() as s:
        return s.execute(update(PrintJob).where(PrintJob.status == PRINTING)
                         .values(status=FAILED, last_error=INTERRUPTED)).rowcount


def print_job(db: Database, job_id: int, settings: ShopSettings,
              labels: Mapping[str, str] | None = None,
              setup: PrinterSetup | None = None) -> PrintOutcome | None:
    """Claim, print and record one job. None when it was already taken, printed or skipped."""
    job = claim(db, job_id)
    if job is None:
        return None
    setup = setup or PrinterSetup.from_settings(settings)
    kick = job.open_drawer and not job.drawer_opened
    try:
        to_print = (return_receipt(db, job.return_id, settings, labels) if job.is_return
                    else receipt_for(db, job.sale_id, settings, labels))
        print_to_printer(to_print, setup, open_drawer=kick)
    except Exception as error:  # whatever happened, the job must end retryable, not "printing"
        if not isinstance(error, (PrinterUnavailable, ServiceError)):
            log.exception("receipt %s could not be printed", job.receipt_label)
        opened = job.drawer_opened or (kick and try_open_drawer(setup))
        message = str(error) or type(error).__name__
        mark_failed(db, job_id, message, opened)
        return PrintOutcome(job, False, message, opened)
    mark_printed(db, job_id, job.drawer_opened or kick)
    return PrintOutcome(job, True, drawer_opened=kick)
