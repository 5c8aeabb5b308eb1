"""The store's credentials never reach the database or the log.

A store error is kept in the outbox (`last_error`) and the sync status, and written to the
log; a reply or an exception can carry what the till sent (an `Authorization` header, a URL
with a token, a JSON body with a password) or the API key itself. `redact` masks:

- every secret this process has read (the API key, once `remember_secret` was given it: the
  connection's loader does), wherever it appears;
- the values of credential-looking fields: headers (`Authorization`, `x-api-key`, cookies),
  `Bearer`/`Basic` schemes, `password=`, `"token": "..."`, `api_key`, `secret`...;
- the password of a URL's `user:password@`;
- Medusa secret API keys (`sk_...`).

The mask holds no quote or backslash, so a stored JSON message stays JSON.
`RedactingFilter` applies it to every log record (pos.app.setup_logging installs it).
"""
from __future__ import annotations

import logging
import re
import threading

MASK = "[hidden]"
MIN_SECRET = 6  # shorter values are too common to mask wherever they appear
_secrets: set[str] = set()
_lock = threading.Lock()
_FIELD = (r"password|passwd|pwd|secret|client[_-]?secret|token|access[_-]?token|"
          r"refresh[_-]?token|api[_-]?key|apikey|x-api-key|x-medusa-access-token|"
          r"authorization|cookie|set-cookie|session")
_PATTERNS = (
    # "Authorization: Basic abc", Bearer/Basic followed by the credential
    (re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]{6,}"), rf"\1 {MASK}"),
    # field=value, field: value, "field": "value" (quoted or not), in headers, URLs, JSON
    # (a quote may come escaped, as in a JSON message kept inside another)
    (re.compile(rf"""(?i)((?:\\*["'])?\b(?:{_FIELD})\b(?:\\*["'])?\s*[:=]\s*(?:\\*["'])?)"""
                rf"""(?!{re.escape(MASK)})([^"'\\&\s,;}}\]]+)"""), rf"\1{MASK}"),
    # scheme://user:password@host
    (re.compile(r"(?i)(\b[a-z][a-z0-9+.-]*://[^/\s:@]+:)[^/\s@]+@"), rf"\1{MASK}@"),
    # a Medusa secret API key wherever it is
    (re.compile(r"\bsk_[A-Za-z0-9]{16,}\b"), MASK),
)


def remember_secret(value: str | None) -> None:
    """A credential this process holds: masked in every text from now on."""
    if value and len(value) >= MIN_SECRET:
        with _lock:
            _secrets.add(value)


def redact(text: str) -> str:
    if not text:
        return text
    with _lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        text = text.replace(secret, MASK)
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    """Masks credentials in a record's message (its arguments merged in first) and in the
    text of its exception."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a record whose arguments do not fit: leave it to the formatter
            return True
        record.msg, record.args = redact(message), None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True
