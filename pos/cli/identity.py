"""Who runs a command that changes data: `--user NAME` and that person's PIN, read from one
line of standard input (`--pin-stdin`, for scripts) or asked on the terminal without echo.
Never a PIN as an argument: every user of the computer sees those (`ps`)."""
from __future__ import annotations

import argparse
import getpass
import sys

from pos.i18n import translate
from pos.services.errors import ServiceError


def add_identity_options(parser, required: bool = True) -> None:
    parser.add_argument("--user", required=required, metavar="NAME", help=translate(
        "CliHelp", "who does it (their PIN is asked, or read with --pin-stdin)"))
    parser.add_argument("--pin-stdin", action="store_true", help=translate(
        "CliHelp", "read the PIN(s) from standard input, one a line"))
    parser.add_argument("--pin", help=argparse.SUPPRESS)  # refused with a reason


def read_pins(args, *prompts: str) -> list[str]:
    """One PIN per prompt: lines of standard input with --pin-stdin, else the terminal."""
    if getattr(args, "pin", None) is not None:
        raise ServiceError(translate("Cli", "A PIN given as an argument is visible to every "
                                            "user of this computer: use --pin-stdin or type it "
                                            "when asked."))
    if args.pin_stdin:
        lines = [sys.stdin.readline().strip() for _ in prompts]
        if not all(lines):
            raise ServiceError(translate("Cli", "--pin-stdin reads {0} line(s) from standard "
                                                "input: one PIN a line.").format(len(prompts)))
        return lines
    if not sys.stdin.isatty():
        raise ServiceError(translate("Cli", "No terminal to ask the PIN on: give it with "
                                            "--pin-stdin (one line on standard input)."))
    return [getpass.getpass(prompt) for prompt in prompts]


def acting_user(args, db, pin: str | None = None):
    """The user named by --user, their PIN checked (wrong PINs count towards their lockout)."""
    from pos.services.users import authenticate

    if pin is None:
        pin = read_pins(args, _pin_prompt(args.user))[0]
    return authenticate(db, args.user, pin)


def _pin_prompt(name: str) -> str:
    return translate("Cli", "PIN of {0}: ").format(name)


def user_and_new_pin(args, db, subject: str):
    """(acting user or None, new PIN) for `users add` and `users set-pin`."""
    prompts = [translate("Cli", "New PIN for {0}: ").format(subject)]
    if args.user:
        prompts.insert(0, _pin_prompt(args.user))
    pins = read_pins(args, *prompts)
    return (acting_user(args, db, pins[0]) if args.user else None), pins[-1]
