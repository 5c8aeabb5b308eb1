"""The catalogue at the till: CSV import (all rows or nothing), search, scan, local stock."""
from __future__ import annotations

import hashlib
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import select, update

from pos.app import open_shop
from pos.db.engine import Database
from pos.db.models import Barcode, Category, Product, StockLevel, StockMovement, Variant
from pos.domain.barcode import ean_check_digit, make_weight_barcode
from pos.domain.basket import Basket
from pos.domain.errors import InvalidBarcode
from pos.domain.payment import CASH, Tender
from pos.domain.text import fold
from pos.services import catalog
from pos.services.catalog_import import import_csv
from pos.services.demo import demo_ean
from pos.services.errors import ImportFailed, UnknownBarcode
from pos.services.sales import complete_sale
from pos.services.settings import load_settings
from pos.services.stock import local_stock
from pos.services.users import list_users

HEADER = "sku,name,barcode,price,tax_rate,unit,category,stock"
UPC_A = "036000291452"  # a real UPC-A; stored as its EAN-13 form 0036000291452


def ean13(n: int, prefix: str = "893") -> str:
    body = f"{prefix}{n:09d}"
    return body + ean_check_digit(body)


def ean8(n: int) -> str:
    body = f"9{n:06d}"
    return body + ean_check_digit(body)


def wrong_check(code: str) -> str:
    return code[:-1] + str((int(code[-1]) + 1) % 10)


def write_csv(tmp_path: Path, name: str, *rows: str, header: str = HEADER) -> Path:
    path = tmp_path / name
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def snapshot(db: Database) -> str:
    """A digest of every ordinary table's rows: equal digests, unchanged database."""
    con = sqlite3.connect(db.path)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'variants_fts%' ORDER BY name")]
        digest = hashlib.sha256()
        for table in tables:
            digest.update(table.encode())
            # by value: WITHOUT ROWID tables (report summaries) have no rowid to order by
            for row in sorted(con.execute(f"SELECT * FROM {table}"), key=repr):
                digest.update(repr(row).encode())
        return digest.hexdigest()
    finally:
        con.close()


def variant(db: Database, sku: str) -> Variant:
    with db.session() as s:
        v = s.scalar(select(Variant).where(Variant.sku == sku))
        v.product, v.barcodes  # load while the session is open
        return v


GOOD_ROWS = (
    f"CF-01,Cà phê sữa đá,{ean13(1)}|{UPC_A}| {ean8(7)} ,25000,8,piece,Quán cà phê,",
    f"GAO-01,\"Gạo ST25, túi 5kg\",{ean13(2)},180000,5%,pc,Đồ khô,12",
    f"TAO-KG,Táo Envy,{make_weight_barcode('00077', Decimal(0))},120000,5,kg,Trái cây,12.5",
    "NOCODE,Túi ni lông,,500,0,cái,,",
)


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    return write_csv(tmp_path, "good.csv", *GOOD_ROWS)


# --- import ---------------------------------------------------------------------------------

def test_good_file_imports(empty_db: Database, good_file: Path):
    result = import_csv(empty_db, good_file)
    assert (result.created, result.updated) == (4, 0)

    cafe = variant(empty_db, "CF-01")
    assert cafe.name == "Cà phê sữa đá" and cafe.price == 25000
    assert sorted(b.code for b in cafe.barcodes) == sorted([ean13(1), "0" + UPC_A, ean8(7)])
    assert cafe.product.tax_rate_bp == 800 and cafe.product.unit == "piece"
    assert cafe.search_text == "ca phe sua da cf-01"

    rice = variant(empty_db, "GAO-01")
    assert rice.name == "Gạo ST25, túi 5kg" and rice.product.tax_rate_bp == 500
    assert rice.product.unit == "piece"  # "pc" is a piece

    apple = variant(empty_db, "TAO-KG")
    assert apple.product.unit == "kg"
    assert variant(empty_db, "NOCODE").barcodes == []

    with empty_db.session() as s:
        levels = dict(s.execute(select(Variant.sku, StockLevel.quantity_milli).join(
            StockLevel, StockLevel.variant_id == Variant.id)).all())
        categories = set(s.scalars(select(Category.name)))
    assert levels == {"GAO-01": 12_000, "TAO-KG": 12_500}  # empty stock: no level row
    assert categories == {"Quán cà phê", "Đồ khô", "Trái cây"}
    assert local_stock(empty_db, apple.id, "shop") == Decimal("12.5")

    shop = load_settings(empty_db)
    assert catalog.scan(empty_db, UPC_A, shop).sku == "CF-01"  # scanner reads 12 digits
    assert catalog.scan(empty_db, "0" + UPC_A, shop).sku == "CF-01"
    assert catalog.scan(empty_db, ean8(7), shop).sku == "CF-01"
    assert catalog.scan(empty_db, "NOCODE", shop).sku == "NOCODE"  # a typed SKU
    weighed = catalog.scan(empty_db, make_weight_barcode("00077", Decimal("0.420")), shop)
    assert (weighed.sku, weighed.quantity, weighed.unit) == ("TAO-KG", Decimal("0.420"), "kg")


def test_reimport_updates_by_sku_without_duplicates(empty_db: Database, good_file: Path,
                                                    tmp_path: Path):
    import_csv(empty_db, good_file)
    ids = {sku: variant(empty_db, sku).id for sku in ("CF-01", "GAO-01", "TAO-KG", "NOCODE")}
    second = write_csv(
        tmp_path, "second.csv",
        f"CF-01,Cà phê sữa đá (ly lớn),{ean13(1)},29000,8,piece,Quán cà phê,",
        GOOD_ROWS[1].replace("180000", "175000"),
        GOOD_ROWS[2].replace(",12.5", ",3.25"),
        GOOD_ROWS[3],
        f"NEW-01,Bánh mì,{ean13(3)},15000,8,piece,Quán cà phê,",
    )
    result = import_csv(empty_db, second)
    assert (result.created, result.updated) == (1, 4)
    with empty_db.session() as s:
        assert s.scalar(select(Variant).where(Variant.sku == "CF-01")).id == ids["CF-01"]
        assert len(s.scalars(select(Variant)).all()) == 5
        assert len(s.scalars(select(Product)).all()) == 5
        assert len(s.scalars(select(StockLevel)).all()) == 2  # replaced, not added
    cafe = variant(empty_db, "CF-01")
    assert cafe.price == 29000 and cafe.name == "Cà phê sữa đá (ly lớn)"
    assert [b.code for b in cafe.barcodes] == [ean13(1)]  # the dropped codes are gone
    assert variant(empty_db, "GAO-01").price == 175000
    assert local_stock(empty_db, ids["TAO-KG"], "shop") == Decimal("3.25")
    assert [i.sku for i in catalog.search(empty_db, "ly lon")] == ["CF-01"]
    assert catalog.find_by_code(empty_db, "0" + UPC_A) is None
    # The freed barcode may now go to another item.
    third = write_csv(tmp_path, "third.csv", f"NEW-02,Bánh bao,{UPC_A},15000,8,piece,,")
    assert import_csv(empty_db, third).created == 1
    assert catalog.find_by_code(empty_db, "0" + UPC_A).sku == "NEW-02"


def test_the_same_code_twice_in_a_row_is_stored_once(empty_db: Database, tmp_path: Path):
    path = write_csv(tmp_path, "dup.csv",
                     f"A1,Táo,{UPC_A}|0{UPC_A}|{ean13(5)}|{ean13(5)},1000,0,piece,,")
    assert import_csv(empty_db, path).created == 1
    assert sorted(b.code for b in variant(empty_db, "A1").barcodes) == sorted(
        ["0" + UPC_A, ean13(5)])


def test_a_file_with_bad_rows_imports_nothing_and_names_each_line(
        empty_db: Database, good_file: Path, tmp_path: Path):
    import_csv(empty_db, good_file)
    before = snapshot(empty_db)
    bad = write_csv(
        tmp_path, "bad.csv",
        f"OK-1,Trà đá,{ean13(10)},5000,8,piece,Quán cà phê,",          # 2 good
        f"BAD-CHK,Nước mắm,{wrong_check(ean13(11))},32000,8,piece,,",  # 3 check digit
        f"BAD-VND,Nước tương,{ean13(12)},18000.50,8,piece,,",          # 4 VND has no decimals
        f"BAD-NAME,,{ean13(13)},1000,8,piece,,",                       # 5 empty name
        f"BAD-UNIT,Muối,{ean13(14)},6000,8,box,,",                     # 6 unknown unit
        f"OK-1,Trà đá lần hai,{ean13(15)},5000,8,piece,,",             # 7 duplicate SKU
        f"BAD-OWNED,Đường,{ean13(1)},28000,8,piece,,",                 # 8 CF-01 has it
        "BAD-PCS,Bút bi,,5000,10,piece,,2.5",                         # 9 half a piece
        "BAD-TAX,Vở,,12000,abc,piece,,",                              # 10 tax not a number
        f"OK-2,Kẹo,{ean13(16)},10000,8,piece,,",                       # 11 good
    )
    with pytest.raises(ImportFailed) as failed:
        import_csv(empty_db, bad)
    problems = dict(failed.value.problems)
    assert sorted(problems) == [3, 4, 5, 6, 7, 8, 9, 10], failed.value.problems
    assert "check digit" in problems[3]
    assert "decimals" in problems[4] and "VND" in problems[4]
    assert "empty" in problems[5]
    assert "box" in problems[6] and "unit" in problems[6]
    assert "OK-1" in problems[7] and "line 2" in problems[7]
    assert ean13(1) in problems[8] and "CF-01" in problems[8]
    assert "whole" in problems[9]
    assert "number" in problems[10]
    message = str(failed.value)
    assert message.startswith("Nothing was imported: 8 bad row(s).")
    for line in problems:
        assert f"line {line}: " in message
    assert snapshot(empty_db) == before
    assert catalog.find_by_code(empty_db, "OK-1") is None


def test_two_rows_claiming_one_barcode(empty_db: Database, tmp_path: Path):
    path = write_csv(tmp_path, "clash.csv", f"A,Táo,{ean13(1)},1000,0,piece,,",
                     f"B,Lê,{ean13(1)},1000,0,piece,,")
    before = snapshot(empty_db)
    with pytest.raises(ImportFailed) as failed:
        import_csv(empty_db, path)
    assert [line for line, _ in failed.value.problems] == [3]
    assert snapshot(empty_db) == before


@pytest.mark.parametrize("header,missing", [
    ("sku,name,barcode,price,tax_rate,unit,category", "stock"),
    ("sku,barcode,price,unit,category,stock", "name, tax_rate"),
    ("", "sku, name, barcode, price, tax_rate, unit, category, stock"),
])
def test_missing_header_columns(empty_db: Database, tmp_path: Path, header, missing):
    path = write_csv(tmp_path, "header.csv", "X1,Táo,,1000,0,piece,,", header=header)
    before = snapshot(empty_db)
    with pytest.raises(ImportFailed) as failed:
        import_csv(empty_db, path)
    assert failed.value.problems == [(1, f"header lacks column(s): {missing}")]
    assert snapshot(empty_db) == before


def test_header_only_file_imports_nothing_quietly(empty_db: Database, tmp_path: Path):
    result = import_csv(empty_db, write_csv(tmp_path, "empty.csv"))
    assert (result.created, result.updated) == (0, 0)


def test_utf8_bom_and_crlf_are_accepted(empty_db: Database, tmp_path: Path):
    path = tmp_path / "excel.csv"
    path.write_bytes(("\ufeff" + HEADER + "\r\n" + GOOD_ROWS[0] + "\r\n").encode("utf-8"))
    assert import_csv(empty_db, path).created == 1


# Random files: any bad row means nothing is imported and exactly the bad lines are named.

@pytest.fixture(scope="module")
def import_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("imports")
    db = open_shop(folder / "shop", create_demo=False)
    yield db, folder
    db.close()


BAD_KINDS = {
    "check": lambda n: f"R{n},Hàng {n},{wrong_check(ean13(n, '894'))},1000,8,piece,,",
    "decimals": lambda n: f"R{n},Hàng {n},{ean13(n, '894')},1000.5,8,piece,,",
    "name": lambda n: f"R{n}, ,{ean13(n, '894')},1000,8,piece,,",
    "unit": lambda n: f"R{n},Hàng {n},{ean13(n, '894')},1000,8,lít,,",
    "price": lambda n: f"R{n},Hàng {n},{ean13(n, '894')},,8,piece,,",
    "negative": lambda n: f"R{n},Hàng {n},{ean13(n, '894')},-5,8,piece,,",
    "tax": lambda n: f"R{n},Hàng {n},{ean13(n, '894')},1000,120,piece,,",
    "stock": lambda n: f"R{n},Hàng {n},{ean13(n, '894')},1000,8,piece,,x",
}


def good_row(n: int, price: int, kg: bool) -> str:
    unit, stock = ("kg", "1.5") if kg else ("piece", "3")
    return f"R{n},Hàng số {n},{ean13(n, '894')},{price},8,{unit},Nhóm {n % 3},{stock}"


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 300), st.sampled_from([None, *BAD_KINDS]),
                          st.integers(0, 10**7), st.booleans()),
                min_size=1, max_size=12, unique_by=lambda r: r[0]))
def test_random_files_are_all_or_nothing(import_db, rows):
    db, folder = import_db
    lines = [BAD_KINDS[bad](n) if bad else good_row(n, price, kg) for n, bad, price, kg in rows]
    path = write_csv(folder, "random.csv", *lines)
    bad_lines = [no for no, (_, bad, _, _) in enumerate(rows, start=2) if bad]
    before = snapshot(db)
    if bad_lines:
        with pytest.raises(ImportFailed) as failed:
            import_csv(db, path)
        assert [line for line, _ in failed.value.problems] == bad_lines
        assert snapshot(db) == before
    else:
        import_csv(db, path)
        for n, _, price, _ in rows:
            assert catalog.find_by_code(db, ean13(n, "894")).price == price


# --- search ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def demo_shop(tmp_path_factory):
    db = open_shop(tmp_path_factory.mktemp("demo") / "shop")
    yield db, load_settings(db)
    db.close()



def names(items) -> list[str]:
    return [i.name for i in items]


def test_search_ignores_tone_marks_and_case(demo_db: Database):
    assert names(catalog.search(demo_db, "ca phe sua"))[0] == "Cà phê sữa đá"
    assert "Cà phê sữa đá" in names(catalog.search(demo_db, "CÀ PHÊ SỮA"))
    peanuts = names(catalog.search(demo_db, "dau phong"))
    assert peanuts and all(n.startswith("Đậu phộng rang") for n in peanuts)
    assert len(peanuts) == 3  # gói, lốc 5, thùng
    assert names(catalog.search(demo_db, "đậu phộng")) == peanuts


def test_search_by_word_prefix(demo_db: Database):
    found = names(catalog.search(demo_db, "DAU"))
    assert "Đậu phộng rang gói" in found
    assert any(n.startswith("Sting dâu") for n in found)  # dâu folds to dau as well
    assert all(any(w.startswith("dau") for w in fold(n).split()) for n in found)
    assert names(catalog.search(demo_db, "ca ph sua d"))[0] == "Cà phê sữa đá"


@pytest.mark.parametrize("query", ["sua d", "ca p", "nuoc m", "banh m", "tra d", "ca phe s",
                                   "sua 1", "dau p"])
def test_a_one_letter_last_word_finds_what_the_index_finds(demo_db: Database, query):
    """The letter is checked on the folded text instead of by FTS5 (fast): same matches."""
    con = sqlite3.connect(demo_db.path)
    try:
        expected = {row[0] for row in con.execute(
            "SELECT v.id FROM variants_fts JOIN variants v ON v.id = variants_fts.rowid "
            "JOIN products p ON p.id = v.product_id "
            "WHERE variants_fts MATCH ? AND v.active AND p.active", (catalog.fts_query(query),))}
    finally:
        con.close()
    found = catalog.search(demo_db, query, limit=1000)
    assert {i.variant_id for i in found} == expected
    assert len(found) == len(expected)


def test_search_by_sku_and_barcode(demo_db: Database):
    assert catalog.search(demo_db, "SP0001")[0].sku == "SP0001"
    assert catalog.search(demo_db, "kg001")[0].sku == "KG001"
    assert {i.sku for i in catalog.search(demo_db, "sp000")} == {f"SP000{n}" for n in range(1, 10)}
    assert catalog.search(demo_db, demo_ean(4))[0].sku == "SP0004"
    assert catalog.search(demo_db, f"  {demo_ean(4)} ")[0].sku == "SP0004"


@pytest.mark.parametrize("query", ["", "   ", "!!!", '"', "*", "AND", "a OR b", "NEAR(",
                                   "sữa -", "'; DROP TABLE variants; --"])
def test_odd_queries_do_not_fail(demo_shop, query):
    assert isinstance(catalog.search(demo_shop[0], query), list)


def test_deactivated_items_are_not_found(demo_db: Database, demo_settings):
    cafe = catalog.search(demo_db, "ca phe sua da")[0]
    with demo_db.transaction() as s:
        s.execute(update(Variant).where(Variant.id == cafe.variant_id).values(active=False))
    assert "Cà phê sữa đá" not in names(catalog.search(demo_db, "ca phe sua da"))
    assert catalog.find_by_code(demo_db, cafe.sku) is None
    with pytest.raises(UnknownBarcode):
        catalog.scan(demo_db, cafe.sku, demo_settings)

    # A whole product switched off hides its variants too.
    peanut = catalog.search(demo_db, "dau phong")[0]
    with demo_db.transaction() as s:
        pid = s.get(Variant, peanut.variant_id).product_id
        s.execute(update(Product).where(Product.id == pid).values(active=False))
    assert peanut.variant_id not in {i.variant_id for i in catalog.search(demo_db, "dau phong")}
    with demo_db.session() as s:
        code = s.scalar(select(Barcode.code).where(Barcode.variant_id == peanut.variant_id))
    with pytest.raises(UnknownBarcode):
        catalog.scan(demo_db, code, demo_settings)
    assert catalog.search(demo_db, code) == []


@settings(max_examples=60)
@given(st.text(max_size=30))
def test_search_never_fails_on_any_text(demo_shop, query):
    db, _ = demo_shop
    found = catalog.search(db, query)
    assert len(found) <= catalog.SEARCH_LIMIT
    assert len({i.variant_id for i in found}) == len(found)


@settings(max_examples=40)
@given(st.sampled_from(["Cà phê sữa đá", "Bánh mì đặc biệt", "Trà đào cam sả",
                        "Nước mắm Nam Ngư", "Đường trắng Biên Hòa", "Thịt bò thăn",
                        "Xoài cát Hòa Lộc", "Sữa đặc Ông Thọ"]),
       st.data())
def test_any_accent_or_case_form_of_a_name_finds_it(demo_shop, name, data):
    db, _ = demo_shop
    words = name.split()
    # Each word as typed: with or without accents, any case, possibly cut to a prefix.
    typed = []
    for word in words:
        form = data.draw(st.sampled_from([word, fold(word), word.upper(), fold(word).upper()]))
        typed.append(form[: data.draw(st.integers(min(2, len(form)), len(form)))])
    query = " ".join(typed)
    assert any(n.startswith(name) for n in names(catalog.search(db, query))), query


# --- scan -----------------------------------------------------------------------------------

def test_weight_barcode_carries_the_weight(demo_db: Database, demo_settings):
    line = catalog.scan(demo_db, make_weight_barcode("00001", Decimal("1.234")), demo_settings)
    assert (line.sku, line.unit, line.quantity, line.weighed) == ("KG001", "kg",
                                                                  Decimal("1.234"), True)
    assert line.unit_price == 28000
    # Two weighings are two lines, never merged.
    basket = Basket()
    basket.add(line)
    basket.add(catalog.scan(demo_db, make_weight_barcode("00001", Decimal("0.5")),
                            demo_settings))
    assert [l.quantity for l in basket.lines] == [Decimal("1.234"), Decimal("0.500")]


def test_bad_scans_raise_and_write_nothing(demo_db: Database, demo_settings):
    before = snapshot(demo_db)
    unknown = ean13(999_999)
    with pytest.raises(UnknownBarcode) as missing:
        catalog.scan(demo_db, unknown, demo_settings)
    assert missing.value.code == unknown and unknown in str(missing.value)
    with pytest.raises(InvalidBarcode, match="check digit"):
        catalog.scan(demo_db, wrong_check(demo_ean(1)), demo_settings)
    with pytest.raises(InvalidBarcode):
        catalog.scan(demo_db, "   ", demo_settings)
    with pytest.raises(UnknownBarcode):
        catalog.scan(demo_db, "NO-SUCH-SKU", demo_settings)
    with pytest.raises(UnknownBarcode):  # a weighed code for an item that does not exist
        catalog.scan(demo_db, make_weight_barcode("99999", Decimal("1")), demo_settings)
    assert snapshot(demo_db) == before


@settings(max_examples=100)
@given(st.text(alphabet="0123456789", min_size=8, max_size=13))
def test_any_digit_string_scans_to_a_line_or_a_clear_error(demo_shop, digits):
    db, shop = demo_shop
    try:
        line = catalog.scan(db, digits, shop)
    except (UnknownBarcode, InvalidBarcode) as exc:
        assert str(exc)
    else:
        assert line.variant_id is not None and line.quantity >= 0


# --- local stock ----------------------------------------------------------------------------

def test_a_sale_reduces_local_stock(demo_db: Database, demo_settings):
    cashier = next(u for u in list_users(demo_db) if u.role == "cashier")
    basket = Basket()
    row = basket.add(catalog.scan(demo_db, "SP0001", demo_settings))
    basket.set_quantity(row, Decimal(3))
    basket.add(catalog.scan(demo_db, make_weight_barcode("00001", Decimal("0.75")),
                            demo_settings))
    piece, kg = basket.lines[0].variant_id, basket.lines[1].variant_id
    assert local_stock(demo_db, piece, "shop") == 200
    assert local_stock(demo_db, kg, "shop") == 50

    complete_sale(demo_db, basket, [Tender(CASH, 1_000_000)], cashier, demo_settings)
    assert local_stock(demo_db, piece, "shop") == 197
    assert local_stock(demo_db, kg, "shop") == Decimal("49.25")
    assert local_stock(demo_db, piece, "warehouse") == 0  # another location is untouched

    # The central store acknowledges: its level now includes the sale; the figure is stable.
    with demo_db.transaction() as s:
        s.execute(update(StockMovement).values(acknowledged=True))
        s.execute(update(StockLevel).where(StockLevel.variant_id == piece)
                  .values(quantity_milli=197_000))
        s.execute(update(StockLevel).where(StockLevel.variant_id == kg)
                  .values(quantity_milli=49_250))
    assert local_stock(demo_db, piece, "shop") == 197
    assert local_stock(demo_db, kg, "shop") == Decimal("49.25")


def test_stock_of_an_item_with_no_level_is_its_movements(demo_db: Database, demo_settings):
    cafe = catalog.find_by_code(demo_db, "CF0161")
    assert local_stock(demo_db, cafe.variant_id, "shop") == 0  # the café has no stock level
    with demo_db.transaction() as s:
        s.add(StockMovement(variant_id=cafe.variant_id, location="shop", quantity_milli=-2000,
                            kind="sale"))
    assert local_stock(demo_db, cafe.variant_id, "shop") == -2


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(-5_000_000, 5_000_000), st.booleans()), max_size=8),
       st.sampled_from(["SP0002", "KG002", "CF0165"]))
def test_local_stock_is_level_plus_unacknowledged_movements(demo_shop, movements, sku):
    db, _ = demo_shop
    vid = catalog.find_by_code(db, sku).variant_id
    before = local_stock(db, vid, "shop")
    with db.transaction() as s:
        for qty, acked in movements:
            s.add(StockMovement(variant_id=vid, location="shop", quantity_milli=qty,
                                kind="adjustment", acknowledged=acked))
    expected = before + Decimal(sum(q for q, acked in movements if not acked)) / 1000
    assert local_stock(db, vid, "shop") == expected
