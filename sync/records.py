"""Connector-neutral shapes of what the central store sends down. Money in minor units."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class VariantRecord:
    remote_id: str
    sku: str
    title: str  # full display name at the till
    price: int | None  # None: no price in the shop's currency -> not sellable
    barcodes: tuple[str, ...] = ()


@dataclass(frozen=True)
class ProductRecord:
    remote_id: str
    title: str
    category: str = ""
    tax_rate_bp: int = 0
    unit: str = "piece"
    variants: tuple[VariantRecord, ...] = ()
    deleted: bool = False


@dataclass(frozen=True)
class StockRecord:
    variant_remote_id: str  # may be "" when the store keys stock by SKU
    location: str
    quantity: Decimal
    sku: str = ""


@dataclass(frozen=True)
class StockLocationRecord:
    remote_id: str
    name: str
    kind: str  # shop (sells at a counter) | warehouse (the online store's)
    is_this_shop: bool = False


@dataclass(frozen=True)
class CustomerRecord:
    remote_id: str
    name: str
    email: str = ""
    phone: str = ""
    group: str = ""
    metadata: dict = field(default_factory=dict)
    deleted: bool = False
    points: int | None = None  # the central loyalty balance; None: the store keeps none yet
    points_counted: tuple[str, ...] = ()  # ids of till ledger entries already in that balance
    card_code: str = ""  # the loyalty card given at some till ("" = none)
    # True when points_counted lists every entry ever counted: an entry this till pushed that
    # is not in it was lost (another till overwrote it) and is sent again
    points_counted_all: bool = False


@dataclass(frozen=True)
class OnlineOrderRecord:
    """An order of the central store: a web order, or a sale a till pushed (`terminal_id`)."""

    remote_id: str
    customer_remote_id: str  # "" = a guest order
    display_id: str
    channel: str  # the store's sales channel name
    total: int
    created_at: str  # ISO
    terminal_id: str = ""  # the till that sold it ("" = not a till's sale)
    receipt: str = ""  # that till's receipt label
    sale_id: str = ""  # that till's sale UUID
    canceled: bool = False  # counts for nothing: the till forgets it


@dataclass(frozen=True)
class PromotionRecord:
    """A store promotion as the till's engine sees it; `promotion` None = not applied at the
    till, `reason` says why (for the manager)."""

    remote_id: str
    name: str
    code: str
    active: bool
    promotion: object | None  # pos.domain.promotions.Promotion
    reason: str = ""
    usage_limit: int | None = None
    used: int = 0


@dataclass(frozen=True)
class PromotionsSeen:
    """End of a complete promotions snapshot started at `started` (UTC ISO): the till
    retires the store's promotions the snapshot did not see (deleted online)."""

    started: str


@dataclass(frozen=True)
class Page:
    """One page of changes for a resource and the cursor to store once it is applied."""

    resource: str
    records: tuple
    cursor: str | None
    more: bool
    complete_snapshot: bool = False  # stock: the whole set at a location, not a delta


@dataclass(frozen=True)
class PushResult:
    remote_id: str
    note: str = ""  # e.g. "stock exception: store had 0, sold 2"
