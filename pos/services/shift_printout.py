"""X and Z reports on paper, on screen and on the command line: one layout (the receipt's rows,
`pos.domain.receipt`), so the printed Z and `pos report z` can never disagree.

Labels are printed in the shop's language (the catalogue, context "ShiftReport").
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Mapping

from pos.domain.receipt import (COLUMNS_BY_PAPER, SEPARATOR, LayoutRow, MoneyFormat, format_rate,
                                wrapped_pair, wrapped_text)
from pos.i18n import QT_TRANSLATE_NOOP, translated
from pos.services.printer import PrinterSetup
from pos.services.receipts import receipt_labels, shop_language, shop_money
from pos.services.settings import ShopSettings
from pos.services.shift_reports import ShiftReport, TenderFigures

REPORT_LABELS: dict[str, str] = {
    "x_title": QT_TRANSLATE_NOOP("ShiftReport", "X REPORT · shift {shift} (open)"),
    "z_title": QT_TRANSLATE_NOOP("ShiftReport", "Z REPORT · shift {shift}"),
    "till": QT_TRANSLATE_NOOP("ShiftReport", "Till"),
    "opened": QT_TRANSLATE_NOOP("ShiftReport", "Opened"),
    "closed": QT_TRANSLATE_NOOP("ShiftReport", "Closed"),
    "made_at": QT_TRANSLATE_NOOP("ShiftReport", "Printed"),
    "approved_by": QT_TRANSLATE_NOOP("ShiftReport", "Over/short approved by"),
    "sales": QT_TRANSLATE_NOOP("ShiftReport", "Sales"),
    "sales_total": QT_TRANSLATE_NOOP("ShiftReport", "Sales total"),
    "discounts_given": QT_TRANSLATE_NOOP("ShiftReport", "Discounts given"),
    "rounding": QT_TRANSLATE_NOOP("ShiftReport", "Cash rounding"),
    "returns": QT_TRANSLATE_NOOP("ShiftReport", "Returns ({count})"),
    "voids": QT_TRANSLATE_NOOP("ShiftReport", "Voided sales"),
    "no_sales": QT_TRANSLATE_NOOP("ShiftReport", "No-sale drawer openings"),
    "first_receipt": QT_TRANSLATE_NOOP("ShiftReport", "First receipt"),
    "last_receipt": QT_TRANSLATE_NOOP("ShiftReport", "Last receipt"),
    "by_tax": QT_TRANSLATE_NOOP("ShiftReport", "By VAT rate"),
    "tax_band_gross": QT_TRANSLATE_NOOP("ShiftReport", "VAT {rate}%"),
    "tax_net": QT_TRANSLATE_NOOP("ShiftReport", "Net"),
    "tax_tax": QT_TRANSLATE_NOOP("ShiftReport", "VAT"),
    "opening_float": QT_TRANSLATE_NOOP("ShiftReport", "Opening float"),
    "cash_in": QT_TRANSLATE_NOOP("ShiftReport", "Cash in"),
    "cash_out": QT_TRANSLATE_NOOP("ShiftReport", "Cash out"),
    "tender_sales": QT_TRANSLATE_NOOP("ShiftReport", "Taken in sales"),
    "tender_refunds": QT_TRANSLATE_NOOP("ShiftReport", "Refunded"),
    "expected": QT_TRANSLATE_NOOP("ShiftReport", "Expected"),
    "counted": QT_TRANSLATE_NOOP("ShiftReport", "Counted"),
    "over_short": QT_TRANSLATE_NOOP("ShiftReport", "Over (+) / short (-)"),
    "over_short_total": QT_TRANSLATE_NOOP("ShiftReport", "OVER/SHORT"),
    "tender_points": QT_TRANSLATE_NOOP("ShiftReport", "Points"),
}


def local_time(stamp: str | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """A stored UTC stamp ("2026-11-27T07:56:03Z") in the till's local time."""
    if not stamp:
        return ""
    utc = datetime.fromisoformat(stamp.rstrip("Z")).replace(tzinfo=timezone.utc)
    return utc.astimezone().strftime(fmt)


class _ReportLayout:
    def __init__(self, report: ShiftReport, shop_name: str, fmt: MoneyFormat, columns: int,
                 labels: Mapping[str, str]):
        self.r, self.shop_name, self.fmt, self.columns = report, shop_name, fmt, columns
        self.labels = labels

    def label(self, key: str, **values) -> str:
        text = self.labels.get(key) or REPORT_LABELS.get(key) or key
        return text.format(**values) if values else text

    def money(self, text: str, amount: int, indent: str = "", bold: bool = False):
        return wrapped_pair(text, self.fmt(amount), self.columns, indent, bold)

    def fact(self, text: str, value, indent: str = "") -> list[LayoutRow]:
        return wrapped_pair(text, str(value), self.columns, indent)

    def when(self, stamp: str | None) -> str:
        return local_time(stamp, self.label("datetime_format"))

    def header(self) -> list[LayoutRow]:
        r = self.r
        title = self.label("z_title" if r.kind == "Z" else "x_title", shift=r.shift_id)
        rows = wrapped_text(self.shop_name, self.columns, "center", bold=True)
        rows += wrapped_text(title, self.columns, "center", bold=True) + [SEPARATOR]
        rows += self.fact(self.label("till"), r.terminal_id)
        rows += self.fact(self.label("opened"), f"{self.when(r.opened_at)} {r.opened_by}")
        if r.closed_at:
            rows += self.fact(self.label("closed"), f"{self.when(r.closed_at)} {r.closed_by}")
        else:
            rows += self.fact(self.label("made_at"), self.when(r.made_at))
        if r.approved_by:
            rows += self.fact(self.label("approved_by"), r.approved_by)
        return rows + [SEPARATOR]

    def sales(self) -> list[LayoutRow]:
        r = self.r
        rows = self.fact(self.label("sales"), r.sales_count)
        rows += self.money(self.label("sales_total"), r.sales_total, bold=True)
        rows += self.money(self.label("discounts_given"), -r.discounts)
        rows += self.money(self.label("rounding"), r.rounding)
        rows += self.money(self.label("returns", count=r.returns_count), -r.returns_total)
        rows += self.fact(self.label("voids"), r.voids)
        rows += self.fact(self.label("no_sales"), r.no_sales)
        rows += self.fact(self.label("first_receipt"), r.first_receipt or "-")
        rows += self.fact(self.label("last_receipt"), r.last_receipt or "-")
        return rows + [SEPARATOR]

    def taxes(self) -> list[LayoutRow]:
        if not self.r.tax_bands:
            return []
        rows = wrapped_text(self.label("by_tax"), self.columns, bold=True)
        for band in self.r.tax_bands:
            rows += self.money(self.label("tax_band_gross", rate=format_rate(band.rate_bp)),
                               band.gross)
            rows += self.money(self.label("tax_net"), band.net, indent="  ")
            rows += self.money(self.label("tax_tax"), band.tax, indent="  ")
        return rows + [SEPARATOR]

    def tender(self, t: TenderFigures) -> list[LayoutRow]:
        rows = wrapped_text(self.label(f"tender_{t.method}"), self.columns, bold=True)
        if t.method == "cash":
            rows += self.money(self.label("opening_float"), self.r.opening_float, "  ")
        rows += self.money(self.label("tender_sales"), t.sales, "  ")
        rows += self.money(self.label("tender_refunds"), -t.refunds, "  ")
        if t.method == "cash":
            rows += self.money(self.label("cash_in"), self.r.cash_in, "  ")
            rows += self.money(self.label("cash_out"), -self.r.cash_out, "  ")
        rows += self.money(self.label("expected"), t.expected, "  ", bold=True)
        if t.counted is not None:
            rows += self.money(self.label("counted"), t.counted, "  ")
            rows += self.money(self.label("over_short"), t.over_short, "  ")
        return rows

    def tenders(self) -> list[LayoutRow]:
        rows = [row for t in self.r.tenders for row in self.tender(t)] + [SEPARATOR]
        if any(t.counted is not None for t in self.r.tenders):
            rows += self.money(self.label("over_short_total"), self.r.over_short, bold=True)
        return rows

    def rows(self) -> list[LayoutRow]:
        return self.header() + self.sales() + self.taxes() + self.tenders()


def report_rows(report: ShiftReport, settings: ShopSettings, fmt: MoneyFormat,
                labels: Mapping[str, str] | None = None,
                columns: int | None = None) -> list[LayoutRow]:
    """The report as the rows a receipt printer prints (and the screen / CLI show)."""
    own = translated("ShiftReport", REPORT_LABELS, shop_language(settings))
    merged = {**receipt_labels(settings), **own, **(labels or {})}
    columns = columns or COLUMNS_BY_PAPER[settings.paper_width_mm]
    return _ReportLayout(report, settings.shop_name, fmt, columns, merged).rows()


def report_text(report: ShiftReport, settings: ShopSettings, fmt: MoneyFormat,
                labels: Mapping[str, str] | None = None, columns: int | None = None) -> str:
    """The report as plain text, line for line what a text-mode printer prints."""
    from pos.printing.escpos_out import text_line

    columns = columns or COLUMNS_BY_PAPER[settings.paper_width_mm]
    rows = report_rows(report, settings, fmt, labels, columns)
    return "\n".join(text_line(row, columns).rstrip() for row in rows) + "\n"


def print_report(report: ShiftReport, settings: ShopSettings, setup: PrinterSetup,
                 labels: Mapping[str, str] | None = None) -> None:
    """Print the report on the receipt printer; raises PrinterUnavailable when it cannot."""
    from pos.printing import escpos_out  # python-escpos: loaded when something prints

    setup.check()
    rows = report_rows(report, settings, shop_money(settings), labels,
                       COLUMNS_BY_PAPER[setup.paper_width_mm])
    escpos_out.print_rows(rows, setup.paper_width_mm, setup.uri, setup.mode, **setup.options())
