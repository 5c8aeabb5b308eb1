"""`pos connect medusa` to the session's Medusa, run as a person: connecting is a manager's,
with their PIN (read as --pin-stdin does), like every command that changes data."""
from __future__ import annotations

import io
from pathlib import Path
from unittest import mock

from pos.cli import main as pos


def connect_as(data_dir: Path, medusa, user: str, pin: str, *options: str) -> int:
    with mock.patch("sys.stdin", io.StringIO(pin + "\n")):
        return pos(["--data-dir", str(data_dir), "connect", "medusa", "--url", medusa.url,
                    "--api-key", medusa.api_key, "--user", user, "--pin-stdin", *options])
