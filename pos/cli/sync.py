"""`pos connect …` and `pos sync …`: the sync engine from the command line."""
from __future__ import annotations

import json
import signal
import sys
import threading

from pos.i18n import translate
from pos.stored_text import shown
from sync import state
from sync.config import load_connection
from sync.engine import SyncEngine, retry_parked
from sync.runner import engine_for


def add_commands(sub) -> None:
    connect = sub.add_parser("connect", help=translate(
        "CliHelp", "connect this till to the central online store (a manager, with --user and "
                   "their PIN)"))
    connect.add_argument("kind", choices=("medusa",))
    connect.add_argument("--url", required=True)
    connect.add_argument("--api-key", required=True)
    connect.add_argument("--location-id", help=translate(
        "CliHelp", "the store's stock location this shop sells from (default: one named 'omnipos "
                   "shop', created if missing)"))
    from pos.cli.identity import add_identity_options

    add_identity_options(connect)  # a manager, with their PIN: where the sales go is theirs
    sync = sub.add_parser("sync", help=translate(
        "CliHelp", "push waiting changes and pull what changed online"))
    sync.add_argument("action", nargs="?", choices=("status", "retry"), help=translate(
        "CliHelp", "status: print the sync state; retry: re-queue parked errors"))
    sync.add_argument("--once", action="store_true", help=translate(
        "CliHelp", "push and pull once, then exit"))
    sync.add_argument("--watch", action="store_true", help=translate(
        "CliHelp", "keep syncing until stopped"))
    sync.add_argument("--json", action="store_true", help=translate("CliHelp", "status as JSON"))
    sync.add_argument("--id", type=int, help=translate("CliHelp",
                                                       "with retry: only this outbox row"))


def cmd_connect(args, db, data_dir) -> int:
    from pos.cli.identity import acting_user
    from sync.connect import connect_store_as

    link = connect_store_as(db, data_dir, acting_user(args, db), args.url, args.api_key,
                            args.kind, args.location_id)
    print(translate("Cli", "Connected to {url}. Sales channel {channel}, stock location "
                           "{location}.").format(url=link.url,
                                                 channel=link.ids.get("sales_channel_id"),
                                                 location=link.ids.get("stock_location_id")))
    return 0




def cmd_sync(args, db, data_dir, settings) -> int:
    if args.action == "status":
        return _print_status(db, data_dir, args.json)
    if args.action == "retry":
        print(translate("Cli", "{0} parked change(s) queued again.").format(
            retry_parked(db, args.id)))
        return 0
    engine = engine_for(db, data_dir, settings)
    if engine is None:
        print(translate("Cli", "error: no online store connected; run `pos connect medusa "
                               "--url … --api-key …`"), file=sys.stderr)
        return 2
    if args.watch:
        return _watch(engine)
    report = engine.run_once()
    status = state.read_status(db)
    print(translate("Cli", "pushed {0}, pulled {1}, waiting {2}, parked errors {3}").format(
        report.pushed, sum(report.pulled.values()), status.waiting_total, status.parked_errors))
    if report.offline or report.error or status.waiting_total:
        reason = (report.error or shown(status.last_error)
                  or translate("Cli", "changes still waiting"))
        print(translate("Cli", "error: sync not complete: {0}").format(reason), file=sys.stderr)
        return 1
    return 0


def _watch(engine: SyncEngine) -> int:
    stop = threading.Event()
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    engine.on_status = lambda st: print(_status_line(st), flush=True)
    engine.watch(stop)
    return 0


def _status_line(st: state.SyncStatus) -> str:
    online = {True: translate("Cli", "online"), False: translate("Cli", "offline"),
              None: translate("Cli", "not tried yet")}[st.online]
    line = translate("Cli", "{online}; waiting {total} {waiting}; parked errors {parked}; "
                            "last push {push}; last pull {pull}").format(
        online=online, total=st.waiting_total, waiting=st.waiting, parked=st.parked_errors,
        push=st.last_push_at or "-", pull=st.last_pull_at or "-")
    if st.last_error:
        line += translate("Cli", "; last error: {0}").format(shown(st.last_error))
    if st.needs_new_key:
        line += translate("Cli", "; the API key was refused: connect again with a new key")
    return line


def _print_status(db, data_dir, as_json: bool) -> int:
    st = state.read_status(db)
    link = load_connection(data_dir)
    st.connected = link is not None
    st.last_error = shown(st.last_error)
    batch = link[0].ids.get("pos_batch_route") if link else None  # asked at connect
    if as_json:
        print(json.dumps({**state.status_dict(st), "sale_batch_size": batch}))
        return 0
    path = ("" if batch is None
            else translate("Cli", "; sales sent in batches of {0} (the store's POS plugin)"
                           ).format(batch) if batch
            else translate("Cli", "; sales sent one by one (the store has no POS plugin)"))
    print((translate("Cli", "connected; ") if st.connected
           else translate("Cli", "no online store connected; ")) + _status_line(st) + path)
    return 0
