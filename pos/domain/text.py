"""Accent-insensitive text for search and for ASCII-only channels (QR messages)."""

from __future__ import annotations

import re
import unicodedata

# Letters with a stroke have no Unicode decomposition, so NFD cannot strip them.
# U+00D0 (Icelandic eth) is included because old Vietnamese keyboards type it for Đ.
_STROKED = str.maketrans({"đ": "d", "Đ": "D", "Ð": "D", "ð": "d"})
_NOT_SEARCHABLE = re.compile(r"[^a-z0-9]+")


def strip_accents(text: str) -> str:
    """Drop diacritics but keep case: 'Cà phê Đà Lạt' -> 'Ca phe Da Lat'."""
    decomposed = unicodedata.normalize("NFD", text.translate(_STROKED))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


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
