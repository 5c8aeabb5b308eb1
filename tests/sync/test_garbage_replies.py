"""A store that answers garbage: the engine keeps running, keeps the rows, says why.
A real HTTP server on 127.0.0.1 plays the broken store (Medusa cannot be made to send these)."""
from __future__ import annotations

import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from pos.db.models import OutboxEvent, utcnow
from pos.domain.basket import Basket
from pos.domain.payment import Tender
from pos.services import catalog, sales, users
from pos.services.demo import demo_ean
from sync import state
from sync.connectors.medusa import MedusaConnector
from sync.engine import SyncEngine

REPLIES = {
    "html": (502, "text/html", b"<html><body><h1>502 Bad Gateway</h1>nginx</body></html>", {}),
    "truncated": (200, "application/json", b'{"draft_order": {"id": "dra', {}),
    "unauthorized": (401, "application/json", b'{"message": "Unauthorized"}', {}),
    "slow_down": (429, "application/json", b'{"message": "Too many"}', {"Retry-After": "30"}),
    "error": (500, "application/json", b'{"message": "boom"}', {}),
}


class BrokenStore(BaseHTTPRequestHandler):
    reply = "html"

    def _answer(self):
        status, ctype, body, headers = REPLIES[type(self).reply]
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers.items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer

    def log_message(self, *args):
        pass


@pytest.fixture
def broken_store():
    server = ThreadingHTTPServer(("127.0.0.1", 0), BrokenStore)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


IDS = {"region_id": "reg_1", "sales_channel_id": "sc_1", "shipping_option_id": "so_1",
       "stock_location_id": "sloc_1", "currency": "vnd"}


@pytest.mark.parametrize("reply", list(REPLIES))
def test_garbage_keeps_the_sale_waiting_with_a_clear_error(reply, broken_store, demo_db,
                                                          demo_settings):
    BrokenStore.reply = reply
    basket = Basket()
    basket.add(catalog.scan(demo_db, demo_ean(1), demo_settings))
    sales.complete_sale(demo_db, basket, [Tender("cash", 10_000)], users.login(demo_db, "1111"),
                        demo_settings)
    url = f"http://127.0.0.1:{broken_store.server_address[1]}"
    engine = SyncEngine(demo_db, MedusaConnector(url, "sk_test", ids=IDS, timeout=(2, 2)))
    report = engine.run_once()  # must not raise
    assert not report.ok
    with demo_db.session() as s:
        row = s.query(OutboxEvent).one()
        assert row.status == "pending" and row.last_error
    status = state.read_status(demo_db)
    assert status.waiting == {"sale": 1}
    assert status.last_error
    if reply == "unauthorized":
        assert status.needs_new_key and "API key" in status.last_error
    if reply == "slow_down":
        assert row.next_attempt_at >= utcnow() + timedelta(seconds=29)
    if reply == "html":
        assert "HTTP 502" in status.last_error and "Bad Gateway" in status.last_error
    if reply == "truncated":
        assert "not JSON" in status.last_error
    BrokenStore.reply = "html"
