"""`pos backup`, `pos restore FILE`, `pos self-test`: data safety and support."""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from pos import i18n
from pos.i18n import translate

EXIT_REFUSED = 2  # same as the other commands: the input was not acceptable


def add_commands(sub, commands: dict) -> None:
    """Register the subcommands on `sub` and their handlers in `commands`."""
    backup = sub.add_parser("backup", help=translate(
        "CliHelp", "copy the shop database (checked) to a file"))
    backup.add_argument("--out", type=Path, help=translate(
        "CliHelp", "where to write the copy (default: backups/ in the data folder)"))
    restore = sub.add_parser("restore", help=translate(
        "CliHelp", "replace the shop database by a backup copy (close the till first)"))
    restore.add_argument("file", type=Path, help=translate(
        "CliHelp", "a copy made by `pos backup` or the automatic backups"))
    from pos.cli.identity import add_identity_options

    add_identity_options(restore, required=False)  # a manager of the shop being replaced
    self_test = sub.add_parser("self-test", help=translate(
        "CliHelp", "check this installation without a screen: open the database, draw a receipt "
                   "and the window offscreen; exit 0 when all is well"))
    # argparse stores a missing `action` as absent: the handlers take the whole command.
    for parser, name, handler in ((backup, "backup", cmd_backup),
                                  (restore, "restore", cmd_restore),
                                  (self_test, "self-test", cmd_self_test)):
        parser.set_defaults(action=None)
        commands[(name, None)] = handler


def _db_path(args) -> Path:
    from pos.app import DB_NAME, resolve_data_dir

    return resolve_data_dir(args.data_dir) / DB_NAME


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n / 1000:.0f} kB"


def _refused(error: Exception) -> int:
    print(translate("Cli", "error: {0}").format(error), file=sys.stderr)
    return EXIT_REFUSED


def cmd_backup(args) -> int:
    from pos.app import NoShopHere
    from pos.services.backups import BackupRefused, check_backup, make_backup

    if not _db_path(args).exists():
        raise NoShopHere(_db_path(args).parent)
    try:
        path = make_backup(_db_path(args), args.out)
    except BackupRefused as error:
        return _refused(error)
    info = check_backup(path)
    print(translate("Cli", "Backup written to {0} ({1}, {2} sales, integrity ok).")
          .format(path, _size(info.size_bytes), info.sales))
    return 0


def cmd_restore(args) -> int:
    from pos.services.backups import BackupRefused, check_backup, restore_backup

    try:
        check_backup(args.file)  # a bad copy is refused before anyone is asked for a PIN
        if _db_path(args).exists():
            _journal_restore(args)
        info, kept = restore_backup(_db_path(args), args.file)
    except BackupRefused as error:
        return _refused(error)
    print(translate("Cli", "Restored {0}: {1} sales, last sale {2}.")
          .format(args.file, info.sales, info.last_sale_at or "-"))
    if kept:
        print(translate("Cli", "The database as it was before the restore is kept at {0}.")
              .format(kept))
    print(translate("Cli", "Start the till again; it upgrades the restored database if it is "
                           "older."))
    return 0


def _journal_restore(args) -> None:
    """A manager of the shop being replaced, PIN checked; the entry goes into the database
    that the restore keeps aside (pre-restore copy), with who restored which file."""
    from pos.app import open_shop, resolve_data_dir
    from pos.cli.identity import acting_user
    from pos.services.errors import ServiceError
    from pos.services.settings import load_settings
    from pos.services.shop_restore import journal_restore

    if not args.user:
        raise ServiceError(translate("Cli", "Restoring replaces this shop's data: give --user "
                                            "with a manager's name (their PIN is asked)."))
    # A live file with foreign schema is what a restore is for: it is opened all the same.
    db = open_shop(resolve_data_dir(args.data_dir), create_demo=False, check_schema=False)
    try:
        journal_restore(db, load_settings(db), acting_user(args, db), args.file.name)
    finally:
        db.close()


def cmd_self_test(args) -> int:
    from pos.app import DB_NAME, open_shop, resolve_data_dir

    data_dir = resolve_data_dir(args.data_dir)
    if (data_dir / DB_NAME).exists():
        return _self_test(open_shop(data_dir, create_demo=False), data_dir)
    with tempfile.TemporaryDirectory(prefix="omnipos-self-test-") as scratch:
        # No shop here yet: test on a scratch database, leave nothing behind; it has no
        # language of its own, so the command goes on speaking the computer's.
        speaking = i18n.current_language()
        db = open_shop(Path(scratch), create_demo=False)
        i18n.set_language(speaking)
        return _self_test(db, Path(scratch))


def _self_test(db, data_dir: Path) -> int:
    checks = (("database", _check_database), ("receipt", _check_receipt),
              ("window", _check_window))
    failed = 0
    try:
        for name, check in checks:
            try:
                print(translate("Cli", "{0}: ok ({1})").format(name, check(db, data_dir)),
                      flush=True)
            except Exception as error:  # report every check, then fail
                failed += 1
                print(translate("Cli", "{0}: FAILED ({1}: {2})")
                      .format(name, type(error).__name__, error),
                      flush=True)
    finally:
        db.close()
    print(translate("Cli", "self-test failed") if failed else translate("Cli", "self-test passed"))
    return 0 if not failed else 1


def _check_database(db, data_dir: Path) -> str:
    from pos.db.migrate import current_revision

    if not db.integrity_ok():
        raise RuntimeError(translate("Cli", "integrity check failed: restore a backup "
                                            "(pos restore FILE)"))
    return translate("Cli", "schema {0}, integrity ok, {1}").format(current_revision(db.engine),
                                                                    db.path)


def _check_receipt(db, data_dir: Path) -> str:
    from pos.printing.escpos_out import self_test_receipt
    from pos.printing.raster import find_receipt_font, receipt_image

    image = receipt_image(self_test_receipt())
    return translate("Cli", "{0}x{1} dots with {2}").format(image.width, image.height,
                                                            find_receipt_font())


def _check_window(db, data_dir: Path) -> str:
    from pos.ui.self_test import draw_window_offscreen

    return draw_window_offscreen(db, data_dir)
