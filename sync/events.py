"""FIT-Connect's event log: Security Event Tokens (RFC 8417), read and verified.

Each entry of ``GET /v2/cases/{caseId}/events`` is a JWS in compact serialisation
(header ``typ`` ``secevent+jwt``, ``alg`` ``PS512``, ``kid``) whose payload names the
submission (``sub`` ``submission:<id>``), the case (``txn`` ``case:<id>``) and one
event under ``events`` (``…/events/submit-submission``, ``accept-submission``,
``reject-submission`` with ``problems``). :func:`read_event_log` verifies every
token against the keys of a :class:`SetVerifier` — ``submit-submission`` the delivery
service's (its JWKS, fetched once), the verdicts the destination's signature key
(x5c chain checked like its encryption key) — and returns the events of one
submission, oldest first.
A token that fails any check raises :class:`EventLogInvalid` — the log is not
believed in part.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from kiosk.base.errors import NetworkError
from kiosk.base.i18n import N_

if TYPE_CHECKING:
    import requests

EVENT_PREFIX = "https://schema.fitko.de/fit-connect/events/"
KNOWN = ("submit-submission", "accept-submission", "reject-submission")
_VERDICTS = ("accept-submission", "reject-submission")
ALG = "PS512"
TYP = "secevent+jwt"

UNVERIFIED = N_(
    "Sync",
    "The answer of the central case system could not be verified. The application is "
    "kept safely on this terminal and will be checked again automatically.",
)


class EventLogInvalid(NetworkError):
    """An event log entry is not a valid, correctly signed SET (retry later; alert)."""

    def __init__(self, detail: str) -> None:
        super().__init__(UNVERIFIED, detail=f"event log: {detail}")


class HttpSession(Protocol):
    @property
    def session(self) -> requests.Session: ...
    @property
    def verify(self) -> str | bool: ...


@dataclass(frozen=True)
class Event:
    name: str  # submit-submission | accept-submission | reject-submission
    issued_at: int
    case_number: str | None = None  # the stand-in's office case number (not FIT-Connect's)
    problems: str | None = None  # a rejection's problems, for technicians
    tags: dict[str, Any] | None = None  # submit-submission's authenticationTags


#: The subscriber's signature key by its kid (checked, chain and all), or None if the
#: destination has no such key; ``sync.protocol`` fetches it from the destination.
SubscriberKeys = Callable[[str], Any]


class SetVerifier:
    """The keys SETs are checked against: the delivery service's JWKS (loaded from
    ``jwks_url`` on first use) for ``submit-submission``; the destination's signature
    keys (``subscriber``) for the subscriber's verdicts, which only they may sign."""

    def __init__(self, jwks: dict[str, Any] | None = None, jwks_url: str | None = None,
                 subscriber: SubscriberKeys | None = None) -> None:
        self._jwks = jwks
        self._url = jwks_url
        self._keys: dict[str, Any] | None = None
        self.subscriber = subscriber

    @classmethod
    def from_jwks_url(cls, url: str) -> SetVerifier:
        return cls(jwks_url=url)

    def key(self, kid: str, http: HttpSession) -> tuple[Any, str]:
        """(key, "service" or "subscriber") for ``kid``; EventLogInvalid if unknown."""
        if self._keys is None:
            self._keys = self._load(http)
        if kid in self._keys:
            return self._keys[kid], "service"
        found = self.subscriber(kid) if self.subscriber is not None else None
        if found is None:
            raise EventLogInvalid(f"signed with an unknown key {kid[:64]!r}")
        return found, "subscriber"

    def _load(self, http: HttpSession) -> dict[str, Any]:
        from joserfc.jwk import RSAKey  # with the first event log, on the sync thread

        jwks = self._jwks
        if jwks is None:
            assert self._url is not None
            try:
                response = http.session.get(self._url, timeout=10, verify=http.verify)
                jwks = response.json() if response.status_code == 200 else None
            except (OSError, ValueError) as exc:
                raise EventLogInvalid(f"the signing keys cannot be read "
                                      f"({type(exc).__name__})") from exc
        keys = jwks.get("keys") if isinstance(jwks, dict) else None
        if not isinstance(keys, list):
            raise EventLogInvalid("the signing keys (JWKS) cannot be read")
        from joserfc.errors import JoseError

        found = {}
        for jwk in keys:
            if isinstance(jwk, dict) and isinstance(jwk.get("kid"), str) and \
                    jwk.get("kty") == "RSA" and jwk.get("alg", ALG) == ALG:
                try:
                    found[jwk["kid"]] = RSAKey.import_key(
                        {k: jwk[k] for k in ("kty", "n", "e", "kid") if k in jwk})
                except (JoseError, ValueError, TypeError) as exc:
                    raise EventLogInvalid(f"a signing key cannot be read "
                                          f"({type(exc).__name__})") from exc
        return found


def _header(token: str) -> dict[str, Any]:
    import base64

    try:
        part = token.split(".")[0]
        header = json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
    except (ValueError, IndexError) as exc:
        raise EventLogInvalid("an entry is not a compact JWS") from exc
    if not isinstance(header, dict):
        raise EventLogInvalid("an entry's header is not a JSON object")
    return header


def parse_set(token: str, verifier: SetVerifier, http: HttpSession) -> tuple[str, Event]:
    """(submission id, event) of one verified SET."""
    from joserfc import jws
    from joserfc.errors import JoseError

    header = _header(token)
    if header.get("alg") != ALG or header.get("typ") != TYP:
        raise EventLogInvalid(f"an entry has alg {str(header.get('alg'))[:16]!r}, typ "
                              f"{str(header.get('typ'))[:24]!r} (PS512, secevent+jwt wanted)")
    kid = header.get("kid")
    if not isinstance(kid, str):
        raise EventLogInvalid("an entry has no kid")
    key, signer = verifier.key(kid, http)
    try:
        payload = json.loads(jws.deserialize_compact(token, key, algorithms=[ALG]).payload)
    except (JoseError, ValueError) as exc:
        raise EventLogInvalid(f"an entry's signature does not verify "
                              f"({type(exc).__name__})") from exc
    if not isinstance(payload, dict):
        raise EventLogInvalid("an entry's payload is not a JSON object")
    sub, events, iat = payload.get("sub"), payload.get("events"), payload.get("iat")
    if not isinstance(sub, str) or not sub.startswith("submission:") or \
            not isinstance(events, dict) or len(events) != 1 or not isinstance(iat, int):
        raise EventLogInvalid("an entry lacks sub, iat or exactly one event")
    ((uri, body),) = events.items()
    name = uri.removeprefix(EVENT_PREFIX) if isinstance(uri, str) else ""
    if name in _VERDICTS and signer != "subscriber":
        raise EventLogInvalid(f"{name} is not signed with the destination's signature key")
    body = body if isinstance(body, dict) else {}
    problems = None
    if name == "reject-submission":
        listed = body.get("problems")
        problems = "; ".join(
            f"{p.get('title', '')}: {p.get('detail', '')}"[:200] for p in listed
            if isinstance(p, dict))[:500] if isinstance(listed, list) else "no problems given"
    number = body.get("caseNumber")
    tags = body.get("authenticationTags")
    return sub.removeprefix("submission:"), Event(
        name, iat, number if isinstance(number, str) else None, problems,
        tags if isinstance(tags, dict) else None)


def read_event_log(log: list[str], verifier: SetVerifier, http: HttpSession,
                   submission_id: str) -> list[Event]:
    """The verified events of ``submission_id`` (others of the case are skipped)."""
    events = []
    for token in log:
        sid, event = parse_set(token, verifier, http)
        if sid == submission_id and event.name in KNOWN:
            events.append(event)
    return sorted(events, key=lambda e: e.issued_at)
