"""Client of the intake protocol (``sync/openapi.yaml``), shaped like FIT-Connect.

``announce`` (idempotency key, service, destination, attachment ids) → submission
id; ``upload_attachment`` (one JWE each); ``complete`` (JWE metadata with SHA-512
hashes + JWE data) → status; ``submission`` / ``events`` read the server's view.
Every call is safe to repeat.

Errors are sorted by what the outbox should do: :class:`NetworkError` (and its
subclass :class:`RetryLater`) mean "try again later"; :class:`ServerRefused`
means "retrying will not help"; :class:`SubmissionUnknown` means the server does
not know a submission id (announce again). No exception text contains personal data.

``requests`` is imported when the first client is made (on the sync thread), so
importing this module stays cheap on the kiosk's start-up path.
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kiosk.base.errors import KioskError, NetworkError, ServerRefused
from kiosk.base.i18n import N_
from sync.keycheck import KeyTrust, check_destination_key

if TYPE_CHECKING:
    import requests

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
UNTRUSTED = N_(
    "Sync",
    "The connection to the central case system is not trusted (its certificate could not "
    "be verified). Nothing is sent. The application is kept safely on this terminal. "
    "Please ask a technician.",
)
REFUSED = N_(
    "Sync",
    "The central case system did not accept the application (error {status}). The "
    "application is kept on this terminal. Please ask the staff at the counter.",
)

_RETRYABLE_STATUS = {408, 425, 429}

#: Called for every request sent: (method, path, body, content type). For benchmarks.
Recorder = Callable[[str, str, bytes | None, str | None], None]


class RetryLater(NetworkError):
    """The server asked us to come back later (408, 429, 5xx), maybe saying when."""

    def __init__(self, *, status: int, retry_after_s: float | None, detail: str = "") -> None:
        super().__init__(BUSY, detail=detail or f"HTTP {status}")
        self.status = status
        self.retry_after_s = retry_after_s


class SubmissionUnknown(KioskError):
    """The server does not know this submission id (404); announce again."""


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


@dataclass(frozen=True)
class SubmissionView:
    """The server's view of a submission (no personal data)."""

    submission_id: str
    status: str  # announced | submitted | accepted | rejected
    received_attachments: tuple[str, ...] = ()
    case_id: str | None = None
    reason: str | None = None
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_json(cls, body: dict[str, Any]) -> SubmissionView:
        sid = body.get("submission_id")
        status = body.get("status")
        if not isinstance(sid, str) or not isinstance(status, str):
            raise NetworkError(UNREACHABLE, detail="malformed submission in the answer")
        received = body.get("received_attachments") or []
        case_id = body.get("case_id")
        reason = body.get("reason")
        return cls(sid, status, tuple(str(a) for a in received),
                   case_id if isinstance(case_id, str) else None,
                   reason if isinstance(reason, str) else None, body)


class IntakeClient:
    """Talks to one intake server. Not thread-safe: use it from one thread.

    ``ca_file``: a PEM bundle to trust instead of the system's (self-signed servers).
    ``key_trust``: the root (and CRLs) a destination key's ``x5c`` chain must lead to
    (:mod:`sync.keycheck`); without it every destination key is refused.
    """

    def __init__(self, base_url: str, timeout_s: float = 10.0, *,
                 ca_file: str | None = None, recorder: Recorder | None = None,
                 key_trust: KeyTrust | None = None) -> None:
        import requests  # the HTTP library loads with the first client, off the GUI thread

        self._http = requests
        self.base_url = base_url.rstrip("/")
        self.timeout_s = timeout_s
        self._session = requests.Session()
        self._session.headers["User-Agent"] = "buergerbuero-kiosk"
        # The environment's proxy and CA settings (HTTPS_PROXY, NO_PROXY, REQUESTS_CA_BUNDLE
        # …) are read once here; requests would read them again for every request.
        settings = self._session.merge_environment_settings(self.base_url, {}, None, None, None)
        self._session.trust_env = False
        self._session.proxies.update(
            {k: v for k, v in settings["proxies"].items() if k != "no"})
        # Passed with each request; an explicit CA file wins over the environment's.
        self._verify: str | bool = ca_file or settings["verify"] or True
        self._recorder = recorder
        self._keys: dict[str, Any] = {}
        self._key_trust = key_trust or KeyTrust()

    def _request(self, method: str, path: str, *, json_body: Any = None,
                 data: bytes | None = None, content_type: str | None = None,
                 ok: tuple[int, ...] = (200,),
                 timeout_s: float | None = None) -> requests.Response:
        import json

        headers = {}
        body = data
        if json_body is not None:
            body = json.dumps(json_body, separators=(",", ":")).encode()
            content_type = "application/json"
        if content_type:
            headers["Content-Type"] = content_type
        if self._recorder is not None:
            self._recorder(method, path, body, content_type)
        try:
            response = self._session.request(method, f"{self.base_url}{API_PREFIX}{path}",
                                             data=body, headers=headers,
                                             timeout=timeout_s or self.timeout_s,
                                             verify=self._verify)
            response.content  # noqa: B018 - read the whole body now: truncation is an error
        except self._http.exceptions.SSLError as exc:
            raise NetworkError(UNTRUSTED, detail=f"{method} {_route(path)}: TLS certificate "
                               "not trusted or TLS failed") from exc
        except self._http.RequestException as exc:
            # The exception text may contain the URL; keep only the type.
            raise NetworkError(UNREACHABLE, detail=f"{method} {_route(path)} failed: "
                               f"{type(exc).__name__}") from exc
        except OSError as exc:  # requests' own check of the CA file (gone since the start)
            raise NetworkError(UNTRUSTED, detail=f"{method} {_route(path)}: the CA file "
                               f"cannot be read ({exc.strerror or type(exc).__name__})") from exc
        status = response.status_code
        if status in ok:
            return response
        if status in _RETRYABLE_STATUS or status >= 500:
            raise RetryLater(
                status=status,
                retry_after_s=parse_retry_after(response.headers.get("Retry-After")),
                detail=f"{method} {_route(path)}: HTTP {status}",
            )
        if status == 404 and path.startswith("/submissions/"):
            raise SubmissionUnknown(f"HTTP 404 for {_route(path)}")
        server_error = (_json_field(response, "error") or _json_field(response, "detail")
                        or _json_field(response, "title") or "")
        raise ServerRefused(
            REFUSED.format(status=status),
            detail=f"{method} {_route(path)}: HTTP {status}: {server_error[:200]}",
        )

    # -- protocol ------------------------------------------------------------------------

    def destination_key(self, destination_id: str) -> Any:
        """The destination's public encryption key (a joserfc RSAKey), cached per client;
        raises :class:`~sync.keycheck.KeyRefused` for a key that fails the policy."""
        if destination_id not in self._keys:
            response = self._request("GET", f"/destinations/{destination_id}")
            body = _json(response)
            if "encryption_key" not in body:
                raise NetworkError(UNREACHABLE, detail="destination without encryption_key")
            self._keys[destination_id] = check_destination_key(body["encryption_key"],
                                                               self._key_trust)
        return self._keys[destination_id]

    def announce(self, idempotency_key: str, destination_id: str, service_id: str,
                 attachment_ids: list[str]) -> SubmissionView:
        response = self._request("POST", "/submissions", json_body={
            "idempotency_key": idempotency_key,
            "destination_id": destination_id,
            "service_id": service_id,
            "announced_attachments": attachment_ids,
        }, ok=(200, 201))
        return SubmissionView.from_json(_json(response))

    def submission(self, submission_id: str, *, wait_s: float = 0.0) -> SubmissionView:
        """The submission's status; ``wait_s`` > 0 lets the server hold the answer until
        its verdict is in (at most that long, and at most 10 s)."""
        path = f"/submissions/{submission_id}"
        if wait_s > 0:
            path += f"?wait={min(wait_s, 10.0):.1f}"
        return SubmissionView.from_json(_json(self._request(
            "GET", path, timeout_s=self.timeout_s + max(wait_s, 0.0))))

    def upload_attachment(self, submission_id: str, attachment_id: str, jwe: str) -> None:
        self._request("PUT", f"/submissions/{submission_id}/attachments/{attachment_id}",
                      data=jwe.encode("ascii"), content_type="application/jose",
                      ok=(200, 204))

    def complete(self, submission_id: str, metadata_jwe: str, data_jwe: str) -> SubmissionView:
        response = self._request("PUT", f"/submissions/{submission_id}", json_body={
            "encrypted_metadata": metadata_jwe, "encrypted_data": data_jwe})
        return SubmissionView.from_json(_json(response))

    def events(self, submission_id: str) -> list[dict[str, Any]]:
        body = _json(self._request("GET", f"/submissions/{submission_id}/events"))
        events = body.get("events")
        return [e for e in events if isinstance(e, dict)] if isinstance(events, list) else []

    def health(self) -> bool:
        """True if the server answers its health check with ``{"status": "ok"}``."""
        try:
            response = self._session.get(f"{self.base_url}{API_PREFIX}/health",
                                         timeout=self.timeout_s, verify=self._verify)
        except (self._http.RequestException, OSError):  # OSError: the CA file is gone
            return False
        return response.status_code == 200 and _json_field(response, "status") == "ok"

    def close(self) -> None:
        self._session.close()


def _route(path: str) -> str:
    """The path with ids replaced, for error details."""
    parts = path.split("/")
    return "/".join("{id}" if len(p) >= 32 else p for p in parts)


def _json(response: requests.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError as exc:
        raise NetworkError(UNREACHABLE, detail=f"HTTP {response.status_code}: answer is not "
                           "JSON (truncated?)") from exc
    if not isinstance(body, dict):
        raise NetworkError(UNREACHABLE, detail="answer is not a JSON object")
    return body


def _json_field(response: requests.Response, name: str) -> str | None:
    try:
        body = response.json()
    except ValueError:
        return None
    value = body.get(name) if isinstance(body, dict) else None
    return value if isinstance(value, str) else None
