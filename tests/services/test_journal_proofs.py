"""The journal proves the sales (issue #13): an auditor edits the shop's file with the sqlite3
module, the way anyone with the file could, and `journal.verify` names what changed."""
from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings, strategies as st

from pos.app import open_shop
from pos.db.engine import Database
from pos.domain.journal import GENESIS, entry_hash
from pos.domain.journal_proofs import ChainHead, receipt_code, same_code
from pos.services import journal, journal_head
from tests.db.test_sale_atomicity import pay_cash, sample_basket


def raw_sql(path: Path, sql: str, *params) -> None:
    con = sqlite3.connect(path)
    try:
        con.execute(sql, params)
        con.commit()
    finally:
        con.close()


def rewrite_chain(path: Path, keep_digests: bool = False) -> None:
    """What a forger with the file does after an edit: renumber the entries 1, 2, 3... and
    recompute every row digest (unless `keep_digests`) and hash, so that the chain inside the
    file is whole again."""
    db = Database(path)
    try:
        with db.transaction() as s:
            conn = s.connection()
            rows = conn.exec_driver_sql(
                "SELECT seq, kind, payload, ref, rows_digest FROM journal ORDER BY seq").all()
            conn.exec_driver_sql("DELETE FROM journal")
            prev = GENESIS
            for seq, (_, kind, payload, ref, proof) in enumerate(rows, start=1):
                if proof is not None and not keep_digests:
                    proof = journal.rows_digest(s, kind, ref)
                digest = entry_hash(prev, seq, kind, json.loads(payload), proof)
                conn.exec_driver_sql(
                    "INSERT INTO journal (seq, kind, payload, prev_hash, hash, ref, rows_digest,"
                    " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, '2026-01-01 00:00:00')",
                    (seq, kind, payload, prev, digest, ref, proof))
                prev = digest
    finally:
        db.close()


def delete_sale(path: Path, sale_id: str) -> None:
    for table in ("sale_line_promotions", "stock_movements", "payments", "sale_lines"):
        raw_sql(path, f"DELETE FROM {table} WHERE sale_id = ?", sale_id)
    raw_sql(path, "DELETE FROM sales WHERE id = ?", sale_id)


def last_entry(path: Path) -> ChainHead:
    return journal_head.last_entry_of(path)


@pytest.fixture
def three_sales(demo_db, demo_settings):
    done = [pay_cash(demo_db, demo_settings, sample_basket(demo_db, demo_settings))
            for _ in range(3)]
    assert journal.verify(demo_db) is None
    return demo_db, done


# -- what a sale's entry holds ------------------------------------------------------------

def test_a_sale_entry_proves_its_rows_and_the_head_file_follows_the_chain(three_sales):
    db, done = three_sales
    con = sqlite3.connect(db.path)
    ref, proof = con.execute("SELECT ref, rows_digest FROM journal WHERE kind = 'sale' "
                             "ORDER BY seq DESC LIMIT 1").fetchone()
    con.close()
    assert ref == done[-1].id and proof.startswith("2:") and len(proof) == 66
    assert journal_head.read_head(journal_head.head_path(db.path)) == last_entry(db.path)


# -- edits of a sale's rows ----------------------------------------------------------------

@pytest.mark.parametrize("edit", [
    "UPDATE sales SET total = total - 1000 WHERE id = :id",
    "UPDATE sales SET tax_total = tax_total + 1 WHERE id = :id",
    "UPDATE sale_lines SET quantity_milli = 1000 WHERE sale_id = :id AND line_no = 1",
    "UPDATE sale_lines SET tax = tax - 1 WHERE sale_id = :id AND line_no = 2",
    "UPDATE payments SET amount = amount - 1000 WHERE sale_id = :id",
    "UPDATE payments SET method = 'card' WHERE sale_id = :id",
    "DELETE FROM sale_lines WHERE sale_id = :id AND line_no = 3",
    "INSERT INTO payments (sale_id, method, amount, tendered, reference) "
    "VALUES (:id, 'cash', 1, 1, '')",
    "INSERT INTO sale_line_promotions (sale_id, line_no, promotion_ref, name, code, amount) "
    "VALUES (:id, 1, 'p', 'Gift', '', 5000)",
    "UPDATE stock_movements SET quantity_milli = -1 WHERE sale_id = :id",
    "DELETE FROM stock_movements WHERE id = (SELECT min(id) FROM stock_movements "
    "WHERE sale_id = :id)",
    "UPDATE sales SET customer_id = 4242 WHERE id = :id",
])
def test_an_edited_sale_is_named_by_its_receipt(three_sales, edit):
    db, done = three_sales
    con = sqlite3.connect(db.path)
    con.execute(edit, {"id": done[1].id})
    con.commit()
    con.close()
    seq, reason = journal.verify(db)
    assert done[1].receipt_label in reason and "differ" in reason


def test_the_first_edited_receipt_is_the_one_named(three_sales):
    db, done = three_sales
    for sale in done[1:]:
        raw_sql(db.path, "UPDATE sales SET total = total + 1 WHERE id = ?", sale.id)
    assert done[1].receipt_label in journal.verify(db)[1]


# -- missing sales and a cut or rewritten chain -----------------------------------------------

def test_a_sale_deleted_with_its_entry_leaves_a_named_gap(three_sales):
    db, done = three_sales
    delete_sale(db.path, done[1].id)
    raw_sql(db.path, "DELETE FROM journal WHERE ref = ?", done[1].id)
    rewrite_chain(db.path)
    journal_head.write_head_of(db.path)  # the forger rewrites the head file too
    assert journal.verify(db) == (0, f"receipt {done[1].receipt_label} is missing from the sales")


def test_a_deleted_sale_row_is_named(three_sales):
    db, done = three_sales
    delete_sale(db.path, done[1].id)
    assert done[1].receipt_label in journal.verify(db)[1]


def test_a_sale_with_no_entry_is_named(three_sales):
    db, done = three_sales
    raw_sql(db.path, "DELETE FROM journal WHERE ref = ?", done[2].id)  # the last entry
    assert journal.verify(db) == (0, f"receipt {done[2].receipt_label} has no journal entry")


def test_a_cut_off_tail_disagrees_with_the_head_file(three_sales):
    db, done = three_sales
    last = last_entry(db.path)
    delete_sale(db.path, done[2].id)
    raw_sql(db.path, "DELETE FROM journal WHERE seq = ?", last.seq)
    seq, reason = journal.verify(db)
    assert seq == 0 and f"head file says entry {last.seq}" in reason


def test_a_rewritten_chain_disagrees_with_the_head_file_and_the_paper(three_sales):
    db, done = three_sales
    paper = journal.code_of_receipt(db, done[1].id)
    raw_sql(db.path, "UPDATE sales SET total = total - 1000 WHERE id = ?", done[1].id)
    rewrite_chain(db.path)
    seq, reason = journal.verify(db)
    assert seq == 0 and "chain was rewritten" in reason
    assert journal.code_of_receipt(db, done[1].id) != paper


def test_a_head_file_one_entry_behind_is_a_crash_not_tampering(three_sales):
    db, _ = three_sales
    con = sqlite3.connect(db.path)
    seq, digest = con.execute("SELECT seq, hash FROM journal ORDER BY seq DESC "
                              "LIMIT 1 OFFSET 1").fetchone()
    con.close()
    head = journal_head.head_path(db.path)
    journal_head.write_head(head, ChainHead(seq, digest))
    assert journal.verify(db) is None
    journal_head.write_head(head, ChainHead(seq, "0" * 64))
    assert "rewritten" in journal.verify(db)[1]
    journal_head.write_head(head, ChainHead(seq - 1, digest))
    assert "added without the till" in journal.verify(db)[1]


def test_two_crashes_after_a_commit_with_a_restart_between_still_verify(three_sales, demo_settings):
    """Killed after a sale's commit, before its head write; the till restarts, sells, and is
    killed in the same place again: the restart brought the head up, so it is one behind."""
    db, _ = three_sales
    head = journal_head.head_path(db.path)
    data_dir = Path(db.path).parent
    heads = []
    for _ in range(2):
        before = journal_head.read_head(head)
        heads.append(before)
        pay_cash(db, demo_settings, sample_basket(db, demo_settings))
        journal_head.write_head(head, before)  # the head write that the kill prevented
        assert journal.verify(db) is None
        db.close()
        db = open_shop(data_dir)  # the restart
        assert journal_head.read_head(head) == last_entry(db.path)
    try:
        # Only one missed entry is a crash: two entries the head never saw are still named.
        journal_head.write_head(head, heads[0])
        db.close()
        db = open_shop(data_dir)
        assert journal_head.read_head(head) == heads[0]
        assert "added without the till" in journal.verify(db)[1]
    finally:
        db.close()


def test_a_customer_merge_re_points_sales_through_a_journaled_entry(three_sales, demo_settings):
    """Pushing a customer the store already had merges the two (sync/apply.py): the sales move
    to the store's row with a journal entry saying so; the same move by hand is named."""
    from pos.services.customers import add_customer
    from sync.apply import apply_push_result

    db, _ = three_sales
    mine = add_customer(db, "Hoa", phone="0912345678")
    theirs = add_customer(db, "Hoa (web)", email="hoa@example.vn")
    basket = sample_basket(db, demo_settings)
    basket.customer_id = mine.id
    sale = pay_cash(db, demo_settings, basket)
    raw_sql(db.path, "UPDATE customers SET remote_id = 'cus_1' WHERE id = ?", theirs.id)
    with db.transaction() as s:
        apply_push_result(s, "customer", str(mine.id), "cus_1")
    assert journal.verify(db) is None
    raw_sql(db.path, "UPDATE sales SET customer_id = ? WHERE id = ?", mine.id, sale.id)
    assert "customer of receipt" in journal.verify(db)[1]


def test_a_version_1_digest_still_verifies(three_sales):
    """Entries written before stock movements were proved keep verifying with their own rows."""
    db, _ = three_sales
    with db.transaction() as s:
        conn = s.connection()
        seq, ref = conn.exec_driver_sql("SELECT seq, ref FROM journal WHERE kind = 'sale' "
                                        "ORDER BY seq LIMIT 1").one()
        old = journal.rows_digest(s, "sale", ref, version=1)
    assert len(old) == 64
    raw_sql(db.path, "UPDATE journal SET rows_digest = ? WHERE seq = ?", old, seq)
    rewrite_chain(db.path, keep_digests=True)
    journal_head.write_head_of(db.path)
    assert journal.verify(db) is None
    raw_sql(db.path, "UPDATE journal SET rows_digest = '9:' || rows_digest WHERE seq = ?", seq)
    rewrite_chain(db.path, keep_digests=True)
    journal_head.write_head_of(db.path)
    assert "differ from what was recorded" in journal.verify(db)[1]


def test_a_missing_or_garbled_head_file(three_sales):
    db, _ = three_sales
    head = journal_head.head_path(db.path)
    head.write_text("{not json")
    assert "cannot be read" in journal.verify(db)[1]
    head.unlink()
    assert journal.verify(db) == (0, "the chain head file is missing")


def test_a_shop_whose_entries_predate_row_proofs_needs_no_head_file(demo_db):
    journal_head.head_path(demo_db.path).unlink(missing_ok=True)
    raw_sql(demo_db.path, "UPDATE journal SET rows_digest = NULL")
    assert journal.verify(demo_db) is None


def test_a_rolled_back_sale_writes_no_head(demo_db, demo_settings):
    pay_cash(demo_db, demo_settings, sample_basket(demo_db, demo_settings))
    head = journal_head.head_path(demo_db.path)
    before = head.read_text()
    with pytest.raises(RuntimeError):
        with demo_db.transaction() as s:
            journal.append(s, "note", {"text": "never committed"})
            raise RuntimeError("power cut")
    assert head.read_text() == before and journal.verify(demo_db) is None


# -- the code on the paper receipt -----------------------------------------------------------

def test_the_receipt_code_is_eight_base32_characters_of_the_entry_hash():
    digest = "ab" * 32
    code = receipt_code(digest)
    assert len(code) == 9 and code[4] == "-" and code.replace("-", "").isalnum()
    assert same_code(code.lower().replace("-", " "), digest)
    assert not same_code("AAAA-AAAA", digest)


# -- any single edit of a sale's rows is found ------------------------------------------------

PROVED = {  # table -> its columns an edit must not get past
    "sales": ("terminal_id", "receipt_no", "created_at", "cashier_id", "currency",
              "tax_inclusive", "subtotal", "discount_total", "tax_total", "rounding", "total",
              "change", "status", "shift_id", "customer_id"),
    "sale_lines": ("sale_id", "line_no", "variant_id", "sku", "name", "quantity_milli", "unit",
                   "unit_price", "price_overridden", "gross", "line_discount", "order_discount",
                   "tax_rate_bp", "tax", "total"),
    "payments": ("sale_id", "method", "amount", "tendered", "reference"),
    "stock_movements": ("variant_id", "location", "quantity_milli", "kind", "sale_id",
                        "return_id", "reason", "user_id", "created_at"),
    "returns": ("terminal_id", "return_no", "created_at", "sale_id", "original_ref", "origin",
                "shift_id", "cashier_id", "approved_by_id", "currency", "tax_total", "rounding",
                "total", "reason", "exchange_sale_id", "customer_id"),
    "return_lines": ("return_id", "sale_line_no", "variant_id", "sku", "name", "quantity_milli",
                     "unit", "tax_rate_bp", "tax", "total", "restock"),
    "refunds": ("return_id", "method", "amount", "reference"),
}
# Rows whose deletion must be found: every table above, and the journal itself.
DELETABLE = sorted(PROVED) + ["journal"]
NEW_VALUES = st.one_of(st.integers(-10**9, 10**9), st.text(max_size=12), st.none(),
                       st.floats(allow_nan=False, allow_infinity=False), st.binary(max_size=4),
                       st.integers(-3, 3))


@pytest.fixture(scope="module")
def sold_shop(tmp_path_factory):
    """A shop with three sales, its file copied whole (WAL folded in) with its head file."""
    from pos.app import open_shop
    from pos.services.demo import open_demo_shift
    from pos.services.settings import load_settings

    folder = tmp_path_factory.mktemp("sold")
    db = open_shop(folder / "shop")
    open_demo_shift(db)
    shop = load_settings(db)
    done = [pay_cash(db, shop, sample_basket(db, shop)) for _ in range(3)]
    from pos.services import returns
    from pos.services.users import login

    returns.complete_return(db, returns.ReturnRequest(done[1].id, (
        returns.ReturnItem(1, 1), returns.ReturnItem(2, 1, restock=False)), "cash"),
        login(db, "9999"), shop)
    assert journal.verify(db) is None
    copy = folder / "sold.sqlite3"
    _copy(db.path, copy)
    db.close()
    return copy


def _copy(source: Path, target: Path) -> None:
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    shutil.copyfile(journal_head.head_path(source), journal_head.head_path(target))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(table=st.sampled_from(sorted(PROVED)), pick=st.integers(0, 50), column_pick=st.integers(0, 50),
       value=NEW_VALUES)
def test_any_single_row_edit_is_detected(sold_shop, tmp_path_factory, table, pick, column_pick,
                                         value):
    path = tmp_path_factory.mktemp("edit") / "shop.sqlite3"
    _copy(sold_shop, path)
    column = PROVED[table][column_pick % len(PROVED[table])]
    con = sqlite3.connect(path)
    rowids = [r[0] for r in con.execute(f"SELECT rowid FROM {table} ORDER BY rowid")]
    rowid = rowids[pick % len(rowids)]
    before = con.execute(f"SELECT {column}, typeof({column}) FROM {table} WHERE rowid = ?",
                         (rowid,)).fetchone()
    try:
        con.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = ?", (value, rowid))
    except sqlite3.IntegrityError:  # NOT NULL, UNIQUE: SQLite itself refuses that edit
        assume(False)
    con.commit()
    after = con.execute(f"SELECT {column}, typeof({column}) FROM {table} WHERE rowid = ?",
                        (rowid,)).fetchone()
    con.close()
    assume(after != before)  # SQLite's type affinity can make an edit no change at all
    db = Database(path)
    try:
        assert journal.verify(db) is not None
    finally:
        db.close()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(table=st.sampled_from(DELETABLE), pick=st.integers(0, 50))
def test_any_single_row_deletion_is_detected(sold_shop, tmp_path_factory, table, pick):
    path = tmp_path_factory.mktemp("delete") / "shop.sqlite3"
    _copy(sold_shop, path)
    con = sqlite3.connect(path)
    rowids = [r[0] for r in con.execute(f"SELECT rowid FROM {table} ORDER BY rowid")]
    assert rowids, f"the sold shop has no {table} rows to delete"
    con.execute(f"DELETE FROM {table} WHERE rowid = ?", (rowids[pick % len(rowids)],))
    con.commit()
    con.close()
    db = Database(path)
    try:
        assert journal.verify(db) is not None
    finally:
        db.close()


# -- backups and restores ------------------------------------------------------------------

def test_every_backup_has_its_head_and_a_restore_moves_the_live_head(three_sales,
                                                                   demo_settings):
    from pos.services.backups import make_backup, restore_backup

    db, _ = three_sales
    copy = make_backup(db.path)
    assert journal_head.read_head(journal_head.head_path(copy)) == last_entry(db.path)
    pay_cash(db, demo_settings, sample_basket(db, demo_settings))  # the chain goes on
    db.close()
    restore_backup(db.path, copy)  # back to three sales: the head follows, no false alarm
    again = Database(db.path)
    try:
        assert journal.verify(again) is None
        assert journal_head.read_head(journal_head.head_path(db.path)) == last_entry(db.path)
    finally:
        again.close()
