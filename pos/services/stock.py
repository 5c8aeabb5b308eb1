"""Stock at the till: the ledger view of DESIGN.md invariant 3.

Local stock = the last level known from the central store (or an import) at this shop's
location + the local movements (sales, returns, adjustments) it has not acknowledged yet.
"""
from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select

from pos.db.engine import Database
from pos.db.models import StockLevel, StockMovement


def local_stock_milli(session, variant_id: int, location: str) -> int:
    """The local figure in thousandths (1000 = one piece or one kilogram)."""
    level = session.scalar(select(StockLevel.quantity_milli).where(
        StockLevel.variant_id == variant_id, StockLevel.location == location)) or 0
    pending = session.scalar(select(func.coalesce(func.sum(StockMovement.quantity_milli), 0))
                             .where(StockMovement.variant_id == variant_id,
                                    StockMovement.location == location,
                                    StockMovement.acknowledged.is_(False)))
    return level + pending


def local_stock(db: Database, variant_id: int, location: str) -> Decimal:
    """Pieces or kilograms on hand as the till sees it, exact to 0.001 (may be negative)."""
    with db.session() as s:
        return Decimal(local_stock_milli(s, variant_id, location)).scaleb(-3)
