"""`pos stock show`, `pos stock adjust`, `pos stock low`, `pos stock export`: stock levels and
adjustments for managers who script and for support."""
from __future__ import annotations

import json
import sys

from pos.domain.stock import REASONS

EXIT_BAD_INPUT = 2  # same as the other commands


def add_commands(sub, commands: dict) -> None:
    """Register the subcommands on `sub` and their handlers in `commands`."""
    stock = sub.add_parser("stock", help="stock levels and adjustments").add_subparsers(
        dest="action", required=True)
    show = stock.add_parser("show", help="an item's stock here and at the store's other "
                            "locations, with the movements not synced yet")
    show.add_argument("code", metavar="SKU_OR_BARCODE")
    show.add_argument("--format", choices=("text", "json"), default="text")
    adjust = stock.add_parser("adjust", help="add or take off stock with a reason")
    adjust.add_argument("code", metavar="SKU_OR_BARCODE")
    adjust.add_argument("quantity", metavar="QTY", help="signed change: 24, -3, -0.850 (kg); "
                        "with --counted: what is on the shelf")
    adjust.add_argument("--reason", choices=tuple(REASONS), required=True,
                        help="received goods, damage, theft, or count (correction)")
    adjust.add_argument("--counted", action="store_true",
                        help="QTY is the counted quantity: the difference is posted")
    adjust.add_argument("--note", default="", help="delivery note number, what broke, ...")
    adjust.add_argument("--user", required=True, help="the manager making the adjustment")
    stock.add_parser("low", help="items at or below their low-stock threshold")
    export = stock.add_parser("export", help="every item's stock as CSV")
    export.add_argument("--out", help="FILE.csv (default: standard output)")
    commands.update({("stock", "show"): cmd_stock_show, ("stock", "adjust"): cmd_stock_adjust,
                     ("stock", "low"): cmd_stock_low, ("stock", "export"): cmd_stock_export})


def _shop(args):
    from pos.app import open_shop, resolve_data_dir
    from pos.services.settings import load_settings

    db = open_shop(resolve_data_dir(args.data_dir))
    return db, load_settings(db)


def _user(db, name: str):
    from pos.services.errors import ServiceError
    from pos.services.users import list_users

    found = next((u for u in list_users(db) if u.name.casefold() == name.casefold()), None)
    if found is None:
        raise ServiceError(f"No active user is called {name!r}: see `pos users list`.")
    return found


def _number(value) -> str:
    return "" if value is None else f"{value:f}"


def cmd_stock_show(args) -> int:
    from pos.services.receipts import local_time
    from pos.services.stock_view import item_stock

    db, settings = _shop(args)
    stock = item_stock(db, settings, args.code)
    if args.format == "json":
        print(json.dumps(_stock_document(stock), ensure_ascii=False, indent=2))
        return 0
    print(f"{stock.sku}  {stock.name}")
    print(f"  here ({settings.stock_location}): {_number(stock.on_hand)} {stock.unit}"
          f"  (store's last count {_number(stock.last_synced) or '-'}, "
          f"{len(stock.pending)} movement(s) not synced)"
          + ("  LOW" if stock.is_low else ""))
    for loc in stock.elsewhere:
        print(f"  {loc.name} ({loc.kind}): {_number(loc.quantity)}")
    for m in stock.pending:
        print(f"  not synced: {local_time(m.when):%Y-%m-%d %H:%M} {m.kind} "
              f"{_number(m.quantity):>8} "
              f"{m.reason} {m.who} — {m.state}")
    return 0


def _stock_document(stock) -> dict:
    return {
        "sku": stock.sku, "name": stock.name, "unit": stock.unit,
        "on_hand": _number(stock.on_hand), "last_synced": _number(stock.last_synced),
        "low_threshold": _number(stock.low_threshold), "low": stock.is_low,
        "locations": [{"name": l.name, "kind": l.kind, "quantity": _number(l.quantity)}
                      for l in stock.elsewhere],
        "unsynced": [{"id": m.id, "at": m.when.isoformat(timespec="seconds") + "Z",
                      "kind": m.kind, "quantity": _number(m.quantity), "reason": m.reason,
                      "who": m.who, "state": m.state} for m in stock.pending],
    }


def cmd_stock_adjust(args) -> int:
    from pos.domain.stock import milli_to_decimal
    from pos.services.stock_adjustments import adjust_stock, post_count

    if args.counted and args.reason != "count":
        print("error: --counted posts a count correction: use --reason count.", file=sys.stderr)
        return EXIT_BAD_INPUT
    db, settings = _shop(args)
    user = _user(db, args.user)
    if args.counted:
        posted = post_count(db, settings, {args.code: args.quantity}, user, args.note)
        if not posted.adjustments:
            print(f"{args.code}: the count matches the till ({args.quantity}); nothing posted.")
            return 0
        done = posted.adjustments[0]
    else:
        done = adjust_stock(db, settings, args.code, args.quantity, args.reason, user, args.note)
    change = _number(milli_to_decimal(done.delta_milli))
    print(f"{done.sku} {done.name}: {'' if change.startswith('-') else '+'}{change} "
          f"({done.reason}), now {_number(milli_to_decimal(done.on_hand_milli))} here; "
          "waiting to sync.")
    return 0


def cmd_stock_low(args) -> int:
    from pos.services.stock_view import low_stock

    db, settings = _shop(args)
    rows = low_stock(db, settings)
    for row in rows:
        print(f"{row.sku}\t{row.name}\t{_number(row.on_hand)}\t"
              f"(threshold {_number(row.threshold)})")
    if not rows:
        print("No item is at or below its low-stock threshold.")
    return 0


def cmd_stock_export(args) -> int:
    from pos.services.stock_view import write_stock_csv

    db, settings = _shop(args)
    if not args.out:
        write_stock_csv(db, settings, sys.stdout)
        return 0
    with open(args.out, "w", encoding="utf-8", newline="") as out:
        count = write_stock_csv(db, settings, out)
    print(f"{count} item(s) written to {args.out}.")
    return 0
