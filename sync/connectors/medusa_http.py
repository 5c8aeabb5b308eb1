"""HTTP to the Medusa Admin API, with every failure mapped to what the engine should do."""
from __future__ import annotations

import json
import logging
from typing import Any

import requests

from pos.i18n import QT_TRANSLATE_NOOP
from sync.errors import AuthRejected, NotFound, Rejected, StoreBusy, StoreUnreachable

log = logging.getLogger(__name__)
CONNECT_TIMEOUT_S = 5.0
READ_TIMEOUT_S = 20.0


class MedusaHttp:
    def __init__(self, url: str, api_key: str, timeout: tuple[float, float] | None = None,
                 reuse_connections: bool = True):
        self.url = url.rstrip("/")
        self.timeout = timeout or (CONNECT_TIMEOUT_S, READ_TIMEOUT_S)
        self.session = requests.Session()
        self.session.auth = (api_key, "")  # secret key as Basic user, empty password
        self.session.headers["Accept"] = "application/json"
        if not reuse_connections:
            self.session.headers["Connection"] = "close"

    def call(self, method: str, path: str, params: dict | None = None,
             body: dict | None = None) -> dict:
        try:
            resp = self.session.request(method, self.url + path, params=params, json=body,
                                        timeout=self.timeout)
        except (requests.ConnectionError, requests.Timeout) as exc:
            # no answer, or the answer was cut: the outcome is UNKNOWN (the caller looks up)
            raise StoreUnreachable(QT_TRANSLATE_NOOP("SyncErrors", "Online store not reachable "
                                                                   "({0})"),
                                   type(exc).__name__) from None
        except requests.RequestException as exc:
            raise StoreUnreachable(QT_TRANSLATE_NOOP("SyncErrors", "Online store request "
                                                                   "failed: {0}"), exc) from None
        return self._answer(method, path, resp)

    def _answer(self, method: str, path: str, resp: requests.Response) -> dict:
        if resp.status_code in (401, 403):
            raise AuthRejected(QT_TRANSLATE_NOOP("SyncErrors", "The online store refused the "
                                                 "API key (HTTP {0}): connect again with a valid "
                                                 "key."), resp.status_code)
        if resp.status_code == 429:
            raise StoreBusy(QT_TRANSLATE_NOOP("SyncErrors", "The online store asks to slow down "
                                                            "(HTTP 429)."),
                            retry_after=_retry_after(resp.headers.get("Retry-After")))
        if resp.status_code >= 500:
            raise StoreBusy(QT_TRANSLATE_NOOP("SyncErrors", "The online store had an error "
                                                            "(HTTP {0}) on {1} {2}: {3}"),
                            resp.status_code, method, path, _snippet(resp))
        if resp.status_code == 404:  # JSON or not: nothing there, no use retrying
            message, code = _not_found(resp)
            raise NotFound(QT_TRANSLATE_NOOP("SyncErrors", "The online store refused {0} {1} "
                                                           "(HTTP {2}): {3}"),
                           method, path, 404, message, code=code)
        data = _json(resp, method, path)
        if resp.status_code >= 400:
            raise Rejected(QT_TRANSLATE_NOOP("SyncErrors", "The online store refused {0} {1} "
                                                           "(HTTP {2}): {3}"),
                           method, path, resp.status_code, data.get("message") or _snippet(resp),
                           code=data.get("code") or data.get("type") or "")
        return data

    def get(self, path: str, **params: Any) -> dict:
        return self.call("GET", path, params=params)

    def post(self, path: str, body: dict | None = None, **params: Any) -> dict:
        return self.call("POST", path, params=params or None, body=body or {})


def _not_found(resp: requests.Response) -> tuple[str, str]:
    """(message, code) of a 404, whose body may be Medusa's JSON or a bare "Cannot POST"."""
    try:
        data = resp.json()
    except (ValueError, json.JSONDecodeError):
        data = None
    if not isinstance(data, dict):
        return _snippet(resp), "not_found"
    return data.get("message") or _snippet(resp), data.get("code") or data.get("type") or \
        "not_found"


def _json(resp: requests.Response, method: str, path: str) -> dict:
    try:
        data = resp.json()
    except (ValueError, json.JSONDecodeError):
        raise StoreBusy(QT_TRANSLATE_NOOP("SyncErrors", "The online store sent a reply that is "
                                                        "not JSON on {0} {1} (HTTP {2}): {3}"),
                        method, path, resp.status_code, _snippet(resp)) from None
    if not isinstance(data, dict):
        raise StoreBusy(QT_TRANSLATE_NOOP("SyncErrors", "Unexpected reply shape from the online "
                                                        "store on {0} {1}"), method, path)
    return data


def _snippet(resp: requests.Response) -> str:
    text = " ".join(resp.text.split())
    return text[:160] + ("…" if len(text) > 160 else "")


def _retry_after(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None
