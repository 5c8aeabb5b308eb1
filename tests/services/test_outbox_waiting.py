"""What the sync panel lists (issue #14): every change not yet sent, oldest first, with its
receipt number, attempts and last error; capped, with how many more; the newest error."""
from __future__ import annotations

from sqlalchemy import update

from pos.db.models import OutboxEvent
from pos.domain.basket import Basket
from pos.domain.payment import Tender
from pos.services import catalog, customers, outbox, sales, users
from pos.services.demo import demo_ean


def sell(db, settings) -> sales.CompletedSale:
    basket = Basket()
    basket.add(catalog.scan(db, demo_ean(1), settings))
    return sales.complete_sale(db, basket, [Tender("cash", 10_000)], users.login(db, "1111"),
                               settings)


def set_row(db, row_id: int, **values) -> None:
    with db.transaction() as s:
        s.execute(update(OutboxEvent).where(OutboxEvent.id == row_id).values(**values))


def test_lists_what_is_not_sent_with_receipt_attempts_and_error(demo_db, demo_settings):
    first, second = sell(demo_db, demo_settings), sell(demo_db, demo_settings)
    hoa = customers.add_customer(demo_db, "Chị Hoa", phone="0903123456")
    rows = outbox.waiting_changes(demo_db).changes
    sale_rows = [r for r in rows if r.kind == "sale"]
    set_row(demo_db, sale_rows[0].id, status="sent")
    set_row(demo_db, sale_rows[1].id, status="error", attempts=3, last_error="store said 422")

    shown = outbox.waiting_changes(demo_db)

    listed = {(r.kind, r.ref): r for r in shown.changes}
    assert (("sale", first.receipt_label)) not in listed  # sent: not waiting
    refused = listed[("sale", second.receipt_label)]
    assert (refused.status, refused.attempts, refused.last_error) == ("error", 3,
                                                                     "store said 422")
    assert ("customer", str(hoa.id)) in listed
    assert [r.id for r in shown.changes] == sorted(r.id for r in shown.changes)
    assert shown.more == 0 and shown.newest_error == "store said 422"
    assert sum(outbox.waiting_counts(demo_db).values()) == len(shown.changes)


def test_a_long_outbox_is_listed_in_part_with_how_many_more(demo_db, demo_settings):
    for _ in range(3):
        sell(demo_db, demo_settings)
    waiting = sum(outbox.waiting_counts(demo_db).values())
    shown = outbox.waiting_changes(demo_db, limit=2)
    assert len(shown.changes) == 2 and shown.more == waiting - 2
    newest = shown.changes[-1].id + 1
    set_row(demo_db, shown.changes[0].id, last_error="old")
    set_row(demo_db, newest, last_error="new")  # not listed, still the newest error
    assert outbox.waiting_changes(demo_db, limit=2).newest_error == "new"


def test_nothing_waiting(demo_db):
    shown = outbox.waiting_changes(demo_db)
    assert (shown.changes, shown.more, shown.newest_error) == ([], 0, "")
