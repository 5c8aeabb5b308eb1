"""Medusa promotion JSON -> the till's engine, for the shapes the real-store tests do not
create: each one either maps exactly or comes with the reason it is not applied."""
from __future__ import annotations

import pytest

from pos.domain.promotions import BuyGet, ItemsOff, OrderOff
from sync.connectors.medusa_promotions import PromotionMapper

IDS = {"sales_channel_id": "sc_pos", "region_id": "reg_vn"}

class StoreNames:
    """Answers the mapper's name look-ups like Medusa would (customer groups, categories)."""

    def get(self, path, **params):
        key = {"/admin/customer-groups": "customer_groups",
               "/admin/product-categories": "product_categories"}[path]
        return {key: [{"id": i, "name": f"name of {i}"} for i in params["id[]"]]}

def promo(method, **extra):
    return {"id": "promo_1", "code": "X1", "type": "standard", "status": "active",
            "is_automatic": False, "limit": None, "used": 0, "rules": [],
            "application_method": {"currency_code": "vnd", **method}, **extra}

def mapped(raw):
    return PromotionMapper(StoreNames(), IDS, "vnd").record(raw)

def test_fixed_amount_across_items_of_a_category_with_the_pos_channel():
    record = mapped(promo({"type": "fixed", "target_type": "items", "allocation": "across",
                           "raw_value": {"value": "15000"},
                           "target_rules": [{"attribute": "items.product.categories.id",
                                             "operator": "in", "values": [{"value": "pcat_1"}]}]},
                          rules=[{"attribute": "sales_channel_id", "operator": "in",
                                  "values": [{"value": "sc_pos"}, {"value": "sc_web"}]}]))
    assert record.reason == ""
    reward = record.promotion.reward
    assert isinstance(reward, ItemsOff) and reward.amount == 15_000 and not reward.per_piece
    assert reward.target.categories == {"name of pcat_1"}
    assert record.promotion.conditions.code == "X1"

def test_percentage_off_the_order_with_decimals_in_basis_points():
    record = mapped(promo({"type": "percentage", "target_type": "order", "allocation": "across",
                           "value": 12.5}))
    assert record.promotion.reward == OrderOff(percent_bp=1250)

def test_buy_get_with_a_usage_budget_keeps_the_smaller_limit():
    on = [{"attribute": "items.product.id", "operator": "eq", "values": [{"value": "prod_1"}]}]
    record = mapped(promo({"type": "percentage", "target_type": "items", "allocation": "each",
                           "value": 50, "max_quantity": 4, "apply_to_quantity": 2,
                           "buy_rules_min_quantity": 3, "buy_rules": on, "target_rules": on},
                          type="buyget", limit=20, used=5,
                          campaign={"name": "Tết", "budget": {"type": "usage", "limit": 8,
                                                             "used": 6}}))
    reward = record.promotion.reward
    assert reward == BuyGet(reward.buy, 3, 2, reward.get, 5000, 2)
    assert (record.usage_limit, record.used) == (7, 5)  # 2 budget uses left: 5 + 2
    assert record.name == "Tết (X1)"

@pytest.mark.parametrize("method, extra, words", [
    ({"type": "fixed", "target_type": "order", "value": 5, "currency_code": "eur"}, {}, "EUR"),
    ({"type": "percentage", "target_type": "order", "value": "12.345"}, {}, "finer"),
    ({"type": "fixed", "target_type": "items", "allocation": "each", "value": 1000,
      "target_rules": [{"attribute": "items.product.tags.id", "operator": "in",
                        "values": [{"value": "ptag_1"}]}]}, {}, "items.product.tags.id"),
    ({"type": "percentage", "target_type": "items", "allocation": "each", "value": 10,
      "target_rules": [{"attribute": "items.product.id", "operator": "ne",
                        "values": [{"value": "prod_1"}]}]}, {}, "operator 'ne'"),
    ({"type": "fixed", "target_type": "items", "value": 1000}, {"type": "buyget"}, "fixed amount"),
    ({"type": "percentage", "target_type": "order", "value": 10},
     {"campaign": {"budget": {"type": "spend", "limit": 1_000_000}}}, "budget (spend)"),
    ({"type": "percentage", "target_type": "order", "value": 10},
     {"rules": [{"attribute": "region.id", "operator": "in", "values": [{"value": "reg_us"}]}]},
     "other regions"),
    ({"type": "percentage", "target_type": "order", "value": 10},
     {"rules": [{"attribute": "shipping_address.country_code", "operator": "in",
                 "values": [{"value": "vn"}]}]}, "shipping_address.country_code"),
])
def test_what_the_till_cannot_express_says_why(method, extra, words):
    record = mapped(promo(method, **extra))
    assert record.promotion is None
    assert words in record.reason

def test_a_draft_promotion_is_kept_inactive():
    record = mapped(promo({"type": "percentage", "target_type": "order", "value": 10},
                          status="draft"))
    assert record.active is False and record.promotion is not None


def test_an_unreadable_promotion_is_listed_not_fatal():
    record = mapped(promo({"type": "percentage", "target_type": "order", "value": 10},
                          limit="many"))
    assert record.promotion is None and "cannot read" in record.reason
