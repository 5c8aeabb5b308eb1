"""A good file is written in short chunks (issue #13: a sale must not wait for the whole
import): the search index is right after every chunk, and an import stopped half-way keeps
whole chunks and is finished by running it again."""
from __future__ import annotations

import sqlite3

import pytest

from pos.services import catalog, catalog_import
from pos.services.catalog_import import import_csv
from tests.services.test_catalog_bulk_import import _csv, _indexed, _row, _triggers


@pytest.fixture
def small_chunks(monkeypatch):
    monkeypatch.setattr(catalog_import, "CHUNK_ROWS", 1_200)
    monkeypatch.setattr(catalog_import, "BULK_INDEX_ROWS", 1_000)
    monkeypatch.setattr(catalog_import, "PAUSE_S", 0)
    monkeypatch.setattr(catalog_import, "LARGEST_CHUNK", 1_200)  # however quick the machine


def _chunk_sizes(monkeypatch) -> list[int]:
    seen, write = [], catalog_import._write

    def counting(s, rows, *args, **kw):
        seen.append(len(rows))
        return write(s, rows, *args, **kw)

    monkeypatch.setattr(catalog_import, "_write", counting)
    return seen


def test_chunks_keep_the_index_in_step(empty_db, tmp_path, small_chunks, monkeypatch):
    chunks = _chunk_sizes(monkeypatch)
    n = 3_000
    result = import_csv(empty_db, _csv(tmp_path / "a.csv", [_row(i, "Bánh đậu xanh")
                                                            for i in range(n)]))
    assert (result.created, result.updated) == (n, 0)
    assert chunks[0] == 1_200 and len(chunks) > 1 and sum(chunks) == n
    assert _indexed(empty_db, "banh dau") == n
    again = [_row(i, "Chè đậu đỏ" if i % 2 else "Bánh đậu xanh") for i in range(n)]
    assert import_csv(empty_db, _csv(tmp_path / "b.csv", again)).updated == n
    assert _indexed(empty_db, "banh dau") == n // 2 and _indexed(empty_db, "che dau do") == n // 2
    assert set(catalog_import.SEARCH_TRIGGERS) <= _triggers(empty_db)


def test_a_stopped_import_keeps_whole_chunks_and_a_rerun_finishes(empty_db, tmp_path,
                                                                  small_chunks, monkeypatch):
    path = _csv(tmp_path / "a.csv", [_row(i, "Kẹo dừa") for i in range(3_000)])
    write, calls = catalog_import._write, []

    def power_cut_in_chunk_two(s, rows, *args, **kw):
        calls.append(1)
        if len(calls) == 2:
            raise OSError("disk I/O error")
        return write(s, rows, *args, **kw)

    monkeypatch.setattr(catalog_import, "_write", power_cut_in_chunk_two)
    with pytest.raises(OSError):
        import_csv(empty_db, path)
    with sqlite3.connect(empty_db.path) as con:
        assert con.execute("SELECT count(*) FROM variants").fetchone()[0] == 1_200
    assert _indexed(empty_db, "keo dua") == 1_200
    monkeypatch.setattr(catalog_import, "_write", write)
    result = import_csv(empty_db, path)
    assert (result.created, result.updated) == (1_800, 1_200)
    assert _indexed(empty_db, "keo dua") == 3_000
    assert catalog.search(empty_db, "BK002999")[0].sku == "BK002999"
