"""Where the till keeps its connection to the central store. The API key goes to the OS
keyring when one works, else to a file only the user can read; it is never logged."""
from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field
from pathlib import Path

from pos.services.private_files import write_atomically
from sync.redact import remember_secret

log = logging.getLogger(__name__)
KEYRING_SERVICE = "omnipos"
CONFIG_NAME = "store.json"
SECRET_NAME = "store.key"


@dataclass
class StoreConnection:
    kind: str  # "medusa"
    url: str
    key_storage: str = "file"  # keyring | file
    ids: dict = field(default_factory=dict)  # what `connect` found or created in the store


def _keyring_set(account: str, secret: str) -> bool:
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, account, secret)
        return keyring.get_password(KEYRING_SERVICE, account) == secret
    except Exception as exc:  # no Secret Service on a headless Linux, locked keychain…
        log.info("OS keyring not usable (%s); keeping the key in a user-only file", type(exc).__name__)
        return False


def save_connection(data_dir: Path, conn: StoreConnection, api_key: str) -> StoreConnection:
    account = f"{conn.kind}:{conn.url}"
    remember_secret(api_key)
    conn.key_storage = "keyring" if _keyring_set(account, api_key) else "file"
    if conn.key_storage == "file":
        write_atomically(data_dir / SECRET_NAME, api_key)
    write_atomically(data_dir / CONFIG_NAME, json.dumps(asdict(conn), indent=2))
    return conn


def load_connection(data_dir: Path) -> tuple[StoreConnection, str] | None:
    path = data_dir / CONFIG_NAME
    if not path.exists():
        return None
    conn = StoreConnection(**json.loads(path.read_text(encoding="utf-8")))
    return conn, _read_key(data_dir, conn)


def _read_key(data_dir: Path, conn: StoreConnection) -> str:
    if conn.key_storage == "keyring":
        import keyring

        key = keyring.get_password(KEYRING_SERVICE, f"{conn.kind}:{conn.url}") or ""
    else:
        key = (data_dir / SECRET_NAME).read_text(encoding="utf-8").strip()
    remember_secret(key)  # masked in stored errors and the log from now on
    return key


def update_ids(data_dir: Path, ids: dict) -> None:
    path = data_dir / CONFIG_NAME
    data = json.loads(path.read_text(encoding="utf-8"))
    data["ids"] = {**data.get("ids", {}), **ids}
    write_atomically(path, json.dumps(data, indent=2))
