"""Printer addresses, the file transport, and the errors for printers that cannot be used."""

from __future__ import annotations

import pytest
from escpos import printer as escpos_printers
from escpos_decoder import Cut, Raster, decode
from receipt_sample import sample_receipt, vnd

from pos.printing.escpos_out import open_drawer, print_receipt
from pos.printing.printers import PrinterConfigError, PrinterUnavailable, make_printer
from pos.printing.raster import receipt_image


def test_file_printer_receives_the_raster_job(tmp_path):
    device = tmp_path / "lp0"
    receipt = sample_receipt(58)
    print_receipt(receipt, f"file:{device}", fmt=vnd)
    decoded = decode(device.read_bytes())
    assert decoded.raster_image().tobytes() == receipt_image(receipt, vnd).tobytes()
    assert isinstance(decoded.events[-1], Cut) and decoded.index(Raster) < decoded.index(Cut)


def test_missing_device_folder_is_unavailable(tmp_path):
    with pytest.raises(PrinterUnavailable, match="cannot be reached"):
        print_receipt(sample_receipt(), f"file:{tmp_path}/no/such/lp0", fmt=vnd)


def test_tcp_address_defaults_to_port_9100():
    printer = make_printer("tcp://192.0.2.7", timeout=1.5)
    assert (printer.host, printer.port, printer.timeout) == ("192.0.2.7", 9100, 1.5)


@pytest.mark.parametrize("uri", ["lpt:1", "tcp://:9100", "http://printer", "usb:epson"])
def test_bad_addresses_are_config_errors(uri):
    if uri.startswith("usb") and not escpos_printers.Usb.is_usable():
        pytest.skip("pyusb missing: covered by the driver test")
    with pytest.raises(PrinterConfigError):
        make_printer(uri)


@pytest.mark.parametrize(
    "uri, printer_class, package",
    [
        ("serial:/dev/ttyUSB0?baud=19200", escpos_printers.Serial, "pyserial"),
        ("usb:04b8:0202", escpos_printers.Usb, "pyusb"),
        ("cups:Receipt", escpos_printers.CupsPrinter, "pycups"),
    ],
)
def test_missing_driver_package_is_named(uri, printer_class, package):
    if printer_class.is_usable():
        pytest.skip(f"{package} is installed here")
    with pytest.raises(PrinterConfigError, match=package):
        print_receipt(sample_receipt(), uri, fmt=vnd)


def test_serial_address_carries_the_baud_rate():
    if not escpos_printers.Serial.is_usable():
        pytest.skip("pyserial not installed")
    printer = make_printer("serial:/dev/ttyUSB0?baud=19200")
    assert (printer.devfile, printer.baudrate) == ("/dev/ttyUSB0", 19200)


def test_config_errors_are_printer_unavailable_for_the_ui():
    assert issubclass(PrinterConfigError, PrinterUnavailable)


@pytest.mark.parametrize("pin", [0, 3, "2"])
def test_drawer_pin_must_be_2_or_5(tmp_path, pin):
    with pytest.raises(PrinterConfigError, match="pin"):
        open_drawer(f"file:{tmp_path}/lp0", pin)
