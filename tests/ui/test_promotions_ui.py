"""Promotions at the counter, through the real window: cart lines name their promotions,
a coupon typed into the scan field applies, a used-up one says so, the sale records both."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QTableView

from pos.domain.promotions import Conditions, ItemsOff, OrderOff, Target
from pos.services import promotions
from pos.services.demo import demo_ean
from pos.services.exports import sale_documents
from tests.ui.conftest import type_and_enter

WATER = demo_ean(1)


@pytest.fixture
def promos(demo_db):
    promotions.create_local_promotion(demo_db, "Nước -10%", ItemsOff(
        Target(skus=frozenset({"SP0001"})), percent_bp=1000))
    promotions.create_local_promotion(demo_db, "Giảm 5.000", OrderOff(amount=5000),
                                      Conditions(code="GIAM5K"))
    promotions.create_local_promotion(demo_db, "Hết lượt", OrderOff(amount=5000),
                                      Conditions(code="HETLUOT", usage_limit=1, used=1))


def scan_field(w) -> QLineEdit:
    return w.findChild(QLineEdit, "scanInput")


def message(w) -> str:
    return w.findChild(QLabel, "messageLabel").text()


def test_cart_shows_promotions_and_a_typed_coupon_applies(qtbot, promos, logged_in, demo_db):
    w = logged_in
    qtbot.waitUntil(lambda: w.sale.basket.promotions is not None)
    type_and_enter(qtbot, scan_field(w), WATER)
    type_and_enter(qtbot, scan_field(w), WATER)
    qtbot.waitUntil(lambda: bool(w.sale.basket.lines) and w.sale.basket.lines[0].quantity == 2)
    model = w.findChild(QTableView, "cartTable").model()
    assert "★ Nước -10%" in model.index(0, 1).data()
    assert "Nước -10%: " in model.index(0, 1).data(Qt.ToolTipRole)
    assert w.sale.cart_model.totals.discount_total == 1200  # 10 % of 2 x 6.000

    type_and_enter(qtbot, scan_field(w), "giam5k")
    qtbot.waitUntil(lambda: "GIAM5K" in message(w))
    assert "applied" in message(w)
    assert w.sale.cart_model.totals.discount_total == 6200
    assert scan_field(w).text() == "" and w.sale.cart_model.rowCount() == 1

    type_and_enter(qtbot, scan_field(w), "HETLUOT")
    qtbot.waitUntil(lambda: "used up" in message(w))
    assert w.sale.cart_model.totals.discount_total == 6200

    type_and_enter(qtbot, scan_field(w), "GIAM5K")  # the same code again takes it off
    qtbot.waitUntil(lambda: "removed" in message(w))
    assert w.sale.cart_model.totals.discount_total == 1200
    type_and_enter(qtbot, scan_field(w), "GIAM5K")
    qtbot.waitUntil(lambda: "applied" in message(w))

    qtbot.keyClick(scan_field(w), Qt.Key_F12)
    qtbot.waitUntil(lambda: w.findChild(QDialog, "paymentDialog") is not None
                    and w.findChild(QDialog, "paymentDialog").isVisible())
    dialog = w.findChild(QDialog, "paymentDialog")
    qtbot.mouseClick(dialog.findChild(QPushButton, "quickTender_200000"), Qt.LeftButton)
    qtbot.keyClick(dialog.findChild(QLineEdit, "cashTenderedInput"), Qt.Key_Return)
    qtbot.waitUntil(lambda: "T1-000001" in w.findChild(QLabel, "lastSaleLabel").text())
    [sale] = list(sale_documents(demo_db))
    assert sale["discount_total"] == 6200
    assert w.sale.basket.coupons == [] and w.sale.basket.priced_at is None


def test_manager_sees_which_promotions_apply_at_the_till_and_why_not(qtbot, promos, logged_in,
                                                                     demo_db):
    with demo_db.transaction() as s:
        promotions.save_promotion(s, "promo_web", "Web only", None, remote_id="promo_web",
                                  reason="it is only for the online store's sales channels")
    w = logged_in
    from pos.ui.promotions_dialog import open_promotions

    open_promotions(w.sale)
    qtbot.waitUntil(lambda: w.findChild(QDialog, "promotionsDialog") is not None)
    table = w.findChild(QDialog, "promotionsDialog").findChild(QTableView, "promotionsTable")
    qtbot.waitUntil(lambda: table.rowCount() == 4)
    rows = {table.item(r, 0).text(): table.item(r, 4).text() for r in range(table.rowCount())}
    assert rows["Nước -10%"] == "Applies"
    assert rows["Web only"] == ("Not applied at the till: it is only for the online store's "
                                "sales channels")
