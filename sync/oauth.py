"""OAuth2 client credentials (RFC 6749 §4.4) for FIT-Connect, as a token source.

FIT-Connect's token endpoint takes a form post (``grant_type=client_credentials``,
``client_id``, ``client_secret``) and answers ``{access_token, token_type: bearer,
expires_in}`` (about 30 minutes). :class:`ClientCredentials` keeps one token,
fetches a new one shortly before it expires (or after a 401), and never lets the
token or the secret reach a log, an exception text or a ``repr``.
"""

from __future__ import annotations

import stat
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from kiosk.base.errors import NetworkError
from kiosk.base.i18n import N_

if TYPE_CHECKING:
    import requests

REFRESH_MARGIN_S = 60.0  # fetch a new token this long before the old one expires
NO_ACCESS = N_(
    "Sync",
    "This terminal is not allowed to send to the central case system at the moment "
    "(its access was refused). The application is kept safely on this terminal. "
    "Please ask a technician.",
)
UNREACHABLE = N_(
    "Sync",
    "The central case system cannot be reached at the moment. The application is kept "
    "safely on this terminal and will be sent automatically.",
)


class SecretFileRefused(Exception):
    """The client secret file is missing, empty or readable by others (the message says)."""


def load_secret(path: Path) -> str:
    """The client secret in ``path``; refused unless only its owner may read it (0600)."""
    try:
        mode = path.stat().st_mode
        if mode & 0o077:
            raise SecretFileRefused(f"the client secret file {path} has mode "
                                    f"{stat.S_IMODE(mode):04o}; it must be 0600")
        secret = path.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise SecretFileRefused(f"the client secret file {path} cannot be read "
                                f"({exc.strerror or type(exc).__name__})") from exc
    if not secret:
        raise SecretFileRefused(f"the client secret file {path} is empty")
    return secret


class HttpSession(Protocol):
    @property
    def session(self) -> requests.Session: ...
    @property
    def verify(self) -> str | bool: ...


class TokenSource(Protocol):
    def token(self, http: HttpSession) -> str: ...
    def invalidate(self) -> None: ...


@dataclass
class ClientCredentials:
    """A client id and secret for ``token_url``; hands out a cached bearer token."""

    token_url: str
    client_id: str
    client_secret: str = field(repr=False)
    scope: str | None = None
    clock: Callable[[], float] = time.monotonic
    fetched: int = 0  # tokens fetched so far (benchmarks report the overhead)
    _token: str | None = field(default=None, repr=False)
    _expires: float = 0.0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def token(self, http: HttpSession) -> str:
        with self._lock:
            if self._token is None or self.clock() >= self._expires - REFRESH_MARGIN_S:
                self._token, lifetime = self._fetch(http)
                self._expires = self.clock() + lifetime
                self.fetched += 1
            return self._token

    def invalidate(self) -> None:
        with self._lock:
            self._token = None

    def _fetch(self, http: HttpSession) -> tuple[str, float]:
        form = {"grant_type": "client_credentials", "client_id": self.client_id,
                "client_secret": self.client_secret}
        if self.scope:
            form["scope"] = self.scope
        try:
            response = http.session.post(self.token_url, data=form, timeout=10,
                                         verify=http.verify)
        except OSError as exc:  # requests' exceptions are OSErrors
            what = "TLS certificate not trusted or TLS failed" if "SSL" in type(exc).__name__ \
                else type(exc).__name__
            raise NetworkError(UNREACHABLE, detail=f"token endpoint: {what}") from exc
        if response.status_code in (400, 401, 403):
            # A configuration matter: items wait (with backoff) until a technician fixes it.
            raise NetworkError(NO_ACCESS, detail=f"token endpoint refused the client "
                               f"credentials (HTTP {response.status_code})")
        if response.status_code != 200:
            raise NetworkError(UNREACHABLE, detail=f"token endpoint: HTTP "
                               f"{response.status_code}")
        try:
            body: Any = response.json()
        except ValueError:
            body = None
        token = body.get("access_token") if isinstance(body, dict) else None
        if not isinstance(token, str) or not token or \
                str(body.get("token_type", "")).lower() != "bearer":
            raise NetworkError(UNREACHABLE, detail="token endpoint answered without a "
                               "bearer access_token")
        lifetime = body.get("expires_in", 300)
        if not isinstance(lifetime, int | float) or lifetime <= 0:
            lifetime = 300
        return token, float(lifetime)
