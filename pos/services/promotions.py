"""Promotions at the till: the active ones for the cart, one made locally, the list for the
manager (with why one does not apply here), and which promotion gave what on a sale."""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import func, insert, or_, select
from sqlalchemy.orm import Session

from pos.db.engine import Database
from pos.db.models import OutboxEvent, utcnow
from pos.db.promotion_models import SaleLinePromotion, StoredPromotion
from pos.domain.cart import CartTotals
from pos.domain.promotions import Conditions, Promotion, PromotionBook, Reward
from pos.domain.promotions.codec import InvalidPromotion, from_dict, to_dict
from pos.domain.promotions.describe import reward_text
from pos.i18n import translate
from pos.stored_text import shown

log = logging.getLogger(__name__)
_INSERT_SALE_LINE_PROMOTIONS = insert(SaleLinePromotion.__table__)


@dataclass(frozen=True)
class PromotionSummary:
    ref: str
    name: str
    code: str
    active: bool
    applies_at_till: bool
    reason: str  # why it does not apply at the till ("" when it does), in the current language
    what: str  # "10% off the order", ...
    used: int
    usage_limit: int | None


# -- storing ----------------------------------------------------------------------------------
def save_promotion(s: Session, ref: str, name: str, promotion: Promotion | None, *,
                   remote_id: str | None = None, reason: str = "", active: bool = True,
                   code: str = "", usage_limit: int | None = None, used: int = 0) -> StoredPromotion:
    """Insert or update by `ref`. No `promotion` (or a reason) = kept, shown, never applied."""
    row = s.scalar(select(StoredPromotion).where(StoredPromotion.ref == ref))
    if row is None:
        row = StoredPromotion(ref=ref, name=name)
        s.add(row)
    applies = promotion is not None and not reason
    row.remote_id, row.name, row.active = remote_id, name, active
    row.code = (code or (promotion.conditions.code if promotion else "")).upper() or None
    row.applies_at_till, row.not_applied_reason = applies, "" if applies else reason
    row.definition = json.dumps(to_dict(promotion), ensure_ascii=False) if applies else ""
    row.usage_limit, row.used = usage_limit, used
    row.pulled_at = utcnow() if remote_id else None
    s.flush()
    return row


def create_local_promotion(db: Database, name: str, reward: Reward,
                           conditions: Conditions = Conditions(), *, exclusive: bool = False,
                           priority: int = 0) -> str:
    """A promotion made at this till (tests, or a shop without an online store)."""
    with db.transaction() as s:
        number = (s.scalar(select(func.max(StoredPromotion.id))) or 0) + 1
        ref = f"local-{number}"
        promotion = Promotion(ref, name, reward, conditions, exclusive, priority)
        save_promotion(s, ref, name, promotion, usage_limit=conditions.usage_limit,
                       used=conditions.used)
        return ref


# -- the cart ---------------------------------------------------------------------------------
def _uses_not_counted_online(s: Session, row: StoredPromotion) -> int:
    """Sales at this till with the coupon that the store had not counted at the last pull:
    not pushed yet, or pushed after that pull."""
    pushed_late = OutboxEvent.sent_at > row.pulled_at if row.pulled_at else OutboxEvent.id > 0
    query = (select(func.count(func.distinct(SaleLinePromotion.sale_id)))
             .join(OutboxEvent, (OutboxEvent.ref == SaleLinePromotion.sale_id)
                   & (OutboxEvent.kind == "sale"))
             .where(SaleLinePromotion.code == row.code,
                    or_(OutboxEvent.status != "sent", pushed_late)))
    return s.scalar(query) or 0


def _for_cart(s: Session, row: StoredPromotion) -> Promotion | None:
    try:
        promotion = from_dict(json.loads(row.definition))
    except (InvalidPromotion, ValueError) as exc:
        log.warning("promotion %s not applied: %s", row.ref, exc)
        return None
    used = row.used + (_uses_not_counted_online(s, row) if row.code and row.usage_limit else 0)
    return replace(promotion, id=row.ref, name=row.name, conditions=replace(
        promotion.conditions, usage_limit=row.usage_limit, used=used))


def load_book(db: Database) -> PromotionBook:
    """The promotions the cart uses: active, and expressible at the till."""
    with db.session() as s:
        rows = s.scalars(select(StoredPromotion).where(StoredPromotion.active,
                                                       StoredPromotion.applies_at_till))
        return PromotionBook(p for p in (_for_cart(s, r) for r in rows) if p is not None)


# -- the manager's list -----------------------------------------------------------------------
def list_promotions(db: Database, money=str) -> list[PromotionSummary]:
    with db.session() as s:
        rows = s.scalars(select(StoredPromotion).order_by(StoredPromotion.active.desc(),
                                                          StoredPromotion.name))
        return [_summary(r, money) for r in rows]


def _summary(row: StoredPromotion, money) -> PromotionSummary:
    """The reason is kept as a message and its arguments (older rows: an English sentence),
    shown in the language of the moment."""
    what, reason = "", shown(row.not_applied_reason)
    if row.applies_at_till:
        try:
            what = reward_text(from_dict(json.loads(row.definition)), money)
        except (InvalidPromotion, ValueError) as exc:
            reason = translate("Promotions", "the till cannot read it ({0})").format(exc)
    applies = row.applies_at_till and not reason
    return PromotionSummary(row.ref, row.name, row.code or "", row.active, applies, reason, what,
                            row.used, row.usage_limit)


# -- a completed sale -------------------------------------------------------------------------
def record_sale_promotions(s: Session, sale_id: str, totals: CartTotals) -> None:
    """Which promotion took what off each line: a Core insert inside the sale's transaction,
    like the sale's other rows (pos/services/sales.py)."""
    rows = [dict(sale_id=sale_id, line_no=line_no, promotion_ref=a.promotion_id, name=a.name,
                 code=a.code, amount=a.amount)
            for line_no, priced in enumerate(totals.lines, start=1) for a in priced.promotions]
    if rows:
        s.execute(_INSERT_SALE_LINE_PROMOTIONS, rows)


def promotions_of_sale(s: Session, sale_id: str) -> dict[int, list[SaleLinePromotion]]:
    rows = s.scalars(select(SaleLinePromotion).where(SaleLinePromotion.sale_id == sale_id)
                     .order_by(SaleLinePromotion.line_no, SaleLinePromotion.id))
    by_line: dict[int, list[SaleLinePromotion]] = {}
    for row in rows:
        by_line.setdefault(row.line_no, []).append(row)
    return by_line


def add_to_document(document: dict, totals: CartTotals) -> None:
    """The sale's coupon codes and each line's promotions, in the journal and outbox payload
    (only when there are some, so a sale without promotions keeps its old shape)."""
    codes = sorted({a.code for line in totals.lines for a in line.promotions if a.code})
    if codes:
        document["promo_codes"] = codes
    for line_doc, priced in zip(document["lines"], totals.lines):
        if priced.promotions:
            line_doc["promotions"] = [{"promotion": a.promotion_id, "name": a.name,
                                       "code": a.code, "amount": a.amount}
                                      for a in priced.promotions]


# -- pulled from the online store (inside the sync engine's transaction) -----------------------
def apply_pulled_promotion(s: Session, remote_id: str, name: str, promotion: Promotion | None,
                           reason: str, active: bool, code: str, usage_limit: int | None,
                           used: int) -> None:
    save_promotion(s, remote_id, name, promotion, remote_id=remote_id, reason=reason,
                   active=active, code=code, usage_limit=usage_limit, used=used)


def retire_promotions_not_seen(s: Session, snapshot_started: datetime) -> None:
    """Deleted online: a full snapshot that started at `snapshot_started` did not bring them."""
    for row in s.scalars(select(StoredPromotion).where(
            StoredPromotion.remote_id.is_not(None), StoredPromotion.active,
            or_(StoredPromotion.pulled_at.is_(None), StoredPromotion.pulled_at < snapshot_started))):
        row.active = False
