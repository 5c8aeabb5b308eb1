"""python -m benchmarks [--quick] [--out bench.json] [--items N] [--sales N] [--repeat N]
                       [--sync [--sync-sales N] [--sync-variants N]]

Generates its own data (seeded), imports it into a fresh shop, adds a year of sales, then
measures every figure after a warm-up and writes the JSON and a table on stdout."""
from __future__ import annotations

import argparse
import gc
import json
import os
import random
import shutil
import sys
import tempfile
import time
import traceback
from datetime import datetime, timezone
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt

from benchmarks import data, features, figures, import_wait, startup  # noqa: E402
from benchmarks.measure import log, machine, skipped  # noqa: E402
from benchmarks.report import table  # noqa: E402
from benchmarks.sales_history import write_year  # noqa: E402

FULL = {"items": 200_000, "sales": 300_000, "repeat": 500}
QUICK = {"items": 2_000, "sales": 3_000, "repeat": 20}
YEAR_DAYS = 365 * 1.04  # sales_history's busier weekends and Tết add about 4 %


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n")[2])
    p.add_argument("--quick", action="store_true", help="small data, few repeats (test suite)")
    p.add_argument("--out", type=Path, default=Path("bench.json"), help="JSON results file")
    p.add_argument("--items", type=int, help="catalogue size (default 200,000; quick 2,000)")
    p.add_argument("--sales", type=int, help="historical sales (default 300,000; quick 3,000)")
    p.add_argument("--repeat", type=int, help="timed runs per figure after the warm-up "
                   "(default 500; quick 20; cold start and the dashboard run fewer)")
    p.add_argument("--seed", type=int, default=7, help="data seed (default 7)")
    p.add_argument("--sync", action="store_true", help="also the sync figures against a local "
                   "Medusa started for the run (long: see --sync-sales)")
    p.add_argument("--sync-sales", type=int, default=1_000, help="offline backlog pushed with "
                   "--sync, and as many bare Admin API sales (default 1,000: about 40 min)")
    p.add_argument("--sync-only", action="store_true",
                   help="with --sync: only the sync figures (the others are not measured)")
    p.add_argument("--sync-variants", type=int, default=20_000,
                   help="catalogue seeded in Medusa and pulled with --sync (default 20,000)")
    p.add_argument("--work-dir", type=Path, help="where the shop databases go (default: a "
                   "temporary folder, deleted afterwards)")
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    base = QUICK if args.quick else FULL
    params = {k: getattr(args, k) or base[k] for k in base}
    params.update(seed=args.seed, quick=args.quick, sync=args.sync or args.sync_only,
                  sync_only=args.sync_only,
                  sync_sales=args.sync_sales, sync_variants=args.sync_variants)
    work = args.work_dir or Path(tempfile.mkdtemp(prefix="omnipos-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    result = {"schema": 1, "started_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
              "params": params, "machine": machine(work), "out": str(args.out)}
    try:
        result["figures"], result["data"] = sync_only(params, work) if args.sync_only \
            else run(params, work)
    finally:
        if args.work_dir is None:
            shutil.rmtree(work, ignore_errors=True)
    result["duration_s"] = round(time.perf_counter() - started, 1)
    result["machine"]["loadavg_at_end"] = [round(x, 2) for x in os.getloadavg()]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(table(result))
    return 1 if any("error" in f for f in result["figures"].values()) else 0


def run(p: dict, work: Path) -> tuple[dict, dict]:
    n, seed, repeat = p["items"], p["seed"], p["repeat"]
    warmup = max(3, repeat // 10)
    rng = random.Random(seed)
    log(f"generating {n:,} items (seed {seed})")
    items = data.catalogue(n, seed)
    csv_path = data.write_csv(items, work / "catalogue.csv")
    warm_csv = data.write_csv(data.catalogue(min(n, 2_000), seed + 100), work / "warmup.csv")
    # Everything drawn from the catalogue is drawn now; then the catalogue is dropped, so that
    # a million Python objects of the benchmark's own do not slow the code under test (GC).
    scans = data.scan_codes(items, warmup + repeat, rng)
    q3, q6 = (data.queries(items, warmup + repeat, k, rng) for k in (3, 6))
    kg_items = sum(it.unit == "kg" for it in items)
    del items
    gc.collect()
    figs: dict[str, dict] = {}

    log("CSV import")
    figs["csv_import"], db, user = startup.csv_import(csv_path, warm_csv, work, n)
    log(f"writing about {p['sales']:,} historical sales (a year up to yesterday)")
    t0 = time.perf_counter()
    counts = write_year(db.path, per_day=max(1, round(p["sales"] / YEAR_DAYS)), seed=seed)
    info = {"rows": counts, "sales_write_s": round(time.perf_counter() - t0, 1),
            "db_mb": round(db.path.stat().st_size / 2**20, 1),
            "kg_items": kg_items}
    from pos.services.settings import load_settings

    settings = load_settings(db)
    steps = {
        "scan_to_cart": lambda: figures.scan_to_cart(db, settings, scans, warmup),
        "search_3_chars": lambda: figures.search(db, q3, warmup, 3),
        "search_6_chars": lambda: figures.search(db, q6, warmup, 6),
        "complete_sale": lambda: figures.complete_sale(
            db, settings, user, warmup + repeat, warmup, rng),
        "promotions": lambda: features.promotions(warmup + repeat, warmup, seed),
        "pin_hash_ms": lambda: features.pin_hash(warmup + repeat, warmup),
        "import_sale_wait_ms": lambda: import_wait.import_sale_wait(work, csv_path, n, seed),
    }
    for key, step in steps.items():
        figs[key] = _safely(key, step)
    dash = _safely("dashboard_first_paint",
                   lambda: features.dashboard(db.path.parent, 2 if p["quick"] else 5))
    figs["dashboard_first_paint"], figs["dashboard_year"] = (dash, dash) if "error" in dash \
        else dash
    db.close()
    cold = _safely("cold_start", lambda: startup.cold_start(db.path.parent,
                                                            2 if p["quick"] else 10))
    figs["cold_start"], figs["cold_start_peak_rss"] = (cold, cold) if "error" in cold else cold
    figs.update(sync_figures(p, work))
    info["sync_store"] = figs.pop("sync_store", None)
    return figs, info


def _safely(key: str, step):
    """Runs one figure; notes the machine's load average as it starts (a shared machine's
    other work shows in the tails)."""
    log(key)
    load = round(os.getloadavg()[0], 2)
    try:
        got = step()
    except Exception as exc:  # one broken figure must not hide the others
        traceback.print_exc()
        return {"error": f"{type(exc).__name__}: {exc}"}
    for fig in got if isinstance(got, tuple) else (got,):
        fig["loadavg_1m_at_start"] = load
    return got


def sync_only(p: dict, work: Path) -> tuple[dict, dict]:
    figs = sync_figures(p, work)
    return figs, {"sync_store": figs.pop("sync_store", None)}


SYNC_FIGURES = ("sync_initial_pull", "sync_push_backlog", "sync_sale_to_order",
                "sync_collect_order_to_badge", "sync_collect_collected_to_delivered")


def sync_figures(p: dict, work: Path) -> dict:
    """Against a local Medusa started for the run (--sync), else skipped with a note."""
    if not p["sync"]:
        note = ("not asked for: run with --sync (starts PostgreSQL + Medusa through "
                "tests/medusa_harness.py; about 2 x --sync-sales seconds and more)")
        return {key: skipped(note) for key in SYNC_FIGURES}
    from benchmarks import sync_bench

    log(f"sync: {p['sync_variants']:,} variants, backlog of {p['sync_sales']:,} sales")
    got = _safely("sync", lambda: sync_bench.run(work / "sync", p["sync_variants"],
                                                 p["sync_sales"], p["seed"]))
    if "error" in got:
        return {key: got for key in SYNC_FIGURES}
    load = got.pop("loadavg_1m_at_start", None)  # _safely's note, for the whole group
    figs = {f"sync_{k}": {**v, "loadavg_1m_at_start": load} for k, v in got.items()
            if k != "medusa"}
    return {"sync_store": got["medusa"], **figs}


if __name__ == "__main__":
    sys.exit(main())
