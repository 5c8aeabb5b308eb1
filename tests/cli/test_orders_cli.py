"""`pos orders list [--json]`: the orders to collect, as the till's collect screen has them."""
from __future__ import annotations

import json

from pos.services import collect
from tests.cli.test_cli import pos
from tests.services.test_collect import pulled


def test_orders_list_shows_the_orders_to_collect(demo_db, data_dir):
    with demo_db.transaction() as s:
        collect.remember(s, pulled("order_01", "1042", paid=False))
        collect.remember(s, pulled("order_02", "1043", canceled=True))
    listed = pos("orders", "list", data_dir=data_dir)
    assert listed.returncode == 0, listed.stderr
    [line] = listed.stdout.splitlines()  # the cancelled one only with --all
    assert line.startswith("#1042\t") and line.endswith("\tto pay")
    documents = [json.loads(row) for row in
                 pos("orders", "list", "--json", "--all", data_dir=data_dir).stdout.splitlines()]
    assert {d["number"]: d["paid"] for d in documents} == {"1042": False, "1043": True}
    assert all(d["lines"] and d["lines"][0]["picked"] == 0 for d in documents)


def test_no_order_says_so(demo_db, data_dir):
    listed = pos("orders", "list", data_dir=data_dir)
    assert listed.returncode == 0 and listed.stdout == "No order to collect.\n"
