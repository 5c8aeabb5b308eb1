"""The names Vietnamese customers know their banks by, from the 6-digit NAPAS BIN that a
VietQR code carries: the payment screen shows the payee's bank beside the QR so that the
cashier and the customer can check where the money goes before it is sent."""

from __future__ import annotations

BANK_NAMES = {
    "970400": "Saigonbank",
    "970403": "Sacombank",
    "970405": "Agribank",
    "970406": "DongA Bank",
    "970407": "Techcombank",
    "970408": "GPBank",
    "970409": "Bac A Bank",
    "970410": "Standard Chartered",
    "970412": "PVcomBank",
    "970414": "OceanBank",
    "970415": "VietinBank",
    "970416": "ACB",
    "970418": "BIDV",
    "970419": "NCB",
    "970421": "VRB",
    "970422": "MB Bank",
    "970423": "TPBank",
    "970424": "Shinhan Bank",
    "970425": "ABBANK",
    "970426": "MSB",
    "970427": "VietABank",
    "970428": "Nam A Bank",
    "970429": "SCB",
    "970430": "PG Bank",
    "970431": "Eximbank",
    "970432": "VPBank",
    "970433": "VietBank",
    "970434": "Indovina Bank",
    "970436": "Vietcombank",
    "970437": "HDBank",
    "970438": "BaoViet Bank",
    "970439": "Public Bank",
    "970440": "SeABank",
    "970441": "VIB",
    "970442": "Hong Leong Bank",
    "970443": "SHB",
    "970444": "CBBank",
    "970446": "Co-opBank",
    "970448": "OCB",
    "970449": "LPBank",
    "970452": "KienlongBank",
    "970454": "BVBank",
    "970455": "IBK",
    "970457": "Woori Bank",
    "970458": "UOB",
}


def bank_name(bank_bin: str) -> str:
    """'Vietcombank' for 970436; a BIN not listed here is shown as itself ('BIN 970499')."""
    bank_bin = bank_bin.strip()
    return BANK_NAMES.get(bank_bin) or (f"BIN {bank_bin}" if bank_bin else "")
