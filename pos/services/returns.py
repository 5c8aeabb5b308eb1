"""Returns and exchanges at the till.

A return is ONE transaction: the return with its lines and refunds, the stock movements of
what goes back on the shelf, the journal entry (who, who approved) and the outbox row. The
return receipt is printed after it committed. Quantities are thousandths (1000 = 1 piece)."""
from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos.db.engine import Database
from pos.db.models import OutboxEvent, Sale, StockMovement, Variant, utcnow
from pos.db.return_models import RemoteOrder, Refund, ReturnLine, SaleReturn
from pos.domain.receipt import receipt_label
from pos.domain.refund import (EXCHANGE, ORIGINAL, PaidTender, RefundPart, RefundPlan,
                               check_returnable, plan_refund, returned_share)
from pos.i18n import translate
from pos.services import journal, loyalty
from pos.services.errors import NotAllowed, ServiceError
from pos.services.receipts import ReceiptNotFound, find_sale
from pos.services.settings import ShopSettings
from pos.services.users import UserInfo

OUTBOX_KIND = "return"
THIS_TILL, OTHER_TILL, ONLINE = "this_till", "other_till", "online"
REMOTE = "remote:"  # OriginalSale.sale_id of an order fetched from the central store


# -- the original sale --------------------------------------------------------------------
@dataclass(frozen=True)
class ReturnableLine:
    line_no: int
    variant_id: int | None
    sku: str
    name: str
    unit: str
    unit_price: int
    sold_milli: int
    returned_milli: int  # by earlier returns
    total: int  # what the line cost, discounts taken off
    tax: int
    tax_rate_bp: int
    item_ids: tuple[str, ...] = ()  # the store's order items (orders fetched from it)

    @property
    def left_milli(self) -> int:
        return self.sold_milli - self.returned_milli


@dataclass(frozen=True)
class OriginalSale:
    sale_id: str
    label: str
    origin: str  # this_till | other_till
    created_at: datetime
    customer_id: int | None
    currency: str
    total: int
    lines: tuple[ReturnableLine, ...]
    paid: tuple[PaidTender, ...]
    refunded: int  # by earlier returns
    refunded_by_method: dict[str, int]
    order_id: str | None = None  # the store's order, for one fetched from it


@dataclass(frozen=True)
class SaleSummary:
    sale_id: str
    label: str
    created_at: datetime
    total: int


class NothingToReturn(ServiceError):
    pass


def find_original(db: Database, ref: str, settings: ShopSettings) -> OriginalSale:
    """By scanned receipt barcode or typed label (T1-000001), number on this till, or UUID;
    else an order fetched from the central store before (see `remember_order`)."""
    with db.session() as s:
        try:
            return original_sale(s, find_sale(s, ref, settings.terminal_id), settings)
        except ReceiptNotFound:
            for key in (ref.strip(), "#" + ref.strip().lstrip("#")):
                if s.get(RemoteOrder, key) is not None:
                    return _remote_original(s, key, settings)
            raise


def remember_order(db: Database, order: dict, settings: ShopSettings) -> OriginalSale:
    """An order the central store gave (online, or another till's sale), kept at this till so
    that it can be returned here, now and later offline. Needs the setting."""
    _check_elsewhere_allowed(order["ref"], order["origin"], settings)
    with db.transaction() as s:
        s.merge(RemoteOrder(ref=order["ref"], order_id=order["order_id"], origin=order["origin"],
                            payload=json.dumps(order, ensure_ascii=False)))
    with db.session() as s:
        return _remote_original(s, order["ref"], settings)


def _check_elsewhere_allowed(label: str, origin: str, settings: ShopSettings) -> None:
    if not settings.returns_from_other_tills:
        where = (translate("Errors", "an online order") if origin == ONLINE
                 else translate("Errors", "from another till"))
        raise NotAllowed(translate("Errors", "{0} is {1}: returns of other tills' receipts and "
                                             "online orders are switched off in the settings. Ask "
                                             "a manager.").format(label, where))


def _remote_original(s: Session, ref: str, settings: ShopSettings) -> OriginalSale:
    row = s.get(RemoteOrder, ref)
    _check_elsewhere_allowed(ref, row.origin, settings)
    order = json.loads(row.payload)
    returned = _returned_by_line(s, None, ref)
    refunded = _refunded_by_method(s, None, ref)
    lines = tuple(_remote_line(s, l, returned.get(l["line_no"], 0)) for l in order["lines"])
    paid = tuple(PaidTender(p["method"], p["amount"], p.get("reference", ""))
                 for p in order["payments"]) or (PaidTender(ONLINE, order["total"]),)
    made = datetime.fromisoformat(order["created_at"].replace("Z", "+00:00")).replace(tzinfo=None)
    return OriginalSale(REMOTE + ref, ref, row.origin, made, None, order["currency"],
                        order["total"], lines, paid, sum(refunded.values()), refunded,
                        row.order_id)


def _remote_line(s: Session, line: dict, returned_milli: int) -> ReturnableLine:
    quantity = Decimal(line["quantity"])
    milli = int(quantity.scaleb(3))
    variant_id = s.scalar(select(Variant.id).where(Variant.sku == line["sku"])) \
        if line["sku"] else None
    unit = "piece" if quantity == quantity.to_integral_value() else "kg"
    return ReturnableLine(line["line_no"], variant_id, line["sku"], line["name"], unit,
                          int(line["total"] * 1000 // max(milli, 1)), milli, returned_milli,
                          line["total"], line["tax"], line["tax_rate_bp"],
                          tuple(line["item_ids"]))


def original_sale(s: Session, sale: Sale, settings: ShopSettings) -> OriginalSale:
    origin = THIS_TILL if sale.terminal_id == settings.terminal_id else OTHER_TILL
    if origin != THIS_TILL and not settings.returns_from_other_tills:
        raise NotAllowed(translate("Errors", "Receipt {0} is from till {1}: returns from other "
                                             "tills are switched off in the settings. Take it "
                                             "back at that till, or ask a manager.")
                             .format(receipt_label(sale.terminal_id, sale.receipt_no),
                                     sale.terminal_id))
    if sale.status != "completed":
        raise ServiceError(translate("Errors", "This sale was not completed, so nothing on it can "
                                               "be returned."))
    returned = _returned_by_line(s, sale.id)
    refunded = _refunded_by_method(s, sale.id)
    return OriginalSale(
        sale.id, receipt_label(sale.terminal_id, sale.receipt_no), origin, sale.created_at,
        sale.customer_id, sale.currency, sale.total,
        tuple(ReturnableLine(l.line_no, l.variant_id, l.sku, l.name, l.unit, l.unit_price,
                             l.quantity_milli, returned.get(l.line_no, 0), l.total, l.tax,
                             l.tax_rate_bp) for l in sale.lines),
        tuple(PaidTender(p.method, p.amount, p.reference) for p in sale.payments),
        sum(refunded.values()), refunded)


def _of_original(sale_id: str | None, ref: str | None):
    """Returns of a local sale (by id) or of an order fetched from the store (by its ref)."""
    if sale_id is not None:
        return SaleReturn.sale_id == sale_id
    return (SaleReturn.sale_id.is_(None)) & (SaleReturn.original_ref == ref)


def _returned_by_line(s: Session, sale_id: str | None, ref: str | None = None) -> dict[int, int]:
    rows = s.execute(select(ReturnLine.sale_line_no, func.sum(ReturnLine.quantity_milli))
                     .join(SaleReturn).where(_of_original(sale_id, ref))
                     .group_by(ReturnLine.sale_line_no))
    return dict(rows.all())


def _refunded_by_method(s: Session, sale_id: str | None, ref: str | None = None
                        ) -> dict[str, int]:
    rows = s.execute(select(Refund.method, func.sum(Refund.amount)).join(SaleReturn)
                     .where(_of_original(sale_id, ref)).group_by(Refund.method))
    return dict(rows.all())


def sales_of_customer(db: Database, customer_id: int, limit: int = 30) -> list[SaleSummary]:
    """The customer's latest sales at this shop, newest first (finding a sale by customer)."""
    with db.session() as s:
        rows = s.scalars(select(Sale).where(Sale.customer_id == customer_id,
                                            Sale.status == "completed")
                         .order_by(Sale.created_at.desc()).limit(limit))
        return [SaleSummary(r.id, receipt_label(r.terminal_id, r.receipt_no), r.created_at,
                            r.total) for r in rows]


# -- what comes back and what it refunds ----------------------------------------------------
@dataclass(frozen=True)
class ReturnItem:
    line_no: int
    quantity: Decimal  # pieces or kg
    restock: bool = True  # False: damaged, not back on the shelf

    @property
    def quantity_milli(self) -> int:
        return int(Decimal(self.quantity).scaleb(3).to_integral_value())


@dataclass(frozen=True)
class ReturnRequest:
    sale_id: str
    items: tuple[ReturnItem, ...]
    refund_to: str = ORIGINAL  # original | cash
    reason: str = ""


@dataclass(frozen=True)
class QuotedLine:
    line: ReturnableLine
    quantity_milli: int
    restock: bool
    refund: int
    tax: int


@dataclass(frozen=True)
class ReturnQuote:
    original: OriginalSale
    lines: tuple[QuotedLine, ...]
    plan: RefundPlan
    needs_manager: bool

    @property
    def items_total(self) -> int:
        return sum(q.refund for q in self.lines)

    @property
    def total(self) -> int:
        return self.plan.total


def quote(original: OriginalSale, request: ReturnRequest, settings: ShopSettings,
          credit_used: int = 0) -> ReturnQuote:
    """Checks every quantity against what is left to return; prices the refund.
    `credit_used` of the refund goes to a new sale (exchange) instead of a tender."""
    lines = _quote_lines(original, request.items)
    if not lines:
        raise NothingToReturn(translate("Errors", "Choose at least one item to return."))
    items_total = sum(q.refund for q in lines)
    room = original.total - original.refunded
    plan = plan_refund(items_total - credit_used, request.refund_to, list(original.paid),
                       original.refunded_by_method, settings.cash_rounding_step,
                       room - credit_used)
    if credit_used:
        plan = RefundPlan((RefundPart(EXCHANGE, credit_used),) + plan.parts, plan.rounding,
                          plan.total + credit_used)
    limit = settings.return_manager_limit
    return ReturnQuote(original, lines, plan, needs_manager=limit >= 0 and plan.total > limit)


def _quote_lines(original: OriginalSale, items) -> tuple[QuotedLine, ...]:
    """Zeros dropped; the same line twice (some restocked, some damaged) counts as one
    return of the sum, so it can neither pass the 'left' check twice nor round twice."""
    taken: dict[int, int] = {}
    quoted = []
    for item in items:
        if item.quantity_milli:
            quoted.append(_quote_line(original, item, taken.get(item.line_no, 0)))
            taken[item.line_no] = taken.get(item.line_no, 0) + item.quantity_milli
    return tuple(quoted)


def _quote_line(original: OriginalSale, item: ReturnItem, taken: int) -> QuotedLine:
    line = next((l for l in original.lines if l.line_no == item.line_no), None)
    if line is None:
        raise ServiceError(translate("Errors", "Receipt {0} has no line {1}.")
                               .format(original.label, item.line_no))
    if line.unit == "piece" and item.quantity_milli % 1000:
        raise ServiceError(translate("Errors", "{0} is sold by the piece: return a whole number.")
                               .format(line.name))
    before = line.returned_milli + taken  # earlier returns, and this one's earlier items
    check_returnable(line.name, line.sold_milli, before, item.quantity_milli)
    args = (line.sold_milli, before, item.quantity_milli)
    return QuotedLine(line, item.quantity_milli, item.restock,
                      returned_share(line.total, *args), returned_share(line.tax, *args))


def quote_return(db: Database, request: ReturnRequest, settings: ShopSettings) -> ReturnQuote:
    with db.session() as s:
        original = original_by_id(s, request.sale_id, settings)
    return quote(original, request, settings)


def original_by_id(s: Session, sale_id: str, settings: ShopSettings) -> OriginalSale:
    if sale_id.startswith(REMOTE):
        return _remote_original(s, sale_id[len(REMOTE):], settings)
    sale = s.get(Sale, sale_id)
    if sale is None:
        raise ServiceError(translate("Errors", "That sale is not at this till any more. Find it "
                                               "again."))
    return original_sale(s, sale, settings)


# -- recording it ---------------------------------------------------------------------------
@dataclass(frozen=True)
class CompletedReturn:
    id: str
    label: str
    original_label: str
    created_at: datetime
    total: int
    refunds: tuple[RefundPart, ...]
    approved_by: str | None

    @property
    def cash_out(self) -> int:
        return sum(r.amount for r in self.refunds if r.method == "cash")


def complete_return(db: Database, request: ReturnRequest, cashier: UserInfo,
                    settings: ShopSettings, approver: UserInfo | None = None) -> CompletedReturn:
    with db.transaction() as s:
        return record_return(s, request, cashier, settings, approver)


def record_return(s: Session, request: ReturnRequest, cashier: UserInfo, settings: ShopSettings,
                  approver: UserInfo | None = None, credit_used: int = 0,
                  exchange_sale_id: str | None = None) -> CompletedReturn:
    """Writes the whole return inside the caller's transaction (an exchange adds its sale)."""
    original = original_by_id(s, request.sale_id, settings)
    priced = quote(original, request, settings, credit_used)
    authoriser = _authorise(cashier, approver, priced.needs_manager)
    ret = _write_return(s, priced, request, cashier, authoriser, settings, exchange_sale_id)
    _write_restock(s, ret, settings.stock_location)
    s.flush()
    loyalty.record_return(s, ret, settings)  # points back and earned points taken back
    document = return_document(ret, original, cashier, authoriser)
    journal.append(s, OUTBOX_KIND, document)
    s.add(OutboxEvent(kind=OUTBOX_KIND, ref=ret.id,
                      payload=json.dumps(document, ensure_ascii=False)))
    return CompletedReturn(ret.id, return_label(ret.terminal_id, ret.return_no), original.label,
                           ret.created_at, ret.total, priced.plan.parts,
                           authoriser.name if authoriser and authoriser.id != cashier.id else None)


def _authorise(cashier: UserInfo, approver: UserInfo | None, needed: bool) -> UserInfo | None:
    """Above the setting a refund needs a manager: the cashier if a manager, else the approver."""
    if not needed:
        return approver
    try:
        from pos.services import permissions
    except ImportError:  # before the permission table existed: managers only
        if cashier.is_manager:
            return cashier
        if approver is not None and approver.is_manager:
            return approver
        raise NotAllowed(translate("Errors", "This refund needs a manager: ask one to approve "
                                             "with their PIN."))
    return permissions.authorise(cashier, permissions.REFUND, approver)


def _shift_id(s: Session, terminal_id: str) -> int | None:
    try:
        from pos.services.shifts import require_open_shift
    except ImportError:  # shifts not built yet: the return is still recorded
        return None
    return require_open_shift(s, terminal_id)  # money leaves the drawer of an open shift


def _write_return(s, priced: ReturnQuote, request: ReturnRequest, cashier: UserInfo,
                  authoriser: UserInfo | None, settings: ShopSettings,
                  exchange_sale_id: str | None) -> SaleReturn:
    original = priced.original
    ret = SaleReturn(
        id=str(uuid.uuid4()), terminal_id=settings.terminal_id,
        return_no=_next_return_no(s, settings.terminal_id), created_at=utcnow(),
        sale_id=None if original.sale_id.startswith(REMOTE) else original.sale_id,
        original_ref=original.label, origin=original.origin,
        shift_id=_shift_id(s, settings.terminal_id), cashier_id=cashier.id,
        approved_by_id=authoriser.id if authoriser else None, customer_id=original.customer_id,
        currency=original.currency, tax_total=sum(q.tax for q in priced.lines),
        rounding=priced.plan.rounding, total=priced.plan.total, reason=request.reason[:200],
        exchange_sale_id=exchange_sale_id)
    for q in priced.lines:
        l = q.line
        ret.lines.append(ReturnLine(
            sale_line_no=l.line_no, variant_id=l.variant_id, sku=l.sku, name=l.name,
            quantity_milli=q.quantity_milli, unit=l.unit, tax_rate_bp=l.tax_rate_bp, tax=q.tax,
            total=q.refund, restock=q.restock))
    for part in priced.plan.parts:
        ret.refunds.append(Refund(method=part.method, amount=part.amount,
                                  reference=part.reference))
    s.add(ret)
    return ret


def _next_return_no(s: Session, terminal_id: str) -> int:
    last = s.scalar(select(func.max(SaleReturn.return_no))
                    .where(SaleReturn.terminal_id == terminal_id))
    return (last or 0) + 1


def return_label(terminal_id: str, return_no: int) -> str:
    return f"{terminal_id}-R{return_no:06d}"


def _write_restock(s: Session, ret: SaleReturn, location: str) -> None:
    """Back on the shelf: a positive movement. Damaged goods: no movement (not sellable)."""
    for line in ret.lines:
        if line.restock and line.variant_id is not None:
            s.add(StockMovement(variant_id=line.variant_id, location=location, kind="return",
                                quantity_milli=line.quantity_milli, return_id=ret.id,
                                reason=f"return {return_label(ret.terminal_id, ret.return_no)}",
                                user_id=ret.cashier_id, created_at=ret.created_at))


def return_document(ret: SaleReturn, original: OriginalSale, cashier: UserInfo,
                    authoriser: UserInfo | None) -> dict:
    """The return as plain data: journal payload and outbox payload."""
    return {
        "id": ret.id, "terminal_id": ret.terminal_id, "return_no": ret.return_no,
        "return": return_label(ret.terminal_id, ret.return_no),
        "created_at": ret.created_at.isoformat(timespec="seconds") + "Z",
        "sale_id": None if original.order_id else original.sale_id, "order_id": original.order_id,
        "receipt": original.label, "origin": original.origin,
        "sale_created_at": original.created_at.isoformat(timespec="seconds") + "Z",
        "cashier": cashier.name, "cashier_id": cashier.id,
        "approved_by": authoriser.name if authoriser else None,
        "approved_by_id": authoriser.id if authoriser else None,
        "currency": ret.currency, "reason": ret.reason, "shift_id": ret.shift_id,
        "tax_total": ret.tax_total, "rounding": ret.rounding, "total": ret.total,
        "exchange_sale_id": ret.exchange_sale_id,
        "lines": [{"line_no": l.sale_line_no, "sku": l.sku, "name": l.name,
                   "quantity": f"{l.quantity_milli / 1000:.3f}".rstrip("0").rstrip("."),
                   "unit": l.unit, "tax_rate_bp": l.tax_rate_bp, "tax": l.tax,
                   "total": l.total, "restock": l.restock,
                   **_item_ids(original, l.sale_line_no)} for l in ret.lines],
        "refunds": [{"method": r.method, "amount": r.amount, "reference": r.reference}
                    for r in ret.refunds],
    }


def _item_ids(original: OriginalSale, line_no: int) -> dict:
    line = next(l for l in original.lines if l.line_no == line_no)
    return {"item_ids": list(line.item_ids)} if line.item_ids else {}
