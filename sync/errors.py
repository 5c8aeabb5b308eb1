"""What can go wrong talking to the central store, sorted by what the engine should do.

A message is the English source marked for the "SyncErrors" catalogue, with {0} {1} ... for
its arguments: `str(error)` is in the language of the moment, `error.stored` is what the outbox
and the sync status keep (pos.stored_text), shown in the language of whoever reads it later."""
from __future__ import annotations

from pos.i18n import QT_TRANSLATE_NOOP
from pos.stored_text import kept, shown
from sync.redact import redact

CONTEXT = "SyncErrors"


class SyncError(Exception):
    """Base: a message a manager can act on."""

    retry = True

    def __init__(self, message: str, *args):
        super().__init__(message, *args)
        self.message, self.values = message, args

    @property
    def stored(self) -> str:
        return kept(CONTEXT, self.message, *self.values)

    def __str__(self) -> str:
        return shown(self.stored)


def stored_text(error: BaseException) -> str:
    """What to keep in the database for `error`."""
    return redact(error.stored if isinstance(error, SyncError) else str(error))


class StoreUnreachable(SyncError):
    """No answer (refused, reset, timeout, DNS): the till is offline; try again later."""


class StoreBusy(SyncError):
    """429 or 5xx or a garbage reply: try again after `retry_after` seconds (if given)."""

    def __init__(self, message: str, *args, retry_after: float | None = None):
        super().__init__(message, *args)
        self.retry_after = retry_after


class AuthRejected(SyncError):
    """401/403: the API key is wrong or revoked; nothing works until a new key is given."""


class Rejected(SyncError):
    """The store refused this one change for good (a 4xx about its content)."""

    retry = False

    def __init__(self, message: str, *args, code: str = ""):
        super().__init__(message, *args)
        self.code = code


class NotFound(Rejected):
    """404: what was asked for is not in the store, or the store has no such route (a
    plugin's, removed since the till connected)."""


def no_list_in_reply(path: str, key: str) -> StoreBusy:
    """The store answered, but without the list the till asked for."""
    return StoreBusy(QT_TRANSLATE_NOOP("SyncErrors", "The online store's {0} reply has no "
                                                     "'{1}' list"), path, key)
