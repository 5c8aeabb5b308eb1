"""Composition root: paths, logging, the database (backup + migrate + demo), the window."""
from __future__ import annotations

import gc
import logging
import logging.handlers
import os
import sys
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # SQLAlchemy loads in open_shop, while the till's start pauses the GC
    from pos.db.engine import Database

APP_NAME = "omnipos"
DATA_DIR_ENV = "OMNIPOS_DATA_DIR"
DB_NAME = "shop.sqlite3"
log = logging.getLogger("pos")


def resolve_data_dir(arg: str | None = None) -> Path:
    if arg:
        return Path(arg).expanduser().resolve()
    if os.environ.get(DATA_DIR_ENV):
        return Path(os.environ[DATA_DIR_ENV]).expanduser().resolve()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def setup_logging(data_dir: Path, verbose: bool = False) -> None:
    from pos.services.private_files import make_private_from_now, private_folder

    make_private_from_now()  # the log names customers and sales: the user's only
    private_folder(data_dir / "logs")
    handler = logging.handlers.RotatingFileHandler(
        data_dir / "logs" / "pos.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    from sync.redact import RedactingFilter

    handler.addFilter(RedactingFilter())  # the store's credentials never reach the file
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)


def backup_before_migration(db_path: Path) -> Path | None:
    backups = db_path.parent / "backups"
    backups.mkdir(exist_ok=True)
    target = backups / f"{db_path.stem}-pre-migration-{datetime.now():%Y%m%d-%H%M%S}.sqlite3"
    from pos.db.engine import Database

    Database(db_path).backup_to(target)
    return target


class NoShopHere(Exception):
    """A command on a data folder that holds no shop yet. Nothing was created: a shop is set
    up in the window's first-run set-up (or restored from a backup), the demo only on request."""

    def __init__(self, data_dir: Path):
        from pos.i18n import translate

        super().__init__(translate(
            "Cli", "No shop in {0} yet: start the app (pos) to set one up, or `pos --demo` to "
                   "try the demo shop (`pos restore FILE` brings a backup back).").format(data_dir))


def open_command_shop(data_dir: Path, demo: bool = False) -> Database:
    """The shop a command works on. A folder with no shop stays as it is (NoShopHere): a
    command must never quietly make a shop, least of all the demo one with its PIN 0000 admin;
    with `demo` (`pos --demo COMMAND`) a new folder gets the demo shop."""
    if not demo and not (data_dir / DB_NAME).exists():
        raise NoShopHere(data_dir)
    return open_shop(data_dir, create_demo=demo)


def open_shop(data_dir: Path, create_demo: bool = True, check_schema: bool = True) -> Database:
    """Opens (creating if needed) the shop DB, upgraded to the newest schema. An existing file
    whose schema is not the migrations' one (a foreign trigger or view) is not opened:
    ForeignSchema, before anything of it runs (`check_schema=False`: the restore replacing it)."""
    from pos.db.engine import Database
    from pos.db.migrate import needs_upgrade
    from pos.services.private_files import make_data_folder_private, make_private_from_now
    from pos.services.schema_check import refuse_foreign_schema

    make_private_from_now()
    make_data_folder_private(data_dir)  # also what an older omnipos or a copy left readable
    path = data_dir / DB_NAME
    existed = path.exists()
    if existed and check_schema:
        refuse_foreign_schema(path)
    db = Database(path)
    if existed and needs_upgrade(db.engine):
        log.info("schema upgrade; backup at %s", backup_before_migration(path))
    db.migrate()
    if existed:
        from pos.services.journal_head import catch_up_after_crash

        if catch_up_after_crash(path):
            log.warning("the journal head file was one entry behind (a crash after a sale); "
                        "brought up to the last entry")
    if create_demo:
        from pos.services.demo import create_demo_shop

        create_demo_shop(db)
    speak_shop_language(db)
    return db


def speak_shop_language(db: Database) -> str:
    """Messages, receipts and reports in the shop's language (its setting, else Vietnamese for
    a shop in Vietnam, else the computer's): a command speaks it as soon as it opens the shop."""
    from pos import i18n
    from pos.services.settings import load_settings

    language = i18n.shop_speaks(load_settings(db))
    i18n.set_language(language)
    return language


def start_background_sync(db: Database, data_dir: Path):
    """The sync engine in its own thread when a central store is connected, else None."""
    from pos.services.settings import load_settings
    from sync.runner import engine_for
    from sync.runner import BackgroundSync

    try:
        engine = engine_for(db, data_dir, load_settings(db))
    except Exception:  # a broken connection file must not stop the till from selling
        log.exception("could not start sync")
        return None
    if engine is None:
        return None
    runner = BackgroundSync(engine)
    runner.start()
    return runner


def start_daily_backups(db: Database):
    from pos.services.backups import DailyBackups
    from pos.services.settings import load_settings

    return DailyBackups(db.path, load_settings(db).backup_keep_days).start()


def run_gui(data_dir: Path, exit_when_ready: bool = False, demo: bool = False) -> int:
    """The till. A new shop opens on the first-run set-up (which can skip to the demo shop);
    `demo` opens the demo shop directly."""
    with cycle_collection_paused() as started:
        return _run_till(data_dir, exit_when_ready, demo, started)


def _run_till(data_dir: Path, exit_when_ready: bool, demo: bool, started) -> int:
    from pos.services.schema_check import ForeignSchema
    from pos.services.setup import is_first_run
    from pos.ui.application import run

    setup_logging(data_dir)
    try:
        db = open_shop(data_dir, create_demo=demo)
    except ForeignSchema as refused:
        return _refuse_to_start(refused, exit_when_ready)
    first_run = is_first_run(db)
    backups = None if exit_when_ready else start_daily_backups(db)
    running = {"sync": None}

    def start_sync():  # after the set-up connected a store, or at once for a set-up shop
        running["sync"] = running["sync"] or start_background_sync(db, data_dir)
        return running["sync"]

    try:
        if not (exit_when_ready or first_run):
            start_sync()
        return run(db, data_dir, exit_when_ready=exit_when_ready, sync=running["sync"],
                   first_run=first_run, start_sync=start_sync, started=started)
    finally:
        if running["sync"]:
            running["sync"].stop()
        if backups:
            backups.stop()
        db.close()


def _refuse_to_start(refused: Exception, quietly: bool) -> int:
    """Said on the terminal and, unless only checking the start, in a window the cashier sees."""
    print(refused, file=sys.stderr)
    if not quietly:
        from PySide6.QtWidgets import QApplication, QMessageBox

        app = QApplication.instance() or QApplication(sys.argv)  # noqa: F841 (the box needs it)
        QMessageBox.critical(None, APP_NAME, str(refused))
    return 1


@contextmanager
def cycle_collection_paused():
    """The till's start makes some 100,000 objects that live as long as it does (SQLAlchemy,
    the ORM models, Qt's wrappers) and hardly any garbage: Python's cycle collector would walk
    them over and over while they are made (a tenth of the start's CPU). It is paused until
    the window is built; then those objects are frozen (gc.freeze), so that the collections
    while the cashier sells skip them. Yields the call that ends the pause (also made on the
    way out, whatever happens)."""
    was_enabled = gc.isenabled()
    gc.disable()

    def started() -> None:
        if was_enabled and not gc.isenabled():
            gc.freeze()
            gc.enable()

    try:
        yield started
    finally:
        started()
