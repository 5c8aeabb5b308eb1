"""What can go wrong with a receipt printer, apart from the drivers: the till's services name
these errors without loading python-escpos, which is imported only when something prints."""
from __future__ import annotations

DEFAULT_TIMEOUT = 3.0


class PrinterUnavailable(Exception):
    """The receipt printer cannot print now; the message says what to check."""


class PrinterConfigError(PrinterUnavailable):
    """The printer setting is wrong, or its driver package is not installed."""
