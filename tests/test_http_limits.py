"""Both HTTP servers (the FIT-Connect stand-in and the tablet's API, served by waitress
through sync/httpd.py) under abuse: half-open connections by the thousand, trickled
headers, TLS handshakes that never finish, malformed and oversized requests, ten
maximum-size uploads at once, a full disk. Real sockets on 127.0.0.1."""

from __future__ import annotations

import base64
import contextlib
import http.client
import json
import os
import resource
import socket
import ssl
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from helpers_sync import FIT_CONNECT, client_of, tokens_for
from helpers_trust import make_server_tls

from kiosk.tablet.client import TabletClient
from kiosk.tablet.jobs import JobQueue
from kiosk.tablet.pairing import Pairing
from kiosk.tablet.server import MAX_BODY, TabletServer
from sync.httpd import BodyBudget, Busy
from sync.protocol import IntakeClient
from sync.reference import pki
from sync.reference.server import MAX_BODY_BYTES, IntakeServer

DEST = "8f2a6c1e-3b7d-4e59-a0c4-5d9e7b1f2a63"
HALF_OPEN = 1000


@contextlib.contextmanager
def descriptors(wanted: int) -> Iterator[None]:
    """This process may hold ``wanted`` descriptors (both ends of every connection)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and hard < wanted:
        pytest.fail(f"the test needs {wanted} descriptors; the hard limit is {hard}")
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, wanted), hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


def _wait_until(condition, seconds: float) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def _closed_by_server(sock: socket.socket) -> bool:
    try:
        return sock.recv(4096) == b""
    except (ConnectionResetError, BrokenPipeError):
        return True


@pytest.mark.slow
def test_a_thousand_half_open_connections_never_crowd_out_a_client(tmp_path: Path) -> None:
    """1,000 connections held open (half silent, half with a request line and headers
    that never end, some trickling a byte every 0.2 s): the server holds them all, a
    real client gets every answer meanwhile, and the header deadline ends each of them,
    the tricklers too, although none is ever idle for long."""
    with descriptors(4 * HALF_OPEN + 512), IntakeServer(
            "127.0.0.1", 0, tmp_path / "intake", run_processor=False,
            check_signatures=False, request_timeout_s=4.0,
            max_connections=HALF_OPEN + 100) as srv:
        srv.start()
        port = int(srv.url.rsplit(":", 1)[1])
        started = time.monotonic()
        held: list[socket.socket] = []
        for n in range(HALF_OPEN):
            sock = socket.create_connection(("127.0.0.1", port), timeout=20)
            if n % 2:
                sock.sendall(b"POST /v2/submissions HTTP/1.1\r\nHost: x\r\nX-A: ")
            held.append(sock)
        assert _wait_until(lambda: srv.connections >= HALF_OPEN, 20), \
            srv.connections
        holding = srv.connections
        client = client_of(srv, timeout_s=5)
        answers = 0
        for _ in range(25):
            assert client.destination(DEST)["status"] == "active"
            answers += 1
        announced = client.announce(DEST, FIT_CONNECT["leika"], "x", [str(uuid.uuid4())])
        answers += 1
        assert client.submission(announced.case_id, announced.submission_id).status \
            == "announced"
        answers += 1
        served_s = time.monotonic() - started
        tricklers = held[1:200:2]
        trickled = 0
        while any(s.fileno() != -1 for s in tricklers) and time.monotonic() - started < 40:
            for sock in tricklers:
                if sock.fileno() == -1:
                    continue
                try:
                    sock.sendall(b"a")
                    trickled += 1
                except OSError:
                    sock.close()  # the server ended it
            time.sleep(0.2)
        assert all(_closed_by_server(sock) for sock in held if sock.fileno() != -1)
        closed_s = time.monotonic() - started
        for sock in held:
            sock.close()
        assert _wait_until(lambda: srv.connections <= 1, 10)
        assert client.destination(DEST)["status"] == "active"  # and still serving
    print(f"\nslowloris: {holding} connections held, {answers} client answers in "
          f"{served_s:.1f} s, {trickled} trickled bytes, all ended after {closed_s:.1f} s")
    assert holding >= HALF_OPEN
    assert trickled > len(tricklers)  # they kept sending, and were ended all the same


def test_tls_handshakes_that_never_finish_hold_nothing(tmp_path: Path) -> None:
    """The tablet's API over TLS: 400 connections that send nothing or half a
    ClientHello; the clerk's workstation pairs over TLS meanwhile."""
    ca, cert, key = make_server_tls(tmp_path)
    pairing = Pairing()
    with descriptors(2048):
        server = TabletServer("127.0.0.1", 0, JobQueue(), pairing, cert, key)
        server.start()
        held: list[socket.socket] = []
        try:
            port = server.httpd.server_address[1]
            for n in range(400):
                sock = socket.create_connection(("127.0.0.1", port), timeout=10)
                if n % 2:
                    sock.sendall(b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03")
                held.append(sock)
            assert _wait_until(lambda: server.httpd.connections >= 400, 10)
            client = TabletClient(server.url, cafile=str(ca))
            assert client.pair(pairing.code)
            context = ssl.create_default_context(cafile=str(ca))
            with socket.create_connection(("127.0.0.1", port), timeout=10) as raw, \
                    context.wrap_socket(raw, server_hostname="127.0.0.1") as tls:
                tls.sendall(b"GET /api/v1/status HTTP/1.1\r\nHost: x\r\n\r\n")
                assert tls.recv(4096).startswith(b"HTTP/1.1 401")
        finally:
            for sock in held:
                sock.close()
            server.stop()


# -- malformed and oversized ------------------------------------------------------------


def _exchange(port: int, raw: bytes, *, close: bool = True) -> tuple[int, dict[str, str],
                                                                     bytes]:
    """Send ``raw`` as is; the answer's status, headers and body."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(raw)
        if close:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_WR)
        response = http.client.HTTPResponse(sock)
        response.begin()
        return response.status, dict(response.getheaders()), response.read()


def _token(server: IntakeServer) -> str:
    tokens = server.sender_tokens()
    answer = requests.post(server.token_url, timeout=5, data={
        "grant_type": "client_credentials", "client_id": tokens.client_id,
        "client_secret": tokens.client_secret})
    return str(answer.json()["access_token"])


def test_malformed_and_oversized_requests_are_answered_4xx(intake: IntakeServer) -> None:
    port = int(intake.url.rsplit(":", 1)[1])
    auth = f"Authorization: Bearer {_token(intake)}\r\n".encode()
    sid_path = f"/v2/submissions/{uuid.uuid4()}".encode()

    def post(body: bytes, *headers: bytes, path: bytes = b"/v2/submissions") -> bytes:
        return (b"POST " + path + b" HTTP/1.1\r\nHost: x\r\n" + auth
                + b"Content-Type: application/json\r\n" + b"".join(headers)
                + b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)

    cases = {
        "nested JSON": (post(b"[" * 100_000 + b"]" * 100_000), 400),
        "5,000-digit number": (post(b'{"destinationId": ' + b"9" * 5000 + b"}"), 400),
        "not UTF-8": (post(b'{"a": "\xff\xfe"}'), 400),
        "not JSON": (post(b"{"), 400),
        "bad request line": (b"GET\r\n\r\n", 400),
        "lowercase method": (b"get /v2/info HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        "bare LF in a header": (b"GET /v2/info HTTP/1.1\r\nHost: x\nX: y\r\n\r\n", 400),
        "header without a colon": (b"GET /v2/info HTTP/1.1\r\nHost x\r\n\r\n", 400),
        "negative length": (b"POST /v2/submissions HTTP/1.1\r\nHost: x\r\n" + auth
                            + b"Content-Length: -1\r\n\r\n", 400),
        "two lengths": (b"POST /v2/submissions HTTP/1.1\r\nHost: x\r\n" + auth
                        + b"Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}", 400),
        "headers over 64 KB": (b"GET /v2/info HTTP/1.1\r\nHost: x\r\nX: "
                               + b"a" * 70_000 + b"\r\n\r\n", 431),
        "unknown transfer coding": (b"POST /v2/submissions HTTP/1.1\r\nHost: x\r\n" + auth
                                    + b"Transfer-Encoding: gzip\r\n\r\n", 501),
        "body over the limit": (b"PUT " + sid_path + b"/attachments/" + str(uuid.uuid4())
                                .encode() + b" HTTP/1.1\r\nHost: x\r\n" + auth
                                + b"Content-Type: application/jose\r\nContent-Length: "
                                + str(MAX_BODY_BYTES + 1).encode() + b"\r\n\r\n", 413),
        "JSON body over 8 MB": (b"POST /v2/submissions HTTP/1.1\r\nHost: x\r\n" + auth
                                + b"Content-Length: 9000000\r\n\r\n", 413),
        "chunked body over the limit": (
            b"PUT " + sid_path + b" HTTP/1.1\r\nHost: x\r\n" + auth
            + b"Transfer-Encoding: chunked\r\n\r\n"
            + (b"100000\r\n" + b"a" * 0x100000 + b"\r\n") * 41 + b"0\r\n\r\n", 413),
        "bad chunk": (b"PUT " + sid_path + b" HTTP/1.1\r\nHost: x\r\n" + auth
                      + b"Transfer-Encoding: chunked\r\n\r\nzz\r\n", 400),
        "no token, large body": (b"POST /v2/submissions HTTP/1.1\r\nHost: x\r\n"
                                 b"Content-Length: 30000000\r\n\r\n", 401),
        "attachment not application/jose": (
            b"PUT " + sid_path + b"/attachments/" + str(uuid.uuid4()).encode()
            + b" HTTP/1.1\r\nHost: x\r\n" + auth + b"Content-Length: 1\r\n\r\nx", 415),
        "method not declared": (b"DELETE /v2/submissions HTTP/1.1\r\nHost: x\r\n" + auth
                                + b"\r\n", 405),
        "method nobody knows": (b"BREW /v9/pot HTTP/1.1\r\nHost: x\r\n" + auth + b"\r\n",
                                501),
        "a body on a GET": (b"GET /v2/info HTTP/1.1\r\nHost: x\r\n" + auth
                            + b"Content-Length: 30000000\r\n\r\n", 413),
    }
    for name, (raw, expected) in cases.items():
        status, headers, body = _exchange(port, raw)
        assert status == expected, (name, status, body[:200])
        assert headers["Content-Type"] == "application/problem+json", name
        assert json.loads(body)["status"] == expected, name
        if expected == 405:
            assert headers["Allow"] == "POST"
    status, _h, _b = _exchange(port, b"GET /v2/info HTTP/1.1\r\nHost: x\r\n" + auth
                               + b"\r\n")
    assert status == 200  # the server still answers


def test_refused_requests_are_logged_ten_a_minute_then_summed_up(
        intake: IntakeServer, caplog: pytest.LogCaptureFixture) -> None:
    """A scanner's thousand bad requests do not become a thousand log lines: ten a
    minute, then one line with the count (sync/httpd_logbudget.py)."""
    port = int(intake.url.rsplit(":", 1)[1])
    with caplog.at_level("INFO", logger="sync.httpd"):
        for _ in range(25):
            status, _h, _b = _exchange(port, b"GET /v2/info HTTP/1.1\r\nHost x\r\n\r\n")
            assert status == 400
        intake._httpd._server.refusal_log.tick(time.monotonic() + 61)  # a minute on
    refused = [r.getMessage() for r in caplog.records
               if r.getMessage().endswith("refused before the application (400)")]
    assert len(refused) == 10, refused
    summary = [r.getMessage() for r in caplog.records if "more requests refused" in r.getMessage()]
    assert summary == ["intake-server: 15 more requests refused before the application in the "
                       "last minute (10 logged one by one)"], summary


def test_tablet_refuses_bad_input_on_the_head(tmp_path: Path) -> None:
    pairing = Pairing()
    server = TabletServer("127.0.0.1", 0, JobQueue(), pairing)
    server.start()
    try:
        port = server.httpd.server_address[1]
        for raw, expected in (
                (b"POST /api/v1/documents HTTP/1.1\r\nHost: x\r\nContent-Length: "
                 + str(MAX_BODY - 1).encode() + b"\r\n\r\n", 401),  # no token: nothing read
                (b"POST /api/v1/pair HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked"
                 b"\r\n\r\n", 411),
                (b"POST /api/v1/pair HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\n[[[[[",
                 400),
                (b"PATCH /api/v1/status HTTP/1.1\r\nHost: x\r\n\r\n", 405),
                (b"GET /api/v1/status HTTP/1.1\r\nHost: x\r\nContent-Length: 30000000"
                 b"\r\n\r\n", 413)):  # a body where none belongs: not read either
            status, _headers, body = _exchange(port, raw)
            assert status == expected, (raw[:40], status, body)
            assert "error" in json.loads(body)
    finally:
        server.stop()


# -- memory -----------------------------------------------------------------------------


def _vm(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise AssertionError(f"no {field} for {pid}")


def _max_size_jwe() -> bytes:
    """A JWE in compact serialisation, exactly the largest body the stand-in takes (the
    stand-in keeps attachments unread, so the ciphertext need not decrypt)."""
    header = base64.urlsafe_b64encode(json.dumps(
        {"alg": "RSA-OAEP-256", "enc": "A256GCM", "kid": "k", "cty": "application/pdf"})
        .encode()).rstrip(b"=")
    parts = [header, b"A" * 342, b"A" * 16, None, b"A" * 22]
    fixed = sum(len(p) for p in parts if p is not None) + 4
    parts[3] = b"A" * (MAX_BODY_BYTES - fixed)
    return b".".join(p for p in parts if p is not None)


@pytest.mark.slow
def test_ten_concurrent_maximum_size_uploads_keep_memory_bounded(tmp_path: Path) -> None:
    """The stand-in in its own process takes ten 40 MB attachments at once; its peak
    resident memory grows by far less than one of them (the body is spooled by
    waitress and streamed into the store, never held whole)."""
    data = tmp_path / "intake"
    proc = subprocess.Popen(
        [sys.executable, "-m", "ui.main", "intake-server", "--host", "127.0.0.1",
         "--port", "0", "--data", str(data), "--no-signature-check"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:"), url
        client = IntakeClient(url, key_trust=pki.trust(data), tokens=tokens_for(url, data))
        ids = [str(uuid.uuid4()) for _ in range(10)]
        announced = [client.announce(DEST, FIT_CONNECT["leika"], "x", [aid]) for aid in ids]
        body = _max_size_jwe()
        assert len(body) == MAX_BODY_BYTES
        token = _token_for(url, data)
        before = _vm(proc.pid, "VmHWM")
        statuses: list[int] = []

        def upload(sid: str, aid: str) -> None:
            conn = http.client.HTTPConnection("127.0.0.1", int(url.rsplit(":", 1)[1]),
                                              timeout=120)
            conn.request("PUT", f"/v2/submissions/{sid}/attachments/{aid}", body=body,
                         headers={"Authorization": f"Bearer {token}",
                                  "Content-Type": "application/jose"})
            statuses.append(conn.getresponse().status)
            conn.close()

        threads = [threading.Thread(target=upload, args=(a.submission_id, aid))
                   for a, aid in zip(announced, ids, strict=True)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(180)
        growth = _vm(proc.pid, "VmHWM") - before
        kept = [p.stat().st_size for p in (data / "staging").glob("*/*.jwe")]
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    print(f"\n10 x {MAX_BODY_BYTES / 2**20:.0f} MB uploads at once: peak RSS grew "
          f"{growth / 2**20:.1f} MB")
    assert statuses == [204] * 10
    assert kept == [MAX_BODY_BYTES] * 10
    assert growth < MAX_BODY_BYTES, f"{growth / 2**20:.1f} MB"


def _token_for(url: str, data: Path) -> str:
    tokens = tokens_for(url, data)
    answer = requests.post(f"{url}/token", timeout=5, data={
        "grant_type": "client_credentials", "client_id": tokens.client_id,
        "client_secret": tokens.client_secret})
    return str(answer.json()["access_token"])


# -- a full disk ------------------------------------------------------------------------


@contextlib.contextmanager
def small_disk(path: Path, size: str) -> Iterator[Path]:
    """A tmpfs of ``size`` at ``path`` (root mounts it; the suite runs as root)."""
    path.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700",
                              "tmpfs", str(path)], capture_output=True, text=True,
                             check=False)
    if mounted.returncode != 0:
        pytest.fail(f"a full disk needs a small tmpfs (as root): {mounted.stderr.strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def test_a_full_disk_is_503_with_retry_after(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", "3m") as disk, IntakeServer(
            "127.0.0.1", 0, disk / "intake", run_processor=False,
            check_signatures=False) as srv:
        srv.start()
        client = client_of(srv, timeout_s=10)
        aid = str(uuid.uuid4())
        announced = client.announce(DEST, FIT_CONNECT["leika"], "x", [aid])
        auth = {"Authorization": f"Bearer {_token(srv)}", "Content-Type": "application/jose"}
        too_big = requests.put(f"{srv.url}/v2/submissions/{announced.submission_id}"
                               f"/attachments/{aid}", data=_jwe_of(4 * 2**20), headers=auth,
                               timeout=30)
        assert too_big.status_code == 503
        assert too_big.headers["Retry-After"] == "5"
        assert too_big.headers["Content-Type"] == "application/problem+json"
        assert not list((disk / "intake" / ".incoming").iterdir())  # nothing half kept
        filler = disk / "filler"
        with contextlib.suppress(OSError), filler.open("wb") as fh:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
                os.fsync(fh.fileno())
        announce = requests.post(f"{srv.url}/v2/submissions", headers=auth | {
            "Content-Type": "application/json"}, timeout=30, json={
                "destinationId": DEST, "announcedAttachments": [str(uuid.uuid4())],
                "serviceType": {"identifier": FIT_CONNECT["leika"], "name": "x"}})
        assert announce.status_code == 503, announce.text
        assert announce.headers["Retry-After"] == "5"
        filler.unlink()
        assert client.destination(DEST)["status"] == "active"


def _jwe_of(size: int) -> bytes:
    header = base64.urlsafe_b64encode(json.dumps(
        {"alg": "RSA-OAEP-256", "enc": "A256GCM", "kid": "k", "cty": "application/pdf"})
        .encode()).rstrip(b"=")
    return b".".join([header, b"A" * 342, b"A" * 16, b"A" * size, b"A" * 22])


# -- few descriptors ---------------------------------------------------------------------


def _cpu_s(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def test_with_128_descriptors_the_server_caps_refuses_and_does_not_spin(
        tmp_path: Path) -> None:
    """The stand-in in a process limited to 128 descriptors (the first wave's server
    refused everything at its limit and spun a core): it holds 64 connections, answers
    the rest 503 at once, uses next to no CPU while they hang, and serves a client as
    soon as they are gone."""
    data = tmp_path / "intake"

    def few_descriptors() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (128, 128))

    proc = subprocess.Popen(
        [sys.executable, "-m", "ui.main", "intake-server", "--host", "127.0.0.1",
         "--port", "0", "--data", str(data), "--no-signature-check"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        preexec_fn=few_descriptors)
    held: list[socket.socket] = []
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        port = int(url.rsplit(":", 1)[1])
        opened = [socket.create_connection(("127.0.0.1", port), timeout=5)
                  for _ in range(150)]
        time.sleep(1)  # not an assertion: each has been accepted and answered, or held
        refused = 0
        for sock in opened:
            sock.setblocking(False)
            try:
                answer = sock.recv(256)
            except BlockingIOError:
                held.append(sock)
                continue
            assert answer.startswith(b"HTTP/1.1 503"), answer
            refused += 1
            sock.close()
        cpu_before = _cpu_s(proc.pid)
        time.sleep(3)
        spent = _cpu_s(proc.pid) - cpu_before
        for sock in held:
            sock.close()
        client = IntakeClient(url, key_trust=pki.trust(data), tokens=tokens_for(url, data),
                              timeout_s=10)
        assert _wait_until(lambda: _answers(client), 20)
    finally:
        for sock in held:
            sock.close()
        proc.terminate()
        proc.wait(timeout=20)
    print(f"\n128 descriptors: {len(held)} held, {refused} answered 503, "
          f"{spent:.2f} s CPU in 3 s")
    assert len(held) == 64  # 128 less the 64 kept for files, the store and the loop
    assert refused == 150 - 64
    assert spent < 1.0  # a spinning loop would take the whole 3 s


def _answers(client: IntakeClient) -> bool:
    try:
        return client.destination(DEST)["status"] == "active"
    except Exception:
        return False


def test_out_of_descriptors_at_accept_pauses_accepting_instead_of_spinning(
        intake: IntakeServer, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    server = intake._httpd._server

    def no_descriptors() -> None:
        raise OSError(errno.EMFILE, "Too many open files")

    monkeypatch.setattr(server, "accept", no_descriptors)
    monkeypatch.setattr(server, "accept_pause_s", 3600.0)
    assert server.readable()
    server.handle_accept()
    assert not server.readable()  # the listening socket is left alone for a while
    monkeypatch.undo()
    server._paused_until = 0.0  # the while is over
    assert server.readable()
    assert client_of(intake).destination(DEST)["status"] == "active"


def test_bodies_in_memory_wait_for_their_share_then_are_refused() -> None:
    budget = BodyBudget(100, wait_s=0.2)
    with budget.share(60):
        with pytest.raises(Busy), budget.share(60):
            pass
        with budget.share(40):  # what fits is let in at once
            pass
    with budget.share(500):  # larger than the whole budget: let in when nothing else is
        pass
