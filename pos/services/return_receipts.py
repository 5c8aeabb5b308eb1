"""The return receipt: printed after the return committed (through the print queue, like a
sale's), in the same layout as a sale's receipt, titled "RETURN", with the original receipt,
each line back in stock or damaged, the refund per tender, who made it and who approved it.

A return is found by its UUID or its number (T1-R000001); the returns of a sale by the sale's
receipt (what the customer brings back to the reprint screen)."""
from __future__ import annotations

import re
from collections import defaultdict
from decimal import Decimal
from typing import Mapping

from sqlalchemy import func, select
from sqlalchemy.orm import Session, object_session

from pos.db.customer_models import Customer
from pos.db.engine import Database
from pos.db.models import User
from pos.db.return_models import ReturnLine, SaleReturn
from pos.domain.receipt import Receipt, ReceiptLine, ReceiptTaxBand, ReceiptTender, ShopHeader
from pos.i18n import QT_TRANSLATE_NOOP, translate, translated
from pos.services.errors import ServiceError
from pos.services.printer import PrinterSetup, print_to_printer
from pos.services.receipts import (_UUID, ReceiptToPrint, _paper, local_time, receipt_labels,
                                   shop_language, shop_money)
from pos.services.returns import return_label
from pos.services.settings import ShopSettings

# Labels a return receipt uses instead of (or besides) a sale's, in the shop's language.
RETURN_LABELS = {"title": QT_TRANSLATE_NOOP("ReturnReceipt", "RETURN"),
                 "receipt_no": QT_TRANSLATE_NOOP("ReturnReceipt", "Return"),
                 "total": QT_TRANSLATE_NOOP("ReturnReceipt", "REFUND"),
                 "subtotal": QT_TRANSLATE_NOOP("ReturnReceipt", "Items returned"),
                 "tender_exchange": QT_TRANSLATE_NOOP("ReturnReceipt", "Exchange credit"),
                 "tender_online": QT_TRANSLATE_NOOP("ReturnReceipt", "Online payment"),
                 "restocked": QT_TRANSLATE_NOOP("ReturnReceipt", "Back in stock"),
                 "damaged": QT_TRANSLATE_NOOP("ReturnReceipt", "Damaged: not back in stock")}
_LABEL = re.compile(r"^(?P<terminal>.+)-R(?P<number>\d+)$", re.IGNORECASE)


class ReturnNotFound(ServiceError):
    def __init__(self, ref: str):
        super().__init__(translate("Errors", "No return has number {0}. Check the number printed "
                                             "on the return receipt (for example T1-R000001).")
                             .format(repr(ref)))
        self.ref = ref


def is_return_ref(ref: str) -> bool:
    """Looks like a return's number (T1-R000001) rather than a sale's receipt."""
    return bool(_LABEL.match(ref.strip()))


def find_return(session: Session, ref: str) -> SaleReturn:
    """By UUID or number (T1-R000001, any till's, as returns of this shop are kept here)."""
    ref = ref.strip()
    found = None
    if _UUID.match(ref):
        found = session.get(SaleReturn, ref.lower())
    elif match := _LABEL.match(ref):
        found = session.scalar(select(SaleReturn).where(
            func.upper(SaleReturn.terminal_id) == match["terminal"].upper(),
            SaleReturn.return_no == int(match["number"])))
    if found is None:
        raise ReturnNotFound(ref)
    return found


def returns_of(session: Session, sale_id: str | None, receipt: str) -> list[str]:
    """The numbers of the returns made of a sale (by its id), or of an order fetched from the
    store (by its receipt / order reference), oldest first."""
    where = (SaleReturn.sale_id == sale_id) if sale_id else (SaleReturn.original_ref == receipt)
    rows = session.execute(select(SaleReturn.terminal_id, SaleReturn.return_no).where(where)
                           .order_by(SaleReturn.created_at, SaleReturn.return_no))
    return [return_label(terminal, number) for terminal, number in rows]


def return_labels(settings: ShopSettings, labels: Mapping[str, str] | None = None) -> dict:
    own = translated("ReturnReceipt", RETURN_LABELS, shop_language(settings))
    return {**receipt_labels(settings), **own, **(labels or {})}


def return_receipt(db: Database, ref: str, settings: ShopSettings,
                   labels: Mapping[str, str] | None = None) -> ReceiptToPrint:
    """The receipt of the return `ref` (UUID or T1-R000001) with the shop's money format."""
    merged = return_labels(settings, labels)
    with db.session() as s:
        receipt = build_return_receipt(find_return(s, ref), settings, merged)
    return ReceiptToPrint(receipt, shop_money(settings), merged)


def build_return_receipt(ret: SaleReturn, settings: ShopSettings,
                         labels: Mapping[str, str]) -> Receipt:
    s = object_session(ret)
    approver = _name(s, ret.approved_by_id)
    return Receipt(
        shop=ShopHeader(settings.shop_name, settings.shop_address, settings.shop_tax_code,
                        settings.shop_phone),
        receipt_no=return_label(ret.terminal_id, ret.return_no), sale_uuid=ret.id,
        created_at=local_time(ret.created_at), cashier=_name(s, ret.cashier_id),
        customer=_customer(s, ret.customer_id),
        lines=tuple(_line(l, labels) for l in ret.lines),
        subtotal=sum(l.total for l in ret.lines), discount_total=0,
        tax_bands=_tax_bands(ret.lines), tax_total=ret.tax_total, rounding=ret.rounding,
        total=ret.total,
        tenders=tuple(ReceiptTender(r.method, r.amount, r.reference) for r in ret.refunds),
        change=0, currency=ret.currency,
        footer="\n".join(filter(None, [ret.reason, settings.receipt_footer])),
        paper_width_mm=_paper(settings), tax_inclusive=settings.tax_inclusive,
        title=labels["title"], original_receipt=ret.original_ref, approved_by=approver)


def _name(s: Session, user_id: int | None) -> str:
    user = s.get(User, user_id) if user_id is not None else None
    return user.name if user else ""


def _customer(s: Session, customer_id: int | None) -> str | None:
    customer = s.get(Customer, customer_id) if customer_id is not None else None
    return customer.name if customer else None


def _line(line: ReturnLine, labels: Mapping[str, str]) -> ReceiptLine:
    quantity = Decimal(line.quantity_milli).scaleb(-3).normalize()
    # what one piece (or kg) was refunded at: the sale's discounts are already in the total
    unit_price = line.total * 1000 // line.quantity_milli if line.quantity_milli else line.total
    note = labels["restocked"] if line.restock else labels["damaged"]
    return ReceiptLine(line.name, quantity, line.unit, unit_price, line.total, (), line.total,
                       line.tax_rate_bp, note=note)


def _tax_bands(lines) -> tuple[ReceiptTaxBand, ...]:
    """The VAT refunded, per rate, as the sale's receipt showed it."""
    gross, tax = defaultdict(int), defaultdict(int)
    for line in lines:
        gross[line.tax_rate_bp] += line.total
        tax[line.tax_rate_bp] += line.tax
    return tuple(ReceiptTaxBand(rate, gross[rate] - tax[rate], tax[rate], gross[rate])
                 for rate in sorted(gross))


def print_return_receipt(db: Database, return_id: str, settings: ShopSettings,
                         labels: Mapping[str, str] | None = None) -> bool:
    """Prints it straight away (commands, tests) when a printer is set up, kicking the drawer
    for a cash refund; False when the till has no printer. The till itself goes through the
    print queue (`print_queue.queue_return_receipt`). Call after the return committed."""
    if not settings.printer_uri.strip():
        return False
    to_print = return_receipt(db, return_id, settings, labels)
    cash = any(t.method == "cash" for t in to_print.receipt.tenders)
    print_to_printer(to_print, PrinterSetup.from_settings(settings), open_drawer=cash)
    return True
