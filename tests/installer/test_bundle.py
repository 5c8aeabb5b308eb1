"""The Linux bundle, built the documented way (installer/build-linux.sh) and run as a shop
would run it: outside the venv, offscreen, on a new data folder and on an old shop database."""
from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest

from pos import __version__
from tests.db.test_upgrade_keeps_data import make_shop_at_0005

ROOT = Path(__file__).resolve().parents[2]
UNUSED = ("Qt6WebEngine", "Qt6Qml", "Qt6Quick", "Qt63D", "Qt6Multimedia", "Qt6Pdf")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    started = time.monotonic()
    built = subprocess.run(["bash", str(ROOT / "installer/build-linux.sh"), "--dist", str(dist),
                            "--work", str(tmp_path_factory.mktemp("work")), "--no-archive"],
                           capture_output=True, text=True, timeout=900, cwd=ROOT)
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-5000:]
    app = dist / "omnipos"
    size = sum(f.stat().st_size for f in app.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"\nbundle {app}: {size / 2**20:.0f} MiB, built in {time.monotonic() - started:.0f} s")
    return app


def run_bundled(app: Path, *args: str) -> subprocess.CompletedProcess:
    """The binary with none of the development environment: no venv, no PYTHONPATH."""
    env = {"PATH": "/usr/bin:/bin", "HOME": os.environ.get("HOME", "/tmp"), "LANG": "C.UTF-8",
           "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([str(app / "omnipos"), *args], capture_output=True, text=True,
                          timeout=180, env=env, cwd="/")


def test_bundle_reports_its_version(bundle):
    result = run_bundled(bundle, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"omnipos {__version__}"


def test_bundle_passes_its_self_test_on_a_new_machine(bundle, tmp_path):
    result = run_bundled(bundle, "--data-dir", str(tmp_path / "shop"), "self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    assert f"{bundle}/_internal/resources/fonts/DejaVuSans.ttf" in result.stdout  # its own font


def test_bundle_upgrades_an_old_shop_with_a_backup_first(bundle, tmp_path):
    shop = tmp_path / "shop"
    shop.mkdir()
    make_shop_at_0005(shop / "shop.sqlite3")
    result = run_bundled(bundle, "--data-dir", str(shop), "self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "schema 0005" not in result.stdout  # upgraded by the migrations inside the bundle
    assert list((shop / "backups").glob("*pre-migration*.sqlite3"))
    backup = run_bundled(bundle, "--data-dir", str(shop), "backup")
    assert backup.returncode == 0, backup.stderr  # said in the shop's language (Vietnamese)
    assert list((shop / "backups").glob("*-manual-*.sqlite3"))


def test_bundle_is_lean_and_carries_what_a_shop_needs(bundle):
    names = [p.name for p in bundle.rglob("*")]
    assert not [n for n in names if any(unused in n for unused in UNUSED)]
    for needed in ("omnipos.desktop", "omnipos.png", "install.sh", "uninstall.sh"):
        assert (bundle / needed).exists(), needed
    assert (bundle / "_internal/pos/db/migrations/versions").is_dir()
