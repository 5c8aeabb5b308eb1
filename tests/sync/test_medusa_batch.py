"""The omnipos POS plugin's batch route against real Medusa (issue #16, part 1).

A second store, started with OMNIPOS_POS_PLUGIN=1 (installer/setup-medusa.sh installs the plugin
into tests/medusa_server), runs beside the session's plain store: a till connected to it pushes
its sales in batches, one order per sale whatever the network does."""
from __future__ import annotations

import io
import json
import os
import random
from contextlib import redirect_stdout
from types import SimpleNamespace

import pytest
from faulty_proxy import Action, FaultyProxy

import medusa_harness as harness
from tests.sync.conftest import skip_when_opted_out
from pos.app import open_shop
from pos.cli import main as pos
from pos.db.models import OutboxEvent
from pos.services import shifts, users
from pos.services.settings import load_settings
from store_link import connect_as
from sync import state
from sync.config import load_connection
from sync.connectors import medusa_batch
from sync.connectors.medusa import MedusaConnector
from sync.connectors.medusa_http import MedusaHttp
from sync.engine import SyncEngine
from till_helpers import orders_for, sell, sync_once, till  # noqa: F401

pytestmark = [pytest.mark.medusa, pytest.mark.slow]
PLUGIN_ENV = "OMNIPOS_POS_PLUGIN"
WATER, NOODLE = "OMNI-WATER-500", "OMNI-NOODLE-HH"


class PluginServer(harness.MedusaServer):
    """The test store's `medusa` with the POS plugin loaded (and migrated)."""

    def _spawn(self, *args, log):
        saved = os.environ.get(PLUGIN_ENV)
        os.environ[PLUGIN_ENV] = "1"
        try:
            return super()._spawn(*args, log=log)
        finally:
            if saved is None:
                os.environ.pop(PLUGIN_ENV, None)
            else:
                os.environ[PLUGIN_ENV] = saved


@pytest.fixture(scope="module")
def pos_store(tmp_path_factory):
    skip_when_opted_out()  # the same opt-out as every other Medusa fixture
    plugin = harness.SERVER_DIR / "node_modules" / "@omnipos" / "medusa-pos" / "package.json"
    if not plugin.exists():
        pytest.fail(f"{plugin} is missing: run installer/setup-medusa.sh", pytrace=False)
    workdir = tmp_path_factory.mktemp("medusa-pos")
    pg = harness.start_postgres(workdir)
    server = PluginServer(pg=pg, port=harness.free_port(), workdir=workdir)
    try:
        server.migrate()
        user = server.create_admin_user()
        server.start()
        assert user.wait(120) == 0
        server.create_api_key()
        admin = server.admin()
        # what store_link.connect_as and the checks below read of a store
        yield SimpleNamespace(pg=pg, server=server, admin=admin, shop=admin.seed_shop(),
                              url=server.url, port=server.port, api_key=server.api_key)
    finally:
        server.stop()
        pg.remove()


@pytest.fixture
def pos_till(tmp_path, pos_store):
    data_dir = tmp_path / "till"
    db = open_shop(data_dir, create_demo=False)
    owner = users.add_user(db, "Chủ", "admin", "0001")
    lan = users.add_user(db, "Lan", "cashier", "1111", by=owner)
    shifts.open_shift(db, lan, 0, load_settings(db))
    assert connect_as(data_dir, pos_store, "Chủ", "0001", "--location-id",
                      pos_store.shop.location_id) == 0
    assert pos(["--data-dir", str(data_dir), "sync", "--once"]) == 0  # the catalogue
    yield db, data_dir
    db.close()


def orders_by_sale(store, sale_ids) -> dict[str, list[dict]]:
    from sync.connectors.keyset import all_rows
    http = MedusaHttp(store.url, store.api_key)
    found: dict[str, list[dict]] = {s: [] for s in sale_ids}
    for o in all_rows(http, "/admin/orders", "orders", "created_at", "1970-01-01T00:00:00Z", **{
            "sales_channel_id[]": store.shop.pos.sales_channel_id,
            "fields": "id,status,payment_status,fulfillment_status,metadata"}):
        sale = (o.get("metadata") or {}).get("pos_sale_id")
        if sale in found:
            found[sale].append(o)
    return found


def sale_payloads(db, sale_ids) -> list[dict]:
    with db.session() as s:
        rows = {r.ref: json.loads(r.payload) for r in s.query(OutboxEvent).filter_by(kind="sale")}
    return [rows[i] for i in sale_ids]


def pushed_until_done(db, connector, rounds=300):
    engine = SyncEngine(db, connector)
    for _ in range(rounds):
        engine.push()
        if state.read_status(db).waiting_total == 0:
            return
        with db.transaction() as s:  # don't wait out backoff in a test
            s.query(OutboxEvent).filter_by(status="pending").update({"next_attempt_at": None})
    raise AssertionError("sales still waiting")


def test_connect_finds_the_route_and_status_says_which_path(pos_till, pos_store, medusa):
    db, data_dir = pos_till
    conn, _key = load_connection(data_dir)
    assert conn.ids[medusa_batch.ROUTE_KEY] == 50
    out = io.StringIO()
    with redirect_stdout(out):
        assert pos(["--data-dir", str(data_dir), "sync", "status", "--json"]) == 0
        assert pos(["--data-dir", str(data_dir), "sync", "status"]) == 0
    as_json, line = out.getvalue().splitlines()[:2]
    assert json.loads(as_json)["sale_batch_size"] == 50
    assert "50" in line.split(";")[-1]  # the path, in the shop's language
    # the plain store beside it has no route: the till keeps the per-sale calls
    assert medusa_batch.probe(MedusaHttp(medusa.url, medusa.api_key)) == 0


def test_a_batch_cut_by_the_network_and_pushed_again_gives_one_order_per_sale(pos_till,
                                                                             pos_store):
    db, data_dir = pos_till
    loc = pos_store.shop.location_id
    pos_store.admin.set_stock(WATER, loc, 500)
    made = [sell(db, [(WATER, 2), (NOODLE, 1)]).id for _ in range(12)]
    conn, key = load_connection(data_dir)
    proxy = FaultyProxy("127.0.0.1", pos_store.port, lifetime=600).start()
    try:
        # each connection one request; cuts where the store did the work and where it did not
        proxy.set_schedule(["pass", "pass", Action("reset", after_bytes=random.randint(0, 40)),
                            "drop", "pass", Action("delay", seconds=4.0)], cycle=True)
        connector = MedusaConnector(proxy.url, key, ids=conn.ids, timeout=(2.0, 2.0),
                                    reuse_connections=False)
        pushed_until_done(db, connector)
        counts = proxy.counts()
    finally:
        proxy.stop()
    assert counts["reset"] and counts["drop"] and counts["delay"]
    found = orders_by_sale(pos_store, made)
    assert {s: len(o) for s, o in found.items()} == {s: 1 for s in made}
    for (order,) in found.values():
        assert order["payment_status"] == "captured"
        assert order["fulfillment_status"] == "delivered"
        assert order["status"] == "completed"
    assert pos_store.admin.get_stock(WATER, loc) == 500 - 2 * len(made)


def test_a_refused_sale_in_a_batch_does_not_stop_the_others(pos_till, pos_store):
    db, data_dir = pos_till
    made = [sell(db, [(NOODLE, 1)]).id for _ in range(3)]
    conn, key = load_connection(data_dir)
    connector = MedusaConnector(pos_store.url, key, ids=conn.ids)
    pusher = connector._batch()
    bodies = [pusher.body(p) for p in sale_payloads(db, made)]
    bodies[1]["items"][0]["variant_id"] = "variant_not_in_this_store"
    answer = connector.http.post(medusa_batch.BATCH, {"sales": bodies})
    status = {r["sale_id"]: r["status"] for r in answer["results"]}
    assert status == {made[0]: "created", made[1]: "refused", made[2]: "created"}
    assert [r["reason"] for r in answer["results"] if r["status"] == "refused"][0]
    found = orders_by_sale(pos_store, made)
    assert [len(found[s]) for s in made] == [1, 0, 1]


def test_the_same_sale_in_two_batches_gives_one_order(pos_till, pos_store):
    db, data_dir = pos_till
    a, b, c = (sell(db, [(WATER, 1)]).id for _ in range(3))
    conn, key = load_connection(data_dir)
    connector = MedusaConnector(pos_store.url, key, ids=conn.ids)
    pusher = connector._batch()
    pa, pb, pc = sale_payloads(db, [a, b, c])
    first = pusher.push_many([pa, pb])
    second = pusher.push_many([pb, pc, pb])  # and twice in one batch
    assert second[b].remote_id == first[b].remote_id
    found = orders_by_sale(pos_store, [a, b, c])
    assert {s: len(o) for s, o in found.items()} == {a: 1, b: 1, c: 1}
    # a batch larger than the store takes is refused whole, with the limit in the message
    too_many = {"sales": [pusher.body(pa)] * 51}
    with pytest.raises(Exception, match="At most 50"):
        connector.http.post(medusa_batch.BATCH, too_many)


def test_a_store_whose_plugin_was_removed_gets_the_sales_one_by_one(till, medusa):
    """Connected while the store had the POS plugin (the connection says batches of 50), the
    till now talks to a store without it: the route answers 404, the till goes over to the
    per-sale calls for this sale and the next, each made once, and says so."""
    from sync.config import update_ids

    db, data_dir = till
    assert sync_once(data_dir) == 0  # the catalogue
    update_ids(data_dir, {medusa_batch.ROUTE_KEY: 50})  # as `pos connect` found it then
    made = [sell(db, [("OMNI-WATER-500", 1)]), sell(db, [("OMNI-COFFEE-G7", 2)])]
    assert sync_once(data_dir) == 0
    with db.session() as s:
        assert {r.status for r in s.query(OutboxEvent).filter_by(kind="sale")} == {"sent"}
    orders = orders_for(medusa, [sale.id for sale in made])
    assert len(orders) == 2 and all(o["payment_status"] == "captured" for o in orders)
    assert load_connection(data_dir)[0].ids[medusa_batch.ROUTE_KEY] == 0
    out = io.StringIO()
    with redirect_stdout(out):
        assert pos(["--data-dir", str(data_dir), "sync", "status", "--json"]) == 0
    assert json.loads(out.getvalue())["sale_batch_size"] == 0
    assert sync_once(data_dir) == 0 and len(orders_for(medusa, [s.id for s in made])) == 2
