"""A lasting home for python-escpos's printer database cache.

At import, python-escpos parses its printer database (capabilities.json, about 1 MB, with
pure-Python YAML: 0.3-0.5 s of CPU) unless it finds the pickle it keeps of it. By default it
looks for that pickle in a NEW temporary folder each time, so it never finds it, parses at
every start of the till, and leaves one folder behind per start. Here it gets a folder in the
user's cache instead, one per version of its database file.

escpos writes its pickle in place (the file is opened before the parse), so another process
starting at that moment could read half a file. A process that finds no pickle therefore
lets escpos write into a private folder, and moves the finished file into the shared folder
in one step when it exits."""
from __future__ import annotations

import atexit
import os
import platform
import shutil
import tempfile
from importlib.util import find_spec
from pathlib import Path

PICKLE_DIR_ENV = "ESCPOS_CAPABILITIES_PICKLE_DIR"
FILE_ENV = "ESCPOS_CAPABILITIES_FILE"


def use_capabilities_cache(cache_root: Path | None = None) -> None:
    """Call before escpos is imported. Leaves escpos alone when the user set its variables
    or no cache folder can be made."""
    if PICKLE_DIR_ENV in os.environ or FILE_ENV in os.environ:
        return
    try:
        shared = _shared_folder(cache_root)
        name = f"{platform.python_version()}.capabilities.pickle"
        if (shared / name).is_file():
            os.environ[PICKLE_DIR_ENV] = str(shared)
            return
        private = Path(tempfile.mkdtemp(prefix="new-", dir=shared))
    except (OSError, ImportError, AttributeError, TypeError, ValueError):
        return
    os.environ[PICKLE_DIR_ENV] = str(private)
    atexit.register(publish, private / name, shared / name)


def _shared_folder(cache_root: Path | None) -> Path:
    source = Path(find_spec("escpos").origin).with_name("capabilities.json")
    if cache_root is None:
        from platformdirs import user_cache_dir

        cache_root = Path(user_cache_dir("omnipos", appauthor=False))
    folder = cache_root / f"escpos-{int(source.stat().st_mtime)}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def publish(made: Path, shared: Path) -> None:
    """Moves a pickle escpos finished into the shared folder (atomic), drops the private one."""
    try:
        if made.is_file() and made.stat().st_size > 0:
            os.replace(made, shared)
    except OSError:
        pass
    shutil.rmtree(made.parent, ignore_errors=True)
