"""A promotion as plain JSON-able data and back (stored at the till, one row per promotion).

Bad data raises `InvalidPromotion`: a row the till cannot read is never half-applied."""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from pos.domain.errors import DomainError, translate
from pos.domain.promotions.model import (CHANNELS, BuyGet, Bundle, Conditions, ItemsOff,
                                         OrderOff, Promotion, Reward, Target, Tiered)


class InvalidPromotion(DomainError):
    """A stored promotion that cannot be read."""


def target_to_dict(t: Target) -> dict:
    return {"skus": sorted(t.skus), "products": sorted(t.products),
            "categories": sorted(t.categories), "everything": t.everything}


def target_from_dict(d: dict) -> Target:
    return Target(frozenset(d.get("skus", ())), frozenset(d.get("products", ())),
                  frozenset(d.get("categories", ())), bool(d.get("everything")))


def reward_to_dict(r: Reward) -> dict:
    if isinstance(r, OrderOff):
        return {"kind": "order_off", "percent_bp": r.percent_bp, "amount": r.amount,
                "target": target_to_dict(r.target)}
    if isinstance(r, ItemsOff):
        return {"kind": "items_off", "target": target_to_dict(r.target), "percent_bp": r.percent_bp,
                "amount": r.amount, "per_piece": r.per_piece, "max_pieces": r.max_pieces}
    if isinstance(r, BuyGet):
        return {"kind": "buy_get", "buy": target_to_dict(r.buy), "buy_qty": r.buy_qty,
                "get_qty": r.get_qty, "get": target_to_dict(r.get) if r.get else None,
                "get_percent_bp": r.get_percent_bp, "max_times": r.max_times}
    if isinstance(r, Tiered):
        return {"kind": "tiered", "target": target_to_dict(r.target),
                "tiers": [[str(q), bp] for q, bp in r.tiers]}
    if isinstance(r, Bundle):
        return {"kind": "bundle", "price": r.price,
                "parts": [[target_to_dict(t), qty] for t, qty in r.parts]}
    raise TypeError(translate("Errors", "Unknown reward {0}").format(repr(r)))


def reward_from_dict(d: dict) -> Reward:
    kind = d["kind"]
    if kind == "order_off":
        return OrderOff(int(d["percent_bp"]), int(d["amount"]), target_from_dict(d["target"]))
    if kind == "items_off":
        return ItemsOff(target_from_dict(d["target"]), int(d["percent_bp"]), int(d["amount"]),
                        bool(d["per_piece"]), d.get("max_pieces"))
    if kind == "buy_get":
        return BuyGet(target_from_dict(d["buy"]), int(d["buy_qty"]), int(d["get_qty"]),
                      target_from_dict(d["get"]) if d.get("get") else None,
                      int(d["get_percent_bp"]), d.get("max_times"))
    if kind == "tiered":
        return Tiered(target_from_dict(d["target"]),
                      tuple((Decimal(q), int(bp)) for q, bp in d["tiers"]))
    if kind == "bundle":
        return Bundle(tuple((target_from_dict(t), int(q)) for t, q in d["parts"]), int(d["price"]))
    raise InvalidPromotion(translate("Errors", "Unknown kind of promotion {0}").format(repr(kind)))


def _time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def conditions_to_dict(c: Conditions) -> dict:
    return {"code": c.code, "min_order": c.min_order,
            "starts": c.starts.isoformat() if c.starts else None,
            "ends": c.ends.isoformat() if c.ends else None,
            "weekdays": sorted(c.weekdays), "hours": list(c.hours) if c.hours else None,
            "customer_groups": sorted(c.customer_groups), "channels": sorted(c.channels),
            "usage_limit": c.usage_limit, "used": c.used}


def conditions_from_dict(d: dict) -> Conditions:
    return Conditions(
        code=(d.get("code") or "").upper(), min_order=int(d.get("min_order") or 0),
        starts=_time(d.get("starts")), ends=_time(d.get("ends")),
        weekdays=frozenset(d.get("weekdays") or ()),
        hours=tuple(d["hours"]) if d.get("hours") else None,
        customer_groups=frozenset(d.get("customer_groups") or ()),
        channels=frozenset(d.get("channels") or CHANNELS),
        usage_limit=d.get("usage_limit"), used=int(d.get("used") or 0))


def to_dict(p: Promotion) -> dict:
    return {"id": p.id, "name": p.name, "reward": reward_to_dict(p.reward),
            "conditions": conditions_to_dict(p.conditions), "exclusive": p.exclusive,
            "priority": p.priority}


def from_dict(d: dict) -> Promotion:
    try:
        return Promotion(str(d["id"]), str(d["name"]), reward_from_dict(d["reward"]),
                         conditions_from_dict(d.get("conditions") or {}),
                         bool(d.get("exclusive")), int(d.get("priority") or 0))
    except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
        raise InvalidPromotion(translate("Errors", "Promotion {0} cannot be read: {1}")
                                   .format(d.get('id', '?'), exc)) from None
