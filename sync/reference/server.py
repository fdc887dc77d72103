"""Reference intake server: the central side of the protocol in ``sync/openapi.yaml``.

A small, real HTTP(S) server (stdlib ``ThreadingHTTPServer``) for development,
tests and the walkthrough, shaped like FIT-Connect's Submission API: announce a
submission, upload its attachments, complete it with metadata and data; every
payload is a JWE for the destination's key. The server's private key is written
to ``<data_dir>/destination-key.jwk`` (mode 0600) on first start; storage is in
:mod:`sync.reference.store`.

Access log lines hold only method, path (random ids) and status. Responses are
written with headers and body in one buffered write, and TCP_NODELAY is set.

A long poll (``GET /submissions/{id}?wait=S``) sleeps on a condition that the
case processor's "decided" lines notify, and reads the store again only when
woken, or every :data:`_WAIT_FALLBACK_S` in case a notification was missed
(a processor that died and was started again, or none at all).
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import socket
import ssl
import threading
import time
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.base.longpoll import wait_seconds
from sync import e2e
from sync.e2e import load_or_create_private_key, public_jwk
from sync.keycheck import KeyTrust
from sync.oauth import ClientCredentials
from sync.reference import fleet, pki, sets
from sync.reference.payloads import BadRequest, Unprocessable, check_sealed, json_object
from sync.reference.processor import (
    TRUST_DIR,
    CaseProcessor,
    Unreadable,
    content_hash,
    plaintext_sha512,
)
from sync.reference.store import KEY_FILE, CaseStore, Conflict, Invalid, NotFound, undecided
from sync.reference.store import stored_case as stored_case  # re-exported (tests, demo)
from sync.reference.store import stored_cases as stored_cases
from sync.reference.tokens import (
    CLIENT_SECRET_FILE,
    FLEET,
    SENDER,
    TokenIssuer,
    TokenRefused,
    client_files,
    load_or_create_client,
)

if TYPE_CHECKING:
    from joserfc.jwk import RSAKey

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 40 * 1024 * 1024
DEFAULT_DESTINATION = "buergerbuero-zentral"
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
_LEIKA_RE = re.compile(r"urn:de:fim:leika:leistung:\d{14}")
_REGION_RE = re.compile(r"[A-Za-z0-9:._-]{1,80}")
_POLL_S = 0.1
MAX_WAIT_S = 10.0
_WAIT_FALLBACK_S = 1.0


_SLOTS_NAME = "connection"
_BUSY = (b"HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nContent-Length: 0\r\n"
         b"Connection: close\r\n\r\n")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "BuergerbueroIntake/2"
    sys_version = ""
    wbufsize = 64 * 1024  # headers and body leave in one write (flushed after each request)
    server: _Server

    def setup(self) -> None:
        super().setup()
        self.connection.settimeout(self.server.request_timeout_s)  # each read and write

    def _send_json(self, status: int, body: dict[str, Any] | None,
                   headers: dict[str, str] | None = None) -> None:
        data = b"" if body is None else json.dumps(body).encode()
        self.send_response(status)
        if body is not None:
            self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD" and data:
            self.wfile.write(data)

    def _error(self, status: int, message: str) -> None:
        self._send_json(status, {"error": message})

    def _problem(self, status: int, title: str, detail: str,
                 headers: dict[str, str] | None = None) -> None:
        """An RFC 9457 problem (``application/problem+json``), as FIT-Connect answers."""
        data = json.dumps({"type": "about:blank", "title": title, "status": status,
                           "detail": detail}).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/problem+json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(data)

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        path = getattr(self, "path", "").split("?", 1)[0]
        status = code.value if isinstance(code, HTTPStatus) else code
        log.info("%s %s %s", self.command or "-", path or "-", status)

    def log_message(self, format: str, *args: Any) -> None:
        log.info("intake: request rejected before routing")

    def send_error(self, code: int, message: str | None = None,
                   explain: str | None = None) -> None:
        self.close_connection = True
        self._error(code, HTTPStatus(code).phrase)

    def _body(self) -> bytes | None:
        """The request body, or None after answering 411/413 (the body is not read then)."""
        try:
            length = int(self.headers.get("Content-Length", "-1"))
        except ValueError:
            length = -1
        if length < 0:
            self.close_connection = True
            self._error(411, "Content-Length required")
            return None
        if length > MAX_BODY_BYTES:
            self.close_connection = True
            self._error(413, f"body larger than {MAX_BODY_BYTES} bytes")
            return None
        return self.rfile.read(length)

    def _path(self) -> str:
        return self.path.split("?", 1)[0]

    def _guarded(self, action: Any) -> None:
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
        except OSError as exc:
            log.error("intake: storing failed: %s", type(exc).__name__)
            self._send_json(503, {"error": "storage unavailable"}, {"Retry-After": "5"})

    # -- routes ------------------------------------------------------------------------

    def _authorised(self, role: str = SENDER) -> bool:
        """Every route but the token endpoint and the JWKS needs a valid bearer token of
        ``role``'s client: the sender's (terminals), or the fleet's (technicians, who
        read the heartbeats and nothing else)."""
        tokens = self.server.tokens
        client = None if tokens is None else tokens.client(self.headers.get("Authorization"))
        if tokens is None or client == self.server.clients[role]:
            return True
        self.close_connection = True
        if client is not None:
            self._problem(403, "Forbidden", f"this route needs the {role} client's token")
            return False
        self._problem(401, "Unauthorized", "a valid bearer token is required",
                      {"WWW-Authenticate": 'Bearer realm="submission-api"'})
        return False

    def do_GET(self) -> None:
        path = self._path()
        if path == _JWKS:
            self._send_json(200, self.server.jwks)
            return
        if not self._authorised(FLEET if path == _FLEET else SENDER):
            return
        if path == _FLEET:
            self._guarded(lambda: self._send_json(200, {
                "now": time.time(), "terminals": self.server.fleet.terminals()}))
        elif path == _INFO:
            self._send_json(200, {"status": "ok", "apiVersion": "2"})
        elif (m := _DESTINATION_KEY.fullmatch(path)) is not None:
            keys = {k["kid"]: k for k in (self.server.public_jwk, self.server.subscriber_jwk)}
            if m.group(1) != self.server.destination_id or m.group(2) not in keys:
                self._problem(404, "Not Found", "unknown destination or key")
                return
            self._send_json(200, keys[m.group(2)])
        elif (m := _DESTINATION.fullmatch(path)) is not None:
            if m.group(1) != self.server.destination_id:
                self._problem(404, "Not Found", "unknown destination")
                return
            self._send_json(200, self.server.destination())
        elif (m := _CASE_EVENTS.fullmatch(path)) is not None:
            case_ref = m.group(1)
            self._guarded(lambda: self._send_json(200, {"eventLog": self._events(case_ref)}))
        else:
            self._problem(404, "Not Found", "no such route")

    def _events(self, case_ref: str) -> list[str]:
        """The case's SETs; with ``?wait=S`` (up to 10 s, the stand-in's addition) held
        until every submission of the case is decided."""
        store = self.server.store
        deadline = time.monotonic() + wait_seconds(self.path, MAX_WAIT_S)
        seen = self.server.decisions  # before the read: a batch after it wakes us
        rows = store.case_events(case_ref)
        while undecided(rows) and (left := deadline - time.monotonic()) > 0:
            seen = self.server.wait_for_decisions(seen, min(left, _WAIT_FALLBACK_S))
            rows = store.case_events(case_ref)
        return sets.event_log(self.server.signing_key, self.server.issuer, case_ref, rows,
                              self.server.subscriber_key)

    def do_POST(self) -> None:
        path = self._path()
        if path == _TOKEN:
            raw = self._body()
            if raw is not None:
                self._token(raw)
            return
        if path not in (_SUBMISSIONS, _HEARTBEATS):
            self.close_connection = True
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
        if not self.headers.get("Content-Type", "").startswith(
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
        if body.get("destinationId") != self.server.destination_id:
            raise NotFound
        attachments = body.get("announcedAttachments", [])
        if (not isinstance(attachments, list) or len(attachments) > 100
                or not all(isinstance(a, str) and re.fullmatch(_ID_RE, a) for a in attachments)
                or len(set(attachments)) != len(attachments)):
            raise BadRequest("'announcedAttachments' must be a list of distinct UUIDs")
        view = self.server.store.announce(self.server.destination_id, service["identifier"],
                                          attachments, region)
        self._send_json(201, {"destinationId": self.server.destination_id,
                              "submissionId": view["submission_id"],
                              "caseId": view["case_ref"]})

    def do_PUT(self) -> None:
        path = self._path()
        store = self.server.store
        attachment = _ATTACHMENT.fullmatch(path)
        submission = _SUBMISSION.fullmatch(path)
        if attachment is None and submission is None:
            self.close_connection = True
            self._problem(404, "Not Found", "no such route")
            return
        if not self._authorised():
            return
        if attachment is not None:
            if not self.headers.get("Content-Type", "").startswith("application/jose"):
                self.close_connection = True
                self._problem(415, "Unsupported Media Type", "attachments are application/jose")
                return
            body = self._body()
            if body is None:
                return
            sid, aid = attachment.group(1), attachment.group(2)

            def upload() -> None:
                if aid not in store.submission(sid)["announced_attachments"]:
                    raise NotFound  # before looking at the body
                check_sealed(body)
                store.add_attachment(sid, aid, body.strip(), self._plaintext_sha512)
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
        self._send_json(200, {"submissionId": sid, "caseId": view["case_ref"]})

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

    def do_DELETE(self) -> None:
        self.close_connection = True
        self._error(405, "method not allowed")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64
    #: Seconds a connection may stay silent (each read and write; a half-open
    #: connection ends then) and how many connections are served at once (more are
    #: answered 503 at once). Set per server by :class:`IntakeServer`.
    request_timeout_s: float | None = 30.0
    slots = threading.BoundedSemaphore(256)

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self.slots.acquire(blocking=False):
            log.warning("intake: connection refused, all %s slots busy", _SLOTS_NAME)
            if self.tls is None:
                with contextlib.suppress(OSError):
                    request.sendall(_BUSY)
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.slots.release()

    def __init__(self, address: tuple[str, int], store: CaseStore, private_key: RSAKey,
                 destination_id: str, tls: ssl.SSLContext | None, x5c: list[str],
                 signing_key: RSAKey, tokens: TokenIssuer | None,
                 subscriber: tuple[RSAKey, list[str]], clients: dict[str, str]) -> None:
        self.store = store
        self.clients = clients  # role → client id
        self.private_key = private_key
        self.public_jwk = public_jwk(private_key)
        self.public_jwk["x5c"] = x5c
        self.destination_id = destination_id
        self.tls = tls
        self.signing_key = signing_key
        self.jwks = sets.jwks(signing_key)
        self.subscriber_key = subscriber[0]
        self.subscriber_jwk = sets.signature_jwk(*subscriber)
        self.issuer = "buergerbuero-intake-stand-in"
        self.tokens = tokens
        self.wake_processor: Callable[[], None] = lambda: None
        self._decided = threading.Condition()
        self.decisions = 0  # batches of verdicts the case processor reported
        super().__init__(address, _Handler)
        self.fleet = fleet.FleetStore(store.data_dir)  # once bound: a busy port opens none

    def destination(self) -> dict[str, Any]:
        """The destination as ``GET /v2/destinations/{id}`` shows it."""
        return {"destinationId": self.destination_id, "status": "active",
                "services": [{"identifier": "urn:de:fim:leika:leistung:*",
                              "submissionSchemas": [], "regions": []}],
                "encryptionKid": self.public_jwk["kid"],
                "metadataVersions": ["2.1.0"],
                "replyChannels": {"eMail": {"usePgp": False}}}

    def note_decided(self) -> None:
        """The case processor committed a batch of verdicts (its stdout reader calls this)."""
        with self._decided:
            self.decisions += 1
            self._decided.notify_all()

    def wait_for_decisions(self, seen: int, timeout: float) -> int:
        """Wait until a batch after ``seen`` was reported, or ``timeout``; the count now."""
        with self._decided:
            self._decided.wait_for(lambda: self.decisions != seen, timeout)
            return self.decisions

    def get_request(self) -> tuple[socket.socket, Any]:
        sock, addr = super().get_request()
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if self.tls is not None:
            sock = self.tls.wrap_socket(sock, server_side=True, do_handshake_on_connect=False)
        return sock, addr

    def handle_error(self, request: Any, client_address: Any) -> None:
        log.info("intake: connection ended with an error")


class IntakeServer:
    """The reference intake server. Binds in the constructor, so :attr:`url` is known.

    ``tls``: (certificate chain file, private key file) to serve HTTPS.
    ``key_bits``: size of the RSA key created on first start (default 4096; without it a
    new data directory takes its key and PKI from :data:`sync.reference.pki.SEED_DIR`
    where that is set). The key is published with an ``x5c`` chain of the stand-in's
    test PKI (:mod:`sync.reference.pki`); :attr:`key_trust` is what a sender trusts.
    ``run_processor``: start the case processor process with the server (tests that
    need submissions to stay "submitted" turn it off). ``trust_dir``: the office's
    trust list the processor verifies every application PDF against (default
    ``DATA_DIR/trust``; without one every application is rejected);
    ``check_signatures=False`` only for tests of the protocol with made-up PDFs.
    ``request_timeout_s``, ``max_connections``: see :class:`_Server`.
    """

    def __init__(self, host: str, port: int, data_dir: Path, *,
                 destination_id: str = DEFAULT_DESTINATION,
                 tls: tuple[Path, Path] | None = None, key_bits: int | None = None,
                 run_processor: bool = True, trust_dir: Path | None = None,
                 check_signatures: bool = True, require_token: bool = True,
                 request_timeout_s: float = 30.0, max_connections: int = 256) -> None:
        self.data_dir = data_dir
        data_dir.mkdir(parents=True, exist_ok=True)
        if key_bits is None:
            pki.seed(data_dir, KEY_FILE)
        key_bits = key_bits or e2e.DEFAULT_KEY_BITS
        private_key = load_or_create_private_key(data_dir / KEY_FILE, key_bits)
        x5c = pki.published_chain(data_dir, private_key.public_key)
        self._store = CaseStore(data_dir)
        context = None
        if tls is not None:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(str(tls[0]), str(tls[1]))
        self._scheme = "https" if tls else "http"
        try:
            self._client = load_or_create_client(data_dir)
            self._fleet_client = load_or_create_client(data_dir, FLEET)
            self.tokens = TokenIssuer(dict([self._client, self._fleet_client])) \
                if require_token else None
            subscriber = sets.signing_key(data_dir / pki.PKI_DIR, sets.SUBSCRIBER_KEY)
            self._httpd = _Server(
                (host, port), self._store, private_key, destination_id, context, x5c,
                sets.signing_key(data_dir / pki.PKI_DIR), self.tokens,
                (subscriber, pki.signature_chain(data_dir, subscriber.public_key)),
                {SENDER: self._client[0], FLEET: self._fleet_client[0]})
        except OSError:
            self._store.close()
            raise
        self._httpd.request_timeout_s = request_timeout_s
        self._httpd.slots = threading.BoundedSemaphore(max_connections)
        self._processor = CaseProcessor(
            data_dir, self._httpd.note_decided,
            trust_dir=(trust_dir or data_dir / TRUST_DIR) if check_signatures else None) \
            if run_processor else None
        if self._processor is not None:
            self._httpd.wake_processor = self._processor.wake
        self._thread: threading.Thread | None = None
        self._serving = False

    @property
    def key_trust(self) -> KeyTrust:
        """The stand-in PKI's root and CRLs: what a sender (demo, tests) trusts."""
        return pki.trust(self.data_dir)

    @property
    def token_url(self) -> str:
        return f"{self.url}/token"

    @property
    def client_secret_file(self) -> Path:
        """The sender client's secret (mode 0600), as the setting
        ``fitconnect_client_secret_file`` names it."""
        return self.data_dir / CLIENT_SECRET_FILE

    def sender_tokens(self) -> ClientCredentials:
        """A token source with the stand-in's sender client (demo, tests, bench)."""
        return ClientCredentials(self.token_url, *self._client)

    @property
    def fleet_client(self) -> tuple[str, Path]:
        """The fleet client's id and secret file (``buergerbuero fleet status``)."""
        return self._fleet_client[0], client_files(self.data_dir, FLEET)[1]

    @property
    def destination_id(self) -> str:
        return self._httpd.destination_id

    @property
    def store(self) -> CaseStore:
        return self._store

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        host_text = host.decode() if isinstance(host, bytes) else str(host)
        if ":" in host_text:
            host_text = f"[{host_text}]"
        return f"{self._scheme}://{host_text}:{port}"

    def start(self) -> None:
        if self._processor is not None:
            self._processor.start()
        self._serving = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, args=(_POLL_S,), name="intake-server", daemon=True
        )
        self._thread.start()

    def serve_forever(self) -> None:
        if self._processor is not None:
            self._processor.start()
        self._serving = True
        self._httpd.serve_forever(_POLL_S)

    def stop(self) -> None:
        if self._serving:
            self._httpd.shutdown()
            self._serving = False
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        if self._processor is not None:
            self._processor.stop()
        self._httpd.fleet.close()
        self._store.close()

    def __enter__(self) -> IntakeServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
