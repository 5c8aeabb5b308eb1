"""`pos stock show` says what orders to collect hold of an item and what is left to sell
(issue #15), in text and JSON, through the real pos script."""
from __future__ import annotations

import json
from datetime import datetime

from pos.app import open_shop
from pos.services import collect
from pos.services.settings import save_settings
from tests.cli.test_cli import pos


def test_show_names_the_reserved_and_the_available_quantity(data_dir):
    db = open_shop(data_dir)
    save_settings(db, language="en")
    with db.transaction() as s:
        collect.remember(s, collect.PulledOrder(
            remote_id="order_01", display_no="1023", customer_name="Lan", phone="", email="",
            currency="VND", total=10_000, paid=True, placed_at=datetime(2026, 12, 1, 9, 0),
            lines=(collect.PulledLine("li_1", "SP0001", "Water", 2),)))
    db.close()
    shown = pos("stock", "show", "SP0001", data_dir=data_dir)
    assert shown.returncode == 0, shown.stderr
    assert ("reserved for customers: 2; available to sell: 198  #1023 Lan ×2"
            in shown.stdout)
    doc = json.loads(pos("stock", "show", "SP0001", "--format", "json",
                         data_dir=data_dir).stdout)
    assert (doc["on_hand"], doc["reserved"], doc["available"]) == ("200", "2", "198")
    assert doc["held_for"] == [{"order": "1023", "customer": "Lan", "hold_until": None,
                                "quantity": 2}]


def test_a_sale_held_for_a_customer_is_reserved_too(data_dir):
    from pos.domain.basket import Basket
    from pos.services import catalog, customers, parking
    from pos.services.settings import load_settings

    db = open_shop(data_dir)
    save_settings(db, language="en")
    hoa = customers.add_customer(db, "Chị Hoa", phone="0903123456")
    basket = Basket(customer_id=hoa.id)
    for _ in range(3):
        basket.add(catalog.scan(db, "SP0001", load_settings(db)))
    parking.park(db, basket, None, hold_days=2)
    db.close()
    shown = pos("stock", "show", "SP0001", data_dir=data_dir)
    assert "reserved for customers: 3; available to sell: 197  Chị Hoa, held until " \
        in shown.stdout
    doc = json.loads(pos("stock", "show", "SP0001", "--format", "json",
                         data_dir=data_dir).stdout)
    [held] = doc["held_for"]
    assert (doc["reserved"], held["order"], held["customer"]) == ("3", None, "Chị Hoa")
    assert held["hold_until"].endswith("Z") and held["quantity"] == 3
