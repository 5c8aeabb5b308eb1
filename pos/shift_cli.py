"""`pos shift status`, `pos report x`, `pos report z`: shifts and cash for managers."""
from __future__ import annotations


def add_commands(sub, commands: dict) -> None:
    """Register the subcommands on `sub` and their handlers in `commands`."""
