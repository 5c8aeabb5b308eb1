"""Setting a shop up and changing its settings: every problem reported at once, nothing
written while one is wrong, the first run's settings and manager in one transaction."""
from __future__ import annotations

import pytest

from pos.services.errors import ServiceError
from pos.services.settings import load_settings
from pos.services.setup import (SettingsInvalid, is_first_run, parse_tax_rates,
                                save_shop_settings, set_up_shop)
from pos.services.users import list_users, login

GOOD = dict(shop_name="Tạp hóa Bình An", shop_tax_code="0312345678-001", currency="VND",
            tax_rates=(0, 800, 1000), cash_rounding_step=500, language="en",
            bank_bin="970436", bank_account="0071000123456", bank_account_name="BINH AN")


@pytest.mark.parametrize("typed, rates", [
    ("0, 5, 8, 10", (0, 500, 800, 1000)), ("0,5,8,10", (0, 500, 800, 1000)),
    ("10% 8%", (1000, 800)), ("2.5; 7.7", (250, 770)),
])
def test_tax_rates_as_people_type_them(typed, rates):
    assert parse_tax_rates(typed) == rates


@pytest.mark.parametrize("typed", ["", "ten", "5, 5", "120", "-1", "0.001"])
def test_tax_rates_that_cannot_be_right(typed):
    with pytest.raises(SettingsInvalid, match="between 0 and 100") as refused:
        parse_tax_rates(typed)
    assert set(refused.value.problems) == {"tax_rates"}


def test_first_run_sets_up_settings_and_manager_together(empty_db):
    assert is_first_run(empty_db)
    settings = set_up_shop(empty_db, "Bình", "2468", **GOOD)
    assert (settings.shop_name, settings.locale, settings.demo) == ("Tạp hóa Bình An", "en_US",
                                                                    False)
    assert login(empty_db, "2468").role == "manager"
    assert not is_first_run(empty_db)
    with pytest.raises(ServiceError, match="already set up"):
        set_up_shop(empty_db, "Another", "1357", **GOOD)
    assert [u.name for u in list_users(empty_db)] == ["Bình"]


def test_first_run_with_any_problem_writes_nothing(empty_db):
    before = load_settings(empty_db)
    with pytest.raises(SettingsInvalid) as refused:
        set_up_shop(empty_db, " ", "12", **{**GOOD, "shop_tax_code": "123",
                                            "bank_account_name": "Bình An", "currency": "XYZ"})
    assert set(refused.value.problems) == {"manager_name", "manager_pin", "shop_tax_code",
                                           "bank_account_name", "currency"}
    assert "4 to 8 digits" in refused.value.problems["manager_pin"]
    assert load_settings(empty_db) == before and is_first_run(empty_db)


def test_bank_details_come_in_pairs(demo_db):
    with pytest.raises(SettingsInvalid, match="both the bank's BIN and the account"):
        save_shop_settings(demo_db, bank_account="")  # the demo has a BIN
    assert load_settings(demo_db).bank_account == "0071000123456"
    assert save_shop_settings(demo_db, bank_bin="", bank_account="").bank_bin == ""


def test_settings_changes_are_checked_then_saved_together(demo_db):
    before = load_settings(demo_db)
    with pytest.raises(SettingsInvalid):
        save_shop_settings(demo_db, shop_phone="0234 111 222", printer_uri="lpt1",
                           paper_width_mm=70)
    assert load_settings(demo_db) == before
    after = save_shop_settings(demo_db, shop_phone="0234 111 222", paper_width_mm=58,
                               printer_uri="tcp://192.168.1.60:9100")
    assert (after.shop_phone, after.paper_width_mm) == ("0234 111 222", 58)
