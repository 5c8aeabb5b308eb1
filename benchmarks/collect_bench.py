"""Click-and-collect figures against the sync benchmark's Medusa and connected till (issue #15),
with the till's background sync running as in the app (sync.runner.BackgroundSync, its
default whole pull every 60 s; between whole pulls the watch loop pulls the orders to collect
every sync.engine.ORDERS_EVERY_S = 20 s):

- order -> badge: a pickup order placed through Medusa's Store API as a storefront does it
  (tests/sync/web_checkout.py), from the store's answer to the order being counted by
  collect.waiting_count (the sale screen's "N to collect"). The orders are placed at random
  moments, so the figure spreads over the 20 s cycle;
- collected -> delivered: each of those orders prepared at the till (every item scanned,
  marked ready, the fulfilment pushed), then handed over against cash and the runner woken
  as the collect screen does: until Medusa shows the till's fulfilment delivered (its own
  delivered_at, same machine clock), and until the collect_delivered outbox row is sent
  (delivered, the payment captured before it, the order completed)."""
from __future__ import annotations

import random
import sqlite3
import sys
import threading
import time
from datetime import datetime
from pathlib import Path

from benchmarks.measure import REPO, figure, log, ms, now_ns, wait_for_row

sys.path.insert(0, str(REPO / "tests" / "sync"))  # the storefront checkout of the tests
from web_checkout import WebShop  # noqa: E402

ORDERS = 8
FIGURES = ("collect_order_to_badge", "collect_collected_to_delivered")
DEADLINE_S = 180.0
OPEN = ("new", "preparing", "ready")  # collect.OPEN_STATES, spelled for the raw poll


def run(db, engine, admin, shop, url: str, seed: int, orders: int = ORDERS) -> dict:
    """`engine`: the connected till's SyncEngine (its HTTP timed by the caller, or not)."""
    from pos.services import collect
    from sync.engine import ORDERS_EVERY_S
    from sync.runner import BackgroundSync

    rng = random.Random(seed + 11)
    web = WebShop(url, admin, shop.default_sales_channel_id, shop.region_id)
    pool = _web_variants(db.path)
    pulls = _PullLog(engine)
    runner = BackgroundSync(engine)  # as pos/app.py makes it
    first_round = threading.Event()
    runner.on_status(lambda _status: first_round.set())
    runner.start()
    try:
        if not first_round.wait(1800):
            raise TimeoutError("the background sync's first round did not end in 30 min")
        placed, remote = [], dict(pool)
        for n in range(orders):
            time.sleep(rng.uniform(0.0, ORDERS_EVERY_S))  # a random moment of the cycle
            lines = [(sku, rng.choice((1, 1, 2))) for sku, _ in
                     rng.sample(pool, rng.randint(1, 3))]
            order_id = web.pickup_order([(remote[sku], q) for sku, q in lines])
            t0 = now_ns()
            seen = wait_for_row(db.path, "SELECT 1 FROM collect_orders WHERE id = ? AND state "
                                f"IN {OPEN}", (order_id,), DEADLINE_S)
            assert collect.waiting_count(db) == n + 1, "the badge does not count the order"
            placed.append({"id": order_id, "lines": lines, "badge_ns": seen - t0,
                           "pull": pulls.started_before(seen) - t0})
            log(f"  collect order {n + 1}/{orders}: badge after {(seen - t0) / 1e9:.1f} s")
        handed = [_prepare_and_hand_over(db, runner, admin, o, collect) for o in placed]
    finally:
        runner.stop(timeout=60)
        pulls.undo()
    return _figures(placed, handed, pulls)


def _web_variants(path: Path) -> list[tuple[str, str]]:
    """(sku, Medusa variant id) of the till's pulled variants: the bench seeds every one in
    the web channel too (sync_bench.seed_catalogue)."""
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT sku, remote_id FROM variants WHERE remote_id IS NOT NULL "
                            "AND active ORDER BY id LIMIT 500").fetchall()


class _PullLog:
    """When the engine pulled the orders to collect, and how many whole pulls ran."""

    def __init__(self, engine):
        self.engine, self.starts, self.whole = engine, [], 0
        self._pull = engine.pull

        def pull(report=None, resources=None):
            if resources is None:
                self.whole += 1
            self.starts.append(now_ns())
            return self._pull(report, resources)

        engine.pull = pull

    def started_before(self, t: int) -> int:
        return max(s for s in self.starts if s <= t)

    def undo(self) -> None:
        self.engine.pull = self._pull


def _prepare_and_hand_over(db, runner, admin, placed: dict, collect) -> dict:
    """As in the shop: picked and marked ready (the fulfilment reaches the store), then the
    customer comes and pays cash; timed from hand_over's commit."""
    from pos.domain.payment import Tender
    from pos.services import users
    from pos.services.settings import load_settings

    settings, cashier, order_id = load_settings(db), users.login(db, "1111"), placed["id"]
    for sku, qty in placed["lines"]:
        for _ in range(qty):
            collect.scan_item(db, order_id, sku, settings)
    t_ready = now_ns()
    collect.mark_ready(db, order_id, cashier)
    runner.wake()
    ready_sent = _wait_sent(db.path, "collect_ready", order_id)
    total = collect.order(db, order_id).total
    cash = -(-total // 50_000) * 50_000
    done = collect.hand_over(db, order_id, cashier, settings, (Tender("cash", cash),))
    t0, wall0 = now_ns(), time.time()
    runner.wake()
    sent = _wait_sent(db.path, "collect_delivered", order_id)
    online = admin.get(f"/admin/orders/{order_id}",
                       fields="id,fulfillment_status,payment_status,status,*fulfillments")["order"]
    delivered = [f["delivered_at"] for f in online["fulfillments"] if f.get("delivered_at")]
    assert done.state == "collected" and online["fulfillment_status"] == "delivered" \
        and len(delivered) == 1, online
    return {"ready_ns": ready_sent - t_ready, "sent_ns": sent - t0,
            "delivered_s": _epoch(delivered[0]) - wall0,
            "online": (online["status"], online["payment_status"])}


def _wait_sent(path: Path, kind: str, order_id: str) -> int:
    return wait_for_row(path, "SELECT 1 FROM outbox WHERE kind = ? AND status = 'sent' AND "
                              "json_extract(payload, '$.order_id') = ?", (kind, order_id),
                        DEADLINE_S)


def _epoch(iso: str) -> float:
    return datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp()


def _figures(placed: list, handed: list, pulls: _PullLog) -> dict:
    from sync.engine import ORDERS_EVERY_S

    cycle = (f"the watch loop pulls the orders to collect every {ORDERS_EVERY_S:g} s "
             "(sync.engine.ORDERS_EVERY_S) between whole pulls (every 60 s, the app's "
             "BackgroundSync default), so the wait spreads over 0 to 20 s plus the pull")
    badge = figure(
        ms([o["badge_ns"] for o in placed]), "ms", "web pickup order placed (the Store API's "
        "answer to cart complete) -> counted by collect.waiting_count, the sale screen's "
        "badge, with the till's background sync running as in the app",
        note=f"{len(placed)} orders at random moments of the cycle; {cycle}; the badge is "
             "repainted on the status published right after that pull",
        waited_for_pull=figure(ms([o["pull"] for o in placed]), "ms",
                               "order placed -> start of the pull that brought it"),
        whole_pulls=pulls.whole, pulls=len(pulls.starts))
    delivered = figure(
        [h["delivered_s"] * 1e3 for h in handed], "ms", "order handed over at the till "
        "against cash (collect.hand_over committed, runner woken as the collect screen "
        "does) -> its fulfilment at the shop delivered in Medusa (the fulfilment's "
        "delivered_at, same machine clock)",
        note="each order prepared first (every item scanned, marked ready, the fulfilment "
             "in the store: 'ready_to_fulfilment'); the pushes (payment capture, delivered "
             "mark, order completed) run in the sync thread that also pulls the orders every "
             f"{ORDERS_EVERY_S:g} s and everything every 60 s: woken during a pull, they wait "
             "for its end",
        outbox_sent=figure(ms([h["sent_ns"] for h in handed]), "ms", "handed over -> the "
                           "collect_delivered outbox row sent (payment captured, delivered, "
                           "order completed)"),
        ready_to_fulfilment=figure(ms([h["ready_ns"] for h in handed]), "ms",
                                   "marked ready -> the collect_ready outbox row sent (the "
                                   "fulfilment at the shop's location made)"),
        online_states=sorted({"/".join(h["online"]) for h in handed}))
    return {"collect_order_to_badge": badge, "collect_collected_to_delivered": delivered}
