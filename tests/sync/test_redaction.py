"""The store's API key and other credentials never reach the database or the log (issue #13):
a store error that echoes what the till sent is kept and logged with the secrets masked."""
from __future__ import annotations

import json
import logging
import sqlite3

import pytest
from sqlalchemy import select

from pos.app import setup_logging
from pos.db.models import OutboxEvent
from pos.i18n import QT_TRANSLATE_NOOP
from sync import state
from sync.config import StoreConnection, load_connection, save_connection
from sync.engine import SyncEngine
from sync.errors import Rejected, StoreUnreachable
from sync.redact import MASK, redact, remember_secret
from tests.sync.test_engine import ScriptedStore, sell

KEY = "sk_7f3a9c1e55d04b2a9e8f6c7d1b2a3c4d"


@pytest.mark.parametrize("leaky, secret", [
    ("401 for headers {'Authorization': 'Basic c2tfN2YzYTljMWU1NWQwNGIyYQ=='}",
     "c2tfN2YzYTljMWU1NWQwNGIyYQ=="),
    ("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1In0.sig", "eyJhbGciOiJIUzI1NiJ9"),
    ('body {"email": "admin@shop.vn", "password": "s3cret-Pass"}', "s3cret-Pass"),
    ("GET https://admin:hunter2hunter@store.example/admin/products failed", "hunter2hunter"),
    ("GET /admin/orders?token=abcdef123456&limit=5", "abcdef123456"),
    (f"x-api-key={KEY}", KEY),
    (f"the key {KEY} was refused", KEY),
])
def test_credentials_are_masked(leaky, secret):
    masked = redact(leaky)
    assert secret not in masked and MASK in masked


def test_plain_messages_are_left_as_they_are():
    for text in ("The online store refused POST /admin/draft-orders (HTTP 400): Variant unknown",
                 "Online store not reachable at http://127.0.0.1:9000 (connection refused)",
                 "stock of SP0001: 12 at sloc_01"):
        assert redact(text) == text


def test_a_key_the_till_read_is_masked_wherever_it_appears(tmp_path):
    odd_key = "Zq9-local-key-x81"  # no pattern would know it for a key
    save_connection(tmp_path, StoreConnection(kind="medusa", url="http://127.0.0.1:1"), odd_key)
    load_connection(tmp_path)
    assert redact(f"store said: bad key {odd_key}!") == f"store said: bad key {MASK}!"


def test_a_store_error_echoing_the_key_is_stored_and_logged_masked(demo_db, demo_settings,
                                                                   data_dir, caplog):
    remember_secret(KEY)
    setup_logging(data_dir)
    sell(demo_db, demo_settings, 1)
    store = ScriptedStore()
    store.fail_with = [
        StoreUnreachable(QT_TRANSLATE_NOOP("SyncErrors", "Online store not reachable ({0})"),
                         f"Authorization: Basic {KEY}"),
        Rejected(QT_TRANSLATE_NOOP("SyncErrors", "The online store refused {0} {1} "
                                                 "(HTTP {2}): {3}"),
                 "POST", "/admin/orders", 400, f'{{"api_key": "{KEY}", "password": "pw-123456"}}'),
    ]
    engine = SyncEngine(demo_db, store)
    engine.run_once()
    engine.run_once()

    with demo_db.transaction() as s:
        kept = list(s.scalars(select(OutboxEvent.last_error)))
    for stored in (state.read_status(demo_db).last_error, *kept):
        assert KEY not in stored
    con = sqlite3.connect(demo_db.path)
    try:
        everything = json.dumps(con.execute("SELECT * FROM outbox").fetchall()) + json.dumps(
            con.execute("SELECT * FROM settings").fetchall())
        rows = con.execute("SELECT last_error FROM outbox WHERE last_error != ''").fetchall()
    finally:
        con.close()
    assert rows and KEY not in everything and "pw-123456" not in everything
    assert MASK in rows[0][0]
    json.loads(rows[0][0])  # still a stored message the screen can show in any language

    for handler in logging.getLogger().handlers:
        handler.flush()
    log_text = (data_dir / "logs" / "pos.log").read_text(encoding="utf-8")
    assert "push of outbox row" in log_text and KEY not in log_text
    assert "pw-123456" not in log_text
