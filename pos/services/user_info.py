"""Who is at the till: the plain record every service is handed (no session, no PIN)."""
from __future__ import annotations

from dataclasses import dataclass

from pos.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class UserInfo:
    id: int
    name: str
    role: str

    @property
    def is_manager(self) -> bool:
        return self.role in ("manager", "admin")


# A role as the till and the command line say it (translated where it is shown).
ROLE_NAMES = {"cashier": QT_TRANSLATE_NOOP("Roles", "Cashier"),
              "manager": QT_TRANSLATE_NOOP("Roles", "Manager"),
              "admin": QT_TRANSLATE_NOOP("Roles", "Admin")}


def role_name(role: str) -> str:
    """"Manager", "Quản lý"...: the role in the language spoken now (an unknown one as it is)."""
    return translate("Roles", ROLE_NAMES[role]) if role in ROLE_NAMES else role
