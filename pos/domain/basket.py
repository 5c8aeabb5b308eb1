"""The sale being rung up at the counter: mutable, pure, priced through `cart.price_cart`."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from datetime import datetime
from decimal import Decimal

from pos.domain.cart import CartTotals, Discount, LineInput, amounts_before_promotions, price_cart
from pos.domain.errors import DomainError, translate
from pos.domain.promotions import NOTHING, CartItem, Context, Outcome, PromotionBook, evaluate

THOUSANDTH = Decimal("0.001")


@dataclass(frozen=True)
class BasketLine:
    variant_id: int | None
    sku: str
    name: str
    unit: str  # piece | kg
    unit_price: int
    quantity: Decimal
    tax_rate_bp: int
    discount: Discount | None = None
    price_overridden: bool = False
    weighed: bool = False  # came from a weight barcode: never merged with another scan
    product: str = ""  # the product's id in the store (remote id, else local-N): promotions
    category: str = ""
    approved_by: int | None = None  # user id of the manager who approved its price/discount
    # sold for delivery from another stock location (its remote id and name): no stock
    # moves here, the central store gets an order shipped from there (issue #15, part 2)
    ship_from: str = ""
    ship_from_name: str = ""

    def as_input(self) -> LineInput:
        return LineInput(self.unit_price, self.quantity, self.tax_rate_bp, self.discount)


@dataclass
class Basket:
    lines: list[BasketLine] = field(default_factory=list)
    order_discount: Discount | None = None
    customer_id: int | None = None
    coupons: list[str] = field(default_factory=list)  # coupon codes entered, upper-case
    customer_group: str = ""  # the attached customer's group, for group-only promotions
    order_discount_approved_by: int | None = None  # user id, for a discount above the limit
    # the shop's active promotions (not saved with the basket: the till loads them)
    promotions: PromotionBook | None = field(default=None, compare=False, repr=False)
    priced_at: datetime | None = field(default=None, compare=False)  # None: now, local time
    # who the delivered lines go to (pos.domain.delivery.DeliveryAddress as a dict, plus
    # "deposit": what is paid now when not all of it; None: paid in full)
    delivery: dict | None = None

    def add(self, line: BasketLine) -> int:
        """Adds a line, or one more of an identical plain line; returns the row touched."""
        for row, existing in enumerate(self.lines):
            if _mergeable(existing, line):
                self.lines[row] = replace(existing, quantity=existing.quantity + line.quantity)
                return row
        self.lines.append(line)
        return len(self.lines) - 1

    def set_quantity(self, row: int, quantity: Decimal) -> None:
        quantity = Decimal(quantity).quantize(THOUSANDTH)
        if quantity <= 0:
            raise DomainError(translate("Errors", "Quantity must be more than zero; remove the "
                                                  "line instead."))
        if self.lines[row].unit == "piece" and quantity != quantity.to_integral_value():
            raise DomainError(translate("Errors", "This item is sold by the piece: enter a whole "
                                                  "number."))
        self.lines[row] = replace(self.lines[row], quantity=quantity)

    def remove(self, row: int) -> None:
        del self.lines[row]

    def set_line_discount(self, row: int, discount: Discount | None,
                          approved_by: int | None = None) -> None:
        self.lines[row] = replace(self.lines[row], discount=discount,
                                  approved_by=approved_by or self.lines[row].approved_by)

    def override_price(self, row: int, unit_price: int, approved_by: int | None = None) -> None:
        if unit_price < 0:
            raise DomainError(translate("Errors", "A price cannot be negative."))
        self.lines[row] = replace(self.lines[row], unit_price=unit_price, price_overridden=True,
                                  approved_by=approved_by or self.lines[row].approved_by)

    def ship_from(self, row: int, location: str, name: str) -> None:
        """The line is delivered from `location` ("": carried out here, as scanned)."""
        line = self.lines[row]
        if location and (line.unit != "piece" or line.weighed):
            raise DomainError(translate("Errors", "Only items sold by the piece can be sold "
                                                  "for delivery."))
        self.lines[row] = replace(line, ship_from=location, ship_from_name=name if location
                                  else "")
        if not self.delivered_rows():
            self.delivery = None

    def delivered_rows(self) -> list[int]:
        return [row for row, line in enumerate(self.lines) if line.ship_from]

    def set_order_discount(self, discount: Discount | None,
                           approved_by: int | None = None) -> None:
        self.order_discount = discount
        self.order_discount_approved_by = approved_by

    def clear(self) -> None:
        self.lines.clear()
        self.order_discount = None
        self.order_discount_approved_by = None
        self.customer_id = None
        self.coupons.clear()
        self.customer_group = ""
        self.delivery = None

    def is_empty(self) -> bool:
        return not self.lines

    def add_coupon(self, code: str) -> None:
        code = code.strip().upper()
        if code and code not in self.coupons:
            self.coupons.append(code)

    def totals(self, tax_inclusive: bool) -> CartTotals:
        inputs = [l.as_input() for l in self.lines]
        outcome = self.promotion_outcome(inputs)
        applied = [outcome.lines.get(row, ()) for row in range(len(inputs))]
        return price_cart(inputs, self.order_discount, tax_inclusive, applied)

    def promotion_outcome(self, inputs: list[LineInput] | None = None) -> Outcome:
        """What the promotions take off each line (row number -> applied promotions)."""
        if self.promotions is None or not self.lines:
            return NOTHING
        inputs = inputs if inputs is not None else [l.as_input() for l in self.lines]
        items = [CartItem(row, l.sku, l.quantity, amount, l.product, l.category,
                          l.unit == "piece")
                 for row, (l, amount) in enumerate(zip(self.lines, amounts_before_promotions(inputs)))]
        context = Context(self.priced_at or datetime.now(), "shop", self.customer_group,
                          frozenset(self.coupons))
        return evaluate(items, self.promotions, context)

    def to_dict(self) -> dict:
        return {
            "lines": [_line_to_dict(l) for l in self.lines],
            "order_discount": asdict(self.order_discount) if self.order_discount else None,
            "customer_id": self.customer_id,
            "coupons": list(self.coupons),
            "customer_group": self.customer_group,
            "order_discount_approved_by": self.order_discount_approved_by,
            **({"delivery": dict(self.delivery)} if self.delivery else {}),
        }

    @classmethod
    def from_dict(cls, data: dict) -> Basket:
        disc = data.get("order_discount")
        return cls(
            lines=[_line_from_dict(l) for l in data["lines"]],
            order_discount=Discount(**disc) if disc else None,
            customer_id=data.get("customer_id"),
            coupons=list(data.get("coupons") or []),
            customer_group=data.get("customer_group") or "",
            order_discount_approved_by=data.get("order_discount_approved_by"),
            delivery=data.get("delivery"),
        )


def _mergeable(a: BasketLine, b: BasketLine) -> bool:
    plain = not (a.weighed or b.weighed or a.price_overridden or a.discount or b.discount)
    return plain and a.variant_id == b.variant_id and a.unit_price == b.unit_price \
        and a.ship_from == b.ship_from


def _line_to_dict(line: BasketLine) -> dict:
    data = asdict(line)
    data["quantity"] = str(line.quantity)
    if not line.ship_from:  # a carried-out line is saved as before delivery existed
        del data["ship_from"], data["ship_from_name"]
    return data


def _line_from_dict(data: dict) -> BasketLine:
    disc = data.pop("discount", None)
    data["quantity"] = Decimal(data["quantity"])
    return BasketLine(**data, discount=Discount(**disc) if disc else None)
