"""A product name carrying ESC p (drawer kick) or any other control byte reaches the printer
as text, never as a command, in text and raster mode alike (issue #13)."""
from __future__ import annotations

from dataclasses import replace

import pytest
from escpos_decoder import DrawerKick, decode
from fake_printer import FakeNetworkPrinter
from receipt_sample import sample_receipt, vnd

from pos.devices.pole_display import fit
from pos.domain.receipt import COLUMNS_BY_PAPER, layout
from pos.domain.text import unsafe_character
from pos.printing.escpos_out import print_receipt
from pos.printing.raster import receipt_image

KICK = "\x1bp\x00\x19\xfa"  # ESC p 0: pulse drawer pin 2
HOSTILE = f"Bánh{KICK}mì\x1d\x56\x00\x10\x14\x01\x00\x05\u202e"


@pytest.fixture
def printer():
    fake = FakeNetworkPrinter()
    yield fake
    fake.close()


def _hostile_receipt():
    receipt = sample_receipt(80)
    lines = (replace(receipt.lines[0], name=HOSTILE, note=KICK), *receipt.lines[1:])
    return replace(receipt, lines=lines, cashier="Lan" + KICK, customer=KICK + "Đức",
                   footer="Cảm ơn\x1b@" + KICK)


def test_text_mode_sends_no_command_from_a_name(printer):
    print_receipt(_hostile_receipt(), printer.uri, mode="text", fmt=vnd)
    job = printer.next_job()
    decoded = decode(job)
    assert decoded.of(DrawerKick) == []
    assert b"\x1bp" not in job and b"\x10\x14" not in job
    assert job.count(b"\x1dV\x00") == 1 and job.endswith(b"\x1dV\x00")  # the cut, at the end
    assert any("Bánh" in line and "mì" in line for line in decoded.lines)


def test_raster_mode_draws_only_printable_text(printer):
    receipt = _hostile_receipt()
    rows = layout(receipt, vnd, COLUMNS_BY_PAPER[80])
    assert all(unsafe_character(f"{r.text}{r.amount}{r.payload}") is None for r in rows)
    assert any("Bánh" in r.text for r in rows)
    print_receipt(receipt, printer.uri, mode="raster", fmt=vnd)
    decoded = decode(printer.next_job())
    assert decoded.of(DrawerKick) == []
    assert decoded.raster_image().tobytes() == receipt_image(receipt, vnd).tobytes()


def test_the_pole_display_shows_no_control_byte():
    shown = fit(HOSTILE)
    assert shown.isascii() and shown.isprintable()
