"""The tablet's small HTTP API (stdlib ``ThreadingHTTPServer``; TLS when configured).

Pairing: the tablet shows a one-time code; ``POST /api/v1/pair {"code"}``
returns a bearer token and a new code is drawn. Every other call needs
``Authorization: Bearer <token>``. ``POST /api/v1/documents`` (JSON: ``pdf``
base64, optional ``fields`` [{name, page, rect}], ``signer_name``, ``title``)
queues a document; ``GET /api/v1/documents/{id}?wait=S`` polls or waits up
to S seconds; ``GET .../{id}/pdf`` fetches the signed PDF once; ``DELETE
.../{id}`` cancels. See docs/tablet.md. Nothing personal is logged.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import logging
import secrets
import ssl
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from kiosk.base.longpoll import wait_seconds
from kiosk.tablet.fields import NotSignable, resolve_fields
from kiosk.tablet.jobs import FINAL, SIGNED, FieldSpec, Job, JobQueue

log = logging.getLogger(__name__)
MAX_BODY = 40 * 1024 * 1024
MAX_WAIT_S = 60.0
MAX_PAIRING_FAILURES = 5  # then a new code: guessing 6 digits stays hopeless


class Pairing:
    """One-time codes for pairing, bearer tokens for everything else."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._tokens: set[str] = set()
        self._failures = 0
        self.code = self._new_code()
        self.listeners: list[Any] = []

    @staticmethod
    def _new_code() -> str:
        return f"{secrets.randbelow(1_000_000):06d}"

    def pair(self, code: str) -> str | None:
        with self._lock:
            if not hmac.compare_digest(code.encode(), self.code.encode()):
                self._failures += 1
                if self._failures < MAX_PAIRING_FAILURES:
                    return None
                self.code = self._new_code()  # guessing: the code changes on the screen
                self._failures, token = 0, None
            else:
                token = secrets.token_urlsafe(32)
                self._tokens.add(token)
                self.code = self._new_code()  # one time only
                self._failures = 0
        for listener in list(self.listeners):
            listener()
        return token

    def allowed(self, token: str) -> bool:
        with self._lock:
            return any(hmac.compare_digest(token, t) for t in self._tokens)


class TabletServer:
    def __init__(self, host: str, port: int, queue: JobQueue, pairing: Pairing,
                 tls_cert: Path | None = None, tls_key: Path | None = None) -> None:
        self.queue, self.pairing = queue, pairing
        handler = type("Handler", (_Handler,), {"tablet": self})
        self.httpd = ThreadingHTTPServer((host, port), handler)
        self.httpd.daemon_threads = True
        self.scheme = "http"
        if tls_cert is not None:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(str(tls_cert), str(tls_key) if tls_key else None)
            self.httpd.socket = context.wrap_socket(self.httpd.socket, server_side=True)
            self.scheme = "https"
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"{self.scheme}://{host!s}:{port}"

    def start(self) -> None:
        self._thread = threading.Thread(target=self.httpd.serve_forever, name="tablet-api",
                                        daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        if self._thread is not None:
            self._thread.join(5)


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
        x1, y1, x2, y2 = (float(v) for v in rect) if rect else (0.0, 0.0, 0.0, 0.0)
        specs.append(FieldSpec(name=item["name"], page=int(item.get("page", 1)) - 1,
                               rect=(x1, y1, x2, y2) if rect else None,
                               label=str(item.get("label", ""))))
    return specs


class _Handler(BaseHTTPRequestHandler):
    tablet: TabletServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("tablet api: %s", format % args)

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _json(self, status: int, body: dict[str, Any]) -> None:
        self._send(status, json.dumps(body).encode(), "application/json")

    def _error(self, status: int, message: str) -> None:
        self._json(status, {"error": message})

    def _body(self) -> Any:
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            raise ValueError("the request is too large")
        try:
            return json.loads(self.rfile.read(length) or b"{}")
        except json.JSONDecodeError as exc:
            raise ValueError(f"the body is not JSON: {exc}") from exc

    def _authorized(self) -> bool:
        header = self.headers.get("Authorization", "")
        if header.startswith("Bearer ") and self.tablet.pairing.allowed(header[7:].strip()):
            return True
        self._error(HTTPStatus.UNAUTHORIZED, "pair first: POST /api/v1/pair with the code "
                    "shown on the tablet, then send 'Authorization: Bearer <token>'")
        return False

    def do_POST(self) -> None:
        path = urlsplit(self.path).path.rstrip("/")
        try:
            body = self._body()
            if path == "/api/v1/pair":
                token = self.tablet.pairing.pair(str(body.get("code", "")))
                if token is None:
                    self._error(HTTPStatus.FORBIDDEN, "wrong or already used pairing code")
                else:
                    self._json(HTTPStatus.OK, {"token": token})
                return
            if path != "/api/v1/documents":
                self._error(HTTPStatus.NOT_FOUND, "unknown path")
                return
            if not self._authorized():
                return
            try:
                pdf = base64.b64decode(str(body.get("pdf", "")), validate=True)
            except binascii.Error as exc:
                raise ValueError("'pdf' must be base64") from exc
            fields = resolve_fields(pdf, parse_fields(body.get("fields")))
        except (ValueError, NotSignable) as exc:
            self._error(HTTPStatus.BAD_REQUEST, str(exc))
            return
        job = Job(pdf=pdf, fields=fields, signer_name=str(body.get("signer_name", "")),
                  title=str(body.get("title", "")))
        self.tablet.queue.submit(job)
        log.info("tablet: document queued with %d field(s)", len(fields))
        self._json(HTTPStatus.CREATED, job.as_json())

    def _job(self, parts: list[str], *, pdf_allowed: bool) -> Job | None:
        """The job ``/api/v1/documents/<id>[/pdf]`` names, after the token check; None
        once an error has been answered."""
        shapes = (5, 6) if pdf_allowed else (5,)
        if parts[1:4] != ["api", "v1", "documents"] or len(parts) not in shapes \
                or (len(parts) == 6 and parts[5] != "pdf"):
            self._error(HTTPStatus.NOT_FOUND, "unknown path")
            return None
        if not self._authorized():
            return None
        job = self.tablet.queue.get(parts[4])
        if job is None:
            self._error(HTTPStatus.NOT_FOUND, "no such document")
        return job

    def do_GET(self) -> None:
        parts = urlsplit(self.path).path.rstrip("/").split("/")  # '', api, v1, documents, id
        if parts[:4] == ["", "api", "v1", "status"]:
            self._json(HTTPStatus.OK, {"busy": self.tablet.queue.current() is not None})
            return
        job = self._job(parts, pdf_allowed=True)
        if job is None:
            return
        if len(parts) == 6:  # …/pdf
            if job.state != SIGNED or job.signed_pdf is None:
                self._error(HTTPStatus.CONFLICT, f"the document is {job.state}, not signed")
                return
            pdf = job.signed_pdf
            self.tablet.queue.forget(job.id)  # handed over: the tablet keeps no copy
            self._send(HTTPStatus.OK, pdf, "application/pdf")
            return
        seconds = wait_seconds(self.path, MAX_WAIT_S)
        if seconds and job.state not in FINAL:
            job = self.tablet.queue.wait(job.id, seconds) or job
        self._json(HTTPStatus.OK, job.as_json())

    def do_DELETE(self) -> None:
        job = self._job(urlsplit(self.path).path.rstrip("/").split("/"), pdf_allowed=False)
        if job is None:
            return
        self.tablet.queue.cancel(job.id)
        self._json(HTTPStatus.OK, (self.tablet.queue.get(job.id) or job).as_json())
