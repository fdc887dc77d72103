"""Reference intake server: the central side of the protocol in ``sync/openapi.yaml``.

A small, real HTTP(S) server for development, tests and the walkthrough, shaped like
FIT-Connect's Submission API: announce a submission, upload its attachments, complete
it with metadata and data; every payload is a JWE for the destination's key. It is
served by waitress through :mod:`sync.httpd` (deadlines, a connection cap answered
503, bodies refused before they are read, TLS on the same loop); the routes are in
:mod:`sync.reference.routes`. The server's private key is written to
``<data_dir>/destination-key.jwk`` (mode 0600) on first start; storage is in
:mod:`sync.reference.store`.

A long poll (``GET /v2/cases/{id}/events?wait=S``) sleeps on a condition that the
case processor's "decided" lines notify, and reads the store again only when
woken, or every :data:`_WAIT_FALLBACK_S` in case a notification was missed
(a processor that died and was started again, or none at all).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Mapping
from http import HTTPStatus
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.base.longpoll import wait_seconds
from sync import e2e
from sync.e2e import load_or_create_private_key, public_jwk
from sync.httpd import (
    BodyBudget,
    CertificateFiles,
    Exchange,
    Head,
    HttpServer,
    Limits,
    Refusal,
    wsgi,
)
from sync.keycheck import KeyTrust
from sync.oauth import ClientCredentials
from sync.reference import fleet, pki, routes, sets
from sync.reference.processor import TRUST_DIR, CaseProcessor
from sync.reference.routes import problem
from sync.reference.services import shipped_services
from sync.reference.store import KEY_FILE, CaseStore, undecided
from sync.reference.store import stored_case as stored_case  # re-exported (tests, demo)
from sync.reference.store import stored_cases as stored_cases
from sync.reference.tokens import (
    CLIENT_SECRET_FILE,
    FLEET,
    SENDER,
    TokenIssuer,
    client_files,
    load_or_create_client,
)
from sync.worker import DEFAULT_DESTINATION

if TYPE_CHECKING:
    from joserfc.jwk import RSAKey

MAX_BODY_BYTES = 40 * 1024 * 1024

MAX_WAIT_S = 10.0
_WAIT_FALLBACK_S = 1.0


class Intake:
    """The stand-in's state, shared by every request (:mod:`sync.reference.routes`)."""

    def __init__(self, store: CaseStore, private_key: RSAKey, destination_id: str,
                 x5c: list[str], signing: tuple[RSAKey, list[str]], tokens: TokenIssuer | None,
                 subscriber: tuple[RSAKey, list[str]], clients: dict[str, str]) -> None:
        self.store = store
        self.clients = clients  # role → client id
        self.fleet: fleet.FleetStore  # opened once the port is bound (IntakeServer)
        self.private_key = private_key
        self.public_jwk = public_jwk(private_key)
        self.public_jwk["x5c"] = x5c
        self.destination_id = destination_id
        # destination id → the services it lists (every destination of the stand-in
        # shares its keys and its subscriber)
        self.services: dict[str, list[dict[str, Any]]] = {destination_id: []}
        self.signing_key = signing[0]
        self.jwks = sets.jwks(*signing)
        self.subscriber_key = subscriber[0]
        self.subscriber_jwk = sets.signature_jwk(*subscriber)
        self.issuer = "buergerbuero-intake-stand-in"
        self.tokens = tokens
        self.wake_processor: Callable[[], None] = lambda: None
        self._decided = threading.Condition()
        self.decisions = 0  # batches of verdicts the case processor reported

    def destination(self, destination_id: str) -> dict[str, Any] | None:
        """The destination as ``GET /v2/destinations/{id}`` shows it (None: unknown): the
        services of its forms, each with region ``DE`` and the form's Fachdaten schema
        (``sync.reference.services``), in the shape FIT-Connect's destination has."""
        services = self.services.get(destination_id)
        if services is None:
            return None
        return {"destinationId": destination_id, "status": "active",
                "services": services,
                "encryptionKid": self.public_jwk["kid"],
                "metadataVersions": ["2.1.0"],
                "replyChannels": {"eMail": {"usePgp": False}}}

    def offers(self, destination_id: str, leika: str) -> bool:
        return any(s["identifier"] == leika for s in self.services.get(destination_id, ()))

    def event_log(self, case_ref: str, target: str) -> list[str]:
        """The case's SETs; with ``?wait=S`` in ``target`` (up to 10 s, the stand-in's
        addition) held until every submission of the case is decided."""
        deadline = time.monotonic() + wait_seconds(target, MAX_WAIT_S)
        seen = self.decisions  # before the read: a batch after it wakes us
        rows = self.store.case_events(case_ref)
        while undecided(rows) and (left := deadline - time.monotonic()) > 0:
            seen = self.wait_for_decisions(seen, min(left, _WAIT_FALLBACK_S))
            rows = self.store.case_events(case_ref)
        return sets.event_log(self.signing_key, self.issuer, case_ref, rows,
                              self.subscriber_key)

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


def _render(status: int, detail: str) -> tuple[str, bytes]:
    return "application/problem+json", problem(status, HTTPStatus(status).phrase, detail)


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
    ``request_timeout_s``: a request's headers must arrive within it, and a silent
    connection is closed after it; ``max_connections``: more are answered 503 at once
    (held below the descriptor limit); ``threads``: requests worked on at once, long
    polls included (see :mod:`sync.httpd`). ``destinations``: destination id → the form
    ids whose services it lists (default: ``destination_id`` lists every shipped form);
    all of them share the stand-in's keys and subscriber.
    """

    def __init__(self, host: str, port: int, data_dir: Path, *,
                 destination_id: str = DEFAULT_DESTINATION,
                 tls: tuple[Path, Path] | None = None, key_bits: int | None = None,
                 run_processor: bool = True, trust_dir: Path | None = None,
                 check_signatures: bool = True, require_token: bool = True,
                 request_timeout_s: float = 30.0, max_connections: int = 1024,
                 threads: int = 32,
                 destinations: Mapping[str, Iterable[str]] | None = None) -> None:
        self.data_dir = data_dir
        data_dir.mkdir(parents=True, exist_ok=True)
        if key_bits is None:
            pki.seed(data_dir, KEY_FILE)
        key_bits = key_bits or e2e.DEFAULT_KEY_BITS
        private_key = load_or_create_private_key(data_dir / KEY_FILE, key_bits)
        x5c = pki.published_chain(data_dir, private_key.public_key)
        self._store = CaseStore(data_dir)
        # the certificate is taken again when its files change (sync.httpd_certs)
        context = CertificateFiles(tls[0], tls[1], name="intake-server") \
            if tls is not None else None
        self._scheme = "https" if tls else "http"
        limits = Limits(request_timeout_s=request_timeout_s, max_connections=max_connections,
                        max_body_bytes=MAX_BODY_BYTES, threads=threads)
        try:
            self._client = load_or_create_client(data_dir)
            self._fleet_client = load_or_create_client(data_dir, FLEET)
            self.tokens = TokenIssuer(dict([self._client, self._fleet_client])) \
                if require_token else None
            subscriber = sets.signing_key(data_dir / pki.PKI_DIR, sets.SUBSCRIBER_KEY)
            service = sets.signing_key(data_dir / pki.PKI_DIR)
            self._intake = Intake(
                self._store, private_key, destination_id, x5c,
                (service, pki.signature_chain(data_dir, service.public_key,
                                              pki.SERVICE_CHAIN_FILE)), self.tokens,
                (subscriber, pki.signature_chain(data_dir, subscriber.public_key)),
                {SENDER: self._client[0], FLEET: self._fleet_client[0]})
            self._intake.services = {destination_id: shipped_services()} \
                if destinations is None else {
                    dest: shipped_services(form_ids) for dest, form_ids in destinations.items()}
            budget = BodyBudget(limits.memory_bodies * MAX_BODY_BYTES)
            intake = self._intake

            def handle(exchange: Exchange) -> None:
                routes.Routes(exchange, intake).handle()

            def gate(head: Head) -> Refusal | None:
                return routes.gate(intake, head)

            self._httpd = HttpServer(wsgi(handle, budget), host, port, name="intake-server",
                                     limits=limits, render=_render, tls=context, gate=gate)
            intake.fleet = fleet.FleetStore(data_dir)  # once bound: a busy port opens none
        except OSError:
            self._store.close()
            raise
        self._processor = CaseProcessor(
            data_dir, self._intake.note_decided,
            trust_dir=(trust_dir or data_dir / TRUST_DIR) if check_signatures else None) \
            if run_processor else None
        if self._processor is not None:
            self._intake.wake_processor = self._processor.wake
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
        return self._intake.destination_id

    @property
    def store(self) -> CaseStore:
        return self._store

    @property
    def max_connections(self) -> int:
        """The connection cap in force (below the descriptor limit)."""
        return self._httpd.max_connections

    @property
    def connections(self) -> int:
        """Connections open now."""
        return self._httpd.connections

    @property
    def url(self) -> str:
        host_text, port = self._httpd.server_address
        if ":" in host_text:
            host_text = f"[{host_text}]"
        return f"{self._scheme}://{host_text}:{port}"

    def start(self) -> None:
        if self._processor is not None:
            self._processor.start()
        self._serving = True
        self._httpd.start()

    def serve_forever(self) -> None:
        if self._processor is not None:
            self._processor.start()
        self._serving = True
        self._httpd.serve_forever()

    def stop(self) -> None:
        self._httpd.stop()
        self._serving = False
        if self._processor is not None:
            self._processor.stop()
        self._intake.fleet.close()
        self._store.close()

    def __enter__(self) -> IntakeServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
