"""Accent-insensitive text for search and for ASCII-only channels (QR messages)."""

from __future__ import annotations

import re
import unicodedata

from pos.domain.errors import DomainError, translate

# Letters with a stroke have no Unicode decomposition, so NFD cannot strip them.
# U+00D0 (Icelandic eth) is included because old Vietnamese keyboards type it for Đ.
_STROKED = str.maketrans({"đ": "d", "Đ": "D", "Ð": "D", "ð": "d"})
_NOT_SEARCHABLE = re.compile(r"[^a-z0-9]+")


class _WithoutCombiningMarks(dict):
    """A str.translate table that deletes combining marks and keeps everything else; each
    character is looked up in unicodedata once, then translate runs at C speed (a catalogue
    import folds 400,000 names and SKUs)."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_DROP_COMBINING = _WithoutCombiningMarks()


def strip_accents(text: str) -> str:
    """Drop diacritics but keep case: 'Cà phê Đà Lạt' -> 'Ca phe Da Lat'."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFD", text.translate(_STROKED)).translate(_DROP_COMBINING)


def fold(text: str) -> str:
    """Lowercase, accent-free, single-spaced: 'Cà phê sữa đá' -> 'ca phe sua da'."""
    return " ".join(strip_accents(text).lower().split())


def search_terms(query: str) -> list[str]:
    """Search words made only of [a-z0-9]; anything else separates words (safe for FTS5)."""
    return _NOT_SEARCHABLE.sub(" ", fold(query)).split()


def to_ascii(text: str) -> str:
    """Printable ASCII only, accents folded, case kept, whitespace collapsed."""
    folded = strip_accents(text)
    printable = "".join(ch if " " <= ch <= "~" else " " for ch in folded)
    return " ".join(printable.split())


# Characters a name, SKU or code must never carry: C0 and C1 controls (NUL, ESC, ...) and DEL
# reach a printer as commands (ESC p opens the drawer); bidirectional embeddings, overrides,
# isolates and marks and the line/paragraph separators make text show other than it is stored.
_UNSAFE_CODES = (*range(0x00, 0x20), *range(0x7F, 0xA0), 0x061C, 0x200E, 0x200F,
                 *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x2028, 0x2029)
_UNSAFE = re.compile("[" + "".join(f"\\U{c:08x}" for c in _UNSAFE_CODES) + "]")
_UNSAFE_AS_SPACE = dict.fromkeys(_UNSAFE_CODES, " ")


def unsafe_character(text: str) -> str | None:
    """The first control or bidirectional character in text, None if there is none."""
    found = _UNSAFE.search(text)
    return found.group() if found else None


def without_control(text: str) -> str:
    """text with every control and bidirectional character turned into a space (a tab or a
    newline inside a name separates words): what a printer or a display may be sent."""
    return text if text.isprintable() else text.translate(_UNSAFE_AS_SPACE)


# The longest name, SKU, code and category the catalogue keeps (as the columns).
LONGEST_NAME, LONGEST_SKU, LONGEST_CODE, LONGEST_CATEGORY = 200, 80, 64, 120


def store_text(text: str | None, longest: int) -> str:
    """What a central store sends, made fit to show and print: control and bidirectional
    characters as spaces, runs of spaces as one, cut at `longest`. Not refused (the store is
    the catalogue's master; refusing would stop the pull), never passed on as it came."""
    return " ".join(without_control(text or "").split())[:longest].strip()


def clean_text(text: str, what: str, longest: int) -> str:
    """text without outer spaces, or a DomainError saying which character or length is wrong:
    one check for names, SKUs and codes wherever they are typed or imported."""
    bad = unsafe_character(text)
    if bad is not None:
        raise DomainError(translate("Errors", "{0} contains the control character U+{1:04X}; "
                                              "remove it and try again").format(what, ord(bad)))
    text = text.strip()
    if len(text) > longest:
        raise DomainError(translate("Errors", "{0} is {1:,} characters long; at most {2:,} are "
                                              "allowed").format(what, len(text), longest))
    return text
