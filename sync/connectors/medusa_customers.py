"""Customers with Medusa (their orders: medusa_orders). A till customer whose phone or email
already exists online is linked to that customer, never created twice."""
from __future__ import annotations

import json

from pos.domain.errors import DomainError
from pos.domain.phone import normalize_phone
from sync.connectors.medusa_http import MedusaHttp
from sync.errors import Rejected, no_list_in_reply
from sync.records import CustomerRecord, Page, PushResult

EPOCH = "1970-01-01T00:00:00Z"
CUSTOMER_FIELDS = "id,email,phone,first_name,last_name,metadata,updated_at,*groups"
PLACEHOLDER_DOMAIN = "phone.omnipos.invalid"  # when the store insists on an email
LOYALTY_BALANCE_KEY = "loyalty_points"  # metadata: one balance for every till (medusa_loyalty)
LOYALTY_APPLIED_KEY = "loyalty_applied"  # metadata: ids of the till entries in that balance
LOYALTY_CARD_KEY = "loyalty_card"  # metadata: the card code, so every till knows the card
# Entry ids kept in loyalty_applied: a till pushes in order, so retries are always recent.
LOYALTY_APPLIED_KEPT = 500


def _phone(raw: str | None) -> str:
    try:
        return normalize_phone(raw) if raw else ""
    except DomainError:
        return raw or ""


def central_balance(metadata: dict) -> int | None:
    """The loyalty balance kept online, None when there is none (or garbage typed online)."""
    value = (metadata or {}).get(LOYALTY_BALANCE_KEY)
    try:
        return None if value is None else int(value)
    except (TypeError, ValueError):
        return None


def counted_entries(metadata: dict) -> list[str]:
    applied = (metadata or {}).get(LOYALTY_APPLIED_KEY)
    return [str(i) for i in applied] if isinstance(applied, list) else []


def _card(payload: dict) -> dict:
    return {LOYALTY_CARD_KEY: payload["card_code"]} if payload.get("card_code") else {}


def customer_record(raw: dict) -> CustomerRecord:
    name = " ".join(filter(None, [raw.get("first_name"), raw.get("last_name")])).strip()
    email = (raw.get("email") or "").lower()
    groups = raw.get("groups") or []
    return CustomerRecord(raw["id"], name or email, "" if email.endswith(PLACEHOLDER_DOMAIN)
                          else email, _phone(raw.get("phone")),
                          groups[0].get("name", "") if groups else "", raw.get("metadata") or {},
                          points=central_balance(raw.get("metadata")),
                          points_counted=tuple(counted_entries(raw.get("metadata"))),
                          card_code=str((raw.get("metadata") or {}).get(LOYALTY_CARD_KEY) or ""),
                          points_counted_all=len(counted_entries(raw.get("metadata")))
                          < LOYALTY_APPLIED_KEPT)


class UpdatedSincePuller:
    """One list endpoint paged by updated_at; cursor JSON {since, offset, max_seen}."""

    def __init__(self, http: MedusaHttp, resource: str, path: str, key: str, fields: str,
                 convert, **filters):
        self.http, self.resource, self.path, self.key = http, resource, path, key
        self.fields, self.convert, self.filters = fields, convert, filters

    def page(self, cursor: str | None) -> Page:
        c = json.loads(cursor) if cursor else {"since": EPOCH, "offset": 0, "max_seen": EPOCH}
        data = self.http.get(self.path, **{"updated_at[$gte]": c["since"]}, order="updated_at",
                             limit=100, offset=c["offset"], fields=self.fields, **self.filters)
        rows = data.get(self.key)
        if rows is None:
            raise no_list_in_reply(self.path, self.key)
        c["max_seen"] = max([c["max_seen"]] + [r.get("updated_at") or EPOCH for r in rows])
        c["offset"] += len(rows)
        records = tuple(r for r in (self.convert(row) for row in rows) if r is not None)
        if rows and c["offset"] < int(data.get("count", 0)):
            return Page(self.resource, records, json.dumps(c), more=True)
        done = {"since": c["max_seen"], "offset": 0, "max_seen": c["max_seen"]}
        return Page(self.resource, records, json.dumps(done), more=False)


def customer_puller(http: MedusaHttp) -> UpdatedSincePuller:
    return UpdatedSincePuller(http, "customers", "/admin/customers", "customers",
                              CUSTOMER_FIELDS, customer_record)


class CustomerPusher:
    def __init__(self, http: MedusaHttp):
        self.http = http

    def push(self, payload: dict) -> PushResult:
        existing = self.find(payload)
        if existing is None:
            return PushResult(self.create(payload)["id"])
        if payload.get("remote_id"):
            self.update(existing, payload)  # an edit at the till of a known customer
            return PushResult(existing["id"])
        self.fill_gaps(existing, payload)  # new at the till, known online: merge
        return PushResult(existing["id"], "linked to the online store's existing customer")

    def find(self, payload: dict) -> dict | None:
        if payload.get("remote_id"):
            rows = self.http.get("/admin/customers", **{"id[]": payload["remote_id"]},
                                 fields=CUSTOMER_FIELDS)["customers"]
            if rows:
                return rows[0]
        if payload.get("email"):
            rows = self.http.get("/admin/customers", email=payload["email"],
                                 fields=CUSTOMER_FIELDS)["customers"]
            if rows:
                return rows[0]
        if payload.get("phone"):
            digits = payload["phone"].lstrip("+")
            for q in (digits[-9:],):  # matches 0912…, 84912…, +84912… spellings online
                rows = self.http.get("/admin/customers", q=q, fields=CUSTOMER_FIELDS, limit=50)
                for row in rows["customers"]:
                    if _phone(row.get("phone")) == payload["phone"]:
                        return row
        return None

    def _body(self, payload: dict) -> dict:
        body = {"first_name": payload["name"], "last_name": "",
                "metadata": {"pos_customer_id": payload["id"], **_card(payload)}}
        if payload.get("phone"):
            body["phone"] = payload["phone"]
        return body

    def create(self, payload: dict) -> dict:
        body = self._body(payload)
        if payload.get("email"):
            return self.http.post("/admin/customers", {**body, "email": payload["email"]})["customer"]
        try:
            return self.http.post("/admin/customers", body)["customer"]
        except Rejected:
            email = f"{payload['phone'].lstrip('+')}@{PLACEHOLDER_DOMAIN}"
            return self.http.post("/admin/customers", {**body, "email": email})["customer"]

    def fill_gaps(self, existing: dict, payload: dict) -> None:
        """Merging a till-made customer into an online one: only fill what is empty online."""
        body = {}
        if payload.get("phone") and not existing.get("phone"):
            body["phone"] = payload["phone"]
        if payload["name"] and not (existing.get("first_name") or existing.get("last_name")):
            body.update(first_name=payload["name"], last_name="")
        if payload.get("card_code") and not (existing.get("metadata") or {}).get(LOYALTY_CARD_KEY):
            body["metadata"] = _card(payload)
        if body:
            self.http.post(f"/admin/customers/{existing['id']}", body)

    def update(self, existing: dict, payload: dict) -> None:
        """Only what the till changed; the store's other fields stay as they are."""
        changed = set(payload.get("changed", ["name", "phone", "email"]))
        body = {}
        if "name" in changed and payload["name"]:
            body.update(first_name=payload["name"], last_name="")
        if "phone" in changed and payload.get("phone"):
            body["phone"] = payload["phone"]
        if "email" in changed and payload.get("email") and not existing.get("has_account"):
            body["email"] = payload["email"]
        if "card" in changed:  # "" removes the key (Medusa's metadata merge)
            body["metadata"] = {LOYALTY_CARD_KEY: payload.get("card_code") or ""}
        if body:
            self.http.post(f"/admin/customers/{existing['id']}", body)
