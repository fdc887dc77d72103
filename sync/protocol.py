"""Client of FIT-Connect's Submission API v2 (the sender's side; ``sync/openapi.yaml``).

``destination_key`` (``GET /v2/destinations/{id}``, then ``…/keys/{kid}``, checked by
:mod:`sync.keycheck`); ``announce`` (``POST /v2/submissions``: destination, the
service's Leika key and region, the attachment ids) → 201 ``{submissionId, caseId}``;
``upload_attachment`` (``PUT /v2/submissions/{id}/attachments/{aid}``, one JWE, 204);
``submit`` (``PUT /v2/submissions/{id}``, JWE metadata + JWE data, 202 as FIT-Connect's
published Submission API 1.1.3 says; a 200 counts too);
``case_events`` (``GET /v2/cases/{caseId}/events`` → ``{eventLog: [SET…]}``), read
into a :class:`SubmissionView`. There is no idempotency key: every announce
creates a submission, so the caller stores the answer before doing anything else
(:mod:`sync.delivery`). Every request carries an OAuth2 bearer token
(:mod:`sync.oauth`) when the client has credentials.

Errors are sorted by what the outbox should do: :class:`NetworkError` (and its
subclass :class:`RetryLater`) mean "try again later"; :class:`ServerRefused`
means "retrying will not help"; :class:`SubmissionUnknown` means the server does
not know a submission id (announce again). No exception text contains personal data.

``requests`` is imported when the first client is made (on the sync thread), so
importing this module stays cheap on the kiosk's start-up path.
"""

from __future__ import annotations

import email.utils
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kiosk.base.errors import KioskError, NetworkError, ServerRefused
from kiosk.base.i18n import N_
from sync.destination import check_service
from sync.events import EventLogInvalid, SetVerifier, read_event_log
from sync.keycheck import SIGNATURE, KeyRefused, KeyTrust, check_destination_key
from sync.oauth import NO_ACCESS, UNREACHABLE, TokenSource

if TYPE_CHECKING:
    import requests

API_PREFIX = "/v2"

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
_UUID_RE = re.compile(r"[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}")

#: Called for every request sent: (method, path, body, content type). For benchmarks.
Recorder = Callable[[str, str, bytes | None, str | None], None]


class RetryLater(NetworkError):
    """The server asked us to come back later (408, 429, 5xx), maybe saying when."""

    def __init__(self, *, status: int, retry_after_s: float | None, detail: str = "") -> None:
        super().__init__(BUSY, detail=detail or f"HTTP {status}")
        self.status = status
        self.retry_after_s = retry_after_s


class SubmissionUnknown(KioskError):
    """The service does not know this submission or case (404): expired unfinished (the
    service deletes those after a day) or its data was reset."""


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


def retry_after_of(headers: Any) -> float | None:
    """How long the server asks us to wait: ``Retry-After``, else (FIT-Connect's rate
    limit) ``RateLimit-Reset`` in seconds when ``RateLimit-Remaining`` is 0 or absent."""
    waited = parse_retry_after(headers.get("Retry-After"))
    if waited is not None:
        return waited
    remaining = str(headers.get("RateLimit-Remaining", "0")).strip()
    reset = headers.get("RateLimit-Reset")
    if reset is None or remaining not in ("", "0"):
        return None
    try:
        seconds = float(str(reset).strip())
    except ValueError:
        return None
    return seconds if 0 <= seconds < 86400 else None


@dataclass(frozen=True)
class Announced:
    """The 201 of ``POST /v2/submissions``."""

    submission_id: str
    case_id: str


@dataclass(frozen=True)
class SubmissionView:
    """One submission as its case's event log tells it (no personal data).

    ``status``: announced (no event yet) | submitted | accepted | rejected.
    ``case_id``: on accept, the office's case number where the subscriber names one,
    else FIT-Connect's caseId. ``reason``: the rejection's problems, for technicians.
    """

    submission_id: str
    status: str
    case_id: str | None = None
    reason: str | None = None
    events: tuple[str, ...] = ()
    tags: dict[str, Any] | None = field(default=None, compare=False)  # submit-submission's


def _uuid_field(body: dict[str, Any], name: str) -> str:
    value = body.get(name)
    if not isinstance(value, str) or not _UUID_RE.fullmatch(value):
        raise NetworkError(UNREACHABLE, detail=f"answer without a valid '{name}'")
    return value


class IntakeClient:
    """Talks to one FIT-Connect Submission API (or the stand-in). Not thread-safe.

    ``base_url``: the Submission API's root (``…/submission-api`` at FIT-Connect; the
    stand-in's URL); paths below it start with ``/v2``. ``ca_file``: a PEM bundle to
    trust instead of the system's (self-signed servers). ``key_trust``: the root (and
    CRLs) a destination key's ``x5c`` chain must lead to (:mod:`sync.keycheck`);
    without it every destination key is refused. ``tokens``: where bearer tokens
    come from (:class:`sync.oauth.TokenSource`); None sends none (the stand-in's
    open mode). ``set_verifier``: checks the event log's signatures; None reads the
    stand-in's JWKS (``/.well-known/jwks.json`` of ``base_url``).
    """

    def __init__(self, base_url: str, timeout_s: float = 10.0, *,
                 ca_file: str | None = None, recorder: Recorder | None = None,
                 key_trust: KeyTrust | None = None, tokens: TokenSource | None = None,
                 set_verifier: SetVerifier | None = None) -> None:
        import requests  # the HTTP library loads with the first client, off the GUI thread

        self._http = requests
        self.base_url = base_url.rstrip("/")
        self.timeout_s = timeout_s
        self._session = requests.Session()
        self._session.headers["User-Agent"] = "buergerbuero-kiosk"
        # A kept-alive connection the server has closed meanwhile (an idle timeout) fails
        # the next request before any answer: a GET is asked once more on a new one. A POST
        # never is (it would create a second submission); the outbox retries those.
        from urllib3.util.retry import Retry

        again = requests.adapters.HTTPAdapter(max_retries=Retry(
            total=1, connect=1, read=1, status=0, other=0, redirect=0,
            allowed_methods=frozenset({"GET"}), raise_on_status=False))
        self._session.mount("http://", again)
        self._session.mount("https://", again)
        # The environment's proxy and CA settings (HTTPS_PROXY, NO_PROXY, REQUESTS_CA_BUNDLE
        # …) are read once here; requests would read them again for every request.
        settings = self._session.merge_environment_settings(self.base_url, {}, None, None, None)
        self._session.trust_env = False
        self._session.proxies.update(
            {k: v for k, v in settings["proxies"].items() if k != "no"})
        # Passed with each request; an explicit CA file wins over the environment's.
        self._verify: str | bool = ca_file or settings["verify"] or True
        self._recorder = recorder
        self._keys: dict[Any, Any] = {}  # destination → encryption key, (dest, kid) → sig
        self._destinations: dict[str, dict[str, Any]] = {}  # the answers, with the keys
        self._key_trust = key_trust or KeyTrust()
        self._tokens = tokens
        self._set_verifier = set_verifier

    @property
    def session(self) -> requests.Session:
        """The HTTP session (the token source and the SET verifier share it)."""
        return self._session

    @property
    def verify(self) -> str | bool:
        return self._verify

    def _request(self, method: str, path: str, *, json_body: Any = None,
                 data: bytes | None = None, content_type: str | None = None,
                 ok: tuple[int, ...] = (200,),
                 timeout_s: float | None = None, retry_auth: bool = True) -> requests.Response:
        import json

        headers = {}
        body = data
        if json_body is not None:
            body = json.dumps(json_body, separators=(",", ":")).encode()
            content_type = "application/json"
        if content_type:
            headers["Content-Type"] = content_type
        if self._tokens is not None:
            headers["Authorization"] = f"Bearer {self._tokens.token(self)}"
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
        if status == 401 and self._tokens is not None and retry_auth:
            self._tokens.invalidate()  # expired early or revoked: one fresh token, once
            return self._request(method, path, data=body, content_type=content_type, ok=ok,
                                 timeout_s=timeout_s, retry_auth=False)
        if status in (401, 403):
            # Access is a configuration matter: the items wait (with backoff) until fixed.
            raise NetworkError(NO_ACCESS, detail=f"{method} {_route(path)}: HTTP {status} "
                               "(bearer token missing or refused)")
        if status in _RETRYABLE_STATUS or status >= 500:
            raise RetryLater(
                status=status,
                retry_after_s=retry_after_of(response.headers),
                detail=f"{method} {_route(path)}: HTTP {status}",
            )
        if status == 404 and path.startswith(("/submissions/", "/cases/")):
            raise SubmissionUnknown(f"HTTP 404 for {_route(path)}")
        server_error = (_json_field(response, "detail") or _json_field(response, "title")
                        or _json_field(response, "error") or "")
        raise ServerRefused(
            REFUSED.format(status=status),
            detail=f"{method} {_route(path)}: HTTP {status}: {server_error[:200]}",
        )

    # -- protocol ------------------------------------------------------------------------

    def destination(self, destination_id: str) -> dict[str, Any]:
        """``GET /v2/destinations/{id}``: status, services, encryptionKid, metadataVersions."""
        return _json(self._request("GET", f"/destinations/{destination_id}"))

    def destination_key(self, destination_id: str) -> Any:
        """The destination's public encryption key (a joserfc RSAKey), cached per client;
        raises :class:`~sync.keycheck.KeyRefused` for a key that fails the policy or a
        destination that is not active or does not take metadata 2.x."""
        if destination_id not in self._keys:
            body = self.destination(destination_id)
            self._destinations[destination_id] = body
            if body.get("status") != "active":
                raise KeyRefused(f"destination status is {str(body.get('status'))[:20]!r}, "
                                 "not 'active'")
            versions = body.get("metadataVersions")
            if isinstance(versions, list) and not any(
                    isinstance(v, str) and v.startswith("2.") for v in versions):
                raise KeyRefused("the destination takes no metadata version 2.x")
            kid = body.get("encryptionKid")
            if not isinstance(kid, str) or not re.fullmatch(r"[A-Za-z0-9_.:-]{1,128}", kid):
                raise NetworkError(UNREACHABLE, detail="destination without encryptionKid")
            response = self._request("GET", f"/destinations/{destination_id}/keys/{kid}")
            try:
                jwk = response.json()
            except ValueError as exc:
                raise NetworkError(UNREACHABLE, detail="key answer is not JSON "
                                   "(truncated?)") from exc
            # Whatever JSON it is, the key check says what is wrong with it.
            self._keys[destination_id] = check_destination_key(jwk, self._key_trust)
        return self._keys[destination_id]

    def check_service(self, destination_id: str, leika: str, submission_schema: str,
                      region: str | None) -> None:
        """:class:`~sync.destination.ServiceRefused` unless the destination (as read with
        its key, :meth:`destination_key` first) takes the service in ``region``."""
        self.destination_key(destination_id)
        check_service(destination_id, self._destinations[destination_id], leika,
                      submission_schema, region)

    def announce(self, destination_id: str, leika: str, service_name: str,
                 attachment_ids: list[str], region: str | None = None) -> Announced:
        """Create a submission (every call creates one: store the answer at once)."""
        body: dict[str, Any] = {
            "destinationId": destination_id,
            "announcedAttachments": attachment_ids,
            "serviceType": {"identifier": leika, "name": service_name},
        }
        if region:
            body["region"] = region
        answer = _json(self._request("POST", "/submissions", json_body=body, ok=(201,)))
        return Announced(_uuid_field(answer, "submissionId"), _uuid_field(answer, "caseId"))

    def upload_attachment(self, submission_id: str, attachment_id: str, jwe: str) -> None:
        self._request("PUT", f"/submissions/{submission_id}/attachments/{attachment_id}",
                      data=jwe.encode("ascii"), content_type="application/jose",
                      ok=(204,))

    def submit(self, submission_id: str, metadata_jwe: str, data_jwe: str) -> None:
        """Submit: 202 (``SubmissionReduced``) in FITKO's published API; a 200 is taken as
        the same (what this client and the stand-in said before that was at hand)."""
        self._request("PUT", f"/submissions/{submission_id}", json_body={
            "encryptedMetadata": metadata_jwe, "encryptedData": data_jwe}, ok=(200, 202))

    def case_events(self, case_id: str, *, wait_s: float = 0.0) -> list[str]:
        """The case's event log (SETs, compact JWS). ``wait_s`` > 0: the stand-in holds
        the answer until a verdict is in (at most that long, at most 10 s); FIT-Connect
        answers at once."""
        path = f"/cases/{case_id}/events"
        if wait_s > 0:
            path += f"?wait={min(wait_s, 10.0):.1f}"
        body = _json(self._request("GET", path, timeout_s=self.timeout_s + max(wait_s, 0.0)))
        log = body.get("eventLog")
        if not isinstance(log, list) or not all(isinstance(e, str) for e in log):
            raise NetworkError(UNREACHABLE, detail="answer without an eventLog of SETs")
        return log

    def signature_key(self, destination_id: str, kid: str) -> Any:
        """The destination's signature key ``kid`` (its subscriber signs verdicts with it),
        checked like its encryption key but for PS512 and digital signatures; cached."""
        cached = (destination_id, kid)
        if cached not in self._keys:
            if not re.fullmatch(r"[A-Za-z0-9_.:-]{1,128}", kid):
                return None
            try:
                jwk = self._request("GET", f"/destinations/{destination_id}/keys/{kid}").json()
            except (ServerRefused, ValueError):  # no such key there, or not JSON
                return None
            try:
                self._keys[cached] = check_destination_key(jwk, self._key_trust,
                                                           purpose=SIGNATURE)
            except KeyRefused as exc:
                raise EventLogInvalid(f"the destination's signature key: {exc.reason}") \
                    from exc
        return self._keys[cached]

    def submission(self, case_id: str, submission_id: str, *, wait_s: float = 0.0,
                   destination_id: str | None = None) -> SubmissionView:
        """The submission's state from its case's event log, every SET verified (the
        verdicts with ``destination_id``'s signature key; default: the one destination
        this client fetched a key of)."""
        verifier = self._set_verifier
        if verifier is None:
            verifier = self._set_verifier = SetVerifier.from_jwks_url(
                f"{self.base_url}/.well-known/jwks.json")
        known = [d for d in self._keys if isinstance(d, str)]
        destination = destination_id or (known[0] if len(known) == 1 else None)
        verifier.subscriber = None if destination is None else (
            lambda kid: self.signature_key(destination, kid))
        events = read_event_log(self.case_events(case_id, wait_s=wait_s), verifier, self,
                                submission_id)
        names = tuple(e.name for e in events)
        tags = next((e.tags for e in events if e.name == "submit-submission"), None)
        for event in events:
            if event.name == "accept-submission":
                return SubmissionView(submission_id, "accepted",
                                      event.case_number or case_id, None, names, tags)
            if event.name == "reject-submission":
                return SubmissionView(submission_id, "rejected", None, event.problems, names,
                                      tags)
        status = "submitted" if "submit-submission" in names else "announced"
        return SubmissionView(submission_id, status, None, None, names, tags)

    def heartbeat(self, body: dict[str, Any]) -> None:
        """``POST /v2/fleet/heartbeats`` (a stand-in addition): this terminal's figures
        (``kiosk.heartbeat``), kept by the central side as its latest."""
        self._request("POST", "/fleet/heartbeats", json_body=body, ok=(204,))

    def fleet(self) -> dict[str, Any]:
        """``GET /v2/fleet/terminals`` (a stand-in addition, with the fleet client's
        token): ``{"now", "terminals": [{terminal_id, received_at, …, heartbeat}]}``."""
        return _json(self._request("GET", "/fleet/terminals"))

    def health(self) -> bool:
        """True if the service answers at all (any HTTP answer below 500 to a GET of the
        API root counts: FIT-Connect has no health route for senders)."""
        try:
            response = self._session.get(f"{self.base_url}{API_PREFIX}/info",
                                         timeout=self.timeout_s, verify=self._verify)
        except (self._http.RequestException, OSError):  # OSError: the CA file is gone
            return False
        return response.status_code < 500

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
