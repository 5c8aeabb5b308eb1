"""A completed sale is one transaction: all of its rows or none of them; and the hash-chained
journal shows any later edit or deletion."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import select

from pos.app import open_shop
from pos.services.demo import open_demo_shift
from pos.db.engine import Database
from pos.db.models import JournalEntry, OutboxEvent, Payment, Sale, SaleLine, StockMovement
from pos.domain.barcode import make_weight_barcode
from pos.domain.basket import Basket
from pos.domain.cart import Discount
from pos.domain.journal import entry_hash
from pos.domain.payment import CARD, CASH, Tender
from pos.services import catalog, journal, sales
from pos.services.settings import ShopSettings, load_settings
from pos.services.users import UserInfo, list_users

SALE_TABLES = ("sales", "sale_lines", "payments", "stock_movements", "journal", "outbox")


def cashier(db: Database) -> UserInfo:
    return next(u for u in list_users(db) if u.role == "cashier")


def basket_of(db: Database, shop: ShopSettings, *codes: str) -> Basket:
    basket = Basket()
    for code in codes:
        basket.add(catalog.scan(db, code, shop))
    return basket


def sample_basket(db: Database, shop: ShopSettings) -> Basket:
    # Two of SP0001 (merged into one line), SP0004, and 0.750 kg of the first weighed item.
    return basket_of(db, shop, "SP0001", "SP0001", "SP0004",
                     make_weight_barcode("00001", Decimal("0.750")))


def pay_cash(db: Database, shop: ShopSettings, basket: Basket) -> sales.CompletedSale:
    total = basket.totals(shop.tax_inclusive).total
    return sales.complete_sale(db, basket, [Tender(CASH, total + 100_000)], cashier(db), shop)


def table_counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        # The journal already holds the opening of the shift: count the sales' entries only.
        where = {"journal": " WHERE kind = 'sale'"}
        return {t: con.execute(f"SELECT count(*) FROM {t}{where.get(t, '')}").fetchone()[0]
                for t in SALE_TABLES}
    finally:
        con.close()


NOTHING = dict.fromkeys(SALE_TABLES, 0)


# --- all or nothing ---------------------------------------------------------------------------

class Boom(RuntimeError):
    pass


def _after(original):
    """Runs the real step (and flushes its rows into the open transaction), then fails."""
    def step(s, *args, **kwargs):
        result = original(s, *args, **kwargs)
        s.flush()
        raise Boom(f"injected failure after {original.__name__}")
    return step


@pytest.mark.parametrize("step", ["_write_lines", "_write_payments", "_write_stock_movements",
                                  "journal.append"])
def test_a_failing_step_leaves_no_trace(demo_db, demo_settings, monkeypatch, step):
    if step == "journal.append":
        monkeypatch.setattr(journal, "append", _after(journal.append))
    else:
        monkeypatch.setattr(sales, step, _after(getattr(sales, step)))

    with pytest.raises(Boom):
        pay_cash(demo_db, demo_settings, sample_basket(demo_db, demo_settings))
    assert table_counts(demo_db.path) == NOTHING

    monkeypatch.undo()
    done = pay_cash(demo_db, demo_settings, sample_basket(demo_db, demo_settings))
    assert done.receipt_no == 1, "the failed sale consumed a receipt number"
    assert done.receipt_label == "T1-000001"
    assert journal.verify(demo_db) is None
    with demo_db.session() as s:
        kinds = s.scalars(select(JournalEntry.kind).order_by(JournalEntry.seq)).all()
        assert kinds == ["shift_open", "sale"]


def test_a_database_error_at_the_last_write_rolls_everything_back(demo_db, demo_settings):
    """The outbox row is flushed at commit: make SQLite itself refuse it."""
    from sqlalchemy.exc import IntegrityError

    raw = sqlite3.connect(demo_db.path)
    raw.execute("CREATE TRIGGER no_outbox BEFORE INSERT ON outbox "
                "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")
    raw.commit()
    try:
        with pytest.raises(IntegrityError, match="disk on fire"):
            pay_cash(demo_db, demo_settings, sample_basket(demo_db, demo_settings))
        assert table_counts(demo_db.path) == NOTHING
    finally:
        raw.execute("DROP TRIGGER no_outbox")
        raw.commit()
        raw.close()
    assert pay_cash(demo_db, demo_settings, sample_basket(demo_db, demo_settings)).receipt_no == 1


def test_a_failure_between_good_sales_keeps_numbering_and_chain(demo_db, demo_settings,
                                                                monkeypatch):
    for _ in range(2):
        pay_cash(demo_db, demo_settings, sample_basket(demo_db, demo_settings))
    before = table_counts(demo_db.path)
    monkeypatch.setattr(journal, "append", _after(journal.append))
    with pytest.raises(Boom):
        pay_cash(demo_db, demo_settings, sample_basket(demo_db, demo_settings))
    assert table_counts(demo_db.path) == before
    monkeypatch.undo()
    assert pay_cash(demo_db, demo_settings, sample_basket(demo_db, demo_settings)).receipt_no == 3
    assert journal.verify(demo_db) is None


def test_an_unpaid_sale_writes_nothing(demo_db, demo_settings):
    from pos.domain.errors import PaymentError
    from pos.services.errors import ServiceError

    basket = sample_basket(demo_db, demo_settings)
    with pytest.raises(PaymentError):
        sales.complete_sale(demo_db, basket, [Tender(CASH, 1000)], cashier(demo_db),
                            demo_settings)
    with pytest.raises(ServiceError):
        sales.complete_sale(demo_db, Basket(), [Tender(CASH, 1000)], cashier(demo_db),
                            demo_settings)
    assert table_counts(demo_db.path) == NOTHING


# --- what one sale writes -------------------------------------------------------------------

def check_sale_rows(db: Database, done: sales.CompletedSale, basket: Basket,
                    tenders: list[Tender], shop: ShopSettings) -> None:
    totals = basket.totals(shop.tax_inclusive)
    with db.session() as s:
        sale = s.get(Sale, done.id)
        assert sale is not None and sale.status == "completed"
        lines = s.scalars(select(SaleLine).where(SaleLine.sale_id == done.id)
                          .order_by(SaleLine.line_no)).all()
        payments = s.scalars(select(Payment).where(Payment.sale_id == done.id)
                             .order_by(Payment.id)).all()
        moves = s.scalars(select(StockMovement).where(StockMovement.sale_id == done.id)
                          .order_by(StockMovement.id)).all()
        entries = [e for e in s.scalars(select(JournalEntry))
                   if json.loads(e.payload).get("id") == done.id]
        outbox = s.scalars(select(OutboxEvent).where(OutboxEvent.ref == done.id)).all()

        # the sale
        assert (sale.total, sale.rounding, sale.change) == (done.total, done.rounding,
                                                             done.change)
        assert sale.total == totals.total + sale.rounding
        assert (sale.subtotal, sale.discount_total, sale.tax_total) == (
            totals.subtotal, totals.discount_total, totals.tax_total)
        assert sale.cashier_id == cashier(db).id and sale.terminal_id == shop.terminal_id
        # N lines, as in the basket
        assert len(lines) == len(basket.lines)
        for no, (row, line, priced) in enumerate(zip(lines, basket.lines, totals.lines), 1):
            assert row.line_no == no
            assert (row.variant_id, row.sku, row.unit, row.unit_price) == (
                line.variant_id, line.sku, line.unit, line.unit_price)
            assert row.quantity_milli == int(line.quantity * 1000)
            assert (row.gross, row.tax, row.total) == (priced.gross, priced.tax, priced.total)
        assert sum(row.total for row in lines) == totals.total
        # payments: one per tender, applied amounts add up to what was due
        assert [p.method for p in payments] == [t.method for t in tenders]
        assert [p.tendered for p in payments] == [t.amount for t in tenders]
        assert sum(p.amount for p in payments) == sale.total
        assert sum(p.tendered for p in payments) - sale.change == sale.total
        # N stock movements, each taking the sold quantity out
        assert len(moves) == len(lines)
        for move, row in zip(moves, lines):
            assert move.variant_id == row.variant_id
            assert move.quantity_milli == -row.quantity_milli < 0
            assert move.kind == "sale" and move.location == shop.stock_location
            assert not move.acknowledged
        # 1 journal entry and 1 outbox row carrying the same document
        assert len(entries) == 1 and entries[0].kind == "sale"
        assert len(outbox) == 1
        event = outbox[0]
        assert (event.kind, event.ref, event.status) == ("sale", done.id, "pending")
        document = json.loads(event.payload)
        assert document == json.loads(entries[0].payload)
        assert document["id"] == done.id and document["total"] == sale.total
        assert [(l["sku"], l["total"]) for l in document["lines"]] == [
            (r.sku, r.total) for r in lines]
        assert [p["amount"] for p in document["payments"]] == [p.amount for p in payments]


def test_one_sale_writes_exactly_its_rows(demo_db, demo_settings):
    basket = sample_basket(demo_db, demo_settings)
    assert len(basket.lines) == 3
    total = basket.totals(demo_settings.tax_inclusive).total
    tenders = [Tender(CARD, 20_000, "ref-1"), Tender(CASH, 500_000)]
    done = sales.complete_sale(demo_db, basket, tenders, cashier(demo_db), demo_settings)

    assert table_counts(demo_db.path) == {"sales": 1, "sale_lines": 3, "payments": 2,
                                          "stock_movements": 3, "journal": 1, "outbox": 1}
    check_sale_rows(demo_db, done, basket, tenders, demo_settings)
    assert done.receipt_no == 1 and done.paid_cash
    assert done.change == 20_000 + 500_000 - done.total
    assert done.total - total == done.rounding


def test_cash_rounding_is_recorded(demo_db, demo_settings):
    assert demo_settings.cash_rounding_step == 500
    basket = basket_of(demo_db, demo_settings, make_weight_barcode("00001", Decimal("0.333")))
    total = basket.totals(demo_settings.tax_inclusive).total
    assert total % 500  # 0.333 kg × 28,000 does not fall on 500
    done = pay_cash(demo_db, demo_settings, basket)
    assert done.total % 500 == 0 and done.total == total + done.rounding and done.rounding
    check_sale_rows(demo_db, done, basket, [Tender(CASH, total + 100_000)], demo_settings)


# --- many random sales: the same invariants -------------------------------------------------

@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    db = open_shop(tmp_path_factory.mktemp("random-sales") / "shop")
    open_demo_shift(db)
    yield db, load_settings(db)
    db.close()


PIECE_CODES = ["SP0001", "SP0004", "SP0016", "SP0100", "CF0161", "CF0170"]
lines_strategy = st.lists(
    st.one_of(
        st.tuples(st.just("piece"), st.sampled_from(PIECE_CODES), st.integers(1, 12)),
        st.tuples(st.just("kg"), st.sampled_from(["00001", "00003", "00012"]),
                  st.integers(1, 5000)),
    ), min_size=1, max_size=6)


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(lines=lines_strategy, discount=st.none() | st.integers(0, 5000),
       card_share=st.integers(0, 100), extra_cash=st.integers(0, 300_000))
def test_random_sales_keep_the_invariants(shop, lines, discount, card_share, extra_cash):
    db, shop_settings = shop
    basket = Basket()
    for kind, code, amount in lines:
        if kind == "piece":
            row = basket.add(catalog.scan(db, code, shop_settings))
            basket.set_quantity(row, Decimal(amount))
        else:
            basket.add(catalog.scan(db, make_weight_barcode(code, Decimal(amount) / 1000),
                                    shop_settings))
    if discount is not None:
        manager = next(u for u in list_users(db) if u.role == "manager")  # above 10 %: approved
        basket.set_order_discount(Discount("percent", discount), approved_by=manager.id)
    total = basket.totals(shop_settings.tax_inclusive).total
    card = total * card_share // 100
    tenders = ([Tender(CARD, card)] if card else []) + (
        [Tender(CASH, total - card + extra_cash + 500)] if card < total else [])
    before = table_counts(db.path)
    done = sales.complete_sale(db, basket, tenders, cashier(db), shop_settings)
    after = table_counts(db.path)

    n = len(basket.lines)
    assert {t: after[t] - before[t] for t in SALE_TABLES} == {
        "sales": 1, "sale_lines": n, "payments": len(tenders), "stock_movements": n,
        "journal": 1, "outbox": 1}
    assert done.receipt_no == after["sales"]  # no gaps, no reuse
    check_sale_rows(db, done, basket, tenders, shop_settings)
    assert journal.verify(db) is None


# --- the journal shows tampering --------------------------------------------------------------

@pytest.fixture
def three_sales(demo_db, demo_settings) -> Database:
    for _ in range(3):
        pay_cash(demo_db, demo_settings, sample_basket(demo_db, demo_settings))
    assert journal.verify(demo_db) is None
    return demo_db


def raw_sql(db: Database, sql: str, *params) -> None:
    con = sqlite3.connect(db.path)
    try:
        con.execute(sql, params)
        con.commit()
    finally:
        con.close()


def test_an_edited_total_is_found(three_sales):
    raw_sql(three_sales, "UPDATE journal SET payload = json_set(payload, '$.total', "
                         "json_extract(payload, '$.total') - 1000) WHERE seq = 2")
    assert journal.verify(three_sales) == (2, "hash does not match its content")


def test_an_edited_line_is_found(three_sales):
    raw_sql(three_sales, "UPDATE journal SET payload = json_set(payload, '$.lines[0].quantity', "
                         "'1') WHERE seq = 3")
    assert journal.verify(three_sales)[0] == 3


def test_an_edited_payload_with_a_recomputed_hash_breaks_the_next_link(three_sales):
    with three_sales.session() as s:
        entry = s.get(JournalEntry, 2)
        payload = json.loads(entry.payload)
    payload["payments"][0]["amount"] -= 1000
    forged = entry_hash(entry.prev_hash, 2, entry.kind, payload, entry.rows_digest)
    raw_sql(three_sales, "UPDATE journal SET payload = ?, hash = ? WHERE seq = 2",
            json.dumps(payload), forged)
    assert journal.verify(three_sales) == (3, "previous-hash link broken")


def test_a_deleted_middle_entry_is_found(three_sales):
    raw_sql(three_sales, "DELETE FROM journal WHERE seq = 2")
    assert journal.verify(three_sales) == (3, "sequence gap after 1")


def test_a_deleted_first_entry_is_found(three_sales):
    raw_sql(three_sales, "DELETE FROM journal WHERE seq = 1")
    assert journal.verify(three_sales)[0] == 2


def _pos(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pos.cli", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, timeout=120)


def test_journal_verify_command(three_sales, data_dir):
    ok = _pos(data_dir, "journal", "verify")
    assert ok.returncode == 0, ok.stderr
    assert "intact" in ok.stdout

    raw_sql(three_sales, "UPDATE journal SET payload = json_set(payload, '$.total', 1) "
                         "WHERE seq = 2")
    bad = _pos(data_dir, "journal", "verify")
    assert bad.returncode != 0
    assert "entry 2" in bad.stderr, bad.stderr
