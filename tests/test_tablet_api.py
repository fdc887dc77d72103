"""The counter link can't be abused: real HTTP on loopback, clients on different loopback
addresses (127.0.0.2 is a stranger, 127.0.0.1 the clerk)."""

from __future__ import annotations

import base64
import http.client
import json
import socket
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from helpers_signing import pdf_with_fields

from kiosk.tablet import pairing as pairing_module
from kiosk.tablet.jobs import JobQueue
from kiosk.tablet.pairing import FREE_ATTEMPTS, TOKEN_TTL_S, Pairing, Refused, backoff_s
from kiosk.tablet.server import MAX_BODY, TabletServer

CLERK, STRANGER, THIRD = "127.0.0.1", "127.0.0.2", "127.0.0.3"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def tablet() -> Iterator[tuple[TabletServer, Pairing, Clock]]:
    clock = Clock()
    pairing = Pairing(clock=clock)
    server = TabletServer("127.0.0.1", 0, JobQueue(), pairing)
    server.start()
    try:
        yield server, pairing, clock
    finally:
        server.stop()


def call(server: TabletServer, method: str, path: str, body: Any = None, *,
         source: str = CLERK, token: str | None = None,
         headers: dict[str, str] | None = None, raw: bytes | None = None
         ) -> tuple[int, dict[str, str], Any]:
    port = server.httpd.server_address[1]
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30,
                                      source_address=(source, 0))
    sent = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    all_headers = {**({"Authorization": f"Bearer {token}"} if token else {}),
                   **({"Content-Length": str(len(sent))} if sent is not None else {}),
                   **(headers or {})}
    conn.putrequest(method, path, skip_accept_encoding=True)
    for name, value in all_headers.items():
        conn.putheader(name, value)
    conn.endheaders()
    try:
        if sent:
            conn.send(sent)
        response = conn.getresponse()
        data = response.read()
    finally:
        conn.close()
    try:
        parsed: Any = json.loads(data)
    except ValueError:
        parsed = data
    return response.status, dict(response.getheaders()), parsed


def pair(server: TabletServer, code: str, source: str = CLERK,
         workstation: str = "Schalter 3") -> tuple[int, dict[str, str], Any]:
    return call(server, "POST", "/api/v1/pair", {"code": code, "workstation": workstation},
                source=source)


def test_a_stranger_can_neither_rotate_the_code_nor_guess_on(tablet: Any) -> None:
    server, pairing, _clock = tablet
    code = pairing.code
    wrong = f"{(int(code) + 1) % 1_000_000:06d}"
    answers = [pair(server, wrong, STRANGER) for _ in range(6)]
    assert [a[0] for a in answers[:FREE_ATTEMPTS - 1]] == [403] * (FREE_ATTEMPTS - 1)
    assert answers[FREE_ATTEMPTS - 1][0] == 429  # the back-off starts …
    assert all(a[0] == 429 for a in answers[FREE_ATTEMPTS:])  # … and is not compared at all
    assert int(answers[-1][1]["Retry-After"]) >= 1
    assert pairing.code == code  # nobody but the tablet changes its code
    status, _h, body = pair(server, code, CLERK)  # the clerk, seconds later: paired
    assert status == 200
    assert body["token"]
    assert pairing.code != code  # used once
    assert pair(server, pairing.code, STRANGER)[0] == 429  # still waiting, even when right


def test_backoff_grows_and_ends(tablet: Any) -> None:
    _server, pairing, clock = tablet
    assert [backoff_s(n) for n in range(FREE_ATTEMPTS + 4)] == \
        [0, 0, 0, 1, 2, 4, 8]
    assert backoff_s(50) == pairing_module.MAX_BACKOFF_S
    for _ in range(FREE_ATTEMPTS + 2):
        clock.now += 100
        assert isinstance(pairing.pair("x", STRANGER, "w"), Refused)
    refused = pairing.pair(pairing.code, STRANGER, "w")
    assert isinstance(refused, Refused)
    assert refused.retry_after_s > 0
    clock.now += refused.retry_after_s + 0.1
    assert isinstance(pairing.pair(pairing.code, STRANGER, "w"), str)  # waited: fine


def test_the_code_changes_with_time_not_with_guesses(tablet: Any) -> None:
    _server, pairing, clock = tablet
    seen: list[str] = []
    pairing.listeners.append(lambda: seen.append("changed"))
    code = pairing.code
    clock.now += pairing_module.CODE_TTL_S - 1
    assert pairing.code == code
    clock.now += 2
    assert pairing.code != code
    assert seen == ["changed"]  # the tablet's screen shows the new one


def test_tokens_are_bound_expire_and_can_be_revoked(tablet: Any) -> None:
    server, pairing, clock = tablet
    token = pair(server, pairing.code)[2]["token"]
    assert call(server, "GET", "/api/v1/status", token=token)[0] == 200
    assert call(server, "GET", "/api/v1/status", token=token, source=THIRD)[0] == 401
    assert call(server, "GET", "/api/v1/status")[0] == 401  # status needs a token too
    clock.now += TOKEN_TTL_S + 1
    assert call(server, "GET", "/api/v1/status", token=token)[0] == 401  # expired
    token = pair(server, pairing.code)[2]["token"]
    assert call(server, "DELETE", "/api/v1/pair", token=token)[0] == 200  # unpaired itself
    assert call(server, "GET", "/api/v1/status", token=token)[0] == 401
    token = pair(server, pairing.code)[2]["token"]
    assert pairing.revoke_all() == 1  # the tablet forgets every workstation
    assert call(server, "GET", "/api/v1/status", token=token)[0] == 401


def test_each_workstation_sees_only_its_own_documents(tablet: Any) -> None:
    server, pairing, _clock = tablet
    mine = pair(server, pairing.code, CLERK, "Schalter 1")[2]["token"]
    theirs = pair(server, pairing.code, THIRD, "Schalter 2")[2]["token"]
    pdf = base64.b64encode(pdf_with_fields()).decode()
    status, _h, job = call(server, "POST", "/api/v1/documents", {"pdf": pdf}, token=mine)
    assert status == 201
    path = f"/api/v1/documents/{job['id']}"
    assert call(server, "GET", path, token=theirs, source=THIRD)[0] == 404
    assert call(server, "GET", path + "/pdf", token=theirs, source=THIRD)[0] == 404
    assert call(server, "DELETE", path, token=theirs, source=THIRD)[0] == 404
    assert server.queue.get(job["id"]).state == "waiting"  # type: ignore[union-attr]
    assert call(server, "GET", path, token=mine)[2]["state"] == "waiting"
    assert call(server, "DELETE", path, token=mine)[2]["state"] == "cancelled"


def test_the_body_is_read_only_after_the_token_and_only_up_to_the_limit(tablet: Any) -> None:
    server, pairing, _clock = tablet
    # Without a token nothing is read: not even a body that is not JSON, or a huge one.
    assert call(server, "POST", "/api/v1/documents", raw=b"{not json")[0] == 401
    port = server.httpd.server_address[1]
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(b"POST /api/v1/documents HTTP/1.1\r\nHost: x\r\n"
                     b"Content-Length: 300000000\r\n\r\n" + b"A" * 65536)
        answer = sock.recv(4096)
    assert answer.startswith(b"HTTP/1.1 401")
    token = pair(server, pairing.code)[2]["token"]
    for length, status in (("-1", 400), ("abc", 400), (str(MAX_BODY + 1), 413)):
        got = call(server, "POST", "/api/v1/documents", token=token,
                   headers={"Content-Length": length})[0]
        assert got == status, length
    assert call(server, "POST", "/api/v1/documents", token=token,
                headers={"Transfer-Encoding": "chunked"})[0] == 411
    assert call(server, "POST", "/api/v1/pair", raw=b"x" * 5000)[0] == 413
    # Content-Length 10, a megabyte sent: ten bytes are read, and they are not JSON.
    status, _h, body = call(server, "POST", "/api/v1/documents", token=token,
                            raw=b"A" * 1_000_000, headers={"Content-Length": "10"})
    assert status == 400
    assert "not JSON" in body["error"]


def test_bad_requests_are_one_log_line_never_a_traceback(tmp_path: Any) -> None:
    """The tablet's API in its own process: garbage in, its stderr stays free of
    tracebacks."""
    code = (
        "import sys, time, logging\n"
        "logging.basicConfig(level=logging.INFO)\n"
        "from kiosk.tablet.jobs import JobQueue\n"
        "from kiosk.tablet.pairing import Pairing\n"
        "from kiosk.tablet.server import TabletServer\n"
        "server = TabletServer('127.0.0.1', 0, JobQueue(), Pairing())\n"
        "server.start()\n"
        "print(server.httpd.server_address[1], flush=True)\n"
        "sys.stdin.read()\n"
        "server.stop()\n")
    proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        port = int(proc.stdout.readline())
        for garbage in (b"GARBAGE\r\n\r\n", b"POST /api/v1/pair HTTP/1.1\r\n"
                        b"Content-Length: 50\r\n\r\n{\"co", b"\x16\x03\x01\x02\x00\x01",
                        b"GET /api/v1/documents/%ff%fe/pdf HTTP/1.1\r\n\r\n",
                        b"DELETE /api/v1/documents/x HTTP/1.1\r\nAuthorization: Bearer \r\n\r\n"):
            with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
                sock.sendall(garbage)
                sock.shutdown(socket.SHUT_WR)
                while sock.recv(4096):
                    pass
        _out, err = proc.communicate("", timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert "Traceback" not in err, err
    assert err.count("\n") <= 12, err  # a line per bad request, at most
