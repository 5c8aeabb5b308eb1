"""`pos stock show`, `pos stock adjust`: stock levels and adjustments for managers."""
from __future__ import annotations


def add_commands(sub, commands: dict) -> None:
    """Register the subcommands on `sub` and their handlers in `commands`."""
