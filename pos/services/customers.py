"""Customers at the till: find, create in seconds (phone is enough, offline too), edit,
attach to a sale, see their card. Every change queues an outbox row for the online store."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import func, or_, select

from pos.db.customer_models import Customer, OnlineOrder
from pos.db.engine import Database
from pos.db.models import Barcode, OutboxEvent, Sale
from pos.domain.phone import looks_like_phone, normalize_phone
from pos.domain.text import fold
from pos.i18n import translate
from pos.services import journal
from pos.services.errors import ServiceError
from pos.services.user_info import UserInfo

FIND_LIMIT = 30
SEARCH_WORDS = 8  # a name, a phone and an email are a few words; more make SQLite refuse


@dataclass(frozen=True)
class CustomerInfo:
    id: int
    name: str
    phone: str | None
    email: str | None
    group: str
    points: int
    remote_id: str | None
    card_code: str | None = None


@dataclass(frozen=True)
class Visit:
    when: datetime
    channel: str  # "this shop" or the online store
    reference: str
    total: int


@dataclass(frozen=True)
class CustomerCard:
    customer: CustomerInfo
    total_spent: int
    visits: int
    history: tuple[Visit, ...]


def _info(c: Customer) -> CustomerInfo:
    return CustomerInfo(c.id, c.name, c.phone, c.email, c.group_name, c.points, c.remote_id,
                        c.card_code)


def customer_search_text(name: str, phone: str | None, email: str | None) -> str:
    digits = (phone or "").lstrip("+")
    local = "0" + digits[2:] if digits.startswith("84") else digits
    return " ".join(filter(None, [fold(name), digits, local, (email or "").lower()]))


def _clean_email(email: str | None) -> str | None:
    email = (email or "").strip().lower()
    if email and ("@" not in email or "." not in email.split("@")[-1]):
        raise ServiceError(translate("Errors", "Email {0} does not look like an address "
                                               "(name@example.com).").format(repr(email)))
    return email or None


def _clean_card(s, code: str | None, customer_id: int | None = None) -> str | None:
    """A loyalty card code: scanned like a product, so it must not be a product's barcode."""
    code = (code or "").strip()
    if not code:
        return None
    if not (4 <= len(code) <= 64) or not all(33 <= ord(ch) < 127 for ch in code):
        raise ServiceError(translate("Errors", "Card code {0} must be 4 to 64 letters or digits, "
                                               "no spaces: scan the card again.")
                           .format(repr(code)))
    if s.get(Barcode, code) is not None:
        raise ServiceError(translate("Errors", "{0} is an item's barcode, so it cannot be a "
                                               "loyalty card.").format(code))
    holder = s.scalar(select(Customer).where(Customer.card_code == code, Customer.active))
    if holder is not None and holder.id != customer_id:
        raise ServiceError(translate("Errors", "Card {0} already belongs to {1}.")
                               .format(code, holder.name))
    return code


def adopt_card(s, customer: Customer, code: str) -> None:
    """A card known online (given at another till): this till knows it too, unless one of
    its own customers already holds that code (the manager sorts that out)."""
    if not code or code == customer.card_code:
        return
    holder = s.scalar(select(Customer).where(Customer.card_code == code))
    if holder is None:
        customer.card_code = code


def _clash(s, phone: str | None, email: str | None, except_id: int | None = None):
    conds = [c for c in (Customer.phone == phone if phone else None,
                         Customer.email == email if email else None) if c is not None]
    if not conds:
        return None
    stmt = select(Customer).where(or_(*conds), Customer.active)
    if except_id is not None:
        stmt = stmt.where(Customer.id != except_id)
    return s.scalar(stmt)


def _queue_push(s, customer: Customer) -> None:
    payload = {"id": customer.id, "name": customer.name, "phone": customer.phone,
               "email": customer.email, "remote_id": customer.remote_id,
               "card_code": customer.card_code,
               "changed": [f for f in customer.changed_at_till.split(",") if f]}
    s.add(OutboxEvent(kind="customer", ref=str(customer.id),
                      payload=json.dumps(payload, ensure_ascii=False)))


def add_customer(db: Database, name: str, phone: str = "", email: str = "",
                 card_code: str = "", by: UserInfo | None = None,
                 at: str = "command line") -> CustomerInfo:
    """`by`: who adds the customer (journaled with them), `at`: where ("till", "command line");
    a customer pulled from the store comes through sync, not here."""
    phone_n = normalize_phone(phone) if phone.strip() else None
    email_n = _clean_email(email)
    if not (phone_n or email_n):
        raise ServiceError(translate("Errors", "A customer needs a phone number or an email."))
    name = name.strip() or (phone.strip() if phone_n else email_n)
    with db.transaction() as s:
        if (other := _clash(s, phone_n, email_n)) is not None:
            raise ServiceError(translate("Errors", "{0} already has this phone or email: attach "
                                                   "them instead of adding a new customer.")
                                   .format(other.name))
        customer = Customer(name=name, phone=phone_n, email=email_n,
                            card_code=_clean_card(s, card_code),
                            search_text=customer_search_text(name, phone_n, email_n),
                            changed_at_till="name,phone,email" + (",card" if card_code else ""))
        s.add(customer)
        s.flush()
        _queue_push(s, customer)
        if by is not None:
            journal.append(s, "customer_added", {
                "customer_id": customer.id, "name": customer.name, "user": by.name,
                "user_id": by.id, "from": at,
                "at": datetime.now(timezone.utc).isoformat(timespec="seconds")})
        return _info(customer)


def edit_customer(db: Database, customer_id: int, *, name: str | None = None,
                  phone: str | None = None, email: str | None = None,
                  card_code: str | None = None) -> CustomerInfo:
    with db.transaction() as s:
        c = s.get(Customer, customer_id)
        if c is None:
            raise ServiceError(translate("Errors", "That customer no longer exists."))
        changed = set(filter(None, c.changed_at_till.split(",")))
        if name is not None and not name.strip():
            raise ServiceError(translate("Errors", "Type the customer's name (or how the shop "
                                                   "calls them)."))
        if name is not None and name.strip() != c.name:
            c.name, _ = name.strip(), changed.add("name")
        if phone is not None:
            new = normalize_phone(phone) if phone.strip() else None
            if new != c.phone:
                c.phone, _ = new, changed.add("phone")
        if email is not None and _clean_email(email) != c.email:
            c.email, _ = _clean_email(email), changed.add("email")
        if card_code is not None and (card_code.strip() or None) != c.card_code:
            c.card_code, _ = _clean_card(s, card_code, c.id), changed.add("card")
        if not (c.phone or c.email):
            raise ServiceError(translate("Errors", "A customer needs a phone number or an email."))
        if _clash(s, c.phone, c.email, except_id=c.id) is not None:
            raise ServiceError(translate("Errors", "Another customer already has this phone or "
                                                   "email."))
        c.search_text = customer_search_text(c.name, c.phone, c.email)
        c.changed_at_till = ",".join(sorted(changed))
        _queue_push(s, c)
        return _info(c)


def find_customers(db: Database, query: str, limit: int = FIND_LIMIT) -> list[CustomerInfo]:
    """By phone (any spelling), email, name without accents, or loyalty card code."""
    q = query.strip()
    if not q:
        return []
    with db.session() as s:
        card = s.scalar(select(Customer).where(Customer.card_code == q, Customer.active))
        if card is not None:
            return [_info(card)]
        terms = _terms(q)
        stmt = select(Customer).where(Customer.active)
        for term in terms[:SEARCH_WORDS]:  # % and _ are letters here, not wildcards
            stmt = stmt.where(Customer.search_text.contains(term, autoescape=True))
        return [_info(c) for c in s.scalars(stmt.order_by(Customer.name).limit(limit))]


def _terms(q: str) -> list[str]:
    if looks_like_phone(q):
        digits = "".join(ch for ch in q if ch.isdigit())
        return [digits]
    return fold(q).split()


def customer_card(db: Database, customer_id: int, recent: int = 20) -> CustomerCard:
    with db.session() as s:
        c = s.get(Customer, customer_id)
        if c is None:
            raise ServiceError(translate("Errors", "That customer no longer exists."))
        shop = s.execute(select(Sale.created_at, Sale.terminal_id, Sale.receipt_no, Sale.total)
                         .where(Sale.customer_id == c.id, Sale.status == "completed")).all()
        online = s.scalars(select(OnlineOrder).where(
            OnlineOrder.customer_remote_id == c.remote_id)).all() if c.remote_id else []
    visits = [Visit(at, "this shop", f"{t}-{n:06d}", total) for at, t, n, total in shop]
    visits += [_store_visit(o) for o in online]
    visits.sort(key=lambda v: v.when, reverse=True)
    return CustomerCard(_info(c), sum(v.total for v in visits), len(visits),
                        tuple(visits[:recent]))


def _store_visit(o: OnlineOrder) -> Visit:
    """A web order, or a sale at another till of the shop (pulled from the central store)."""
    if o.terminal_id:
        return Visit(o.created_at, "this shop", o.receipt or f"#{o.display_id}", o.total)
    return Visit(o.created_at, o.channel, f"#{o.display_id}", o.total)


def get_customer(db: Database, customer_id: int) -> CustomerInfo | None:
    with db.session() as s:
        c = s.get(Customer, customer_id)
        return _info(c) if c else None


def count_customers(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Customer).where(Customer.active))


def find_by_card(db: Database, code: str) -> CustomerInfo | None:
    with db.session() as s:
        c = s.scalar(select(Customer).where(Customer.card_code == code, Customer.active))
        return _info(c) if c else None
