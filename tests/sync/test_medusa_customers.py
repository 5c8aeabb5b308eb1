"""One customer across the shop and the web (real Medusa)."""
from __future__ import annotations

import pytest
from till_helpers import sell, sync_once, till  # noqa: F401

from pos.db.customer_models import Customer
from pos.services import customers

pytestmark = pytest.mark.medusa


def local_customers(db, phone):
    with db.session() as s:
        return s.query(Customer).filter_by(phone=phone, active=True).all()


def test_a_customer_created_online_is_found_at_the_till_with_online_orders(till, medusa):
    db, data_dir = till
    online = medusa.admin.create_customer("mai.online@example.com", "Đỗ Thị Mai", "",
                                          phone="0933111222")
    web = medusa.shop.default_sales_channel_id  # the web shop sells from the same location
    medusa.admin.post(f"/admin/stock-locations/{medusa.shop.location_id}/sales-channels",
                      {"add": [web]})
    medusa.admin.record_pos_sale(
        medusa.shop.pos.__class__(**{**medusa.shop.pos.__dict__,
                                     "sales_channel_id": web}),
        [(medusa.shop.variants["OMNI-WATER-500"].variant_id, 2, None)], customer_id=online["id"])
    assert sync_once(data_dir) == 0
    [found] = customers.find_customers(db, "do thi mai")
    assert found.remote_id == online["id"] and found.phone == "+84933111222"
    card = customers.customer_card(db, found.id)
    assert any(v.channel != "this shop" and v.total == 10_000 for v in card.history)


def test_an_offline_customer_whose_phone_exists_online_is_merged_not_duplicated(till, medusa):
    db, data_dir = till
    assert sync_once(data_dir) == 0  # the catalogue; the customer appears online only after
    online = medusa.admin.create_customer("hung@example.com", "Bùi Văn Hùng", "",
                                          phone="+84944555666")
    mine = customers.add_customer(db, "anh Hùng", "0944 555 666")  # the till did not know yet
    sale = sell(db, [("OMNI-WATER-500", 1)])
    with db.transaction() as s:
        from pos.db.models import Sale
        s.get(Sale, sale.id).customer_id = mine.id
    assert sync_once(data_dir) == 0
    matches = [c for c in medusa.admin.list_all("/admin/customers", "customers", q="944555666")
               if c.get("phone") in ("+84944555666", "0944555666")]
    assert [c["id"] for c in matches] == [online["id"]]
    [local] = local_customers(db, "+84944555666")
    assert local.remote_id == online["id"]
    assert customers.customer_card(db, local.id).visits >= 1  # the sale stays with them
