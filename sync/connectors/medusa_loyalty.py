"""Loyalty points in Medusa: one balance per customer in the customer's metadata, shared by
every till. Medusa has no counter and no compare-and-set, so the till pushes ledger entries
identified by id: the metadata keeps the ids it has already counted (the newest
LOYALTY_APPLIED_KEPT), and an entry whose id is there is never added again, whatever the retry.

Two tills writing the same customer at once can still overwrite each other's update (no
compare-and-set): the writer reads back its own entries and writes again if they are missing,
and a till that finds its pushed entry missing from the list at the next pull sends it again.

    metadata.loyalty_points   the balance (int)
    metadata.loyalty_applied  ids of the entries already counted, oldest first
"""
from __future__ import annotations

from sync.connectors.medusa_customers import (CUSTOMER_FIELDS, LOYALTY_APPLIED_KEPT,
                                              LOYALTY_APPLIED_KEY, LOYALTY_BALANCE_KEY,
                                              CustomerPusher, central_balance, counted_entries)
from pos.i18n import QT_TRANSLATE_NOOP
from sync.connectors.medusa_http import MedusaHttp
from sync.errors import StoreBusy, SyncError
from sync.records import PushResult

# Two tills writing the same customer at once can overwrite each other (no compare-and-set):
# after writing, read back and add again what another writer's update dropped.
WRITE_TRIES = 3


class LoyaltyPusher:
    def __init__(self, http: MedusaHttp):
        self.http = http

    def push(self, payload: dict) -> PushResult:
        customer = self.customer(payload)
        wanted = {e["id"]: int(e["points"]) for e in payload["entries"]}
        for _ in range(WRITE_TRIES):
            metadata = customer.get("metadata") or {}
            missing = {i: p for i, p in wanted.items() if i not in counted_entries(metadata)}
            if not missing:
                return PushResult(customer["id"])
            self.http.post(f"/admin/customers/{customer['id']}",
                           {"metadata": with_entries(metadata, missing)})
            customer = self.fetch(customer["id"]) or customer
        raise StoreBusy(QT_TRANSLATE_NOOP("SyncErrors", "Points for this customer were "
                                                        "overwritten by another till while being "
                                                        "saved; they will be sent again."))

    def customer(self, payload: dict) -> dict:
        remote_id = payload.get("customer_remote_id")
        found = self.fetch(remote_id) if remote_id else None
        found = found or CustomerPusher(self.http).find({**payload, "remote_id": None})
        if found is None:
            raise SyncError(QT_TRANSLATE_NOOP("SyncErrors", "Points wait until their customer "
                                                            "is in the online store (the "
                                                            "customer is sent first)."))
        return found

    def fetch(self, remote_id: str) -> dict | None:
        rows = self.http.get("/admin/customers", **{"id[]": remote_id},
                             fields=CUSTOMER_FIELDS)["customers"]
        return rows[0] if rows else None


def with_entries(metadata: dict, entries: dict[str, int]) -> dict:
    """Only the loyalty keys: Medusa merges metadata key by key, the others stay as they are."""
    balance = central_balance(metadata) or 0
    applied = (counted_entries(metadata) + list(entries))[-LOYALTY_APPLIED_KEPT:]
    return {LOYALTY_BALANCE_KEY: balance + sum(entries.values()), LOYALTY_APPLIED_KEY: applied}
