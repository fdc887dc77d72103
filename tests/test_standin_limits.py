"""The payment (XBezahldienste) and appointment (ZMS) stand-ins, served by waitress
through sync/httpd.py like the FIT-Connect stand-in (tests/test_http_limits.py): bad
requests refused on their head, in each stand-in's own format, and a client that
trickles its headers cut off while the kiosk's clients are served. Real sockets on
127.0.0.1."""

from __future__ import annotations

import json
import select
import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from test_http_limits import _closed_by_server, _exchange

from kiosk.appointments.zms import ZmsAppointments, ZmsConfig
from kiosk.payment.xbezahl import XBezahlClient, XBezahlConfig
from sync.httpd import Limits
from sync.reference.standin import LIMITS, MAX_BODY_BYTES, StandIn
from sync.reference.xbezahldienste import XBezahlStandIn
from sync.reference.zms import ZmsStandIn


def _xbezahl_client(p: XBezahlStandIn) -> XBezahlClient:
    return XBezahlClient(XBezahlConfig(p.url, p.originator_id, p.endpoint_id, p.client_id,
                                       p.client_secret, timeout_s=5))


def _bearer(stand_in: StandIn) -> bytes:
    assert isinstance(stand_in, XBezahlStandIn)
    return f"Authorization: Bearer {_xbezahl_client(stand_in).token()}\r\n".encode()


def _workstation(stand_in: StandIn) -> bytes:
    assert isinstance(stand_in, ZmsStandIn)
    return f"X-Authkey: {stand_in.auth_key}\r\n".encode()


def _pay(stand_in: StandIn) -> bool:
    """What the kiosk does: a paypage, then its status."""
    assert isinstance(stand_in, XBezahlStandIn)
    client = _xbezahl_client(stand_in)
    page = client.create(request_id="r1", purpose="BB1", reference="BB1", amount_cents=500,
                         description="Meldebescheinigung")
    return client.status(page.status_url) == "INITIAL"


def _walk_in(stand_in: StandIn) -> bool:
    """What the kiosk does: a walk-in's waiting number."""
    assert isinstance(stand_in, ZmsStandIn)
    zms = ZmsAppointments(ZmsConfig(stand_in.url, stand_in.scope, stand_in.auth_key,
                                    stand_in.ticketprinter_hash, timeout_s=5))
    return zms.walk_in("meldebescheinigung").number.isdigit()


def _xbezahl_says(body: bytes, status: int) -> bool:
    return bool(json.loads(body)["error"])


def _zms_says(body: bytes, status: int) -> bool:
    meta = json.loads(body)["meta"]
    return meta["error"] is True and meta["status"] == str(status)


@dataclass(frozen=True)
class Case:
    make: Callable[[Limits], StandIn]
    post: str  # the route that takes a JSON body
    get: str  # a route that takes GET
    credentials: Callable[[StandIn], bytes]  # the header line a private route needs
    serve: Callable[[StandIn], bool]  # a kiosk client's call: whether it was served
    says: Callable[[bytes, int], bool]  # an error in the stand-in's own format


CASES = {
    "xbezahl": Case(lambda limits: XBezahlStandIn(limits=limits),
                    "/paymenttransaction/musterstadt/buergerbuero", "/paypage/" + "0" * 32,
                    _bearer, _pay, _xbezahl_says),
    "zms": Case(lambda limits: ZmsStandIn(limits=limits), "/process/status/queued/",
                "/calldisplay/", _workstation, _walk_in, _zms_says),
}


@pytest.fixture(params=sorted(CASES))
def case(request: pytest.FixtureRequest) -> Case:
    return CASES[request.param]


@pytest.fixture
def short_deadline(case: Case) -> Iterator[StandIn]:
    with case.make(LIMITS._replace(request_timeout_s=2.0)) as stand_in:
        yield stand_in


def test_bad_requests_are_refused_on_their_head(case: Case) -> None:
    """Each refusal in the stand-in's format; those on the head close the connection
    (``Connection: close``): the body is never read, and the oversized one is not even
    sent."""
    with case.make(LIMITS) as stand_in:
        port = int(stand_in.url.rsplit(":", 1)[1])
        auth = case.credentials(stand_in)
        post = f"POST {case.post} HTTP/1.1\r\nHost: x\r\n".encode()

        def json_post(body: bytes, content_type: bytes = b"application/json",
                      length: int | None = None) -> bytes:
            return (post + auth + b"Content-Type: " + content_type + b"\r\nContent-Length: "
                    + str(len(body) if length is None else length).encode() + b"\r\n\r\n"
                    + body)

        on_the_head = {
            "body over the limit, unsent": (json_post(b"", length=MAX_BODY_BYTES + 1), 413),
            "not JSON": (json_post(b"{}", b"text/plain"), 415),
            "no media type": (post + auth + b"Content-Length: 2\r\n\r\n{}", 415),
            "no credentials": (json_post(b"{}").replace(auth, b""), 401),
            "chunked": (post + auth + b"Content-Type: application/json\r\n"
                        b"Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n", 411),
            "method the route does not take": (
                f"DELETE {case.post} HTTP/1.1\r\nHost: x\r\n".encode() + auth + b"\r\n", 405),
            "GET on the POST route": (
                f"GET {case.post} HTTP/1.1\r\nHost: x\r\n".encode() + auth + b"\r\n", 405),
            "a body on a GET": (f"GET {case.get} HTTP/1.1\r\nHost: x\r\nContent-Length: "
                                f"{MAX_BODY_BYTES}\r\n\r\n".encode(), 413),
            "unknown route with a body": (b"POST /nowhere HTTP/1.1\r\nHost: x\r\n"
                                          b"Content-Length: 9000\r\n\r\n", 404),
        }
        in_the_application = {
            "nested JSON": (json_post(b"[" * 8000 + b"]" * 8000), 400),
            "unknown route": (b"GET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n", 404),
            "method nobody knows": (b"BREW /nowhere HTTP/1.1\r\nHost: x\r\n\r\n", 501),
        }
        for name, (raw, expected) in (on_the_head | in_the_application).items():
            status, headers, body = _exchange(port, raw, close=False)
            assert status == expected, (name, status, body[:200])
            assert headers["Content-Type"] == "application/json", name
            assert case.says(body, expected), (name, body[:200])
            assert (headers.get("Connection") == "close") is (name in on_the_head), name
            if expected == 405:
                assert headers["Allow"] == "POST", name
        assert case.serve(stand_in)  # and the kiosk's client is served


def _trickle_until_cut(sock: socket.socket) -> int:
    """A header byte every 0.1 s until the server ends the connection (30 s at most);
    how many were sent."""
    for sent in range(300):
        if select.select([sock], [], [], 0.1)[0]:
            assert _closed_by_server(sock), "the server answered an unfinished head"
            return sent
        try:
            sock.sendall(b"a")
        except OSError:
            return sent
    pytest.fail("the header deadline never ended the connection")


def test_a_client_that_never_finishes_its_headers_is_cut_off(
        case: Case, short_deadline: StandIn) -> None:
    """Headers must arrive within the request deadline (2 s here) of their first byte;
    a client trickling them is ended although it is never silent for long, and the
    kiosk's client is served before and after."""
    port = int(short_deadline.url.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=10) as slow:
        slow.sendall(f"GET {case.get} HTTP/1.1\r\nHost: x\r\nX-Slow: ".encode())
        assert case.serve(short_deadline)
        sent = _trickle_until_cut(slow)
    assert sent > 1  # it kept sending, and was ended all the same
    assert case.serve(short_deadline)


def test_a_refused_request_logs_no_secret_of_its_path(caplog: pytest.LogCaptureFixture) -> None:
    """A ZMS process's path holds its authKey: a refusal's log line names the route's
    words only, never the ids and the key (sync.httpd.loggable_path)."""
    secret = "Ab12cd34Ef"
    with ZmsStandIn() as zms:
        port = int(zms.url.rsplit(":", 1)[1].split("/", 1)[0])
        with caplog.at_level("INFO", logger="sync.httpd"):
            status, _headers, _body = _exchange(
                port, f"DELETE /process/4711/{secret}/ HTTP/1.1\r\nHost: x\r\n"
                      f"Content-Length: 0\r\n\r\n".encode())
    assert status == 405
    lines = [record.getMessage() for record in caplog.records]
    assert any("/process/…" in line for line in lines), lines
    assert not any(secret in line or "4711" in line for line in lines), lines
