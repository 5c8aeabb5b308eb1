"""Protected actions at the counter that change no sale row by themselves: a price override,
a big discount, cancelling ("voiding") a sale that has items. Each is authorised by the
permission table and written to the hash-chained journal with who did it and who approved."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from pos.db.engine import Database
from pos.db.models import JournalEntry
from pos.domain.basket import Basket
from pos.services import cart_on_screen, permissions
from pos.services.settings import ShopSettings
from pos.services.users import UserInfo


def protected_action(db: Database, action: str, user: UserInfo | None,
                     approver: UserInfo | None, terminal_id: str, **details) -> UserInfo:
    """Checks and journals one protected action; returns who authorised it.
    Raises ApprovalNeeded (nothing written) when neither the user nor the approver may."""
    authoriser = permissions.authorise(user, action, approver)
    with db.transaction() as s:
        permissions.record(s, action, user, authoriser, terminal_id, **details)
    return authoriser


def void_sale(db: Database, basket: Basket, user: UserInfo | None, approver: UserInfo | None,
              settings: ShopSettings) -> UserInfo | None:
    """Cancelling a sale that has items: journal kind "void" with what was on it (counted on
    the Z report). Needs a manager when settings.void_needs_manager. An empty sale is no void."""
    if basket.is_empty():
        return None
    if settings.void_needs_manager:
        authoriser = permissions.authorise(user, permissions.VOID, approver)
    else:
        authoriser = approver or user
    totals = basket.totals(settings.tax_inclusive)
    with db.transaction() as s:
        permissions.record(s, permissions.VOID, user, authoriser, settings.terminal_id,
                           total=totals.total, lines=[_voided_line(l) for l in basket.lines])
        cart_on_screen.clear_in(s, settings.terminal_id)
    return authoriser


def _voided_line(line) -> dict:
    return {"sku": line.sku, "name": line.name, "quantity": str(line.quantity),
            "unit_price": line.unit_price}


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    kind: str
    at: datetime
    user: str | None
    approved_by: str | None
    details: dict


def audit_trail(db: Database, limit: int = 200) -> list[AuditEntry]:
    """The latest protected and sensitive actions, newest first (sales left out)."""
    with db.session() as s:
        rows = s.scalars(select(JournalEntry).where(JournalEntry.kind != "sale")
                         .order_by(JournalEntry.seq.desc()).limit(limit))
        return [_audit_entry(e) for e in rows]


def _audit_entry(entry: JournalEntry) -> AuditEntry:
    payload = json.loads(entry.payload)
    user = payload.pop("user", None) or payload.pop("cashier", None) or payload.pop("by", None)
    return AuditEntry(entry.seq, entry.kind, entry.created_at, user,
                      payload.pop("approved_by", None), payload)
