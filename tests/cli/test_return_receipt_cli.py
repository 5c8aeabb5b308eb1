"""`pos receipt print / render` take a return's number (T1-R000001) as well as a sale's."""
from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "printing"))
from escpos_decoder import DrawerKick, decode  # noqa: E402
from fake_printer import FakeNetworkPrinter  # noqa: E402
from shop_sales import busy_sale  # noqa: E402

from pos.cli import main  # noqa: E402
from pos.services import returns  # noqa: E402
from pos.services.settings import load_settings, save_settings  # noqa: E402
from pos.services.users import login  # noqa: E402


def test_a_return_receipt_is_printed_and_rendered_by_its_number(demo_db, data_dir, tmp_path,
                                                               capsys):
    sale = busy_sale(demo_db)
    save_settings(demo_db, return_manager_limit=-1)
    returns.complete_return(demo_db, returns.ReturnRequest(sale.id, (
        returns.ReturnItem(1, Decimal(1)),), "cash"), login(demo_db, "1111"),
        load_settings(demo_db))
    printer = FakeNetworkPrinter()
    try:
        save_settings(demo_db, printer_uri=printer.uri, printer_mode="text")
        assert main(["--data-dir", str(data_dir), "receipt", "print", "T1-R000001"]) == 0
        decoded = decode(printer.next_job())
    finally:
        printer.close()
    assert "Receipt T1-R000001 sent" in capsys.readouterr().out
    assert "Return: T1-R000001" in decoded.lines and "Original receipt: T1-000001" in decoded.lines
    assert decoded.of(DrawerKick) == []  # a copy never opens the drawer
    out = tmp_path / "r.png"
    assert main(["--data-dir", str(data_dir), "receipt", "render", "T1-R000001",
                 "--out", str(out)]) == 0
    assert out.stat().st_size > 1000
    assert main(["--data-dir", str(data_dir), "receipt", "render", "T1-R000009",
                 "--out", str(out)]) == 2
