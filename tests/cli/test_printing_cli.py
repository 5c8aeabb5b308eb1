"""`pos printer test`, `pos receipt print`, `pos receipt render` against a real TCP printer."""
from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "printing"))
from escpos_decoder import Barcode, DrawerKick, Raster, decode  # noqa: E402
from fake_printer import FakeNetworkPrinter  # noqa: E402
from shop_sales import busy_sale  # noqa: E402

from pos.cli import main  # noqa: E402
from pos.services.settings import save_settings  # noqa: E402


@pytest.fixture
def shop(demo_db, data_dir):
    busy_sale(demo_db)
    return data_dir


@pytest.fixture
def printer():
    fake = FakeNetworkPrinter()
    yield fake
    fake.close()


def pos(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), *args])


def test_printer_test_page_in_both_modes(shop, printer, capsys):
    assert pos(shop, "printer", "test", "--printer", printer.uri) == 0
    assert "Test page sent" in capsys.readouterr().out
    assert decode(printer.next_job()).raster_image().width == 576
    assert pos(shop, "printer", "test", "--printer", printer.uri, "--mode", "text") == 0
    assert "Cà phê sữa đá" in decode(printer.next_job()).lines


def test_receipt_print_uses_the_settings_printer(shop, demo_db, printer, capsys):
    save_settings(demo_db, printer_uri=printer.uri, printer_mode="text")
    assert pos(shop, "receipt", "print", "T1-000001") == 0
    assert "Receipt T1-000001 sent" in capsys.readouterr().out
    decoded = decode(printer.next_job())
    assert "Cà phê sữa đá" in decoded.lines and "Bánh mì đặc biệt" in decoded.lines
    assert decoded.of(Barcode)[0].payload == "T1-000001"
    assert decoded.of(DrawerKick) == []  # a copy never opens the drawer


def test_receipt_print_mode_override(shop, demo_db, printer):
    save_settings(demo_db, printer_uri=printer.uri, printer_mode="text")
    assert pos(shop, "receipt", "print", "1", "--mode", "raster") == 0
    assert decode(printer.next_job()).of(Raster)


@pytest.mark.parametrize("suffix", ["png", "pdf"])
def test_receipt_render(shop, tmp_path, capsys, suffix):
    out = tmp_path / "out" / f"receipt.{suffix}"
    assert pos(shop, "receipt", "render", "T1-000001", "--out", str(out)) == 0
    assert "saved to" in capsys.readouterr().out
    if suffix == "png":
        image = Image.open(out)
        assert image.width == 576 and image.height > 800
        assert image.convert("L").getextrema() == (0, 255)
    else:
        assert out.read_bytes().startswith(b"%PDF")


def test_errors_are_clear_and_non_zero(shop, demo_db, tmp_path, capsys):
    assert pos(shop, "receipt", "render", "T1-000099", "--out", str(tmp_path / "r.png")) == 2
    assert "No sale has receipt number 'T1-000099'" in capsys.readouterr().err
    assert pos(shop, "receipt", "render", "1", "--out", str(tmp_path / "r.gif")) == 2
    assert ".png or .pdf" in capsys.readouterr().err
    assert pos(shop, "receipt", "print", "1") == 2
    assert "No receipt printer is set up" in capsys.readouterr().err
    assert pos(shop, "printer", "test", "--printer", "lpt1") == 2
    assert "Unknown printer address" in capsys.readouterr().err
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]
    assert pos(shop, "printer", "test", "--printer", f"tcp://127.0.0.1:{port}") == 1
    assert "cannot be reached" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        pos(shop, "printer", "test", "--mode", "pdf")
