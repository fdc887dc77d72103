"""Issue 15: the servers of sync/httpd.py under abuse, with real sockets and real ``ssl``
clients on 127.0.0.1: a flood of costly handshakes and garbage does not hold up a real
client (handshakes run off the loop), a server that closes after an error answer
lingers so that the answer is read (plain and TLS), a client beyond the connection cap
gets 503 over TLS too, failed handshakes are logged within a budget, a changed
certificate is taken without a restart (a broken one is not), no TLS 1.2 session
tickets, ALPN says http/1.1."""

from __future__ import annotations

import contextlib
import ssl
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from helpers_trust import make_server_tls
from test_http_tls import TIMEOUT_S, _answer, _app, _client_hello, _render, client

from sync.httpd import HttpServer, Limits

FLOOD = 50  # connections that only handshake, or send garbage, over and over


@contextlib.contextmanager
def serving(tmp_path: Path, *, rsa_bits: int = 0, plain: bool = False,
            limits: Limits | None = None) -> Iterator[tuple[HttpServer, ssl.SSLContext]]:
    ca, cert, key = make_server_tls(tmp_path, rsa_bits)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server = HttpServer(_app, "127.0.0.1", 0, name="tls load test", render=_render,
                        tls=None if plain else context,
                        limits=limits or Limits(request_timeout_s=TIMEOUT_S, threads=4))
    server.start()
    try:
        yield server, ssl.create_default_context(cafile=str(ca))
    finally:
        server.stop()


_FLOOD_SCRIPT = """
import contextlib, select, socket, sys, time
host, port, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[4])
hello = bytes.fromhex(sys.argv[3])
rounds = 0
while True:
    socks = [socket.create_connection((host, port), timeout=5) for _ in range(count)]
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
         _client_hello().hex(), str(FLOOD)],
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
            with client(server, context) as fresh:
                started = time.monotonic()
                assert _answer(fresh, close=True) == b"hello"
                fresh_s = time.monotonic() - started
            for name, times in (("quiet", quiet), ("flooded", flooded)):
                q = statistics.quantiles(times, n=10)
                print(f"{name}: {len(times)} answers, median {q[4] * 1000:.2f} ms, "
                      f"p90 {q[8] * 1000:.2f} ms, max {max(times) * 1000:.1f} ms")
            print(f"new client {fresh_s * 1000:.0f} ms")
        assert fresh_s < TIMEOUT_S
        assert len(flooded) > len(quiet) / 8, (len(quiet), len(flooded))
