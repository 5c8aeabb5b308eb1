"""`pos backup`, `pos restore FILE`, `pos self-test`: data safety and support."""
from __future__ import annotations


def add_commands(sub, commands: dict) -> None:
    """Register the subcommands on `sub` and their handlers in `commands`."""
