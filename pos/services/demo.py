"""The embedded demo shop: a Vietnamese mini-mart/café that runs out of the box."""
from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select, update

from pos.db.engine import Database
from pos.db.models import User, Variant
from pos.domain.barcode import ean_check_digit, make_weight_barcode
from pos.services.catalog_import import ImportRow, _write
from pos.services.settings import write_settings
from pos.services.users import hash_pin

DEMO_USERS = (("Lan", "cashier", "1111"), ("Minh", "manager", "9999"), ("Admin", "admin", "0000"))

# (category, tax %, [(name, price VND)], sizes) — sizes multiply into variants
PACKAGED = [
    ("Đồ uống", 10, [("Nước suối Lavie", 6000), ("Coca-Cola", 10000), ("Pepsi", 10000),
                      ("Trà xanh Không Độ", 10000), ("Sting dâu", 12000), ("Bia Sài Gòn", 16000),
                      ("Bia Hà Nội", 15000), ("Sữa đậu nành Fami", 7000), ("Nước cam ép", 15000),
                      ("Trà Ô Long Tea+", 11000)], ("330ml", "500ml", "1,5L")),
    ("Sữa", 5, [("Sữa tươi Vinamilk", 8000), ("Sữa chua TH", 7000), ("Sữa đặc Ông Thọ", 25000),
                ("Sữa Milo", 9000), ("Sữa tươi TH True Milk", 9000)], ("180ml", "1L", "lốc 4")),
    ("Mì & đồ khô", 8, [("Mì Hảo Hảo tôm chua cay", 4500), ("Phở bò ăn liền", 12000),
                        ("Miến Phú Hương", 11000), ("Gạo ST25", 38000), ("Đậu phộng rang", 25000),
                        ("Bún khô", 15000), ("Cháo ăn liền", 7000), ("Hạt điều rang muối", 95000)],
     ("gói", "lốc 5", "thùng")),
    ("Gia vị", 8, [("Nước mắm Nam Ngư", 32000), ("Nước tương Chinsu", 18000), ("Muối i-ốt", 6000),
                   ("Đường trắng Biên Hòa", 28000), ("Dầu ăn Neptune", 55000),
                   ("Hạt nêm Knorr", 42000), ("Tương ớt Chinsu", 15000)], ("nhỏ", "vừa", "lớn")),
    ("Bánh kẹo", 8, [("Bánh Chocopie", 45000), ("Kẹo dừa Bến Tre", 30000), ("Bánh quy Cosy", 25000),
                     ("Snack khoai tây Lay's", 12000), ("Bánh gạo One One", 20000),
                     ("Kẹo bạc hà", 10000)], ("gói", "hộp", "thùng")),
    ("Hoá mỹ phẩm", 10, [("Dầu gội Clear", 65000), ("Kem đánh răng P/S", 28000),
                          ("Nước rửa chén Sunlight", 32000), ("Bột giặt OMO", 48000),
                          ("Khăn giấy Pulppy", 18000), ("Xà phòng Lifebuoy", 17000)],
     ("nhỏ", "vừa", "lớn")),
    ("Đông lạnh", 8, [("Chả giò rế", 55000), ("Há cảo tôm", 48000), ("Kem Merino", 15000),
                      ("Xúc xích Đức Việt", 42000), ("Bánh bao nhân thịt", 35000),
                      ("Cá viên chiên", 38000), ("Đậu Hà Lan đông lạnh", 30000),
                      ("Nem chua Thanh Hóa", 45000)], ("gói", "hộp")),
    ("Văn phòng phẩm", 10, [("Bút bi Thiên Long", 5000), ("Vở kẻ ngang", 12000),
                            ("Băng keo trong", 8000), ("Pin AA Panasonic", 18000),
                            ("Bật lửa", 5000), ("Giấy A4 Double A", 75000)], ("cái", "hộp", "thùng")),
]
CAFE = [("Cà phê sữa đá", 25000), ("Cà phê đen đá", 20000), ("Bạc xỉu", 29000),
        ("Trà đào cam sả", 35000), ("Sinh tố bơ", 39000), ("Nước ép dưa hấu", 30000),
        ("Bánh mì đặc biệt", 25000), ("Bánh mì trứng", 18000), ("Bánh bao", 15000),
        ("Xôi gà", 25000), ("Trà sữa trân châu", 32000), ("Cacao đá", 28000),
        ("Trà chanh", 15000), ("Nước dừa tươi", 25000), ("Đá me", 22000), ("Sữa chua đánh đá", 20000)]
WEIGHED = [("Chuối già", 28000), ("Táo Envy", 120000), ("Cam sành", 35000), ("Xoài cát Hòa Lộc", 65000),
           ("Thịt ba chỉ", 145000), ("Thịt bò thăn", 320000), ("Cá basa phi lê", 90000),
           ("Tôm thẻ", 220000), ("Cà chua", 25000), ("Rau muống", 20000), ("Khoai lang", 30000),
           ("Nho xanh", 150000)]
SIZE_FACTOR = {"330ml": 1, "500ml": Decimal("1.4"), "1,5L": Decimal("2.5"), "180ml": 1, "1L": 4,
               "gói": 1, "thùng": 28, "nhỏ": 1, "lớn": Decimal("1.8"), "hộp": Decimal("2.2"),
               "lốc 4": 4, "lốc 5": 5, "vừa": Decimal("1.4"), "cái": 1}
VAT_FOOD_SERVICE = 800  # 8 %


def demo_ean(n: int) -> str:
    body = f"893{n:09d}"  # 893: GS1 Vietnam
    return body + ean_check_digit(body)


def demo_rows() -> list[ImportRow]:
    rows, n = [], 0
    for category, tax, items, sizes in PACKAGED:
        for name, price in items:
            for size in sizes:
                n += 1
                rows.append(ImportRow(n, f"SP{n:04d}", f"{name} {size}", (demo_ean(n),),
                                      int(price * SIZE_FACTOR[size] // 500 * 500), tax * 100,
                                      "piece", category, 200 * 1000))
    for name, price in CAFE:
        n += 1
        rows.append(ImportRow(n, f"CF{n:04d}", name, (demo_ean(n),), price, VAT_FOOD_SERVICE,
                              "piece", "Quán cà phê", None))
    for i, (name, price) in enumerate(WEIGHED, start=1):
        n += 1
        code = make_weight_barcode(f"{i:05d}", Decimal(0))
        rows.append(ImportRow(n, f"KG{i:03d}", name, (code,), price, 500, "kg", "Tươi sống",
                              50 * 1000))
    return rows


def create_demo_shop(db: Database) -> None:
    with db.transaction() as s:
        if s.scalar(select(User.id).limit(1)) is not None:
            return
        write_settings(s, shop_name="Cửa hàng Demo Omnipos", demo=True,
                       shop_address="12 Nguyễn Huệ, Quận 1, TP. Hồ Chí Minh",
                       shop_tax_code="0312345678", shop_phone="028 3822 1234",
                       cash_rounding_step=500, bank_bin="970436", bank_account="0071000123456",
                       bank_account_name="CUA HANG DEMO")
        for name, role, pin in DEMO_USERS:
            s.add(User(name=name, role=role, pin_hash=hash_pin(pin)))
        _write(s, demo_rows(), "shop")
        _set_quick_keys(s)


def _set_quick_keys(s) -> None:
    favourites = [f"CF{n:04d}" for n in range(1, 400)] + ["SP0001", "SP0004", "SP0016", "KG001"]
    skus = s.scalars(select(Variant.sku).where(Variant.sku.in_(favourites)).order_by(Variant.id))
    for position, sku in enumerate(list(skus)[:20], start=1):
        s.execute(update(Variant).where(Variant.sku == sku).values(quick_key=position))


def open_demo_shift(db: Database) -> None:
    """Open the demo till's shift (zero float, by the demo manager) unless one is open: for
    scripts, benchmarks and tests that sell without the login screen offering it."""
    from pos.services.settings import load_settings
    from pos.services.shifts import current_shift, open_shift
    from pos.services.users import list_users

    settings = load_settings(db)
    if current_shift(db, settings) is None:
        manager = next(u for u in list_users(db) if u.role == "manager")
        open_shift(db, manager, 0, settings)
