"""The digest of a sale's (or a return's) own rows, as SQLite holds them.

One function, `rows_digest`, computes it: inside the sale's transaction for its journal entry,
and again by `pos journal verify` from the tables as they are now. Values are read raw (no
SQLAlchemy type conversion: a 2 written into a boolean column must not read as True) with their
SQLite type kept, so '100' and 100 differ.

The columns are named here, not taken from the tables: a later migration that adds a column
must not change the digest of the sales already made. A change of what is proved is a new
version: a digest of version 2 or later is stored as "<version>:<hex>", one of version 1 as the
bare hex, and verify recomputes each with its own version's columns.
- Version 1: the document's own rows.
- Version 2: also its stock movements (the quantities taken off or put back), all but their
  `acknowledged` flag (set when the store has the sale). And the click-and-collect steps that
  move stock (pos/services/collect.py): an order made ready (its units out), not collected or
  cancelled online (back), each proving the movements carrying its UUID (`effect_id`).
Left out on purpose: a sale's and a return's `customer_id` (merging a customer with the
store's one re-points it, sync/apply.py): journal.verify checks it against the entry."""
from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy.orm import Session

_MOVEMENT = ("id", "variant_id", "location", "quantity_milli", "kind", "sale_id", "return_id",
             "reason", "user_id", "created_at")

# kind -> ((table, column holding the document's id, columns), ...): version 1
PROVED_ROWS: dict[str, tuple[tuple[str, str, tuple[str, ...]], ...]] = {
    "sale": (
        ("sales", "id", ("id", "terminal_id", "receipt_no", "created_at", "cashier_id",
                         "currency", "tax_inclusive", "subtotal", "discount_total", "tax_total",
                         "rounding", "total", "change", "status", "shift_id")),
        ("sale_lines", "sale_id", ("id", "sale_id", "line_no", "variant_id", "sku", "name",
                                   "quantity_milli", "unit", "unit_price", "price_overridden",
                                   "gross", "line_discount", "order_discount", "tax_rate_bp",
                                   "tax", "total")),
        ("payments", "sale_id", ("id", "sale_id", "method", "amount", "tendered", "reference")),
        ("sale_line_promotions", "sale_id", ("id", "sale_id", "line_no", "promotion_ref", "name",
                                             "code", "amount")),
    ),
    "return": (
        ("returns", "id", ("id", "terminal_id", "return_no", "created_at", "sale_id",
                           "original_ref", "origin", "shift_id", "cashier_id", "approved_by_id",
                           "currency", "tax_total", "rounding", "total", "reason",
                           "exchange_sale_id")),
        ("return_lines", "return_id", ("id", "return_id", "sale_line_no", "variant_id", "sku",
                                       "name", "quantity_milli", "unit", "tax_rate_bp", "tax",
                                       "total", "restock")),
        ("refunds", "return_id", ("id", "return_id", "method", "amount", "reference")),
    ),
}


# collect.READY_KIND, the expiry's and the pulled cancellation's entries (collect imports the
# journal, so not imported from there)
COLLECT_STOCK_KINDS = ("collect_ready", "collect_not_collected", "collect_cancelled")

# version -> kind -> tables
VERSIONS = {
    1: PROVED_ROWS,
    2: {"sale": PROVED_ROWS["sale"] + (("stock_movements", "sale_id", _MOVEMENT),),
        "return": PROVED_ROWS["return"] + (("stock_movements", "return_id", _MOVEMENT),),
        **{kind: (("stock_movements", "effect_id", _MOVEMENT),) for kind in COLLECT_STOCK_KINDS}},
}
CURRENT = max(VERSIONS)


def _query(table: str, key: str, columns: tuple[str, ...]) -> str:
    names = ", ".join(f'"{c}"' for c in columns)
    return f'SELECT {names} FROM "{table}" WHERE "{key}" = ? ORDER BY rowid'


_QUERIES = {version: {kind: tuple((table, _query(table, key, cols)) for table, key, cols in tables)
                      for kind, tables in kinds.items()}
            for version, kinds in VERSIONS.items()}


def proves_rows(kind: str) -> bool:
    return kind in VERSIONS[CURRENT]


def rows_digest(session: Session, kind: str, ref: str, version: int = CURRENT) -> str:
    """SHA-256 of the rows of the sale/return `ref`, table by table, in row order, marked with
    its version (none for version 1)."""
    conn = session.connection()
    tables = [[table, [list(row) for row in conn.exec_driver_sql(sql, (ref,))]]
              for table, sql in _QUERIES[version][kind]]
    text = json.dumps(tables, separators=(",", ":"), ensure_ascii=False, default=_blob)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return digest if version == 1 else f"{version}:{digest}"


def digest_version(stored: str) -> int | None:
    """The version of a stored digest; None when it names no version this code knows."""
    head, sep, _ = stored.partition(":")
    if not sep:
        return 1
    return int(head) if head.isdigit() and int(head) in VERSIONS and int(head) > 1 else None


def _blob(value: Any) -> dict:
    if isinstance(value, (bytes, memoryview)):
        return {"blob": bytes(value).hex()}
    raise TypeError(f"unexpected SQLite value {value!r}")
