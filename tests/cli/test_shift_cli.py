"""`pos shift status`, `pos report x`, `pos report z [--shift N] [--print]` on a real shop
folder, text and JSON, and the Z report on a real TCP receipt printer."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "printing"))
from escpos_decoder import Cut, decode  # noqa: E402
from fake_printer import FakeNetworkPrinter  # noqa: E402

from pos.cli import main  # noqa: E402
from pos.domain.payment import CARD, CASH  # noqa: E402
from pos.services import shifts  # noqa: E402
from pos.services.settings import load_settings  # noqa: E402
from pos.services.users import login  # noqa: E402
from tests.services.test_shifts import a_busy_shift  # noqa: E402


def pos(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), *args])


@pytest.fixture
def busy(demo_db_no_shift, data_dir):
    """A shop whose open shift has sales, cash moves, a void, a no-sale and a refund."""
    db = demo_db_no_shift
    expected_cash = a_busy_shift(db, load_settings(db), login(db, "1111"), login(db, "9999"))
    return db, expected_cash


def test_nothing_open_nothing_closed(demo_db_no_shift, data_dir, capsys):
    assert pos(data_dir, "shift", "status") == 0
    assert capsys.readouterr().out == "No shift is open on till T1.\n"
    assert pos(data_dir, "shift", "status", "--format", "json") == 0
    assert json.loads(capsys.readouterr().out) == {"open": False, "terminal_id": "T1"}
    assert pos(data_dir, "report", "x") == 2
    assert "Open a shift first" in capsys.readouterr().err
    assert pos(data_dir, "report", "z") == 2
    assert "no Z report" in capsys.readouterr().err
    assert pos(data_dir, "report", "z", "--shift", "99", "--format", "json") == 2
    assert "Shift 99 has no Z report" in capsys.readouterr().err


def test_status_and_x_report_of_the_open_shift(busy, data_dir, capsys):
    db, expected_cash = busy
    assert pos(data_dir, "shift", "status") == 0
    out = capsys.readouterr().out
    assert "Shift 1 is open on till T1" in out and "(opened by Lan)" in out
    assert "Cash expected in the drawer: 618.000\xa0₫" in out
    assert pos(data_dir, "shift", "status", "--format", "json") == 0
    status = json.loads(capsys.readouterr().out)
    assert (status["open"], status["expected_cash"], status["sales_count"]) == (
        True, expected_cash, 3)

    assert pos(data_dir, "report", "x", "--format", "json") == 0
    x = json.loads(capsys.readouterr().out)
    assert (x["kind"], x["sales_total"], x["voids"], x["no_sales"]) == ("X", 79_000, 1, 1)
    assert x == {**shifts.x_report(db, load_settings(db)).to_dict(), "made_at": x["made_at"]}
    assert pos(data_dir, "report", "x") == 0
    text = capsys.readouterr().out
    assert "X REPORT · shift 1 (open)" in text and "Counted" not in text
    assert all(len(line) <= 48 for line in text.splitlines())


def test_z_report_kept_shown_again_and_printed(busy, data_dir, capsys):
    db, expected_cash = busy
    shop = load_settings(db)
    z = shifts.close_shift(db, login(db, "9999"), {CASH: expected_cash - 20_000, CARD: 25_000},
                           shop)
    assert pos(data_dir, "report", "z", "--format", "json") == 0
    assert json.loads(capsys.readouterr().out) == z.to_dict()
    assert pos(data_dir, "report", "z", "--shift", "1") == 0
    text = capsys.readouterr().out
    for expected in ("Z REPORT · shift 1", "Sales total", "79.000", "No-sale drawer openings",
                     "First receipt", "T1-000003", "VAT 8%", "OVER/SHORT", "-20.000"):
        assert expected in text, expected

    printer = FakeNetworkPrinter()
    try:
        assert pos(data_dir, "report", "z", "--shift", "1", "--print", "--printer", printer.uri,
                   "--mode", "text") == 0
        printed = decode(printer.next_job())
    finally:
        printer.close()
    assert "sent to" in capsys.readouterr().err
    paper = "\n".join(line.rstrip() for line in printed.lines)
    assert paper.strip("\n") == text.strip("\n")  # paper == screen, line for line
    assert printed.of(Cut)
