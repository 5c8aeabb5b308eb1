"""Receipts sent to a real TCP socket acting as a port-9100 printer, decoded back."""

from __future__ import annotations

import socket
import time

import pytest
from escpos_decoder import Barcode, Cut, DrawerKick, QrCode, Raster, StatusQuery, Text, decode
from fake_printer import PAPER_OUT, FakeNetworkPrinter
from PIL import Image
from pyzbar.pyzbar import decode as read_codes
from receipt_sample import ITEM_NAMES, QR_PAYLOAD, sample_receipt, vnd

from pos.domain.receipt import COLUMNS_BY_PAPER, RowKind, layout
from pos.printing.escpos_out import open_drawer, print_receipt, print_test_page, text_line
from pos.printing.printers import PrinterUnavailable
from pos.printing.raster import receipt_image


@pytest.fixture
def printer():
    fake = FakeNetworkPrinter()
    yield fake
    fake.close()


def expected_text_lines(receipt) -> list[str]:
    columns = COLUMNS_BY_PAPER[receipt.paper_width_mm]
    rows = layout(receipt, vnd, columns)
    return [text_line(row, columns) for row in rows if row.kind in (RowKind.TEXT, RowKind.PAIR, RowKind.SEPARATOR)]


@pytest.mark.parametrize("paper", [58, 80])
def test_text_mode_decodes_to_the_vietnamese_receipt(printer, paper):
    receipt = sample_receipt(paper)
    print_receipt(receipt, printer.uri, mode="text", fmt=vnd)
    decoded = decode(printer.next_job())

    printed = [line for line in decoded.lines if line.strip()]
    assert printed == expected_text_lines(receipt)
    for name in ITEM_NAMES:
        assert name in decoded.lines
    assert any(line.startswith("TOTAL") and line.endswith(" 110.500\xa0₫") for line in decoded.lines)
    assert all(len(line) <= COLUMNS_BY_PAPER[paper] for line in decoded.lines)


def test_text_mode_selects_cp1258_and_sends_tone_marks_as_combining_bytes(printer):
    print_receipt(sample_receipt(), printer.uri, mode="text", fmt=vnd)
    job = printer.next_job()
    assert b"\x1bt\x34" in job  # ESC t 52: WPC1258 on Epson
    assert "sữa".encode("utf-8") not in job
    assert b"s\xfd\xdea" in job  # s, ư, combining tilde, a


def test_text_mode_native_barcode_and_qr_then_cut(printer):
    receipt = sample_receipt()
    print_receipt(receipt, printer.uri, mode="text", fmt=vnd)
    decoded = decode(printer.next_job())

    assert [(b.system, b.payload) for b in decoded.of(Barcode)] == [(73, receipt.receipt_no)]
    assert [q.payload for q in decoded.of(QrCode)] == [QR_PAYLOAD]
    footer = next(i for i, event in enumerate(decoded.events) if isinstance(event, Text) and "Cảm ơn" in event.text)
    assert footer < decoded.index(Barcode) < decoded.index(QrCode)
    assert decoded.index(Cut) > max(decoded.index(Text, last=True), decoded.index(QrCode))
    assert decoded.events[-1] == Cut(partial=False)


def test_raster_mode_is_pixel_identical_to_the_preview(printer):
    receipt = sample_receipt(80)
    print_receipt(receipt, printer.uri, mode="raster", fmt=vnd)
    decoded = decode(printer.next_job())

    printed = decoded.raster_image()
    expected = receipt_image(receipt, vnd)
    assert printed.size == expected.size == (576, expected.height)
    assert printed.tobytes() == expected.tobytes()
    assert decoded.text.strip("\n") == ""  # nothing but feeds outside the image
    assert decoded.index(Cut) > decoded.index(Raster, last=True)


def test_raster_mode_barcode_and_qr_scan_from_the_printed_image(printer):
    receipt = sample_receipt(58)
    print_receipt(receipt, printer.uri, mode="raster", fmt=vnd)
    image = decode(printer.next_job()).raster_image()

    codes = {code.type: code.data.decode() for code in read_codes(image.convert("L"))}
    assert codes == {"CODE128": receipt.receipt_no, "QRCODE": QR_PAYLOAD}


@pytest.mark.parametrize("mode", ["raster", "text"])
def test_drawer_kick_comes_before_the_receipt(printer, mode):
    print_receipt(sample_receipt(), printer.uri, mode=mode, drawer_pin=5, fmt=vnd)
    decoded = decode(printer.next_job())

    assert decoded.of(DrawerKick) == [DrawerKick(5)]
    content = Raster if mode == "raster" else Text
    assert decoded.index(StatusQuery) < decoded.index(DrawerKick) < decoded.index(content)
    assert decoded.index(Cut) == len(decoded.events) - 1


def test_no_cut_when_not_asked(printer):
    print_receipt(sample_receipt(), printer.uri, mode="text", cut=False, fmt=vnd)
    assert decode(printer.next_job()).of(Cut) == []


def test_open_drawer_sends_only_the_kick(printer):
    open_drawer(printer.uri, 2)
    job = printer.next_job()
    assert job.endswith(b"\x1bp\x00\x32\x32")
    assert decode(job).events == [StatusQuery(1), DrawerKick(2)]


def test_test_page_prints_in_both_modes(printer):
    print_test_page(printer.uri, "raster", paper_width_mm=58)
    assert decode(printer.next_job()).raster_image().width == 384
    print_test_page(printer.uri, "text")
    assert "Cà phê sữa đá" in decode(printer.next_job()).lines


def test_out_of_paper_is_reported_and_nothing_is_printed():
    fake = FakeNetworkPrinter(paper=PAPER_OUT)
    try:
        with pytest.raises(PrinterUnavailable, match="out of paper"):
            print_receipt(sample_receipt(), fake.uri, fmt=vnd)
        assert decode(fake.next_job()).events == [StatusQuery(1), StatusQuery(4)]
    finally:
        fake.close()


def test_offline_printer_is_reported():
    fake = FakeNetworkPrinter(online=0x1E)
    try:
        with pytest.raises(PrinterUnavailable, match="offline"):
            print_receipt(sample_receipt(), fake.uri, fmt=vnd)
    finally:
        fake.close()


def free_port() -> int:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        return probe.getsockname()[1]


def test_nothing_listening_is_unavailable_at_once():
    started = time.monotonic()
    with pytest.raises(PrinterUnavailable, match="cannot be reached") as raised:
        print_receipt(sample_receipt(), f"tcp://127.0.0.1:{free_port()}", fmt=vnd)
    assert time.monotonic() - started < 2
    assert "switched on" in str(raised.value)


def test_printer_that_accepts_but_never_reads_times_out():
    # The kernel completes the handshake for a listener that never accepts or reads.
    with socket.create_server(("127.0.0.1", 0)) as silent:
        uri = f"tcp://127.0.0.1:{silent.getsockname()[1]}"
        started = time.monotonic()
        with pytest.raises(PrinterUnavailable, match="did not respond within 0.5 s"):
            print_receipt(sample_receipt(), uri, timeout=0.5, fmt=vnd)
        assert time.monotonic() - started < 3


def test_drawer_on_silent_printer_times_out():
    with socket.create_server(("127.0.0.1", 0)) as silent:
        with pytest.raises(PrinterUnavailable):
            open_drawer(f"tcp://127.0.0.1:{silent.getsockname()[1]}", 2, timeout=0.3)


def test_decoded_image_is_a_real_pillow_image(printer):
    print_receipt(sample_receipt(58), printer.uri, fmt=vnd)
    image = decode(printer.next_job()).raster_image()
    assert isinstance(image, Image.Image) and image.mode == "1"


def test_printer_without_status_support_needs_status_check_off():
    fake = FakeNetworkPrinter(answers_status=False)
    try:
        with pytest.raises(PrinterUnavailable, match="did not respond"):
            print_receipt(sample_receipt(), fake.uri, timeout=0.3, fmt=vnd)
        fake.next_job()  # the abandoned attempt
        print_receipt(sample_receipt(), fake.uri, mode="text", timeout=0.3, fmt=vnd, check_status=False)
        decoded = decode(fake.next_job())
        assert decoded.of(StatusQuery) == [] and "Nước suối" in decoded.lines
    finally:
        fake.close()
