"""The reference intake server over real HTTP on 127.0.0.1, and the client against it."""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import re
import signal
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from helpers_sync import DISTINCTIVE_NAME, free_port, make_app, make_pdf

from kiosk.errors import NetworkError, ServerRefused
from sync.intake_server import MAX_BODY_BYTES, IntakeServer, stored_case
from sync.protocol import IntakeClient, RetryLater, parse_retry_after, request_body


@pytest.fixture
def server(tmp_path: Path) -> Iterator[IntakeServer]:
    srv = IntakeServer("127.0.0.1", 0, tmp_path / "intake")
    srv.start()
    yield srv
    srv.stop()


def _put(server: IntakeServer, key: str, body: Any) -> requests.Response:
    return requests.put(f"{server.url}/api/v1/applications/{key}", json=body, timeout=5)


def test_put_stores_case_on_disk(server: IntakeServer) -> None:
    app = make_app()
    response = _put(server, app.idempotency_key, request_body(app))
    assert response.status_code == 201
    body = response.json()
    assert re.fullmatch(r"BB-\d{4}-000001", body["case_id"])
    assert body["stored_at"].endswith("Z")
    assert response.headers["Content-Length"] == str(len(response.content))

    stored = stored_case(server.data_dir, body["case_id"])
    assert stored is not None
    metadata, pdf_path = stored
    assert pdf_path.read_bytes() == app.pdf
    assert metadata["metadata"]["familienname"] == DISTINCTIVE_NAME
    assert metadata["vorgangsnummer"] == app.vorgangsnummer
    assert metadata["service_id"] == app.service_id
    assert metadata["idempotency_key"] == app.idempotency_key
    assert metadata["pdf_sha256"] == hashlib.sha256(app.pdf).hexdigest()
    assert metadata["stored_at"] == body["stored_at"]
    # No temporary directories are left behind.
    assert [p.name for p in (server.data_dir / "cases").iterdir()] == [body["case_id"]]
    assert stored_case(server.data_dir, "../index.sqlite3") is None
    assert stored_case(server.data_dir, "BB-2026-999999") is None


def test_repeat_is_idempotent_and_conflict_is_refused(server: IntakeServer) -> None:
    app = make_app()
    first = _put(server, app.idempotency_key, request_body(app))
    again = _put(server, app.idempotency_key, request_body(app))
    assert first.status_code == 201
    assert again.status_code == 200
    assert again.json() == first.json()

    changed = request_body(make_app(key=app.idempotency_key, name="Somebody-Else"))
    conflict = _put(server, app.idempotency_key, changed)
    assert conflict.status_code == 409
    assert "error" in conflict.json()
    assert "Somebody-Else" not in conflict.text
    assert len(list((server.data_dir / "cases").iterdir())) == 1


def test_bad_requests(server: IntakeServer) -> None:
    key = uuid.uuid4().hex
    url = f"{server.url}/api/v1/applications/{key}"
    not_json = requests.put(url, data=b"{not json", timeout=5)
    assert not_json.status_code == 400
    assert "JSON" in not_json.json()["error"]

    body = request_body(make_app())
    body["pdf_sha256"] = "0" * 64
    mismatch = _put(server, key, body)
    assert mismatch.status_code == 400
    assert "pdf_sha256" in mismatch.json()["error"]

    not_pdf = b"GIF89a not a pdf"
    body = request_body(make_app(pdf=not_pdf))
    assert _put(server, key, body).status_code == 400

    body = request_body(make_app())
    del body["service_id"]
    assert _put(server, key, body).status_code == 400
    assert _put(server, "short", request_body(make_app())).status_code == 400
    assert not (server.data_dir / "cases").exists() or not any(
        (server.data_dir / "cases").iterdir())
    # The key is still free after the refusals.
    assert _put(server, key, request_body(make_app(key=key))).status_code == 201


def test_oversized_body_is_refused_unread(server: IntakeServer) -> None:
    import http.client

    conn = http.client.HTTPConnection("127.0.0.1", int(server.url.rsplit(":", 1)[1]), timeout=5)
    conn.putrequest("PUT", f"/api/v1/applications/{uuid.uuid4().hex}")
    conn.putheader("Content-Type", "application/json")
    conn.putheader("Content-Length", str(MAX_BODY_BYTES + 1))
    conn.endheaders()
    response = conn.getresponse()
    assert response.status == 413
    assert "error" in json.loads(response.read())
    conn.close()


def test_get_by_key_and_health(server: IntakeServer) -> None:
    app = make_app()
    case_id = _put(server, app.idempotency_key, request_body(app)).json()["case_id"]
    found = requests.get(f"{server.url}/api/v1/applications/{app.idempotency_key}", timeout=5)
    assert found.status_code == 200
    assert found.json()["case_id"] == case_id
    assert found.json()["vorgangsnummer"] == app.vorgangsnummer
    assert set(found.json()) == {"case_id", "vorgangsnummer", "service_id", "stored_at"}
    missing = requests.get(f"{server.url}/api/v1/applications/{uuid.uuid4().hex}", timeout=5)
    assert missing.status_code == 404
    health = requests.get(f"{server.url}/api/v1/health", timeout=5)
    assert health.json() == {"status": "ok"}
    assert IntakeClient(server.url).health() is True


def test_restart_keeps_idempotency_and_numbering(tmp_path: Path) -> None:
    data = tmp_path / "intake"
    app = make_app()
    first = IntakeServer("127.0.0.1", 0, data)
    first.start()
    case_1 = IntakeClient(first.url).submit(app)
    first.stop()

    second = IntakeServer("127.0.0.1", 0, data)
    second.start()
    try:
        client = IntakeClient(second.url)
        assert client.submit(app) == case_1
        case_2 = client.submit(make_app())
        with pytest.raises(ServerRefused):
            client.submit(make_app(key=app.idempotency_key, name="Changed"))
    finally:
        second.stop()
    assert case_1.endswith("-000001")
    assert case_2.endswith("-000002")


def test_access_log_has_no_personal_data(server: IntakeServer,
                                         caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="sync.intake_server")
    app = make_app()
    IntakeClient(server.url).submit(app)
    lines = [r.getMessage() for r in caplog.records]
    assert any(f"PUT /api/v1/applications/{app.idempotency_key} 201" in line for line in lines)
    assert not any(DISTINCTIVE_NAME in line or app.vorgangsnummer in line for line in lines)


def test_client_errors(server: IntakeServer) -> None:
    closed = IntakeClient(f"http://127.0.0.1:{free_port()}", timeout_s=2)
    with pytest.raises(NetworkError) as info:
        closed.submit(make_app())
    assert info.value.message.context == "Sync"
    assert DISTINCTIVE_NAME not in str(info.value) + info.value.detail
    assert closed.health() is False

    bad = IntakeClient(server.url)
    with pytest.raises(ServerRefused) as refused:
        bad.submit(make_app(pdf=b"not a pdf"))
    assert "400" in refused.value.message.untranslated()


def test_retry_after_parsing() -> None:
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == 10.0


def test_retryable_statuses_raise_retry_later(tmp_path: Path) -> None:
    """A stub server answering 503 + Retry-After (the real one does so only on disk errors)."""
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    class Busy(BaseHTTPRequestHandler):
        def do_PUT(self) -> None:
            self.rfile.read(int(self.headers["Content-Length"]))
            self.send_response(503)
            self.send_header("Retry-After", "12")
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    httpd = HTTPServer(("127.0.0.1", 0), Busy)
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        client = IntakeClient(f"http://127.0.0.1:{httpd.server_address[1]}")
        with pytest.raises(RetryLater) as info:
            client.submit(make_app())
        assert info.value.retry_after_s == 12.0
        assert isinstance(info.value, NetworkError)
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_cli_intake_server_runs_until_sigterm(tmp_path: Path) -> None:
    code = ("import argparse,sys; from sync.cli import add_commands; p=argparse.ArgumentParser();"
            "add_commands(p.add_subparsers()); a=p.parse_args(sys.argv[1:]); sys.exit(a.func(a))")
    proc = subprocess.Popen(
        [sys.executable, "-c", code, "intake-server", "--host", "127.0.0.1", "--port", "0",
         "--data", str(tmp_path / "cli-intake")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:")
        app = make_app()
        assert IntakeClient(url).submit(app).startswith("BB-")
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert (tmp_path / "cli-intake" / "index.sqlite3").exists()


def test_request_body_shape() -> None:
    app = make_app()
    body = request_body(app)
    assert base64.b64decode(body["pdf_base64"]) == make_pdf()
    assert body["pdf_sha256"] == hashlib.sha256(make_pdf()).hexdigest()
    assert set(body) == {"vorgangsnummer", "service_id", "metadata", "pdf_base64", "pdf_sha256"}
