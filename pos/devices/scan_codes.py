"""What a scanner sends around a code: an optional prefix and suffix set in its configuration."""
from __future__ import annotations


def clean_scan(raw: str, prefix: str = "", suffix: str = "") -> str:
    """The code without the scanner's prefix/suffix, line ends and surrounding blanks."""
    code = raw.strip("\r\n\t ")
    if prefix and code.startswith(prefix):
        code = code[len(prefix):]
    if suffix and code.endswith(suffix):
        code = code[: -len(suffix)]
    return "".join(ch for ch in code if ch.isprintable()).strip()
