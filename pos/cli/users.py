"""`pos users set-pin|disable|enable|unlock` and `pos journal audit`: for the shop's admin at
the till's computer (whoever can run these can also read the database file)."""
from __future__ import annotations

import json

from pos.cli.identity import acting_user, add_identity_options, user_and_new_pin
from pos.i18n import translate


def add_user_parsers(users, journal) -> None:
    """Adds to the `users` and `journal` subcommands that pos.cli made."""
    set_pin = users.add_parser("set-pin", help=translate(
        "CliHelp", "give a user a new PIN (e.g. a forgotten one)"))
    set_pin.add_argument("name")
    add_identity_options(set_pin)
    for action, text in (
            ("disable", translate("CliHelp", "stop a user's PIN from working (their sales stay)")),
            ("enable", translate("CliHelp", "let a disabled user log in again"))):
        parser = users.add_parser(action, help=text)
        parser.add_argument("name")
        add_identity_options(parser)
    add_identity_options(users.add_parser("unlock", help=translate(
        "CliHelp", "end the lockouts after too many wrong PINs at this till")))
    length = users.add_parser("pin-length", help=translate(
        "CliHelp", "how many digits a new PIN has at least: 4 or 6 (a manager's setting)"))
    length.add_argument("digits", type=int, choices=(4, 6))
    add_identity_options(length)
    audit = journal.add_parser("audit", help=translate(
        "CliHelp", "protected actions: who, what, when, approved by"))
    audit.add_argument("--limit", type=int, default=50)
    audit.add_argument("--json", action="store_true")


def cmd_set_pin(args, db) -> int:
    from pos.services.users import set_pin

    by, pin = user_and_new_pin(args, db, args.name)
    user = set_pin(db, args.name, pin, by)
    print(translate("Cli", "New PIN set for {0}.").format(user.name))
    return 0


def cmd_disable(args, db) -> int:
    return _set_active(args, db, False)


def cmd_enable(args, db) -> int:
    return _set_active(args, db, True)


def _set_active(args, db, active: bool) -> int:
    from pos.services.users import set_active

    user = set_active(db, args.name, active, acting_user(args, db))
    print((translate("Cli", "{0} can log in again.") if active
           else translate("Cli", "{0} can no longer log in.")).format(user.name))
    return 0


def cmd_unlock(args, db) -> int:
    from pos.services.settings import load_settings
    from pos.services.users import unlock_till

    terminal = load_settings(db).terminal_id
    unlock_till(db, terminal, acting_user(args, db))
    print(translate("Cli", "Till {0} unlocked: PINs are accepted again.").format(terminal))
    return 0


def cmd_pin_length(args, db) -> int:
    from pos.services.users import set_pin_length

    set_pin_length(db, args.digits, acting_user(args, db))
    print(translate("Cli", "New PINs now have at least {0} digits; PINs already given keep "
                           "working.").format(args.digits))
    return 0


def cmd_audit(args, db) -> int:
    from pos.services.audit import audit_trail

    for e in audit_trail(db, args.limit):
        if args.json:
            print(json.dumps({"seq": e.seq, "kind": e.kind, "at": e.at.isoformat() + "Z",
                              "user": e.user, "approved_by": e.approved_by, **e.details},
                             ensure_ascii=False))
        else:
            by = (translate("Cli", " approved by {0}").format(e.approved_by)
                  if e.approved_by else "")
            print(f"{e.seq}\t{e.at:%Y-%m-%d %H:%M}\t{e.kind}\t{e.user or '—'}{by}")
    return 0
