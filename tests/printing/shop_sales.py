"""Real sales in the demo shop for printing tests: Vietnamese names, two tax rates, discounts,
cash rounding and split tender, completed through the same service the till uses."""
from __future__ import annotations

from decimal import Decimal

from pos.domain.basket import Basket
from pos.domain.cart import Discount
from pos.domain.payment import CARD, CASH, Tender
from pos.services import catalog
from pos.services.sales import CompletedSale, complete_sale
from pos.services.settings import load_settings
from pos.services.users import login

COFFEE = "CF0161"  # Cà phê sữa đá, 25.000 ₫, VAT 8 %
BANH_MI = "CF0167"  # Bánh mì đặc biệt, 25.000 ₫, VAT 8 %
WATER = "SP0001"  # Nước suối Lavie 330ml, 6.000 ₫, VAT 10 %


def busy_basket(db) -> Basket:
    shop = load_settings(db)
    basket = Basket()
    row = basket.add(catalog.scan(db, COFFEE, shop))
    basket.set_quantity(row, Decimal(2))
    basket.set_line_discount(row, Discount("percent", 1000))
    basket.add(catalog.scan(db, BANH_MI, shop))
    row = basket.add(catalog.scan(db, WATER, shop))
    basket.set_quantity(row, Decimal(3))
    basket.order_discount = Discount("amount", 1200)  # 86.800 ₫: cash rounds to 87.000
    return basket


def busy_sale(db, card: int = 50_000, cash: int = 100_000) -> CompletedSale:
    """Card first, the rest in cash (with change): a split tender."""
    tenders = [Tender(CARD, card, "VISA 4242")] + ([Tender(CASH, cash)] if cash else [])
    return complete_sale(db, busy_basket(db), tenders, login(db, "1111"), load_settings(db))
