"""CSV files a manager opens in a spreadsheet. Every CSV the program writes goes through
`csv_writer`: a text cell that a spreadsheet would read as a formula (=, +, -, @, tab, CR
first, e.g. a product named "=HYPERLINK(...)") is written as text with a leading apostrophe,
as spreadsheet tools expect. Numbers, negative ones included, stay numbers."""
from __future__ import annotations

import csv
import re
from typing import Any, Iterable, TextIO

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"-?\d+(\.\d+)?")


def as_text_cell(value: Any) -> Any:
    """value, or "'" + value when a spreadsheet would take the text for a formula."""
    if (isinstance(value, str) and value.startswith(FORMULA_STARTS)
            and not _PLAIN_NUMBER.fullmatch(value)):
        return "'" + value
    return value


class SpreadsheetCsv:
    """csv.writer's writerow/writerows, each cell passed through as_text_cell."""

    def __init__(self, out: TextIO):
        self._writer = csv.writer(out)

    def writerow(self, row: Iterable[Any]) -> None:
        self._writer.writerow([as_text_cell(v) for v in row])

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self.writerow(row)


def csv_writer(out: TextIO) -> SpreadsheetCsv:
    return SpreadsheetCsv(out)
