"""`pos customers ...`, `pos promotions list`: customers and promotions for scripts."""
from __future__ import annotations

import json
import sys

from pos.i18n import translate

EXIT_NOT_FOUND = 1  # like grep: a search that found nothing
EXIT_BAD_INPUT = 2  # same as the other commands


def add_commands(sub, commands: dict) -> None:
    """Register the subcommands on `sub` and their handlers in `commands`."""
    _add_customer_commands(sub, commands)
    _add_promotion_commands(sub, commands)


# -- customers --------------------------------------------------------------------------------
def _add_customer_commands(sub, commands: dict) -> None:
    customers = sub.add_parser("customers", help=translate(
        "CliHelp", "the shop's customers")).add_subparsers(dest="action", required=True)
    find = customers.add_parser("find", help=translate(
        "CliHelp", "find customers by phone (any spelling), email, name without accents or "
                   "loyalty card code"))
    find.add_argument("query")
    find.add_argument("--json", action="store_true", help=translate("CliHelp",
                                                                    "one JSON object per line"))
    add = customers.add_parser("add", help=translate(
        "CliHelp", "add a customer (a phone or an email is needed)"))
    add.add_argument("--name", required=True)
    add.add_argument("--phone", default="", help=translate("CliHelp",
                                                           "0912 345 678, +84912345678, ..."))
    add.add_argument("--email", default="")
    from pos.cli.identity import add_identity_options

    add_identity_options(add)  # who adds them, with their PIN
    commands.update({("customers", "find"): cmd_customers_find,
                     ("customers", "add"): cmd_customers_add})


def _shop_db(args):
    from pos.cli.shop import command_shop

    return command_shop(args)


def _customer_row(c) -> str:
    from pos.domain.phone import display_phone

    return "\t".join([str(c.id), c.name, display_phone(c.phone), c.email or "", c.group,
                      translate("Cli", "{0} points").format(c.points)])


def _customer_json(c) -> str:
    return json.dumps({"id": c.id, "name": c.name, "phone": c.phone, "email": c.email,
                       "group": c.group, "points": c.points, "card": c.card_code,
                       "remote_id": c.remote_id},
                      ensure_ascii=False)


def cmd_customers_find(args) -> int:
    from pos.services.customers import find_customers

    if not args.query.strip():
        print(translate("Cli", "error: give a phone number, a name, an email or a card code to "
                               "look for."), file=sys.stderr)
        return EXIT_BAD_INPUT
    found = find_customers(_shop_db(args), args.query)
    if not found:
        print(translate("Cli", "No customer matches {0}.").format(repr(args.query)),
              file=sys.stderr)
        return EXIT_NOT_FOUND
    for customer in found:
        print(_customer_json(customer) if args.json else _customer_row(customer))
    return 0


def cmd_customers_add(args) -> int:
    from pos.domain.phone import display_phone
    from pos.services.customers import add_customer

    from pos.cli.identity import acting_user

    db = _shop_db(args)
    c = add_customer(db, args.name, args.phone, args.email, by=acting_user(args, db))
    contact = display_phone(c.phone) or c.email
    print(translate("Cli", "Added customer {name} ({contact}), id {id}.").format(
        name=c.name, contact=contact, id=c.id))
    return 0


# -- promotions -------------------------------------------------------------------------------
def _add_promotion_commands(sub, commands: dict) -> None:
    promotions = sub.add_parser("promotions", help=translate(
        "CliHelp", "the shop's promotions")).add_subparsers(dest="action", required=True)
    listing = promotions.add_parser("list", help=translate(
        "CliHelp", "every promotion known at this till, whether it applies at the till and why "
                   "not"))
    listing.add_argument("--json", action="store_true", help=translate("CliHelp",
                                                                       "one JSON object per line"))
    commands.update({("promotions", "list"): cmd_promotions_list})


def _promotion_row(p) -> str:
    if not p.active:
        state = translate("Cli", "inactive")
    elif p.applies_at_till:
        state = translate("Cli", "applies at the till")
    else:
        state = translate("Cli", "not applied at the till: {0}").format(p.reason)
    used = (translate("Cli", "used {0}/{1}").format(p.used, p.usage_limit)
            if p.usage_limit is not None else "")
    return "\t".join([p.ref, p.name, p.code, p.what, used, state])


def _promotion_json(p) -> str:
    return json.dumps({"ref": p.ref, "name": p.name, "code": p.code or None, "active": p.active,
                       "applies_at_till": p.applies_at_till, "reason": p.reason or None,
                       "what": p.what, "used": p.used, "usage_limit": p.usage_limit},
                      ensure_ascii=False)


def cmd_promotions_list(args) -> int:
    from pos.services.promotions import list_promotions
    from pos.services.receipts import shop_money
    from pos.services.settings import load_settings

    db = _shop_db(args)
    found = list_promotions(db, shop_money(load_settings(db)))
    if not found:
        print(translate("Cli", "No promotions yet: they come from the online store with "
                               "`pos sync --once`."), file=sys.stderr)
    for promotion in found:
        print(_promotion_json(promotion) if args.json else _promotion_row(promotion))
    return 0
