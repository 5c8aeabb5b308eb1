"""Every CSV a manager can save writes a cell that a spreadsheet would run as a formula as
text (issue #13): sales export, stock export, the dashboard's CSV."""
from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from pos.domain.basket import Basket
from pos.domain.payment import CASH, Tender
from pos.services import catalog, exports, reports, stock_view
from pos.services.catalog_import import import_csv
from pos.services.sales import complete_sale
from pos.services.settings import load_settings
from pos.services.spreadsheet_csv import as_text_cell
from pos.services.users import list_users
from tests.services.test_catalog import HEADER

NAMES = ["=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)", "\tTab", "\rCR"]


@pytest.mark.parametrize("name", NAMES)
def test_a_formula_start_is_written_as_text(name):
    assert as_text_cell(name) == "'" + name


@pytest.mark.parametrize("value", ["-5", "-2.5", 7, -3, "Bánh = ngon", "", None])
def test_numbers_and_plain_text_are_left_alone(value):
    assert as_text_cell(value) == value


def _read(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


@pytest.fixture
def formula_items(demo_db, tmp_path):
    path = tmp_path / "f.csv"
    rows = [f"=F{i},\"{n.replace(chr(34), chr(34) * 2)}\",,1000,8,piece,,5"
            for i, n in enumerate(NAMES[:4])]
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    import_csv(demo_db, path)
    return demo_db


def test_sales_export_csv(formula_items):
    db, settings = formula_items, load_settings(formula_items)
    basket = Basket()
    for i in range(4):
        basket.add(catalog.scan(db, f"=F{i}", settings))
    cashier = next(u for u in list_users(db) if u.role == "cashier")
    complete_sale(db, basket, [Tender(CASH, 100_000)], cashier, settings)
    out = io.StringIO()
    exports.write_csv(exports.sale_documents(db), out)
    rows = _read(out.getvalue())
    names = [r[rows[0].index("name")] for r in rows[1:]]
    assert sorted(names) == sorted("'" + n for n in NAMES[:4])
    assert {r[rows[0].index("sku")] for r in rows[1:]} == {f"'=F{i}" for i in range(4)}


def test_stock_export_csv(formula_items):
    out = io.StringIO()
    stock_view.write_stock_csv(formula_items, load_settings(formula_items), out)
    rows = {r[0]: r for r in _read(out.getvalue())[1:]}
    assert rows["'=F0"][1] == "'" + NAMES[0] and rows["'=F2"][1] == "'-2+3"
    assert rows["'=F2"][3] == "5"


def test_dashboard_csv(tmp_path):
    period = reports.Period(date(2026, 1, 1), date(2026, 1, 31))
    data = reports.Dashboard(period, None, {"top_products": [reports.Figure("=1+1", 2, -500)]})
    rows = _read(reports.write_csv(data, tmp_path / "d.csv").read_text(encoding="utf-8"))
    assert ["top_products", "'=1+1", "2", "-500"] in rows
