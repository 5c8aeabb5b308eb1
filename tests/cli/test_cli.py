"""The real `pos` console script, run as a subprocess against a shop data folder on disk."""
from __future__ import annotations

import hashlib
import io
import json
import os
import sqlite3
import subprocess
import sys
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from pos import __version__
from pos.app import DB_NAME, open_shop
from pos.db.engine import Database
from pos.services.demo import open_demo_shift
from pos.domain.barcode import ean_check_digit
from pos.domain.basket import Basket
from pos.domain.payment import CARD, CASH, Tender
from pos.services import catalog, exports
from pos.services.sales import complete_sale
from pos.services.settings import load_settings, save_settings
from pos.services.users import login

SCRIPT = Path(sys.executable).with_name("pos")
HEADER = "sku,name,barcode,price,tax_rate,unit,category,stock"
AS_MANAGER = ("--user", "Minh", "--pin-stdin")  # the demo shop's manager; PIN 9999


def pos(*args: str, data_dir: Path | None = None, env: dict | None = None,
        pins: str | None = None) -> subprocess.CompletedProcess:
    """`pins`: what the command reads with --pin-stdin (one PIN a line)."""
    command = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "pos.cli"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    environment = {k: v for k, v in os.environ.items() if k != "OMNIPOS_DATA_DIR"}
    environment.update(env or {})
    result = subprocess.run(command + list(args), capture_output=True, timeout=120,
                            env=environment,
                            input=(pins + "\n").encode() if pins is not None else b"")
    # Decoded by hand: text=True would turn the CSV's \r\n into \n.
    result.stdout, result.stderr = result.stdout.decode(), result.stderr.decode()
    assert "Traceback" not in result.stderr, result.stderr
    return result


def demo_shop(data_dir: Path) -> Path:
    """The demo shop in `data_dir`: only `pos --demo` makes a shop in a new folder."""
    made = pos("--demo", "users", "list", data_dir=data_dir)
    assert made.returncode == 0, made.stderr
    con = sqlite3.connect(data_dir / DB_NAME)  # tests read English; the demo shop speaks
    with con:                                  # Vietnamese (tests/cli/test_cli_language.py)
        con.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('language', '\"en\"')")
    con.close()
    return data_dir


def ean13(n: int) -> str:
    body = f"895{n:09d}"
    return body + ean_check_digit(body)


def db_digest(data_dir: Path) -> str:
    con = sqlite3.connect(data_dir / DB_NAME)
    try:
        digest = hashlib.sha256()
        for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type='table' AND "
                                    "name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' "
                                    "ORDER BY name"):
            # ORDER BY every column: WITHOUT ROWID tables (report summaries) have no rowid
            for row in sorted(con.execute(f"SELECT * FROM {table}"), key=repr):
                digest.update(f"{table}{row!r}".encode())
        return digest.hexdigest()
    finally:
        con.close()


def query(data_dir: Path, sql: str, *params) -> list[tuple]:
    con = sqlite3.connect(data_dir / DB_NAME)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def test_version():
    result = pos("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"omnipos {__version__}"


def test_help_lists_the_commands():
    result = pos("--help")
    assert result.returncode == 0
    for command in ("catalog", "sales", "journal", "users"):
        assert command in result.stdout


# --- users ----------------------------------------------------------------------------------

def test_users_add_and_list(tmp_path: Path):
    shop = demo_shop(tmp_path / "new shop")  # spaces and all
    added = pos("users", "add", "Hoa Nguyễn", "--role", "cashier", "--user", "Admin",
                "--pin-stdin", data_dir=shop, pins="0000\n2468")  # the admin's, the new one
    assert added.returncode == 0, added.stderr
    assert added.stdout.startswith("Added cashier Hoa Nguyễn (id ")

    listed = pos("users", "list", data_dir=shop)
    assert listed.returncode == 0, listed.stderr
    rows = [line.split("\t") for line in listed.stdout.splitlines()]
    assert ["Hoa Nguyễn", "cashier"] in [r[1:] for r in rows]
    assert {"Lan", "Minh", "Admin"} <= {r[1] for r in rows}  # the demo shop's
    assert all(r[0].isdigit() for r in rows)
    assert query(shop, "SELECT count(*) FROM users WHERE name = ?", "Hoa Nguyễn") == [(1,)]


def test_users_add_refusals(tmp_path: Path):
    shop = demo_shop(tmp_path / "shop")
    before = db_digest(shop)

    as_admin = ("--user", "Admin", "--pin-stdin")
    same_pin = pos("users", "add", "Bảo", "--role", "cashier", *as_admin, data_dir=shop,
                   pins="0000\n1111")
    assert same_pin.returncode != 0
    assert "already has this PIN" in same_pin.stderr

    for pin in ("12", "12345abc", "123456789"):
        bad = pos("users", "add", "Bảo", "--role", "cashier", *as_admin, data_dir=shop,
                  pins="0000\n" + pin)
        assert bad.returncode != 0 and "4 to 8 digits" in bad.stderr, bad.stderr

    role = pos("users", "add", "Bảo", "--role", "owner", *as_admin, data_dir=shop,
               pins="0000\n2468")
    assert role.returncode == 2 and "invalid choice" in role.stderr
    assert db_digest(shop) == before


def test_data_dir_from_the_environment(tmp_path: Path):
    shop = tmp_path / "env-shop"
    result = pos("--demo", "users", "list", env={"OMNIPOS_DATA_DIR": str(shop)})
    assert result.returncode == 0, result.stderr
    assert (shop / DB_NAME).exists()


# --- catalog import -------------------------------------------------------------------------

def test_catalog_import_good_file(tmp_path: Path):
    shop = demo_shop(tmp_path / "shop")
    good = tmp_path / "good.csv"
    good.write_text("\n".join([
        HEADER,
        f"CLI-1,Bánh tráng trộn,{ean13(1)}|{ean13(2)},20000,8,piece,Ăn vặt,30",
        f"CLI-2,Nho Mỹ,{ean13(3)},150000,5,kg,Trái cây,4.75",
    ]) + "\n", encoding="utf-8")
    result = pos("catalog", "import", str(good), *AS_MANAGER, data_dir=shop, pins="9999")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Imported 2 new and updated 0 item(s)."
    assert query(shop, "SELECT v.sku, v.price, p.unit FROM variants v JOIN products p "
                       "ON p.id = v.product_id WHERE v.sku LIKE 'CLI-%' ORDER BY v.sku") == [
        ("CLI-1", 20000, "piece"), ("CLI-2", 150000, "kg")]
    assert query(shop, "SELECT count(*) FROM barcodes WHERE code IN (?, ?, ?)",
                 ean13(1), ean13(2), ean13(3)) == [(3,)]
    assert query(shop, "SELECT quantity_milli FROM stock_levels s JOIN variants v "
                       "ON v.id = s.variant_id WHERE v.sku = 'CLI-2'") == [(4750,)]

    again = pos("catalog", "import", str(good), *AS_MANAGER, data_dir=shop, pins="9999")
    assert again.returncode == 0 and "0 new and updated 2" in again.stdout


def test_catalog_import_bad_file_changes_nothing(tmp_path: Path):
    shop = demo_shop(tmp_path / "shop")
    before = db_digest(shop)
    bad = tmp_path / "bad.csv"
    wrong = ean13(4)[:-1] + str((int(ean13(4)[-1]) + 1) % 10)
    bad.write_text("\n".join([
        HEADER,
        f"OK-1,Bánh,{ean13(5)},10000,8,piece,,",
        f"BAD-1,Kẹo,{wrong},10000,8,piece,,",
        "BAD-2,,,10000,8,piece,,",
        "BAD-3,Sữa,,10000.5,8,piece,,",
    ]) + "\n", encoding="utf-8")
    result = pos("catalog", "import", str(bad), *AS_MANAGER, data_dir=shop, pins="9999")
    assert result.returncode != 0
    assert result.stdout == ""
    assert "Nothing was imported: 3 bad row(s)" in result.stderr
    for line in ("line 3:", "line 4:", "line 5:"):
        assert line in result.stderr, result.stderr
    assert "line 2:" not in result.stderr
    assert db_digest(shop) == before


def test_catalog_import_missing_file_or_column(tmp_path: Path):
    shop = demo_shop(tmp_path / "shop")
    missing = pos("catalog", "import", str(tmp_path / "nope.csv"), *AS_MANAGER, data_dir=shop,
                  pins="9999")
    assert missing.returncode != 0 and "nope.csv" in missing.stderr
    header = tmp_path / "header.csv"
    header.write_text("sku,name,price\nA,B,1\n", encoding="utf-8")
    result = pos("catalog", "import", str(header), *AS_MANAGER, data_dir=shop, pins="9999")
    assert result.returncode != 0
    assert "line 1: header lacks column(s): barcode, tax_rate, unit, category, stock" \
        in result.stderr


# --- sales export and journal ---------------------------------------------------------------

@pytest.fixture
def shop_with_sales(tmp_path: Path):
    """A demo shop with two sales made in this process, back-dated to April, then closed."""
    return make_shop_with_sales(tmp_path)


def make_shop_with_sales(tmp_path: Path, backdated: bool = True):
    """Back-dating rewrites the sales' rows with the sqlite3 shell's hand: the journal tells
    (tests/services/test_journal_proofs.py), so the journal's own test sells as a till does."""
    data_dir = tmp_path / "shop"
    db = open_shop(data_dir)
    save_settings(db, language="en")
    open_demo_shift(db)
    shop = load_settings(db)
    cashier = login(db, "1111")
    ids = []
    for codes, tenders in ((("SP0001", "SP0001", "CF0161"), [Tender(CARD, 10_000),
                                                            Tender(CASH, 200_000)]),
                           (("SP0004",), [Tender(CASH, 100_000)])):
        basket = Basket()
        for code in codes:
            basket.add(catalog.scan(db, code, shop))
        ids.append(complete_sale(db, basket, tenders, cashier, shop).id)
    if backdated:
        with db.transaction() as s:
            from sqlalchemy import text

            s.execute(text("UPDATE sales SET created_at = '2026-04-01 09:00:00.000000' "
                           "WHERE id = :i"), {"i": ids[0]})
            s.execute(text("UPDATE sales SET created_at = '2026-04-02 09:00:00.000000' "
                           "WHERE id = :i"), {"i": ids[1]})
    expected = {}
    for fmt, writer in (("jsonl", exports.write_jsonl), ("csv", exports.write_csv)):
        for since in (None, datetime(2026, 4, 2)):
            out = io.StringIO()
            writer(exports.sale_documents(db, since), out)
            expected[fmt, since] = out.getvalue()
    db.close()
    return data_dir, ids, expected


def test_sales_export_jsonl(shop_with_sales):
    data_dir, ids, expected = shop_with_sales
    result = pos("sales", "export", "--format", "jsonl", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert result.stdout == expected["jsonl", None]
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["id"] for d in docs] == ids
    assert [l["sku"] for l in docs[0]["lines"]] == ["SP0001", "CF0161"]
    assert docs[0]["lines"][0]["quantity"] == "2"
    assert [p["method"] for p in docs[0]["payments"]] == ["card", "cash"]
    assert sum(p["amount"] for p in docs[0]["payments"]) == docs[0]["total"]
    assert pos("sales", "export", data_dir=data_dir).stdout == result.stdout  # the default


def test_sales_export_csv(shop_with_sales):
    data_dir, ids, expected = shop_with_sales
    result = pos("sales", "export", "--format", "csv", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert result.stdout == expected["csv", None]
    rows = result.stdout.splitlines()
    assert rows[0] == ",".join(exports.CSV_COLUMNS)
    assert len(rows) == 1 + 3  # two lines, then one
    assert rows[1].startswith(f"{ids[0]},T1-000001,2026-04-01T09:00:00Z,Lan,VND,")


def test_sales_export_since(shop_with_sales):
    data_dir, ids, expected = shop_with_sales
    for fmt in ("jsonl", "csv"):
        result = pos("sales", "export", "--format", fmt, "--since", "2026-04-02",
                     data_dir=data_dir)
        assert result.returncode == 0, result.stderr
        assert result.stdout == expected[fmt, datetime(2026, 4, 2)]
    later = pos("sales", "export", "--since", "2026-04-01T10:00:00+07:00", data_dir=data_dir)
    assert [json.loads(l)["id"] for l in later.stdout.splitlines()] == ids  # 03:00 UTC
    bad = pos("sales", "export", "--since", "last tuesday", data_dir=data_dir)
    assert bad.returncode != 0 and "error:" in bad.stderr


def as_with_the_sqlite3_shell(data_dir: Path, sql: str) -> None:
    """An edit of the shop's file from outside the till."""
    con = sqlite3.connect(data_dir / DB_NAME)
    try:
        con.execute(sql)
        con.commit()
    finally:
        con.close()


def test_journal_verify(tmp_path: Path):
    data_dir, ids, _ = make_shop_with_sales(tmp_path, backdated=False)
    ok = pos("journal", "verify", data_dir=data_dir)
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.strip() == "Journal OK: the hash chain is intact."

    as_with_the_sqlite3_shell(
        data_dir, "UPDATE journal SET payload = json_set(payload, '$.total', 1) WHERE seq = 2")
    bad = pos("journal", "verify", data_dir=data_dir)
    assert bad.returncode == 1
    assert bad.stderr.startswith("Journal entry 2 is bad:"), bad.stderr


def test_journal_verify_names_foreign_schema_and_fails(tmp_path: Path):
    """A trigger put in with the sqlite3 shell: verify says so (exit 1), it does not vouch."""
    data_dir = demo_shop(tmp_path / "shop")
    as_with_the_sqlite3_shell(data_dir, "CREATE TRIGGER evil_price AFTER INSERT ON sale_lines "
                                        "BEGIN UPDATE variants SET price = 1; END")
    result = pos("journal", "verify", data_dir=data_dir)
    assert result.returncode == 1
    assert "The journal was not checked: " in result.stderr, result.stderr
    assert "evil_price" in result.stderr


def test_journal_verify_in_vietnamese_names_the_edited_receipt(tmp_path: Path):
    data_dir, _, _ = make_shop_with_sales(tmp_path, backdated=False)
    db = Database(data_dir / DB_NAME)
    save_settings(db, language="vi")
    db.close()
    as_with_the_sqlite3_shell(data_dir,
                              "UPDATE payments SET amount = amount - 1000 WHERE rowid = 1")
    bad = pos("journal", "verify", data_dir=data_dir)
    assert bad.returncode == 1
    assert "differ from what was recorded" not in bad.stderr, bad.stderr
    assert "T1-000001" in bad.stderr


def test_journal_verify_on_a_new_shop(tmp_path: Path):
    result = pos("journal", "verify", data_dir=demo_shop(tmp_path / "shop"))
    assert result.returncode == 0, result.stderr


def test_a_paper_receipt_is_checked_against_the_journal(tmp_path: Path):
    data_dir, ids, _ = make_shop_with_sales(tmp_path, backdated=False)
    from pos.domain.receipt import layout
    from pos.services.receipts import receipt_for

    db = open_shop(data_dir)
    try:
        paper = receipt_for(db, "T1-000002", load_settings(db))
    finally:
        db.close()
    printed = [row.text for row in layout(paper.receipt, paper.money, 48, paper.labels)]
    [line] = [ln for ln in printed if ln.startswith("Check code: ")]
    code = line.removeprefix("Check code: ").strip()
    assert len(code) == 9 and code[4] == "-"
    good = pos("journal", "verify", "--receipt", "T1-000002", "--code", code.lower(),
               data_dir=data_dir)
    assert good.returncode == 0, good.stderr
    assert good.stdout == f"Receipt T1-000002 matches the journal (code {code}).\n"
    forged = "AAAA-AAAA" if code != "AAAA-AAAA" else "BBBB-BBBB"
    bad = pos("journal", "verify", "--receipt", "T1-000002", "--code", forged,
              data_dir=data_dir)
    assert bad.returncode == 1 and "does not match the journal" in bad.stderr
    assert bad.stderr.count("\n") == 1  # one line
    other = pos("journal", "verify", "--receipt", "T1-000001", "--code", code,
                data_dir=data_dir)
    assert other.returncode == 1  # the code of another receipt
    half = pos("journal", "verify", "--receipt", "T1-000002", data_dir=data_dir)
    assert half.returncode == 2 and "--code" in half.stderr
