"""What every screen needs: the shop database, its settings, the task runner, the cashier."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pos.db.engine import Database
from pos.format import format_money
from pos.services.settings import ShopSettings
from pos.services.users import UserInfo
from pos.ui.tasks import Tasks


@dataclass
class Till:
    db: Database
    data_dir: Path
    settings: ShopSettings
    tasks: Tasks
    user: UserInfo | None = None
    sync: object | None = None  # sync.runner.BackgroundSync when a store is connected
    extras: dict = field(default_factory=dict)

    def money(self, minor: int) -> str:
        return format_money(minor, self.settings.currency, self.settings.locale)
