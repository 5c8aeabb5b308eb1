"""The `pos` command: opens the till, or runs a shop task for admins and scripts."""
from __future__ import annotations

import argparse
import importlib
import sys
from datetime import datetime
from pathlib import Path

from pos import __version__, i18n
from pos.domain.errors import DomainError
from pos.i18n import translate


def _till_options(p: argparse.ArgumentParser) -> None:
    """The options of `pos` itself (opening the till), before any command."""
    p.add_argument("--data-dir", help=translate(
        "CliHelp", "the shop's data folder (default: per-user data dir, or $OMNIPOS_DATA_DIR)"))
    p.add_argument("--version", action="version", version=f"omnipos {__version__}",
                   help=translate("CliHelp", "show the version number and exit"))
    p.add_argument("--exit-when-ready", action="store_true", help=translate(
        "CliHelp", "open the window, exit as soon as the sale screen is ready (timing)"))
    p.add_argument("--demo", action="store_true", help=translate(
        "CliHelp", "the embedded demo shop (created if the data folder is new), for the window "
                   "instead of the first-run set-up or for a command; the only way a command "
                   "makes a shop"))


def _till_args(argv: list[str] | None) -> argparse.Namespace | None:
    """The options when the command line only opens the till, else None. The full parser
    imports every command module (sync, printing, ...): a good part of a cold start that
    opening the till does not need. Anything else (a command, -h) goes to the full parser."""
    p = argparse.ArgumentParser(prog="pos", add_help=False)
    _till_options(p)
    args, rest = p.parse_known_args(argv)
    if rest:
        return None
    args.command = None
    return args


def _command_args(argv: list[str] | None) -> argparse.Namespace:
    """A command (or -h): its help and argparse's own words (usage, errors) in the shop's
    language, read from its database without opening it, else the computer's."""
    from pos.cli.language import speak_before_parsing

    speak_before_parsing(argv)
    return _parser().parse_args(argv)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="pos",
                                description=translate("CliHelp", "omnipos point of sale"))
    _till_options(p)
    sub = p.add_subparsers(dest="command")

    catalog = sub.add_parser("catalog", help=translate(
        "CliHelp", "the product catalogue")).add_subparsers(dest="action", required=True)
    imp = catalog.add_parser("import", help=translate(
        "CliHelp", "import or update products from a UTF-8 CSV (a manager, with --user and "
                   "their PIN)"))
    imp.add_argument("file", type=Path)
    from pos.cli.identity import add_identity_options

    add_identity_options(imp)  # a manager, with their PIN: prices and stock change

    sales = sub.add_parser("sales", help=translate(
        "CliHelp", "completed sales")).add_subparsers(dest="action", required=True)
    exp = sales.add_parser("export", help=translate(
        "CliHelp", "print completed sales with lines and payments"))
    exp.add_argument("--since", help=translate("CliHelp", "YYYY-MM-DD or an ISO date-time"))
    exp.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")

    journal = sub.add_parser("journal", help=translate(
        "CliHelp", "the tamper-evident journal")).add_subparsers(dest="action", required=True)
    verify = journal.add_parser("verify", help=translate(
        "CliHelp", "check the hash chain, every sale's rows, the receipt numbers and the head "
                   "file; exits 1 with the first problem"))
    verify.add_argument("--receipt", help=translate(
        "CliHelp", "a paper receipt's number (T1-000002) to check with --code"))
    verify.add_argument("--code", help=translate(
        "CliHelp", "the check code printed on that receipt"))

    users = sub.add_parser("users", help=translate(
        "CliHelp", "till users")).add_subparsers(dest="action", required=True)
    add = users.add_parser("add", help=translate("CliHelp", "add a user"))
    add.add_argument("name")
    add.add_argument("--role", choices=("cashier", "manager", "admin"), required=True)
    add_identity_options(add, required=False)  # a shop with no user yet: its first admin
    users.add_parser("list", help=translate("CliHelp", "list users"))
    from pos.cli.users import add_user_parsers

    add_user_parsers(users, journal)
    from pos.cli.sync import add_commands

    add_commands(sub)
    for module in COMMAND_MODULES:
        importlib.import_module(module).add_commands(sub, COMMANDS)
    return p


#: modules that each register their own subcommands: add_commands(sub, COMMANDS)
COMMAND_MODULES = (
    "pos.cli.printer",   # printer test, receipt print/render
    "pos.cli.promotions",     # customers find/add, promotions list
    "pos.cli.shift",     # shift status, report x/z
    "pos.cli.stock",     # stock show/adjust
    "pos.cli.backup",    # backup, restore, self-test
    "pos.cli.orders",    # orders list (click-and-collect)
    "pos.cli.holds",     # holds list/release (parked sales held for a customer)
)


def _db(args):
    from pos.cli.shop import command_shop

    return command_shop(args)


def cmd_catalog_import(args) -> int:
    from pos.cli.identity import acting_user
    from pos.services.catalog_import import import_catalogue

    db = _db(args)
    result = import_catalogue(db, args.file, acting_user(args, db))
    print(translate("Cli", "Imported {0} new and updated {1} item(s).").format(result.created,
                                                                             result.updated))
    if result.ignored_columns:
        print(translate("Cli", "Not imported, the import does not read them: column(s) {0}.")
              .format(", ".join(result.ignored_columns)))
    return 0


def cmd_sales_export(args) -> int:
    from pos.services.exports import sale_documents, write_csv, write_jsonl

    since = datetime.fromisoformat(args.since) if args.since else None
    writer = write_csv if args.format == "csv" else write_jsonl
    writer(sale_documents(_db(args), since), sys.stdout)
    return 0


def cmd_journal_verify(args) -> int:
    from pos.domain.journal_proofs import matches_code
    from pos.services.errors import ServiceError
    from pos.services.journal import code_of_receipt, verify
    from pos.services.receipts import find_sale
    from pos.services.schema_check import ForeignSchema
    from pos.services.settings import load_settings

    if bool(args.receipt) != bool(args.code):
        print(translate("Cli", "Give both --receipt and --code (as printed on the receipt)."),
              file=sys.stderr)
        return 2
    try:
        db = _db(args)
    except ForeignSchema as refused:  # the journal cannot vouch for a file with foreign code
        print(translate("Cli", "The journal was not checked: {0}").format(refused),
              file=sys.stderr)
        return 1
    broken = verify(db)
    if broken:
        print(translate("Cli", "Journal entry {0} is bad: {1}").format(*broken[:2]),
              file=sys.stderr)
        return 1
    if args.receipt:
        try:
            with db.session() as s:
                sale_id = find_sale(s, args.receipt, load_settings(db).terminal_id).id
        except ServiceError as exc:
            print(str(exc), file=sys.stderr)
            return 1
        code = code_of_receipt(db, sale_id)
        if code is None or not matches_code(args.code, code):
            print(translate("Cli", "Receipt {0} does not match the journal: its code is not "
                                   "{1}.").format(args.receipt, args.code), file=sys.stderr)
            return 1
        print(translate("Cli", "Receipt {0} matches the journal (code {1}).").format(
            args.receipt, code))
        return 0
    print(translate("Cli", "Journal OK: the hash chain is intact."))
    return 0


def cmd_users_add(args) -> int:
    from pos.services.user_info import role_name
    from pos.services.users import add_user

    from pos.cli.identity import user_and_new_pin

    db = _db(args)
    by, pin = user_and_new_pin(args, db, args.name)
    user = add_user(db, args.name, args.role, pin, by)
    print(translate("Cli", "Added {role} {name} (id {id}).").format(role=role_name(user.role).lower(),
                                                                    name=user.name, id=user.id))
    return 0


def cmd_users_list(args) -> int:
    from pos.services.users import list_users

    for user in list_users(_db(args)):
        print(f"{user.id}\t{user.name}\t{user.role}")  # the role as --role takes it
    return 0


def _users_cli(name: str, args) -> int:
    from pos.cli import users as users_cli

    return getattr(users_cli, name)(args, _db(args))


def cmd_connect(args) -> int:
    from pos.app import resolve_data_dir
    from pos.cli.sync import cmd_connect as connect

    data_dir = resolve_data_dir(args.data_dir)
    return connect(args, _db(args), data_dir)


def cmd_sync(args) -> int:
    from pos.app import resolve_data_dir
    from pos.services.settings import load_settings
    from pos.cli.sync import cmd_sync as sync

    db = _db(args)
    return sync(args, db, resolve_data_dir(args.data_dir), load_settings(db))


COMMANDS = {
    ("catalog", "import"): cmd_catalog_import,
    ("sales", "export"): cmd_sales_export,
    ("journal", "verify"): cmd_journal_verify,
    ("users", "add"): cmd_users_add,
    ("users", "list"): cmd_users_list,
    ("users", "set-pin"): lambda args: _users_cli("cmd_set_pin", args),
    ("users", "disable"): lambda args: _users_cli("cmd_disable", args),
    ("users", "enable"): lambda args: _users_cli("cmd_enable", args),
    ("users", "unlock"): lambda args: _users_cli("cmd_unlock", args),
    ("users", "pin-length"): lambda args: _users_cli("cmd_pin_length", args),
    ("journal", "audit"): lambda args: _users_cli("cmd_audit", args),
}
WHOLE_COMMANDS = {"connect": cmd_connect, "sync": cmd_sync}


def main(argv: list[str] | None = None) -> int:
    args = _till_args(argv)  # first: its parser shows no help, so no catalogue is read for it
    i18n.set_language(i18n.language_for(""))  # the computer's, until a command opens the shop
    args = args or _command_args(argv)
    if args.command is None:
        from pos.app import resolve_data_dir, run_gui

        return run_gui(resolve_data_dir(args.data_dir), exit_when_ready=args.exit_when_ready,
                       demo=args.demo)
    from pos.app import NoShopHere
    from sync.errors import SyncError

    try:
        if args.command in WHOLE_COMMANDS:
            return WHOLE_COMMANDS[args.command](args)
        return COMMANDS[(args.command, args.action)](args)
    except NoShopHere as exc:  # nothing to work on, and nothing was made
        print(exc, file=sys.stderr)
        return 1
    except (DomainError, ValueError, OSError, SyncError) as exc:
        print(translate("Cli", "error: {0}").format(exc), file=sys.stderr)
        return 2

