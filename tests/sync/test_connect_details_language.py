"""Bad connection details are refused before any network work, in the language of whoever
typed them, and nothing is saved."""
from __future__ import annotations

import pytest

from pos import i18n
from sync.connect import ConnectionDetailsInvalid, connect_store, current_link


def test_bad_details_are_refused_in_english_then_vietnamese_and_nothing_is_saved(tmp_path):
    with pytest.raises(ConnectionDetailsInvalid) as english:
        connect_store(tmp_path, "shop.example.vn", "  ")
    assert "starts with https://" in str(english.value)
    assert "secret API key" in str(english.value)
    i18n.set_language("vi")
    try:
        with pytest.raises(ConnectionDetailsInvalid) as vietnamese:
            connect_store(tmp_path, "ftp://shop", "sk_x", kind="shopify-like")
    finally:
        i18n.set_language("en")
    message = str(vietnamese.value)
    assert "Địa chỉ cửa hàng bắt đầu bằng https://" in message
    assert "Không có loại cửa hàng 'shopify-like'" in message
    assert current_link(tmp_path) is None
