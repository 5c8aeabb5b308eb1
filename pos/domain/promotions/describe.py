"""A promotion in a few words, for the manager's list and the command line, in the till's
language (the translation hook of pos.domain.errors)."""
from __future__ import annotations

from decimal import Decimal

from pos.domain.errors import translate
from pos.domain.promotions.model import (BuyGet, Bundle, FULL_BP, ItemsOff, OrderOff, Promotion,
                                         Target, Tiered)


def percent(bp: int) -> str:
    return f"{Decimal(bp).scaleb(-2).normalize():f}%"


def target_text(t: Target) -> str:
    if t.everything:
        return translate("Promotions", "every item")
    counts = ((t.skus, translate("Promotions", "{0} SKU"), translate("Promotions", "{0} SKUs")),
              (t.products, translate("Promotions", "{0} product"),
               translate("Promotions", "{0} products")),
              (t.categories, translate("Promotions", "{0} category"),
               translate("Promotions", "{0} categories")))
    parts = [(one if len(s) == 1 else many).format(len(s)) for s, one, many in counts if s]
    return translate("Promotions", " or ").join(parts) or translate("Promotions", "no item")


def reward_text(p: Promotion, money) -> str:
    r = p.reward
    if isinstance(r, OrderOff):
        off = percent(r.percent_bp) if r.percent_bp else money(r.amount)
        return translate("Promotions", "{0} off the order").format(off)
    if isinstance(r, ItemsOff):
        off = percent(r.percent_bp) if r.percent_bp else money(r.amount)
        if not r.percent_bp and r.per_piece:
            return translate("Promotions", "{0} off each on {1}").format(off, target_text(r.target))
        return translate("Promotions", "{0} off on {1}").format(off, target_text(r.target))
    if isinstance(r, BuyGet):
        return _buy_get_text(r)
    if isinstance(r, Tiered):
        tiers = ", ".join(translate("Promotions", "{0}+ at {1}").format(q, percent(bp))
                          for q, bp in sorted(r.tiers))
        return translate("Promotions", "{0} on {1}").format(tiers, target_text(r.target))
    if isinstance(r, Bundle):
        parts = " + ".join(translate("Promotions", "{0} of {1}").format(q, target_text(t))
                           for t, q in r.parts)
        return translate("Promotions", "{0} for {1}").format(parts, money(r.price))
    return "?"


def _buy_get_text(r: BuyGet) -> str:
    get = (translate("Promotions", "free") if r.get_percent_bp == FULL_BP
           else translate("Promotions", "{0} off").format(percent(r.get_percent_bp)))
    buy = target_text(r.buy)
    if r.get is None:
        return translate("Promotions", "buy {0} of {1}, get {2} {3}").format(
            r.buy_qty, buy, r.get_qty, get)
    return translate("Promotions", "buy {0} of {1}, get {2} of {3} {4}").format(
        r.buy_qty, buy, r.get_qty, target_text(r.get), get)
