"""`pos sales export`: completed sales with lines and payments, as JSON lines or CSV."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Iterator, TextIO

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from pos.db.engine import Database
from pos.db.models import Sale
from pos.services.sales import sale_document
from pos.services.spreadsheet_csv import csv_writer

CSV_COLUMNS = ("sale_id", "receipt", "created_at", "cashier", "currency", "sale_total",
               "rounding", "payments", "line_no", "sku", "name", "quantity", "unit",
               "unit_price", "line_discount", "order_discount", "tax_rate_bp", "tax", "line_total")


def sale_documents(db: Database, since: datetime | None = None) -> Iterator[dict]:
    stmt = (select(Sale).where(Sale.status == "completed").order_by(Sale.created_at, Sale.receipt_no)
            .options(selectinload(Sale.lines), selectinload(Sale.payments),
                     selectinload(Sale.cashier)))
    if since is not None:
        if since.tzinfo is not None:  # sales are stored in naive UTC
            since = since.astimezone(timezone.utc).replace(tzinfo=None)
        stmt = stmt.where(Sale.created_at >= since)
    with db.session() as s:
        for sale in s.scalars(stmt):
            yield sale_document(sale, sale.cashier.name if sale.cashier else "")


def write_jsonl(docs: Iterator[dict], out: TextIO) -> int:
    count = 0
    for count, doc in enumerate(docs, start=1):
        out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return count


def write_csv(docs: Iterator[dict], out: TextIO) -> int:
    writer = csv_writer(out)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for count, doc in enumerate(docs, start=1):
        payments = ";".join(f"{p['method']}:{p['amount']}" for p in doc["payments"])
        head = [doc["id"], doc["receipt"], doc["created_at"], doc["cashier"], doc["currency"],
                doc["total"], doc["rounding"], payments]
        for line in doc["lines"]:
            writer.writerow(head + [line[k] for k in ("line_no", "sku", "name", "quantity", "unit",
                                                      "unit_price", "line_discount",
                                                      "order_discount", "tax_rate_bp", "tax",
                                                      "total")])
    return count
