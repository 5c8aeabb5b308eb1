"""Send a receipt to an ESC/POS printer, as a raster image or as code-page text.

Raster is the default: it prints Vietnamese exactly as previewed on any printer that knows
GS v 0. Text mode is for slow serial links, where a raster receipt takes tens of seconds; it
needs the printer to have CP1258 and to overstrike combining tone marks.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Callable, Literal, Mapping

from pos.printing.escpos_cache import use_capabilities_cache

use_capabilities_cache()  # before escpos is first imported (pos/printing/__init__.py)

from escpos.escpos import Escpos  # noqa: E402
from escpos.exceptions import ImageWidthError  # noqa: E402
from PIL import Image  # noqa: E402

from pos.domain.receipt import (
    COLUMNS_BY_PAPER,
    LayoutRow,
    MoneyFormat,
    Receipt,
    ReceiptLine,
    ReceiptTaxBand,
    ReceiptTender,
    RowKind,
    ShopHeader,
    layout,
    plain_money,
)
from pos.printing.codepages import encode_text, known_slot
from pos.printing.printers import DEFAULT_TIMEOUT, PrinterConfigError, check_ready, connected
from pos.printing.raster import PRINTER_DPI, draw_rows

Mode = Literal["raster", "text"]
DrawerPin = Literal[2, 5]
SELECT_CODEPAGE = b"\x1bt"  # ESC t n
QR_MODULE_DOTS = {58: 5, 80: 6}
Job = Callable[[Escpos], None]


def resolve_slot(printer: Escpos, codepage: str, slot: int | None) -> int:
    """The ESC t number: explicit, else from the printer profile, else the Epson table."""
    if slot is not None:
        return slot
    pages = printer.profile.get_code_pages().items()
    by_name = {name.lower(): int(number) for name, number in pages}
    return by_name.get(codepage.lower(), known_slot(codepage))


def text_line(row: LayoutRow, columns: int) -> str:
    """The row padded with spaces, the same alignment rule the raster renderer uses."""
    if row.kind is RowKind.PAIR:
        gap = max(1, columns - len(row.text) - len(row.amount))
        return row.text + " " * gap + row.amount
    if row.kind is RowKind.SEPARATOR:
        return "-" * columns
    spare = columns - len(row.text)
    return " " * {"left": 0, "center": spare // 2, "right": spare}[row.align] + row.text


def _send_code(printer: Escpos, row: LayoutRow, paper_width_mm: int) -> None:
    printer.set(align="center")
    if row.kind is RowKind.BARCODE:
        # "{B" selects Code 128 set B, as ESC/POS GS k function 73 expects.
        printer.barcode("{B" + row.payload, "CODE128", height=64, width=2, pos="OFF",
                        function_type="B")
    else:
        printer.qr(row.payload, native=True, size=QR_MODULE_DOTS[paper_width_mm])
    printer.set(align="left")


def _send_line(printer: Escpos, line: bytes, bold: bool) -> None:
    if bold:
        printer.set(bold=True)
    printer._raw(line + b"\n")
    if bold:
        printer.set(bold=False)


def send_text(printer: Escpos, rows: list[LayoutRow], paper_width_mm: int, codepage: str,
              slot: int) -> None:
    columns = COLUMNS_BY_PAPER[paper_width_mm]
    # Raw bytes on purpose: python-escpos's magic encoder would turn Vietnamese into `?`.
    printer._raw(SELECT_CODEPAGE + bytes([slot]))
    for row in rows:
        if row.kind in (RowKind.BARCODE, RowKind.QR):
            _send_code(printer, row, paper_width_mm)
        elif row.kind is RowKind.FEED:
            printer._raw(b"\n" * row.lines)
        else:
            _send_line(printer, encode_text(text_line(row, columns), codepage), row.bold)


def _declare_paper(printer: Escpos, dots: int) -> None:
    # The generic profile knows no paper width; without one python-escpos cannot check
    # that the image fits, and prints a warning on every receipt.
    data = printer.profile.profile_data
    if str(data.get("media", {}).get("width", {}).get("pixels", "Unknown")) == "Unknown":
        width = {"mm": round(dots * 25.4 / PRINTER_DPI), "pixels": dots}
        printer.profile.profile_data = {**data, "media": {"dpi": PRINTER_DPI, "width": width}}


def send_raster(printer: Escpos, image: Image.Image) -> None:
    _declare_paper(printer, image.width)
    try:
        printer.image(image, impl="bitImageRaster")  # GS v 0, split into 960-dot bands
    except ImageWidthError as error:
        raise PrinterConfigError(
            f"The receipt is {image.width} dots wide, wider than this printer model prints "
            f"({error}): set the paper width to 58 mm or choose the right printer model."
        ) from error


def _check_pin(drawer_pin: int | None) -> None:
    if drawer_pin not in (None, 2, 5):
        raise PrinterConfigError(f"Cash drawer pin must be 2 or 5, not {drawer_pin!r}")


def _rows_job(paper: int, mode: str, rows: list[LayoutRow], codepage: str,
              codepage_slot: int | None) -> Job:
    """Everything that can fail without a printer is done here, before connecting."""
    if mode == "raster":
        image = draw_rows(rows, paper)  # barcode and QR are drawn inside the image
        return lambda printer: send_raster(printer, image)
    if mode == "text":
        encode_text("", codepage)  # an unknown code page fails now, not half-way
        return lambda printer: send_text(
            printer, rows, paper, codepage, resolve_slot(printer, codepage, codepage_slot))
    raise PrinterConfigError(f"Printing mode must be 'raster' or 'text', not {mode!r}")


def print_receipt(
    receipt: Receipt,
    printer_uri: str,
    mode: Mode = "raster",
    codepage: str = "cp1258",
    cut: bool = True,
    drawer_pin: DrawerPin | None = None,
    *,
    fmt: MoneyFormat | None = None,
    labels: Mapping[str, str] | None = None,
    **options,
) -> None:
    """Print one receipt; raises PrinterUnavailable (with advice) when it cannot.
    `options`: timeout, profile, codepage_slot, check_status, as for print_rows."""
    columns = COLUMNS_BY_PAPER[receipt.paper_width_mm]
    rows = layout(receipt, fmt or plain_money(receipt.currency), columns, labels)
    print_rows(rows, receipt.paper_width_mm, printer_uri, mode, codepage, cut, drawer_pin,
               **options)


def print_rows(
    rows: list[LayoutRow],
    paper_width_mm: int,
    printer_uri: str,
    mode: Mode = "raster",
    codepage: str = "cp1258",
    cut: bool = True,
    drawer_pin: DrawerPin | None = None,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    profile: str | None = None,
    codepage_slot: int | None = None,
    check_status: bool = True,
) -> None:
    """Print laid-out rows (a receipt, a shift report); raises PrinterUnavailable when it
    cannot."""
    _check_pin(drawer_pin)
    send = _rows_job(paper_width_mm, mode, rows, codepage, codepage_slot)
    with connected(printer_uri, timeout, profile) as printer:
        if check_status:
            check_ready(printer, printer_uri, need_paper=True)
        printer.hw("INIT")
        if drawer_pin:
            # Kick first: the cashier makes change while the receipt is still printing.
            printer.cashdraw(drawer_pin)
        send(printer)
        if cut:
            printer.cut()  # feeds the receipt past the blade first
        else:
            printer.print_and_feed(6)


def open_drawer(printer_uri: str, pin: DrawerPin = 2, *, timeout: float = DEFAULT_TIMEOUT,
                check_status: bool = True) -> None:
    """Kick the cash drawer wired to the printer (ESC p) without printing anything."""
    _check_pin(pin)
    with connected(printer_uri, timeout) as printer:
        if check_status:
            check_ready(printer, printer_uri, need_paper=False)
        printer.cashdraw(pin)


def self_test_receipt(paper_width_mm: Literal[58, 80] = 80) -> Receipt:
    """A short receipt with every Vietnamese vowel shape, to check fonts and code pages."""
    line = ReceiptLine("Cà phê sữa đá", Decimal(1), "piece", 25000, 25000, (), 25000, 1000)
    return Receipt(
        shop=ShopHeader("omnipos", "Trang in thử / Test page"),
        receipt_no="TEST-0001", sale_uuid="test", created_at=datetime.now().replace(microsecond=0),
        cashier="omnipos", customer=None, lines=(line,), subtotal=25000, discount_total=0,
        tax_bands=(ReceiptTaxBand(1000, 22727, 2273, 25000),), tax_total=2273, rounding=0,
        total=25000, tenders=(ReceiptTender("cash", 25000),), change=0, currency="VND",
        footer="ă â đ ê ô ơ ư · à á ả ã ạ · Ấ Ầ Ẩ Ẫ Ậ · ữ ự ỹ ỵ",
        qr_payload="omnipos test page", paper_width_mm=paper_width_mm,
    )


def print_test_page(printer_uri: str, mode: Mode = "raster", *,
                    paper_width_mm: Literal[58, 80] = 80, **options) -> None:
    """Print `self_test_receipt` with the same options as print_receipt."""
    print_receipt(self_test_receipt(paper_width_mm), printer_uri, mode, **options)
