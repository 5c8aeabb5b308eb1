"""Promotions: a pure engine (no database, no clock of its own) fed by the services.

`evaluate(items, book, context)` answers which promotions apply and what each takes off
each cart line; see `engine.py` for the stacking rule."""
from pos.domain.promotions.coupons import InvalidCoupon, check_coupon, is_coupon
from pos.domain.promotions.engine import PromotionBook, conditions_met, evaluate, targets
from pos.domain.promotions.model import (ALL_ITEMS, CHANNELS, FULL_BP, NOTHING, Applied,
                                         BuyGet, Bundle, CartItem, Conditions, Context,
                                         ItemsOff, OrderOff, Outcome, Promotion, Reward,
                                         Target, Tiered)

__all__ = ["ALL_ITEMS", "CHANNELS", "FULL_BP", "NOTHING", "Applied", "BuyGet", "Bundle",
           "CartItem", "Conditions", "Context", "InvalidCoupon", "check_coupon", "is_coupon", "ItemsOff", "OrderOff", "Outcome",
           "Promotion", "PromotionBook", "Reward", "Target", "Tiered", "conditions_met",
           "evaluate", "targets"]
