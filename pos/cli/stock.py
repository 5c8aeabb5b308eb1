"""`pos stock show`, `pos stock adjust`, `pos stock low`, `pos stock export`: stock levels and
adjustments for managers who script and for support."""
from __future__ import annotations

import json
import sys

from pos.domain.stock import REASONS
from pos.i18n import translate

EXIT_BAD_INPUT = 2  # same as the other commands


def add_commands(sub, commands: dict) -> None:
    """Register the subcommands on `sub` and their handlers in `commands`."""
    stock = sub.add_parser("stock", help=translate(
        "CliHelp", "stock levels and adjustments")).add_subparsers(dest="action", required=True)
    show = stock.add_parser("show", help=translate(
        "CliHelp", "an item's stock here and at the store's other locations, with the movements "
                   "not synced yet"))
    show.add_argument("code", metavar="SKU_OR_BARCODE")
    show.add_argument("--format", choices=("text", "json"), default="text")
    adjust = stock.add_parser("adjust", help=translate("CliHelp",
                                                       "add or take off stock with a reason"))
    adjust.add_argument("code", metavar="SKU_OR_BARCODE")
    adjust.add_argument("quantity", metavar="QTY", help=translate(
        "CliHelp", "signed change: 24, -3, -0.850 (kg); with --counted: what is on the shelf"))
    adjust.add_argument("--reason", choices=tuple(REASONS), required=True, help=translate(
        "CliHelp", "received goods, damage, theft, or count (correction)"))
    adjust.add_argument("--counted", action="store_true", help=translate(
        "CliHelp", "QTY is the counted quantity: the difference is posted"))
    adjust.add_argument("--note", default="", help=translate(
        "CliHelp", "delivery note number, what broke, ..."))
    from pos.cli.identity import add_identity_options

    add_identity_options(adjust)  # the manager making the adjustment, with their PIN
    stock.add_parser("low", help=translate("CliHelp",
                                           "items at or below their low-stock threshold"))
    export = stock.add_parser("export", help=translate("CliHelp", "every item's stock as CSV"))
    export.add_argument("--out", help=translate("CliHelp", "FILE.csv (default: standard output)"))
    commands.update({("stock", "show"): cmd_stock_show, ("stock", "adjust"): cmd_stock_adjust,
                     ("stock", "low"): cmd_stock_low, ("stock", "export"): cmd_stock_export})


def _shop(args):
    from pos.cli.shop import command_shop
    from pos.services.settings import load_settings

    db = command_shop(args)
    return db, load_settings(db)


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
    here = translate("Cli", "here ({location}): {quantity} {unit}  (store's last count {count}, "
                            "{pending} movement(s) not synced)").format(
        location=settings.stock_location, quantity=_number(stock.on_hand), unit=stock.unit,
        count=_number(stock.last_synced) or "-", pending=len(stock.pending))
    print("  " + here + ("  " + translate("Cli", "LOW") if stock.is_low else ""))
    print("  " + translate("Cli", "reserved for customers: {reserved}; available to "
                                  "sell: {available}").format(
        reserved=_number(stock.reserved), available=_number(stock.available))
        + "".join(f"  {_held_by(h)} ×{h.quantity_milli // 1000}" for h in stock.held_for))
    for loc in stock.elsewhere:
        print(f"  {loc.name} ({loc.kind}): {_number(loc.quantity)}")
    for m in stock.pending:
        print("  " + translate("Cli", "not synced: {0}").format(
            f"{local_time(m.when):%Y-%m-%d %H:%M} {m.kind} {_number(m.quantity):>8} "
            f"{m.reason} {m.who} — {m.state}"))
    return 0


def _held_by(h) -> str:
    """An order to collect ("#1023 Lan") or a parked sale held for a customer."""
    from pos.services.receipts import local_time

    if h.display_no:
        return f"#{h.display_no} {h.customer_name}"
    return translate("Cli", "{0}, held until {1}").format(h.customer_name,
                                                           f"{local_time(h.until):%d/%m}")


def _stock_document(stock) -> dict:
    return {
        "sku": stock.sku, "name": stock.name, "unit": stock.unit,
        "on_hand": _number(stock.on_hand), "last_synced": _number(stock.last_synced),
        "reserved": _number(stock.reserved), "available": _number(stock.available),
        "held_for": [{"order": h.display_no or None, "customer": h.customer_name,
                      "hold_until": h.until.isoformat(timespec="seconds") + "Z" if h.until
                      else None, "quantity": h.quantity_milli // 1000}
                     for h in stock.held_for],
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
        print(translate("Cli", "error: --counted posts a count correction: use --reason count."),
              file=sys.stderr)
        return EXIT_BAD_INPUT
    db, settings = _shop(args)
    from pos.cli.identity import acting_user

    user = acting_user(args, db)
    if args.counted:
        posted = post_count(db, settings, {args.code: args.quantity}, user, args.note)
        if not posted.adjustments:
            print(translate("Cli", "{0}: the count matches the till ({1}); nothing posted.")
                  .format(args.code, args.quantity))
            return 0
        done = posted.adjustments[0]
    else:
        done = adjust_stock(db, settings, args.code, args.quantity, args.reason, user, args.note)
    change = _number(milli_to_decimal(done.delta_milli))
    sign = "" if change.startswith("-") else "+"
    now = _number(milli_to_decimal(done.on_hand_milli))
    print(translate("Cli", "{sku} {name}: {change} ({reason}), now {quantity} here; waiting to "
                           "sync.").format(sku=done.sku, name=done.name, change=sign + change,
                                           reason=done.reason, quantity=now))
    return 0


def cmd_stock_low(args) -> int:
    from pos.services.stock_view import low_stock

    db, settings = _shop(args)
    rows = low_stock(db, settings)
    for row in rows:
        print(f"{row.sku}\t{row.name}\t{_number(row.on_hand)}\t"
              + translate("Cli", "(threshold {0})").format(_number(row.threshold)))
    if not rows:
        print(translate("Cli", "No item is at or below its low-stock threshold."))
    return 0


def cmd_stock_export(args) -> int:
    from pos.services.stock_view import write_stock_csv

    db, settings = _shop(args)
    if not args.out:
        write_stock_csv(db, settings, sys.stdout)
        return 0
    with open(args.out, "w", encoding="utf-8", newline="") as out:
        count = write_stock_csv(db, settings, out)
    print(translate("Cli", "{0} item(s) written to {1}.").format(count, args.out))
    return 0
