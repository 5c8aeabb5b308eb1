"""Selling at the counter for delivery (issue #15, part 2, the endless aisle): an item this
shop lacks is sold here and shipped from another stock location. The customer's Vietnamese
address (province, district, ward, street), and what is left to pay when the goods arrive
(a deposit now, the rest on delivery) - as the till records it and the receipt prints it."""
from __future__ import annotations

from dataclasses import asdict, dataclass

from pos.domain.errors import DomainError, translate
from pos.domain.payment import ON_DELIVERY  # noqa: F401  (the tender of what is paid later)
from pos.domain.phone import normalize_phone
from pos.domain.text import store_text

LONGEST_FIELD = 200


@dataclass(frozen=True)
class DeliveryAddress:
    name: str
    phone: str  # canonical (+84...)
    province: str  # tỉnh / thành phố
    district: str  # quận / huyện
    ward: str  # phường / xã (may be empty)
    street: str  # số nhà, đường

    def as_dict(self) -> dict:
        return asdict(self)

    def one_line(self) -> str:
        return ", ".join(p for p in (self.street, self.ward, self.district, self.province) if p)


def check_address(name: str, phone: str, province: str, district: str, ward: str,
                  street: str) -> DeliveryAddress:
    """The address cleaned, or a DomainError naming the first field to fix."""
    cleaned = {k: store_text(v or "", LONGEST_FIELD).strip() for k, v in (
        ("name", name), ("province", province), ("district", district), ("ward", ward),
        ("street", street))}
    required = (("name", translate("Errors", "Enter the name of who receives the delivery.")),
                ("province", translate("Errors", "Enter the province or city to deliver to.")),
                ("district", translate("Errors", "Enter the district to deliver to.")),
                ("street", translate("Errors", "Enter the house number and street.")))
    for key, message in required:
        if not cleaned[key]:
            raise DomainError(message)
    return DeliveryAddress(cleaned["name"], normalize_phone(phone), cleaned["province"],
                           cleaned["district"], cleaned["ward"], cleaned["street"])


def address_from(data: dict) -> DeliveryAddress:
    return DeliveryAddress(**{k: data.get(k, "") for k in DeliveryAddress.__dataclass_fields__})


def paid_later(delivered_total: int, deposit: int | None) -> int:
    """What is left to pay on delivery: nothing when paid in full (deposit None)."""
    if deposit is None:
        return 0
    if not 0 <= deposit <= delivered_total:
        raise DomainError(translate("Errors", "A deposit is between 0 and the delivered "
                                              "items' total ({0}).").format(delivered_total))
    return delivered_total - deposit
