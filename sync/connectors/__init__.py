"""Connector registry: one module per kind of central store."""
from __future__ import annotations

from pathlib import Path

from pos.i18n import translate
from sync.config import StoreConnection
from sync.protocol import Connector

KINDS = ("medusa",)


def make_connector(conn: StoreConnection, api_key: str, data_dir: Path) -> Connector:
    if conn.kind == "medusa":
        from sync.connectors.medusa import MedusaConnector

        return MedusaConnector(conn.url, api_key, ids=conn.ids, data_dir=data_dir)
    raise ValueError(translate("SyncErrors", "Unknown store kind {0}; known: {1}").format(
        repr(conn.kind), ", ".join(KINDS)))
