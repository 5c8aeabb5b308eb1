"""The shop a command works on: the one in its data folder, never one made on the way."""
from __future__ import annotations


def command_shop(args):
    """The open shop of --data-dir (or the default folder); raises NoShopHere, creating
    nothing, where there is none, unless `pos --demo` asked for the demo shop."""
    from pos.app import open_command_shop, resolve_data_dir

    return open_command_shop(resolve_data_dir(args.data_dir), getattr(args, "demo", False))
