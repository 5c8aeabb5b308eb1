"""Shared fixtures: real SQLite files on disk, Qt offscreen."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# PINs hashed with cheap argon2 parameters (the real ones cost ~140 ms a hash); the
# commands run as subprocesses inherit it. tests/services/test_pins.py checks the real ones.
os.environ.setdefault("OMNIPOS_CHEAP_PIN_HASH_FOR_TESTS", "1")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

# Machines here are noisy: no per-example deadline (speed is measured by the benchmark).
settings.register_profile("omnipos", deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("omnipos")

from pos import i18n  # noqa: E402
from pos.app import open_shop, speak_shop_language  # noqa: E402
from pos.services.demo import open_demo_shift  # noqa: E402
from pos.services.settings import load_settings, save_settings  # noqa: E402


@pytest.fixture(autouse=True)
def english_afterwards():
    """Opening a shop makes the process speak its language: the next test starts in English."""
    yield
    i18n.set_language(i18n.SOURCE_LANGUAGE)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "shop"


@pytest.fixture
def demo_db(data_dir: Path):
    """The embedded demo shop in a fresh data folder, its till's shift open (zero float, opened
    by the demo manager) so that sales can be completed."""
    db = open_shop(data_dir)
    save_settings(db, language="en")  # tests read English; Vietnamese has tests of its own
    speak_shop_language(db)
    open_demo_shift(db)
    yield db
    db.close()


@pytest.fixture
def demo_db_no_shift(data_dir: Path):
    """The embedded demo shop with no shift open: selling needs one opened first."""
    db = open_shop(data_dir)
    save_settings(db, language="en")
    speak_shop_language(db)
    yield db
    db.close()


@pytest.fixture
def empty_db(data_dir: Path):
    """A migrated shop database with no catalogue and no users."""
    db = open_shop(data_dir, create_demo=False)
    save_settings(db, language="en")
    speak_shop_language(db)
    yield db
    db.close()


@pytest.fixture
def demo_settings(demo_db):
    return load_settings(demo_db)
