"""A tender's name in a payment message is in the till's language, not its English code."""
from __future__ import annotations

import pytest

from pos import i18n
from pos.domain.errors import PaymentError
from pos.domain.payment import CARD, TRANSFER, Tender, settle


def test_tender_names_in_messages_follow_the_language():
    with pytest.raises(PaymentError, match="^Bank transfer amount cannot be negative$"):
        Tender(TRANSFER, -1)
    i18n.set_language("vi")
    with pytest.raises(PaymentError, match="^Số tiền Chuyển khoản không được âm$"):
        Tender(TRANSFER, -1)
    with pytest.raises(PaymentError, match="^Số tiền Thẻ lớn hơn số tiền cần trả$"):
        settle(10_000, [Tender(CARD, 20_000)], 0)
