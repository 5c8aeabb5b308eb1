"""An exchange: a return and a new sale in ONE transaction, the return's credit paying the
new sale first (tender "exchange")."""
from __future__ import annotations

from dataclasses import dataclass

from pos.db.engine import Database
from pos.domain.basket import Basket
from pos.domain.payment import CASH, Tender
from pos.services import sales
from pos.services.returns import (EXCHANGE, CompletedReturn, ReturnRequest, original_by_id,
                                  quote, record_return)
from pos.domain.receipt import receipt_label
from pos.services.sales import CompletedSale
from pos.services.settings import ShopSettings
from pos.services.users import UserInfo


@dataclass(frozen=True)
class CompletedExchange:
    sale_return: CompletedReturn
    sale: CompletedSale
    credit: int  # of the return, used to pay the new sale


def complete_exchange(db: Database, request: ReturnRequest, basket: Basket, tenders: list[Tender],
                      cashier: UserInfo, settings: ShopSettings,
                      approver: UserInfo | None = None) -> CompletedExchange:
    """A return and a new sale in ONE transaction. The return's credit pays the new sale first
    (tender "exchange"); the customer pays what is left with `tenders`, or gets the rest of
    the credit back as `request.refund_to` says."""
    new_total = basket.totals(settings.tax_inclusive).total
    with db.transaction() as s:
        items_total = quote(original_by_id(s, request.sale_id, settings), request,
                            settings).items_total
        credit = min(items_total, new_total)
        paid_with = ([Tender(EXCHANGE, credit)] if credit else []) + list(tenders)
        totals, settlement = sales.check_payable(basket, paid_with, settings)
        sale = sales.record_sale(s, basket, paid_with, cashier, settings, totals, settlement)
        done = record_return(s, request, cashier, settings, approver, credit, sale.id)
    completed = CompletedSale(sale.id, sale.receipt_no,
                              receipt_label(sale.terminal_id, sale.receipt_no), sale.created_at,
                              sale.total, sale.rounding, sale.change,
                              any(t.method == CASH for t in tenders))
    return CompletedExchange(done, completed, credit)
