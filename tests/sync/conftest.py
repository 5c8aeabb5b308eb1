"""Fixtures for the sync tests: one real Medusa v2 + PostgreSQL per test session.

    def test_something(medusa):          # session-scoped, started on first use
        medusa.url, medusa.api_key        # http://127.0.0.1:PORT, "sk_..."
        medusa.admin                      # AdminClient (tests/medusa_harness.py)
        medusa.shop                       # seeded ids: region, location, POS channel, variants by SKU
        medusa.server.stop(); medusa.server.start()   # same port, same DB

    def test_flaky_network(medusa, faulty_proxy):
        faulty_proxy.set_schedule(["reset"]); ... faulty_proxy.url ...

``OMNIPOS_SKIP_MEDUSA=1`` skips every test that uses these fixtures (quick local runs only;
CI must not set it). Without it, a missing Node/Medusa/PostgreSQL set-up is an error, not a skip.
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

_HERE = Path(__file__).resolve().parent
for _p in (_HERE, _HERE.parent):  # tests/sync (faulty_proxy) and tests/ (medusa_harness)
    if str(_p) not in sys.path:
        sys.path.insert(0, str(_p))

import medusa_harness as harness  # noqa: E402
from faulty_proxy import FaultyProxy  # noqa: E402

SKIP_ENV = "OMNIPOS_SKIP_MEDUSA"


@dataclass
class MedusaHandle:
    pg: harness.PgCluster
    server: harness.MedusaServer
    admin: harness.AdminClient
    shop: harness.Shop
    workdir: Path
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return self.server.url

    @property
    def port(self) -> int:
        return self.server.port

    @property
    def api_key(self) -> str:
        assert self.server.api_key
        return self.server.api_key

    def ensure_running(self) -> None:
        """Start the server again if a test left it stopped."""
        if not self.server.running:
            self.server.start()


def skip_when_opted_out() -> None:
    """The one opt-out of the real-store tests, for a quick local run only: CI never sets it,
    and with it unset a missing Medusa fails instead of skipping."""
    if os.environ.get(SKIP_ENV) == "1":
        pytest.skip(f"{SKIP_ENV}=1: Medusa tests skipped (local quick run; CI runs them)")


_handle: MedusaHandle | None = None
_timings: dict[str, float] = {}


@pytest.fixture(scope="session")
def medusa(tmp_path_factory: pytest.TempPathFactory):
    global _handle
    skip_when_opted_out()
    if not harness.MEDUSA_BIN.exists():
        pytest.fail(f"{harness.MEDUSA_BIN} is missing: run installer/setup-medusa.sh "
                    f"(or set {SKIP_ENV}=1 for a quick local run)", pytrace=False)
    workdir = tmp_path_factory.mktemp("medusa")
    t0 = time.monotonic()
    try:
        pg = harness.start_postgres(workdir)
        _timings["postgres"] = time.monotonic() - t0
        server = harness.start_medusa(pg, workdir=workdir)
        _timings.update(server.timings)
        admin = server.admin()
        t = time.monotonic()
        shop = admin.seed_shop()
        _timings["seed"] = time.monotonic() - t
        _timings["bring-up"] = time.monotonic() - t0
        _handle = MedusaHandle(pg, server, admin, shop, workdir, _timings)
        yield _handle
    finally:
        _handle = None
        harness.stop_all()


@pytest.fixture(autouse=True)
def _medusa_left_running(request):
    """After a test that stopped Medusa (offline tests), start it again for the next one."""
    yield
    if _handle is not None and "medusa" in request.fixturenames:
        _handle.ensure_running()


@pytest.fixture
def faulty_proxy(medusa):
    """A FaultyProxy in front of the session's Medusa (pass-through until told otherwise)."""
    proxy = FaultyProxy("127.0.0.1", medusa.port, lifetime=600).start()
    yield proxy
    proxy.stop()


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if _timings:
        parts = ", ".join(f"{k} {v:.1f}s" for k, v in _timings.items())
        terminalreporter.write_line(f"medusa harness: {parts}")
