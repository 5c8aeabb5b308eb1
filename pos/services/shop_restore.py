"""Who restores a backup over the shop's data: a manager, journaled in the data replaced."""
from __future__ import annotations

from pos.db.engine import Database
from pos.services import permissions
from pos.services.settings import ShopSettings
from pos.services.user_info import UserInfo


def journal_restore(db: Database, settings: ShopSettings, by: UserInfo, file_name: str) -> None:
    with db.transaction() as s:
        authoriser = permissions.authorise(by, permissions.SETTINGS)
        permissions.record(s, "restore", by, authoriser, settings.terminal_id, file=file_name)
