"""The data folder is private (issue #13): it holds every sale, customer and PIN hash, so the
folder and what is below it are the till user's alone: folders 0700, files 0600.

Two parts: the process makes its files private from the start (umask 077, so the database,
SQLite's -wal/-shm beside it, backups, head files, logs and exports are never readable by
others, not even for a moment), and a sweep at each opening of the shop makes private what an
older omnipos, a restore or a copy by hand left readable. Links are not followed: a link in
the folder must not make the till change the modes of a file elsewhere.
"""
from __future__ import annotations

import logging
import os
import stat
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)
FOLDER_MODE = 0o700
FILE_MODE = 0o600
PRIVATE_UMASK = 0o077


def make_private_from_now() -> None:
    """Every file and folder this process creates from now on is its user's only."""
    os.umask(PRIVATE_UMASK)


def private_folder(folder: Path) -> Path:
    """`folder` (made if missing) with mode 0700."""
    folder = Path(folder)
    folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    _set_mode(folder, FOLDER_MODE)
    return folder


def private_file(path: Path) -> Path:
    _set_mode(Path(path), FILE_MODE)
    return Path(path)


def make_data_folder_private(data_dir: Path) -> None:
    """The folder 0700 and everything below it 0600 / 0700, links left alone."""
    private_folder(data_dir)
    for root, folders, files in os.walk(data_dir, followlinks=False):
        for name in folders:
            _set_mode(Path(root) / name, FOLDER_MODE)
        for name in files:
            _set_mode(Path(root) / name, FILE_MODE)


def _set_mode(path: Path, mode: int) -> None:
    try:
        now = os.lstat(path)
        if stat.S_ISLNK(now.st_mode) or stat.S_IMODE(now.st_mode) == mode:
            return
        os.chmod(path, mode)
    except OSError as error:  # another user's file, a file gone meanwhile: said, not fatal
        log.warning("could not make %s private: %s", path, error)


def write_atomically(path: Path, text: str, mode: int = 0o600, sync_folder: bool = True) -> None:
    """Temp file + fsync + rename: a settings file is never half-written. `sync_folder`: also
    sync the folder, so the rename itself survives a power cut."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if sync_folder:
        _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """The rename itself survives a power cut only once the folder is synced (POSIX)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
