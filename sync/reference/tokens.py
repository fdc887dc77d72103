"""The stand-in's OAuth2 token endpoint (client credentials) and bearer check.

``POST /token`` with a form (``grant_type=client_credentials``, ``client_id``,
``client_secret``) answers ``{access_token, token_type: "bearer", expires_in}``;
tokens are random, live :data:`LIFETIME_S` (30 minutes, as at FIT-Connect) and are
kept in memory only (a restarted stand-in asks for new ones: its clients get 401
and fetch another). The sender client is made on first start and kept in
``<data_dir>/sender-client-id`` and ``<data_dir>/sender-client.secret`` (mode 0600, the
layout the kiosk's settings ``fitconnect_client_id`` / ``fitconnect_client_secret_file``
expect); :func:`load_or_create_client` reads them. A second client, the fleet's
(``fleet-client-id``, ``fleet-client.secret``), is for the central IT's technicians:
its tokens read the fleet's heartbeats (``buergerbuero fleet status``) and nothing
else, and the sender's tokens cannot read them (:meth:`TokenIssuer.client`).
Client secrets are compared in constant time; secrets and tokens are never logged.
"""

from __future__ import annotations

import hmac
import os
import secrets
import threading
import time
from pathlib import Path
from typing import Final
from urllib.parse import parse_qs

from sync.oauth import load_secret

LIFETIME_S = 1800
CLIENT_ID_FILE = "sender-client-id"
CLIENT_SECRET_FILE = "sender-client.secret"  # noqa: S105 - a file name
SENDER: Final = "sender"  # the terminals' client: submissions and heartbeats
FLEET: Final = "fleet"  # the technicians' client: reading the fleet's heartbeats


class TokenRefused(Exception):
    """The form is not a valid client-credentials grant (answered 400/401)."""

    def __init__(self, status: int, error: str) -> None:
        super().__init__(error)
        self.status = status
        self.error = error


def client_files(data_dir: Path, role: str = SENDER) -> tuple[Path, Path]:
    """The client id file and the secret file (mode 0600) of ``role``'s client."""
    return data_dir / f"{role}-client-id", data_dir / f"{role}-client.secret"


def load_or_create_client(data_dir: Path, role: str = SENDER) -> tuple[str, str]:
    id_path, secret_path = client_files(data_dir, role)
    if id_path.exists() and secret_path.exists():
        return id_path.read_text(encoding="ascii").strip(), load_secret(secret_path)
    prefix = "kiosk" if role == SENDER else role
    client_id, secret = f"{prefix}-{secrets.token_hex(4)}", secrets.token_urlsafe(32)
    for path, text, mode in ((secret_path, secret, 0o600), (id_path, client_id, 0o644)):
        tmp = path.with_name(f".{path.name}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(text + "\n")
        os.replace(tmp, path)
    return client_id, secret


class TokenIssuer:
    """Issues and checks bearer tokens for a fixed set of clients; thread-safe."""

    def __init__(self, clients: dict[str, str], lifetime_s: float = LIFETIME_S) -> None:
        self._clients = dict(clients)
        self._lifetime = lifetime_s
        self._tokens: dict[str, tuple[float, str]] = {}  # token → (expiry, client id)
        self._lock = threading.Lock()
        self.issued = 0

    def issue(self, form: bytes) -> dict[str, object]:
        try:
            fields = {k: v[0] for k, v in parse_qs(form.decode("ascii"),
                                                   strict_parsing=True).items()}
        except (UnicodeDecodeError, ValueError) as exc:
            raise TokenRefused(400, "invalid_request") from exc
        if fields.get("grant_type") != "client_credentials":
            raise TokenRefused(400, "unsupported_grant_type")
        expected = self._clients.get(fields.get("client_id", ""))
        if expected is None or not hmac.compare_digest(
                expected.encode(), fields.get("client_secret", "").encode()):
            raise TokenRefused(401, "invalid_client")
        token = secrets.token_urlsafe(32)
        now = time.monotonic()
        with self._lock:
            self._tokens = {t: v for t, v in self._tokens.items() if v[0] > now}
            self._tokens[token] = (now + self._lifetime, fields["client_id"])
            self.issued += 1
        return {"access_token": token, "token_type": "bearer",
                "expires_in": int(self._lifetime)}

    def valid(self, authorization: str | None) -> bool:
        return self.client(authorization) is not None

    def client(self, authorization: str | None) -> str | None:
        """The client id a valid bearer token was issued to, else None."""
        if not authorization or not authorization.startswith("Bearer "):
            return None
        token = authorization[7:].strip()
        with self._lock:
            expires, client_id = self._tokens.get(token, (0.0, ""))
        return client_id if expires > time.monotonic() else None
