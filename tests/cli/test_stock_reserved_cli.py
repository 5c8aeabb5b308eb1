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
    assert ("reserved for orders to collect: 2; available to sell: 198  #1023 Lan ×2"
            in shown.stdout)
    doc = json.loads(pos("stock", "show", "SP0001", "--format", "json",
                         data_dir=data_dir).stdout)
    assert (doc["on_hand"], doc["reserved"], doc["available"]) == ("200", "2", "198")
    assert doc["held_for"] == [{"order": "1023", "customer": "Lan", "quantity": 2}]
