"""Printer addresses (URIs) to connected python-escpos printers, with errors a cashier can act on.

    tcp://192.168.1.50:9100            network printer (port defaults to 9100)
    serial:/dev/ttyUSB0?baud=19200     serial port (COM3 on Windows); needs pyserial
    file:/dev/usb/lp0                  any device node or file
    usb:04b8:0202                      USB vendor:product id; needs pyusb and libusb
    cups:Receipt_Printer               a raw CUPS queue; needs pycups
"""

from __future__ import annotations

import contextlib
from typing import Iterator
from urllib.parse import parse_qs, urlsplit

from pos.printing.escpos_cache import use_capabilities_cache

use_capabilities_cache()  # before escpos is first imported (pos/printing/__init__.py)

from escpos import exceptions as escpos_errors  # noqa: E402
from escpos import printer as escpos_printers  # noqa: E402
from escpos.constants import RT_STATUS_ONLINE, RT_STATUS_PAPER  # noqa: E402
from escpos.escpos import Escpos  # noqa: E402

from pos.printing.errors import (  # noqa: E402
    DEFAULT_TIMEOUT, PrinterConfigError, PrinterUnavailable)

OFFLINE_BIT = 0x08  # DLE EOT 1 answer: printer is offline
PAPER_END_BITS = 0x60  # DLE EOT 4 answer: roll paper end detected


ADVICE = {
    "tcp": "Check that the printer is switched on, has paper and is on the network, "
    "then try again.",
    "serial": "Check the cable, the port name and the baud rate in the printer settings.",
    "file": "Check that the printer is switched on and plugged in, "
    "and that this user may write to it.",
    "usb": "Check the USB cable and power; on Linux this user also needs access to the device.",
    "cups": "Check the printer queue in the system's printer settings.",
}


def _tcp(target, timeout: float) -> Escpos:
    if not target.hostname:
        raise PrinterConfigError(f"Printer address {target.geturl()!r} has no host name")
    return escpos_printers.Network(target.hostname, target.port or 9100, timeout=timeout)


def _serial(target, timeout: float) -> Escpos:
    _require(escpos_printers.Serial, "Serial printers need the pyserial package "
             "(pip install pyserial).")
    baud = int(parse_qs(target.query).get("baud", ["9600"])[0])
    return escpos_printers.Serial(target.path, baudrate=baud, timeout=timeout)


def _file(target, timeout: float) -> Escpos:
    return escpos_printers.File(target.path)


def _usb(target, timeout: float) -> Escpos:
    _require(escpos_printers.Usb, "USB printers need the pyusb package (pip install pyusb) "
             "and libusb (apt install libusb-1.0-0).")
    try:
        vendor, product = (int(part, 16) for part in target.path.split(":"))
    except ValueError:
        message = f"USB printer {target.path!r} should look like usb:04b8:0202"
        raise PrinterConfigError(message) from None
    return escpos_printers.Usb(vendor, product, timeout=int(timeout * 1000))


def _cups(target, timeout: float) -> Escpos:
    _require(escpos_printers.CupsPrinter, "CUPS printing needs the pycups package "
             "(pip install pycups; it builds against libcups2-dev).")
    return escpos_printers.CupsPrinter(target.path)


def _require(printer_class, message: str) -> None:
    if not printer_class.is_usable():
        raise PrinterConfigError(message)


TRANSPORTS = {"tcp": _tcp, "serial": _serial, "file": _file, "usb": _usb, "cups": _cups}


def make_printer(uri: str, timeout: float = DEFAULT_TIMEOUT, profile: str | None = None) -> Escpos:
    """The python-escpos printer object for `uri`, not yet connected."""
    target = urlsplit(uri)
    if target.scheme not in TRANSPORTS:
        raise PrinterConfigError(
            f"Unknown printer address {uri!r}: use tcp:, serial:, file:, usb: or cups:")
    printer = TRANSPORTS[target.scheme](target, timeout)
    if profile:
        from escpos.capabilities import get_profile

        printer.profile = get_profile(profile)
    return printer


def unavailable(uri: str, problem: str) -> PrinterUnavailable:
    scheme = urlsplit(uri).scheme
    return PrinterUnavailable(f"Receipt printer {uri} {problem}. {ADVICE.get(scheme, '')}".strip())


@contextlib.contextmanager
def connected(
    uri: str, timeout: float = DEFAULT_TIMEOUT, profile: str | None = None
) -> Iterator[Escpos]:
    """A connected printer; any transport failure becomes PrinterUnavailable."""
    printer = make_printer(uri, timeout, profile)
    try:
        printer.open()
        yield printer
        printer.close()  # CUPS sends the job only here, so its errors must be caught too
    except TimeoutError as error:
        raise unavailable(uri, f"did not respond within {timeout:g} s") from error
    except (OSError, escpos_errors.DeviceNotFoundError) as error:
        raise unavailable(uri, f"cannot be reached ({_reason(error)})") from error
    finally:
        with contextlib.suppress(Exception):
            printer.close()


def _reason(error: Exception) -> str:
    text = str(error).strip().splitlines()
    return text[-1] if text else type(error).__name__


def _ask_status(printer: Escpos, uri: str, query: bytes) -> int | None:
    try:
        answer = printer.query_status(query)
    except NotImplementedError:
        return None  # file: and cups: cannot read back; nothing to check
    if not answer:
        raise unavailable(uri, "accepted the data but did not answer a status request")
    return answer[0]


def check_ready(printer: Escpos, uri: str, need_paper: bool = True) -> None:
    """Ask the printer (DLE EOT) whether it can print, before sending a receipt it would lose.

    A printer that is offline or out of paper often still accepts a TCP connection and
    buffers a little, so a successful send alone proves nothing.
    """
    online = _ask_status(printer, uri, RT_STATUS_ONLINE)
    if online is not None and online & OFFLINE_BIT:
        raise unavailable(uri, "is offline (cover open, paper out or error light on)")
    if online is None or not need_paper:
        return
    paper = _ask_status(printer, uri, RT_STATUS_PAPER)
    if paper is not None and paper & PAPER_END_BITS == PAPER_END_BITS:
        raise unavailable(uri, "is out of paper: load a new roll")
