"""Shop settings: one declaration per option (key, default, type), stored as JSON rows."""
from __future__ import annotations

import json
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos.db.engine import Database
from pos.db.models import Setting
from pos.domain.barcode import DEFAULT_RULES, BarcodeRule
from pos.i18n import translate


@dataclass(frozen=True)
class ShopSettings:
    shop_name: str = "omnipos shop"
    shop_address: str = ""
    shop_tax_code: str = ""
    shop_phone: str = ""
    currency: str = "VND"
    locale: str = "vi_VN"
    tax_inclusive: bool = True
    cash_rounding_step: int = 0  # minor units; 0 = none, 500 = 500 VND, 5 = 0.05 CHF
    terminal_id: str = "T1"
    stock_location: str = "shop"
    discount_limit_bp: int = 1000  # above this a cashier needs a manager (10 %)
    scanner_max_key_gap_ms: int = 35  # keyboard-wedge burst: keys closer than this
    scanner_min_length: int = 4
    barcode_rules: tuple = ()  # ((name, pattern, kind), ...); empty = DEFAULT_RULES
    bank_bin: str = ""
    bank_account: str = ""
    bank_account_name: str = ""
    receipt_footer: str = "Cảm ơn quý khách!"
    receipt_qr: str = ""  # e-receipt URL with {uuid} (https://shop.vn/r/{uuid}) or a shop link
    printer_uri: str = ""  # "" = no receipt printer; tcp://IP:9100, serial:/dev/ttyUSB0, ...
    printer_mode: str = "raster"  # raster | text (text only after a good test page)
    printer_codepage: str = "cp1258"
    printer_codepage_slot: int = 0  # ESC t number; 0 = the Epson number for the code page
    paper_width_mm: int = 80  # 58 | 80
    printer_check_status: bool = True  # ask the printer (DLE EOT) before each receipt
    printer_setup_offered: bool = False  # a completed sale with no printer offered to set one up
    drawer_pin: int = 2  # cash drawer kick pin: 2 | 5
    scanner_prefix: str = ""  # characters the wedge scanner sends before / after each code
    scanner_suffix: str = ""
    serial_scanner_port: str = ""  # "" = none; /dev/ttyACM0, COM3
    serial_scanner_baud: int = 9600
    customer_display: bool = False  # second window for the customer
    demo: bool = False
    pole_display_port: str = ""  # "" = none; serial 2x20 customer pole display, /dev/ttyUSB1
    pole_display_baud: int = 9600
    # -- sync (issue 3)
    # -- promotions and loyalty (issue 5)
    loyalty_spend_per_point: int = 0  # minor units paid (not with points) per point; 0 = off
    loyalty_point_value: int = 0  # minor units one point pays when redeemed; 0 = no redeeming
    # -- shifts, cash, returns, stock (issue 6)
    return_manager_limit: int = 0  # minor units: a refund above needs a manager (-1: never)
    returns_from_other_tills: bool = False  # take back receipts of the shop's other tills
    over_short_limit: int = 0  # minor units: a tender counted further off needs a manager (-1: never)
    # -- users, roles, reports (issue 6)
    pin_tries_before_lockout: int = 5  # wrong PINs in a row at this till before it locks
    pin_lockout_minutes: int = 5
    pin_length: int = 4  # digits in a new PIN: 4 or 6 (PINs already given keep working)
    void_needs_manager: bool = True  # cancelling a sale that has items
    # -- language, first-run set-up, backups (issue 8)
    language: str = ""  # "vi" | "en"; "" = the computer's language
    tax_rates: tuple = (0, 500, 800, 1000)  # basis points offered for items (0, 5, 8, 10 %)
    backup_keep_days: int = 14  # daily copies kept in backups/
    # -- click and collect (issue 15)
    collect_pickup_days: int = 7  # an order ready this many days and not picked up: not collected
    hold_days: int = 3  # a parked sale held for a customer: offered days before it is released

    def rules(self) -> list[BarcodeRule]:
        if not self.barcode_rules:
            return list(DEFAULT_RULES)
        return [BarcodeRule(name, pattern, kind) for name, pattern, kind in self.barcode_rules]


OPTION_NAMES = {f.name for f in fields(ShopSettings)}


def _coerce(name: str, value: Any) -> Any:
    default = ShopSettings.__dataclass_fields__[name].default
    if isinstance(default, tuple):
        return tuple(tuple(v) if isinstance(v, list) else v for v in value)
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ValueError(translate("Errors", "{0} must be true or false").format(name))
        return value
    return type(default)(value)


def read_settings(session: Session) -> ShopSettings:
    stored = {s.key: json.loads(s.value) for s in session.scalars(select(Setting))}
    known = {k: _coerce(k, v) for k, v in stored.items() if k in OPTION_NAMES}
    return ShopSettings(**known)


def load_settings(db: Database) -> ShopSettings:
    with db.session() as s:
        return read_settings(s)


def write_settings(session: Session, **changes: Any) -> None:
    for key, value in changes.items():
        if key not in OPTION_NAMES:
            raise ValueError(translate("Errors", "Unknown setting {0}").format(repr(key)))
        value = _coerce(key, value)
        session.merge(Setting(key=key, value=json.dumps(value, ensure_ascii=False)))


def save_settings(db: Database, **changes: Any) -> ShopSettings:
    with db.transaction() as s:
        write_settings(s, **changes)
        return read_settings(s)
