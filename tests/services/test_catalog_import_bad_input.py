"""Bad catalogue files (issue #13): each gets a message naming its line and what to do, the
shop is left as it was, and nothing raises anything but ImportFailed."""
from __future__ import annotations

from pathlib import Path

import pytest

from pos.db.engine import Database
from pos.services import catalog
from pos.services.catalog_import import import_csv
from pos.services.errors import ImportFailed
from tests.services.test_catalog import HEADER, ean13, snapshot

GOOD = f"OK-1,Trà đá,{ean13(10)},5000,8,piece,Quán,3"


def _file(tmp_path: Path, *rows: str, header: str = HEADER) -> Path:
    path = tmp_path / "bad.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def _refused(db: Database, path: Path) -> dict[int, str]:
    before = snapshot(db)
    with pytest.raises(ImportFailed) as failed:
        import_csv(db, path)
    assert snapshot(db) == before
    assert catalog.find_by_code(db, "OK-1") is None
    return dict(failed.value.problems)


def test_a_cell_over_the_csv_field_limit_names_its_line(empty_db, tmp_path):
    path = _file(tmp_path, GOOD, f"BIG,{'x' * 140_000},,1000,8,piece,,")
    problems = _refused(empty_db, path)
    assert list(problems) == [3] and "131,072" in problems[3]


def test_a_one_megabyte_line_names_its_line(empty_db, tmp_path):
    path = _file(tmp_path, GOOD, "MB,\"" + "y" * 1_048_576 + "\",,1000,8,piece,,")
    assert list(_refused(empty_db, path)) == [3]


def test_a_stock_too_large_for_the_database(empty_db, tmp_path):
    problems = _refused(empty_db, _file(tmp_path, GOOD,
                                        "HUGE,Muối,,1000,8,piece,,99999999999999999999"))
    assert problems[3] == ("stock: '99999999999999999999' is too large (at most 1,000,000,000)")


@pytest.mark.parametrize("stock", ["Infinity", "-inf", "NaN", "sNaN"])
def test_a_stock_that_is_not_a_number_on_a_kg_item(empty_db, tmp_path, stock):
    problems = _refused(empty_db, _file(tmp_path, GOOD, f"KG,Táo,,1000,8,kg,,{stock}"))
    assert "stock" in problems[3] and "not a number" in problems[3]


def test_invalid_utf8_names_the_line(empty_db, tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes(f"{HEADER}\n{GOOD}\n".encode() + "B,Cà phê,,1,8,piece,,\n".encode("cp1258"))
    problems = _refused(empty_db, path)
    assert list(problems) == [3] and "UTF-8" in problems[3]


def test_invalid_utf16_names_the_line(empty_db, tmp_path):
    path = tmp_path / "utf16.csv"
    text = f"{HEADER}\n{GOOD}\nB,Bánh,,1,8,piece,,\n".encode("utf-16")
    lone_surrogate = b"\x00\xd8"  # a high surrogate followed by a comma, not a character
    path.write_bytes(text + "C,".encode("utf-16-le") + lone_surrogate + ",\n".encode("utf-16-le"))
    problems = _refused(empty_db, path)
    assert list(problems) == [4] and "UTF-16" in problems[4]


def test_a_good_utf16_file_imports(empty_db, tmp_path):
    path = tmp_path / "excel-unicode.csv"
    path.write_bytes(f"{HEADER}\r\n{GOOD}\r\n".encode("utf-16"))
    assert import_csv(empty_db, path).created == 1


def test_a_row_with_too_few_cells_says_so(empty_db, tmp_path):
    problems = _refused(empty_db, _file(tmp_path, GOOD, "SHORT,Bánh,123"))
    assert problems[3].startswith("has 3 cell(s) but the header has 8 columns")
    assert "Amount" not in problems[3]


@pytest.mark.parametrize("bad", ["\x00", "\x1b", "\x1bp\x00\x19\xfa", "\x07", "\x7f", "\x9b",
                                 "\u202e", "\u2066", "\u200f", "\u2028"])
@pytest.mark.parametrize("column", ["sku", "name", "barcode"])
def test_control_and_bidirectional_characters_are_refused(empty_db, tmp_path, bad, column):
    cells = {"sku": "CTL-1", "name": "Bánh", "barcode": "CODE1"}
    cells[column] = cells[column][:2] + bad + cells[column][2:]
    path = _file(tmp_path, GOOD, f"{cells['sku']},{cells['name']},{cells['barcode']},1000,8,"
                                 "piece,,")
    problems = _refused(empty_db, path)
    assert list(problems) == [3]
    assert f"U+{ord(bad[0]):04X}" in problems[3] or "ASCII" in problems[3], problems[3]


def test_a_name_over_200_characters_is_refused(empty_db, tmp_path):
    problems = _refused(empty_db, _file(tmp_path, GOOD, f"LONG,{'Bánh ' * 41},,1000,8,piece,,"))
    assert "name" in problems[3] and "200" in problems[3]
    assert import_csv(empty_db, _file(tmp_path, f"LONG,{'b' * 200},,1000,8,piece,,")).created == 1


@pytest.mark.parametrize("spelled", [
    " ".join([ean13(10)[:4], ean13(10)[4:]]),
    ean13(10).translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    ean13(10).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")),
])
def test_a_barcode_spelled_with_spaces_or_other_digits_is_the_same_code(empty_db, tmp_path,
                                                                        spelled):
    problems = _refused(empty_db, _file(tmp_path, GOOD, f"TWIN,Kẹo,{spelled},1000,8,piece,,"))
    assert list(problems) == [3] and ean13(10) in problems[3]
    import_csv(empty_db, _file(tmp_path, f"TWIN,Kẹo,{spelled},1000,8,piece,,"))
    assert catalog.find_by_code(empty_db, ean13(10)).sku == "TWIN"


def test_extra_cells_are_refused_once_for_the_file(empty_db, tmp_path):
    rows = [f"X{i},Bánh {i},,1000,8,piece,,1,surplus" for i in range(5)]
    problems = _refused(empty_db, _file(tmp_path, *rows))
    assert list(problems) == [2]
    assert "9 cells but the header has 8" in problems[2] and "4 more" in problems[2]


def test_columns_the_import_does_not_read_are_named(empty_db, tmp_path):
    path = _file(tmp_path, GOOD + ",note", header=HEADER + ",comment")
    result = import_csv(empty_db, path)
    assert result.created == 1 and result.ignored_columns == ("comment",)
