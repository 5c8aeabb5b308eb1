"""The print queue against a real TCP listener: queued after the commit, printed once, a dead
printer leaves the sale and the job safe, a retry prints it exactly once."""
from __future__ import annotations

import socket
import threading
from dataclasses import replace

import pytest
from escpos_decoder import Cut, DrawerKick, Raster, StatusQuery, decode
from fake_printer import PAPER_OUT, FakeNetworkPrinter
from printer_at import PrinterAt, drain, free_port, is_receipt
from shop_sales import busy_sale

from pos.services import print_queue
from pos.services.exports import sale_documents
from pos.services.printer import PrinterSetup
from pos.services.settings import load_settings, save_settings


@pytest.fixture
def printer():
    fake = FakeNetworkPrinter()
    yield fake
    fake.close()


def use_printer(db, uri: str, **more):
    return save_settings(db, printer_uri=uri, **more)


def test_cash_sale_prints_with_drawer_kick_and_is_marked_printed(demo_db, printer):
    shop = use_printer(demo_db, printer.uri)
    sale = busy_sale(demo_db)
    job_id = print_queue.queue_receipt(demo_db, sale.id, open_drawer=sale.paid_cash)

    outcome = print_queue.print_job(demo_db, job_id, shop)
    assert outcome.printed and outcome.drawer_opened
    decoded = decode(printer.next_job())
    assert decoded.of(DrawerKick) == [DrawerKick(2)]
    assert decoded.index(DrawerKick) < decoded.index(Raster) < decoded.index(Cut)
    info = print_queue.job_info(demo_db, job_id)
    assert (info.status, info.attempts, info.drawer_opened) == ("printed", 1, True)
    assert print_queue.waiting_jobs(demo_db) == []


def test_printed_job_is_never_printed_again(demo_db, printer):
    shop = use_printer(demo_db, printer.uri)
    job_id = print_queue.queue_receipt(demo_db, busy_sale(demo_db).id)
    assert print_queue.print_job(demo_db, job_id, shop).printed
    assert print_queue.print_job(demo_db, job_id, shop) is None  # a late "retry"
    printer.next_job()
    assert drain(printer) == []


def test_printer_down_keeps_sale_and_job_then_retry_prints_once(demo_db):
    port = free_port()
    shop = use_printer(demo_db, f"tcp://127.0.0.1:{port}")
    sale = busy_sale(demo_db)
    job_id = print_queue.queue_receipt(demo_db, sale.id, open_drawer=True)

    outcome = print_queue.print_job(demo_db, job_id, shop)
    assert not outcome.printed and "cannot be reached" in outcome.error
    assert [d["id"] for d in sale_documents(demo_db)] == [sale.id]
    [waiting] = print_queue.waiting_jobs(demo_db)
    assert (waiting.status, waiting.receipt_label, waiting.drawer_opened) == (
        "failed", "T1-000001", False)
    assert "switched on" in waiting.last_error

    back = PrinterAt(port)  # the printer is switched on again
    try:
        outcome = print_queue.print_job(demo_db, job_id, shop)
        assert outcome.printed and outcome.drawer_opened  # the retry still opens the drawer
        assert print_queue.print_job(demo_db, job_id, shop) is None
    finally:
        back.close()
    assert [is_receipt(job) for job in drain(back)] == [True]
    assert print_queue.job_info(demo_db, job_id).attempts == 2


def test_silent_printer_times_out_and_job_waits(demo_db):
    with socket.create_server(("127.0.0.1", 0)) as silent:
        shop = use_printer(demo_db, f"tcp://127.0.0.1:{silent.getsockname()[1]}")
        job_id = print_queue.queue_receipt(demo_db, busy_sale(demo_db).id)
        setup = replace(PrinterSetup.from_settings(shop), timeout=0.3)
        outcome = print_queue.print_job(demo_db, job_id, shop, setup=setup)
    assert not outcome.printed and "did not respond" in outcome.error
    assert print_queue.job_info(demo_db, job_id).status == "failed"


def test_paper_out_still_opens_the_drawer_for_change(demo_db):
    fake = FakeNetworkPrinter(paper=PAPER_OUT)
    try:
        shop = use_printer(demo_db, fake.uri)
        job_id = print_queue.queue_receipt(demo_db, busy_sale(demo_db).id, open_drawer=True)
        outcome = print_queue.print_job(demo_db, job_id, shop)
        assert not outcome.printed and "out of paper" in outcome.error
        assert outcome.drawer_opened
        assert decode(fake.next_job()).events == [StatusQuery(1), StatusQuery(4)]
        assert decode(fake.next_job()).events == [StatusQuery(1), DrawerKick(2)]
        assert print_queue.job_info(demo_db, job_id).drawer_opened
    finally:
        fake.close()


def test_retry_after_drawer_opened_does_not_kick_again(demo_db, printer):
    shop = use_printer(demo_db, printer.uri)
    job_id = print_queue.queue_receipt(demo_db, busy_sale(demo_db).id, open_drawer=True)
    claimed = print_queue.claim(demo_db, job_id)
    print_queue.mark_failed(demo_db, claimed.id, "out of paper", drawer_opened=True)
    assert print_queue.print_job(demo_db, job_id, shop).printed
    assert decode(printer.next_job()).of(DrawerKick) == []


def test_racing_retries_print_once(demo_db, printer):
    shop = use_printer(demo_db, printer.uri)
    job_id = print_queue.queue_receipt(demo_db, busy_sale(demo_db).id)
    results, start = [], threading.Barrier(4)

    def retry():
        start.wait()
        results.append(print_queue.print_job(demo_db, job_id, shop))

    threads = [threading.Thread(target=retry) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(1 for r in results if r is not None and r.printed) == 1
    assert sum(1 for r in results if r is None) == 3
    printer.next_job()
    assert drain(printer) == []


def test_interrupted_job_waits_for_the_cashier(demo_db):
    job_id = print_queue.queue_receipt(demo_db, busy_sale(demo_db).id)
    assert print_queue.claim(demo_db, job_id).status == "printing"
    assert print_queue.recover_interrupted(demo_db) == 1
    info = print_queue.job_info(demo_db, job_id)
    assert info.status == "failed" and "interrupted" in info.last_error


def test_skip_and_reprint(demo_db, printer):
    shop = use_printer(demo_db, printer.uri)
    sale = busy_sale(demo_db)
    job_id = print_queue.queue_receipt(demo_db, sale.id)
    print_queue.skip(demo_db, job_id)
    assert print_queue.print_job(demo_db, job_id, shop) is None
    assert print_queue.waiting_jobs(demo_db) == []
    copy_id = print_queue.queue_reprint(demo_db, "T1-000001", shop)
    assert print_queue.print_job(demo_db, copy_id, shop).printed
    assert decode(printer.next_job()).of(DrawerKick) == []  # a copy never opens the drawer


def test_no_printer_set_up_is_a_clear_failure(demo_db):
    job_id = print_queue.queue_receipt(demo_db, busy_sale(demo_db).id)
    outcome = print_queue.print_job(demo_db, job_id, load_settings(demo_db))
    assert not outcome.printed and "No receipt printer is set up" in outcome.error
