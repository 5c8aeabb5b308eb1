"""Bulk apply of pulled product and stock pages (sync/apply_catalogue.py), on a real shop
database file, without a store: pages are applied as the engine does (one transaction each).

The last test plays random pages through the bulk apply and through the one-by-one apply it
replaced (kept below as the reference) and compares the two databases row for row."""
from __future__ import annotations

import random
from decimal import Decimal

from sqlalchemy import delete, select, text, update

from pos.app import open_shop
from pos.db.models import Barcode, Category, Product, StockLevel, Variant, utcnow
from pos.services import catalog
from pos.services.catalog_import import search_text
from sync.apply import apply_page
from sync.records import Page, ProductRecord, StockRecord, VariantRecord


def apply(db, *records, resource="products"):
    with db.transaction() as s:
        return apply_page(s, Page(resource, tuple(records), None, more=False), "shop")


def variant(db, **where):
    with db.session() as s:
        return s.execute(select(Variant).filter_by(**where)).scalar_one()


def codes(db, variant_id):
    with db.session() as s:
        return set(s.scalars(select(Barcode.code).where(Barcode.variant_id == variant_id)))


PHO = ProductRecord("prod_pho", "Phở bò Nam Định", "Món nước", 800, "piece", (
    VariantRecord("var_pho_s", "PHO-S", "Phở bò Nam Định nhỏ", 45_000, ("8930000000011",)),
    VariantRecord("var_pho_l", "PHO-L", "Phở bò Nam Định lớn", 60_000, ("8930000000028",)),
))


def test_search_finds_a_pulled_vietnamese_name_typed_without_accents(empty_db):
    apply(empty_db, PHO, ProductRecord("prod_dd", "Đậu đũa", "Rau", 0, "kg", (
        VariantRecord("var_dd", "DD-1", "Đậu đũa Đà Lạt", 20_000),)))
    assert {i.sku for i in catalog.search(empty_db, "pho bo nam dinh")} == {"PHO-S", "PHO-L"}
    assert [i.sku for i in catalog.search(empty_db, "dau dua da lat")] == ["DD-1"]  # đ -> d
    assert [i.sku for i in catalog.search(empty_db, "Đậu")] == ["DD-1"]
    [item] = catalog.search(empty_db, "pho-l")
    assert (item.price, item.unit, item.tax_rate_bp, item.category) == (60_000, "piece", 800,
                                                                          "Món nước")
    assert catalog.find_by_code(empty_db, "8930000000028").sku == "PHO-L"
    renamed = ProductRecord("prod_dd", "Đỗ đũa", "Rau", 0, "kg", (
        VariantRecord("var_dd", "DD-1", "Đỗ đũa Đà Lạt", 20_000),))
    apply(empty_db, renamed)
    assert catalog.search(empty_db, "dau dua") == []
    assert [i.name for i in catalog.search(empty_db, "do dua")] == ["Đỗ đũa Đà Lạt"]


def test_a_local_variant_with_the_same_sku_is_adopted_and_the_store_wins(demo_db):
    local = variant(demo_db, id=1)
    with demo_db.transaction() as s:
        s.execute(update(Variant).where(Variant.id == local.id).values(quick_key=3))
        s.merge(StockLevel(variant_id=local.id, location="shop", quantity_milli=5_000))
    record = ProductRecord("prod_x", "Hàng của cửa hàng online", "", 1000, "piece", (
        VariantRecord("var_x", local.sku, "Tên trên web", 12_345, ("8930000000035",)),))
    apply(demo_db, record)
    adopted = variant(demo_db, remote_id="var_x")
    assert adopted.id == local.id and adopted.quick_key == 3  # same row: sales, stock, key
    assert (adopted.name, adopted.price, adopted.active) == ("Tên trên web", 12_345, True)
    assert codes(demo_db, local.id) == {"8930000000035"}  # the store's barcodes only
    assert [i.variant_id for i in catalog.search(demo_db, "ten tren web")] == [local.id]
    with demo_db.session() as s:
        assert s.get(StockLevel, (local.id, "shop")).quantity_milli == 5_000
        assert s.scalar(select(Product.remote_id).where(Product.id == adopted.product_id)) \
            == "prod_x"


def test_variants_missing_from_the_record_are_deactivated_and_deleted_products_retired(empty_db):
    apply(empty_db, PHO)
    apply(empty_db, ProductRecord("prod_pho", PHO.title, PHO.category, 800, "piece",
                                  PHO.variants[:1]))
    assert variant(empty_db, sku="PHO-L").active is False
    assert [i.sku for i in catalog.search(empty_db, "pho bo")] == ["PHO-S"]
    assert catalog.find_by_code(empty_db, "8930000000028") is None
    apply(empty_db, PHO)  # listed again online: sellable again
    assert variant(empty_db, sku="PHO-L").active is True
    apply(empty_db, ProductRecord("prod_pho", PHO.title, deleted=True),
          ProductRecord("prod_unknown", "never pulled", deleted=True))
    assert catalog.search(empty_db, "pho bo") == []
    with empty_db.session() as s:
        assert s.scalar(select(Product.active).where(Product.remote_id == "prod_pho")) is False
        assert s.scalar(select(Product.id).where(Product.remote_id == "prod_unknown")) is None
        assert set(s.scalars(select(Variant.active))) == {False}


def test_a_price_changed_online_wins_and_a_missing_price_stops_the_sale(empty_db):
    apply(empty_db, PHO)
    small = variant(empty_db, sku="PHO-S")
    with empty_db.transaction() as s:  # changed at the till meanwhile
        s.execute(update(Variant).where(Variant.id == small.id).values(price=1, name="x"))
    cheaper = VariantRecord("var_pho_s", "PHO-S", "Phở bò Nam Định nhỏ", 40_000,
                            ("8930000000011",))
    apply(empty_db, ProductRecord("prod_pho", PHO.title, PHO.category, 800, "piece",
                                  (cheaper, PHO.variants[1])))
    after = variant(empty_db, id=small.id)
    assert (after.price, after.name) == (40_000, "Phở bò Nam Định nhỏ")
    no_price = VariantRecord("var_pho_s", "PHO-S", "Phở bò Nam Định nhỏ", None, ())
    apply(empty_db, ProductRecord("prod_pho", PHO.title, PHO.category, 800, "piece",
                                  (no_price, PHO.variants[1])))
    after = variant(empty_db, id=small.id)
    assert (after.price, after.active) == (40_000, False)  # kept, but not for sale


def test_barcodes_follow_the_store_and_a_moved_code_leaves_its_old_variant(empty_db):
    apply(empty_db, PHO)
    small, large = variant(empty_db, sku="PHO-S"), variant(empty_db, sku="PHO-L")
    moved = ProductRecord("prod_pho", PHO.title, PHO.category, 800, "piece", (
        VariantRecord("var_pho_s", "PHO-S", "Phở bò Nam Định nhỏ", 45_000, ("8930000000042",)),
        VariantRecord("var_pho_l", "PHO-L", "Phở bò Nam Định lớn", 60_000,
                      ("8930000000028", "8930000000011")),
    ))
    apply(empty_db, moved)
    assert codes(empty_db, small.id) == {"8930000000042"}
    assert codes(empty_db, large.id) == {"8930000000028", "8930000000011"}
    assert catalog.find_by_code(empty_db, "8930000000011").sku == "PHO-L"
    other = ProductRecord("prod_other", "Bún chả", "", 0, "piece", (
        VariantRecord("var_bun", "BUN", "Bún chả Hà Nội", 50_000, ("8930000000042",)),))
    apply(empty_db, other)  # another product's variant takes a code
    assert codes(empty_db, small.id) == set()
    assert catalog.find_by_code(empty_db, "8930000000042").sku == "BUN"


def test_an_unchanged_page_writes_nothing(empty_db):
    apply(empty_db, PHO)
    with empty_db.transaction() as s:
        s.execute(update(Variant).values(updated_at=utcnow().replace(year=2000)))
    apply(empty_db, PHO)
    with empty_db.session() as s:
        assert {d.year for d in s.scalars(select(Variant.updated_at))} == {2000}


def test_stock_levels_per_location_by_remote_id_or_sku(empty_db):
    apply(empty_db, PHO)
    small, large = variant(empty_db, sku="PHO-S"), variant(empty_db, sku="PHO-L")
    levels = (StockRecord("var_pho_s", "shop", Decimal(12)),
              StockRecord("", "sloc_web", Decimal("2.5"), "PHO-L"),
              StockRecord("var_unknown", "shop", Decimal(1), "NOT-HERE"))
    assert apply(empty_db, *levels, resource="stock") == 2
    assert apply(empty_db, StockRecord("", "shop", Decimal(7), "PHO-S"), resource="stock") == 1
    with empty_db.session() as s:
        got = {(r.variant_id, r.location): r.quantity_milli for r in s.scalars(select(StockLevel))}
    assert got == {(small.id, "shop"): 7_000, (large.id, "sloc_web"): 2_500}


# -- the one-by-one apply the bulk one replaced, as the reference of its rules -------------

def _ref_apply(s, records):
    for record in records:
        if record.deleted:
            product = s.scalar(select(Product).where(Product.remote_id == record.remote_id))
            if product is not None:
                product.active = False
                s.execute(update(Variant).where(Variant.product_id == product.id)
                          .values(active=False))
        else:
            _ref_upsert_product(s, record)


def _ref_category_id(s, name):
    if not name:
        return None
    cat = s.scalar(select(Category).where(Category.name == name))
    if cat is None:
        cat = Category(name=name)
        s.add(cat)
        s.flush()
    return cat.id


def _ref_upsert_product(s, record):
    product = s.scalar(select(Product).where(Product.remote_id == record.remote_id))
    if product is None:
        product = Product(remote_id=record.remote_id, name=record.title)
        s.add(product)
    product.name, product.tax_rate_bp, product.unit = record.title, record.tax_rate_bp, record.unit
    product.category_id, product.active = _ref_category_id(s, record.category), True
    s.flush()
    seen = set()
    for v in record.variants:
        found = (s.scalar(select(Variant).where(Variant.remote_id == v.remote_id))
                 or s.scalar(select(Variant).where(Variant.sku == v.sku)))
        if found is None:
            found = Variant(sku=v.sku, product_id=product.id, price=0)
            s.add(found)
        found.remote_id, found.product_id, found.sku = v.remote_id, product.id, v.sku
        found.name, found.active = v.title, v.price is not None
        found.price = v.price if v.price is not None else found.price
        found.search_text = search_text(v.title, v.sku)
        s.flush()
        s.execute(delete(Barcode).where(Barcode.variant_id == found.id))
        s.execute(delete(Barcode).where(Barcode.code.in_(v.barcodes)))
        s.add_all(Barcode(code=c, variant_id=found.id) for c in dict.fromkeys(v.barcodes))
        seen.add(found.id)
    s.execute(update(Variant).where(Variant.product_id == product.id, Variant.id.not_in(seen))
              .values(active=False))


def _random_pages(rng: random.Random, local_skus: list[str], n_pages: int):
    """Products and variants that get renamed, repriced, lose or gain variants and codes,
    take SKUs of the till's own items, move between products, are deleted and come back."""
    skus = [local_skus[i // 7] if i % 7 == 3 else f"R-{i}" for i in range(30)]  # some adopted
    pages = []
    for _ in range(n_pages):
        records = []
        for _ in range(rng.randint(1, 8)):
            p = rng.randrange(12)
            if rng.random() < 0.12:
                records.append(ProductRecord(f"p{p}", "", deleted=True))
                continue
            variants, used = [], set()
            for _ in range(rng.randint(0, 4)):
                v = rng.randrange(30)
                sku = skus[v] if rng.random() < 0.95 else rng.choice(skus)  # SKU changed
                if v in used or sku in {x.sku for x in variants}:
                    continue
                used.add(v)
                name = rng.choice(["Cà phê sữa đá", "Bánh mì", "Nước mắm Phú Quốc", "Đậu hũ",
                                   "Trà đá"]) + f" {v}"
                price = None if rng.random() < 0.1 else rng.choice([10_000, 12_000, 15_500])
                codes_ = tuple(f"20000000{rng.randrange(25):05d}" for _ in range(rng.randint(0, 2)))
                variants.append(VariantRecord(f"v{v}", sku, name, price, codes_))
            records.append(ProductRecord(f"p{p}", rng.choice(["Cà phê", "Bánh", "Gia vị"]) +
                                         f" {p}", rng.choice(["", "Đồ uống", "Đồ ăn", "Rau củ"]),
                                         rng.choice([0, 500, 1000]),
                                         rng.choice(["piece", "kg"]), tuple(variants)))
        pages.append(tuple(records))
    return pages


def _snapshot(db):
    with db.session() as s:
        return {
            "products": sorted(s.execute(text(
                "SELECT p.id, p.remote_id, p.name, c.name, p.tax_rate_bp, p.unit, p.active "
                "FROM products p LEFT JOIN categories c ON c.id = p.category_id")).all()),
            "variants": sorted(s.execute(text(
                "SELECT id, product_id, remote_id, sku, name, price, active, quick_key, "
                "search_text FROM variants")).all()),
            "barcodes": sorted(s.execute(text("SELECT code, variant_id FROM barcodes")).all()),
            "fts": sorted(s.execute(text(
                "SELECT rowid FROM variants_fts WHERE variants_fts MATCH 'ca* OR banh OR nuoc "
                "OR dau OR tra OR r*'")).all()),
        }


def test_random_pages_give_the_same_database_as_the_one_by_one_apply(tmp_path):
    bulk, ref = open_shop(tmp_path / "bulk"), open_shop(tmp_path / "ref")  # demo catalogue
    try:
        with bulk.session() as s:
            local_skus = list(s.scalars(select(Variant.sku).order_by(Variant.id).limit(10)))
        assert _snapshot(bulk) == _snapshot(ref)
        failures = rescued = 0
        for seed in range(6):
            for records in _random_pages(random.Random(seed), local_skus, 15):
                outcome, why = [], []
                for db, run in ((bulk, lambda s: apply_page(
                        s, Page("products", records, None, False), "shop")),
                                (ref, lambda s: _ref_apply(s, records))):
                    try:
                        with db.transaction() as s:
                            run(s)
                        outcome.append("ok")
                    except Exception as exc:  # a SKU taken twice fails both ways
                        outcome.append(type(exc).__name__)
                        why.append(str(exc).splitlines()[0])
                if outcome == ["ok", "IntegrityError"]:
                    # the one-by-one apply failed on a SKU passed from one variant to another
                    # within the page; the bulk one writes only the page's end state
                    rescued += 1
                    bulk.backup_to(ref.path)
                    continue
                assert outcome[0] == outcome[1], (seed, records, why)
                failures += outcome[0] != "ok"
                assert _snapshot(bulk) == _snapshot(ref), (seed, records)
        assert bulk.integrity_ok()
        with bulk.transaction() as s:  # raises if the index and the table differ
            s.execute(text("INSERT INTO variants_fts(variants_fts) VALUES ('integrity-check')"))
        assert failures + rescued < 30  # most pages apply
    finally:
        bulk.close()
        ref.close()
