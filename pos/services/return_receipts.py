"""The return receipt: printed after the return committed, in the same layout as a sale's
receipt, headed "Return", with the original receipt and the refund per tender."""
from __future__ import annotations

from decimal import Decimal
from typing import Mapping

from pos.db.engine import Database
from pos.db.return_models import SaleReturn
from pos.domain.receipt import Receipt, ReceiptLine, ReceiptTender, ShopHeader
from pos.services.errors import ServiceError
from pos.services.printer import PrinterSetup, print_to_printer
from pos.i18n import QT_TRANSLATE_NOOP, translate, translated
from pos.services.receipts import (ReceiptToPrint, _paper, local_time, receipt_labels,
                                   shop_language, shop_money)
from pos.services.returns import return_label
from pos.services.settings import ShopSettings

# Labels a return receipt uses instead of a sale's, printed in the shop's language.
RETURN_LABELS = {"receipt_no": QT_TRANSLATE_NOOP("ReturnReceipt", "Return"),
                 "total": QT_TRANSLATE_NOOP("ReturnReceipt", "REFUND"),
                 "subtotal": QT_TRANSLATE_NOOP("ReturnReceipt", "Items returned"),
                 "tender_exchange": QT_TRANSLATE_NOOP("ReturnReceipt", "Exchange credit"),
                 "original": QT_TRANSLATE_NOOP("ReturnReceipt", "Original receipt: {0}"),
                 "damaged": QT_TRANSLATE_NOOP("ReturnReceipt", "(damaged)")}


def return_receipt(db: Database, return_id: str, settings: ShopSettings,
                   labels: Mapping[str, str] | None = None) -> ReceiptToPrint:
    own = translated("ReturnReceipt", RETURN_LABELS, shop_language(settings))
    merged = {**receipt_labels(settings), **own, **(labels or {})}
    with db.session() as s:
        ret = s.get(SaleReturn, return_id)
        if ret is None:
            raise ServiceError(translate("Errors", "Return {0} does not exist.").format(return_id))
        receipt = _receipt(ret, settings, merged)
    return ReceiptToPrint(receipt, shop_money(settings), merged)


def _receipt(ret: SaleReturn, settings: ShopSettings, labels: Mapping[str, str]) -> Receipt:
    items = sum(l.total for l in ret.lines)
    footer = "\n".join(filter(None, [labels["original"].format(ret.original_ref), ret.reason,
                                     settings.receipt_footer]))
    return Receipt(
        shop=ShopHeader(settings.shop_name, settings.shop_address, settings.shop_tax_code,
                        settings.shop_phone),
        receipt_no=return_label(ret.terminal_id, ret.return_no), sale_uuid=ret.id,
        created_at=local_time(ret.created_at), cashier="", customer=None,
        lines=tuple(_line(l, labels) for l in ret.lines), subtotal=items, discount_total=0,
        tax_bands=(), tax_total=ret.tax_total, rounding=ret.rounding, total=ret.total,
        tenders=tuple(ReceiptTender(r.method, r.amount, r.reference) for r in ret.refunds),
        change=0, currency=ret.currency, footer=footer, paper_width_mm=_paper(settings),
        tax_inclusive=settings.tax_inclusive)


def _line(line, labels: Mapping[str, str]) -> ReceiptLine:
    quantity = Decimal(line.quantity_milli).scaleb(-3).normalize()
    name = line.name if line.restock else f"{line.name} {labels['damaged']}"
    unit_price = int(line.total / quantity) if quantity else line.total
    return ReceiptLine(name, quantity, line.unit, unit_price, line.total, (), line.total,
                       line.tax_rate_bp)


def print_return_receipt(db: Database, return_id: str, settings: ShopSettings,
                         labels: Mapping[str, str] | None = None) -> bool:
    """Prints it when a printer is set up (and kicks the drawer for a cash refund); False
    when the till has no printer. Call after the return committed, off the UI thread."""
    if not settings.printer_uri.strip():
        return False
    to_print = return_receipt(db, return_id, settings, labels)
    cash = any(t.method == "cash" for t in to_print.receipt.tenders)
    print_to_printer(to_print, PrinterSetup.from_settings(settings), open_drawer=cash)
    return True
