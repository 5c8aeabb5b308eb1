"""A busy Vietnamese receipt: two tax rates, a line discount, cash rounding, split tender."""

from datetime import datetime
from decimal import Decimal

from pos.domain.receipt import (
    Receipt,
    ReceiptDiscount,
    ReceiptLine,
    ReceiptTaxBand,
    ReceiptTender,
    ShopHeader,
)

ITEM_NAMES = ("Cà phê sữa đá", "Bánh mì đặc biệt", "Nước suối")
QR_PAYLOAD = "https://shop.example.vn/r/6f1c2a9e-1b7d-4c1e-9a51-3f0d7e2b8c44"


def vnd(minor: int) -> str:
    """What babel's vi_VN formatter prints: dot groups, non-breaking space, dong sign."""
    sign = "-" if minor < 0 else ""
    return f"{sign}{abs(minor):,}".replace(",", ".") + "\xa0₫"


def sample_receipt(paper_width_mm: int = 58, **changes) -> Receipt:
    lines = (
        ReceiptLine("Cà phê sữa đá", Decimal(2), "piece", 25000, 50000,
                    (ReceiptDiscount("Giảm giá 10%", 5000),), 45000, 800),
        ReceiptLine("Bánh mì đặc biệt", Decimal(1), "piece", 35000, 35000, (), 35000, 800),
        ReceiptLine("Nước suối", Decimal(3), "piece", 10100, 30300, (), 30300, 1000),
    )
    fields = dict(
        shop=ShopHeader("Tiệm Cà Phê Ông Bầu", "12 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh",
                        "0312345678", "028 3823 4567"),
        receipt_no="T01-000123",
        sale_uuid="6f1c2a9e-1b7d-4c1e-9a51-3f0d7e2b8c44",
        created_at=datetime(2024, 5, 1, 14, 2),
        cashier="Trần Thị Lan",
        customer="Nguyễn Văn Đức",
        lines=lines,
        subtotal=115300,
        discount_total=5000,
        tax_bands=(ReceiptTaxBand(800, 74074, 5926, 80000), ReceiptTaxBand(1000, 27545, 2755, 30300)),
        tax_total=8681,
        rounding=200,  # 110.300 to the nearest 500 dong
        total=110500,
        tenders=(ReceiptTender("card", 50000, "VISA ****4242"), ReceiptTender("cash", 100000)),
        change=39500,
        currency="VND",
        footer="Cảm ơn quý khách! Hẹn gặp lại.",
        qr_payload=QR_PAYLOAD,
        paper_width_mm=paper_width_mm,
        tax_inclusive=True,
    )
    fields.update(changes)
    return Receipt(**fields)
