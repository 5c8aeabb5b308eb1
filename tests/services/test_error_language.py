"""Messages of refused input (domain and service errors) come in the language the till speaks."""
from __future__ import annotations

import pytest

from pos import i18n
from pos.domain.errors import InvalidAmount
from pos.domain.money import currency
from pos.services import permissions
from pos.services.errors import ApprovalNeeded
from pos.services.receipts import ReceiptNotFound, receipt_for
from pos.services.settings import load_settings
from pos.services.users import login


@pytest.fixture
def vietnamese():
    i18n.set_language("vi")
    yield
    i18n.set_language("en")


def test_domain_error_in_vietnamese(vietnamese):
    with pytest.raises(InvalidAmount, match="^Không hỗ trợ tiền tệ 'XYZ'$"):
        currency("XYZ")


def test_domain_error_in_english_by_default():
    with pytest.raises(InvalidAmount, match="^Currency 'XYZ' is not supported$"):
        currency("XYZ")


def test_service_errors_in_vietnamese(demo_db, vietnamese):
    with pytest.raises(ReceiptNotFound, match="Không có hóa đơn nào số 'T9-000001'"):
        receipt_for(demo_db, "T9-000001", load_settings(demo_db))
    with pytest.raises(ApprovalNeeded) as refused:
        permissions.authorise(login(demo_db, "1111"), permissions.REFUND)
    assert str(refused.value) == ("Khoản hoàn tiền này cần quản lý duyệt: hãy nhờ quản lý nhập "
                                  "mã PIN để duyệt.")
