"""`pos catalog import` and `pos connect` change data as a person (issue #13): `--user NAME`
with that person's PIN (--pin-stdin or asked without echo, never an argument), a manager's
permission checked in the service before anything is read or sent, and a journal entry."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from pos.cli import main
from tests.cli.test_cli import AS_MANAGER, HEADER, demo_shop, pos, query
from sync.config import load_connection

AS_LAN = ("--user", "Lan", "--pin-stdin")  # the demo shop's cashier, PIN 1111
STORE = "https://owner:hunter2@shop.example.vn?token=sk_in_the_address"


@pytest.fixture(scope="module")
def shop(tmp_path_factory) -> Path:
    return demo_shop(tmp_path_factory.mktemp("pins") / "shop")


@pytest.fixture
def csv_file(tmp_path: Path) -> Path:
    path = tmp_path / "new-items.csv"
    path.write_text(f"{HEADER}\nPIN-1,Bánh pía,,30000,8,piece,Bánh,5\n"
                    "PIN-2,Kẹo me,,12000,8,piece,Kẹo,\n", encoding="utf-8")
    return path


def run(shop: Path, *args: str, pin: str | None = None) -> int:
    """The command in this process, `pin` on standard input (as --pin-stdin reads it)."""
    import sys

    old = sys.stdin
    sys.stdin = io.StringIO("" if pin is None else pin + "\n")
    try:
        return main(["--data-dir", str(shop), *args])
    finally:
        sys.stdin = old


def audit(shop: Path) -> list[dict]:
    result = pos("journal", "audit", "--json", data_dir=shop)
    return [json.loads(line) for line in result.stdout.splitlines()]


REFUSALS = [  # (who, their PIN, what the error says)
    (("--user", "Minh"), None, "No terminal to ask the PIN on"),
    (("--user", "Minh", "--pin", "9999"), None, "visible to every user"),
    (AS_MANAGER, "1234", "Wrong PIN for Minh"),
    (AS_LAN, "1111", "needs a manager"),
]


@pytest.mark.parametrize("who, pin, words", REFUSALS, ids=["no-pin", "pin-argument",
                                                           "wrong-pin", "cashier"])
def test_import_is_refused_without_a_managers_pin(shop, csv_file, capsys, who, pin, words):
    entries = len(audit(shop))
    assert run(shop, "catalog", "import", str(csv_file), *who, pin=pin) == 2
    assert words in capsys.readouterr().err
    assert query(shop, "SELECT count(*) FROM variants WHERE sku LIKE 'PIN-%'") == [(0,)]
    assert len(audit(shop)) == entries


def test_import_without_user_is_a_usage_error(shop, csv_file):
    result = pos("catalog", "import", str(csv_file), data_dir=shop)
    assert result.returncode == 2 and "--user" in result.stderr


def test_a_managers_import_is_journaled_with_who_which_file_and_rows(shop, csv_file):
    result = pos("catalog", "import", str(csv_file), *AS_MANAGER, data_dir=shop, pins="9999")
    assert result.returncode == 0, result.stderr
    assert query(shop, "SELECT count(*) FROM variants WHERE sku LIKE 'PIN-%'") == [(2,)]
    entry = audit(shop)[0]
    assert (entry["kind"], entry["user"], entry["approved_by"]) == ("catalog_import", "Minh",
                                                                    "Minh")
    assert (entry["file"], entry["rows"]) == ("new-items.csv", 2)


@pytest.mark.parametrize("who, pin, words", REFUSALS, ids=["no-pin", "pin-argument",
                                                           "wrong-pin", "cashier"])
def test_connect_is_refused_before_the_store_is_asked(shop, capsys, monkeypatch, who, pin,
                                                      words):
    monkeypatch.setattr("sync.connect.make_connector", _no_network)
    entries = len(audit(shop))
    assert run(shop, "connect", "medusa", "--url", STORE, "--api-key", "sk_live", *who,
               pin=pin) == 2
    assert words in capsys.readouterr().err
    assert load_connection(shop) is None and len(audit(shop)) == entries


def test_a_managers_connect_is_journaled_without_secrets(shop, capsys, monkeypatch):
    monkeypatch.setattr("sync.connect.make_connector", lambda *a, **k: _Store())
    monkeypatch.setattr("sync.config._keyring_set", lambda *a: False)  # the key in a file
    assert run(shop, "connect", "medusa", "--url", STORE, "--api-key", "sk_live_secret",
               *AS_MANAGER, pin="9999") == 0, capsys.readouterr().err
    assert "Connected to" in capsys.readouterr().out
    entry = audit(shop)[0]
    assert (entry["kind"], entry["user"]) == ("store_connected", "Minh")
    assert entry["store"] == "https://shop.example.vn"
    assert entry["stock_location_id"] == "sloc_1"
    text = json.dumps(entry)
    assert "hunter2" not in text and "sk_" not in text and "owner" not in text


def _no_network(*args, **kwargs):
    raise AssertionError("the store was asked before the PIN and the role were checked")


class _Store:
    """A store that answers like Medusa does when the key is good."""

    def check(self) -> str:
        return "ok"

    def set_up_till(self) -> dict:
        return {"sales_channel_id": "sc_1", "stock_location_id": "sloc_1"}
