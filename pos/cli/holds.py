"""`pos holds list [--json]` and `pos holds release PARKED_ID`: the parked sales held for a
customer (their items reserved here and online), for the manager who checks or tidies from
the back room. Holds past their deadline are released first, as at the till."""
from __future__ import annotations

import json

from pos.i18n import translate


def add_commands(sub, commands: dict) -> None:
    """Register the subcommands on `sub` and their handlers in `commands`."""
    held = sub.add_parser("holds", help=translate(
        "CliHelp", "parked sales held for a customer")).add_subparsers(dest="action",
                                                                         required=True)
    listing = held.add_parser("list", help=translate(
        "CliHelp", "the holds, soonest deadline first"))
    listing.add_argument("--json", action="store_true", help=translate(
        "CliHelp", "one JSON object per hold (for scripts)"))
    release = held.add_parser("release", help=translate(
        "CliHelp", "end a hold by hand (the sale stays parked)"))
    release.add_argument("parked_id", type=int, help=translate(
        "CliHelp", "the parked sale's number, as `pos holds list` shows it"))
    commands.update({("holds", "list"): cmd_holds_list, ("holds", "release"): cmd_holds_release})


def cmd_holds_list(args) -> int:
    from pos.cli.shop import command_shop
    from pos.services import holds
    from pos.services.receipts import local_time

    db = command_shop(args)
    holds.expire(db)
    views = holds.holds(db)
    for v in views:
        if args.json:
            print(json.dumps({"id": v.id, "parked_id": v.parked_id, "customer": v.customer_name,
                              "until": v.until.isoformat(timespec="seconds") + "Z",
                              "lines": [{"sku": sku, "name": name, "quantity": q / 1000}
                                        for sku, name, q in v.lines]}, ensure_ascii=False))
            continue
        items = ", ".join(f"{name} × {q / 1000:g}" for _sku, name, q in v.lines)
        print(f"{v.parked_id}\t{v.customer_name}\t"
              f"{local_time(v.until):%d/%m/%Y %H:%M}\t{items}")
    if not views and not args.json:
        print(translate("Cli", "No sale is held."))
    return 0


def cmd_holds_release(args) -> int:
    from pos.cli.shop import command_shop
    from pos.services import holds

    view = holds.release(command_shop(args), args.parked_id)
    print(translate("Cli", "Hold released for {0}: the items can be sold again; the sale stays "
                           "parked.").format(view.customer_name))
    return 0
