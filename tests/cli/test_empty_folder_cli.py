"""A command on a data folder with no shop makes none (issue #13): no demo shop with its PIN
0000 admin behind the owner's back, no database file, nothing in the folder. It says how to
set a shop up and exits 1. Only `--demo` makes the demo shop."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from pos.app import DB_NAME
from pos.cli import main
from tests.cli.test_cli import AS_MANAGER, HEADER, pos

COMMANDS = [
    ("sales", "export"), ("journal", "verify"), ("journal", "audit"), ("users", "list"),
    ("users", "unlock", "--user", "Admin", "--pin-stdin"), ("stock", "show", "SP0001"),
    ("stock", "low"), ("customers", "find", "Lan"), ("promotions", "list"),
    ("shift", "status"), ("report", "x"), ("receipt", "render", "T1-000001", "--out", "r.png"),
    ("printer", "test"), ("sync", "status"), ("backup",),
    ("connect", "medusa", "--url", "http://127.0.0.1:9", "--api-key", "sk_x", *AS_MANAGER),
]


def says_how_to_set_up(err: str) -> bool:
    return len(err.strip().splitlines()) == 1 and "set one up" in err and "pos --demo" in err


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a[:2]))
def test_a_command_on_an_empty_folder_makes_nothing(tmp_path: Path, args, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("9999\n"))
    empty, missing = tmp_path / "empty", tmp_path / "missing"
    empty.mkdir()
    for folder in (empty, missing):
        assert main(["--data-dir", str(folder), *args]) == 1
        assert says_how_to_set_up(capsys.readouterr().err)
    assert list(empty.iterdir()) == [] and not missing.exists()


def test_catalog_import_on_an_empty_folder_imports_nothing_and_says_how(tmp_path: Path):
    real = tmp_path / "real.csv"
    real.write_text(f"{HEADER}\nA-1,Bánh mì,,20000,8,piece,,\n", encoding="utf-8")
    shop = tmp_path / "shop"
    result = pos("catalog", "import", str(real), *AS_MANAGER, data_dir=shop, pins="9999")
    assert result.returncode == 1 and result.stdout == ""
    assert says_how_to_set_up(result.stderr), result.stderr
    assert not shop.exists()


def test_only_demo_makes_the_demo_shop(tmp_path: Path, capsys):
    shop = tmp_path / "shop"
    assert main(["--data-dir", str(shop), "--demo", "users", "list"]) == 0
    assert {"Lan", "Minh", "Admin"} <= {row.split("\t")[1]
                                        for row in capsys.readouterr().out.splitlines()}
    assert (shop / DB_NAME).exists()
    assert main(["--data-dir", str(shop), "users", "list"]) == 0  # the shop is there now


def test_the_demo_script_opens_the_demo_shop():
    script = Path(__file__).parents[2] / "installer" / "run-demo.sh"
    assert script.read_text().rstrip().splitlines()[-1].startswith('exec "$here/.venv/bin/pos" '
                                                                    '--demo')

