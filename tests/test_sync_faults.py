"""Fault matrix: the real worker against the real intake server behind a fault-injecting
proxy (500, 503 + Retry-After, 429, timeouts, resets mid-upload, truncated answers, the
server restarted with an empty memory), and TLS. Every application arrives exactly once."""

from __future__ import annotations

import hashlib
import time
from collections import Counter
from pathlib import Path

import pytest
from helpers_faults import FaultProxy
from helpers_sync import RecordingListener, make_app, make_pdf, tokens_for
from helpers_trust import make_server_tls

from kiosk.base.errors import NetworkError
from sync.outbox import Outbox
from sync.protocol import UNTRUSTED, IntakeClient
from sync.reference import pki
from sync.reference.server import IntakeServer, stored_cases
from sync.worker import SyncWorker


def _port(url: str) -> int:
    return int(url.rsplit(":", 1)[1])


def _enqueue(db: Path, key: Path, count: int, prefix: str) -> dict[str, str]:
    expected = {}
    box = Outbox(db, key, recover_interrupted=False)
    for i in range(count):
        app = make_app(vorgangsnummer=f"{prefix}-{i}", pdf=make_pdf(f"{prefix}-{i}".encode()))
        box.enqueue(app)
        expected[app.vorgangsnummer] = hashlib.sha512(app.pdf).hexdigest()
    box.close()
    return expected


def _assert_exactly_once(intake_dir: Path, expected: dict[str, str]) -> None:
    cases = stored_cases(intake_dir)
    counts = Counter(meta["vorgangsnummer"] for meta, _pdf in cases)
    assert set(counts) == set(expected), "lost applications"
    assert max(counts.values()) == 1, "duplicated applications"
    for meta, pdf in cases:
        assert hashlib.sha512(pdf.read_bytes()).hexdigest() == expected[meta["vorgangsnummer"]]
        assert meta["pdf_sha512"] == expected[meta["vorgangsnummer"]]


def _confirmed(count: int):  # type: ignore[no-untyped-def]
    return lambda rec: bool(rec.statuses) and rec.statuses[-1].sent == count


def test_fault_matrix_delivers_everything_exactly_once(tmp_path: Path) -> None:
    db, key = tmp_path / "kiosk" / "outbox.sqlite3", tmp_path / "kiosk" / "terminal.key"
    intake_dir = tmp_path / "intake"
    server = IntakeServer("127.0.0.1", 0, intake_dir, check_signatures=False)
    server.start()
    proxy = FaultProxy(_port(server.url), stall_s=1.0)
    expected = _enqueue(db, key, 6, "F")
    # Each fault hits a different step of the protocol (destination key, announce,
    # upload, complete, status reads), several after the server already acted.
    proxy.script("500", "pass", "503", "pass", "429", "timeout", "pass", "pass",
                 "reset_mid_upload", "pass", "truncate", "pass", "pass",
                 "timeout_after_forward", "pass", "truncate", "truncate", "pass",
                 "reset_mid_upload", "500", "pass", "timeout_after_forward")
    listener = RecordingListener()
    trust = server.key_trust
    tokens = tokens_for(proxy.url, intake_dir)
    worker = SyncWorker(db, key, lambda: IntakeClient(proxy.url, timeout_s=0.5, key_trust=trust,
                                                      tokens=tokens),
                        listener,
                        backoff_base_s=0.02, backoff_cap_s=0.1, offline_poll_s=0.1)
    worker.start()
    try:
        assert listener.wait_for(lambda rec: bool(rec.statuses) and rec.statuses[-1].sent >= 2,
                                 timeout=30)
        # The server restarts with an empty memory (same disk), on another port.
        server.stop()
        proxy.script("pass")  # the next request finds nobody upstream: 502
        server = IntakeServer("127.0.0.1", 0, intake_dir, check_signatures=False)
        server.start()
        proxy.upstream_port = _port(server.url)
        expected.update(_enqueue(db, key, 4, "G"))
        proxy.script("truncate", "pass", "503", "timeout_after_forward")
        worker.wake()
        assert listener.wait_for(_confirmed(10), timeout=60), listener.statuses[-1:]
    finally:
        worker.stop()
        server.stop()
        proxy.close()
    faults = Counter(fault for *_rest, fault in proxy.log)
    for fault in ("500", "503", "429", "timeout", "timeout_after_forward",
                  "reset_mid_upload", "truncate"):
        assert faults[fault] >= 1, f"{fault} was never injected"
    _assert_exactly_once(intake_dir, expected)
    assert ("sent" in {s for _v, s, _c in listener.items})


def test_retry_after_is_honoured(tmp_path: Path) -> None:
    db, key = tmp_path / "outbox.sqlite3", tmp_path / "terminal.key"
    with IntakeServer("127.0.0.1", 0, tmp_path / "intake", check_signatures=False) as server:
        server.start()
        proxy = FaultProxy(_port(server.url))
        expected = _enqueue(db, key, 1, "R")
        # token, destination fine, then announce: 503 Retry-After: 1
        proxy.script("pass", "pass", "503")
        listener = RecordingListener()
        trust = server.key_trust
        tokens = tokens_for(proxy.url, tmp_path / "intake")
        worker = SyncWorker(db, key, lambda: IntakeClient(proxy.url, timeout_s=2,
                                                          key_trust=trust, tokens=tokens),
                            listener,
                            backoff_base_s=0.01, backoff_cap_s=0.02, offline_poll_s=5)
        worker.start()
        try:
            assert listener.wait_for(_confirmed(1), timeout=20)
        finally:
            worker.stop()
            proxy.close()
        _assert_exactly_once(tmp_path / "intake", expected)
    times = [t for t, *_rest in proxy.log]
    refused = next(i for i, entry in enumerate(proxy.log) if entry[3] == "503")
    assert times[refused + 1] - times[refused] >= 0.95  # waited as told, not the 20 ms backoff


def test_tls_untrusted_certificate_is_refused_then_trusted_ca_works(tmp_path: Path) -> None:
    ca, cert, cert_key = make_server_tls(tmp_path)
    db, key = tmp_path / "outbox.sqlite3", tmp_path / "terminal.key"
    with IntakeServer("127.0.0.1", 0, tmp_path / "intake", tls=(cert, cert_key),
                      check_signatures=False) as server:
        server.start()
        assert server.url.startswith("https://127.0.0.1:")
        with pytest.raises(NetworkError) as info:
            IntakeClient(server.url, key_trust=server.key_trust,
                         timeout_s=5).destination_key(server.destination_id)  # TLS first
        assert info.value.message == UNTRUSTED
        assert "TLS" in info.value.detail
        expected = _enqueue(db, key, 2, "T")
        trust = server.key_trust
        tokens = server.sender_tokens()
        untrusted = SyncWorker(db, key, lambda: IntakeClient(server.url, key_trust=trust,
                                                             timeout_s=5, tokens=tokens),
                               RecordingListener(), backoff_base_s=0.01)
        assert untrusted.run_once()["queued"] == 2  # nothing sent, nothing lost
        assert not stored_cases(tmp_path / "intake")
        box = Outbox(db, key)
        assert all("TLS" in item["last_error"] for item in box.list_items())
        box.make_due_now()
        box.close()
        trusted = SyncWorker(db, key,
                             lambda: IntakeClient(server.url, key_trust=trust, timeout_s=5,
                                                  ca_file=str(ca), tokens=tokens),
                             RecordingListener())
        assert trusted.run_once()["sent"] == 2
        _assert_exactly_once(tmp_path / "intake", expected)


def test_network_return_makes_waiting_items_due(tmp_path: Path) -> None:
    """Offline with a long backoff: when the health check succeeds again, items go at once."""
    from helpers_sync import free_port

    db, key = tmp_path / "outbox.sqlite3", tmp_path / "terminal.key"
    port = free_port()
    expected = _enqueue(db, key, 1, "N")
    listener = RecordingListener()
    trust = pki.trust(tmp_path / "intake")  # the server below: its files appear when it starts
    tokens = tokens_for(f"http://127.0.0.1:{port}", tmp_path / "intake")
    worker = SyncWorker(db, key, lambda: IntakeClient(f"http://127.0.0.1:{port}", timeout_s=1,
                                                      key_trust=trust, tokens=tokens),
                        listener, backoff_base_s=60.0, backoff_cap_s=60.0, offline_poll_s=0.1)
    worker.start()
    server = None
    try:
        assert listener.wait_for(lambda rec: False in rec.online, timeout=10)
        box = Outbox(db, key, recover_interrupted=False)
        box.database.execute("UPDATE outbox SET next_attempt_at = ?", [time.time() + 600])
        box.close()
        server = IntakeServer("127.0.0.1", port, tmp_path / "intake", check_signatures=False)
        server.start()
        assert listener.wait_for(_confirmed(1), timeout=10)
    finally:
        worker.stop()
        if server is not None:
            server.stop()
    _assert_exactly_once(tmp_path / "intake", expected)


def test_a_get_is_asked_again_on_a_kept_alive_connection_the_server_closed_a_post_never() -> None:
    """A server that answers the first request of each connection and drops the
    connection at the second (as an idle timeout does when it strikes just as a request
    comes): the GET is sent again on a new connection; the POST is not, since a second
    POST would be a second submission (the outbox retries the item instead)."""
    import socket
    import threading

    import requests

    from sync.protocol import IntakeClient

    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    seen: list[str] = []

    def connection(conn: socket.socket) -> None:
        with conn:
            for answered in (True, False):
                request = conn.recv(65536).decode("latin-1")
                if not request:
                    return
                seen.append(request.split(" ", 1)[0])
                if not answered:
                    return  # dropped without an answer
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                             b"Content-Length: 2\r\nConnection: keep-alive\r\n\r\n{}")

    def serve() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            threading.Thread(target=connection, args=(conn,), daemon=True).start()

    threading.Thread(target=serve, daemon=True).start()
    url = f"http://127.0.0.1:{port}/x"
    try:
        session = IntakeClient(f"http://127.0.0.1:{port}", timeout_s=5).session
        assert session.get(url, timeout=5).json() == {}
        assert session.get(url, timeout=5).json() == {}  # dropped, asked again: answered
        assert seen == ["GET", "GET", "GET"]
        with pytest.raises(requests.ConnectionError):
            session.post(url, data=b"{}", timeout=5)  # on the kept connection: dropped
        assert seen.count("POST") == 1  # and not sent again
    finally:
        listener.close()
