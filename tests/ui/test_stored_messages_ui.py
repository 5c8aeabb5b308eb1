"""F11 > Promotions after the window switched to Vietnamese: why a promotion is not applied at
the till (kept as a message and its arguments) and what it gives are in Vietnamese; a reason
stored before as an English sentence still shows as it was."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog, QTableView

from pos import i18n
from pos.domain.promotions import OrderOff
from pos.services import promotions
from pos.ui.i18n import installed, switch_language
from tests.sync.test_promotion_mapping import mapped, promo


def test_promotion_reasons_and_descriptions_after_switching_to_vietnamese(qtbot, logged_in,
                                                                          demo_db):
    shipping = mapped(promo({"type": "fixed", "target_type": "shipping_methods", "value": 1}))
    with demo_db.transaction() as s:
        promotions.apply_pulled_promotion(s, "promo_ship", "Free shipping", None,
                                          shipping.reason, True, "", None, 0)
        promotions.save_promotion(s, "promo_old", "Old web only", None, remote_id="promo_old",
                                  reason="it is only for the online store's sales channels")
    promotions.create_local_promotion(demo_db, "Giảm 10%", OrderOff(percent_bp=1000))
    w = logged_in
    i18n.build()
    installed(QApplication.instance())
    from pos.ui.promotions_dialog import open_promotions

    try:
        switch_language("vi")
        open_promotions(w.sale)
        qtbot.waitUntil(lambda: w.findChild(QDialog, "promotionsDialog") is not None)
        table = w.findChild(QDialog, "promotionsDialog").findChild(QTableView, "promotionsTable")
        qtbot.waitUntil(lambda: table.rowCount() == 3)
        rows = {table.item(r, 0).text(): (table.item(r, 2).text(), table.item(r, 4).text())
                for r in range(table.rowCount())}
    finally:
        switch_language("en")
    assert rows["Free shipping"][1] == ("Không áp dụng tại quầy: khuyến mãi giảm phí vận "
                                        "chuyển, mà bán tại quầy thì không có")
    assert rows["Old web only"][1] == ("Không áp dụng tại quầy: it is only for the online "
                                       "store's sales channels")
    assert rows["Giảm 10%"][0] == "giảm 10% cho cả đơn"
