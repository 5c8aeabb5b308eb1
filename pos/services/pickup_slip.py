"""The pickup slip of a click-and-collect order: what the staff tape to the bag and the
customer can be handed. It carries the order number in large print and a QR code the till
scans back at collection (`collect.QR_PREFIX` + the store's order id)."""
from __future__ import annotations

from pos.domain.receipt import (COLUMNS_BY_PAPER, SEPARATOR, LayoutRow, RowKind, wrapped_pair,
                                wrapped_text)
from pos.i18n import translate
from pos.services.collect import QR_PREFIX, OrderView
from pos.services.printer import PrinterSetup
from pos.services.receipts import shop_language, shop_money
from pos.services.settings import ShopSettings


def slip_rows(order: OrderView, settings: ShopSettings, columns: int) -> list[LayoutRow]:
    """The slip in the shop's language: shop, order number, customer, items, what is due."""
    lang, money = shop_language(settings), shop_money(settings)
    rows = wrapped_text(settings.shop_name, columns, "center", bold=True)
    title = translate("PickupSlip", "PICKUP ORDER #{0}", lang).format(order.display_no)
    rows += wrapped_text(title, columns, "center", bold=True)
    rows += [SEPARATOR]
    rows += wrapped_text(" · ".join(x for x in (order.customer_name, order.phone) if x), columns)
    for line in order.lines:
        rows += wrapped_pair(line.name, f"× {line.quantity}", columns)
    rows += [SEPARATOR]
    due = (translate("PickupSlip", "Paid online", lang) if order.paid
           else translate("PickupSlip", "To pay at pickup", lang))
    rows += wrapped_pair(due, money(order.total), columns, bold=True)
    rows += [LayoutRow(RowKind.QR, payload=QR_PREFIX + order.id)]
    rows += wrapped_text(translate("PickupSlip", "Show this code at the counter", lang),
                         columns, "center")
    return rows + [LayoutRow(RowKind.FEED, lines=2)]


def print_slip(order: OrderView, settings: ShopSettings, setup: PrinterSetup) -> None:
    """On the receipt printer; raises PrinterUnavailable when it cannot print."""
    from pos.printing import escpos_out  # python-escpos: loaded when something prints

    setup.check()
    rows = slip_rows(order, settings, COLUMNS_BY_PAPER[setup.paper_width_mm])
    escpos_out.print_rows(rows, setup.paper_width_mm, setup.uri, setup.mode, **setup.options())
