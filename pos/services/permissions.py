"""Who may do what at the till: the one permission table, checked by the services.

A protected action asked for by a user whose role does not allow it goes through only with an
approval: the approving user (a manager who typed their PIN, see `users.approve`) is passed to
the service, which checks the approver's role too and records both in the journal.

    authoriser = permissions.authorise(user, permissions.REFUND, approver)
    permissions.record(session, permissions.REFUND, user, authoriser, terminal_id, sale=...)
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from pos.db.models import User
from pos.i18n import QT_TRANSLATE_NOOP, translate
from pos.services import journal
from pos.services.errors import ApprovalNeeded
from pos.services.user_info import UserInfo

if TYPE_CHECKING:
    from pos.domain.basket import Basket
    from pos.domain.cart import CartTotals, Discount

BIG_DISCOUNT = "big_discount"  # above settings.discount_limit_bp
PRICE_OVERRIDE = "price_override"
VOID = "void"  # cancelling a sale that has items (when settings.void_needs_manager)
REFUND = "refund"  # above the returns setting
NO_SALE = "no_sale"  # opening the drawer without a sale
STOCK_ADJUST = "stock_adjust"
CLOSE_SHIFT_OVER_SHORT = "close_shift_over_short"  # beyond the over/short setting
MANAGE_USERS = "manage_users"
UNLOCK_TILL = "unlock_till"  # `pos users unlock`: ends the PIN lockouts of the till
SETTINGS = "settings"  # also connecting the central store (the settings dialog, `pos connect`)
CATALOG_IMPORT = "catalog_import"  # `pos catalog import`: prices, names and stock of many items
VIEW_REPORTS = "view_reports"  # the sales dashboard

MANAGER_ACTIONS = frozenset({BIG_DISCOUNT, PRICE_OVERRIDE, VOID, REFUND, NO_SALE, STOCK_ADJUST,
                             CLOSE_SHIFT_OVER_SHORT, SETTINGS, VIEW_REPORTS, UNLOCK_TILL,
                             CATALOG_IMPORT})
ALLOWED: dict[str, frozenset[str]] = {
    "cashier": frozenset(),
    "manager": MANAGER_ACTIONS,
    "admin": MANAGER_ACTIONS | {MANAGE_USERS},
}

# What the action is, for "… needs a manager" messages (cashier's words).
DESCRIPTIONS = {
    BIG_DISCOUNT: QT_TRANSLATE_NOOP("Permissions", "A discount above the cashier limit"),
    PRICE_OVERRIDE: QT_TRANSLATE_NOOP("Permissions", "Changing a price"),
    VOID: QT_TRANSLATE_NOOP("Permissions", "Cancelling a sale that has items"),
    REFUND: QT_TRANSLATE_NOOP("Permissions", "This refund"),
    NO_SALE: QT_TRANSLATE_NOOP("Permissions", "Opening the drawer without a sale"),
    STOCK_ADJUST: QT_TRANSLATE_NOOP("Permissions", "Adjusting stock"),
    CLOSE_SHIFT_OVER_SHORT: QT_TRANSLATE_NOOP("Permissions",
                                              "Closing a shift with this over/short"),
    MANAGE_USERS: QT_TRANSLATE_NOOP("Permissions", "Managing users"),
    UNLOCK_TILL: QT_TRANSLATE_NOOP("Permissions", "Unlocking PINs on this till"),
    SETTINGS: QT_TRANSLATE_NOOP("Permissions", "Changing settings"),
    CATALOG_IMPORT: QT_TRANSLATE_NOOP("Permissions", "Importing the catalogue"),
    VIEW_REPORTS: QT_TRANSLATE_NOOP("Permissions", "The sales dashboard"),
}


def may(user: UserInfo | None, action: str) -> bool:
    if action not in DESCRIPTIONS:
        raise ValueError(translate("Errors", "Unknown protected action {0}").format(repr(action)))
    return user is not None and action in ALLOWED.get(user.role, frozenset())


def who_may(action: str) -> str:
    return (translate("Errors", "an admin") if action == MANAGE_USERS
            else translate("Errors", "a manager"))


def description(action: str) -> str:
    """What the action is, in the current language ("This refund")."""
    return translate("Permissions", DESCRIPTIONS[action])


def authorise(user: UserInfo | None, action: str, approver: UserInfo | None = None) -> UserInfo:
    """The user who authorises `action`: `user` if their role allows it, else `approver` if
    theirs does. Raises ApprovalNeeded (nothing done) otherwise."""
    if may(user, action):
        return user
    if approver is not None and may(approver, action):
        return approver
    what = description(action)
    if approver is not None:
        raise ApprovalNeeded(translate("Errors", "{0} may not approve this: {1} needs {2}.")
                                 .format(approver.name, what.lower(), who_may(action)), action)
    raise ApprovalNeeded(translate("Errors", "{0} needs {1}: ask one to approve with their PIN.")
                             .format(what, who_may(action)),
                         action)


def record(session: Session, action: str, user: UserInfo | None, authoriser: UserInfo,
           terminal_id: str, **details) -> None:
    """Journal entry of kind `action`: who did it, who approved, when, where, and details.
    Call inside the write transaction of the action itself."""
    journal.append(session, action, {
        "terminal_id": terminal_id,
        "user": user.name if user else None, "user_id": user.id if user else None,
        "approved_by": authoriser.name, "approved_by_id": authoriser.id,
        "at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        **details,
    })


# -- what is on a sale ------------------------------------------------------------------------

def discount_share(discount: Discount, base: int) -> int:
    """A discount as basis points of what it applies to (compared with the cashier limit)."""
    if discount.kind == "percent":
        return discount.value
    return discount.value * 10_000 // max(base, 1)


def check_sale(session: Session, basket: Basket, totals: CartTotals, cashier: UserInfo | None,
               discount_limit_bp: int) -> None:
    """Every price override and every discount above the cashier limit on the sale is the
    cashier's to give or was approved (the approver's id is on the line). Raises
    ApprovalNeeded otherwise, before anything is written."""
    for line, priced in zip(basket.lines, totals.lines):
        if line.price_overridden:
            _approved_on_sale(session, cashier, PRICE_OVERRIDE, line.approved_by)
        if line.discount and discount_share(line.discount, priced.gross) > discount_limit_bp:
            _approved_on_sale(session, cashier, BIG_DISCOUNT, line.approved_by)
    order = basket.order_discount
    if order and discount_share(order, totals.subtotal) > discount_limit_bp:
        _approved_on_sale(session, cashier, BIG_DISCOUNT, basket.order_discount_approved_by)


def _approved_on_sale(session: Session, cashier: UserInfo | None, action: str,
                      approver_id: int | None) -> None:
    if may(cashier, action):
        return
    approver = session.get(User, approver_id) if approver_id else None
    if approver is not None and approver.active and action in ALLOWED.get(approver.role, ()):
        return
    raise ApprovalNeeded(translate("Errors", "{0} on this sale has no approval: do it again and "
                                             "ask {1} to enter their PIN.")
                             .format(description(action), who_may(action)), action)
