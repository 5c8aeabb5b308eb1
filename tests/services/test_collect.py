"""Click-and-collect at the till on a real shop database file: an order pulled from the store
is prepared by scanning (a wrong item or one too many is refused and changes nothing), marked
ready, handed over paid or paid here, expired past the deadline, or cancelled online; each step
the store must hear about is one outbox row with its own UUID."""
from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select, text

from pos import i18n
from pos.db.collect_models import CollectLine, CollectOrder
from pos.db.models import JournalEntry, OutboxEvent
from pos.domain.errors import DomainError
from pos.domain.payment import CARD, CASH, Tender
from pos.services import catalog, collect, journal, stock_view
from pos.services.demo import demo_ean
from pos.services.errors import ServiceError
from pos.services.settings import load_settings
from pos.services.users import login

WATER, TEA = "SP0001", "SP0002"
PLACED = datetime(2026, 12, 1, 9, 30)


def pulled(remote_id="order_01", number="1042", paid=True, canceled=False, total=25_000,
           lines=((WATER, 2), (TEA, 1))) -> collect.PulledOrder:
    return collect.PulledOrder(
        remote_id=remote_id, display_no=number, customer_name="Nguyễn Văn An",
        phone="0901234567", email="an@example.com", currency="VND", total=total, paid=paid,
        placed_at=PLACED, canceled=canceled,
        lines=tuple(collect.PulledLine(f"li_{sku}", sku, sku, qty) for sku, qty in lines))


@pytest.fixture
def shop(demo_db):
    i18n.set_language("en")  # the demo shop speaks Vietnamese; these tests read English
    return demo_db, load_settings(demo_db), login(demo_db, "1111")


def remember(db, order: collect.PulledOrder) -> None:
    with db.transaction() as s:
        collect.remember(s, order)


def snapshot(db) -> tuple:
    with db.session() as s:
        orders = [(o.id, o.state, o.paid) for o in s.scalars(select(CollectOrder))]
        lines = [(ln.sku, ln.scanned) for ln in s.scalars(select(CollectLine))]
        counts = tuple(s.scalar(select(func.count()).select_from(t))
                       for t in (OutboxEvent, JournalEntry))
    return orders, lines, counts


def outbox(db, kind) -> list[dict]:
    with db.session() as s:
        return [json.loads(e.payload) for e in
                s.scalars(select(OutboxEvent).where(OutboxEvent.kind == kind))]


def prepare(db, settings, code="1042", items=(WATER, WATER, TEA)):
    for sku in items:
        collect.scan_item(db, code, sku, settings)


def made_ready(shop):
    """Order 1042 (2 waters, 1 tea) pulled, picked and ready; the shop's parts."""
    db, settings, cashier = shop
    remember(db, pulled())
    prepare(db, settings)
    collect.mark_ready(db, "1042", cashier)
    return shop


def test_a_pulled_order_waits_with_its_lines_and_a_second_pull_changes_no_progress(shop):
    db, settings, _ = shop
    remember(db, pulled())
    assert collect.waiting_count(db) == 1
    prepare(db, settings, items=(WATER,))
    remember(db, pulled(paid=False))  # pulled again: the shop's progress stays, paid stays
    view = collect.order(db, "#1042")
    assert (view.state, view.paid, view.customer_name) == ("preparing", True, "Nguyễn Văn An")
    assert [(ln.sku, ln.quantity, ln.scanned) for ln in view.lines] == [(WATER, 2, 1),
                                                                          (TEA, 1, 0)]
    assert view.state_name == "being prepared"


def test_scanning_by_barcode_picks_items_and_mark_ready_tells_the_store(shop):
    db, settings, cashier = shop
    remember(db, pulled())
    collect.scan_item(db, "1042", demo_ean(1), settings)  # the water's barcode
    prepare(db, settings, items=(WATER, TEA))
    assert collect.order(db, "1042").fully_scanned
    view = collect.mark_ready(db, "1042", cashier)
    assert view.state == "ready" and view.ready_at is not None
    [ready] = outbox(db, "collect_ready")
    assert (ready["order_id"], ready["number"]) == ("order_01", "1042")
    assert ready["lines"] == [{"remote_line_id": f"li_{WATER}", "sku": WATER, "quantity": 2},
                              {"remote_line_id": f"li_{TEA}", "sku": TEA, "quantity": 1}]
    with db.session() as s:
        assert s.get(CollectOrder, "order_01").fulfilment_uuid == ready["effect_id"]


@pytest.mark.parametrize("code, message", [
    ("SP0003", "is not on order 1042: put it back"),
    ("NO-SUCH-CODE", "NO-SUCH-CODE is not on order 1042"),
    (TEA, "needs only 1 × SP0002: that one is too many"),
])
def test_a_wrong_item_or_one_too_many_is_refused_and_changes_nothing(shop, code, message):
    db, settings, _ = shop
    remember(db, pulled())
    collect.scan_item(db, "1042", TEA, settings)
    before = snapshot(db)
    with pytest.raises(ServiceError, match=message):
        collect.scan_item(db, "1042", code, settings)
    assert snapshot(db) == before


def test_a_bad_barcode_or_unknown_order_is_refused_and_changes_nothing(shop):
    db, settings, cashier = shop
    remember(db, pulled())
    before = snapshot(db)
    with pytest.raises(DomainError):
        collect.scan_item(db, "1042", "8930000000010", settings)  # wrong check digit
    with pytest.raises(ServiceError, match="No order to collect has the number 9999"):
        collect.scan_item(db, "9999", WATER, settings)
    with pytest.raises(ServiceError, match="No order to collect"):
        collect.mark_ready(db, collect.QR_PREFIX + "order_99", cashier)
    assert snapshot(db) == before


def test_not_all_picked_cannot_be_marked_ready(shop):
    db, settings, cashier = shop
    remember(db, pulled())
    prepare(db, settings, items=(WATER,))
    before = snapshot(db)
    with pytest.raises(ServiceError, match=f"Still to pick for order 1042: 1 × {WATER}, 1 × {TEA}"):
        collect.mark_ready(db, "1042", cashier)
    assert snapshot(db) == before


def test_a_paid_order_is_handed_over_once_by_its_qr_code(shop):
    db, settings, cashier = shop
    remember(db, pulled())
    prepare(db, settings)
    collect.mark_ready(db, "1042", cashier)
    view = collect.hand_over(db, collect.QR_PREFIX + "order_01", cashier, settings)
    assert (view.state, view.change) == ("collected", 0)
    assert outbox(db, "collect_payment") == []
    [delivered] = outbox(db, "collect_delivered")
    assert delivered["order_id"] == "order_01" and delivered["effect_id"]
    assert collect.waiting_count(db) == 0
    before = snapshot(db)
    with pytest.raises(ServiceError, match="is collected: only an order ready for pickup"):
        collect.hand_over(db, "1042", cashier, settings)
    assert snapshot(db) == before


def test_an_unpaid_order_is_paid_at_the_till_with_any_tender_then_handed_over(shop):
    db, settings, cashier = shop
    remember(db, pulled(paid=False, total=25_000))
    prepare(db, settings)
    collect.mark_ready(db, "1042", cashier)
    before = snapshot(db)
    with pytest.raises(ServiceError, match="is not paid: take the payment first"):
        collect.hand_over(db, "1042", cashier, settings)
    with pytest.raises(DomainError, match="still due"):
        collect.hand_over(db, "1042", cashier, settings, (Tender(CASH, 20_000),))
    assert snapshot(db) == before
    view = collect.hand_over(db, "1042", cashier, settings,
                             (Tender(CARD, 5_000), Tender(CASH, 50_000)))
    assert (view.state, view.paid, view.change) == ("collected", True, 30_000)
    [payment] = outbox(db, "collect_payment")
    assert payment["amount"] == 25_000 and payment["currency"] == "VND"
    assert [(t["method"], t["amount"]) for t in payment["tenders"]] == [(CARD, 5_000),
                                                                       (CASH, 20_000)]
    [delivered] = outbox(db, "collect_delivered")
    assert payment["effect_id"] != delivered["effect_id"]


def figure(db, settings, sku) -> tuple[int, int, int]:
    """(on hand, reserved, available) of the item here, as the stock screen shows them."""
    st = stock_view.item_stock(db, settings, sku)
    return int(st.on_hand), int(st.reserved), int(st.available)


def test_the_stock_figure_follows_the_order_as_the_store_does(shop):
    """New and preparing: the units are in stock, reserved; ready: they left the stock (the
    store's fulfilment takes them out of stocked and reserved); collected: nothing moves."""
    db, settings, cashier = shop
    on_hand, _, _ = figure(db, settings, WATER)
    remember(db, pulled())
    assert figure(db, settings, WATER) == (on_hand, 2, on_hand - 2)
    prepare(db, settings, items=(WATER,))
    assert figure(db, settings, WATER) == (on_hand, 2, on_hand - 2)
    prepare(db, settings, items=(WATER, TEA))
    collect.mark_ready(db, "1042", cashier)
    assert figure(db, settings, WATER) == (on_hand - 2, 0, on_hand - 2)
    st = stock_view.item_stock(db, settings, WATER)
    assert [(m.kind, int(m.quantity), m.reason, m.state) for m in st.pending] == [
        ("collect", -2, "#1042", "waiting to sync")]
    collect.hand_over(db, "1042", cashier, settings)
    assert figure(db, settings, WATER) == (on_hand - 2, 0, on_hand - 2)
    assert journal.verify(db) is None


def test_orders_ready_past_the_deadline_are_not_collected_and_free_their_stock(shop):
    db, settings, cashier = shop
    on_hand, _, _ = figure(db, settings, WATER)
    remember(db, pulled())
    remember(db, pulled("order_02", "1043", lines=((WATER, 1),)))
    prepare(db, settings)
    collect.mark_ready(db, "1042", cashier)
    water = catalog.find_by_code(db, WATER).variant_id
    with db.session() as s:  # 1042's units left the stock when it was made ready
        assert collect.reserved_milli(s, [water]) == {water: 1000}
    assert figure(db, settings, WATER) == (on_hand - 2, 1, on_hand - 3)
    assert collect.expire(db, days=3) == []
    later = datetime.utcnow() + timedelta(days=3, hours=1)
    assert collect.expire(db, days=3, now=later) == ["1042"]
    assert collect.order(db, "1042").state == "not_collected"
    assert figure(db, settings, WATER) == (on_hand, 1, on_hand - 1)  # back on the shelf
    kinds = [(m.kind, int(m.quantity)) for m in stock_view.item_stock(db, settings, WATER).pending]
    assert sorted(kinds) == [("collect", -2), ("collect_back", 2)]
    assert [o.display_no for o in collect.orders(db)] == ["1043"]
    assert journal.verify(db) is None


def test_an_order_not_collected_is_cancelled_online_once_by_its_own_uuid(shop):
    db, settings, cashier = made_ready(shop)
    later = datetime.utcnow() + timedelta(days=8)
    assert collect.expire(db, days=7, now=later) == ["1042"]
    assert collect.expire(db, days=7, now=later) == []  # once
    [ready], [cancel] = outbox(db, "collect_ready"), outbox(db, "collect_cancel")
    with db.session() as s:
        order = s.get(CollectOrder, "order_01")
        assert cancel["effect_id"] == order.cancel_uuid != order.fulfilment_uuid
        refs = set(s.scalars(select(OutboxEvent.ref).where(OutboxEvent.kind == "collect_cancel")))
    assert refs == {cancel["effect_id"]}
    assert (cancel["order_id"], cancel["number"]) == ("order_01", "1042")
    assert cancel["fulfilment_id"] == ready["effect_id"]  # the fulfilment to cancel first
    st = stock_view.item_stock(db, settings, WATER)
    assert sorted((m.kind, m.state) for m in st.pending) == [
        ("collect", "waiting to sync"), ("collect_back", "waiting to sync")]


def test_a_ready_order_cancelled_online_puts_its_units_back(shop):
    db, settings, cashier = shop
    on_hand, _, _ = figure(db, settings, TEA)
    remember(db, pulled())
    prepare(db, settings)
    collect.mark_ready(db, "1042", cashier)
    assert figure(db, settings, TEA) == (on_hand - 1, 0, on_hand - 1)
    remember(db, pulled(canceled=True))
    assert collect.order(db, "1042").state == "cancelled"
    assert figure(db, settings, TEA) == (on_hand, 0, on_hand)
    remember(db, pulled(canceled=True))  # pulled again: nothing more comes back
    assert figure(db, settings, TEA) == (on_hand, 0, on_hand)
    assert journal.verify(db) is None


def test_a_stock_snapshot_acknowledges_what_the_store_has(shop):
    """The ready step's movement leaves the figure's pending part once the store has the
    fulfilment before a snapshot began; an order ended in the store (here cancelled online
    before the snapshot) has both its movements acknowledged, whatever became of the first."""
    from pos.db.models import StockMovement

    db, settings, cashier = shop
    remember(db, pulled())
    remember(db, pulled("order_02", "1043", lines=((WATER, 1),)))
    prepare(db, settings)
    prepare(db, settings, "1043", (WATER,))
    collect.mark_ready(db, "1042", cashier)
    collect.mark_ready(db, "1043", cashier)
    remember(db, pulled("order_02", "1043", canceled=True, lines=((WATER, 1),)))
    with db.transaction() as s:  # the store confirmed 1042's fulfilment; 1043's never went
        s.execute(OutboxEvent.__table__.update()
                  .where(OutboxEvent.ref == s.get(CollectOrder, "order_01").fulfilment_uuid)
                  .values(status="sent", sent_at=datetime.utcnow()))

    def acknowledged():
        with db.session() as s:
            return sorted(s.execute(select(
                CollectOrder.display_no, StockMovement.kind, StockMovement.acknowledged).join(
                CollectOrder, (CollectOrder.fulfilment_uuid == StockMovement.effect_id)
                | (CollectOrder.cancel_uuid == StockMovement.effect_id))).all())
    with db.transaction() as s:
        collect.acknowledge_in(s, datetime.utcnow() - timedelta(hours=1))  # an older snapshot
    assert {a for _, _, a in acknowledged()} == {False}
    with db.transaction() as s:
        collect.acknowledge_in(s, datetime.utcnow() + timedelta(seconds=1))
    assert [tuple(r) for r in acknowledged()] == [
        ("1042", "collect", True), ("1042", "collect", True), ("1043", "collect", True),
        ("1043", "collect_back", True)]
    assert journal.verify(db) is None


def test_the_journal_proves_the_movements_of_an_order_to_collect(shop):
    db, settings, cashier = made_ready(shop)
    with db.transaction() as s:
        s.execute(text("UPDATE stock_movements SET quantity_milli = -1000 "
                       "WHERE kind = 'collect' AND quantity_milli = -2000"))
    seq, reason = journal.verify(db)
    assert reason == "the stock movements of order to collect #1042 differ from what was recorded"


def test_a_cancellation_online_ends_an_open_order_but_not_a_collected_one(shop):
    db, settings, cashier = shop
    remember(db, pulled())
    remember(db, pulled("order_02", "1043", lines=((TEA, 1),)))
    prepare(db, settings)
    collect.mark_ready(db, "1042", cashier)
    collect.hand_over(db, "1042", cashier, settings)
    remember(db, pulled(canceled=True))
    remember(db, pulled("order_02", "1043", canceled=True, lines=((TEA, 1),)))
    assert collect.order(db, "1042").state == "collected"
    assert collect.order(db, "1043").state == "cancelled"
    before = snapshot(db)
    with pytest.raises(ServiceError, match="1043 is cancelled: nothing more to prepare"):
        collect.scan_item(db, "1043", TEA, settings)
    assert snapshot(db) == before


def test_the_pickup_slip_shows_the_number_the_customer_and_a_qr_of_the_order(shop):
    from pos.domain.receipt import RowKind
    from pos.services.pickup_slip import slip_rows

    db, settings, _ = shop
    remember(db, pulled(paid=False))
    rows = slip_rows(collect.order(db, "1042"), settings, 32)
    texts = [row.text for row in rows]
    assert "PICKUP ORDER #1042" in texts and "To pay at pickup" in texts
    assert any("Nguyễn Văn An · 0901234567" in t for t in texts)
    [qr] = [row for row in rows if row.kind is RowKind.QR]
    assert qr.payload == collect.QR_PREFIX + "order_01"
    assert collect.order(db, qr.payload).display_no == "1042"  # scanned back at collection


def test_a_pull_of_the_orders_expires_late_ones_with_no_till_open(shop):
    """Only `pos sync --watch` runs (the till is closed): each pull of the orders to collect
    makes late ones not collected, so their stock is free for the web and the counter."""
    from sync.apply import apply_page
    from sync.records import Page

    db, settings, cashier = shop
    remember(db, pulled())
    prepare(db, settings)
    collect.mark_ready(db, "1042", cashier)
    late = timedelta(days=settings.collect_pickup_days + 1)  # a day past the shop's deadline
    with db.transaction() as s:
        s.get(CollectOrder, collect.order(db, "1042").id).ready_at -= late
    with db.transaction() as s:
        apply_page(s, Page("collect_orders", (), None, more=False), "")
    assert collect.order(db, "1042").state == "not_collected"
