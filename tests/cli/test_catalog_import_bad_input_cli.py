"""`pos catalog import` on files that used to end in a traceback: exit code 2, one message."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_cli import AS_MANAGER, HEADER, db_digest, demo_shop, pos


@pytest.mark.parametrize("content", [
    f"{HEADER}\nBIG,{'x' * 140_000},,1000,8,piece,,\n".encode(),
    f"{HEADER}\nHUGE,Muối,,1000,8,piece,,99999999999999999999\n".encode(),
    f"{HEADER}\nKG,Táo,,1000,8,kg,,Infinity\n".encode(),
    f"{HEADER}\n".encode() + "B,Cà phê,,1,8,piece,,\n".encode("cp1258"),
], ids=["long-cell", "huge-stock", "infinite-stock", "not-utf8"])
def test_bad_file_exits_2_with_a_message_and_no_traceback(tmp_path: Path, content: bytes):
    shop = demo_shop(tmp_path / "shop")
    before = db_digest(shop)
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    result = pos("catalog", "import", str(path), *AS_MANAGER, data_dir=shop, pins="9999")
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "line 2:" in result.stderr
    assert db_digest(shop) == before


def test_columns_not_read_are_named_once(tmp_path: Path):
    path = tmp_path / "extra.csv"
    path.write_text(f"{HEADER},note\nN-1,Bánh,,1000,8,piece,,,hỏi lại\n", encoding="utf-8")
    shop = demo_shop(tmp_path / "shop")
    result = pos("catalog", "import", str(path), *AS_MANAGER, data_dir=shop, pins="9999")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("note") == 1
