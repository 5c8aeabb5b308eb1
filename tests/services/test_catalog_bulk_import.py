"""A big import rebuilds the search index once instead of row by row; afterwards the index
follows every change again, and a failed big import leaves the index as it was."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from pos.app import open_shop
from pos.domain.barcode import ean_check_digit
from pos.domain.text import fold
from pos.services import catalog
from pos.services.catalog_import import (BULK_INDEX_ROWS, SEARCH_TRIGGERS, import_csv,
                                          search_text)
from pos.services.errors import ImportFailed

HEADER = "sku,name,barcode,price,tax_rate,unit,category,stock"


def _ean(n: int) -> str:
    body = f"896{n:09d}"
    return body + ean_check_digit(body)


def _csv(path: Path, rows: list[str]) -> Path:
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def _row(n: int, name: str) -> str:
    return f"BK{n:06d},{name} {n},{_ean(n)},12000,8,piece,Bánh kẹo,5"


def _triggers(db) -> set[str]:
    with sqlite3.connect(db.path) as con:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}


def _indexed(db, query: str) -> int:
    with sqlite3.connect(db.path) as con:
        return con.execute("SELECT count(*) FROM variants_fts WHERE variants_fts MATCH ?",
                           (catalog.fts_query(query),)).fetchone()[0]


@pytest.fixture
def shop(tmp_path):
    db = open_shop(tmp_path / "shop", create_demo=False)
    yield db
    db.close()


def test_big_import_is_searchable_and_the_index_follows_later_changes(shop, tmp_path):
    n = BULK_INDEX_ROWS + 10
    import_csv(shop, _csv(tmp_path / "big.csv", [_row(i, "Bánh đậu xanh") for i in range(n)]))
    assert set(SEARCH_TRIGGERS) <= _triggers(shop)
    assert _indexed(shop, "banh dau") == n
    assert catalog.search(shop, f"BK{n - 1:06d}")[0].sku == f"BK{n - 1:06d}"

    import_csv(shop, _csv(tmp_path / "one.csv", [_row(7, "Kẹo dừa Bến Tre")]))  # row by row
    assert [i.sku for i in catalog.search(shop, "keo dua")] == ["BK000007"]
    assert _indexed(shop, "banh dau") == n - 1


def test_a_big_import_that_fails_keeps_the_index_and_its_triggers(shop, tmp_path, monkeypatch):
    import_csv(shop, _csv(tmp_path / "first.csv", [_row(1, "Trà xanh")]))
    before = _triggers(shop)

    def broken_stock(*_args):
        raise ImportFailed([(2, "disk full, say")])

    monkeypatch.setattr("pos.services.catalog_import._set_stock", broken_stock)
    rows = [_row(i, "Bánh quy") for i in range(2, BULK_INDEX_ROWS + 20)]
    with pytest.raises(ImportFailed):
        import_csv(shop, _csv(tmp_path / "big.csv", rows))
    assert _triggers(shop) == before
    assert catalog.search(shop, "banh quy") == []
    assert [i.sku for i in catalog.search(shop, "tra xanh")] == ["BK000001"]


def test_columns_in_any_order_blank_lines_short_rows_and_extra_columns(shop, tmp_path):
    """The file is read as csv.DictReader reads it: by column name, blank lines skipped,
    missing trailing cells empty, columns the import does not know ignored."""
    path = tmp_path / "odd.csv"
    path.write_text("note,stock,unit,name,sku,price,tax_rate,barcode,category\n"
                    f"x,4,kg,Nho Mỹ,OD-1,150000,5,{_ean(1)},Trái cây\n"
                    "\n"
                    f"y,,piece,Bánh,OD-2,10000,8,{_ean(2)}\n", encoding="utf-8")
    result = import_csv(shop, path)
    assert (result.created, result.updated) == (2, 0)
    with sqlite3.connect(shop.path) as con:
        rows = con.execute("SELECT v.sku, v.price, p.unit, p.tax_rate_bp, p.category_id IS NULL, "
                           "(SELECT quantity_milli FROM stock_levels WHERE variant_id = v.id) "
                           "FROM variants v JOIN products p ON p.id = v.product_id "
                           "ORDER BY v.sku").fetchall()
    assert rows == [("OD-1", 150000, "kg", 500, 0, 4000), ("OD-2", 10000, "piece", 800, 1, None)]


def test_a_big_reimport_updates_every_item_and_its_search_text(shop, tmp_path):
    n = BULK_INDEX_ROWS + 10
    import_csv(shop, _csv(tmp_path / "big.csv", [_row(i, "Bánh đậu xanh") for i in range(n)]))
    again = [_row(i, "Chè đậu đỏ").replace(",12000,", ",13000,") for i in range(n)]
    result = import_csv(shop, _csv(tmp_path / "again.csv", again))
    assert (result.created, result.updated) == (0, n)
    assert _indexed(shop, "banh dau") == 0 and _indexed(shop, "che dau do") == n
    with sqlite3.connect(shop.path) as con:
        assert con.execute("SELECT DISTINCT price FROM variants").fetchall() == [(13000,)]
        assert con.execute("SELECT count(*) FROM barcodes").fetchone() == (n,)


@given(st.text(), st.text(alphabet=st.sampled_from("aAđĐΣσ\u0301\u0323 \t\u00a0\u2003xyz"
                                                    "ệẶǅ"), min_size=1))
def test_search_text_is_the_folded_name_and_sku(name, sku):
    for text in (name, sku):
        assert search_text(text, sku) == f"{fold(text)} {fold(sku)}"
