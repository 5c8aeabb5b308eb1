"""Errors the services raise; each message tells the cashier or manager what to do."""
from pos.domain.errors import DomainError


class ServiceError(DomainError):
    pass


class UnknownBarcode(ServiceError):
    def __init__(self, code: str):
        super().__init__(f"No item has barcode {code}. Check the item or search it by name (F2).")
        self.code = code


class NotAllowed(ServiceError):
    """The user's role does not allow the action: a manager must approve it."""


class WrongPin(ServiceError):
    pass


class ImportFailed(ServiceError):
    def __init__(self, problems: list[tuple[int, str]]):
        self.problems = problems
        lines = "\n".join(f"line {n}: {why}" for n, why in problems[:50])
        more = f"\n… and {len(problems) - 50} more" if len(problems) > 50 else ""
        super().__init__(f"Nothing was imported: {len(problems)} bad row(s).\n{lines}{more}")
