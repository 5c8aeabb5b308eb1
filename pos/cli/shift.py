"""`pos shift status`, `pos report x`, `pos report z`: shifts and cash for managers."""
from __future__ import annotations

import json
import sys

from pos.i18n import translate

FORMATS = ("text", "json")


def add_commands(sub, commands: dict) -> None:
    """Register the subcommands on `sub` and their handlers in `commands`."""
    from pos.cli.printer import _guarded, _printer_options

    shift = sub.add_parser("shift", help=translate("CliHelp", "the till's shift")).add_subparsers(
        dest="action", required=True)
    _format(shift.add_parser("status", help=translate(
        "CliHelp", "the open shift: since when, float, sales so far, cash expected in the drawer")))
    report = sub.add_parser("report", help=translate("CliHelp", "shift reports")).add_subparsers(
        dest="action", required=True)
    _format(report.add_parser("x", help=translate(
        "CliHelp", "the open shift's figures now (changes nothing)")))
    z = report.add_parser("z", help=translate("CliHelp",
                                              "the Z report kept when a shift was closed"))
    z.add_argument("--shift", type=int, metavar="N", help=translate(
        "CliHelp", "the shift number (default: this till's last closed shift)"))
    z.add_argument("--print", action="store_true", help=translate(
        "CliHelp", "print it on the receipt printer too"))
    _format(z)
    _printer_options(z)
    commands.update({("shift", "status"): cmd_shift_status, ("report", "x"): cmd_report_x,
                     ("report", "z"): _guarded(cmd_report_z)})


def _format(parser) -> None:
    parser.add_argument("--format", choices=FORMATS, default="text")


def _shop(args):
    from pos.cli.shop import command_shop
    from pos.services.settings import load_settings

    db = command_shop(args)
    return db, load_settings(db)


def _show(report, settings, fmt: str) -> None:
    from pos.services.receipts import shop_money
    from pos.services.shift_printout import report_text

    if fmt == "json":
        json.dump(report.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(report_text(report, settings, shop_money(settings)))


def cmd_shift_status(args) -> int:
    from pos.services.shifts import current_shift, x_report

    db, settings = _shop(args)
    if current_shift(db, settings) is None:
        status = {"open": False, "terminal_id": settings.terminal_id}
        text = translate("Cli", "No shift is open on till {0}.").format(settings.terminal_id)
    else:
        report = x_report(db, settings)
        status = _status(report)
        text = _status_text(report, settings)
    print(json.dumps(status, ensure_ascii=False, indent=2) if args.format == "json" else text)
    return 0


def _status(report) -> dict:
    return {"open": True, "terminal_id": report.terminal_id, "shift_id": report.shift_id,
            "opened_at": report.opened_at, "opened_by": report.opened_by,
            "currency": report.currency, "opening_float": report.opening_float,
            "sales_count": report.sales_count, "sales_total": report.sales_total,
            "expected_cash": report.tender("cash").expected}


def _status_text(report, settings) -> str:
    from pos.services.receipts import receipt_labels, shop_money
    from pos.services.shift_printout import local_time

    money = shop_money(settings)
    opened = local_time(report.opened_at, receipt_labels(settings)["datetime_format"])
    return "\n".join((
        translate("Cli", "Shift {shift} is open on till {till} since {opened} (opened by "
                         "{user}).").format(shift=report.shift_id, till=report.terminal_id,
                                            opened=opened, user=report.opened_by),
        translate("Cli", "Opening float: {0}").format(money(report.opening_float)),
        translate("Cli", "Sales: {0}, {1}").format(report.sales_count, money(report.sales_total)),
        translate("Cli", "Cash expected in the drawer: {0}").format(
            money(report.tender("cash").expected)),
    ))


def cmd_report_x(args) -> int:
    from pos.services.shifts import x_report

    db, settings = _shop(args)
    _show(x_report(db, settings), settings, args.format)
    return 0


def cmd_report_z(args) -> int:
    from pos.services.printer import PrinterSetup
    from pos.services.shift_printout import print_report
    from pos.services.shifts import z_report

    db, settings = _shop(args)
    report = z_report(db, args.shift, settings)
    _show(report, settings, args.format)
    if args.print:
        setup = PrinterSetup.from_settings(settings, uri=args.printer, mode=args.mode)
        print_report(report, settings, setup)
        print(translate("Cli", "Z report of shift {0} sent to {1}.").format(report.shift_id,
                                                                            setup.uri),
              file=sys.stderr)
    return 0
