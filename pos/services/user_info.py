"""Who is at the till: the plain record every service is handed (no session, no PIN)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class UserInfo:
    id: int
    name: str
    role: str

    @property
    def is_manager(self) -> bool:
        return self.role in ("manager", "admin")
