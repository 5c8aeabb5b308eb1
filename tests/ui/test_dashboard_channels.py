"""The dashboard's channel card names this till, the shop's other tills and each web channel,
in the till's language; the customer card shows another till's sale as a visit to the shop."""
from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from pos import i18n
from pos.db.customer_models import Customer, OnlineOrder
from pos.db.models import utcnow
from pos.domain.basket import Basket
from pos.domain.payment import CASH, Tender
from pos.services import catalog, customers
from pos.services.sales import complete_sale
from pos.services.settings import load_settings
from pos.services.users import list_users, login
from pos.ui.context import Till
from pos.ui.dashboard import SalesDashboard
from pos.ui.i18n import installed, switch_language
from pos.ui.tasks import Tasks


@pytest.fixture
def shop(demo_db):
    """This till (T1) sold a water; the store sent T2's sale to a customer and a web order."""
    settings = load_settings(demo_db)
    basket = Basket()
    basket.add(catalog.scan(demo_db, "SP0001", settings))
    total = basket.totals(settings.tax_inclusive).total
    complete_sale(demo_db, basket, [Tender(CASH, total)], login(demo_db, "1111"), settings)
    an = customers.add_customer(demo_db, "Chị An", "0912 000 111")
    with demo_db.transaction() as s:
        s.get(Customer, an.id).remote_id = "cus_an"
        now = utcnow() - timedelta(minutes=1)
        s.add_all([OnlineOrder(remote_id="order_t2", customer_remote_id="cus_an",
                               display_id="1201", channel="omnipos POS", total=300_000,
                               created_at=now, terminal_id="T2", receipt="T2-000031"),
                   OnlineOrder(remote_id="order_web", display_id="1202", channel="Webshop",
                               total=150_000, created_at=now)])
    return demo_db, an


def painted_channels(qtbot, db, data_dir) -> list[str]:
    till = Till(db=db, data_dir=data_dir, settings=load_settings(db), tasks=Tasks())
    till.user = next(u for u in list_users(db) if u.role == "manager")
    d = SalesDashboard(till)
    qtbot.addWidget(d)
    try:
        with qtbot.waitSignal(d.all_painted, timeout=20_000):
            d.show()
        chart = d.cards["by_channel"].findChild(QChartView).chart()
        return [piece.label().rsplit(" ", 2)[0] for piece in chart.series()[0].slices()]
    finally:
        till.tasks.shutdown()
        d.close()
        d.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


def test_the_channel_card_names_each_till_and_web_channel(qtbot, shop, data_dir):
    db, _ = shop
    assert painted_channels(qtbot, db, data_dir) == ["This till (T1)", "Till T2",
                                                     "Webshop"]
    i18n.build()
    installed(QApplication.instance())
    try:
        switch_language("vi")
        assert painted_channels(qtbot, db, data_dir) == ["Máy này (T1)", "Máy T2",
                                                         "Webshop"]
    finally:
        switch_language("en")


def test_another_tills_sale_is_a_visit_to_the_shop_on_the_customer_card(shop):
    db, an = shop
    [visit] = customers.customer_card(db, an.id).history
    assert (visit.channel, visit.reference, visit.total) == ("this shop", "T2-000031", 300_000)
