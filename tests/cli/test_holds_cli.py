"""`pos holds list [--json]` and `pos holds release N` (issue #15, part 3): the held parked
sales as the till has them; a release by hand from the back room; a wrong number is refused
with a clear message and changes nothing."""
from __future__ import annotations

import json

from pos.services import customers, holds, parking
from tests.cli.test_cli import pos
from tests.services.test_holds import basket_of, counts


def test_list_and_release_a_hold(demo_db, data_dir):
    hoa = customers.add_customer(demo_db, "Chị Hoa", phone="0903123456")
    parked = parking.park(demo_db, basket_of(demo_db, "SP0001", "SP0001", customer_id=hoa.id),
                          None, hold_days=3)
    listed = pos("holds", "list", data_dir=data_dir)
    assert listed.returncode == 0, listed.stderr
    [line] = listed.stdout.splitlines()
    assert line.startswith(f"{parked}\tChị Hoa\t") and line.endswith("× 2")
    [doc] = [json.loads(r) for r in pos("holds", "list", "--json",
                                        data_dir=data_dir).stdout.splitlines()]
    assert doc["parked_id"] == parked and doc["lines"][0]["quantity"] == 2
    before = counts(demo_db)
    refused = pos("holds", "release", str(parked + 99), data_dir=data_dir)
    assert refused.returncode == 2 and "not held" in refused.stderr
    assert counts(demo_db) == before
    done = pos("holds", "release", str(parked), data_dir=data_dir)
    assert done.returncode == 0 and "Chị Hoa" in done.stdout
    assert holds.holds(demo_db) == []
    assert pos("holds", "list", data_dir=data_dir).stdout == "No sale is held.\n"
