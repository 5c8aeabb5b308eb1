"""Exactly once through a hostile network and a killed sync process (real Medusa)."""
from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time

import pytest
from faulty_proxy import Action

from pos.db.models import OutboxEvent
from sync import state
from sync.config import load_connection
from sync.connectors.medusa import MedusaConnector
from sync.engine import SyncEngine
from till_helpers import orders_for, sell, sync_once, till  # noqa: F401

pytestmark = [pytest.mark.medusa, pytest.mark.slow]
WATER = "OMNI-WATER-500"
NOODLE = "OMNI-NOODLE-HH"


def stock(medusa, sku):
    return medusa.admin.get_stock(sku, medusa.shop.location_id)


def make_sales(db, n):
    return [sell(db, [(WATER, 1), (NOODLE, 1)]).id for _ in range(n)]


FAULT_SALES = int(os.environ.get("OMNIPOS_FAULT_SALES", "200"))


def parked(db) -> list[str]:
    with db.session() as s:
        return [f"{r.ref}: {r.last_error}" for r in s.query(OutboxEvent).filter_by(status="error")]


def sent_count(db) -> int:
    with db.session() as s:
        return s.query(OutboxEvent).filter_by(status="sent").count()


def test_200_sales_through_drops_resets_and_timeouts_arrive_exactly_once(till, medusa,
                                                                       faulty_proxy):
    db, data_dir = till
    assert sync_once(data_dir) == 0
    medusa.admin.set_stock(WATER, medusa.shop.location_id, 1000)
    medusa.admin.set_stock(NOODLE, medusa.shop.location_id, 1000)
    made = make_sales(db, FAULT_SALES)
    conn, key = load_connection(data_dir)
    connector = MedusaConnector(faulty_proxy.url, key, ids=conn.ids, timeout=(2.0, 2.0),
                                reuse_connections=False)
    faulty_proxy.set_schedule(["pass"] * 9 + ["drop"] + ["pass"] * 9 + ["reset"]
                              + ["pass"] * 9 + [Action("delay", seconds=3.0)]
                              + ["pass"] * 9 + ["refuse"], cycle=True)
    engine = SyncEngine(db, connector)
    for _ in range(2000):  # bounded: each round pushes until the next failure
        engine.push()
        if state.read_status(db).waiting_total == 0:
            break
        with db.transaction() as s:  # don't wait out backoff in a test
            s.query(OutboxEvent).filter_by(status="pending").update({"next_attempt_at": None})
    assert parked(db) == []
    # a loaded machine can run out of rounds (every slow answer is a 2 s timeout): say so,
    # rather than report the sales still waiting as missing from the store
    assert state.read_status(db).waiting_total == 0, "sales still waiting after 2000 rounds"
    counts = faulty_proxy.counts()
    assert counts["drop"] and counts["reset"] and counts["delay"] and counts["refuse"]
    orders = orders_for(medusa, made)
    assert sorted(o["metadata"]["pos_sale_id"] for o in orders) == sorted(made)  # none twice
    assert stock(medusa, WATER) == 1000 - FAULT_SALES and stock(medusa, NOODLE) == 1000 - FAULT_SALES


CHILD = """
import sys
from pathlib import Path
from pos.app import open_shop
from pos.services.settings import load_settings
from sync.runner import engine_for
data_dir = Path(sys.argv[1])
db = open_shop(data_dir, create_demo=False)
engine = engine_for(db, data_dir, load_settings(db))
print("pushing", flush=True)
engine.push()
"""
KILLS = 15
STARTUP_TIMEOUT = 120  # generous: only a hung child reaches it, never part of the verdict


def test_sync_killed_at_random_points_leaves_no_duplicate(till, medusa, tmp_path):
    """A sync process is killed at random moments while it pushes, again and again; then a
    normal sync finishes the rest. The store has every sale once."""
    db, data_dir = till
    assert sync_once(data_dir) == 0
    medusa.admin.set_stock(WATER, medusa.shop.location_id, 500)
    medusa.admin.set_stock(NOODLE, medusa.shop.location_id, 500)
    made = make_sales(db, 100)
    rng = random.Random(20261122)
    kills = 0
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    child = None
    try:
        # The kill is timed from when the child starts pushing, not from its start: a loaded
        # machine's slow start-up must not eat the window (each push of a sale is ~1.4 s).
        while kills < KILLS and sent_count(db) < 100:
            child = subprocess.Popen([sys.executable, "-c", CHILD, str(data_dir)], env=env,
                                     stdout=subprocess.PIPE)
            ready, _, _ = select.select([child.stdout], [], [], STARTUP_TIMEOUT)
            assert ready and child.stdout.readline() == b"pushing\n", "the child did not start"
            time.sleep(rng.uniform(0.0, 3.0))
            if child.poll() is None:
                child.send_signal(signal.SIGKILL)
                kills += 1
            child.wait()
            child.stdout.close()
            child = None
    finally:
        if child is not None:  # a failed assert or the test's timeout: no pushes after it
            child.kill()
            child.wait()
    assert kills == KILLS
    assert sync_once(data_dir) == 0
    orders = orders_for(medusa, made)
    assert sorted(o["metadata"]["pos_sale_id"] for o in orders) == sorted(made)
    assert stock(medusa, WATER) == 500 - 100 and stock(medusa, NOODLE) == 500 - 100
