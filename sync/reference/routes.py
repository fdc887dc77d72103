"""The stand-in's routes: FIT-Connect's Submission API v2, request by request.

The sender's operations are also served under ``/v1/…``, the paths of FITKO's
published Submission API 1.1.3 (``tests/data/fitconnect/submission-api-1.1.3.yaml``),
by the same code (:func:`canonical` maps them onto ``/v2``), so that document can be
checked against the stand-in as it stands.

:class:`Routes` answers one :class:`sync.httpd.Exchange` from the server's state
(:class:`sync.reference.server.Intake`); :func:`gate` refuses, before a body is read,
what no body could make right (no bearer token, an attachment that is not
``application/jose``, a route that does not exist). Every answer but the token, the
JWKS, a destination's keys and ``info`` (public in FIT-Connect 1.1.3) needs a bearer
token; errors are ``application/problem+json`` (RFC 9457), a
full disk is 503 with ``Retry-After``. Attachments are read as a stream into the
store's spool file (hashed and shape-checked on the way), never whole into memory.

Access log lines hold only method, path (random ids) and status.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import sqlite3
import time
from collections.abc import Callable
from http import HTTPStatus
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlsplit

from sync.e2e import DecryptionFailed, HeaderRefused, check_protected_header
from sync.httpd import BodyError, Busy, Exchange, Head, Refusal
from sync.reference import fleet
from sync.reference.payloads import BadRequest, Unprocessable, check_sealed, json_object
from sync.reference.processor import Unreadable, content_hash, plaintext_sha512
from sync.reference.store import Conflict, Invalid, NotFound
from sync.reference.tokens import FLEET, SENDER, TokenRefused

if TYPE_CHECKING:
    from sync.reference.server import Intake

log = logging.getLogger("sync.reference.server")

_ID_RE = r"[0-9a-f-]{36}"
_P = "/v2"
_INFO = f"{_P}/info"
_TOKEN = "/token"  # noqa: S105 - the route, not a secret
_JWKS = "/.well-known/jwks.json"
_DESTINATION = re.compile(rf"{_P}/destinations/([A-Za-z0-9_.-]+)")
_DESTINATION_KEY = re.compile(rf"{_P}/destinations/([A-Za-z0-9_.-]+)/keys/([A-Za-z0-9_.:-]+)")
_SUBMISSIONS = f"{_P}/submissions"
_SUBMISSION = re.compile(rf"{_P}/submissions/({_ID_RE})")
_ATTACHMENT = re.compile(rf"{_P}/submissions/({_ID_RE})/attachments/({_ID_RE})")
_CASE_EVENTS = re.compile(rf"{_P}/cases/({_ID_RE})/events")
_HEARTBEATS, _FLEET = f"{_P}/fleet/heartbeats", f"{_P}/fleet/terminals"  # stand-in additions
#: FITKO's Submission API 1.1.3 has the sender's operations (and ``info``) under ``/v1``.
_V1 = re.compile(r"/v1(/(?:info|destinations/.+|submissions(?:/.+)?|cases/.+))")
_LEIKA_RE = re.compile(r"urn:de:fim:leika:leistung:\d{14}")
_REGION_RE = re.compile(r"DE[0-9]{0,12}")  # an ARS with DE in front (ServiceRegion)
#: JSON bodies (token, announce, completion) are read into memory; up to this many bytes.
MAX_JSON_BYTES = 8 * 1024 * 1024
_CHUNK = 1024 * 1024
_HEADER_MAX = 64 * 1024  # a JWE's protected header is a few hundred bytes
_BEARER = {"WWW-Authenticate": 'Bearer realm="submission-api"'}
_NO_CACHE = {"Cache-Control": "no-cache"}  # on a destination and its keys, as 1.1.3 requires
#: ``info``'s version: that of the API the stand-in serves (sync/openapi.yaml, 2.0.0).
_VERSION = {"major": 2, "minor": 0, "patch": 0}
_ALLOWED = {_TOKEN: "POST", _JWKS: "GET, HEAD", _INFO: "GET, HEAD",
            _SUBMISSIONS: "POST", _HEARTBEATS: "POST", _FLEET: "GET, HEAD"}


def problem(status: int, title: str, detail: str) -> bytes:
    """An RFC 9457 problem, as FIT-Connect answers."""
    return json.dumps({"type": "about:blank", "title": title, "status": status,
                       "detail": detail}).encode()


def canonical(path: str) -> str:
    """``/v1/…`` of one of FIT-Connect 1.1.3's operations → the same route under ``/v2``;
    every other path as it is (the fleet's routes are the stand-in's, only under /v2)."""
    m = _V1.fullmatch(path)
    return path if m is None else f"{_P}{m.group(1)}"


def allowed(path: str) -> str | None:
    """The methods a route takes (``Allow``), or None for no such route."""
    if path in _ALLOWED:
        return _ALLOWED[path]
    if _ATTACHMENT.fullmatch(path):
        return "PUT"
    if _SUBMISSION.fullmatch(path):
        return "PUT"
    if _DESTINATION_KEY.fullmatch(path) or _DESTINATION.fullmatch(path) \
            or _CASE_EVENTS.fullmatch(path):
        return "GET, HEAD"
    return None


def gate(intake: Intake, head: Head) -> Refusal | None:
    """What is refused before the body is read (the connection closes after it)."""
    path = canonical(head.target.split("?", 1)[0])
    methods = allowed(path)
    if methods is None:
        return Refusal(404, "no such route") if head.length or head.chunked else None
    if head.method not in methods.split(", "):
        return Refusal(405, f"{path.rsplit('/', 1)[-1] or path} takes {methods}",
                       [("Allow", methods)])
    if not _public(path) and intake.tokens is not None:
        role = _role(path)
        client = intake.tokens.client(head.headers.get("Authorization"))
        if client is None:
            return Refusal(401, "a valid bearer token is required", _BEARER.items())
        if client != intake.clients[role]:
            return Refusal(403, f"this route needs the {role} client's token")
    if _ATTACHMENT.fullmatch(path) and not (head.headers.get("Content-Type") or "") \
            .startswith("application/jose"):
        return Refusal(415, "attachments are application/jose")
    if head.length > MAX_JSON_BYTES and not _ATTACHMENT.fullmatch(path):
        return Refusal(413, f"a JSON body is at most {MAX_JSON_BYTES} bytes")
    if head.method in ("GET", "HEAD") and (head.length or head.chunked):
        return Refusal(413, f"{head.method} takes no body")
    return None


def _public(path: str) -> bool:
    """Routes without a bearer token: the token endpoint, and what FIT-Connect 1.1.3
    publishes to anyone (the JWKS, a destination's keys, ``info``)."""
    return path in (_TOKEN, _JWKS, _INFO) or _DESTINATION_KEY.fullmatch(path) is not None


def _role(path: str) -> str:
    """Whose token a route needs: the sender's (terminals) everywhere, the fleet's
    (technicians, who read the heartbeats and nothing else) for the fleet list."""
    return FLEET if path == _FLEET else SENDER


class Routes:
    """One request: ``handle()`` fills the exchange's answer."""

    def __init__(self, exchange: Exchange, intake: Intake) -> None:
        self.x = exchange
        self.server = intake
        self.headers = exchange.headers
        self.path = exchange.path
        self.command = exchange.command

    def handle(self) -> None:
        action = {"GET": self.do_GET, "HEAD": self.do_GET, "POST": self.do_POST,
                  "PUT": self.do_PUT}.get(self.command)
        if action is None:
            methods = allowed(self._path())
            if methods is None:
                self._problem(501, "Not Implemented", f"{self.command} is not supported")
            else:
                self._problem(405, "Method Not Allowed", f"this route takes {methods}",
                              {"Allow": methods})
        else:
            try:
                action()
            except Busy:
                self._problem(503, "Service Unavailable", "too many large bodies at once",
                              {"Retry-After": "2"})
            except BodyError as exc:
                self._problem(exc.status, HTTPStatus(exc.status).phrase, str(exc))
            except Exception as exc:  # noqa: BLE001 - a bug: one line and a 500, never a crash
                log.error("intake: %s %s failed: %s", self.command, self._asked()[:60],
                          type(exc).__name__)
                self._problem(500, "Internal Server Error", "internal error")
        log.info("%s %s %s", self.command or "-", self._asked() or "-", self.x.status)

    def _send_json(self, status: int, body: dict[str, Any] | None,
                   headers: dict[str, str] | None = None) -> None:
        data = b"" if body is None else json.dumps(body).encode()
        self.x.respond(status, data, None if body is None else "application/json", headers)

    def _problem(self, status: int, title: str, detail: str,
                 headers: dict[str, str] | None = None) -> None:
        self.x.respond(status, problem(status, title, detail), "application/problem+json",
                       headers)

    def _body(self, limit: int = MAX_JSON_BYTES) -> bytes | None:
        """The request body, or None after answering 411 (no Content-Length)."""
        if "Content-Length" not in self.headers:
            self._problem(411, "Length Required", "Content-Length required")
            return None
        return self.x.read_body(limit)

    def _asked(self) -> str:
        return self.path.split("?", 1)[0]

    def _path(self) -> str:
        return canonical(self._asked())

    def _guarded(self, action: Callable[[], None]) -> None:
        try:
            action()
        except BadRequest as exc:
            self._problem(400, "Bad Request", str(exc))
        except NotFound:
            self._problem(404, "Not Found", "no such destination, submission or case")
        except Conflict:
            self._problem(409, "Conflict", "this submission or attachment was already "
                          "submitted with different content")
        except Invalid as exc:
            self._problem(422, "Unprocessable Content", str(exc))
        except Unprocessable as exc:
            self._problem(422, "Unprocessable JWE", str(exc))
        except (OSError, sqlite3.OperationalError) as exc:  # a full disk, above all
            log.error("intake: storing failed: %s", type(exc).__name__)
            self._problem(503, "Service Unavailable", "storage unavailable",
                          {"Retry-After": "5"})

    # -- routes ------------------------------------------------------------------------

    def _authorised(self) -> bool:
        """Every route but the public ones (``_public``) needs a valid bearer token of the
        route's client (``_role``)."""
        tokens, role = self.server.tokens, _role(self._path())
        if tokens is None or _public(self._path()):
            return True
        client = tokens.client(self.headers.get("Authorization"))
        if client == self.server.clients[role]:
            return True
        if client is not None:
            self._problem(403, "Forbidden", f"this route needs the {role} client's token")
            return False
        self._problem(401, "Unauthorized", "a valid bearer token is required", _BEARER)
        return False

    def do_GET(self) -> None:
        path = self._path()
        if path == _JWKS:
            self._send_json(200, self.server.jwks)
            return
        if not self._authorised():
            return
        if path == _FLEET:
            self._guarded(lambda: self._send_json(200, {
                "now": time.time(), "terminals": self.server.fleet.terminals()}))
        elif path == _INFO:
            self._send_json(200, {"status": "ok", "apiVersion": "2", "version": _VERSION})
        elif (m := _DESTINATION_KEY.fullmatch(path)) is not None:
            keys = {k["kid"]: k for k in (self.server.public_jwk, self.server.subscriber_jwk)}
            if m.group(1) not in self.server.services or m.group(2) not in keys:
                self._problem(404, "Not Found", "unknown destination or key")
                return
            self._send_json(200, keys[m.group(2)], _NO_CACHE)
        elif (m := _DESTINATION.fullmatch(path)) is not None:
            destination = self.server.destination(m.group(1))
            if destination is None:
                self._problem(404, "Not Found", "unknown destination")
                return
            self._send_json(200, destination, _NO_CACHE)
        elif (m := _CASE_EVENTS.fullmatch(path)) is not None:
            case_ref = m.group(1)
            self._guarded(lambda: self._send_json(
                200, _page(self.server.event_log(case_ref, self.path), self.path)))
        else:
            self._problem(404, "Not Found", "no such route")

    def do_POST(self) -> None:
        path = self._path()
        if path == _TOKEN:
            raw = self._body()
            if raw is not None:
                self._token(raw)
            return
        if path not in (_SUBMISSIONS, _HEARTBEATS):
            self._problem(404, "Not Found", "no such route")
            return
        if not self._authorised():
            return
        raw = self._body()
        if raw is not None:
            self._guarded(lambda: self._announce(raw) if path == _SUBMISSIONS
                          else self._heartbeat(raw))

    def _heartbeat(self, raw: bytes) -> None:
        self.server.fleet.record(fleet.checked(raw))  # committed before the answer
        self._send_json(204, None)

    def _token(self, raw: bytes) -> None:
        tokens = self.server.tokens
        if tokens is None:
            self._problem(404, "Not Found", "this stand-in runs without tokens")
            return
        if not (self.headers.get("Content-Type") or "").startswith(
                "application/x-www-form-urlencoded"):
            self._send_json(415, {"error": "invalid_request"})
            return
        try:
            self._send_json(200, tokens.issue(raw), {"Cache-Control": "no-store"})
        except TokenRefused as exc:
            self._send_json(exc.status, {"error": exc.error})

    def _announce(self, raw: bytes) -> None:
        body = json_object(raw)
        service = body.get("serviceType")
        if not isinstance(service, dict) or not isinstance(service.get("identifier"), str) \
                or not _LEIKA_RE.fullmatch(service["identifier"]):
            raise BadRequest("'serviceType.identifier' must be a Leika key "
                             "(urn:de:fim:leika:leistung:<14 digits>)")
        if not isinstance(service.get("name"), str) or not service["name"]:
            raise BadRequest("'serviceType.name' must be a non-empty string")
        region = body.get("region")
        if region is not None and (not isinstance(region, str)
                                   or not _REGION_RE.fullmatch(region)):
            raise BadRequest("'region' must be a region key")
        destination_id = body.get("destinationId")
        if not isinstance(destination_id, str) or destination_id not in self.server.services:
            raise NotFound
        for unsupported in ("caseId", "callback"):  # a reply to a case; callbacks
            if unsupported in body:
                raise Invalid(f"the stand-in does not take '{unsupported}'")
        if not self.server.offers(destination_id, service["identifier"]):
            raise Invalid(f"destination {destination_id} does not offer service "
                          f"{service['identifier']}")
        attachments = body.get("announcedAttachments", [])
        if (not isinstance(attachments, list) or len(attachments) > 100
                or not all(isinstance(a, str) and re.fullmatch(_ID_RE, a) for a in attachments)
                or len(set(attachments)) != len(attachments)):
            raise BadRequest("'announcedAttachments' must be a list of distinct UUIDs")
        view = self.server.store.announce(destination_id, service["identifier"],
                                          attachments, region)
        self._send_json(201, {"destinationId": destination_id,
                              "submissionId": view["submission_id"],
                              "caseId": view["case_ref"]})

    def do_PUT(self) -> None:
        path = self._path()
        store = self.server.store
        attachment = _ATTACHMENT.fullmatch(path)
        submission = _SUBMISSION.fullmatch(path)
        if attachment is None and submission is None:
            self._problem(404, "Not Found", "no such route")
            return
        if not self._authorised():
            return
        if attachment is not None:
            if not (self.headers.get("Content-Type") or "").startswith("application/jose"):
                self._problem(415, "Unsupported Media Type", "attachments are application/jose")
                return
            if "Content-Length" not in self.headers:
                self._problem(411, "Length Required", "Content-Length required")
                return
            sid, aid = attachment.group(1), attachment.group(2)

            def upload() -> None:
                if aid not in store.submission(sid)["announced_attachments"]:
                    # before looking at the body; 422 as FIT-Connect 1.1.3 says
                    raise Invalid("attachment not announced: upload attachments under "
                                  "their announced ids")
                spooled = store.spool_file()
                try:
                    token_hash = _spool_jwe(self.x, spooled)
                    store.keep_attachment(sid, aid, spooled, token_hash,
                                          self._plaintext_sha512)
                finally:
                    spooled.unlink(missing_ok=True)
                self._send_json(204, None)

            self._guarded(upload)
        elif submission is not None:
            raw = self._body()
            if raw is not None:
                sid = submission.group(1)
                self._guarded(lambda: self._complete(sid, raw))

    def _complete(self, sid: str, raw: bytes) -> None:
        body = json_object(raw)
        for name in ("encryptedMetadata", "encryptedData"):
            value = body.get(name)
            if not isinstance(value, str) or not value:
                raise BadRequest(f"'{name}' must be a JWE in compact serialisation")
            check_sealed(value.encode())
        view = self.server.store.submit(sid, raw, self._content_hash)
        self.server.wake_processor()
        # 202 and the submission, as FIT-Connect 1.1.3 answers ("SubmissionReduced")
        self._send_json(202, {"destinationId": view["destination_id"], "submissionId": sid,
                              "caseId": view["case_ref"],
                              "attachments": view["announced_attachments"],
                              "serviceType": {"identifier": view["service_id"]}})

    # Only for a repeat whose encryption differs from the first (a rare path).
    def _plaintext_sha512(self, token: bytes) -> str:
        try:
            return plaintext_sha512(self.server.private_key, token)
        except Unreadable as exc:
            raise BadRequest(str(exc)) from exc

    def _content_hash(self, body: bytes) -> str:
        try:
            return content_hash(self.server.private_key, body)
        except Unreadable as exc:
            raise BadRequest(str(exc)) from exc


def _page(log: list[str], target: str) -> dict[str, Any]:
    """The event log as FIT-Connect 1.1.3 pages it: ``offset`` (≥ 0) and ``limit``
    (1–500, default all, at most 500) from the query; ``count``, ``offset``,
    ``totalCount`` beside the ``eventLog``. Another value is a 400."""
    query = parse_qs(urlsplit(target).query)
    bounds = {"offset": (0, 0, None), "limit": (500, 1, 500)}
    taken = {}
    for name, (default, low, high) in bounds.items():
        text = query.get(name, [str(default)])[0]
        value = int(text) if re.fullmatch(r"[0-9]{1,9}", text) else -1
        if value < low or (high is not None and value > high):
            raise BadRequest(f"'{name}' must be an integer from {low}"
                             + (f" to {high}" if high is not None else ""))
        taken[name] = value
    page = log[taken["offset"]:taken["offset"] + taken["limit"]]
    return {"eventLog": page, "count": len(page), "offset": taken["offset"],
            "totalCount": len(log)}


def _spool_jwe(exchange: Exchange, target: Path) -> str:
    """Copy the body (a JWE, surrounding white space dropped) into ``target``, fsynced,
    checking its shape on the way; its SHA-256. Never more than a chunk in memory."""
    stream, left = exchange.stream(), exchange.length
    digest, header, dots = hashlib.sha256(), bytearray(), 0
    started, carry, last = False, b"", b""
    with open(target, "wb") as out:
        while left > 0:
            chunk = stream.read(min(_CHUNK, left))
            if not chunk:
                raise BadRequest("the body ended early")
            left -= len(chunk)
            if not started:
                chunk = chunk.lstrip()
                if not chunk:
                    continue
                started = True
            data = carry + chunk
            kept = data.rstrip()
            carry = data[len(kept):]
            if not kept:
                continue
            if dots == 0 and len(header) <= _HEADER_MAX:
                header += kept.split(b".", 1)[0][: _HEADER_MAX + 1 - len(header)]
            dots += kept.count(b".")
            last = kept[-1:]
            digest.update(kept)
            out.write(kept)
        out.flush()
        os.fsync(out.fileno())
    if dots != 4 or not header or len(header) > _HEADER_MAX or last in (b"", b"."):
        raise BadRequest("payload is not a JWE (RSA-OAEP-256, A256GCM) in compact "
                         "serialisation")
    try:
        check_protected_header(bytes(header))
    except HeaderRefused as exc:
        raise Unprocessable(str(exc)) from exc
    except DecryptionFailed as exc:
        raise BadRequest("payload is not a JWE (RSA-OAEP-256, A256GCM) in compact "
                         "serialisation") from exc
    return digest.hexdigest()
