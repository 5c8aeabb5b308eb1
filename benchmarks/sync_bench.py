"""Sync figures against a real local Medusa (started through tests/medusa_harness.py):

- initial pull of a catalogue of `variants` variants with stock, beside the time the till
  spent waiting on the store's answers (the rest is the connector and applying pages); the
  pulled pages are recorded and applied again to fresh shops without the store
  (`replay_apply`: records and variants per second of the apply alone);
- push of a backlog of `sales` offline sales, beside the bare Admin API calls for the same
  sales (AdminClient.record_pos_sale: draft, convert, payment, paid, fulfilment, complete);
  the connector's overhead ratio is the till's time per sale over the bare time per sale;
- the time from a completed sale to its order existing in Medusa (and to it being paid and
  fulfilled) with the till's background sync running, as in the app.
- click-and-collect (benchmarks/collect_bench.py): a web pickup order to the till's badge,
  and an order handed over at the till to delivered in Medusa.

Long: the store takes about one in-store sale a second, so 2 x `sales` seconds and more."""
from __future__ import annotations

import pickle
import random
import sqlite3
import sys
import time
import traceback
from pathlib import Path

from benchmarks.data import MANAGER, MANAGER_PIN, create_shop
from benchmarks.measure import REPO, figure, log, ms, now_ns, wait_for_row

sys.path.insert(0, str(REPO / "tests"))  # the Medusa test harness lives with the tests
import medusa_harness as harness  # noqa: E402

VARIANTS_PER_PRODUCT = 5  # sizes of one product (330ml, 500ml, 1.5L, pack of 6, crate)
PRODUCTS_PER_CALL = 50  # /admin/products/batch
LEVELS_PER_CALL = 1_000  # /admin/inventory-items/location-levels/batch
STOCK_EACH = 100_000  # enough that no sale of the run is short
LATENCY_SALES = 10


def run(work: Path, variants: int, sales: int, seed: int) -> dict:
    """Brings up PostgreSQL + Medusa in `work`, seeds, measures, tears everything down."""
    t0 = time.perf_counter()
    pg = harness.start_postgres(work)
    try:
        server = harness.start_medusa(pg, workdir=work / "medusa")
        admin = server.admin(timeout=300)
        shop = admin.seed_shop()
        log(f"Medusa up in {time.perf_counter() - t0:.0f} s; seeding {variants:,} variants")
        seeding = seed_catalogue(admin, shop, variants, seed)
        db, data_dir, timer = connect_till(work / "sync-till", server, shop)
        figs = {"medusa": {"url": server.url, "bring_up_s": round(server.timings["total"], 1),
                           "seeding": seeding}}
        pages = work / "pulled-pages.pickle"
        figs["initial_pull"] = initial_pull(db, data_dir, timer, record_to=pages)
        figs["apply_replay"] = replay_apply(pages, work / "replay")
        figs["push_backlog"] = push_backlog(db, data_dir, timer, admin, shop, sales, seed)
        figs["sale_to_order"] = sale_to_order(db, data_dir, timer, seed)
        figs.update(_collect(db, _engine(db, data_dir, timer), admin, shop, server.url, seed))
        db.close()
        return figs
    finally:
        harness.stop_all()


def _collect(db, engine, admin, shop, url: str, seed: int) -> dict:
    """benchmarks/collect_bench.py's figures; broken, they do not hide the others."""
    from benchmarks import collect_bench

    log("sync: click-and-collect, order -> badge and collected -> delivered")
    try:
        return collect_bench.run(db, engine, admin, shop, url, seed)
    except Exception as exc:
        traceback.print_exc()
        return {key: {"error": f"{type(exc).__name__}: {exc}"} for key in collect_bench.FIGURES}


# -- seeding the store (batch endpoints) -----------------------------------------------------

def seed_catalogue(admin, shop, variants: int, seed: int) -> dict:
    rng = random.Random(seed)
    products = -(-variants // VARIANTS_PER_PRODUCT)
    channels = [{"id": shop.default_sales_channel_id}, {"id": shop.pos.sales_channel_id}]
    t0, items = time.perf_counter(), []
    for start in range(0, products, PRODUCTS_PER_CALL):
        batch = [_product(n, rng, channels, admin.default_shipping_profile_id())
                 for n in range(start, min(products, start + PRODUCTS_PER_CALL))]
        made = admin.post("/admin/products/batch", {"create": batch},
                          fields="id,*variants,*variants.inventory_items")["created"]
        items += [i["inventory_item_id"] for p in made for v in p["variants"]
                  for i in v["inventory_items"]]
        if start == 0 or (start // PRODUCTS_PER_CALL) % 20 == 0:
            log(f"  {len(items):,} variants in {time.perf_counter() - t0:.0f} s")
    products_s = time.perf_counter() - t0
    for start in range(0, len(items), LEVELS_PER_CALL):
        admin.post("/admin/inventory-items/location-levels/batch", {"create": [
            {"inventory_item_id": i, "location_id": shop.location_id, "stocked_quantity": STOCK_EACH}
            for i in items[start:start + LEVELS_PER_CALL]]})
    return {"variants": len(items), "products": products, "products_s": round(products_s, 1),
            "stock_levels_s": round(time.perf_counter() - t0 - products_s, 1),
            "products_per_call": PRODUCTS_PER_CALL, "levels_per_call": LEVELS_PER_CALL}


def _product(n: int, rng: random.Random, channels: list, profile: str) -> dict:
    sizes = ("330ml", "500ml", "1,5L", "lốc 6", "thùng 24")[:VARIANTS_PER_PRODUCT]
    price = rng.randrange(5_000, 200_000, 500)
    return {
        "title": f"Sản phẩm {n:05d}", "status": "published", "shipping_profile_id": profile,
        "sales_channels": channels,
        "options": [{"title": "Loại", "values": list(sizes)}],
        "variants": [{
            "title": size, "sku": f"SB{n:05d}-{k}", "barcode": _ean(n, k), "ean": _ean(n, k),
            "manage_inventory": True, "options": {"Loại": size},
            "prices": [{"currency_code": "vnd", "amount": price * (k + 1)}],
        } for k, size in enumerate(sizes)],
    }


def _ean(n: int, k: int) -> str:
    return harness.ean13(f"897{n:08d}{k}")


# -- the till ---------------------------------------------------------------------------

class HttpTimer:
    """Wraps the connector's HTTP calls: time waiting on the store, number of requests, and
    when an order came into existence (convert-to-order answered)."""

    def __init__(self):
        self.ns, self.calls, self.orders_at = 0, 0, {}

    def wrap(self, http) -> None:
        call = http.call

        def timed(method, path, params=None, body=None):
            t0 = now_ns()
            try:
                return call(method, path, params=params, body=body)
            finally:
                t1 = now_ns()
                self.ns += t1 - t0
                self.calls += 1
                if path.endswith("/convert-to-order"):
                    self.orders_at[path.split("/")[3]] = t1

        http.call = timed

    def reset(self) -> tuple[int, int]:
        got = (self.ns, self.calls)
        self.ns, self.calls = 0, 0
        return got


def connect_till(data_dir: Path, server, shop):
    """A bench shop connected like `pos connect medusa` does; its engine's HTTP is timed."""
    import io
    from unittest import mock

    from pos.cli import main as pos

    db, _ = create_shop(data_dir)
    with mock.patch("sys.stdin", io.StringIO(MANAGER_PIN + "\n")):  # read by --pin-stdin
        code = pos(["--data-dir", str(data_dir), "connect", "medusa", "--url", server.url,
                    "--api-key", server.api_key, "--location-id", shop.location_id,
                    "--user", MANAGER, "--pin-stdin"])
    assert code == 0, "pos connect medusa failed"
    return db, data_dir, HttpTimer()


def _engine(db, data_dir: Path, timer: HttpTimer):
    from pos.services.settings import load_settings
    from sync.runner import engine_for

    engine = engine_for(db, data_dir, load_settings(db))
    timer.wrap(engine.connector.http)
    return engine


def initial_pull(db, data_dir: Path, timer: HttpTimer, record_to: Path | None = None) -> dict:
    """`record_to`: the pulled pages are pickled there, for `replay_apply` without a store."""
    import sync.engine

    engine = _engine(db, data_dir, timer)
    pages, apply_ns, pull, apply_page = [], [0], engine.connector.pull, sync.engine.apply_page

    def recording(resource, cursor):
        page = pull(resource, cursor)
        pages.append(page)
        return page

    def timed_apply(s, page, location):
        t = now_ns()
        try:
            return apply_page(s, page, location)
        finally:
            apply_ns[0] += now_ns() - t

    engine.connector.pull, sync.engine.apply_page = recording, timed_apply
    timer.reset()
    t0 = now_ns()
    try:
        report = engine.pull()
    finally:
        sync.engine.apply_page = apply_page
    total = now_ns() - t0
    http_ns, calls = timer.reset()
    if record_to is not None:
        with open(record_to, "wb") as f:
            pickle.dump(pages, f)
    with sqlite3.connect(db.path) as conn:
        local = conn.execute("SELECT count(*) FROM variants WHERE remote_id IS NOT NULL"
                             ).fetchone()[0]
    fig = figure([total / 1e9], "s", "engine.pull() of a fresh till: every resource from the "
                 "start (products and variants with prices and barcodes, stock, customers, ...)",
                 floor=[http_ns / 1e9], floor_what="time the till waited on the store's answers "
                 "in the same pull (the store's own work and the network)",
                 note="one run; ratio = whole pull / time in HTTP (the rest is the connector "
                      "parsing and the till applying pages)",
                 requests=calls, pulled=report.pulled, variants_with_remote_id=local,
                 pages=len(pages), apply_s=round(apply_ns[0] / 1e9, 2))
    return fig


def replay_apply(pages_path: Path, work: Path, runs: int = 3) -> dict:
    """Applies recorded pages (`initial_pull(record_to=...)`) to fresh shops as the engine
    does, one transaction per page: the apply's own speed, with no store and no HTTP."""
    import sync.engine
    from sync import state

    with open(pages_path, "rb") as f:
        pages = pickle.load(f)
    per: dict[str, list] = {}
    for run in range(runs):
        db, _ = create_shop(work / f"replay-{run}")
        spent: dict[str, int] = {}
        for page in pages:
            t0 = now_ns()
            with db.transaction() as s:
                sync.engine.apply_page(s, page, "shop")
                state.set_cursor(s, page.resource, page.cursor)
            spent[page.resource] = spent.get(page.resource, 0) + now_ns() - t0
        db.close()
        for resource, ns in spent.items():
            per.setdefault(resource, []).append(ns)
    out = {}
    for resource, samples in per.items():
        records = sum(len(p.records) for p in pages if p.resource == resource)
        variants = sum(len(r.variants) for p in pages if p.resource == resource
                       for r in p.records if hasattr(r, "variants"))
        best = min(samples) / 1e9
        out[resource] = {"pages": sum(p.resource == resource for p in pages),
                         "records": records, "variants": variants,
                         "seconds": [round(x / 1e9, 3) for x in samples],
                         "records_per_s": round(records / best) if best else None,
                         "variants_per_s": round(variants / best) if best and variants else None}
    return out


if __name__ == "__main__":  # python -m benchmarks.sync_bench PAGES.pickle [RUNS]
    import json
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        print(json.dumps(replay_apply(Path(sys.argv[1]), Path(tmp),
                                      int(sys.argv[2]) if len(sys.argv) > 2 else 3), indent=1))


def _backlog(db, rng: random.Random, n: int) -> list[list[tuple[str, int, int]]]:
    """n sales of 1-5 lines completed at the till (nothing is pushed yet); returns each
    sale's lines as (remote variant id, quantity, unit price) for the bare calls."""
    from pos.domain.basket import Basket
    from pos.domain.payment import Tender
    from pos.services import catalog, sales, users
    from pos.services.settings import load_settings

    settings = load_settings(db)
    cashier = users.login(db, "1111")
    with sqlite3.connect(db.path) as conn:
        pool = conn.execute("SELECT sku, remote_id FROM variants WHERE remote_id IS NOT NULL "
                            "AND active ORDER BY id").fetchall()
    made = []
    for _ in range(n):
        basket, lines = Basket(), []
        for sku, remote in rng.sample(pool, rng.randint(1, 5)):
            qty = rng.choice((1, 1, 2))
            for _ in range(qty):  # scanned qty times, as at the counter
                row = basket.add(catalog.scan(db, sku, settings))
            lines.append((remote, qty, basket.lines[row].unit_price))
        total = basket.totals(settings.tax_inclusive).total
        sales.complete_sale(db, basket, [Tender("cash", -(-total // 50_000) * 50_000)], cashier,
                            settings)
        made.append(lines)
    return made


def push_backlog(db, data_dir: Path, timer: HttpTimer, admin, shop, n: int, seed: int) -> dict:
    rng = random.Random(seed + 3)
    log(f"sync: {n} sales completed offline")
    lines = _backlog(db, rng, n)
    engine = _engine(db, data_dir, timer)
    per_sale = []
    push = engine.connector.push

    def timed_push(*args, **kwargs):
        t0 = now_ns()
        try:
            return push(*args, **kwargs)
        finally:
            per_sale.append(now_ns() - t0)

    engine.connector.push = timed_push
    half = n // 2
    log(f"sync: bare Admin API calls for {half} sales")
    bare = _bare_sales(admin, shop, lines[:half])
    log(f"sync: pushing the backlog of {n}")
    timer.reset()
    t0 = now_ns()
    report = engine.push()
    backlog_ns = now_ns() - t0
    http_ns, calls = timer.reset()
    log(f"sync: bare Admin API calls for {n - half} sales")
    bare += _bare_sales(admin, shop, lines[half:])
    assert report.pushed == n, report
    fig = figure(
        ms(per_sale), "ms", f"connector push of one sale, within a backlog of {n} offline sales "
        "drained by engine.push()", floor=ms(bare), floor_what="bare Admin API calls for the same lines "
        "(tests/medusa_harness.py AdminClient.record_pos_sale: draft, convert, payment "
        "collection, mark paid, fulfilment, complete, read back), half before and half after",
        note="target: connector per sale under 1.2 x the bare calls (median ratio)",
        backlog_s=round(backlog_ns / 1e9, 1), sales_per_s=round(n / (backlog_ns / 1e9), 2),
        requests_per_sale=round(calls / n, 1), http_share=round(http_ns / backlog_ns, 3),
        pushed=report.pushed)
    fig["target"] = {"stat": "ratio median", "below": 1.2}
    fig["meets_target"] = fig["ratio"]["median"] < 1.2
    return fig


def _bare_sales(admin, shop, sales: list) -> list[int]:
    samples = []
    for lines in sales:
        t0 = now_ns()
        admin.record_pos_sale(shop.pos, lines, metadata={"bench_bare": True})
        samples.append(now_ns() - t0)
    return samples


def sale_to_order(db, data_dir: Path, timer: HttpTimer, seed: int) -> dict:
    """With the background sync running (as in the app), a sale completed and the runner
    woken as the sale screen does: time until convert-to-order answered, and until the
    outbox row is sent (paid and fulfilled in the store)."""
    from sync.runner import BackgroundSync

    import threading

    engine = _engine(db, data_dir, timer)
    runner = BackgroundSync(engine, pull_every_s=3600)
    first_round = threading.Event()
    runner.on_status(lambda _status: first_round.set())  # published after push + pull + push
    runner.start()
    rng = random.Random(seed + 5)
    exists, done = [], []
    try:
        # Sales made while the runner pulls (a stock snapshot pages through every item)
        # wait for the pull to end: that is not this figure, so the first round ends first.
        if not first_round.wait(1800):
            raise TimeoutError("the background sync's first round did not end in 30 min")
        for _ in range(LATENCY_SALES):
            _backlog(db, rng, 1)
            t0 = now_ns()
            runner.wake()
            sent_at = wait_for_row(db.path, "SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM outbox "
                                            "WHERE kind = 'sale' AND status = 'pending')")
            done.append(sent_at - t0)
            exists.append(max(timer.orders_at.values()) - t0)
    finally:
        runner.stop(timeout=60)
    return figure(ms(exists), "ms", "completed sale -> its order exists in Medusa "
                  "(convert-to-order answered), background sync woken as the sale screen does",
                  note="measured from the commit's return; 'paid_and_fulfilled' = until the "
                       "outbox row is marked sent",
                  paid_and_fulfilled=figure(ms(done), "ms", "completed sale -> outbox row sent"))

