"""`python -m benchmarks --quick` runs end to end and reports every figure. No timings are
asserted here: the figures are for people to read, not for tests to pass or fail on."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FIGURES = ("scan_to_cart", "search_3_chars", "search_6_chars", "complete_sale", "promotions",
           "pin_hash_ms", "cold_start", "cold_start_peak_rss", "csv_import", "import_sale_wait_ms",
           "dashboard_first_paint",
           "dashboard_year", "sync_initial_pull", "sync_push_backlog", "sync_sale_to_order",
           "sync_collect_order_to_badge", "sync_collect_collected_to_delivered")
STATS = ("n", "median", "p95", "max")
FLOORED = ("scan_to_cart", "search_3_chars", "search_6_chars", "complete_sale")


def test_quick_benchmark_reports_every_figure(tmp_path: Path):
    out = tmp_path / "bench.json"
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--out", str(out),
         "--work-dir", str(tmp_path / "work")],
        cwd=REPO, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    result = json.loads(out.read_text(encoding="utf-8"))

    for key in ("cores", "ram_gb", "python", "sqlite", "pyside6"):
        assert result["machine"][key], key
    assert set(FIGURES) <= set(result["figures"])
    for key in FIGURES:
        fig = result["figures"][key]
        assert "error" not in fig, (key, fig)
        if fig.get("skipped"):
            assert fig["note"].strip(), key
            continue
        for stat in STATS:
            assert isinstance(fig[stat], (int, float)) and fig[stat] >= 0, (key, stat, fig)
        assert fig["unit"] and isinstance(fig["meets_target"], bool), key
    for key in FLOORED:
        floor = result["figures"][key]["floor"]
        assert floor["median"] > 0 and result["figures"][key]["ratio"]["median"] > 0, key
    assert "LOGIN" in result["figures"]["cold_start"]["note"]
    assert 2_000 < result["data"]["rows"]["sales"] < 4_000  # a year of about 3,000 sales
    for key in (k for k in FIGURES if k.startswith("sync_")):
        assert "--sync" in result["figures"][key]["note"]  # long: only when asked

    for key in ("scan -> cart", "complete_sale", "promotions", "dashboard first paint",
                "cold start", "CSV import", "sale wait during an import", "sync: push"):
        assert key in proc.stdout
