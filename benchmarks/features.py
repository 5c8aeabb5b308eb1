"""Figures of features with their own benchmark entry points: the promotions engine
(benchmarks/promotions_data.py) and the sales dashboard (benchmarks/dashboard_paint.py,
on the year of sales written by benchmarks/sales_history.py)."""
from __future__ import annotations

from pathlib import Path

from benchmarks.measure import cpu_ns, figure, ms, now_ns

PROMOTIONS, CART_LINES = 500, 100
DASHBOARD_HANG_S = 120  # a card that never paints must not hang the whole benchmark


def promotions(runs: int, warmup: int, seed: int) -> dict:
    from benchmarks.promotions_data import promotion_case, reevaluate

    case = promotion_case(PROMOTIONS, CART_LINES, seed)
    wall, cpu = [], []
    for _ in range(runs):
        c0, t0 = cpu_ns(), now_ns()
        totals = reevaluate(case)
        wall.append(now_ns() - t0)
        cpu.append(cpu_ns() - c0)
    applied = sum(1 for line in totals.lines if getattr(line, "promotions", None))
    return figure(ms(wall[warmup:]), "ms",
                  f"re-evaluation of a {CART_LINES}-line cart against {PROMOTIONS} active "
                  "promotions (benchmarks.promotions_data.reevaluate: Basket.totals, as the till "
                  "prices the cart after each scan)", target=20, cpu=ms(cpu[warmup:]),
                  note="promotions of every kind (percent/fixed items and order, buy X get Y, "
                       "tiers, bundles, coupons, time windows, customer groups); seeded",
                  lines_with_promotions=applied, total=totals.total)


def dashboard(data_dir: Path, runs: int) -> tuple[dict, dict]:
    """The dashboard opened `runs` times after one warm-up: its default view (last 30 days)
    and a switch to the last 365 days."""
    opened, first_card, year = [], [], []
    for i in range(runs + 1):
        got = _paint_once(data_dir)
        if i == 0:
            continue
        opened.append(got["open"]["all"])
        first_card.append(got["open"]["first"])
        year.append(got["last365"]["all"])
    note = ("offscreen Qt, from creating the dashboard to its last card painted (cards load off "
            "the UI thread one by one); a new window and database connection each run, after "
            "one warm-up run")
    first = figure(opened, "ms", "sales dashboard opened: every card of its default view (last "
                   "30 days) painted, on a year of sales", target=1000, note=note,
                   first_card=figure(first_card, "ms", "first card painted"))
    whole_year = figure(year, "ms", "dashboard switched to the last 365 days: every card "
                        "painted again", target=1000, note=note)
    return first, whole_year


def _paint_once(data_dir: Path) -> dict:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from benchmarks.dashboard_paint import first_paint

    app = QApplication.instance() or QApplication([])
    hung = []
    watchdog = QTimer(singleShot=True, interval=DASHBOARD_HANG_S * 1000)
    watchdog.timeout.connect(lambda: (hung.append(True), app.quit()))
    watchdog.start()
    try:
        got = first_paint(data_dir, "last365")
    finally:
        watchdog.stop()
    if hung or "last365" not in got:
        raise TimeoutError(f"the dashboard did not paint every card within {DASHBOARD_HANG_S} s "
                           f"(painted: {got})")
    return got


def pin_hash(runs: int, warmup: int) -> dict:
    """One PIN check with the real argon2id parameters (what each guess costs a thief with a
    copied database, and what the login pays per active user)."""
    import os

    from pos.services import pin_hashes

    cheap = os.environ.pop(pin_hashes.TEST_SWITCH, None)  # never the test suite's cheap ones
    try:
        stored = pin_hashes.hash_pin("246813")
        wall, cpu = [], []
        for _ in range(runs):
            c0, t0 = cpu_ns(), now_ns()
            pin_hashes.pin_matches("135790", stored)
            wall.append(now_ns() - t0)
            cpu.append(cpu_ns() - c0)
    finally:
        if cheap is not None:
            os.environ[pin_hashes.TEST_SWITCH] = cheap
    fig = figure(ms(wall[warmup:]), "ms", "one PIN check (argon2id, the shop's parameters): "
                 "at least 100 ms is the aim, so a copied database's PINs take long to guess",
                 cpu=ms(cpu[warmup:]), parameters=dict(pin_hashes.STRONG))
    # a floor, not a ceiling: the check must stay slow enough for a guesser
    fig["target"] = {"stat": "median", "at_least": 100}
    fig["meets_target"] = fig["median"] >= 100
    return fig
