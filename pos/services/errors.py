"""Errors the services raise; each message tells the cashier or manager what to do."""
from datetime import datetime, timedelta

from pos.domain.errors import DomainError
from pos.i18n import translate


class ServiceError(DomainError):
    pass


class UnknownBarcode(ServiceError):
    def __init__(self, code: str):
        super().__init__(translate("Errors", "No item has barcode {0}. Check the item or search "
                                             "it by name (F2).").format(code))
        self.code = code


class NotAllowed(ServiceError):
    """The user's role does not allow the action: a manager must approve it."""


class ApprovalNeeded(NotAllowed):
    """A protected action asked for by a user whose role does not allow it, with no approval
    (or an approval by someone whose role does not allow it either)."""

    def __init__(self, message: str, action: str):
        super().__init__(message)
        self.action = action


class WrongPin(ServiceError):
    pass


class LockedOut(WrongPin):
    """Too many wrong PINs at this till: no PIN is checked until the time is up."""

    def __init__(self, seconds_left: int, scope: str = ""):
        minutes, seconds = divmod(max(seconds_left, 1), 60)
        left = f"{minutes} min {seconds:02d} s" if minutes else f"{seconds} s"
        retry_at = (datetime.now() + timedelta(seconds=max(seconds_left, 1))).strftime("%H:%M")
        super().__init__(translate("Errors", "Too many wrong PINs: {0} for {1} (try again at "
                                             "{2}). A manager can end it with `pos users "
                                             "unlock`, or reset a forgotten PIN with `pos users "
                                             "set-pin`.")
                         .format(scope or translate("Errors", "this till is locked"), left,
                                 retry_at))
        self.seconds_left = seconds_left


class ImportFailed(ServiceError):
    def __init__(self, problems: list[tuple[int, str]]):
        self.problems = problems
        lines = "\n".join(f"line {n}: {why}" for n, why in problems[:50])
        more = f"\n… and {len(problems) - 50} more" if len(problems) > 50 else ""
        super().__init__(translate("Errors", "Nothing was imported: {0} bad row(s).\n{1}{2}")
                             .format(len(problems), lines, more))
