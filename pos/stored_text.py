"""Messages kept in the database in no language (a sync error, why a promotion is not applied
at the till): the English source, marked for the catalogue where it is written, its context and
its arguments, as JSON (with the English sentence too, for whoever reads the database itself).
A screen or a command shows them in the language of that moment, so switching the language
changes them too. A row written before (a plain English sentence) is shown as it is."""
from __future__ import annotations

import json

from pos.i18n import translate

_KEYS = {"context", "text", "args", "en"}


def kept(context: str, text: str, *args) -> str:
    """`text` (an English source marked for `context`, with {0} {1} ... for `args`) to store."""
    values = [a if isinstance(a, (str, int, float, bool)) or a is None else str(a) for a in args]
    message = {"context": context, "text": text, "args": values}
    return json.dumps({**message, "en": _rendered(message, "en")}, ensure_ascii=False)


def shown(stored: str, language: str | None = None) -> str:
    """A stored message in the current (or given) language; any other text unchanged."""
    message = _message(stored)
    return stored if message is None else _rendered(message, language)


def _rendered(message: dict, language: str | None) -> str:
    args = [shown(a, language) if isinstance(a, str) else a for a in message["args"]]
    source = message["text"]
    text = translate(message["context"], source, language)
    if not args:  # a message without placeholders may hold braces of its own
        return text
    try:
        return text.format(*args)
    except (IndexError, KeyError, ValueError):  # a translation with other placeholders
        pass
    try:
        return source.format(*args)
    except (IndexError, KeyError, ValueError):
        return source


def _message(stored) -> dict | None:
    if not isinstance(stored, str) or not stored.startswith("{"):
        return None
    try:
        message = json.loads(stored)
    except ValueError:
        return None
    if not isinstance(message, dict) or set(message) != _KEYS or not isinstance(
            message["args"], list):
        return None
    return message
