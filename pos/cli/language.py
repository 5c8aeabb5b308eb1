"""The language of `pos COMMAND` before the command opens the shop: `-h` and argparse's own
words ("usage:", "options:", "error: ...") speak the shop's language too.

The shop's `language` setting is read from its database file read-only (no migration, no demo
shop, nothing written), else the computer's locale is used; the command itself speaks the
setting again once it opens the shop (pos.app.speak_shop_language).

argparse takes its fixed words from gettext, through the names `_` and `ngettext` of its
module. gettext would want compiled .mo catalogues; the one source of our translations is the
.ts catalogue, so those two names are pointed at it instead (context "argparse"). The words
are listed below so that pyside6-lupdate collects them."""
from __future__ import annotations

import argparse
import json
import sqlite3
from pathlib import Path
from types import SimpleNamespace

from pos import i18n
from pos.i18n import QT_TRANSLATE_NOOP, translate

ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
)


def speak_before_parsing(argv: list[str] | None) -> str:
    """Sets the language for parsing `argv` (help and errors) and returns it."""
    language = spoken_by_shop(_data_dir_arg(argv))
    i18n.set_language(language)
    speak_argparse()
    return language


def speak_argparse() -> None:
    """argparse's words through our catalogue, in the language of the moment."""
    argparse._ = _word
    argparse.ngettext = _words


def _word(text: str) -> str:
    return translate("argparse", text)


def _words(singular: str, plural: str, n: int) -> str:
    return translate("argparse", singular if n == 1 else plural)


def _data_dir_arg(argv: list[str] | None) -> str | None:
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument("--data-dir")
    return p.parse_known_args(argv)[0].data_dir


def spoken_by_shop(data_dir_arg: str | None) -> str:
    """The language the shop speaks (pos.i18n.shop_speaks), read before the arguments are
    parsed; the computer's when there is no shop yet or it cannot be read."""
    from pos.app import DB_NAME, resolve_data_dir
    from pos.services.settings import ShopSettings

    path = resolve_data_dir(data_dir_arg) / DB_NAME
    shop = {"language": ShopSettings.language, "currency": ShopSettings.currency,
            "locale": ShopSettings.locale, "demo": False}
    if path.exists():
        try:
            con = sqlite3.connect(f"{Path(path).as_uri()}?mode=ro", uri=True)
            try:
                rows = con.execute("SELECT key, value FROM settings WHERE key IN "
                                   "('language', 'currency', 'locale', 'demo')").fetchall()
            finally:
                con.close()
            shop.update((key, json.loads(value)) for key, value in rows)
        except (sqlite3.Error, ValueError, TypeError):
            pass
    else:
        shop["currency"] = shop["locale"] = ""  # no shop yet: nothing says Vietnam
    return i18n.shop_speaks(SimpleNamespace(**shop))
