"""Timing samples, their statistics, figure records, and what machine they come from."""
from __future__ import annotations

import math
import os
import platform
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

now_ns = time.perf_counter_ns
cpu_ns = time.thread_time_ns  # beside wall time: tells a busy machine from slow code
REPO = Path(__file__).resolve().parents[1]


def stats(values: list[float]) -> dict:
    """median, p95 (nearest rank), max, min, mean of already-scaled values."""
    if not values:
        raise ValueError("no samples")
    s = sorted(values)
    n = len(s)
    median = s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
    return {"n": n, "median": _r(median), "p95": _r(s[max(0, math.ceil(0.95 * n) - 1)]),
            "max": _r(s[-1]), "min": _r(s[0]), "mean": _r(sum(s) / n)}


def _r(x: float) -> float:
    return round(x, 4)


def ms(samples_ns: list[int]) -> list[float]:
    return [v / 1e6 for v in samples_ns]


def figure(samples: list[float], unit: str, what: str, target: float | None = None,
           target_stat: str = "p95", floor: list[float] | None = None, floor_what: str = "",
           note: str = "", cpu: list[float] | None = None, **extra) -> dict:
    """One measured figure: its stats, the target and whether it is met, the floor and ratio,
    and (cpu) the calling thread's CPU time over the same runs."""
    fig = {"what": what, "unit": unit, **stats(samples)}
    if target is not None:
        fig["target"] = {"stat": target_stat, "below": target}
        fig["meets_target"] = fig[target_stat] < target
    if floor:
        fs = stats(floor)
        fig["floor"] = {"what": floor_what, **fs}
        fig["ratio"] = {k: _r(fig[k] / fs[k]) if fs[k] else None for k in ("median", "p95")}
    if cpu:
        fig["thread_cpu"] = stats(cpu)
    if note:
        fig["note"] = note
    fig.update(extra)
    return fig


def wait_for_row(path: Path, sql: str, args: tuple = (), timeout_s: float = 120.0) -> int:
    """Polls a SQLite file on its own connection every 5 ms (cheap beside the code under
    test): now_ns() when `sql` first returns a row."""
    deadline = time.monotonic() + timeout_s
    with sqlite3.connect(path) as conn:
        while time.monotonic() < deadline:
            if conn.execute(sql, args).fetchone():
                return now_ns()
            time.sleep(0.005)
    raise TimeoutError(f"not within {timeout_s:.0f} s: {sql} {args}")


def skipped(note: str, target: float | None = None, unit: str = "ms", **extra) -> dict:
    fig = {"skipped": True, "note": note, "unit": unit, **extra}
    if target is not None:
        fig["target"] = {"stat": "p95", "below": target}
    return fig


# -- the machine ---------------------------------------------------------------------------

def machine(work_dir: Path) -> dict:
    import PySide6
    import sqlalchemy
    from PySide6.QtCore import qVersion

    return {
        "cores": os.cpu_count(),
        "cpu": _cpu_model(),
        "ram_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1),
        "os": platform.platform(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "pyside6": PySide6.__version__,
        "qt": qVersion(),
        "sqlalchemy": sqlalchemy.__version__,
        "qt_platform": os.environ.get("QT_QPA_PLATFORM", ""),
        "work_dir_filesystem": _filesystem(work_dir),
        "git_commit": _git("rev-parse", "--short", "HEAD"),
        "git_dirty": bool(_git("status", "--porcelain", "--untracked-files=no")),
        "loadavg_at_start": [round(x, 2) for x in os.getloadavg()],
    }


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


def _filesystem(path: Path) -> str:
    """The mount type under path (fsync cost differs a lot: ext4 vs tmpfs vs overlay)."""
    try:
        mounts = [l.split() for l in Path("/proc/mounts").read_text().splitlines()]
    except OSError:
        return ""
    target = str(Path(path).resolve())
    best = max((m for m in mounts if target == m[1] or target.startswith(m[1].rstrip("/") + "/")),
               key=lambda m: len(m[1]), default=None)
    return f"{best[2]} ({best[0]} on {best[1]})" if best else ""


def _git(*args: str) -> str:
    try:
        return subprocess.run(("git", *args), cwd=REPO, capture_output=True, text=True,
                              timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def log(msg: str) -> None:
    print(f"[bench] {msg}", file=sys.stderr, flush=True)
