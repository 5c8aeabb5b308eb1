"""`pos orders list [--json]`: the online orders to collect in this shop, with their state,
for the owner who scripts or checks from the back room. Orders ready for longer than the
pickup deadline (setting collect_pickup_days) become not collected first, as at the till."""
from __future__ import annotations

import json

from pos.i18n import translate


def add_commands(sub, commands: dict) -> None:
    """Register the subcommands on `sub` and their handlers in `commands`."""
    orders = sub.add_parser("orders", help=translate(
        "CliHelp", "online orders picked up in this shop")).add_subparsers(dest="action",
                                                                           required=True)
    listing = orders.add_parser("list", help=translate(
        "CliHelp", "the orders to collect, oldest first, with their state"))
    listing.add_argument("--json", action="store_true", help=translate(
        "CliHelp", "one JSON object per order (for scripts)"))
    listing.add_argument("--all", action="store_true", help=translate(
        "CliHelp", "collected, cancelled and not collected orders too"))
    commands.update({("orders", "list"): cmd_orders_list})


def _document(view) -> dict:
    return {"id": view.id, "number": view.display_no, "state": view.state,
            "customer": view.customer_name, "phone": view.phone, "email": view.email,
            "currency": view.currency, "total": view.total, "paid": view.paid,
            "placed_at": view.placed_at.isoformat(),
            "ready_at": view.ready_at.isoformat() if view.ready_at else None,
            "lines": [{"sku": ln.sku, "name": ln.name, "quantity": ln.quantity,
                       "picked": ln.scanned} for ln in view.lines]}


def cmd_orders_list(args) -> int:
    from pos.cli.shop import command_shop
    from pos.services import collect
    from pos.services.receipts import shop_money
    from pos.services.settings import load_settings

    db = command_shop(args)
    settings = load_settings(db)
    collect.expire(db, settings.collect_pickup_days)
    states = tuple(collect.STATE_NAMES) if args.all else collect.OPEN_STATES
    views = collect.orders(db, states)
    if args.json:
        for view in views:
            print(json.dumps(_document(view), ensure_ascii=False))
        return 0
    money = shop_money(settings)
    for v in views:
        picked = f"{sum(ln.scanned for ln in v.lines)}/{sum(ln.quantity for ln in v.lines)}"
        paid = translate("Cli", "paid") if v.paid else translate("Cli", "to pay")
        print(f"#{v.display_no}\t{v.state_name}\t{v.customer_name}\t{v.phone}\t{picked}\t"
              f"{money(v.total)}\t{paid}")
    if not views:
        print(translate("Cli", "No order to collect."))
    return 0
