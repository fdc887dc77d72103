"""TLS of sync/httpd.py (waitress has none: ``sync/httpd_tls.py``, memory BIOs on the
loop) with real clients on 127.0.0.1: every close says close_notify (after an answer
with ``Connection: close``, on the deadline, on an error, on shutdown, in answer to the
client's own), garbage and stalled handshakes end only their own connection, a 5 MB
answer arrives whole, post-handshake messages pass, and nothing below TLS 1.2."""

from __future__ import annotations

import contextlib
import hashlib
import http.client
import logging
import resource
import select
import socket
import ssl
import struct
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers_trust import make_server_tls

from sync.httpd import HttpServer, Limits
from sync.httpd_tls import harden

BIG = bytes(range(256)) * (5 * 2**20 // 256)  # 5 MB, every byte value, in order
TIMEOUT_S = 1.0  # the servers' request deadline here


def _app(environ: dict[str, Any], start_response: Any) -> Iterator[bytes]:
    path = environ["PATH_INFO"]
    # /huge: 32 MB, more than any socket buffers take
    chunks = {"/huge": [BIG[:2**20]] * 32, "/big": [BIG]}.get(path, [b"hello"])
    start_response("200 OK", [("Content-Type", "application/octet-stream"),
                              ("Content-Length", str(sum(map(len, chunks))))])
    for chunk in chunks:
        if path == "/slow":  # a long poll: part of the answer, then work past the deadline
            yield chunk[:3]
            time.sleep(2.5 * TIMEOUT_S)
            chunk = chunk[3:]
        yield chunk


def _render(code: int, detail: str) -> tuple[str, bytes]:
    return "text/plain", detail.encode()


THREADS = 4


@contextlib.contextmanager
def serving(tmp_path: Path, context: ssl.SSLContext | None = None, *, plain: bool = False
            ) -> Iterator[tuple[HttpServer, ssl.SSLContext]]:
    """An HTTPS server on a free port (the test PKI's certificate; plain HTTP if
    ``plain``) and a client context that trusts it and insists on close_notify (no
    ragged EOFs)."""
    ca, cert, key = make_server_tls(tmp_path)
    if context is None:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server = HttpServer(_app, "127.0.0.1", 0, name="tls test", render=_render,
                        tls=None if plain else context,
                        limits=Limits(request_timeout_s=TIMEOUT_S, threads=THREADS))
    server.start()
    try:
        yield server, ssl.create_default_context(cafile=str(ca))
    finally:
        server.stop()


@contextlib.contextmanager
def client(server: HttpServer, context: ssl.SSLContext) -> Iterator[ssl.SSLSocket]:
    raw = socket.create_connection(server.server_address, timeout=10)
    with context.wrap_socket(raw, server_hostname="127.0.0.1",
                             suppress_ragged_eofs=False) as tls:
        yield tls


def _answer(tls: ssl.SSLSocket, path: str = "/", close: bool = False) -> bytes:
    """One request and its answer's body (read to its length: the connection stays)."""
    tls.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\n".encode()
                + (b"Connection: close\r\n" if close else b"") + b"\r\n")
    response = http.client.HTTPResponse(tls)  # type: ignore[arg-type]
    response.begin()
    length = int(response.getheader("Content-Length") or 0)
    body = b""
    while len(body) < length:
        body += response.fp.read(min(length - len(body), 65536))
    return body


def _until_close_notify(tls: ssl.SSLSocket) -> bytes:
    """Everything until the server's close_notify. A close without one raises
    ``ssl.SSLEOFError`` ("EOF occurred in violation of protocol")."""
    data = b""
    while chunk := tls.recv(65536):
        data += chunk
    return data


def _wait_until(condition: Any, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_an_answer_with_connection_close_ends_with_close_notify(tmp_path: Path) -> None:
    with serving(tmp_path) as (server, context), client(server, context) as tls:
        tls.sendall(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        answer = _until_close_notify(tls)
        assert answer.startswith(b"HTTP/1.1 200 OK")
        assert answer.endswith(b"hello")
        tls.unwrap()  # both close_notify alerts exchanged: a clean TLS close


def test_the_clients_close_notify_is_answered(tmp_path: Path) -> None:
    """The client ends a kept-alive connection with ``unwrap()``: the server answers
    with its own close_notify and closes; then it serves the next client."""
    with serving(tmp_path) as (server, context):
        with client(server, context) as tls:
            assert _answer(tls) == b"hello"
            plain = tls.unwrap()
            assert plain.recv(1) == b""  # and the server closed the socket
        assert _wait_until(lambda: server.connections == 0, 10)
        with client(server, context) as tls:
            assert _answer(tls, close=True) == b"hello"


def test_deadline_error_and_shutdown_end_with_close_notify(tmp_path: Path) -> None:
    with serving(tmp_path) as (server, context):
        with client(server, context) as idle:  # silent past the deadline
            assert _until_close_notify(idle) == b""
        with client(server, context) as malformed:  # 400, then the server closes
            malformed.sendall(b"GET\r\n\r\n")
            assert b" 400 Bad Request" in _until_close_notify(malformed)
        with client(server, context) as kept:
            assert _answer(kept) == b"hello"
            server.stop()  # the server stops with the connection open
            assert _until_close_notify(kept) == b""


def test_large_answers_arrive_whole_and_the_connection_goes_on(tmp_path: Path) -> None:
    """5 MB over TLS takes many writes the socket does not take at once."""
    with serving(tmp_path) as (server, context), client(server, context) as tls:
        for _ in range(2):
            body = _answer(tls, "/big")
            assert hashlib.sha256(body).digest() == hashlib.sha256(BIG).digest()
        assert _answer(tls) == b"hello"
        tls.sendall(b"GET /big HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        answer = _until_close_notify(tls)
        assert answer.endswith(BIG)


def test_pipelined_requests_and_a_close_notify_right_behind_them_are_all_answered(
        tmp_path: Path) -> None:
    """Two requests and the client's close_notify in one write (TLS 1.3 lets a peer
    that has said close_notify still read): both answers come, then the server's
    close_notify."""
    ca = tmp_path / "ca.pem"
    with serving(tmp_path) as (server, _context), \
            socket.create_connection(server.server_address, timeout=10) as sock:
        context = ssl.create_default_context(cafile=str(ca))
        incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
        tls = context.wrap_bio(incoming, outgoing, server_hostname="127.0.0.1")

        def pump() -> None:
            sock.sendall(outgoing.read())
            data = sock.recv(65536)
            if not data:
                raise AssertionError("the server closed without close_notify")
            incoming.write(data)

        while True:
            try:
                tls.do_handshake()
                break
            except ssl.SSLWantReadError:
                pump()
        tls.write(b"GET /big HTTP/1.1\r\nHost: x\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n")
        with contextlib.suppress(ssl.SSLWantReadError):
            tls.unwrap()  # our close_notify, written behind the requests
        sock.sendall(outgoing.read())
        answers = bytearray()
        while True:
            try:
                answers += tls.read(65536)
            except ssl.SSLWantReadError:
                pump()
            except ssl.SSLZeroReturnError:  # the server's close_notify
                break
    first, second = bytes(answers).split(b"\r\n\r\n", 1)[1].split(b"HTTP/1.1 200 OK", 1)
    assert first == BIG
    assert second.endswith(b"\r\n\r\nhello")


def _closed_by_server(sock: socket.socket) -> bool:
    """Read until the server closes (an alert may come first); False if it never does."""
    try:
        while sock.recv(4096):
            pass
    except (ConnectionResetError, BrokenPipeError):
        pass
    except TimeoutError:
        return False
    return True


def test_garbage_instead_of_a_client_hello_ends_only_that_connection(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    garbage = {
        "plain HTTP": b"GET /secret?name=Mustermann HTTP/1.1\r\nHost: x\r\n\r\n",
        "not a record": b"\x00\x01\x02\x03Mustermann" * 20,
        "a handshake record with nonsense": b"\x16\x03\x01\x00\x20" + b"Mustermann" * 4,
        "an alert before anything": b"\x15\x03\x03\x00\x02\x02\x28",
    }
    caplog.set_level(logging.INFO, logger="sync.httpd")
    with serving(tmp_path) as (server, context), client(server, context) as kept:
        assert _answer(kept) == b"hello"
        for name, raw in garbage.items():
            with socket.create_connection(server.server_address, timeout=10) as sock:
                sock.sendall(raw)
                assert _closed_by_server(sock), name
        assert _answer(kept) == b"hello"  # served all along, on the same connection
    lines = [r.getMessage() for r in caplog.records if "TLS handshake ended" in r.message]
    assert len(lines) == len(garbage), lines
    for line in lines:
        assert "127.0.0.1" not in line, line
        assert "Mustermann" not in line, line


def _client_hello() -> bytes:
    """A real ClientHello, as a client's first flight."""
    context = ssl.create_default_context()
    incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
    tls = context.wrap_bio(incoming, outgoing, server_hostname="127.0.0.1")
    with contextlib.suppress(ssl.SSLWantReadError):
        tls.do_handshake()
    return outgoing.read()


def test_a_client_that_stalls_mid_handshake_is_cut_off_by_the_header_deadline(
        tmp_path: Path) -> None:
    """One sends its ClientHello, reads the server's flight and says no more; one
    trickles its ClientHello a byte at a time (never idle for the deadline): the header
    deadline ends both while a real client is served."""
    hello = _client_hello()
    with serving(tmp_path) as (server, context), \
            socket.create_connection(server.server_address, timeout=10) as stalled, \
            socket.create_connection(server.server_address, timeout=10) as trickler:
        stalled.sendall(hello)
        assert stalled.recv(5)[:1] == b"\x16"  # the server's handshake flight
        sent, ended = 0, False
        limit = time.monotonic() + 20  # far beyond the deadline: a bound, not a measure
        while not ended and sent < len(hello) and time.monotonic() < limit:
            with contextlib.suppress(OSError):
                trickler.sendall(hello[sent:sent + 1])
                sent += 1
            ended = bool(select.select([trickler], [], [], TIMEOUT_S / 4)[0])
        assert ended, sent
        assert sent < len(hello), (sent, len(hello))
        assert _closed_by_server(trickler)
        with client(server, context) as tls:
            assert _answer(tls) == b"hello"
        assert _closed_by_server(stalled)


def test_a_client_gone_mid_answer_neither_crashes_nor_spins_the_loop(
        tmp_path: Path) -> None:
    with serving(tmp_path) as (server, context):
        for _ in range(3):
            with client(server, context) as tls:
                tls.sendall(b"GET /big HTTP/1.1\r\nHost: x\r\n\r\n")
                assert tls.recv(100).startswith(b"HTTP/1.1 200")
                tls.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            # closed with most of the answer unread: a reset, not a close
        assert _wait_until(lambda: server.connections == 0, 10), server.connections
        before = resource.getrusage(resource.RUSAGE_SELF)
        time.sleep(2)  # not an assertion: the window in which CPU is counted
        after = resource.getrusage(resource.RUSAGE_SELF)
        spent = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        assert spent < 1.0, spent  # a spinning loop would take the whole 2 s
        with client(server, context) as tls:
            assert _answer(tls) == b"hello"


@pytest.mark.filterwarnings("ignore:ssl.TLSVersion.TLSv1:DeprecationWarning")
@pytest.mark.parametrize("scheme", ["https", "http"])
def test_clients_that_do_not_read_their_answers_hold_no_worker(tmp_path: Path,
                                                                scheme: str) -> None:
    """As many clients as the server has workers ask for 32 MB and read none of it:
    the deadline ends each once the socket has taken nothing for that long (a long
    answer being read is never cut, nor a long poll still working), so the workers are
    free again for a client who reads."""
    with serving(tmp_path, plain=scheme == "http") as (server, context), \
            contextlib.ExitStack() as held:
        for _ in range(THREADS):
            raw = socket.socket()
            raw.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 65536)
            raw.settimeout(10)
            raw.connect(server.server_address)
            sock: socket.socket = held.enter_context(
                context.wrap_socket(raw, server_hostname="127.0.0.1")
                if scheme == "https" else raw)
            sock.sendall(b"GET /huge HTTP/1.1\r\nHost: x\r\n\r\n")
        assert _wait_until(lambda: server.connections == 0, 20), server.connections
        if scheme == "https":
            with client(server, context) as tls:
                assert _answer(tls) == b"hello"
        else:
            with socket.create_connection(server.server_address, timeout=10) as sock:
                sock.sendall(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                response = http.client.HTTPResponse(sock)
                response.begin()
                assert response.read() == b"hello"


def test_a_long_poll_past_the_deadline_is_not_cut(tmp_path: Path) -> None:
    with serving(tmp_path) as (server, context), client(server, context) as tls:
        assert _answer(tls, "/slow") == b"hello"
        assert _answer(tls, close=True) == b"hello"


@pytest.mark.filterwarnings("ignore:ssl.TLSVersion.TLSv1:DeprecationWarning")
def test_nothing_below_tls_1_2_and_no_renegotiation(tmp_path: Path) -> None:
    lax = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    lax.minimum_version = ssl.TLSVersion.TLSv1
    with serving(tmp_path, lax) as (server, context):
        assert lax.minimum_version == ssl.TLSVersion.TLSv1_2
        assert lax.options & ssl.OP_NO_RENEGOTIATION
        old = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        old.check_hostname, old.verify_mode = False, ssl.CERT_NONE
        old.set_ciphers("DEFAULT:@SECLEVEL=0")
        old.minimum_version = ssl.TLSVersion.TLSv1
        old.maximum_version = ssl.TLSVersion.TLSv1_1
        with socket.create_connection(server.server_address, timeout=10) as raw, \
                pytest.raises(ssl.SSLError) as refused:
            old.wrap_socket(raw).close()
        assert "PROTOCOL_VERSION" in str(refused.value).upper() \
            or "UNSUPPORTED_PROTOCOL" in str(refused.value).upper(), refused.value
        with client(server, context) as tls:
            assert _answer(tls) == b"hello"
            assert tls.version() in ("TLSv1.2", "TLSv1.3")
    obsolete = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    obsolete.maximum_version = ssl.TLSVersion.TLSv1_1
    with pytest.raises(ValueError, match=r"TLS 1\.2"):
        harden(obsolete)


SERVERS_CLOSE_NOTIFY = "<<< TLS {}, Alert [length 0002], warning close_notify"  # as -msg has it


class _SClient:
    """``openssl s_client`` with its messages traced (``-msg``), driven line by line."""

    def __init__(self, server: HttpServer, ca: Path, *options: str) -> None:
        host, port = server.server_address
        self.proc = subprocess.Popen(
            ["openssl", "s_client", "-connect", f"{host}:{port}", "-CAfile", str(ca),
             "-msg", *options], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT)
        self._watchdog = threading.Timer(30, self.proc.kill)  # bounds every read below
        self._watchdog.start()

    def until(self, marker: bytes) -> bool:
        assert self.proc.stdout is not None
        while line := self.proc.stdout.readline():
            if marker in line:
                return True
        return False

    def say(self, data: bytes) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def rest(self) -> str:
        """The rest of its output, to its end, without the hex dumps."""
        assert self.proc.stdout is not None
        lines = self.proc.stdout.read().decode(errors="replace").splitlines()
        self.proc.wait(10)
        self._watchdog.cancel()
        return "\n".join(line for line in lines if not line.startswith(" "))


@pytest.mark.parametrize("version", ["1.3", "1.2"])
def test_openssl_s_client_sees_the_servers_close_notify(tmp_path: Path,
                                                        version: str) -> None:
    option = "-tls" + version.replace(".", "_")
    with serving(tmp_path) as (server, _context):
        s_client = _SClient(server, tmp_path / "ca.pem", option, "-quiet", "-ign_eof")
        s_client.say(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        output = s_client.rest()
    assert output.index("HTTP/1.1 200 OK") < output.index("hello") \
        < output.index(SERVERS_CLOSE_NOTIFY.format(version)), output


def test_a_tls_1_3_key_update_is_answered_and_the_request_served(tmp_path: Path) -> None:
    """A post-handshake message in the middle of the connection (the client asks the
    server to update its keys too, ``K``): the server's KeyUpdate comes before the
    answer, which arrives, and then close_notify."""
    with serving(tmp_path) as (server, _context):
        s_client = _SClient(server, tmp_path / "ca.pem", "-tls1_3")
        assert s_client.until(b"read R BLOCK")  # the handshake is over
        s_client.say(b"K\n")
        assert s_client.until(b"Handshake [length 0005], KeyUpdate")  # sent
        s_client.say(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        output = s_client.rest()
    assert output.index("<<< TLS 1.3, Handshake [length 0005], KeyUpdate") \
        < output.index("HTTP/1.1 200 OK") < output.index("hello") \
        < output.index(SERVERS_CLOSE_NOTIFY.format("1.3")), output


def test_a_tls_1_2_renegotiation_is_refused_and_the_server_goes_on(tmp_path: Path) -> None:
    """OpenSSL 3 refuses a client's renegotiation by itself; ``harden`` sets
    ``OP_NO_RENEGOTIATION`` for any OpenSSL (checked above), this checks the result."""
    with serving(tmp_path) as (server, context):
        s_client = _SClient(server, tmp_path / "ca.pem", "-tls1_2")
        assert s_client.until(b"Verify return code: 0 (ok)")  # the handshake is over
        assert s_client.until(b"---")
        s_client.say(b"R\n")
        output = s_client.rest()
        assert "RENEGOTIATING" in output, output
        assert "no renegotiation" in output, output  # the server's warning alert
        with client(server, context) as tls:
            assert _answer(tls, close=True) == b"hello"
