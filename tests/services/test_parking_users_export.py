"""Parked sales survive a restart; till users and PIN login; sales exports match the sales."""
from __future__ import annotations

import csv
import io
import json
import sqlite3
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import select, text

from pos.app import DB_NAME, open_shop
from pos.db.engine import Database
from pos.db.models import Payment, Sale, SaleLine, User
from pos.domain.barcode import make_weight_barcode
from pos.domain.basket import Basket, BasketLine
from pos.domain.cart import Discount
from pos.domain.payment import CARD, CASH, Tender
from pos.services import catalog, exports, parking, users
from pos.services.errors import ServiceError, WrongPin
from pos.services.sales import complete_sale
from pos.services.settings import load_settings

# --- parking --------------------------------------------------------------------------------


def a_basket(db: Database) -> Basket:
    shop = load_settings(db)
    basket = Basket(customer_id=42)
    row = basket.add(catalog.scan(db, "SP0001", shop))
    basket.set_quantity(row, Decimal(3))
    basket.set_line_discount(row, Discount("percent", 1000))
    basket.add(catalog.scan(db, make_weight_barcode("00002", Decimal("1.275")), shop))
    row = basket.add(catalog.scan(db, "CF0161", shop))
    minh = next(u for u in users.list_users(db) if u.name == "Minh")  # approved by the manager
    basket.override_price(row, 20000, approved_by=minh.id)
    basket.set_order_discount(Discount("amount", 5000), approved_by=minh.id)
    return basket


def test_park_and_recall_survive_a_restart(data_dir: Path):
    db = open_shop(data_dir)
    basket = a_basket(db)
    cashier = users.list_users(db)[0]
    parked_id = parking.park(db, basket, cashier.id, label="Chị Hoa, bàn 3")
    parking.park(db, Basket(lines=[basket.lines[0]]), None)
    db.close()

    db = open_shop(data_dir)  # the till was closed and opened again
    try:
        waiting = parking.list_parked(db)
        assert [(p.id, p.label, p.lines) for p in waiting][0] == (parked_id, "Chị Hoa, bàn 3", 3)
        assert len(waiting) == 2
        back = parking.recall(db, parked_id)
        assert back == basket
        assert back.lines[1].quantity == Decimal("1.275") and back.lines[1].weighed
        assert back.lines[2].price_overridden and back.lines[2].unit_price == 20000
        assert back.order_discount == Discount("amount", 5000) and back.customer_id == 42
        assert back.totals(True) == basket.totals(True)
        assert [p.id for p in parking.list_parked(db)] == [waiting[1].id]
    finally:
        db.close()


def test_recall_twice_fails_cleanly(demo_db: Database, data_dir: Path):
    parked_id = parking.park(demo_db, a_basket(demo_db), None)
    parking.recall(demo_db, parked_id)
    with pytest.raises(ServiceError, match="already recalled"):
        parking.recall(demo_db, parked_id)
    with pytest.raises(ServiceError):
        parking.recall(demo_db, 987654)
    assert parking.list_parked(demo_db) == []


def test_two_tills_recalling_the_same_parked_sale(demo_db: Database, data_dir: Path):
    parked_id = parking.park(demo_db, a_basket(demo_db), None)
    other = Database(data_dir / DB_NAME)  # a second connection pool on the same file
    try:
        assert parking.recall(other, parked_id) == a_basket(demo_db)
        with pytest.raises(ServiceError):
            parking.recall(demo_db, parked_id)
    finally:
        other.close()


def test_an_empty_basket_cannot_be_parked(demo_db: Database):
    with pytest.raises(ServiceError, match="nothing to park"):
        parking.park(demo_db, Basket(), None)
    assert parking.list_parked(demo_db) == []


@pytest.fixture(scope="module")
def parking_db(tmp_path_factory):
    db = open_shop(tmp_path_factory.mktemp("parking") / "shop", create_demo=False)
    yield db
    db.close()


discounts = st.none() | st.builds(Discount, st.just("percent"), st.integers(0, 10_000)) | \
    st.builds(Discount, st.just("amount"), st.integers(0, 10**9))
basket_lines = st.builds(
    BasketLine,
    variant_id=st.none() | st.integers(1, 10**6),
    sku=st.text(min_size=1, max_size=20),
    name=st.text(max_size=60),
    unit=st.sampled_from(["piece", "kg"]),
    unit_price=st.integers(0, 10**9),
    quantity=st.decimals(min_value=Decimal("0.001"), max_value=Decimal(10**6), places=3),
    tax_rate_bp=st.integers(0, 10_000),
    discount=discounts,
    price_overridden=st.booleans(),
    weighed=st.booleans(),
)


@settings(max_examples=50, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.builds(Basket, lines=st.lists(basket_lines, min_size=1, max_size=6),
                 order_discount=discounts, customer_id=st.none() | st.integers(1, 10**6)),
       st.text(max_size=40))
def test_any_basket_comes_back_as_it_was_parked(parking_db, basket, label):
    parked_id = parking.park(parking_db, basket, None, label=label)
    assert parking.recall(parking_db, parked_id) == basket


# --- users ----------------------------------------------------------------------------------

def test_add_list_and_login(empty_db: Database):
    assert users.list_users(empty_db) == []
    tuan = users.add_user(empty_db, "Tuấn", "manager", "13579135")  # the shop's first user
    hoa = users.add_user(empty_db, "Hoa", "cashier", "2468", tuan)  # no admin: a manager may
    assert [u.name for u in users.list_users(empty_db)] == ["Hoa", "Tuấn"]
    assert users.login(empty_db, "2468") == hoa and not hoa.is_manager
    assert users.login(empty_db, "13579135") == tuan and tuan.is_manager
    assert users.approve_as_manager(empty_db, "13579135") == tuan
    with pytest.raises(WrongPin):
        users.approve_as_manager(empty_db, "2468")  # a cashier cannot approve


def test_wrong_pin(empty_db: Database):
    users.add_user(empty_db, "Hoa", "cashier", "2468")
    for pin in ("2469", "24680", "", "abcd", "2468 "):
        with pytest.raises(WrongPin):
            users.login(empty_db, pin)


def test_duplicate_pin_and_name_are_refused(empty_db: Database):
    boss = users.add_user(empty_db, "Boss", "admin", "0000")
    users.add_user(empty_db, "Hoa", "cashier", "2468", boss)
    with pytest.raises(ServiceError, match="already has this PIN"):
        users.add_user(empty_db, "Lan", "cashier", "2468", boss)
    with pytest.raises(ServiceError, match="already exists"):
        users.add_user(empty_db, "Hoa", "manager", "9753", boss)
    with pytest.raises(ServiceError, match="Role"):
        users.add_user(empty_db, "Bảo", "owner", "9753", boss)
    assert [u.name for u in users.list_users(empty_db)] == ["Boss", "Hoa"]


@pytest.mark.parametrize("pin", ["", "123", "123456789", "12a4", "12 34", " 1234", "1234\n",
                                 "-123", "12.4", "١٢٣٤", "²²²²", "１２３４"])
def test_bad_pin_format_is_refused(empty_db: Database, pin):
    with pytest.raises(ServiceError, match="4 to 8 digits"):
        users.add_user(empty_db, "Hoa", "cashier", pin)
    assert users.list_users(empty_db) == []


@given(st.text(max_size=12))
def test_pin_format_rule(pin):
    good = pin.isascii() and pin.isdigit() and 4 <= len(pin) <= 8
    try:
        users.check_pin_format(pin)
    except ServiceError:
        assert not good
    else:
        assert good


def _file_bytes(db_path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in (db_path, Path(f"{db_path}-wal"))
                    if p.exists())


def test_pins_are_stored_hashed(data_dir: Path):
    db = open_shop(data_dir, create_demo=False)
    pins = ("58392047", "71946285")  # 8 digits: a chance match in hex is ~1e-7
    boss = None
    for n, pin in enumerate(pins):
        boss = users.add_user(db, f"User {n}", "admin", pin, boss)
    with db.session() as s:
        stored = s.scalars(select(User.pin_hash)).all()
    assert all(h.startswith("$argon2id$") for h in stored)
    assert len(set(stored)) == 2
    for pin in pins:
        assert pin.encode() not in _file_bytes(db.path)  # while open: DB + WAL
    db.close()
    for pin in pins:
        assert pin.encode() not in _file_bytes(data_dir / DB_NAME)  # after the checkpoint


def test_same_pin_hashes_differently_each_time():
    assert users.hash_pin("2468") != users.hash_pin("2468")
    assert users.pin_matches("2468", users.hash_pin("2468"))
    assert not users.pin_matches("2469", users.hash_pin("2468"))


# --- exports --------------------------------------------------------------------------------

def sell(db: Database, basket: Basket, tenders: list[Tender]) -> str:
    shop = load_settings(db)
    cashier = users.login(db, "1111")
    return complete_sale(db, basket, tenders, cashier, shop).id


def set_sale_time(db: Database, sale_id: str, when: datetime) -> None:
    with db.transaction() as s:
        s.execute(text("UPDATE sales SET created_at = :t WHERE id = :i"),
                  {"t": when.strftime("%Y-%m-%d %H:%M:%S.%f"), "i": sale_id})


@pytest.fixture
def two_sales(demo_db: Database):
    shop = load_settings(demo_db)
    first = a_basket(demo_db)
    total = first.totals(shop.tax_inclusive).total
    a = sell(demo_db, first, [Tender(CARD, 20_000, "APPROVAL-77"), Tender(CASH, total)])
    second = Basket()
    second.add(catalog.scan(demo_db, "SP0004", shop))
    b = sell(demo_db, second, [Tender(CASH, 500_000)])
    set_sale_time(demo_db, a, datetime(2026, 3, 1, 8, 15))
    set_sale_time(demo_db, b, datetime(2026, 3, 2, 17, 40))
    return demo_db, a, b


def db_sale(db: Database, sale_id: str) -> tuple[Sale, list[SaleLine], list[Payment]]:
    with db.session() as s:
        sale = s.get(Sale, sale_id)
        lines = s.scalars(select(SaleLine).where(SaleLine.sale_id == sale_id)
                          .order_by(SaleLine.line_no)).all()
        payments = s.scalars(select(Payment).where(Payment.sale_id == sale_id)
                             .order_by(Payment.id)).all()
    return sale, lines, payments


def jsonl(db: Database, since: datetime | None = None) -> list[dict]:
    out = io.StringIO()
    count = exports.write_jsonl(exports.sale_documents(db, since), out)
    docs = [json.loads(line) for line in out.getvalue().splitlines()]
    assert count == len(docs)
    return docs


def test_jsonl_export_matches_the_sales(two_sales):
    db, a, b = two_sales
    docs = jsonl(db)
    assert [d["id"] for d in docs] == [a, b]
    for doc in docs:
        sale, lines, payments = db_sale(db, doc["id"])
        assert doc["receipt"] == f"T1-{sale.receipt_no:06d}"
        assert doc["cashier"] == "Lan" and doc["currency"] == "VND"
        assert {k: doc[k] for k in ("subtotal", "discount_total", "tax_total", "rounding",
                                    "total", "change")} == {
            "subtotal": sale.subtotal, "discount_total": sale.discount_total,
            "tax_total": sale.tax_total, "rounding": sale.rounding, "total": sale.total,
            "change": sale.change}
        assert [(l["line_no"], l["sku"], l["name"], Decimal(l["quantity"]), l["unit"],
                 l["unit_price"], l["line_discount"], l["order_discount"], l["tax"],
                 l["total"]) for l in doc["lines"]] == [
            (l.line_no, l.sku, l.name, Decimal(l.quantity_milli) / 1000, l.unit, l.unit_price,
             l.line_discount, l.order_discount, l.tax, l.total) for l in lines]
        assert doc["payments"] == [{"method": p.method, "amount": p.amount,
                                    "tendered": p.tendered, "reference": p.reference}
                                   for p in payments]
        assert sum(l["total"] for l in doc["lines"]) + doc["rounding"] == doc["total"]
        assert sum(p["amount"] for p in doc["payments"]) == doc["total"]
    first = docs[0]
    assert first["created_at"] == "2026-03-01T08:15:00Z"
    assert [l["quantity"] for l in first["lines"]] == ["3", "1.275", "1"]
    assert [p["method"] for p in first["payments"]] == ["card", "cash"]
    assert first["payments"][0]["reference"] == "APPROVAL-77"
    assert first["lines"][0]["line_discount"] > 0 and first["discount_total"] > 0


def test_csv_export_matches_the_sales(two_sales):
    db, a, b = two_sales
    out = io.StringIO()
    assert exports.write_csv(exports.sale_documents(db), out) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == list(exports.CSV_COLUMNS)
    assert [r["sale_id"] for r in rows] == [a, a, a, b]  # one row per sale line
    for sale_id in (a, b):
        sale, lines, payments = db_sale(db, sale_id)
        mine = [r for r in rows if r["sale_id"] == sale_id]
        assert {r["sale_total"] for r in mine} == {str(sale.total)}
        assert {r["rounding"] for r in mine} == {str(sale.rounding)}
        assert {r["payments"] for r in mine} == {
            ";".join(f"{p.method}:{p.amount}" for p in payments)}
        assert [(r["sku"], r["name"], Decimal(r["quantity"]), int(r["unit_price"]),
                 int(r["tax"]), int(r["line_total"])) for r in mine] == [
            (l.sku, l.name, Decimal(l.quantity_milli) / 1000, l.unit_price, l.tax, l.total)
            for l in lines]
    assert rows[0]["payments"].startswith("card:20000;cash:")
    assert rows[0]["receipt"] == "T1-000001" and rows[0]["cashier"] == "Lan"


def test_since_filters(two_sales):
    db, a, b = two_sales
    assert [d["id"] for d in jsonl(db, datetime(2026, 3, 1))] == [a, b]
    assert [d["id"] for d in jsonl(db, datetime(2026, 3, 1, 8, 15))] == [a, b]  # inclusive
    assert [d["id"] for d in jsonl(db, datetime(2026, 3, 1, 8, 16))] == [b]
    assert [d["id"] for d in jsonl(db, datetime(2026, 3, 2))] == [b]
    assert jsonl(db, datetime(2026, 3, 3)) == []
    # An aware time is converted to UTC (the sales' clock): 00:30 in Hà Nội is 17:30 UTC.
    hanoi = timezone(timedelta(hours=7))
    assert [d["id"] for d in jsonl(db, datetime(2026, 3, 3, 0, 30, tzinfo=hanoi))] == [b]
    assert jsonl(db, datetime(2026, 3, 3, 0, 41, tzinfo=hanoi)) == []
    out = io.StringIO()
    assert exports.write_csv(exports.sale_documents(db, datetime(2026, 3, 2)), out) == 1
    assert len(out.getvalue().splitlines()) == 2  # header + one line


def test_export_of_a_shop_without_sales(empty_db: Database):
    assert jsonl(empty_db) == []
    out = io.StringIO()
    assert exports.write_csv(exports.sale_documents(empty_db), out) == 0
    assert out.getvalue().strip() == ",".join(exports.CSV_COLUMNS)


def test_export_document_is_the_journaled_document(two_sales):
    """What is exported is what the journal (and the outbox) recorded at the sale."""
    db, a, b = two_sales
    con = sqlite3.connect(db.path)
    try:
        journaled = {json.loads(p)["id"]: json.loads(p)
                     for (p,) in con.execute("SELECT payload FROM journal WHERE kind = 'sale'")}
    finally:
        con.close()
    for doc in jsonl(db):
        expected = dict(journaled[doc["id"]])
        expected["created_at"] = doc["created_at"]  # the test moved the sale times
        assert doc == expected
