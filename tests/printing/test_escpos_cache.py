"""python-escpos's printer database is parsed once per machine, not at every start of the
till: the first process leaves the pickle in the user's cache, the next ones load it."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pos.printing import escpos_cache

REPO = Path(__file__).resolve().parents[2]
SHOW = ("import os, pos.printing.escpos_out; "
        "print(os.environ['ESCPOS_CAPABILITIES_PICKLE_DIR'])")


def _start(cache: Path) -> Path:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ESCPOS_")}
    env["XDG_CACHE_HOME"] = str(cache)
    done = subprocess.run([sys.executable, "-c", SHOW], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=120, check=True)
    return Path(done.stdout.strip().splitlines()[-1])


def test_second_start_loads_the_pickle_the_first_one_left(tmp_path: Path):
    first = _start(tmp_path)
    assert first.name.startswith("new-")  # nothing cached yet: a private folder
    shared = first.parent
    assert [p.name for p in shared.iterdir()] == [
        f"{sys.version.split()[0]}.capabilities.pickle"]  # moved in, private folder gone
    assert _start(tmp_path) == shared


def test_a_half_written_pickle_is_never_published(tmp_path: Path):
    private = tmp_path / "new-x"
    private.mkdir()
    (private / "p.pickle").write_bytes(b"")  # escpos died while parsing
    escpos_cache.publish(private / "p.pickle", tmp_path / "p.pickle")
    assert list(tmp_path.iterdir()) == []


def test_the_users_own_setting_is_kept(tmp_path: Path, monkeypatch):
    monkeypatch.setenv(escpos_cache.PICKLE_DIR_ENV, str(tmp_path / "mine"))
    escpos_cache.use_capabilities_cache(tmp_path)
    assert os.environ[escpos_cache.PICKLE_DIR_ENV] == str(tmp_path / "mine")
    assert list(tmp_path.iterdir()) == []
