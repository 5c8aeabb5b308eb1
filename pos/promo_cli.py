"""`pos customers ...`, `pos promotions list`: customers and promotions for scripts."""
from __future__ import annotations


def add_commands(sub, commands: dict) -> None:
    """Register the subcommands on `sub` and their handlers in `commands`."""
