"""A promotion in a few words, for the manager's list and the command line."""
from __future__ import annotations

from decimal import Decimal

from pos.domain.promotions.model import (BuyGet, Bundle, FULL_BP, ItemsOff, OrderOff, Promotion,
                                         Target, Tiered)


def percent(bp: int) -> str:
    return f"{Decimal(bp).scaleb(-2).normalize():f}%"


def target_text(t: Target) -> str:
    if t.everything:
        return "every item"
    parts = [f"{len(s)} {word}{'s' if len(s) != 1 else ''}" for s, word in
             ((t.skus, "SKU"), (t.products, "product"), (t.categories, "category"))
             if s]
    return " or ".join(parts).replace("categorys", "categories") or "no item"


def reward_text(p: Promotion, money) -> str:
    r = p.reward
    if isinstance(r, OrderOff):
        off = percent(r.percent_bp) if r.percent_bp else money(r.amount)
        return f"{off} off the order"
    if isinstance(r, ItemsOff):
        off = percent(r.percent_bp) if r.percent_bp else money(r.amount)
        each = " each" if not r.percent_bp and r.per_piece else ""
        return f"{off} off{each} on {target_text(r.target)}"
    if isinstance(r, BuyGet):
        get = "free" if r.get_percent_bp == FULL_BP else f"{percent(r.get_percent_bp)} off"
        what = "" if r.get is None else f" of {target_text(r.get)}"
        return f"buy {r.buy_qty} of {target_text(r.buy)}, get {r.get_qty}{what} {get}"
    if isinstance(r, Tiered):
        tiers = ", ".join(f"{q}+ at {percent(bp)}" for q, bp in sorted(r.tiers))
        return f"{tiers} on {target_text(r.target)}"
    if isinstance(r, Bundle):
        parts = " + ".join(f"{q} of {target_text(t)}" for t, q in r.parts)
        return f"{parts} for {money(r.price)}"
    return "?"
