"""The tablet's small HTTP API (waitress through :mod:`sync.httpd`; TLS when configured).

Pairing (``kiosk.tablet.pairing``): the tablet shows a code; ``POST /api/v1/pair
{"code", "workstation"}`` returns a bearer token bound to that workstation (its
address), valid for a working day; wrong codes slow the client down (429 with
Retry-After) and never change the code; ``DELETE /api/v1/pair`` unpairs. Every other
call needs ``Authorization: Bearer <token>``, checked before any body is read.
``POST /api/v1/documents`` (JSON: ``pdf`` base64, optional ``fields`` [{name, page,
rect, label}], ``signer_name``, ``title``) queues a document; ``GET
/api/v1/documents/{id}?wait=S`` polls or waits up to S seconds; ``GET …/{id}/pdf``
fetches the signed PDF once; ``DELETE …/{id}`` cancels — each client sees only its
own documents. ``GET /api/v1/status`` says whether the tablet is busy.

Bodies need a ``Content-Length`` (no chunked uploads) and are read only up to the
limit (``MAX_BODY``; 4 KB for pairing): the token, the route and the length are
checked on the request's head (:func:`_gate`), before a byte of the body is read; a
larger, negative or missing length is refused, and a body's bytes beyond its
``Content-Length`` are never part of it. Bad input is a 4xx with one log line; nothing
personal is logged, and no traceback reaches stderr. Headers must arrive within 30 s,
silent connections close after 30 s, more than 512 connections are refused at once.
See docs/tablet.md.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import math
import ssl
from http import HTTPStatus
from pathlib import Path
from typing import Any, Final
from urllib.parse import urlsplit

from kiosk.base.errors import ConfigError
from kiosk.base.i18n import N_
from kiosk.base.longpoll import wait_seconds
from kiosk.tablet.fields import NotSignable, resolve_fields
from kiosk.tablet.jobs import FINAL, SIGNED, FieldSpec, Job, JobQueue
from kiosk.tablet.pairing import Client, Pairing, Refused
from sync.httpd import (
    BodyBudget,
    BodyError,
    Busy,
    CertificateFiles,
    Exchange,
    Head,
    HttpServer,
    Limits,
    Refusal,
    wsgi,
)

log = logging.getLogger(__name__)
MAX_BODY: Final = 40 * 1024 * 1024
MAX_PAIR_BODY: Final = 4096
MAX_WAIT_S: Final = 60.0
LIMITS: Final = Limits(request_timeout_s=30.0, max_connections=512, max_body_bytes=MAX_BODY,
                       threads=16)
_PAIR, _DOCUMENTS = "/api/v1/pair", "/api/v1/documents"

__all__ = ["MAX_BODY", "Pairing", "TabletServer", "parse_fields"]


class BadRequest(Exception):
    """The request is refused with ``status``; the message says why (one log line)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


PORT_UNUSABLE = N_(
    "Tablet", "The tablet cannot listen on {host}, port {port} ({error}). Another program "
    "may use the port: stop it, or choose another port with --port.")
TLS_UNUSABLE = N_(
    "Tablet", "The TLS certificate {cert} or its key {key} cannot be used ({error}). Give "
    "the PEM files with --tls-cert and --tls-key (the key matching the certificate).")


def _tls_context(cert: Path, key: Path | None) -> CertificateFiles:
    """The server's certificate files (taken again when they change, ``sync.httpd_certs``),
    or ``ConfigError`` naming the files (never a traceback)."""
    try:
        files = CertificateFiles(cert, key, name="tablet api")
    except (OSError, ssl.SSLError) as exc:  # SSLError is an OSError; named for the reader
        error = exc.strerror or getattr(exc, "reason", None) or type(exc).__name__
        raise ConfigError(TLS_UNUSABLE.format(cert=str(cert), key=str(key or cert),
                                              error=str(error))) from exc
    return files


class TabletServer:
    def __init__(self, host: str, port: int, queue: JobQueue, pairing: Pairing,
                 tls_cert: Path | None = None, tls_key: Path | None = None) -> None:
        self.queue, self.pairing = queue, pairing
        # The TLS files first: a wrong one must not leave the port taken.
        context = _tls_context(tls_cert, tls_key) if tls_cert is not None else None
        budget = BodyBudget(LIMITS.memory_bodies * MAX_BODY)

        def handle(exchange: Exchange) -> None:
            _Handler(exchange, self).handle()

        try:
            self.httpd = HttpServer(wsgi(handle, budget), host, port, name="tablet api",
                                    limits=LIMITS, render=_render, tls=context,
                                    gate=lambda head: _gate(self.pairing, head))
        except OSError as exc:
            raise ConfigError(PORT_UNUSABLE.format(host=host, port=port,
                                                   error=exc.strerror or str(exc))) from exc
        self.scheme = "https" if context is not None else "http"

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address
        return f"{self.scheme}://{host!s}:{port}"

    def start(self) -> None:
        self.httpd.start()

    def stop(self) -> None:
        self.httpd.stop()


def _render(status: int, detail: str) -> tuple[str, bytes]:
    return "application/json", json.dumps({"error": detail}).encode()


def _gate(pairing: Pairing, head: Head) -> Refusal | None:
    """Refused on the head, before any body is read: a document without a valid
    token, a chunked body, a pairing body over 4 KB, a body where none belongs."""
    path = urlsplit(head.target).path.rstrip("/")
    if head.chunked:
        return Refusal(HTTPStatus.LENGTH_REQUIRED, "send the body with Content-Length")
    if path == _PAIR and head.method == "POST" and head.length > MAX_PAIR_BODY:
        return Refusal(HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                       f"the request is too large (at most {MAX_PAIR_BODY} bytes)")
    if (head.length or head.chunked) and not (head.method == "POST"
                                              and path in (_PAIR, _DOCUMENTS)):
        return Refusal(HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                       f"{head.method} {path[:60]} takes no body")
    if path == _DOCUMENTS and head.method == "POST":
        header = head.headers.get("Authorization") or ""
        token = header[7:].strip() if header.startswith("Bearer ") else ""
        if pairing.client(token, head.peer) is None:
            return Refusal(HTTPStatus.UNAUTHORIZED, UNPAIRED)
    return None


UNPAIRED = ("pair first: POST /api/v1/pair with the code shown on the tablet, then send "
            "'Authorization: Bearer <token>' (tokens are bound to the workstation that "
            "paired and expire)")


def parse_fields(raw: Any) -> list[FieldSpec]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise ValueError("'fields' must be a list")
    specs = []
    for item in raw:
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            raise ValueError("each field needs a 'name'")
        rect = item.get("rect")
        if rect is not None and (not isinstance(rect, list) or len(rect) != 4):
            raise ValueError("'rect' must be [x1, y1, x2, y2] in PDF points")
        try:
            x1, y1, x2, y2 = (float(v) for v in rect) if rect else (0.0, 0.0, 0.0, 0.0)
            page = int(item.get("page", 1)) - 1
        except (TypeError, ValueError) as exc:
            raise ValueError("'page' and 'rect' must be numbers") from exc
        specs.append(FieldSpec(name=item["name"], page=page,
                               rect=(x1, y1, x2, y2) if rect else None,
                               label=str(item.get("label", ""))))
    return specs


class _Handler:
    """One request to the tablet's API (the shape of ``http.server``'s handlers)."""

    def __init__(self, exchange: Exchange, tablet: TabletServer) -> None:
        self.x, self.tablet = exchange, tablet
        self.command, self.path, self.headers = exchange.command, exchange.path, \
            exchange.headers
        self.client_address = exchange.client_address

    def handle(self) -> None:
        action = {"POST": self._post, "GET": self._get, "DELETE": self._delete}.get(
            self.command)
        if action is None:
            self._refuse(BadRequest(HTTPStatus.METHOD_NOT_ALLOWED,
                                    f"{self.command} is not supported",))
            self.x.response_headers.append(("Allow", "GET, POST, DELETE"))
            return
        self._dispatch(action)

    def _send(self, status: int, body: bytes, content_type: str,
              headers: dict[str, str] | None = None) -> None:
        self.x.respond(status, body, content_type, headers)

    def _json(self, status: int, body: dict[str, Any],
              headers: dict[str, str] | None = None) -> None:
        self._send(status, json.dumps(body).encode(), "application/json", headers)

    def _refuse(self, exc: BadRequest) -> None:
        log.info("tablet api: %s %s refused (%d): %s", self.command,
                 urlsplit(self.path).path[:60], exc.status, exc)
        self._json(exc.status, {"error": str(exc)})

    def _address(self) -> str:
        return str(self.client_address[0])

    def _client(self) -> Client:
        header = self.headers.get("Authorization", "")
        client = self.tablet.pairing.client(header[7:].strip(), self._address()) \
            if header.startswith("Bearer ") else None
        if client is None:
            raise BadRequest(HTTPStatus.UNAUTHORIZED, UNPAIRED)
        return client

    def _body(self, limit: int) -> Any:
        if "Content-Length" not in self.headers:
            raise BadRequest(HTTPStatus.LENGTH_REQUIRED, "Content-Length is required")
        try:
            raw = self.x.read_body(limit)  # exactly Content-Length bytes, at most the limit
        except BodyError as exc:
            raise BadRequest(exc.status, f"the request is too large (at most {limit} "
                             "bytes)") from exc
        except Busy as exc:
            raise BadRequest(HTTPStatus.SERVICE_UNAVAILABLE, "busy; try again") from exc
        try:
            value = json.loads(raw or b"{}")
        except (json.JSONDecodeError, UnicodeDecodeError, RecursionError, ValueError) as exc:
            raise BadRequest(HTTPStatus.BAD_REQUEST, "the body is not JSON") from exc
        if not isinstance(value, dict):
            raise BadRequest(HTTPStatus.BAD_REQUEST, "the body must be a JSON object")
        return value

    def _dispatch(self, handler: Any) -> None:
        try:
            handler()
        except BadRequest as exc:
            self._refuse(exc)
        except (ConnectionError, TimeoutError):
            log.info("tablet api: the client went away")
        except Exception as exc:  # noqa: BLE001 - a bug: one line and a 500, no traceback
            log.error("tablet api: %s %s failed: %s", self.command,
                      urlsplit(self.path).path[:60], type(exc).__name__)
            self._json(HTTPStatus.INTERNAL_SERVER_ERROR, {"error": "internal error"})

    def _post(self) -> None:
        path = urlsplit(self.path).path.rstrip("/")
        if path == _PAIR:
            self._pair()
            return
        if path != _DOCUMENTS:
            raise BadRequest(HTTPStatus.NOT_FOUND, "unknown path")
        client = self._client()  # before a single byte of the body is read
        body = self._body(MAX_BODY)
        try:
            pdf = base64.b64decode(str(body.get("pdf", "")), validate=True)
            fields = resolve_fields(pdf, parse_fields(body.get("fields")))
        except binascii.Error as exc:
            raise BadRequest(HTTPStatus.BAD_REQUEST, "'pdf' must be base64") from exc
        except (ValueError, NotSignable) as exc:
            raise BadRequest(HTTPStatus.BAD_REQUEST, str(exc)) from exc
        job = Job(pdf=pdf, fields=fields, signer_name=str(body.get("signer_name", "")),
                  title=str(body.get("title", "")), owner=client.id)
        self.tablet.queue.submit(job)
        log.info("tablet: document queued with %d field(s)", len(fields))
        self._json(HTTPStatus.CREATED, job.as_json())

    def _pair(self) -> None:
        body = self._body(MAX_PAIR_BODY)
        result = self.tablet.pairing.pair(str(body.get("code", "")), self._address(),
                                          str(body.get("workstation", "")))
        if isinstance(result, Refused):
            retry = math.ceil(result.retry_after_s)
            log.info("tablet api: pairing refused (wrong code%s)",
                     f"; next try in {retry} s" if retry else "")
            if retry:
                self._json(HTTPStatus.TOO_MANY_REQUESTS,
                           {"error": f"wrong pairing code; try again in {retry} s"},
                           {"Retry-After": str(retry)})
            else:
                self._json(HTTPStatus.FORBIDDEN, {"error": "wrong pairing code"})
            return
        self._json(HTTPStatus.OK, {"token": result})

    def _job(self, parts: list[str], *, pdf_allowed: bool) -> Job:
        """The job ``/api/v1/documents/<id>[/pdf]`` names, if it is this client's."""
        shapes = (5, 6) if pdf_allowed else (5,)
        if parts[1:4] != ["api", "v1", "documents"] or len(parts) not in shapes \
                or (len(parts) == 6 and parts[5] != "pdf"):
            raise BadRequest(HTTPStatus.NOT_FOUND, "unknown path")
        client = self._client()
        job = self.tablet.queue.get(parts[4])
        if job is None or job.owner != client.id:  # another workstation's: not even there
            raise BadRequest(HTTPStatus.NOT_FOUND, "no such document")
        return job

    def _get(self) -> None:
        parts = urlsplit(self.path).path.rstrip("/").split("/")  # '', api, v1, documents, id
        if parts == ["", "api", "v1", "status"]:
            self._client()
            self._json(HTTPStatus.OK, {"busy": self.tablet.queue.current() is not None})
            return
        job = self._job(parts, pdf_allowed=True)
        if len(parts) == 6:  # …/pdf
            if job.state != SIGNED or job.signed_pdf is None:
                raise BadRequest(HTTPStatus.CONFLICT, f"the document is {job.state}, not signed")
            pdf = job.signed_pdf
            self.tablet.queue.forget(job.id)  # handed over: the tablet keeps no copy
            self._send(HTTPStatus.OK, pdf, "application/pdf")
            return
        seconds = wait_seconds(self.path, MAX_WAIT_S)
        if seconds and job.state not in FINAL:
            job = self.tablet.queue.wait(job.id, seconds) or job
        self._json(HTTPStatus.OK, job.as_json())

    def _delete(self) -> None:
        parts = urlsplit(self.path).path.rstrip("/").split("/")
        if parts == ["", "api", "v1", "pair"]:
            self._client()
            header = self.headers.get("Authorization", "")
            self.tablet.pairing.revoke(header[7:].strip())
            self._json(HTTPStatus.OK, {"unpaired": True})
            return
        job = self._job(parts, pdf_allowed=False)
        self.tablet.queue.cancel(job.id)
        self._json(HTTPStatus.OK, (self.tablet.queue.get(job.id) or job).as_json())
