"""Client for the reference intake server (protocol: ``sync/openapi.yaml``).

``PUT /api/v1/applications/{idempotency_key}`` stores an application; repeating
the same request is safe (200 with the same case id), so a send interrupted at
any point can simply be repeated.

Errors are sorted by what the outbox should do: :class:`NetworkError` (and its
subclass :class:`RetryLater`) mean "try again later"; :class:`ServerRefused`
means "retrying will not help". No exception text contains personal data.

This module imports ``requests`` at the top; only the sync worker thread imports it.
"""

from __future__ import annotations

import base64
import email.utils
import hashlib
import time
from typing import Any

import requests

from kiosk.errors import NetworkError, ServerRefused
from kiosk.i18n import N_
from sync.outbox import OutgoingApplication

API_PREFIX = "/api/v1"

UNREACHABLE = N_(
    "Sync",
    "The central case system cannot be reached at the moment. The application is kept "
    "safely on this terminal and will be sent automatically.",
)
BUSY = N_(
    "Sync",
    "The central case system is busy at the moment. The application is kept safely on "
    "this terminal and will be sent automatically.",
)
REFUSED = N_(
    "Sync",
    "The central case system did not accept the application (error {status}). The "
    "application is kept on this terminal. Please ask the staff at the counter.",
)

_RETRYABLE_STATUS = {408, 429}


class RetryLater(NetworkError):
    """The server asked us to come back later (408, 429, 5xx), maybe saying when."""

    def __init__(self, *, status: int, retry_after_s: float | None, detail: str = "") -> None:
        super().__init__(BUSY, detail=detail or f"HTTP {status}")
        self.status = status
        # Seconds from the Retry-After header, None if absent or unreadable.
        self.retry_after_s = retry_after_s


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date)."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        seconds = when.timestamp() - (time.time() if now is None else now)
    if seconds != seconds:  # NaN
        return None
    return max(0.0, seconds)


def request_body(app: OutgoingApplication) -> dict[str, Any]:
    """The JSON body of the PUT request for ``app``."""
    return {
        "vorgangsnummer": app.vorgangsnummer,
        "service_id": app.service_id,
        "metadata": app.metadata,
        "pdf_base64": base64.b64encode(app.pdf).decode("ascii"),
        "pdf_sha256": hashlib.sha256(app.pdf).hexdigest(),
    }


class IntakeClient:
    """Talks to one intake server. Not thread-safe: use it from one thread."""

    def __init__(self, base_url: str, timeout_s: float = 10.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout_s = timeout_s
        self._session = requests.Session()
        self._session.headers["User-Agent"] = "buergerbuero-kiosk"

    def _url(self, path: str) -> str:
        return f"{self.base_url}{API_PREFIX}{path}"

    def submit(self, app: OutgoingApplication) -> str:
        """Send ``app``; returns the case id given by the server (same on repeats)."""
        url = self._url(f"/applications/{app.idempotency_key}")
        try:
            response = self._session.put(url, json=request_body(app), timeout=self.timeout_s)
        except requests.RequestException as exc:
            # The exception text may contain the URL (no personal data); keep only the type.
            raise NetworkError(UNREACHABLE, detail=f"PUT failed: {type(exc).__name__}") from exc
        status = response.status_code
        if status in (200, 201):
            case_id = _json_field(response, "case_id")
            if case_id is None:
                raise NetworkError(UNREACHABLE, detail=f"HTTP {status} without a case_id")
            return case_id
        if status in _RETRYABLE_STATUS or status >= 500:
            raise RetryLater(
                status=status,
                retry_after_s=parse_retry_after(response.headers.get("Retry-After")),
            )
        server_error = _json_field(response, "error") or ""
        raise ServerRefused(
            REFUSED.format(status=status),
            detail=f"HTTP {status}: {server_error[:200]}",
        )

    def health(self) -> bool:
        """True if the server answers its health check with ``{"status": "ok"}``."""
        try:
            response = self._session.get(self._url("/health"), timeout=self.timeout_s)
        except requests.RequestException:
            return False
        return response.status_code == 200 and _json_field(response, "status") == "ok"

    def close(self) -> None:
        self._session.close()


def _json_field(response: requests.Response, name: str) -> str | None:
    try:
        body = response.json()
    except ValueError:
        return None
    value = body.get(name) if isinstance(body, dict) else None
    return value if isinstance(value, str) else None
