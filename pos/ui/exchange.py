"""An exchange at the counter: the returns screen sets the return aside as a credit, the
cashier scans the new items on the sale screen, and F12 records the return and the new sale
together (one transaction, `returns.complete_exchange`). The customer pays what the credit
does not cover; a credit larger than the new sale is refunded as the return said."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from pos.domain.basket import Basket
from pos.services import exchanges, returns
from pos.ui import printing
from pos.ui.payment import PaymentDialog

KEY = "exchange"  # in Till.extras while an exchange waits for its new items


@dataclass(frozen=True)
class PendingExchange:
    request: returns.ReturnRequest
    credit: int  # what the returned items are worth
    approver: object | None  # the manager who approved the refund, if one had to
    original_label: str


def start(sale_screen, pending: PendingExchange) -> None:
    sale_screen.till.extras[KEY] = pending
    text = QCoreApplication.translate(
        "Exchange", "Exchange for {receipt}: credit {credit}. Scan the new items, then F12.")
    sale_screen.flash("info", text.format(receipt=pending.original_label,
                                          credit=sale_screen.till.money(pending.credit)))


def pending(till) -> PendingExchange | None:
    return till.extras.get(KEY)


def pay(sale_screen) -> None:
    """F12 while an exchange waits: pay only what the credit does not cover."""
    t, exchange = sale_screen.till, pending(sale_screen.till)
    due = sale_screen.cart_model.totals.total - exchange.credit
    if due <= 0:
        _complete(sale_screen, [])
        return
    sale_screen.scanner.enabled = False
    title = QCoreApplication.translate("Exchange", "Exchange at {0}").format(t.settings.shop_name)
    dialog = PaymentDialog(t, due, title, sale_screen, customer_id=sale_screen.basket.customer_id)
    dialog.accepted.connect(lambda: _complete(sale_screen, dialog.tenders))
    dialog.finished.connect(lambda _: setattr(sale_screen.scanner, "enabled", True))
    dialog.open()


def _complete(sale_screen, tenders) -> None:
    t, exchange = sale_screen.till, pending(sale_screen.till)
    basket = Basket.from_dict(sale_screen.basket.to_dict())
    for name in ("promotions", "priced_at"):  # priced promotions travel with the basket
        if hasattr(sale_screen.basket, name):
            setattr(basket, name, getattr(sale_screen.basket, name))
    t.tasks.run(lambda: exchanges.complete_exchange(t.db, exchange.request, basket, tenders,
                                                  t.user, t.settings, exchange.approver),
                lambda done: _completed(sale_screen, done),
                lambda exc: sale_screen.flash("error", str(exc)))


def _completed(sale_screen, done) -> None:
    t = sale_screen.till
    t.extras.pop(KEY, None)
    sale_screen._completed(done.sale)  # clears the cart, prints the sale's receipt
    sale_screen.flash("ok", QCoreApplication.translate(
        "Exchange", "Exchange done: return {ret}, sale {sale}.").format(
        ret=done.sale_return.label, sale=done.sale.receipt_label))
    printer = printing.controller(t)
    if printer is not None:  # the return's receipt, through the queue like the sale's
        printer.return_completed(done.sale_return)
