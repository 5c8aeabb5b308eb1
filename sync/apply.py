"""Applying a pulled page to the till's database (inside the engine's transaction).
The central store owns catalogue and prices: its values win. Products and stock levels are
applied in bulk by sync/apply_catalogue.py."""
from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from datetime import datetime

from pos.db.customer_models import Customer
from pos.db.models import Sale
from pos.services import journal, loyalty
from pos.services import promotions
from pos.services.customers import adopt_card, customer_search_text
from pos.db.stock_models import StockLocation
from sync.records import PromotionsSeen
from sync.apply_catalogue import apply_products, apply_stock
from sync.apply_orders import apply_collect_orders, apply_online_orders
from sync.records import CustomerRecord, Page, StockLocationRecord


def apply_page(s: Session, page: Page, location: str) -> int:
    appliers = {"products": apply_products, "stock": apply_stock,
                "promotions": _apply_promotions,
                "stock_locations": _apply_stock_locations,
                "customers": _apply_customers, "online_orders": apply_online_orders,
                "collect_orders": apply_collect_orders}
    applier = appliers.get(page.resource)
    if applier is None:
        return 0  # a resource this till does not keep yet (e.g. customers before that issue)
    return applier(s, page.records, location)


def _apply_stock_locations(s: Session, records: tuple[StockLocationRecord, ...],
                           _location: str) -> int:
    """Names and kinds of the store's locations, for the stock screen (levels keep ids)."""
    for r in records:
        s.merge(StockLocation(remote_id=r.remote_id, name=r.name, kind=r.kind,
                              is_this_shop=r.is_this_shop))
    return len(records)


# -- customers --------------------------------------------------------------------------------
def _apply_customers(s: Session, records: tuple[CustomerRecord, ...], _location: str) -> int:
    for record in records:
        _upsert_customer(s, record)
    return len(records)


def _local_match(s: Session, record: CustomerRecord) -> Customer | None:
    found = s.scalar(select(Customer).where(Customer.remote_id == record.remote_id))
    if found is not None:
        return found
    for column, value in ((Customer.phone, record.phone), (Customer.email, record.email)):
        if value:
            found = s.scalar(select(Customer).where(column == value, Customer.remote_id.is_(None),
                                                    Customer.active))
            if found is not None:
                return found  # made at the till before it was known online: the same person
    return None


def _upsert_customer(s: Session, record: CustomerRecord) -> None:
    c = _local_match(s, record)
    if c is None:
        c = Customer(name=record.name, changed_at_till="")
        s.add(c)
    till_changed = set(filter(None, (c.changed_at_till or "").split(",")))
    c.remote_id = record.remote_id
    for field, value in (("name", record.name), ("phone", record.phone or None),
                         ("email", record.email or None)):
        if field not in till_changed:  # the store wins on fields the till did not change
            setattr(c, field, value)
    c.group_name = record.group
    loyalty.apply_central_balance(s, c, record.points, record.points_counted,
                                  record.points_counted_all)
    if "card" not in till_changed:
        adopt_card(s, c, record.card_code)
    c.search_text = customer_search_text(c.name, c.phone, c.email)
    s.flush()


# -- promotions (the store owns them: its values win) -----------------------------------------
def _apply_promotions(s: Session, records: tuple, _location: str) -> int:
    for r in records:
        if isinstance(r, PromotionsSeen):
            promotions.retire_promotions_not_seen(s, datetime.fromisoformat(r.started))
        else:
            promotions.apply_pulled_promotion(s, r.remote_id, r.name, r.promotion, r.reason,
                                              r.active, r.code, r.usage_limit, r.used)
    return sum(1 for r in records if not isinstance(r, PromotionsSeen))


# -- what a successful push tells the till ----------------------------------------------------
def apply_push_result(s: Session, kind: str, ref: str, remote_id: str) -> None:
    if kind == "customer":
        _link_customer(s, int(ref), remote_id)
    elif kind == "loyalty":
        loyalty.mark_pushed(s, ref)


def _link_customer(s: Session, customer_id: int, remote_id: str) -> None:
    """The store now knows this customer as `remote_id`. If a pull already brought that
    customer in as another row, merge: sales move to one row, the other is retired."""
    mine = s.get(Customer, customer_id)
    if mine is None:
        return
    other = s.scalar(select(Customer).where(Customer.remote_id == remote_id,
                                            Customer.id != customer_id))
    if other is not None:
        s.execute(update(Sale).where(Sale.customer_id == mine.id).values(customer_id=other.id))
        # journal verify accepts the re-pointed sales only through this entry
        journal.append(s, journal.CUSTOMER_MERGED, {"from": mine.id, "to": other.id,
                                                    "remote_id": remote_id})
        loyalty.merge_points(s, mine, other)
        mine.active, mine.remote_id, mine.phone, mine.email = False, None, None, None
        s.flush()
        return
    mine.remote_id = remote_id
    mine.changed_at_till = ""
    loyalty.customer_linked(s, mine.id, remote_id)
