"""Unicode receipt text to the bytes of a printer code page, for text-mode printing.

python-escpos's own encoder looks for each character in some code page and prints `?` when
none has it precomposed, which loses most Vietnamese letters. CP1258 (Windows Vietnamese)
has the vowels with their hats and horns (â ê ô ă ơ ư đ) plus five combining tone marks,
so every Vietnamese letter can be sent as base letter + tone mark.
"""

from __future__ import annotations

import unicodedata

# The five Vietnamese tones: grave, acute, tilde, hook above, dot below. CP1258 has each as a
# combining byte (0xCC, 0xEC, 0xDE, 0xD2, 0xF2); it has no combining circumflex, breve or horn.
TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")

# ESC t slots on Epson-compatible printers. Other makers put pages elsewhere (the POS-5890
# family has CP1258 at 27 or 94): pass an explicit slot or a python-escpos profile.
EPSON_SLOTS = {"cp437": 0, "cp850": 2, "cp1252": 16, "cp858": 19, "cp1258": 52}


def _cp1258_char(char: str) -> bytes:
    try:
        return char.encode("cp1258")  # precomposed where the page has it (à, é, Đ, ₫)
    except UnicodeEncodeError:
        pass
    decomposed = unicodedata.normalize("NFD", char)
    tones = "".join(mark for mark in decomposed if mark in TONE_MARKS)
    # Recompose everything but the tone, so ữ -> ư (one CP1258 byte) + combining tilde.
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_MARKS))
    try:
        return base.encode("cp1258") + tones.encode("cp1258")
    except UnicodeEncodeError:
        return b"?"


def encode_cp1258(text: str) -> bytes:
    return b"".join(_cp1258_char(char) for char in unicodedata.normalize("NFC", text))


def encode_text(text: str, codepage: str) -> bytes:
    """Bytes for `text` in `codepage`; characters the page cannot show become `?`."""
    codepage = codepage.lower()
    if codepage == "cp1258":
        return encode_cp1258(text)
    return unicodedata.normalize("NFC", text).encode(codepage, errors="replace")


def known_slot(codepage: str) -> int:
    try:
        return EPSON_SLOTS[codepage.lower()]
    except KeyError:
        raise ValueError(
            f"No known printer slot for code page {codepage!r}: pass codepage_slot "
            "from the printer's self-test page"
        ) from None
