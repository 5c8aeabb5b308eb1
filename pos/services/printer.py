"""The shop's receipt printer and cash drawer, as the settings describe them.

The printing itself is `pos.printing.escpos_out`; this module turns settings (or a command
line override) into its options, and records the "no sale" drawer opening in the journal.
"""
from __future__ import annotations

import contextlib
import io
from dataclasses import dataclass, replace
from datetime import datetime, timezone

from pos.db.engine import Database
from pos.i18n import translate
from pos.printing.errors import DEFAULT_TIMEOUT, PrinterConfigError, PrinterUnavailable
from pos.services import journal, permissions
from pos.services.receipts import ReceiptToPrint
from pos.services.settings import ShopSettings
from pos.services.users import UserInfo

MODES = ("raster", "text")


class NoPrinterSetUp(PrinterConfigError):
    def __init__(self):
        super().__init__(translate("Errors", "No receipt printer is set up. Choose one in the "
                                             "printer settings (or pass --printer tcp://IP:9100 "
                                             "on the command line)."))


@dataclass(frozen=True)
class PrinterSetup:
    uri: str
    mode: str = "raster"
    codepage: str = "cp1258"
    codepage_slot: int | None = None  # None: the usual ESC t number for the code page
    paper_width_mm: int = 80
    check_status: bool = True
    drawer_pin: int = 2
    timeout: float = DEFAULT_TIMEOUT

    @classmethod
    def from_settings(cls, settings: ShopSettings, uri: str | None = None,
                      mode: str | None = None) -> PrinterSetup:
        return cls(uri=(uri or settings.printer_uri).strip(), mode=mode or settings.printer_mode,
                   codepage=settings.printer_codepage,
                   codepage_slot=settings.printer_codepage_slot or None,
                   paper_width_mm=settings.paper_width_mm,
                   check_status=settings.printer_check_status, drawer_pin=settings.drawer_pin)

    def check(self) -> None:
        if not self.uri:
            raise NoPrinterSetUp()
        if self.mode not in MODES:
            raise PrinterConfigError(translate("Errors", "Printing mode must be raster or text, "
                                                         "not {0}.").format(repr(self.mode)))

    def options(self) -> dict:
        return dict(codepage=self.codepage, codepage_slot=self.codepage_slot,
                    timeout=self.timeout, check_status=self.check_status)


def print_to_printer(to_print: ReceiptToPrint, setup: PrinterSetup,
                     open_drawer: bool = False) -> bool:
    """Print the receipt (kicking the drawer first when asked); True if the drawer was kicked.

    Raises PrinterUnavailable with advice for the cashier when the printer cannot print.
    """
    setup.check()
    _drivers().print_receipt(to_print.receipt, setup.uri, setup.mode,
                             drawer_pin=setup.drawer_pin if open_drawer else None,
                             fmt=to_print.money, labels=to_print.labels, **setup.options())
    return open_drawer


def open_drawer(setup: PrinterSetup) -> None:
    setup.check()
    _drivers().open_drawer(setup.uri, setup.drawer_pin, timeout=setup.timeout,
                           check_status=setup.check_status)


def try_open_drawer(setup: PrinterSetup) -> bool:
    """After a failed cash receipt: a printer out of paper can still open the drawer."""
    with contextlib.suppress(PrinterUnavailable):
        open_drawer(setup)
        return True
    return False


def print_test_page(setup: PrinterSetup) -> None:
    setup.check()
    _drivers().print_test_page(setup.uri, setup.mode, paper_width_mm=setup.paper_width_mm,
                               **setup.options())


def no_sale(db: Database, setup: PrinterSetup, cashier: UserInfo, approver: UserInfo,
            terminal_id: str) -> None:
    """Open the drawer without a sale: journaled first (who, approved by, when), then kicked.

    The journal entry is written even if the drawer then fails to open: it records that the
    opening was asked for and approved.
    """
    setup.check()
    approver = permissions.authorise(cashier, permissions.NO_SALE, approver)
    with db.transaction() as s:
        journal.append(s, "no_sale", {
            "terminal_id": terminal_id, "cashier": cashier.name, "cashier_id": cashier.id,
            "approved_by": approver.name, "approved_by_id": approver.id,
            "at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        })
    open_drawer(setup)


def receipt_png(to_print: ReceiptToPrint, paper_width_mm: int | None = None) -> bytes:
    """The raster receipt as PNG bytes: exactly what a raster printer prints."""
    receipt = to_print.receipt
    if paper_width_mm:
        receipt = replace(receipt, paper_width_mm=paper_width_mm)
    from pos.printing.raster import receipt_image

    buffer = io.BytesIO()
    receipt_image(receipt, to_print.money, to_print.labels).save(buffer, "PNG")
    return buffer.getvalue()


def _drivers():
    """python-escpos (with PIL, qrcode, python-barcode and its YAML printer database), loaded
    at the first print rather than at every start of the till."""
    from pos.printing import escpos_out

    return escpos_out
