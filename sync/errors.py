"""What can go wrong talking to the central store, sorted by what the engine should do."""
from __future__ import annotations


class SyncError(Exception):
    """Base: a message a manager can act on."""

    retry = True


class StoreUnreachable(SyncError):
    """No answer (refused, reset, timeout, DNS): the till is offline; try again later."""


class StoreBusy(SyncError):
    """429 or 5xx or a garbage reply: try again after `retry_after` seconds (if given)."""

    def __init__(self, message: str, retry_after: float | None = None):
        super().__init__(message)
        self.retry_after = retry_after


class AuthRejected(SyncError):
    """401/403: the API key is wrong or revoked; nothing works until a new key is given."""


class Rejected(SyncError):
    """The store refused this one change for good (a 4xx about its content)."""

    retry = False

    def __init__(self, message: str, code: str = ""):
        super().__init__(message)
        self.code = code
