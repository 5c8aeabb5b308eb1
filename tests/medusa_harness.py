"""Real Medusa v2 + PostgreSQL for the sync tests: start, seed, stop.

Plain module (no pytest import): ``tests/sync/conftest.py`` wraps it in a session fixture, and it
can be driven by hand from a Python shell for exploring the Admin API::

    from tests.medusa_harness import start_postgres, start_medusa, stop_all
    pg = start_postgres("/tmp/work")
    srv = start_medusa(pg)            # migrate, start, admin user, secret API key
    admin = srv.admin()               # AdminClient
    shop = admin.seed_shop()
    ...
    stop_all()

Needs ``installer/setup-medusa.sh`` to have run (node_modules in tests/medusa_server) and the
PostgreSQL server binaries (Debian package ``postgresql``). ``initdb`` refuses to run as root,
so as root the cluster belongs to the ``postgres`` user and lives in its own temp directory.

Prices in Medusa's API are major units (VND has no decimals, so major == minor there).
"""

from __future__ import annotations

import atexit
import glob
import json
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

REPO = Path(__file__).resolve().parent.parent
SERVER_DIR = REPO / "tests" / "medusa_server"
MEDUSA_BIN = SERVER_DIR / "node_modules" / ".bin" / "medusa"

ADMIN_EMAIL = "admin@omnipos.test"
ADMIN_PASSWORD = "omnipos-admin-pw"

_live: list[Any] = []  # clusters and servers still running, for stop_all()
_lock = threading.Lock()


class HarnessError(RuntimeError):
    """The test store could not be brought up (message says what and where the log is)."""


# --------------------------------------------------------------------------- helpers


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def find_pg_bindir() -> Path:
    """Directory holding initdb/pg_ctl: pg_config --bindir, else newest /usr/lib/postgresql/*/bin."""
    candidates: list[str] = []
    if shutil.which("pg_config"):
        out = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True)
        if out.returncode == 0:
            candidates.append(out.stdout.strip())
    candidates += sorted(
        glob.glob("/usr/lib/postgresql/*/bin"),
        key=lambda p: int(p.split("/")[-2]) if p.split("/")[-2].isdigit() else 0,
        reverse=True,
    )
    for d in candidates:
        if os.access(os.path.join(d, "initdb"), os.X_OK) and os.access(os.path.join(d, "pg_ctl"), os.X_OK):
            return Path(d)
    raise HarnessError("PostgreSQL server binaries not found (install the 'postgresql' package)")


def _tail(path: Path, n: int = 40) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-n:])
    except OSError:
        return "(no log)"


def _kill_group(proc: subprocess.Popen, timeout: float = 15) -> None:
    """SIGTERM the process group, then SIGKILL what is left after ``timeout``."""
    if proc.poll() is not None:
        try:  # the leader is gone but children may linger in the group
            os.killpg(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        pass
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    try:
        proc.wait(5)
    except subprocess.TimeoutExpired:
        pass


# --------------------------------------------------------------------------- PostgreSQL


@dataclass
class PgCluster:
    """A private PostgreSQL cluster on 127.0.0.1:port, trust auth, superuser ``postgres``."""

    datadir: Path
    port: int
    bindir: Path
    run_as: str | None  # "postgres" when we are root, else None (current user)
    dbname: str = "medusa"
    user: str = "postgres"
    running: bool = False

    @property
    def url(self) -> str:
        return f"postgres://{self.user}@127.0.0.1:{self.port}/{self.dbname}"

    @property
    def logfile(self) -> Path:
        return self.datadir.parent / "postgres.log"

    def _cmd(self, *argv: str) -> list[str]:
        if self.run_as:
            return ["runuser", "-u", self.run_as, "--", *argv]
        return list(argv)

    def _run(self, *argv: str, timeout: float = 120) -> subprocess.CompletedProcess:
        out = subprocess.run(self._cmd(*argv), capture_output=True, text=True, timeout=timeout)
        if out.returncode != 0:
            raise HarnessError(f"{' '.join(argv)} failed ({out.returncode}):\n{out.stdout}\n{out.stderr}")
        return out

    def start(self) -> None:
        self._run(
            str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-l", str(self.logfile),
            "-w", "-t", "60", "start",
        )
        self.running = True

    def stop(self) -> None:
        if not self.running:
            return
        subprocess.run(
            self._cmd(str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-m", "immediate", "-w", "stop"),
            capture_output=True, timeout=60,
        )
        self.running = False

    def psql(self, sql: str, db: str = "postgres") -> str:
        out = self._run(
            str(self.bindir / "psql"), "-h", "127.0.0.1", "-p", str(self.port), "-U", self.user,
            "-d", db, "-v", "ON_ERROR_STOP=1", "-Atqc", sql,
        )
        return out.stdout

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.datadir.parent, ignore_errors=True)


def start_postgres(workdir: str | os.PathLike | None = None, dbname: str = "medusa") -> PgCluster:
    """initdb a fresh cluster, start it on a free 127.0.0.1 port and create ``dbname``.

    The cluster lives in its own temp dir (``omnipos-pg-*``, in ``workdir`` when the postgres
    user can reach it, else the system temp dir) because as root it must belong to ``postgres``.
    Tuned for tests: fsync off, no WAL archiving, small shared buffers.
    """
    bindir = find_pg_bindir()
    run_as = None
    if os.geteuid() == 0:
        run_as = "postgres"
        pw = pwd.getpwnam("postgres")
    base = Path(tempfile.mkdtemp(prefix="omnipos-pg-"))  # short path: socket names max ~100 chars
    datadir = base / "data"
    if run_as:
        os.chown(base, pw.pw_uid, pw.pw_gid)
    os.chmod(base, 0o700)
    pg = PgCluster(datadir=datadir, port=free_port(), bindir=bindir, run_as=run_as, dbname=dbname)
    pg._run(
        str(bindir / "initdb"), "-D", str(datadir), "-U", "postgres", "--auth=trust",
        "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync", timeout=120,
    )
    conf = {
        "listen_addresses": "'127.0.0.1'",
        "port": str(pg.port),
        "unix_socket_directories": f"'{base}'",
        "fsync": "off",
        "synchronous_commit": "off",
        "full_page_writes": "off",
        "max_connections": "100",
        "shared_buffers": "128MB",
    }
    with open(datadir / "postgresql.conf", "a") as f:  # we are root or the owner: can write
        f.write("\n# omnipos test harness\n")
        for k, v in conf.items():
            f.write(f"{k} = {v}\n")
    with _lock:
        _live.append(pg)
    try:
        pg.start()
        pg.psql(f'CREATE DATABASE "{dbname}"')
    except Exception as e:
        raise HarnessError(f"{e}\n--- postgres log:\n{_tail(pg.logfile)}") from e
    if workdir:
        Path(workdir).mkdir(parents=True, exist_ok=True)
        (Path(workdir) / "postgres.txt").write_text(f"{pg.url}\ndatadir {datadir}\nlog {pg.logfile}\n")
    return pg


# --------------------------------------------------------------------------- Medusa server


def _medusa_env(pg: PgCluster) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MEDUSA_", "npm_"))}
    env.pop("PORT", None)
    env.update(
        DATABASE_URL=pg.url,
        MEDUSA_DISABLE_TELEMETRY="true",
        JWT_SECRET="omnipos-test-jwt-secret",
        COOKIE_SECRET="omnipos-test-cookie-secret",
        NODE_OPTIONS=env.get("NODE_OPTIONS", "--max-old-space-size=1024"),
    )
    return env


@dataclass
class MedusaServer:
    """A ``medusa start`` process on 127.0.0.1:port over a PgCluster's database."""

    pg: PgCluster
    port: int
    workdir: Path
    proc: subprocess.Popen | None = None
    api_key: str | None = None
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def logfile(self) -> Path:
        return self.workdir / "medusa.log"

    def _spawn(self, *args: str, log: Path) -> subprocess.Popen:
        if not MEDUSA_BIN.exists():
            raise HarnessError(f"{MEDUSA_BIN} missing: run installer/setup-medusa.sh first")
        with open(log, "ab") as out:
            return subprocess.Popen(
                [str(MEDUSA_BIN), *args],
                cwd=SERVER_DIR, env=_medusa_env(self.pg), stdin=subprocess.DEVNULL,
                stdout=out, stderr=subprocess.STDOUT,
                start_new_session=True,  # own process group: stop() kills the whole group
            )

    def _run(self, *args: str, log: Path, timeout: float) -> None:
        proc = self._spawn(*args, log=log)
        try:
            rc = proc.wait(timeout)
        except subprocess.TimeoutExpired:
            _kill_group(proc, timeout=5)
            raise HarnessError(f"medusa {' '.join(args)} timed out after {timeout}s; log {log}:\n{_tail(log)}")
        if rc != 0:
            raise HarnessError(f"medusa {' '.join(args)} exited {rc}; log {log}:\n{_tail(log)}")

    def migrate(self, timeout: float = 300) -> None:
        t = time.monotonic()
        self._run("db:migrate", log=self.workdir / "medusa-migrate.log", timeout=timeout)
        self.timings["migrate"] = time.monotonic() - t

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def start(self, timeout: float = 120) -> None:
        """Start the server (again) on the same port and database; wait for GET /health = 200."""
        if self.running:
            return
        t = time.monotonic()
        with open(self.logfile, "ab") as f:
            f.write(f"\n==== omnipos harness: medusa start on port {self.port} ====\n".encode())
        self.proc = self._spawn("start", "-H", "127.0.0.1", "-p", str(self.port), log=self.logfile)
        with _lock:
            if self not in _live:
                _live.append(self)
        self.wait_healthy(timeout)
        self.timings["start"] = time.monotonic() - t

    def wait_healthy(self, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc is None or self.proc.poll() is not None:
                rc = None if self.proc is None else self.proc.returncode
                raise HarnessError(f"medusa start exited ({rc}) before it was healthy; log {self.logfile}:\n{_tail(self.logfile)}")
            try:
                if requests.get(self.url + "/health", timeout=2).status_code == 200:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.25)
        raise HarnessError(f"medusa not healthy after {timeout}s; log {self.logfile}:\n{_tail(self.logfile)}")

    def stop(self) -> None:
        """Stop the server (process group); the database and API key stay, ``start()`` resumes."""
        if self.proc is not None:
            _kill_group(self.proc)
            self.proc = None
        # the port must be free for start() on the same port
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", self.port)) != 0:
                    break
            time.sleep(0.1)

    def create_admin_user(self, email: str = ADMIN_EMAIL, password: str = ADMIN_PASSWORD) -> subprocess.Popen:
        """``medusa user -e -p`` in the background (it can run while the server boots)."""
        return self._spawn("user", "-e", email, "-p", password, log=self.workdir / "medusa-user.log")

    def create_api_key(self, email: str = ADMIN_EMAIL, password: str = ADMIN_PASSWORD) -> str:
        """Log in with email/password and create a secret API key (``sk_...``)."""
        r = requests.post(self.url + "/auth/user/emailpass", json={"email": email, "password": password}, timeout=30)
        if r.status_code != 200:
            raise HarnessError(f"admin login failed: {r.status_code} {r.text[:300]}")
        token = r.json()["token"]
        r = requests.post(
            self.url + "/admin/api-keys",
            json={"title": "omnipos tests", "type": "secret"},
            headers={"Authorization": f"Bearer {token}"},
            timeout=30,
        )
        if r.status_code != 200:
            raise HarnessError(f"creating the API key failed: {r.status_code} {r.text[:300]}")
        self.api_key = r.json()["api_key"]["token"]
        return self.api_key

    def admin(self, timeout: float = 30) -> "AdminClient":
        if not self.api_key:
            raise HarnessError("no API key yet: use start_medusa() or create_api_key()")
        return AdminClient(self.url, self.api_key, timeout=timeout)


def start_medusa(pg: PgCluster, port: int | None = None, workdir: str | os.PathLike | None = None) -> MedusaServer:
    """Migrate ``pg``'s database, start Medusa, create the admin user and a secret API key.

    Logs go to ``workdir`` (default: the cluster's temp dir): medusa-migrate.log, medusa.log,
    medusa-user.log. ``server.timings`` holds the seconds each step took.
    """
    wd = Path(workdir) if workdir else pg.datadir.parent
    wd.mkdir(parents=True, exist_ok=True)
    srv = MedusaServer(pg=pg, port=port or free_port(), workdir=wd)
    t0 = time.monotonic()
    srv.migrate()
    user_proc = srv.create_admin_user()  # overlaps with the server's boot
    try:
        srv.start()
        rc = user_proc.wait(120)
    except BaseException:
        _kill_group(user_proc, timeout=5)
        raise
    if rc != 0:
        log = srv.workdir / "medusa-user.log"
        raise HarnessError(f"medusa user exited {rc}; log {log}:\n{_tail(log)}")
    t = time.monotonic()
    srv.create_api_key()
    srv.timings["api_key"] = time.monotonic() - t
    srv.timings["total"] = time.monotonic() - t0
    return srv


def stop_all() -> None:
    """Stop every server and cluster this process started and delete the clusters. Idempotent."""
    with _lock:
        live = list(reversed(_live))
        _live.clear()
    for obj in live:  # servers were appended after their cluster: reversed stops them first
        try:
            if isinstance(obj, MedusaServer):
                obj.stop()
            elif isinstance(obj, PgCluster):
                obj.remove()
        except Exception:  # teardown must go on
            pass


atexit.register(stop_all)


# --------------------------------------------------------------------------- Admin API client


class AdminError(RuntimeError):
    def __init__(self, method: str, path: str, status: int, body: str):
        super().__init__(f"{method} {path} -> {status}: {body[:500]}")
        self.status = status
        self.body = body


def ean13(first12: str) -> str:
    """A valid EAN-13: the 12 given digits plus their check digit."""
    assert len(first12) == 12 and first12.isdigit(), first12
    s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return first12 + str((10 - s % 10) % 10)


@dataclass(frozen=True)
class SeedVariant:
    """What seed_shop() promises about one variant (prices in VND, major == minor units)."""

    sku: str
    barcode: str
    price: int
    stock: int
    title: str = "Default"


@dataclass(frozen=True)
class SeedProduct:
    title: str
    variants: tuple[SeedVariant, ...]


# Vietnamese names on purpose (diacritics end to end). Barcodes: 893 = GS1 Vietnam.
DEFAULT_PRODUCTS: tuple[SeedProduct, ...] = (
    SeedProduct("Nước suối Aquafina 500ml", (SeedVariant("OMNI-WATER-500", ean13("893600000001"), 5_000, 100),)),
    SeedProduct("Mì Hảo Hảo tôm chua cay", (SeedVariant("OMNI-NOODLE-HH", ean13("893600000002"), 4_500, 200),)),
    SeedProduct("Cà phê G7 hộp 18 gói", (SeedVariant("OMNI-COFFEE-G7", ean13("893600000003"), 56_000, 30),)),
    SeedProduct("Bánh quy Cosy 400g", (SeedVariant("OMNI-COOKIE-400", ean13("893600000004"), 67_000, 3),)),
    SeedProduct(
        "Áo thun omnipos",
        (
            SeedVariant("OMNI-TSHIRT-S", ean13("893600000005"), 150_000, 10, title="S"),
            SeedVariant("OMNI-TSHIRT-M", ean13("893600000006"), 150_000, 5, title="M"),
        ),
    ),
)


@dataclass
class PosChannel:
    """Everything a till needs on the server side (see setup_pos_channel)."""

    sales_channel_id: str
    location_id: str
    region_id: str
    shipping_profile_id: str
    fulfillment_set_id: str
    service_zone_id: str
    shipping_option_id: str


@dataclass
class SeededVariant:
    product_id: str
    variant_id: str
    inventory_item_id: str
    sku: str
    barcode: str
    price: int
    stock: int


@dataclass
class Shop:
    """ids returned by seed_shop()."""

    region_id: str
    location_id: str
    default_sales_channel_id: str
    pos: PosChannel
    variants: dict[str, SeededVariant]  # by SKU

    @property
    def sales_channel_id(self) -> str:
        return self.pos.sales_channel_id


VARIANT_FIELDS = "id,sku,barcode,ean,title,product_id,manage_inventory,allow_backorder,updated_at,*prices,*inventory_items"
PRODUCT_FIELDS = "id,title,status,updated_at,*variants,*variants.prices,*variants.inventory_items"


class AdminClient:
    """Small Medusa v2 Admin API client for tests: secret API key as Basic-auth username."""

    def __init__(self, url: str, api_key: str, timeout: float = 30):
        self.url = url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.auth = (api_key, "")

    # -- raw HTTP
    def request(self, method: str, path: str, *, params: Any = None, json_body: Any = None) -> dict:
        r = self.session.request(method, self.url + path, params=params, json=json_body, timeout=self.timeout)
        if r.status_code >= 400:
            raise AdminError(method, path, r.status_code, r.text)
        return r.json() if r.content else {}

    def get(self, path: str, **params: Any) -> dict:
        return self.request("GET", path, params=params or None)

    def post(self, path: str, body: dict | None = None, **params: Any) -> dict:
        return self.request("POST", path, params=params or None, json_body=body or {})

    def delete(self, path: str) -> dict:
        return self.request("DELETE", path)

    def list_all(self, path: str, key: str, page: int = 100, **params: Any) -> list[dict]:
        """Every row of a list endpoint, paged with limit/offset."""
        rows: list[dict] = []
        while True:
            data = self.get(path, limit=page, offset=len(rows), **params)
            rows += data[key]
            if not data[key] or len(rows) >= data.get("count", 0):
                return rows

    # -- store, region, location, sales channel
    def store(self) -> dict:
        return self.get("/admin/stores")["stores"][0]

    def ensure_store_currency(self, code: str = "vnd") -> None:
        """Make ``code`` the store's default currency (the others stay supported)."""
        store = self.store()
        current = store["supported_currencies"]
        if any(c["currency_code"] == code and c["is_default"] for c in current):
            return
        others = [c["currency_code"] for c in current if c["currency_code"] != code]
        body = [{"currency_code": code, "is_default": True}] + [{"currency_code": c, "is_default": False} for c in others]
        self.post(f"/admin/stores/{store['id']}", {"supported_currencies": body})

    def ensure_region(self, name: str = "Việt Nam", currency: str = "vnd", countries: tuple[str, ...] = ("vn",)) -> str:
        for r in self.get("/admin/regions", currency_code=currency, limit=100)["regions"]:
            if r["name"] == name:
                return r["id"]
        body = {
            "name": name,
            "currency_code": currency,
            "countries": list(countries),
            "payment_providers": ["pp_system_default"],
        }
        return self.post("/admin/regions", body)["region"]["id"]

    def ensure_stock_location(self, name: str = "Cửa hàng Quận 1") -> str:
        for loc in self.get("/admin/stock-locations", name=name)["stock_locations"]:
            return loc["id"]
        body = {"name": name, "address": {"address_1": "1 Lê Lợi", "city": "Hồ Chí Minh", "country_code": "vn"}}
        return self.post("/admin/stock-locations", body)["stock_location"]["id"]

    def ensure_sales_channel(self, name: str, description: str = "") -> str:
        for sc in self.get("/admin/sales-channels", name=name)["sales_channels"]:
            return sc["id"]
        return self.post("/admin/sales-channels", {"name": name, "description": description})["sales_channel"]["id"]

    def default_sales_channel_id(self) -> str:
        return self.store()["default_sales_channel_id"]

    def default_shipping_profile_id(self) -> str:
        if not getattr(self, "_profile_id", None):
            profiles = self.get("/admin/shipping-profiles", type="default")["shipping_profiles"]
            if not profiles:
                profiles = self.get("/admin/shipping-profiles")["shipping_profiles"]
            self._profile_id = profiles[0]["id"]
        return self._profile_id

    def setup_pos_channel(
        self,
        location_id: str | None = None,
        region_id: str | None = None,
        name: str = "omnipos POS",
        currency: str = "vnd",
    ) -> PosChannel:
        """Idempotently create what an in-store sale needs on Medusa (all steps in API-NOTES.md):
        the POS sales channel linked to the shop's stock location, the manual fulfillment
        provider on that location, a 'pickup' fulfillment set with a service zone, and a
        zero-price shipping option in it ("sold at the counter")."""
        location_id = location_id or self.ensure_stock_location()
        region_id = region_id or self.ensure_region(currency=currency)
        sc_id = self.ensure_sales_channel(name, "In-store sales from omnipos tills")
        loc = self.get(
            f"/admin/stock-locations/{location_id}",
            fields="id,name,*sales_channels,*fulfillment_providers,*fulfillment_sets,*fulfillment_sets.service_zones",
        )["stock_location"]
        if sc_id not in {s["id"] for s in loc.get("sales_channels") or []}:
            self.post(f"/admin/stock-locations/{location_id}/sales-channels", {"add": [sc_id]})
        if "manual_manual" not in {p["id"] for p in loc.get("fulfillment_providers") or []}:
            self.post(f"/admin/stock-locations/{location_id}/fulfillment-providers", {"add": ["manual_manual"]})
        fset_name = f"{loc['name']} – tại quầy"
        fset = next((f for f in loc.get("fulfillment_sets") or [] if f["type"] == "pickup"), None)
        if fset is None:
            loc = self.post(
                f"/admin/stock-locations/{location_id}/fulfillment-sets",
                {"name": fset_name, "type": "pickup"},
                fields="id,*fulfillment_sets,*fulfillment_sets.service_zones",
            )["stock_location"]
            fset = next(f for f in loc["fulfillment_sets"] if f["type"] == "pickup")
        zone = next(iter(fset.get("service_zones") or []), None)
        if zone is None:
            fs = self.post(
                f"/admin/fulfillment-sets/{fset['id']}/service-zones",
                {"name": "Tại quầy", "geo_zones": [{"type": "country", "country_code": "vn"}]},
            )["fulfillment_set"]
            zone = fs["service_zones"][0]
        profile_id = self.default_shipping_profile_id()
        options = self.get("/admin/shipping-options", service_zone_id=zone["id"])["shipping_options"]
        if options:
            option_id = options[0]["id"]
        else:
            option_id = self.post(
                "/admin/shipping-options",
                {
                    "name": "Mua tại quầy",
                    "service_zone_id": zone["id"],
                    "shipping_profile_id": profile_id,
                    "provider_id": "manual_manual",
                    "price_type": "flat",
                    "type": {"label": "Tại quầy", "description": "Sold at the counter", "code": "pos-counter"},
                    "prices": [{"currency_code": currency, "amount": 0}],
                    "rules": [
                        {"attribute": "enabled_in_store", "operator": "eq", "value": "false"},
                        {"attribute": "is_return", "operator": "eq", "value": "false"},
                    ],
                },
            )["shipping_option"]["id"]
        return PosChannel(sc_id, location_id, region_id, profile_id, fset["id"], zone["id"], option_id)

    # -- catalogue
    def find_variant(self, sku: str) -> dict | None:
        rows = self.get("/admin/product-variants", sku=sku, fields=VARIANT_FIELDS)["variants"]
        return rows[0] if rows else None

    def _variant(self, sku: str) -> dict:
        v = self.find_variant(sku)
        if v is None:
            raise KeyError(f"no variant with SKU {sku!r}")
        return v

    def create_product(
        self,
        title: str,
        variants: list[SeedVariant] | tuple[SeedVariant, ...],
        location_id: str | None = None,
        sales_channel_ids: list[str] | None = None,
        currency: str = "vnd",
        status: str = "published",
    ) -> dict:
        """Create a product, one option "Loại" with one value per variant; stock levels at
        ``location_id`` when given. Returns the product with its variants."""
        body: dict[str, Any] = {
            "title": title,
            "status": status,
            "options": [{"title": "Loại", "values": [v.title for v in variants]}],
            "variants": [
                {
                    "title": v.title,
                    "sku": v.sku,
                    # none rather than "": Medusa keeps barcodes unique, "" included
                    "barcode": v.barcode or None,
                    "ean": v.barcode if len(v.barcode) == 13 else None,
                    "manage_inventory": True,
                    "options": {"Loại": v.title},
                    "prices": [{"currency_code": currency, "amount": v.price}],
                }
                for v in variants
            ],
            "shipping_profile_id": self.default_shipping_profile_id(),
        }
        if sales_channel_ids:
            body["sales_channels"] = [{"id": s} for s in sales_channel_ids]
        product = self.post("/admin/products", body, fields=PRODUCT_FIELDS)["product"]
        if location_id:
            item_of = {pv["sku"]: pv["inventory_items"][0]["inventory_item_id"] for pv in product["variants"]}
            self.create_stock_levels(location_id, {item_of[v.sku]: v.stock for v in variants})
        return product

    def set_price(self, sku: str, amount: int | float, currency: str = "vnd") -> None:
        """Replace the variant's ``currency`` price (major units) keeping its other prices."""
        v = self._variant(sku)
        prices = [{"id": p["id"], "currency_code": p["currency_code"], "amount": p["amount"]} for p in v["prices"] if p["currency_code"] != currency]
        prices.append({"currency_code": currency, "amount": amount})
        self.post(f"/admin/products/{v['product_id']}/variants/{v['id']}", {"prices": prices})

    def get_price(self, sku: str, currency: str = "vnd") -> int | float | None:
        v = self._variant(sku)
        return next((p["amount"] for p in v["prices"] if p["currency_code"] == currency), None)

    def delete_product(self, product_id: str) -> None:
        self.delete(f"/admin/products/{product_id}")

    def inventory_item_id(self, sku: str) -> str:
        rows = self.get("/admin/inventory-items", sku=sku)["inventory_items"]
        if not rows:
            raise KeyError(f"no inventory item with SKU {sku!r}")
        return rows[0]["id"]

    def set_stock(self, sku: str, location_id: str, quantity: int) -> None:
        """Absolute stocked quantity of ``sku`` at the location (creates the level if needed)."""
        item_id = self.inventory_item_id(sku)
        levels = self.get(f"/admin/inventory-items/{item_id}/location-levels", location_id=location_id)["inventory_levels"]
        if levels:
            self.post(f"/admin/inventory-items/{item_id}/location-levels/{location_id}", {"stocked_quantity": quantity})
        else:
            self.post(f"/admin/inventory-items/{item_id}/location-levels", {"location_id": location_id, "stocked_quantity": quantity})

    def create_stock_levels(self, location_id: str, quantities: dict[str, int]) -> None:
        """New levels at the location in one call: {inventory_item_id: stocked_quantity}."""
        create = [{"inventory_item_id": i, "location_id": location_id, "stocked_quantity": q} for i, q in quantities.items()]
        self.post("/admin/inventory-items/location-levels/batch", {"create": create})

    def get_stock(self, sku: str, location_id: str) -> int | None:
        """Stocked quantity of ``sku`` at the location (None: no level there)."""
        item_id = self.inventory_item_id(sku)
        levels = self.get(f"/admin/inventory-items/{item_id}/location-levels", location_id=location_id)["inventory_levels"]
        return levels[0]["stocked_quantity"] if levels else None

    # -- customers and orders
    def create_customer(self, email: str, first_name: str = "", last_name: str = "", phone: str | None = None, **extra: Any) -> dict:
        body = {"email": email, "first_name": first_name, "last_name": last_name, **extra}
        if phone:
            body["phone"] = phone
        return self.post("/admin/customers", body)["customer"]

    def list_orders(self, sales_channel_id: str | None = None, created_after: str | None = None, fields: str | None = None) -> list[dict]:
        params: dict[str, Any] = {"order": "created_at"}
        if sales_channel_id:
            params["sales_channel_id[]"] = sales_channel_id
        if created_after:
            params["created_at[$gte]"] = created_after
        params["fields"] = fields or "id,display_id,status,payment_status,fulfillment_status,total,currency_code,metadata,sales_channel_id,customer_id,created_at,*items"
        return self.list_all("/admin/orders", "orders", **params)

    def create_promotion(
        self,
        code: str,
        *,
        percent: float | None = None,
        amount: int | float | None = None,
        target_type: str = "order",
        currency: str = "vnd",
        is_automatic: bool = False,
        status: str = "active",
    ) -> dict:
        """A standard promotion: ``percent`` off or a fixed ``amount`` (major units) off the
        order (``target_type="order"``, allocation across) or each item (``"items"``)."""
        if (percent is None) == (amount is None):
            raise ValueError("give exactly one of percent or amount")
        method: dict[str, Any] = {
            "type": "percentage" if percent is not None else "fixed",
            "target_type": target_type,
            "allocation": "across" if target_type == "order" else "each",
            "value": percent if percent is not None else amount,
            "currency_code": currency,
        }
        body = {"code": code, "type": "standard", "status": status, "is_automatic": is_automatic, "application_method": method}
        return self.post("/admin/promotions", body)["promotion"]

    def set_allow_backorder(self, sku: str, allow: bool = True) -> None:
        """Let the variant be sold below zero (a sale made at the counter must reach the store)."""
        v = self._variant(sku)
        self.post(f"/admin/products/{v['product_id']}/variants/{v['id']}", {"allow_backorder": allow})

    def record_pos_sale(
        self,
        pos: PosChannel,
        lines: list[tuple[str, int, int | float | None]],
        *,
        customer_id: str | None = None,
        email: str | None = None,
        metadata: dict | None = None,
        promo_codes: list[str] | None = None,
        complete: bool = True,
    ) -> dict:
        """The in-store sale sequence of API-NOTES.md, as a reference for the connector:
        draft order -> convert-to-order -> payment collection + mark-as-paid -> fulfilment at
        the POS location (takes the stock off) -> complete. ``lines``: (variant_id, quantity,
        unit_price or None for the store's price). Returns the order."""
        body: dict[str, Any] = {
            "region_id": pos.region_id,
            "sales_channel_id": pos.sales_channel_id,
            "currency_code": "vnd",
            "items": [
                {"variant_id": vid, "quantity": qty, **({"unit_price": price} if price is not None else {})}
                for vid, qty, price in lines
            ],
            "shipping_methods": [{"shipping_option_id": pos.shipping_option_id, "name": "Mua tại quầy", "amount": 0}],
            "no_notification_order": True,
            "metadata": metadata or {},
        }
        if customer_id:
            body["customer_id"] = customer_id
        if email:
            body["email"] = email
        if promo_codes:
            body["promo_codes"] = promo_codes
        draft = self.post("/admin/draft-orders", body)["draft_order"]
        order = self.post(f"/admin/draft-orders/{draft['id']}/convert-to-order")["order"]
        pc = self.post("/admin/payment-collections", {"order_id": order["id"], "amount": order["total"]})["payment_collection"]
        self.post(f"/admin/payment-collections/{pc['id']}/mark-as-paid", {"order_id": order["id"]})
        items = [{"id": it["id"], "quantity": it["quantity"]} for it in order["items"]]
        self.post(f"/admin/orders/{order['id']}/fulfillments", {"items": items, "location_id": pos.location_id, "no_notification": True})
        if complete:
            self.post(f"/admin/orders/{order['id']}/complete")
        return self.get(
            f"/admin/orders/{order['id']}",
            fields="id,display_id,status,payment_status,fulfillment_status,total,currency_code,metadata,sales_channel_id,customer_id,*items",
        )["order"]

    # -- seeding
    def seed_shop(self, products: tuple[SeedProduct, ...] | list[SeedProduct] = DEFAULT_PRODUCTS, currency: str = "vnd") -> Shop:
        """Idempotently: store currency, a VND region, the shop's stock location, the POS
        channel (setup_pos_channel) and ``products`` in the default and POS sales channels with
        their prices and stock levels. Running it again resets seeded prices and stock."""
        self.ensure_store_currency(currency)
        region_id = self.ensure_region(currency=currency)
        location_id = self.ensure_stock_location()
        pos = self.setup_pos_channel(location_id, region_id, currency=currency)
        default_sc = self.default_sales_channel_id()
        seeded: dict[str, SeededVariant] = {}
        skus = [v.sku for p in products for v in p.variants]
        found = {
            v["sku"]: v
            for v in self.get("/admin/product-variants", sku=skus, limit=len(skus) + 10, fields=VARIANT_FIELDS)["variants"]
        }
        for p in products:
            if not any(v.sku in found for v in p.variants):
                made = self.create_product(p.title, p.variants, location_id, [default_sc, pos.sales_channel_id], currency)
                found.update({v["sku"]: v for v in made["variants"]})
            else:  # seeded before: put prices and stock back
                for v in p.variants:
                    self.set_price(v.sku, v.price, currency)
                    self.set_stock(v.sku, location_id, v.stock)
        seeded: dict[str, SeededVariant] = {}
        for p in products:
            for v in p.variants:
                var = found[v.sku]
                seeded[v.sku] = SeededVariant(
                    product_id=var["product_id"],
                    variant_id=var["id"],
                    inventory_item_id=var["inventory_items"][0]["inventory_item_id"],
                    sku=v.sku,
                    barcode=v.barcode,
                    price=v.price,
                    stock=v.stock,
                )
        return Shop(region_id, location_id, default_sc, pos, seeded)
