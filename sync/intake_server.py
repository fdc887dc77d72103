"""Reference intake server: the central side of the protocol in ``sync/openapi.yaml``.

A small, real HTTP server (stdlib ``ThreadingHTTPServer``) for development,
tests and the walkthrough. Each application is stored as a case directory::

    <data_dir>/cases/<case_id>/metadata.json
    <data_dir>/cases/<case_id>/application.pdf

written into a temporary directory first (files fsynced) and renamed into place
last, so a half-written case never appears. ``<data_dir>/index.sqlite3`` maps
idempotency keys to case ids and content hashes and holds the case number
sequence; it survives restarts. Writes are serialised under one lock.

If the process dies after a case directory was renamed into place but before the
index row was committed, the client's retry creates a new case; the orphaned
directory is harmless (its number is never reused).

Access log lines hold only method, path (the random idempotency key) and status.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import logging
import os
import re
import secrets
import socket
import sqlite3
import threading
from datetime import UTC, datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 25 * 1024 * 1024
_KEY_RE = re.compile(r"[A-Za-z0-9_-]{16,64}")
_CASE_RE = re.compile(r"BB-\d{4}-\d{6,}")
_APP_PATH = re.compile(r"/api/v1/applications/([^/?#]+)")
_HEALTH_PATH = "/api/v1/health"
# How often the serve loop checks for stop() (stdlib socketserver design).
_POLL_S = 0.1


class BadRequest(Exception):
    """The request body is not a valid application (answered with 400)."""


class _Conflict(Exception):
    """Same idempotency key, different content (answered with 409)."""


class CaseStore:
    """Case directories plus the idempotency index. Thread-safe (one lock)."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.cases_dir = data_dir / "cases"
        self.cases_dir.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(
            data_dir / "index.sqlite3", isolation_level=None, check_same_thread=False
        )
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS applications (idempotency_key TEXT PRIMARY KEY, "
            "case_id TEXT NOT NULL UNIQUE, content_sha256 TEXT NOT NULL, "
            "vorgangsnummer TEXT NOT NULL, service_id TEXT NOT NULL, stored_at TEXT NOT NULL)"
        )
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS sequences (year INTEGER PRIMARY KEY, last INTEGER NOT NULL)"
        )

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def lookup(self, key: str) -> dict[str, str] | None:
        with self._lock:
            row = self._db.execute(
                "SELECT case_id, vorgangsnummer, service_id, stored_at, content_sha256 "
                "FROM applications WHERE idempotency_key = ?", (key,)
            ).fetchone()
        if row is None:
            return None
        names = ("case_id", "vorgangsnummer", "service_id", "stored_at", "content_sha256")
        return dict(zip(names, row, strict=True))

    def store(self, key: str, body: dict[str, Any], pdf: bytes) -> tuple[bool, dict[str, str]]:
        """Store an application once. Returns (created, {"case_id", "stored_at"})."""
        content_sha = _content_hash(body)
        with self._lock:
            row = self._db.execute(
                "SELECT case_id, stored_at, content_sha256 FROM applications "
                "WHERE idempotency_key = ?", (key,)
            ).fetchone()
            if row is not None:
                if row[2] != content_sha:
                    raise _Conflict
                return False, {"case_id": row[0], "stored_at": row[1]}
            now = datetime.now(UTC)
            case_id = self._next_case_id(now.year)
            stored_at = now.isoformat(timespec="seconds").replace("+00:00", "Z")
            record = {
                "vorgangsnummer": body["vorgangsnummer"],
                "service_id": body["service_id"],
                "idempotency_key": key,
                "stored_at": stored_at,
                "pdf_sha256": body["pdf_sha256"],
                "metadata": body["metadata"],
            }
            self._write_case(case_id, record, pdf)
            self._db.execute(
                "INSERT INTO applications VALUES (?, ?, ?, ?, ?, ?)",
                (key, case_id, content_sha, body["vorgangsnummer"], body["service_id"],
                 stored_at),
            )
            return True, {"case_id": case_id, "stored_at": stored_at}

    def _next_case_id(self, year: int) -> str:
        """Allocate and persist the next number (never reused, even if the write fails)."""
        (last,) = self._db.execute(
            "INSERT INTO sequences (year, last) VALUES (?, 1) "
            "ON CONFLICT(year) DO UPDATE SET last = last + 1 RETURNING last", (year,)
        ).fetchone()
        return f"BB-{year}-{int(last):06d}"

    def _write_case(self, case_id: str, record: dict[str, Any], pdf: bytes) -> None:
        tmp = self.cases_dir / f".tmp-{secrets.token_hex(8)}"
        tmp.mkdir()
        _write_synced(tmp / "metadata.json",
                      json.dumps(record, ensure_ascii=False, indent=2).encode())
        _write_synced(tmp / "application.pdf", pdf)
        _fsync_dir(tmp)
        os.rename(tmp, self.cases_dir / case_id)
        _fsync_dir(self.cases_dir)


def _content_hash(body: dict[str, Any]) -> str:
    canonical = {k: body[k] for k in ("vorgangsnummer", "service_id", "metadata", "pdf_sha256")}
    data = json.dumps(canonical, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(data.encode()).hexdigest()


def _write_synced(path: Path, data: bytes) -> None:
    with path.open("xb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def validate_body(raw: bytes) -> tuple[dict[str, Any], bytes]:
    """Parse and check a PUT body; returns (body, pdf bytes) or raises BadRequest."""
    try:
        body = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BadRequest("body is not valid JSON") from exc
    if not isinstance(body, dict):
        raise BadRequest("body must be a JSON object")
    for name in ("vorgangsnummer", "service_id", "pdf_base64", "pdf_sha256"):
        if not isinstance(body.get(name), str) or not body[name]:
            raise BadRequest(f"'{name}' must be a non-empty string")
    if not isinstance(body.get("metadata"), dict):
        raise BadRequest("'metadata' must be a JSON object")
    try:
        pdf = base64.b64decode(body["pdf_base64"], validate=True)
    except (binascii.Error, ValueError) as exc:
        raise BadRequest("'pdf_base64' is not valid base64") from exc
    if hashlib.sha256(pdf).hexdigest() != body["pdf_sha256"].lower():
        raise BadRequest("'pdf_sha256' does not match the decoded PDF")
    if not pdf.startswith(b"%PDF-"):
        raise BadRequest("'pdf_base64' does not contain a PDF")
    body["pdf_sha256"] = body["pdf_sha256"].lower()
    return body, pdf


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "BuergerbueroIntake/1"
    sys_version = ""
    server: _Server

    # -- plumbing ------------------------------------------------------------------------

    def _send_json(self, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def _error(self, status: int, message: str) -> None:
        self._send_json(status, {"error": message})

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        path = getattr(self, "path", "").split("?", 1)[0]  # unset if the request line was bad
        status = code.value if isinstance(code, HTTPStatus) else code
        log.info("%s %s %s", self.command or "-", path or "-", status)

    def log_message(self, format: str, *args: Any) -> None:
        # Only called for protocol errors; the request line may be garbage, keep it out.
        log.info("intake: request rejected before routing")

    def send_error(self, code: int, message: str | None = None,
                   explain: str | None = None) -> None:
        self.close_connection = True
        self._error(code, HTTPStatus(code).phrase)

    # -- routes ------------------------------------------------------------------------

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        if path == _HEALTH_PATH:
            self._send_json(200, {"status": "ok"})
            return
        match = _APP_PATH.fullmatch(path)
        if match is None:
            self._error(404, "not found")
            return
        record = self.server.store.lookup(match.group(1))
        if record is None:
            self._error(404, "no application with this key")
            return
        record.pop("content_sha256")
        self._send_json(200, record)

    def do_PUT(self) -> None:
        match = _APP_PATH.fullmatch(self.path.split("?", 1)[0])
        if match is None:
            self.close_connection = True
            self._error(404, "not found")
            return
        key = match.group(1)
        length_header = self.headers.get("Content-Length")
        try:
            length = int(length_header) if length_header is not None else -1
        except ValueError:
            length = -1
        if length < 0:
            self.close_connection = True
            self._error(411, "Content-Length required")
            return
        if length > MAX_BODY_BYTES:
            self.close_connection = True  # the body is not read
            self._error(413, f"body larger than {MAX_BODY_BYTES} bytes")
            return
        raw = self.rfile.read(length)
        if not _KEY_RE.fullmatch(key):
            self._error(400, "idempotency key must be 16-64 characters [A-Za-z0-9_-]")
            return
        try:
            body, pdf = validate_body(raw)
            created, result = self.server.store.store(key, body, pdf)
        except BadRequest as exc:
            self._error(400, str(exc))
            return
        except _Conflict:
            self._error(409, "this idempotency key was already used for different content")
            return
        except OSError as exc:
            log.error("intake: storing failed: %s", type(exc).__name__)
            self._error(503, "storage unavailable")
            return
        self._send_json(201 if created else 200, result)

    def do_POST(self) -> None:
        self.close_connection = True
        self._error(405, "method not allowed")

    do_DELETE = do_POST


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], store: CaseStore) -> None:
        self.store = store
        super().__init__(address, _Handler)

    def get_request(self) -> tuple[socket.socket, Any]:
        sock, addr = super().get_request()
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return sock, addr


class IntakeServer:
    """The reference intake server. Binds in the constructor, so :attr:`url` is known."""

    def __init__(self, host: str, port: int, data_dir: Path) -> None:
        self.data_dir = data_dir
        self._store = CaseStore(data_dir)
        try:
            self._httpd = _Server((host, port), self._store)
        except OSError:
            self._store.close()
            raise
        self._thread: threading.Thread | None = None
        self._serving = False

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        host_text = host.decode() if isinstance(host, bytes) else str(host)
        if ":" in host_text:
            host_text = f"[{host_text}]"
        return f"http://{host_text}:{port}"

    def start(self) -> None:
        """Serve in a background thread."""
        self._serving = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, args=(_POLL_S,), name="intake-server", daemon=True
        )
        self._thread.start()

    def serve_forever(self) -> None:
        """Serve on the calling thread until :meth:`stop` is called from another one."""
        self._serving = True
        self._httpd.serve_forever(_POLL_S)

    def stop(self) -> None:
        """Stop serving (waits for the serve loop to end), close the socket and the index."""
        if self._serving:
            self._httpd.shutdown()
            self._serving = False
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        self._store.close()

    def __enter__(self) -> IntakeServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def stored_case(data_dir: Path, case_id: str) -> tuple[dict[str, Any], Path] | None:
    """The stored metadata and PDF path of a case, None if there is no such case."""
    if not _CASE_RE.fullmatch(case_id):
        return None
    case_dir = data_dir / "cases" / case_id
    try:
        metadata = json.loads((case_dir / "metadata.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    pdf_path = case_dir / "application.pdf"
    if not isinstance(metadata, dict) or not pdf_path.is_file():
        return None
    return metadata, pdf_path
