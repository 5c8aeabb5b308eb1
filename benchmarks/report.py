"""The short table printed on stdout."""
from __future__ import annotations

LABELS = {
    "scan_to_cart": "scan -> cart",
    "search_3_chars": "search, 3 chars",
    "search_6_chars": "search, 6 chars",
    "complete_sale": "complete_sale",
    "promotions": "promotions (100 lines x 500)",
    "pin_hash_ms": "PIN check (argon2id)",
    "cold_start": "cold start",
    "cold_start_peak_rss": "cold start peak RSS",
    "csv_import": "CSV import",
    "import_sale_wait_ms": "sale wait during an import",
    "dashboard_first_paint": "dashboard first paint",
    "dashboard_year": "dashboard, last 365 days",
    "sync_initial_pull": "sync: initial pull",
    "sync_push_backlog": "sync: push, per sale",
    "sync_sale_to_order": "sync: sale -> order online",
    "sync_collect_order_to_badge": "sync: pickup order -> badge",
    "sync_collect_collected_to_delivered": "sync: collected -> delivered",
}


def _num(v: float, unit: str) -> str:
    if unit == "ms":
        return f"{v:.3f} ms" if v < 10 else f"{v:.1f} ms"
    if unit == "s":
        return f"{v:.2f} s"
    return f"{v:.0f} {unit}"


def table(result: dict) -> str:
    m, p = result["machine"], result["params"]
    out = [
        f"omnipos benchmarks: {p['items']:,} items, {p['sales']:,} historical sales, "
        f"repeat {p['repeat']}, seed {p['seed']}{' (quick)' if p['quick'] else ''}",
        f"machine: {m['cores']} cores {m['cpu']}, {m['ram_gb']} GB RAM, Python {m['python']}, "
        f"SQLite {m['sqlite']}, PySide6 {m['pyside6']} (Qt {m['qt']}), "
        f"disk {m['work_dir_filesystem'].split(' ')[0]}, commit {m['git_commit']}"
        f"{' (dirty)' if m['git_dirty'] else ''}",
        f"load average (1/5/15 min) at start {m['loadavg_at_start']}, at end "
        f"{m.get('loadavg_at_end')}; cpu = the calling thread's CPU time (wall minus cpu = "
        "waiting: disk, locks, or other processes on the machine)",
        "",
        f"{'figure':32} {'n':>5} {'median':>10} {'p95':>10} {'max':>10}  {'target':16} "
        f"{'floor p50':>10} {'x floor p50/p95':>16} {'cpu p50':>10}  result",
    ]
    for key, label in LABELS.items():
        f = result["figures"].get(key, {"skipped": True, "note": "not measured in this run"})
        out.append(f"{label:32} " + _row(f))
    out.append("")
    out.append(f"total run time {result['duration_s']:.0f} s; JSON: {result['out']}")
    return "\n".join(out)


def _row(f: dict) -> str:
    if "error" in f or f.get("skipped"):
        why = f"ERROR: {f['error']}" if "error" in f else f"skipped: {f['note']}"
        return f"{'':>5} {'':>10} {'':>10} {'':>10}  {_target(f):16} {'':>10} {'':>16} " \
               f"{'':>10}  {why.splitlines()[0]}"
    u = f["unit"]
    floor = _num(f["floor"]["median"], u) if "floor" in f else ""
    ratio = f"{f['ratio']['median']:.1f} / {f['ratio']['p95']:.1f}" if "ratio" in f else ""
    cpu = _num(f["thread_cpu"]["median"], u) if "thread_cpu" in f else ""
    verdict = "" if "meets_target" not in f else ("ok" if f["meets_target"] else "MISS")
    return (f"{f['n']:>5} {_num(f['median'], u):>10} {_num(f['p95'], u):>10} "
            f"{_num(f['max'], u):>10}  {_target(f):16} {floor:>10} {ratio:>16} {cpu:>10}  "
            f"{verdict}")


def _target(f: dict) -> str:
    t = f.get("target")
    if not t:
        return ""
    unit = "x floor" if t["stat"].startswith("ratio") else f.get("unit", "ms")
    if "at_least" in t:
        return f"{t['stat']} >= {t['at_least']:g} {unit}"
    return f"{t['stat']} < {t['below']:g} {unit}"
