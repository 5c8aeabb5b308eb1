"""Promotions from Medusa, mapped to the till's engine. A promotion the engine cannot express
exactly comes down as "not applied at the till" with the reason: never half-applied.

Promotions are few and Medusa does not list deleted ones, so every pull is a full snapshot
(paged by offset); what the snapshot did not see is retired at the till."""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timezone
from decimal import Decimal, InvalidOperation

from pos.domain.money import currency as currency_of, to_minor
from pos.domain.promotions import (ALL_ITEMS, CHANNELS, FULL_BP, BuyGet, Conditions, ItemsOff,
                                   OrderOff, Promotion, Target)
from pos.i18n import QT_TRANSLATE_NOOP
from pos.stored_text import kept
from sync.connectors.medusa_http import MedusaHttp
from sync.errors import no_list_in_reply
from sync.records import Page, PromotionRecord, PromotionsSeen

PAGE = 100
INCLUSIVE_OPERATORS = ("in", "eq")


class NotAtTheTill(Exception):
    """Why a promotion cannot be applied at the till (shown to the manager, in the language of
    the moment: it is kept as a message of the "Promotions" catalogue and its arguments)."""

    def __init__(self, reason: str, *args):
        super().__init__(reason, *args)
        self.stored = kept("Promotions", reason, *args)


# -- reading the store's values ------------------------------------------------------------
def _percent_bp(value) -> int:
    bp = Decimal(str(value)) * 100
    if bp != bp.to_integral_value() or not 0 <= bp <= FULL_BP:
        raise NotAtTheTill(QT_TRANSLATE_NOOP("Promotions", "a {0}% discount is finer than the "
                                                           "till's 0.01%"), str(value))
    return int(bp)


def _local_time(iso: str | None) -> datetime | None:
    if not iso:
        return None
    moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone().replace(tzinfo=None)  # the till's wall clock


def _values(rule: dict) -> list[str]:
    if rule.get("operator") not in INCLUSIVE_OPERATORS:
        raise NotAtTheTill(QT_TRANSLATE_NOOP("Promotions", "its rule on {0} uses the operator "
                                                           "{1}; the till only knows 'is one "
                                                           "of'"),
                           str(rule.get("attribute")), repr(rule.get("operator")))
    return [str(v["value"]) for v in rule.get("values") or [] if v.get("value") is not None]


class PromotionMapper:
    """Turns one Medusa promotion into an engine promotion, asking the store for names
    (customer groups, categories) and collection members on the way."""

    def __init__(self, http: MedusaHttp, ids: dict, currency: str):
        self.http, self.ids = http, ids
        self.cur = currency_of(currency.upper())
        self._names: dict[tuple[str, str], str] = {}

    # -- look-ups -------------------------------------------------------------------------
    def forget_names(self) -> None:
        self._names.clear()

    def _names_of(self, path: str, key: str, ids: list[str]) -> list[str]:
        missing = [i for i in ids if (path, i) not in self._names]
        if missing:
            rows = self.http.get(path, **{"id[]": missing}, fields="id,name",
                                 limit=len(missing)).get(key) or []
            self._names.update({(path, r["id"]): r.get("name") or r["id"] for r in rows})
        unknown = [i for i in ids if (path, i) not in self._names]
        if unknown:
            raise NotAtTheTill(QT_TRANSLATE_NOOP("Promotions", "it names {0}, which the store "
                                                               "no longer has"),
                               ", ".join(unknown))
        return [self._names[(path, i)] for i in ids]

    def _collection_products(self, collection_ids: list[str]) -> frozenset[str]:
        found, offset = set(), 0
        while True:
            data = self.http.get("/admin/products", **{"collection_id[]": collection_ids},
                                 fields="id", limit=200, offset=offset)
            rows = data.get("products") or []
            found |= {r["id"] for r in rows}
            offset += len(rows)
            if not rows or offset >= int(data.get("count", 0)):
                return frozenset(found)

    # -- rules ----------------------------------------------------------------------------
    def target(self, rules: list[dict]) -> Target:
        if not rules:
            return ALL_ITEMS
        if len(rules) > 1:  # Medusa wants every rule to hold; the till's target is one list
            raise NotAtTheTill(QT_TRANSLATE_NOOP("Promotions", "it combines several item rules "
                                                               "(all must hold)"))
        rule = rules[0]
        attribute, values = rule.get("attribute"), _values(rule)
        if attribute == "items.product.id":
            return Target(products=frozenset(values))
        if attribute == "items.product.categories.id":
            names = self._names_of("/admin/product-categories", "product_categories", values)
            return Target(categories=frozenset(names))
        if attribute == "items.product.collection_id":
            return Target(products=self._collection_products(values))
        raise NotAtTheTill(QT_TRANSLATE_NOOP("Promotions", "it is about {0}, which the till does "
                                                           "not know"), str(attribute))

    def conditions(self, raw: dict) -> Conditions:
        groups, channels = frozenset(), CHANNELS
        for rule in raw.get("rules") or []:
            attribute, values = rule.get("attribute"), _values(rule)
            if attribute == "customer.groups.id":
                groups = frozenset(self._names_of("/admin/customer-groups", "customer_groups",
                                                  values))
            elif attribute == "sales_channel_id":
                if self.ids.get("sales_channel_id") not in values:
                    raise NotAtTheTill(QT_TRANSLATE_NOOP("Promotions", "it is only for the "
                                                         "online store's sales channels"))
            elif attribute == "currency_code":
                if self.cur.code.lower() not in [v.lower() for v in values]:
                    raise NotAtTheTill(QT_TRANSLATE_NOOP("Promotions", "it is for {0}, not {1}"),
                                       ", ".join(values), self.cur.code)
            elif attribute == "region.id":
                if self.ids.get("region_id") not in values:
                    raise NotAtTheTill(QT_TRANSLATE_NOOP("Promotions", "it is only for other "
                                                                       "regions"))
            else:
                raise NotAtTheTill(QT_TRANSLATE_NOOP("Promotions", "it has a rule on {0}, which "
                                                                   "the till does not know"),
                                   str(attribute))
        campaign = raw.get("campaign") or {}
        return Conditions(code="" if raw.get("is_automatic") else (raw.get("code") or "").upper(),
                          starts=_local_time(campaign.get("starts_at")),
                          ends=_local_time(campaign.get("ends_at")),
                          customer_groups=groups, channels=channels)

    # -- rewards --------------------------------------------------------------------------
    def _amount(self, method: dict) -> int:
        code = (method.get("currency_code") or self.cur.code).upper()
        if code != self.cur.code:
            raise NotAtTheTill(QT_TRANSLATE_NOOP("Promotions", "its amount is in {0}; the till "
                                                               "sells in {1}"), code, self.cur.code)
        return to_minor(Decimal(str(_raw_value(method))), self.cur)

    def reward(self, raw: dict):
        method = raw.get("application_method") or {}
        kind, target_type = method.get("type"), method.get("target_type")
        if target_type == "shipping_methods":
            raise NotAtTheTill(QT_TRANSLATE_NOOP("Promotions", "it discounts shipping, which a "
                                                               "counter sale does not have"))
        if raw.get("type") == "buyget":
            return self._buy_get(method)
        percent = _percent_bp(_raw_value(method)) if kind == "percentage" else 0
        amount = self._amount(method) if kind == "fixed" else 0
        if target_type == "order":
            return OrderOff(percent, amount)
        if target_type == "items":
            max_pieces = method.get("max_quantity") if method.get("allocation") == "each" else None
            return ItemsOff(self.target(method.get("target_rules") or []), percent, amount,
                            per_piece=method.get("allocation") != "across",
                            max_pieces=max_pieces)
        raise NotAtTheTill(QT_TRANSLATE_NOOP("Promotions", "it targets {0}"), repr(target_type))

    def _buy_get(self, method: dict) -> BuyGet:
        if method.get("type") != "percentage":
            raise NotAtTheTill(QT_TRANSLATE_NOOP("Promotions", "its 'get' part is a fixed amount; "
                                                               "the till gives a percentage off"))
        get_qty = int(method.get("apply_to_quantity") or 1)
        max_items = method.get("max_quantity")
        return BuyGet(self.target(method.get("buy_rules") or []),
                      int(method.get("buy_rules_min_quantity") or 1), get_qty,
                      self.target(method.get("target_rules") or []),
                      _percent_bp(_raw_value(method)),
                      int(max_items) // get_qty if max_items else None)

    def usage(self, raw: dict) -> tuple[int | None, int]:
        limit, used = raw.get("limit"), int(raw.get("used") or 0)
        budget = (raw.get("campaign") or {}).get("budget")
        if budget:
            if budget.get("type") != "usage":
                raise NotAtTheTill(QT_TRANSLATE_NOOP("Promotions", "its campaign budget ({0}) is "
                                                                   "counted by the online store "
                                                                   "only"), str(budget.get("type")))
            left = int(Decimal(str(budget.get("limit") or 0)) - Decimal(str(budget.get("used") or 0)))
            limit = min(limit - used, left) + used if limit is not None else used + left
        return (int(limit) if limit is not None else None), used

    def record(self, raw: dict) -> PromotionRecord:
        code = (raw.get("code") or "").upper()
        campaign = (raw.get("campaign") or {}).get("name") or ""
        name = f"{campaign} ({code})" if campaign and code else (campaign or code or raw["id"])
        active = raw.get("status") == "active" and not raw.get("deleted_at")
        try:
            limit, used = self.usage(raw)
            conditions = self.conditions(raw)
            promotion = Promotion(raw["id"], name, self.reward(raw),
                                  replace(conditions, usage_limit=limit, used=used))
            return PromotionRecord(raw["id"], name, code, active, promotion, "", limit, used)
        except NotAtTheTill as why:
            return PromotionRecord(raw["id"], name, code, active, None, why.stored,
                                   raw.get("limit"), int(raw.get("used") or 0))
        except (InvalidOperation, ValueError, TypeError, KeyError, AttributeError) as exc:
            # one odd promotion must not stop the sync of everything else
            return PromotionRecord(raw["id"], name, code, active, None,
                                   kept("Promotions", QT_TRANSLATE_NOOP(
                                       "Promotions", "the till cannot read it ({0})"), repr(exc)),
                                   None, 0)


def _raw_value(method: dict):
    raw = method.get("raw_value") or {}
    return raw.get("value") if isinstance(raw, dict) and raw.get("value") is not None \
        else method.get("value")


class PromotionPuller:
    """Cursor JSON {offset, started}; the last page says the snapshot is complete."""

    def __init__(self, http: MedusaHttp, ids: dict, currency: str):
        self.http, self.mapper = http, PromotionMapper(http, ids, currency)

    def page(self, cursor: str | None) -> Page:
        if cursor is None:  # a new snapshot: names may have changed online since the last one
            self.mapper.forget_names()
        c = json.loads(cursor) if cursor else {
            "offset": 0, "started": datetime.now(timezone.utc).replace(tzinfo=None).isoformat()}
        data = self.http.get("/admin/promotions", limit=PAGE, offset=c["offset"], order="id")
        rows = data.get("promotions")
        if rows is None:
            raise no_list_in_reply("/admin/promotions", "promotions")
        records = tuple(self.mapper.record(r) for r in rows)
        c["offset"] += len(rows)
        if rows and c["offset"] < int(data.get("count", 0)):
            return Page("promotions", records, json.dumps(c), more=True)
        return Page("promotions", records + (PromotionsSeen(c["started"]),), None, more=False)


# -- a coupon used at the till counts online ------------------------------------------------
TILL_SALES_KEY = "omnipos_sales"  # sale UUIDs already counted: a retried push counts once


def count_till_uses(http: MedusaHttp, sale: dict) -> None:
    """Medusa 2.21.2 counts a promotion's `used` only when a web cart completes (draft orders
    never do) and its API cannot set `used`; so a coupon used at the till takes one off the
    promotion's `limit` instead, which the web checkout respects. Used up (limit would be 0):
    the promotion is set inactive. The sale's UUID goes into the promotion's metadata first
    thing, so a push retried after an uncertain answer never counts twice."""
    for code in sale.get("promo_codes") or []:
        for promotion in http.get("/admin/promotions", code=code, limit=10).get("promotions") or []:
            if promotion.get("code", "").upper() == code.upper():
                _count_one(http, promotion, sale["id"])


def _count_one(http: MedusaHttp, promotion: dict, sale_id: str) -> None:
    meta = dict(promotion.get("metadata") or {})
    counted = list(meta.get(TILL_SALES_KEY) or [])
    if sale_id in counted:
        return
    meta[TILL_SALES_KEY] = counted + [sale_id]
    meta["omnipos_till_uses"] = len(counted) + 1
    body: dict = {"metadata": meta}
    limit = promotion.get("limit")
    if isinstance(limit, int):
        if limit - 1 >= max(1, int(promotion.get("used") or 0)):
            body["limit"] = limit - 1
        else:
            body["status"] = "inactive"  # the till took the last use
    http.post(f"/admin/promotions/{promotion['id']}", body)
