"""`pos printer test`, `pos receipt print`, `pos receipt render`: printing for support and scripts."""
from __future__ import annotations

import sys
from pathlib import Path

from pos.i18n import translate
from pos.services.printer import MODES

EXIT_PRINTER_PROBLEM = 1  # the printer is there but cannot print now
EXIT_BAD_INPUT = 2  # same as the other commands: wrong number, file name or setting


def add_commands(sub, commands: dict) -> None:
    """Register the subcommands on `sub` and their handlers in `commands`."""
    printer = sub.add_parser("printer", help=translate(
        "CliHelp", "the receipt printer")).add_subparsers(dest="action", required=True)
    _printer_options(printer.add_parser("test", help=translate(
        "CliHelp", "print a test page (Vietnamese letters, barcode, QR code)")))
    receipt = sub.add_parser("receipt", help=translate(
        "CliHelp", "receipts of past sales")).add_subparsers(dest="action", required=True)
    reprint = receipt.add_parser("print", help=translate("CliHelp",
                                                         "print a copy of a past receipt"))
    reprint.add_argument("receipt_no", help=translate("CliHelp",
                                                      "T1-000001, 1, or the sale's UUID"))
    _printer_options(reprint)
    render = receipt.add_parser("render", help=translate(
        "CliHelp", "save a receipt as a PNG or PDF preview"))
    render.add_argument("receipt_no", help=translate("CliHelp",
                                                     "T1-000001, 1, or the sale's UUID"))
    render.add_argument("--out", type=Path, required=True, help=translate(
        "CliHelp", "FILE.png or FILE.pdf"))
    commands.update({("printer", "test"): _guarded(cmd_printer_test),
                     ("receipt", "print"): _guarded(cmd_receipt_print),
                     ("receipt", "render"): _guarded(cmd_receipt_render)})


def _printer_options(parser) -> None:
    parser.add_argument("--printer", metavar="URI", help=translate(
        "CliHelp", "tcp://192.168.1.50:9100, serial:/dev/ttyUSB0?baud=19200, file:/dev/usb/lp0, "
                   "usb:04b8:0202, cups:QUEUE (default: the printer in the settings)"))
    parser.add_argument("--mode", choices=MODES, help=translate("CliHelp",
                                                                "override the printer's mode"))


def _guarded(command):
    def run(args) -> int:
        from pos.printing.printers import PrinterConfigError, PrinterUnavailable
        from pos.printing.raster import ReceiptFontMissing

        try:
            return command(args)
        except PrinterConfigError as error:
            return _fail(error, EXIT_BAD_INPUT)
        except (PrinterUnavailable, ReceiptFontMissing) as error:
            return _fail(error, EXIT_PRINTER_PROBLEM)
    return run


def _fail(error: Exception, code: int) -> int:
    print(translate("Cli", "error: {0}").format(error), file=sys.stderr)
    return code


def _shop(args):
    from pos.cli.shop import command_shop
    from pos.services.settings import load_settings

    db = command_shop(args)
    return db, load_settings(db)


def _setup(args, settings):
    from pos.services.printer import PrinterSetup

    return PrinterSetup.from_settings(settings, uri=args.printer, mode=args.mode)


def cmd_printer_test(args) -> int:
    from pos.services.printer import print_test_page

    db, settings = _shop(args)
    setup = _setup(args, settings)
    print_test_page(setup)
    print(translate("Cli", "Test page sent to {uri} ({mode} mode, {width} mm).").format(
        uri=setup.uri, mode=setup.mode, width=setup.paper_width_mm))
    return 0


def cmd_receipt_print(args) -> int:
    from pos.services.print_queue import document_for  # a sale's receipt or a return's
    from pos.services.printer import print_to_printer

    db, settings = _shop(args)
    setup = _setup(args, settings)
    setup.check()  # before the receipt is looked up: no printer, no point
    to_print = document_for(db, args.receipt_no, settings)
    print_to_printer(to_print, setup)
    print(translate("Cli", "Receipt {0} sent to {1} ({2} mode).").format(
        to_print.receipt.receipt_no, setup.uri, setup.mode))
    return 0


def cmd_receipt_render(args) -> int:
    from pos.printing.raster import render_pdf, render_png
    from pos.services.print_queue import document_for

    renderers = {".png": render_png, ".pdf": render_pdf}
    suffix = args.out.suffix.lower()
    if suffix not in renderers:
        return _fail(ValueError(translate("Cli", "--out must end in .png or .pdf, not {0}.")
                                .format(repr(args.out.name))), EXIT_BAD_INPUT)
    db, settings = _shop(args)
    to_print = document_for(db, args.receipt_no, settings)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    renderers[suffix](to_print.receipt, args.out, to_print.money, to_print.labels)
    print(translate("Cli", "Receipt {0} saved to {1}.").format(to_print.receipt.receipt_no,
                                                               args.out))
    return 0
