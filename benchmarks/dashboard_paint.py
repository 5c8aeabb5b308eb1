"""How fast the sales dashboard paints on a shop's data (offscreen Qt):

    python -m benchmarks.dashboard_paint DATA_DIR [--period last30|last365|...] [--png FILE]

Times from creating the dashboard to each card painted ("first" = the first card, "all" = the
last); with a period other than the default it then switches to it and times that too. Make
the data with `python -m benchmarks.sales_history DATA_DIR` (about 300,000 sales a year).
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def first_paint(data_dir: Path, period: str = "last30", png: Path | None = None) -> dict:
    """{"open": {...card: ms}, period: {...}} for the dashboard opened on data_dir's shop."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from pos.app import open_shop
    from pos.services.settings import load_settings
    from pos.services.users import list_users
    from pos.ui.context import Till
    from pos.ui.dashboard import SalesDashboard
    from pos.ui.tasks import Tasks

    app = QApplication.instance() or QApplication(sys.argv[:1])
    db = open_shop(data_dir, create_demo=False)
    till = Till(db=db, data_dir=data_dir, settings=load_settings(db), tasks=Tasks())
    till.user = next((u for u in list_users(db) if u.is_manager), None)
    runs, marks = {}, {}
    started = [time.perf_counter()]

    def painted(name: str) -> None:
        ms = round((time.perf_counter() - started[0]) * 1000, 1)
        marks.setdefault("first", ms)
        marks[name] = ms

    def all_painted() -> None:
        marks["all"] = marks[max(marks, key=lambda k: marks[k])]
        runs["open" if not runs else period] = dict(marks)
        marks.clear()
        if len(runs) == 1 and period != dashboard.preset.currentData():
            started[0] = time.perf_counter()
            dashboard.preset.setCurrentIndex(dashboard.preset.findData(period))
            return
        QTimer.singleShot(200, finish)

    def finish() -> None:
        if png is not None:
            dashboard.grab().save(str(png))
        app.quit()

    dashboard = SalesDashboard(till)
    dashboard.section_painted.connect(painted)
    dashboard.all_painted.connect(all_painted)
    dashboard.show()
    app.exec()
    till.tasks.shutdown()
    db.close()
    return runs


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.dashboard_paint")
    p.add_argument("data_dir", type=Path)
    p.add_argument("--period", default="last30")
    p.add_argument("--png", type=Path)
    args = p.parse_args(argv)
    for run, marks in first_paint(args.data_dir, args.period, args.png).items():
        print(run, "  ".join(f"{k} {v:.0f} ms" for k, v in marks.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
