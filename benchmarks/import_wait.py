"""`import_sale_wait_ms`: how long a sale at the till waits while a catalogue import runs.

The import runs as `pos catalog import` in its own process (as a manager would start it
beside a running till); this process completes a 5-line cash sale through
pos.services.sales.complete_sale every ~50 ms on its own connection until the import ends,
and records each sale's wall time."""
from __future__ import annotations

import random
import subprocess
import sys
import time

from benchmarks.data import MANAGER, MANAGER_PIN, create_shop
from benchmarks.figures import _basket, _catalog_items
from benchmarks.measure import REPO, figure, ms, now_ns

SALE_EVERY_S = 0.05
FIRST_ROWS = 500  # imported beforehand: what the till sells while the whole file comes in


def import_sale_wait(work, csv_path, rows: int, seed: int) -> dict:
    from pos.services.catalog_import import import_csv
    from pos.services.settings import load_settings

    db, user = create_shop(work / "import-wait")
    import_csv(db, _first_rows(csv_path, work / "import-wait-first.csv", FIRST_ROWS))
    settings, rng = load_settings(db), random.Random(seed)
    items = _catalog_items(db, 50, rng)
    command = [sys.executable, "-m", "pos.cli", "--data-dir", str(db.path.parent),
               "catalog", "import", str(csv_path), "--user", MANAGER, "--pin-stdin"]
    waits, baseline = [], [_sale_ns(db, settings, user, items, rng) for _ in range(5)]
    started = now_ns()
    importer = subprocess.Popen(command, cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
    importer.stdin.write(MANAGER_PIN + "\n")  # the manager's PIN, as --pin-stdin reads it
    importer.stdin.flush()  # (communicate closes it)
    while True:  # at least one sale, however quick the import
        waits.append(_sale_ns(db, settings, user, items, rng))
        if importer.poll() is not None:
            break
        time.sleep(SALE_EVERY_S)
    import_s = (now_ns() - started) / 1e9
    out, err = importer.communicate()
    db.close()
    if importer.returncode != 0:
        raise RuntimeError(f"the import failed: {err or out}")
    return figure(ms(waits), "ms", f"worst wait of a 5-line cash sale (sales.complete_sale "
                  f"every {SALE_EVERY_S * 1000:.0f} ms) while `pos catalog import` of {rows:,} "
                  "rows runs in another process", target=250, target_stat="max",
                  note="the import writes in chunks with a pause between them; max is the "
                       "figure", without_import=figure(ms(baseline), "ms", "the same sale "
                                                      "with no import running"),
                  import_s=round(import_s, 2), sales_during_import=len(waits))


def _sale_ns(db, settings, user, items, rng) -> int:
    from pos.domain.payment import Tender
    from pos.services import sales

    basket = _basket(rng.sample(items, 5), rng)
    total = basket.totals(settings.tax_inclusive).total
    t0 = now_ns()
    sales.complete_sale(db, basket, [Tender("cash", -(-total // 50_000) * 50_000)], user,
                        settings)
    return now_ns() - t0


def _first_rows(csv_path, target, n: int):
    with open(csv_path, encoding="utf-8") as src:
        target.write_text("".join(line for _, line in zip(range(n + 1), src)), encoding="utf-8")
    return target
