"""Connecting the till to the central online store: the one place both `pos connect` and the
settings dialog (and the first-run wizard) go through. Network work: never call it on the UI
thread."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from pos.db.engine import Database
from pos.i18n import translate
from pos.services import permissions
from pos.services.settings import read_settings
from pos.services.user_info import UserInfo
from sync.config import StoreConnection, load_connection, save_connection
from sync.connectors import KINDS, make_connector
from sync.errors import SyncError


class ConnectionDetailsInvalid(SyncError):
    """The address or key cannot be right; nothing was tried or saved."""

    retry = False


@dataclass(frozen=True)
class StoreLink:
    """What the settings dialog shows about the saved connection (never the key)."""

    kind: str
    url: str
    key_storage: str  # keyring | file
    ids: dict


def _checked(kind: str, url: str, api_key: str) -> tuple[str, str, str]:
    url, api_key = url.strip().rstrip("/"), api_key.strip()
    problems = []  # in the language of whoever typed the details (shown at once, not kept)
    if kind not in KINDS:
        problems.append(translate("SyncErrors", "Unknown store kind {0}; known: {1}.")
                        .format(repr(kind), ", ".join(KINDS)))
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        problems.append(translate("SyncErrors", "The store address starts with https:// (or "
                                  "http:// on the shop's own network), e.g. "
                                  "https://shop.example.vn."))
    if not api_key:
        problems.append(translate("SyncErrors", "Paste the store's secret API key (it starts "
                                  "with sk_)."))
    if problems:
        raise ConnectionDetailsInvalid("{0}", " ".join(problems))
    return kind, url, api_key


def _known_ids(data_dir: Path, url: str) -> dict:
    previous = load_connection(data_dir)
    return dict(previous[0].ids) if previous and previous[0].url == url else {}


def test_connection(data_dir: Path, url: str, api_key: str, kind: str = "medusa") -> str:
    """Asks the store who it is with this key; returns its answer. Saves nothing."""
    kind, url, api_key = _checked(kind, url, api_key)
    connector = make_connector(StoreConnection(kind, url, ids=_known_ids(data_dir, url)),
                               api_key, data_dir)
    return connector.check()


def connect_store(data_dir: Path, url: str, api_key: str, kind: str = "medusa",
                  location_id: str | None = None) -> StoreLink:
    """Checks the key, finds or creates what the till needs in the store (idempotent), then
    saves the connection (key in the keyring, else a user-only file)."""
    kind, url, api_key = _checked(kind, url, api_key)
    ids = _known_ids(data_dir, url)
    if location_id:
        ids["stock_location_id"] = location_id
    connector = make_connector(StoreConnection(kind, url, ids=ids), api_key, data_dir)
    connector.check()
    ids = connector.set_up_till()
    saved = save_connection(data_dir, StoreConnection(kind, url, ids=ids), api_key)
    return StoreLink(saved.kind, saved.url, saved.key_storage, dict(saved.ids))


def connect_store_as(db: Database, data_dir: Path, by: UserInfo | None, url: str,
                     api_key: str, kind: str = "medusa", location_id: str | None = None
                     ) -> StoreLink:
    """connect_store run by a person (`pos connect`): where the sales go is a manager's to
    change (permissions.SETTINGS, as for the settings dialog), checked before the store is
    asked. Journaled once the connection is saved: who, which kind, which store (its address
    without any user, password or query) and the ids it got; never the key. The network work
    runs outside any transaction, so a till selling meanwhile never waits on it."""
    authoriser = permissions.authorise(by, permissions.SETTINGS)
    link = connect_store(data_dir, url, api_key, kind, location_id)
    with db.transaction() as s:
        permissions.record(s, "store_connected", by, authoriser, read_settings(s).terminal_id,
                           store=public_address(link.url), store_kind=link.kind,
                           sales_channel_id=link.ids.get("sales_channel_id"),
                           stock_location_id=link.ids.get("stock_location_id"))
    return link


def public_address(url: str) -> str:
    """The store's address as it may be written down: no user:password@, query or fragment
    (some people paste a key into the address)."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc.rpartition("@")[2], parts.path, "", ""))


def current_link(data_dir: Path) -> StoreLink | None:
    loaded = load_connection(data_dir)
    if loaded is None:
        return None
    conn, _key = loaded
    return StoreLink(conn.kind, conn.url, conn.key_storage, dict(conn.ids))
