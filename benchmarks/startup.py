"""Figures measured from outside the code under test: the CSV import into a fresh shop, and
the till's cold start as a child process (wall time to "ready" and its peak RSS)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from benchmarks.data import create_shop
from benchmarks.measure import REPO, cpu_ns, figure, log, now_ns, stats


def csv_import(csv_path: Path, warmup_csv: Path, work: Path, rows: int):
    """Times import_csv into a fresh empty shop; returns (figure, the open shop db, user)."""
    from pos.services.catalog_import import import_csv

    warm_db, _ = create_shop(work / "import-warmup")
    import_csv(warm_db, warmup_csv)  # loads and exercises the code paths once
    warm_db.close()
    db, user = create_shop(work / "shop")
    t0, c0 = now_ns(), cpu_ns()
    result = import_csv(db, csv_path)
    elapsed, cpu = (now_ns() - t0) / 1e9, (cpu_ns() - c0) / 1e9
    assert result.created == rows, result
    fig = figure([elapsed], "s", f"pos.services.catalog_import.import_csv of {rows:,} rows into "
                 "a fresh empty shop (parse, validate the whole file, then write in short "
                 "chunks with the search index, pausing between them for the till)",
                 target=20, note="one timed run after a small warm-up import; median = p95 = max",
                 cpu=[cpu],
                 rows_per_s=round(rows / elapsed))
    return fig, db, user


def cold_start(data_dir: Path, runs: int) -> tuple[dict, dict]:
    """`python -m pos.cli --data-dir DIR --exit-when-ready`: wall time until it prints "ready"
    (and until it exits), and the child's own peak RSS from wait4()."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    ready_s, exit_s, rss_mb, cpu_s, exit_cpu_s, first = [], [], [], [], [], None
    for i in range(runs + 1):  # the first run warms the OS file cache; it is kept aside
        got = _start_once(data_dir, env)
        if i == 0:
            first = {"ready_s": round(got["ready_s"], 3),
                     "rss_mb": round(got["maxrss_kb"] / 1024, 1)}
            continue
        ready_s.append(got["ready_s"])
        exit_s.append(got["exit_s"])
        rss_mb.append(got["maxrss_kb"] / 1024)
        exit_cpu_s.append(got["cpu_s"])
        if got["cpu_at_ready_s"] is not None:  # /proc: Linux
            cpu_s.append(got["cpu_at_ready_s"])
    note = ("wall time from spawning the process to reading 'ready' on its stdout; 'ready' is "
            "printed on the first event-loop turn after the window is shown, and the window "
            "shows the LOGIN screen first (the sale screen is built behind it but a cashier "
            "must log in before it is visible); warm OS file cache")
    start = figure(ready_s, "s", "process start -> window ready, 200k-item shop", target=1.5,
                   note=note + "; cpu = the child's user+system CPU time when it printed "
                   "'ready' (from /proc), cpu_to_exit = up to its exit", cpu=cpu_s,
                   cpu_to_exit=stats(exit_cpu_s), first_run=first,
                   exit_s={"median": round(sorted(exit_s)[len(exit_s) // 2], 3),
                           "max": round(max(exit_s), 3)})
    rss = figure(rss_mb, "MB", "peak RSS of the cold-start child (wait4 ru_maxrss)", target=250,
                 target_stat="max", note="same runs as cold_start; the child is forked from a "
                 "small launcher (benchmarks/launch.py) so that the benchmark's own memory does "
                 "not leak into ru_maxrss")
    return start, rss


def _start_once(data_dir: Path, env: dict) -> dict:
    cmd = [sys.executable, "-m", "pos.cli", "--data-dir", str(data_dir), "--exit-when-ready"]
    launcher = [sys.executable, str(Path(__file__).with_name("launch.py"))]
    done = subprocess.run(launcher + cmd, cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=300)
    try:
        got = json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        got = {"returncode": None, "output_tail": done.stdout[-2000:] + done.stderr[-2000:]}
    if got.get("first_line") != "ready" or got["returncode"] != 0:
        log(f"cold start failed (exit {got['returncode']}): {got['output_tail']}")
        raise RuntimeError("the till did not start; see the output above")
    return got
