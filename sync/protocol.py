"""The one small protocol every central-store connector implements."""
from __future__ import annotations

from typing import Protocol

from sync.records import Page, PushResult


class Connector(Protocol):
    name: str
    #: the resources it can pull, in the order to pull them
    resources: tuple[str, ...]

    def check(self) -> str:
        """Raises a SyncError if the store cannot be used; returns a short description."""

    def push(self, kind: str, ref: str, payload: dict, first_attempt: bool) -> PushResult:
        """Sends one local change. Must be safe to call again for the same ref after any
        uncertain outcome: it looks the change up before creating it again."""

    def pull(self, resource: str, cursor: str | None) -> Page:
        """The next page of changes after `cursor`."""
