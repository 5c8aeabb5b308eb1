"""Reproducible benchmark data: a Vietnamese-like catalogue (as CSV for the importer), what the
cashier scans and types, a shop with a cashier and a manager, and the columns of the sales
tables for writing history straight into them (benchmarks/sales_history.py)."""
from __future__ import annotations

import csv
import random
import sqlite3
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from pos.domain.barcode import ean_check_digit, make_weight_barcode, parse_scan, DEFAULT_RULES
from pos.domain.text import fold

INITIALS = ("b c ch d đ g gi h kh l m n ng nh ph qu s t th tr v x").split()
NUCLEI = ("a ă â e ê i o ô ơ u ư y ươ iê uô oa").split()
FINALS = ("", "", "", "c", "m", "n", "ng", "nh", "t", "p", "i", "o", "u")
TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # ngang huyền sắc hỏi ngã nặng

# (kind of product, category, tax %, unit, price range in VND)
KINDS = (
    ("Cà phê", "Đồ uống", 10, "piece", (15_000, 250_000)),
    ("Trà", "Đồ uống", 10, "piece", (8_000, 180_000)),
    ("Nước suối", "Đồ uống", 10, "piece", (4_000, 25_000)),
    ("Nước ngọt", "Đồ uống", 10, "piece", (8_000, 30_000)),
    ("Bia", "Đồ uống", 10, "piece", (12_000, 400_000)),
    ("Sữa tươi", "Sữa", 5, "piece", (7_000, 60_000)),
    ("Sữa chua", "Sữa", 5, "piece", (6_000, 45_000)),
    ("Sữa đặc", "Sữa", 5, "piece", (20_000, 40_000)),
    ("Bánh quy", "Bánh kẹo", 8, "piece", (10_000, 120_000)),
    ("Bánh gạo", "Bánh kẹo", 8, "piece", (10_000, 60_000)),
    ("Kẹo", "Bánh kẹo", 8, "piece", (5_000, 80_000)),
    ("Mì gói", "Mì & đồ khô", 8, "piece", (3_500, 150_000)),
    ("Phở ăn liền", "Mì & đồ khô", 8, "piece", (8_000, 60_000)),
    ("Gạo", "Mì & đồ khô", 5, "piece", (20_000, 250_000)),
    ("Đậu phộng", "Mì & đồ khô", 8, "piece", (15_000, 90_000)),
    ("Nước mắm", "Gia vị", 8, "piece", (15_000, 120_000)),
    ("Nước tương", "Gia vị", 8, "piece", (10_000, 60_000)),
    ("Dầu ăn", "Gia vị", 8, "piece", (30_000, 200_000)),
    ("Đường", "Gia vị", 8, "piece", (15_000, 60_000)),
    ("Muối", "Gia vị", 8, "piece", (4_000, 20_000)),
    ("Dầu gội", "Hoá mỹ phẩm", 10, "piece", (30_000, 250_000)),
    ("Kem đánh răng", "Hoá mỹ phẩm", 10, "piece", (15_000, 90_000)),
    ("Bột giặt", "Hoá mỹ phẩm", 10, "piece", (25_000, 300_000)),
    ("Xà phòng", "Hoá mỹ phẩm", 10, "piece", (10_000, 80_000)),
    ("Bút bi", "Văn phòng phẩm", 10, "piece", (3_000, 50_000)),
    ("Vở", "Văn phòng phẩm", 10, "piece", (6_000, 60_000)),
    ("Sách", "Sách báo", 0, "piece", (30_000, 300_000)),
    ("Chả giò", "Đông lạnh", 8, "piece", (35_000, 120_000)),
    ("Há cảo", "Đông lạnh", 8, "piece", (30_000, 100_000)),
    ("Thịt heo", "Tươi sống", 5, "kg", (90_000, 180_000)),
    ("Thịt bò", "Tươi sống", 5, "kg", (200_000, 450_000)),
    ("Cá", "Tươi sống", 5, "kg", (60_000, 300_000)),
    ("Tôm", "Tươi sống", 5, "kg", (150_000, 450_000)),
    ("Rau", "Rau củ quả", 0, "kg", (10_000, 60_000)),
    ("Xoài", "Rau củ quả", 5, "kg", (30_000, 90_000)),
    ("Chuối", "Rau củ quả", 5, "kg", (15_000, 40_000)),
)
FLAVOURS = ("dâu", "cam", "chanh", "sô cô la", "vani", "đào", "bạc hà", "không đường", "ít đường",
            "cay", "tôm chua cay", "sả", "gừng", "mật ong", "dừa", "sầu riêng", "đặc biệt", "")
SIZES = ("180ml", "330ml", "500ml", "1L", "1,5L", "100g", "250g", "500g", "1kg", "5kg", "gói",
         "hộp", "lốc 4", "lốc 6", "thùng 24", "chai", "lon", "túi")
ORIGINS = ("Đà Lạt", "Úc", "Mỹ", "Cần Thơ", "Bến Tre", "Hòa Lộc", "Phú Quốc", "Sơn La", "hữu cơ",
           "")
TERMINAL = "T1"


def syllable(rng: random.Random) -> str:
    nucleus = rng.choice(NUCLEI)
    marked = nucleus + rng.choice(TONES)  # tone on the nucleus's last vowel
    return unicodedata.normalize("NFC", rng.choice(INITIALS) + marked + rng.choice(FINALS))


def brand(rng: random.Random) -> str:
    return " ".join(syllable(rng).capitalize() for _ in range(rng.choice((1, 2, 2, 3))))


@dataclass(frozen=True)
class Item:
    sku: str
    name: str
    barcodes: tuple[str, ...]
    price: int  # VND (0 decimals: major = minor)
    tax_percent: int
    unit: str
    category: str
    stock: str


def catalogue(n: int, seed: int) -> list[Item]:
    rng = random.Random(seed)
    brands = [brand(rng) for _ in range(max(50, n // 60))]
    items, kg_no = [], 0
    weights = [0.2 if k[3] == "kg" else 1.0 for k in KINDS]  # about 5 % weighed items
    for i in range(1, n + 1):
        kind, top, tax, unit, (low, high) = rng.choices(KINDS, weights)[0]
        price = rng.randrange(low, high + 1, 500)
        if unit == "kg" and kg_no < 99_999:
            kg_no += 1
            code = make_weight_barcode(f"{kg_no:05d}", Decimal(0))  # the scale fills the weight
            name = " ".join(w for w in (kind, rng.choice(ORIGINS), rng.choice(brands)) if w)
            stock = f"{rng.randrange(0, 200_000) / 1000:.3f}"
        else:
            unit = "piece"
            body = f"893{i:09d}"
            code = body + ean_check_digit(body)
            name = " ".join(w for w in (kind, rng.choice(brands), rng.choice(FLAVOURS),
                                        rng.choice(SIZES)) if w)
            stock = str(rng.randrange(0, 500))
        codes = (code,)
        if rng.random() < 0.1:  # a second code (e.g. the carton) on some items
            body = f"894{i:09d}"
            codes += (body + ean_check_digit(body),)
        items.append(Item(f"BM{i:07d}", name, codes, price, tax, unit, f"{top} › {kind}", stock))
    return items


def write_csv(items: list[Item], path: Path) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(("sku", "name", "barcode", "price", "tax_rate", "unit", "category", "stock"))
        for it in items:
            w.writerow((it.sku, it.name, "|".join(it.barcodes), it.price, it.tax_percent, it.unit,
                        it.category, it.stock))
    return path


# -- what the cashier types or scans -------------------------------------------------------

def scan_codes(items: list[Item], n: int, rng: random.Random) -> list[tuple[str, str]]:
    """n scans as (what the scanner sends, the code the catalogue is looked up by)."""
    out = []
    for _ in range(n):
        it = rng.choice(items)
        if it.unit == "kg":
            raw = make_weight_barcode(it.barcodes[0][2:7], Decimal(rng.randrange(100, 3000)) / 1000)
        else:
            raw = rng.choice(it.barcodes)
        out.append((raw, parse_scan(raw, DEFAULT_RULES).lookup_code))
    return out


def queries(items: list[Item], n: int, length: int, rng: random.Random) -> list[str]:
    """As-you-type queries of `length` characters taken from item names at a word start,
    typed half of the time with Vietnamese accents and half of the time without."""
    out = []
    while len(out) < n:
        words = rng.choice(items).name.lower().split()
        start = rng.randrange(len(words))
        text = " ".join(words[start:])[:length].strip()
        if len(text) < length or len(fold(text)) < length:
            continue
        out.append(text if rng.random() < 0.5 else fold(text))
    return out


# -- historical sales: the columns benchmarks/sales_history.py writes -----------------------

def _required_extras(conn: sqlite3.Connection, table: str, columns: tuple[str, ...]) -> tuple:
    """NOT NULL columns without a default that `columns` leaves out (the schema grows): 0/''."""
    extra = []
    for _, name, type_, notnull, default, pk in conn.execute(f"PRAGMA table_info({table})"):
        if notnull and default is None and not pk and name not in columns:
            extra.append((name, "" if "CHAR" in type_.upper() or "TEXT" in type_.upper() else 0))
    return tuple(extra)


def insert_sql(conn: sqlite3.Connection, table: str, columns: tuple[str, ...]) -> tuple[str, tuple]:
    """An INSERT for columns, plus the constant values for required columns it does not name."""
    extra = _required_extras(conn, table, columns)
    names = columns + tuple(n for n, _ in extra)
    sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    return sql, tuple(v for _, v in extra)


SALE_COLS = ("id", "terminal_id", "receipt_no", "created_at", "cashier_id", "customer_id",
             "currency", "tax_inclusive", "subtotal", "discount_total", "tax_total", "rounding",
             "total", "change", "status")
LINE_COLS = ("sale_id", "line_no", "variant_id", "sku", "name", "quantity_milli", "unit",
             "unit_price", "price_overridden", "gross", "line_discount", "order_discount",
             "tax_rate_bp", "tax", "total")
PAYMENT_COLS = ("sale_id", "method", "amount", "tendered", "reference")


# -- the shop ------------------------------------------------------------------------------

MANAGER, MANAGER_PIN = "Quản lý", "9999"  # runs the commands that need a manager's PIN


def create_shop(data_dir: Path):
    """A fresh, empty shop (no demo catalogue) with shop settings and one cashier."""
    from pos.app import open_shop
    from pos.services.settings import load_settings, save_settings
    from pos.services.shifts import open_shift
    from pos.services.users import add_user

    db = open_shop(data_dir, create_demo=False)
    save_settings(db, shop_name="Cửa hàng Benchmark", cash_rounding_step=500,
                  terminal_id=TERMINAL)
    owner = add_user(db, "Chủ cửa hàng", "admin", "7777")  # the first user needs no approval
    user = add_user(db, "Thu ngân", "cashier", "1111", by=owner)
    add_user(db, MANAGER, "manager", MANAGER_PIN, by=owner)  # the dashboard is for managers
    open_shift(db, user, 0, load_settings(db))  # a sale needs an open shift
    return db, user
