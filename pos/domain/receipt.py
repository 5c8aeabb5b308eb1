"""A printed receipt as plain data, and the one layout every printer output follows.

Both renderers (raster image and ESC/POS text) draw the same `LayoutRow`s, so a preview,
a raster print and a text print can never disagree about what is on the receipt. The layout
works in character columns (32 on 58 mm paper, 48 on 80 mm); the raster renderer uses a
monospaced font sized to the same grid.
"""

from __future__ import annotations

import enum
import textwrap
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Callable, Literal, Mapping

from pos.domain.text import without_control

MoneyFormat = Callable[[int], str]
Align = Literal["left", "center", "right"]

COLUMNS_BY_PAPER = {58: 32, 80: 48}


def receipt_label(terminal_id: str, receipt_no: int) -> str:
    """The printed receipt number: the till's id and a six-digit sequence (T1-000042)."""
    return f"{terminal_id}-{receipt_no:06d}"


def translate(context: str, text: str) -> str:
    """Marks a label for the catalogue (pyside6-lupdate finds any call named `translate`);
    the domain stays free of languages: pos.services.receipts translates it for the shop."""
    return text


DEFAULT_LABELS: dict[str, str] = {
    "receipt_no": translate("Receipt", "Receipt"),
    "date": translate("Receipt", "Date"),
    "cashier": translate("Receipt", "Cashier"),
    "customer": translate("Receipt", "Customer"),
    "original_receipt": translate("Receipt", "Original receipt"),
    "approved_by": translate("Receipt", "Approved by"),
    "journal_code": translate("Receipt", "Check code"),
    "tax_code": translate("Receipt", "Tax code"),
    "phone": translate("Receipt", "Tel"),
    "subtotal": translate("Receipt", "Subtotal"),
    "discounts": translate("Receipt", "Discounts"),
    "tax_band": translate("Receipt", "VAT {rate}% on {net}"),
    "tax_total": translate("Receipt", "Total VAT"),
    "tax_included": translate("Receipt", "Prices include VAT"),
    "rounding": translate("Receipt", "Cash rounding"),
    "total": translate("Receipt", "TOTAL"),
    "change": translate("Receipt", "Change"),
    "reference": translate("Receipt", "Ref"),
    "tender_cash": translate("Receipt", "Cash"),
    "tender_card": translate("Receipt", "Card"),
    "tender_transfer": translate("Receipt", "Bank transfer"),
    "tender_voucher": translate("Receipt", "Voucher"),
    "tender_points": translate("Receipt", "Points"),
    "tender_on_delivery": translate("Receipt", "To pay on delivery"),
    "ship_from": translate("Receipt", "Delivered from {0}"),
    "deliver_to": translate("Receipt", "Deliver to"),
    "points_used": translate("Receipt", "Points used"),
    "points_earned": translate("Receipt", "Points earned"),
    "points_balance": translate("Receipt", "Points balance"),
    "unit_kg": translate("Receipt", "kg"),
    "times": "x",
    "decimal_point": ".",
    "datetime_format": "%Y-%m-%d %H:%M",
}


@dataclass(frozen=True)
class ShopHeader:
    name: str
    address: str = ""
    tax_code: str = ""
    phone: str = ""


@dataclass(frozen=True)
class ReceiptDiscount:
    label: str
    amount: int  # money taken off, positive; printed as a negative amount


@dataclass(frozen=True)
class ReceiptLine:
    name: str
    quantity: Decimal
    unit: str  # "piece" | "kg"
    unit_price: int
    gross: int  # quantity x unit price, before discounts
    discounts: tuple[ReceiptDiscount, ...]
    total: int  # gross minus discounts
    tax_rate_bp: int  # basis points: 1000 = 10 %
    note: str = ""  # printed under the line (a return: back in stock, or damaged)


@dataclass(frozen=True)
class ReceiptTaxBand:
    rate_bp: int
    net: int
    tax: int
    gross: int


@dataclass(frozen=True)
class ReceiptTender:
    method: str  # "cash", "card", "transfer", ... (label key "tender_<method>")
    amount: int
    reference: str = ""


@dataclass(frozen=True)
class Receipt:
    shop: ShopHeader
    receipt_no: str
    sale_uuid: str
    created_at: datetime
    cashier: str
    customer: str | None
    lines: tuple[ReceiptLine, ...]
    subtotal: int
    discount_total: int
    tax_bands: tuple[ReceiptTaxBand, ...]
    tax_total: int
    rounding: int  # cash rounding, signed, already included in total
    total: int
    tenders: tuple[ReceiptTender, ...]
    change: int
    currency: str
    footer: str = ""
    qr_payload: str | None = None
    paper_width_mm: Literal[58, 80] = 80
    tax_inclusive: bool = True
    points_earned: int = 0  # loyalty: shown only when a customer is on the sale
    points_redeemed: int = 0
    points_balance: int | None = None
    promotions: tuple[ReceiptDiscount, ...] = ()  # what each promotion saved on the sale
    title: str = ""  # printed bold and centred above the facts: a return receipt's "RETURN"
    original_receipt: str = ""  # a return: the receipt the goods were bought on
    approved_by: str = ""  # the manager who approved (a return above the limit)
    # The short code of the sale's journal entry: `pos journal verify --receipt --code`
    journal_code: str = ""
    # goods sold for delivery: who receives them and where (each line says where from)
    deliver_to: tuple[str, ...] = ()


class RowKind(enum.Enum):
    TEXT = "text"
    PAIR = "pair"  # text on the left, amount flush right
    SEPARATOR = "separator"
    BARCODE = "barcode"
    QR = "qr"
    FEED = "feed"


@dataclass(frozen=True)
class LayoutRow:
    kind: RowKind
    text: str = ""
    amount: str = ""
    align: Align = "left"
    bold: bool = False
    payload: str = ""  # barcode / QR content
    lines: int = 1  # blank lines of a FEED row

    def __post_init__(self):
        # Every printed text passes here, raster and text mode alike: a control byte in a
        # product name (ESC p opens the drawer) must never reach the printer as a command.
        for name in ("text", "amount", "payload"):
            object.__setattr__(self, name, without_control(getattr(self, name)))


def text_row(text: str, align: Align = "left", bold: bool = False) -> LayoutRow:
    return LayoutRow(RowKind.TEXT, text=text, align=align, bold=bold)


def pair_row(text: str, amount: str, bold: bool = False) -> LayoutRow:
    return LayoutRow(RowKind.PAIR, text=text, amount=amount, bold=bold)


SEPARATOR = LayoutRow(RowKind.SEPARATOR)


def currency_decimals(currency: str) -> int:
    return 0 if currency.upper() in {"VND", "JPY", "KRW", "CLP", "ISK", "UGX"} else 2


def plain_money(currency: str) -> MoneyFormat:
    """A locale-free fallback; the app passes a babel formatter instead."""
    decimals = currency_decimals(currency)

    def fmt(minor: int) -> str:
        value = Decimal(minor).scaleb(-decimals)
        return f"{value:,.{decimals}f} {currency.upper()}"

    return fmt


def wrap(text: str, width: int, indent: str = "") -> list[str]:
    """Wrap at spaces, NFC first so a Vietnamese letter counts as one column."""
    text = unicodedata.normalize("NFC", text)
    lines = textwrap.wrap(
        text, width, initial_indent=indent, subsequent_indent=indent, break_on_hyphens=False
    )
    return lines or [indent.rstrip()]


def wrapped_text(
    text: str, columns: int, align: Align = "left", bold: bool = False
) -> list[LayoutRow]:
    rows = []
    for paragraph in text.splitlines() or [""]:
        rows += [text_row(line, align, bold) for line in wrap(paragraph, columns)]
    return rows


def wrapped_pair(
    text: str, amount: str, columns: int, indent: str = "", bold: bool = False
) -> list[LayoutRow]:
    """Left text wrapped; the amount goes on the last line, or its own line if no room."""
    amount = unicodedata.normalize("NFC", amount)
    lines = wrap(text, columns, indent)
    rows = [text_row(line, bold=bold) for line in lines[:-1]]
    if len(lines[-1]) + 1 + len(amount) <= columns:
        return rows + [pair_row(lines[-1], amount, bold)]
    return rows + [text_row(lines[-1], bold=bold), pair_row("", amount, bold)]


def format_rate(rate_bp: int) -> str:
    return format(Decimal(rate_bp).scaleb(-2).normalize(), "f")


def format_quantity(quantity: Decimal, decimal_point: str) -> str:
    if quantity == quantity.to_integral_value():
        return str(int(quantity))
    return format(quantity.normalize(), "f").replace(".", decimal_point)


class _ReceiptLayout:
    """Builds the rows section by section; one instance per layout() call."""

    def __init__(self, receipt: Receipt, fmt: MoneyFormat, columns: int, labels: Mapping[str, str]):
        self.r, self.fmt, self.columns, self.labels = receipt, fmt, columns, labels

    def label(self, key: str) -> str:
        return self.labels.get(key, DEFAULT_LABELS.get(key, key))

    def pair(self, text: str, amount: int, indent: str = "", bold: bool = False) -> list[LayoutRow]:
        return wrapped_pair(text, self.fmt(amount), self.columns, indent, bold)

    def header(self) -> list[LayoutRow]:
        shop = self.r.shop
        rows = wrapped_text(shop.name, self.columns, "center", bold=True)
        rows += wrapped_text(shop.address, self.columns, "center") if shop.address else []
        for key, value in (("tax_code", shop.tax_code), ("phone", shop.phone)):
            if value:
                rows += wrapped_text(f"{self.label(key)}: {value}", self.columns, "center")
        return rows + [SEPARATOR]

    def sale_info(self) -> list[LayoutRow]:
        r = self.r
        facts = [
            ("receipt_no", r.receipt_no),
            ("original_receipt", r.original_receipt),
            ("date", r.created_at.strftime(self.label("datetime_format"))),
            ("cashier", r.cashier),
            ("approved_by", r.approved_by),
            ("customer", r.customer),
            ("journal_code", r.journal_code),
        ]
        rows = wrapped_text(r.title, self.columns, "center", bold=True) if r.title else []
        for key, value in facts:
            if value:
                rows += wrapped_text(f"{self.label(key)}: {value}", self.columns)
        return rows + [SEPARATOR]

    def quantity_text(self, line: ReceiptLine) -> str:
        quantity = format_quantity(line.quantity, self.label("decimal_point"))
        unit = f" {self.label('unit_kg')}" if line.unit == "kg" else ""
        return f"{quantity}{unit} {self.label('times')} {self.fmt(line.unit_price)}"

    def item(self, line: ReceiptLine) -> list[LayoutRow]:
        rows = wrapped_text(line.name, self.columns)
        rows += self.pair(self.quantity_text(line), line.gross, indent="  ")
        for discount in line.discounts:
            rows += self.pair(discount.label, -discount.amount, indent="  ")
        if line.note:
            rows += [text_row(text) for text in wrap(line.note, self.columns, "  ")]
        return rows

    def items(self) -> list[LayoutRow]:
        rows = [row for line in self.r.lines for row in self.item(line)]
        return rows + [SEPARATOR]

    def tax(self) -> list[LayoutRow]:
        rows = []
        for band in self.r.tax_bands:
            rate, net = format_rate(band.rate_bp), self.fmt(band.net)
            text = self.label("tax_band").format(rate=rate, net=net)
            rows += self.pair(text, band.tax)
        if len(self.r.tax_bands) > 1:
            rows += self.pair(self.label("tax_total"), self.r.tax_total)
        if self.r.tax_inclusive and self.r.tax_bands:
            rows += wrapped_text(self.label("tax_included"), self.columns)
        return rows

    def totals(self) -> list[LayoutRow]:
        r = self.r
        rows = self.pair(self.label("subtotal"), r.subtotal)
        if r.discount_total:
            rows += self.pair(self.label("discounts"), -r.discount_total)
        for promotion in r.promotions:  # the customer sees what each promotion saved
            rows += self.pair(promotion.label, -promotion.amount, indent="  ")
        rows += self.tax()
        if r.rounding:
            rows += self.pair(self.label("rounding"), r.rounding)
        return rows + self.pair(self.label("total"), r.total, bold=True) + [SEPARATOR]

    def payments(self) -> list[LayoutRow]:
        rows = []
        for tender in self.r.tenders:
            rows += self.pair(self.label(f"tender_{tender.method}"), tender.amount)
            if tender.reference:
                reference = f"  {self.label('reference')}: {tender.reference}"
                rows += wrapped_text(reference, self.columns)
        if self.r.change:
            rows += self.pair(self.label("change"), self.r.change)
        return rows + ([SEPARATOR] if rows else [])

    def delivery(self) -> list[LayoutRow]:
        if not self.r.deliver_to:
            return []
        rows = wrapped_text(f"{self.label('deliver_to')}:", self.columns, bold=True)
        for text in self.r.deliver_to:
            rows += wrapped_text(text, self.columns)
        return rows + [SEPARATOR]

    def loyalty(self) -> list[LayoutRow]:
        r = self.r
        if r.points_balance is None:
            return []
        facts = (("points_used", -r.points_redeemed), ("points_earned", r.points_earned))
        rows = [row for key, points in facts if points
                for row in wrapped_pair(self.label(key), f"{points:+d}", self.columns)]
        rows += wrapped_pair(self.label("points_balance"), str(r.points_balance), self.columns)
        return rows + [SEPARATOR]

    def closing(self) -> list[LayoutRow]:
        rows = wrapped_text(self.r.footer, self.columns, "center") if self.r.footer else []
        rows.append(LayoutRow(RowKind.FEED))
        if is_code128_printable(self.r.receipt_no):
            rows.append(LayoutRow(RowKind.BARCODE, payload=self.r.receipt_no))
        if self.r.qr_payload:
            rows.append(LayoutRow(RowKind.QR, payload=self.r.qr_payload))
        return rows

    def rows(self) -> list[LayoutRow]:
        sections = (self.header, self.sale_info, self.items, self.totals, self.payments,
                    self.delivery, self.loyalty)
        return [row for section in sections for row in section()] + self.closing()


def is_code128_printable(text: str) -> bool:
    # Code 128 set B covers printable ASCII; anything else cannot be a scannable barcode.
    return bool(text) and all(32 <= ord(ch) < 127 for ch in text)


def layout(
    receipt: Receipt,
    fmt: MoneyFormat,
    columns: int,
    labels: Mapping[str, str] | None = None,
) -> list[LayoutRow]:
    """The receipt as ordered rows, every text row at most `columns` characters wide."""
    return _ReceiptLayout(receipt, fmt, columns, labels or {}).rows()
