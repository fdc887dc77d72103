"""Issue 15: the servers of sync/httpd.py under abuse, with real sockets and real ``ssl``
clients on 127.0.0.1: a flood of costly handshakes and garbage does not hold up a real
client (handshakes run off the loop), a server that closes after an error answer
lingers so that the answer is read (plain and TLS), and not for ever; a client beyond
the connection cap gets 503 over TLS too, failed handshakes are logged within a
budget, a changed certificate is taken without a restart (a broken one is not), no
TLS 1.2 session tickets, ALPN says http/1.1."""

from __future__ import annotations

import contextlib
import http.client
import logging
import os
import socket
import ssl
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers_trust import make_server_tls
from test_http_tls import (
    BIG,
    TIMEOUT_S,
    _answer,
    _app,
    _client_hello,
    _render,
    _wait_until,
    client,
)

from sync.httpd import CertificateFiles, HttpServer, Limits, Render
from sync.httpd_tlschannel import FailureLog

FLOOD = 50  # connections that only handshake, or send garbage, over and over
FLOOD_FROM = "127.0.0.2"  # another machine than the real clients' (127.0.0.1)


@contextlib.contextmanager
def serving(tmp_path: Path, *, rsa_bits: int = 0, plain: bool = False,
            limits: Limits | None = None, render: Render = _render,
            name: str = "tls load test") -> Iterator[tuple[HttpServer, ssl.SSLContext]]:
    ca, cert, key = make_server_tls(tmp_path, rsa_bits)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server = HttpServer(_app, "127.0.0.1", 0, name=name, render=render,
                        tls=None if plain else context,
                        limits=limits or Limits(request_timeout_s=TIMEOUT_S, threads=4))
    server.start()
    try:
        yield server, ssl.create_default_context(cafile=str(ca))
    finally:
        server.stop()


_FLOOD_SCRIPT = """
import contextlib, select, socket, sys, time
host, port, count, source = sys.argv[1], int(sys.argv[2]), int(sys.argv[4]), sys.argv[5]
hello = bytes.fromhex(sys.argv[3])
rounds = 0
while True:
    socks = [socket.create_connection((host, port), timeout=5, source_address=(source, 0))
             for _ in range(count)]
    time.sleep(0.05)  # accepted, one by one
    for n, sock in enumerate(socks):
        sock.sendall(hello if n % 5 else b"\\x16\\x03\\x01\\x00\\x05garbage" * 3)
    waiting, end = list(socks), time.monotonic() + 5
    while waiting and time.monotonic() < end:
        for sock in select.select(waiting, [], [], 0.1)[0]:
            with contextlib.suppress(OSError):
                sock.recv(65536)
            waiting.remove(sock)
    for sock in socks:
        sock.close()
    rounds += 1
    if rounds == 2:
        print("flooding", flush=True)
"""


@contextlib.contextmanager
def _flood(address: tuple[str, int]) -> Iterator[subprocess.Popen[str]]:
    """``FLOOD`` connections from another process (a GIL of its own), each sending a real
    ClientHello at once (the server computes a key share and a signature for each: the
    costly part of a handshake; the client nothing) or, one in five, garbage; once all
    are answered, again. Yields once it floods; killed after."""
    flood = subprocess.Popen(
        [sys.executable, "-c", _FLOOD_SCRIPT, address[0], str(address[1]),
         _client_hello().hex(), str(FLOOD), FLOOD_FROM],
        stdout=subprocess.PIPE, text=True)
    try:
        assert flood.stdout is not None
        assert flood.stdout.readline() == "flooding\n"
        yield flood
    finally:
        flood.kill()
        flood.wait(10)


def _answer_times(tls: ssl.SSLSocket, seconds: float) -> list[float]:
    """The time of each answer, one request after the other, for ``seconds``."""
    times: list[float] = []
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        started = time.perf_counter()
        assert _answer(tls) == b"hello"
        times.append(time.perf_counter() - started)
    return times


def test_a_flood_of_costly_handshakes_does_not_hold_up_a_real_client(tmp_path: Path) -> None:
    """The server's key is RSA 4096 (about 2 ms a signature here): 50 connections that
    send ClientHellos as fast as the server answers them would cost a loop that did the
    handshakes itself 50 signatures before each request of a real client. Off the
    loop, the real client's answers come about as fast as without the flood, and a new
    client's handshake finishes within the request deadline."""
    with serving(tmp_path, rsa_bits=4096) as (server, context), \
            client(server, context) as tls:
        _answer_times(tls, 0.1)  # warm
        quiet = _answer_times(tls, 1.0)
        with _flood(server.server_address):
            flooded = _answer_times(tls, 1.0)
            fresh_times = []
            for _ in range(5):  # new connections: each one's handshake, then an answer
                started = time.monotonic()
                with client(server, context) as fresh:
                    assert _answer(fresh, close=True) == b"hello"
                fresh_times.append(time.monotonic() - started)
            fresh_s = max(fresh_times)
            for name, times in (("quiet", quiet), ("flooded", flooded)):
                q = statistics.quantiles(times, n=10)
                print(f"{name}: {len(times)} answers, median {q[4] * 1000:.2f} ms, "
                      f"p90 {q[8] * 1000:.2f} ms, max {max(times) * 1000:.1f} ms")
            print("new clients " + ", ".join(f"{t * 1000:.0f}" for t in fresh_times) + " ms")
        assert fresh_s < TIMEOUT_S
        assert len(flooded) > len(quiet) / 8, (len(quiet), len(flooded))


@pytest.mark.parametrize("scheme", ["http", "https"])
def test_a_port_already_taken_leaves_no_thread_or_descriptor_behind(
        tmp_path: Path, scheme: str) -> None:
    """Waitress starts its workers and its trigger's pipe before it binds: each start on
    a taken port left 16 threads and three descriptors behind (a tablet started again
    and again on a busy port would pile them up)."""
    _, cert, key = make_server_tls(tmp_path)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        threads, descriptors = threading.active_count(), len(os.listdir("/proc/self/fd"))
        for _ in range(3):
            with pytest.raises(OSError, match="in use"):
                HttpServer(_app, "127.0.0.1", taken.getsockname()[1], name="taken",
                           render=_render, tls=context if scheme == "https" else None,
                           limits=Limits(request_timeout_s=TIMEOUT_S, threads=16))
        assert _wait_until(lambda: threading.active_count() == threads, 5), \
            [t.name for t in threading.enumerate()]
        assert len(os.listdir("/proc/self/fd")) == descriptors


def test_handshake_steps_take_the_addresses_in_turn() -> None:
    """One thread, held busy; 50 steps from one address, then one from another: the
    other's runs second, not 51st (one queue for all made a new client wait behind
    every ClientHello of a flood: about 2 s at 1,000 connections)."""
    from sync.httpd_handshakes import FairHandshakes

    steps = FairHandshakes(1, "fair test")
    ran: list[str] = []
    busy, started, done = threading.Event(), threading.Event(), threading.Event()
    try:
        steps.submit("10.0.0.66", lambda: (started.set(), busy.wait()))
        assert started.wait(10)  # the thread is in the flood's first step meanwhile
        for n in range(50):
            steps.submit("10.0.0.66", lambda n=n: ran.append(f"flood {n}"))
        steps.submit("10.0.0.7", lambda: ran.append("clerk"))
        steps.submit("10.0.0.66", lambda: (ran.append("flood last"), done.set()))
        busy.set()
        assert done.wait(10)
    finally:
        steps.shutdown()
    assert ran[:2] == ["flood 0", "clerk"], ran[:5]
    assert len(ran) == 52
    assert ran[-1] == "flood last"


def test_a_failing_step_does_not_end_its_thread(caplog: pytest.LogCaptureFixture) -> None:
    from sync.httpd_handshakes import FairHandshakes

    steps = FairHandshakes(1, "fair test")
    done = threading.Event()
    try:
        steps.submit("a", lambda: 1 / 0)  # type: ignore[func-returns-value]
        steps.submit("a", done.set)
        assert done.wait(10)
    finally:
        steps.shutdown()
    assert "a handshake step failed (ZeroDivisionError)" in caplog.text


def _long_render(code: int, detail: str) -> tuple[str, bytes]:
    """An error answer larger than the client's receive window (below)."""
    return "text/plain", detail.encode() + b"\n" + b"." * 65536


@pytest.mark.parametrize("scheme", ["http", "https"])
def test_an_oversized_upload_still_reads_its_413(tmp_path: Path, scheme: str) -> None:
    """The client announces 10 MB (the server takes 64 KB) and sends 4 MB of it before
    it reads: the server answers 413 on the head and closes. Its answer (64 KB) is
    larger than the client's receive window (4 KB), so most of it still waits in the
    server's kernel when the server closes: closed at once, with the client's bytes
    unread, the kernel would drop it and send a reset. Lingering, the server shuts its
    side (a FIN behind the answer), drops what still comes, and the 413 arrives whole."""
    limits = Limits(request_timeout_s=TIMEOUT_S, threads=4, max_body_bytes=65536)
    with serving(tmp_path, plain=scheme == "http", limits=limits, render=_long_render) \
            as (server, context):
        for _ in range(2):
            raw = socket.socket()
            raw.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            raw.settimeout(10)
            raw.connect(server.server_address)
            with context.wrap_socket(raw, server_hostname="127.0.0.1") \
                    if scheme == "https" else raw as sock:
                sock.sendall(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                             b"Content-Length: 10000000\r\n\r\n")
                with contextlib.suppress(OSError):  # a reset: the answer is lost too
                    for _ in range(64):
                        sock.sendall(b"x" * 65536)
                time.sleep(0.2)  # the server has answered and closed before the client reads
                response = http.client.HTTPResponse(sock)  # type: ignore[arg-type]
                response.begin()
                assert response.status == 413
                body = response.read()
                assert body.startswith(b"the body is larger than 65536 bytes")
                assert len(body) == len(_long_render(413, "")[1]) + 35
        assert _wait_until(lambda: server.connections == 0, 5), server.connections


def test_lingering_ends_for_a_client_that_never_stops_sending(tmp_path: Path) -> None:
    """After its 413 (and the server's FIN) the client goes on sending, a little at a
    time: the server drops it for the lingering time (here the 1 s request deadline),
    then closes, and the client's next bytes are refused."""
    limits = Limits(request_timeout_s=TIMEOUT_S, threads=4, max_body_bytes=65536)
    with serving(tmp_path, plain=True, limits=limits) as (server, _context), \
            socket.create_connection(server.server_address, timeout=10) as sock:
        sock.sendall(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10000000\r\n\r\n")
        answer = b""
        while chunk := sock.recv(65536):  # to the server's FIN
            answer += chunk
        assert answer.startswith(b"HTTP/1.1 413 ")
        lingered = time.monotonic()
        with contextlib.suppress(OSError):
            while time.monotonic() - lingered < 10:  # a bound, not a measure
                sock.send(b"x" * 1024)
                time.sleep(0.05)
        ended_s = time.monotonic() - lingered
        assert ended_s < 4 * TIMEOUT_S, ended_s
        assert _wait_until(lambda: server.connections == 0, 5), server.connections


@pytest.mark.parametrize("scheme", ["https", "http"])
def test_beyond_the_cap_a_client_reads_503_with_retry_after(tmp_path: Path,
                                                            scheme: str) -> None:
    """Two connections allowed and held: a third gets ``503`` with ``Retry-After`` (over
    TLS after a full handshake, then close_notify), and once one of the two is gone the
    next client is served."""
    limits = Limits(request_timeout_s=5.0, threads=4, max_connections=2)
    with serving(tmp_path, plain=scheme == "http", limits=limits) as (server, context), \
            contextlib.ExitStack() as held:

        def connect() -> socket.socket:
            raw = socket.create_connection(server.server_address, timeout=10)
            return context.wrap_socket(raw, server_hostname="127.0.0.1",
                                       suppress_ragged_eofs=False) \
                if scheme == "https" else raw

        first = held.enter_context(connect())
        held.enter_context(connect())
        assert _wait_until(lambda: server.connections == 2, 5)
        for _ in range(3):
            with connect() as third:
                third.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
                answer = b""
                while chunk := third.recv(65536):  # to close_notify (TLS: no ragged EOF)
                    answer += chunk
                head = answer.decode()
                assert head.startswith("HTTP/1.1 503 Service Unavailable\r\n"), head
                assert "\r\nRetry-After: 1\r\n" in head, head
        first.close()
        assert _wait_until(lambda: server.connections <= 1, 5), server.connections
        with connect() as fourth:
            fourth.sendall(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            response = http.client.HTTPResponse(fourth)  # type: ignore[arg-type]
            response.begin()
            assert response.status == 200
            assert response.read() == b"hello"


def test_clients_stalling_in_their_handshake_hold_no_refusal_for_long(
        tmp_path: Path) -> None:
    """Beyond the cap, ``REFUSALS`` (16) connections are answered 503 at a time, over TLS
    after their handshake. Sixteen that connect and never send a ClientHello take all
    of them; they are closed after ``REFUSAL_S`` (not the request deadline, 20 s here),
    so the next client reads its 503 within seconds instead of being cut off."""
    from sync.httpd import REFUSALS
    from sync.httpd_channel import REFUSAL_S

    limits = Limits(request_timeout_s=20.0, threads=4, max_connections=2)
    with serving(tmp_path, limits=limits) as (server, context), \
            contextlib.ExitStack() as held:
        for _ in range(2):
            held.enter_context(socket.create_connection(server.server_address, timeout=10))
        assert _wait_until(lambda: server.connections == 2, 5)
        started = time.monotonic()
        stalling = [held.enter_context(socket.create_connection(server.server_address,
                                                                timeout=10))
                    for _ in range(REFUSALS)]
        assert _wait_until(lambda: server.connections == 2 + REFUSALS, 5)
        for sock in stalling:  # each closed by the server: EOF (or a reset)
            with contextlib.suppress(ConnectionResetError):
                assert sock.recv(1) == b""
        closed_after = time.monotonic() - started
        assert closed_after < REFUSAL_S + 3, closed_after  # far below the 20 s deadline
        raw = socket.create_connection(server.server_address, timeout=10)
        with context.wrap_socket(raw, server_hostname="127.0.0.1") as late:
            late.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
            head = late.recv(65536).decode()
        assert head.startswith("HTTP/1.1 503 Service Unavailable\r\n"), head


@pytest.mark.parametrize("scheme", ["http", "https"])
def test_a_client_that_half_closes_after_its_request_reads_the_whole_answer(
        tmp_path: Path, scheme: str) -> None:
    """Some clients shut their sending side once the request is out (TCP's half-close;
    over TLS, below the TLS layer). The server must still answer it, a large answer
    too, and close only after it."""
    with serving(tmp_path, plain=scheme == "http") as (server, context):
        for path, size in (("/", 5), ("/big", len(BIG))):
            raw = socket.create_connection(server.server_address, timeout=10)
            with context.wrap_socket(raw, server_hostname="127.0.0.1") \
                    if scheme == "https" else raw as sock:
                sock.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
                with socket.socket(fileno=os.dup(sock.fileno())) as same:
                    same.shutdown(socket.SHUT_WR)  # the TCP half-close, TLS untouched
                answer = b""
                while chunk := sock.recv(65536):
                    answer += chunk
            head, _, body = answer.partition(b"\r\n\r\n")
            assert head.startswith(b"HTTP/1.1 200 OK"), head
            assert len(body) == size, (path, len(body))


def test_failed_handshakes_are_logged_ten_a_minute(tmp_path: Path,
                                                    caplog: pytest.LogCaptureFixture) -> None:
    """25 connections send garbage instead of a ClientHello: ten log lines, no address
    and no byte of theirs in any; the server goes on."""
    caplog.set_level(logging.INFO, logger="sync.httpd")
    with serving(tmp_path, name="garbage test") as (server, context):
        for _ in range(25):
            with socket.create_connection(server.server_address, timeout=10) as sock:
                sock.sendall(b"\x16\x03\x01\x00\x20" + b"Mustermann" * 4)
                with contextlib.suppress(OSError):
                    while sock.recv(4096):
                        pass
        with client(server, context) as tls:
            assert _answer(tls) == b"hello"
    lines = [r.getMessage() for r in caplog.records
             if r.getMessage().startswith("garbage test: ")]  # not an earlier test's server
    assert len(lines) == 10, lines
    assert all("TLS handshake ended" in line for line in lines), lines
    assert not [line for line in lines if "127.0.0.1" in line or "Muster" in line]


def test_the_failures_not_logged_are_summed_up_once_the_minute_is_over(
        caplog: pytest.LogCaptureFixture) -> None:
    now = [1000.0]
    failures = FailureLog("test", clock=lambda: now[0])
    caplog.set_level(logging.INFO, logger="sync.httpd")
    for _ in range(25):
        failures.note_failure("handshake", "WRONG_VERSION_NUMBER")
    failures.tick(now[0] + 59)  # not yet
    assert len(caplog.records) == 10
    now[0] += 61
    failures.tick(now[0])  # the loop's tick: the summary, though no failure came since
    assert caplog.records[-1].getMessage() == (
        "test: 15 more failed TLS handshakes or connections in the last minute "
        "(10 logged one by one)")
    failures.tick(now[0] + 120)  # nothing unlogged: no line
    failures.note_failure("handshake", "WRONG_VERSION_NUMBER")  # a new minute: logged again
    assert len(caplog.records) == 12
    assert caplog.records[-1].getMessage() == \
        "test: TLS handshake ended (WRONG_VERSION_NUMBER)"


def _peer_certificate(server: HttpServer, context: ssl.SSLContext) -> bytes:
    with client(server, context) as tls:
        assert _answer(tls) == b"hello"
        der = tls.getpeercert(binary_form=True)
        assert der is not None
        return der


def _der(pem: Path) -> bytes:
    return ssl.PEM_cert_to_DER_cert(pem.read_text())


def _replace(path: Path, data: bytes) -> None:
    """As a renewal job writes a file: beside it, then renamed over it."""
    path.with_suffix(".new").write_bytes(data)
    path.with_suffix(".new").replace(path)


def test_a_changed_certificate_is_taken_without_a_restart_and_a_broken_one_is_not(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """The certificate and key files are replaced (a new CA, too) while the server runs: new
    connections get the new certificate within a check (0.2 s here), one already open
    goes on. Then a key that does not match, a key that is not PEM, an expired
    certificate and one not valid yet (with their keys): one error line each, and the
    server goes on with the certificate it has."""
    caplog.set_level(logging.INFO, logger="sync.httpd")
    for folder in ("new", "other", "expired", "early"):
        (tmp_path / folder).mkdir()
    old_ca, cert, key = make_server_tls(tmp_path)
    new_ca, new_cert, new_key = make_server_tls(tmp_path / "new")
    _, _, other_key = make_server_tls(tmp_path / "other")
    _, expired_cert, expired_key = make_server_tls(tmp_path / "expired",
                                                   valid_days=(-30, -1))
    _, early_cert, early_key = make_server_tls(tmp_path / "early", valid_days=(2, 30))

    def errors() -> list[str]:
        return [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]

    trusting = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # any certificate: compared below
    trusting.check_hostname, trusting.verify_mode = False, ssl.CERT_NONE
    files = CertificateFiles(cert, key, check_s=0.2, name="tls load test")
    server = HttpServer(_app, "127.0.0.1", 0, name="tls load test", render=_render,
                        tls=files, limits=Limits(request_timeout_s=TIMEOUT_S, threads=4))
    server.start()
    try:
        old = _der(cert)
        assert _peer_certificate(server, trusting) == old
        with client(server, ssl.create_default_context(cafile=str(old_ca))) as kept:
            _replace(key, new_key.read_bytes())  # the key first: a moment of mismatch
            _replace(cert, new_cert.read_bytes())
            assert _wait_until(lambda: _peer_certificate(server, trusting) != old, 5)
            assert _peer_certificate(server, ssl.create_default_context(
                cafile=str(new_ca))) == _der(new_cert)  # the whole new chain, verified
            assert _answer(kept) == b"hello"  # the connection open before goes on
        before = len(errors())  # the moment of mismatch may have been seen, or not
        for count, broken in enumerate((other_key.read_bytes(),
                                        b"-----BEGIN PRIVATE KEY-----\nhalf"), 1):
            _replace(key, broken)
            assert _wait_until(lambda n=count: len(errors()) == before + n, 5)
            assert _peer_certificate(server, trusting) == _der(new_cert)
        for bad_cert, bad_key, words in ((expired_cert, expired_key, "expired on"),
                                         (early_cert, early_key, "valid only from")):
            _replace(cert, bad_cert.read_bytes())  # for a moment, a key that does not
            _replace(key, bad_key.read_bytes())  # match (a line, if a check saw it)
            assert _wait_until(lambda w=words: any(w in e for e in errors()[before:]), 5)
            assert _peer_certificate(server, trusting) == _der(new_cert)
    finally:
        server.stop()
    taken = [r.getMessage() for r in caplog.records if "taken again" in r.getMessage()]
    assert taken == [f"tls load test: TLS certificate {cert} taken again (changed)"]
    refused = errors()[before:]
    assert "KEY_VALUES_MISMATCH" in refused[0], refused
    dated = [line for line in refused[2:] if "KEY_VALUES_MISMATCH" not in line]
    assert len(dated) == 2, refused
    assert "the certificate expired on" in dated[0]
    assert "install a renewed one" in dated[0]
    assert "valid only from" in dated[1]
    assert "check the machine's clock" in dated[1]
    assert all("still serving the one loaded before" in line for line in refused), refused


def test_no_tls_1_2_session_tickets_but_resumption_by_session_id(tmp_path: Path) -> None:
    with serving(tmp_path) as (server, context):
        context.maximum_version = ssl.TLSVersion.TLSv1_2
        with client(server, context) as tls:
            assert _answer(tls) == b"hello"
            assert tls.version() == "TLSv1.2"
            session = tls.session
        assert session is not None
        assert not session.has_ticket  # nothing sealed under a key of the process's
        raw = socket.create_connection(server.server_address, timeout=10)
        with context.wrap_socket(raw, server_hostname="127.0.0.1", session=session) as tls:
            assert _answer(tls) == b"hello"
            assert tls.session_reused  # from the server's session cache


def test_alpn_says_http_1_1(tmp_path: Path) -> None:
    """A client that offers h2 first gets http/1.1; one that offers only h2 gets no
    protocol (and may still speak HTTP/1.1, or go)."""
    with serving(tmp_path) as (server, context):
        context.set_alpn_protocols(["h2", "http/1.1"])
        with client(server, context) as tls:
            assert tls.selected_alpn_protocol() == "http/1.1"
            assert _answer(tls) == b"hello"
        context.set_alpn_protocols(["h2"])
        with client(server, context) as tls:
            assert tls.selected_alpn_protocol() is None
