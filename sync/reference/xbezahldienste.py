"""A stand-in for an XBezahldienste payment platform (ePayBL behind FITKO's REST standard).

Not the real platform: a small, real HTTP server on 127.0.0.1 for the demo and the
tests, shaped like XBezahldienste as far as the kiosk uses it — an OAuth2 token
(client credentials), ``POST /paymenttransaction/{originatorId}/{endPointId}``
creating a transaction (answer: its id, the paypage URL and, in ``Location``,
the status URL), ``GET …/{transactionId}`` for its status (INITIAL, PAYED,
FAILED, CANCELED). The paypage itself (``/paypage/{id}``) has two buttons; a
test "pays on the phone" with ``POST /paypage/{id}/pay`` (or ``/cancel``).
State is in memory. The stand-in checks what the standard limits: purpose ≤ 27
characters, request id ≤ 36, a positive amount in EUR, a valid bearer token.
"""

from __future__ import annotations

import json
import re
import secrets
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

_CREATE = re.compile(r"/paymenttransaction/([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+)")
_STATUS = re.compile(r"/paymenttransaction/([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+)/([0-9a-f]{32})")
_PAYPAGE = re.compile(r"/paypage/([0-9a-f]{32})(?:/(pay|cancel|fail))?")


class XBezahlStandIn:
    def __init__(self, *, client_id: str = "kiosk", client_secret: str = "demo-secret",  # noqa: S107 - the stand-in's own
                 originator_id: str = "musterstadt", endpoint_id: str = "buergerbuero") -> None:
        self.client_id, self.client_secret = client_id, client_secret
        self.originator_id, self.endpoint_id = originator_id, endpoint_id
        self.transactions: dict[str, dict[str, Any]] = {}
        self.tokens: dict[str, float] = {}
        self.requests: list[str] = []  # method and path, in order
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="xbezahl-stand-in",
                                        daemon=True)

    def start(self) -> XBezahlStandIn:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> XBezahlStandIn:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def settle(self, transaction_id: str, status: str) -> None:
        with self._lock:
            self.transactions[transaction_id]["status"] = status

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                return

            def _body(self) -> bytes:
                return self.rfile.read(int(self.headers.get("Content-Length") or 0))

            def _reply(self, status: int, body: Any = None, headers: dict[str, str] | None = None,
                       content_type: str = "application/json") -> None:
                raw = (json.dumps(body).encode() if content_type == "application/json"
                       else str(body).encode()) if body is not None else b""
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(raw)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(raw)

            def _authorised(self) -> bool:
                auth = self.headers.get("Authorization", "")
                token = auth.removeprefix("Bearer ")
                with outer._lock:
                    return auth.startswith("Bearer ") and outer.tokens.get(token, 0) > time.time()

            def do_POST(self) -> None:
                outer.requests.append(f"POST {self.path}")
                if self.path == "/oauth/token":
                    form = parse_qs(self._body().decode())
                    if (form.get("grant_type") != ["client_credentials"]
                            or form.get("client_id") != [outer.client_id]
                            or form.get("client_secret") != [outer.client_secret]):
                        self._reply(401, {"error": "invalid_client"})
                        return
                    token = secrets.token_hex(16)
                    with outer._lock:
                        outer.tokens[token] = time.time() + 300
                    self._reply(200, {"access_token": token, "token_type": "Bearer",
                                      "expires_in": 300})
                    return
                page = _PAYPAGE.fullmatch(self.path)
                if page and page.group(2):
                    with outer._lock:
                        txn = outer.transactions.get(page.group(1))
                        if txn is not None and txn["status"] == "INITIAL":
                            txn["status"] = {"pay": "PAYED", "cancel": "CANCELED",
                                             "fail": "FAILED"}[page.group(2)]
                    self._reply(200 if txn is not None else 404, {"ok": txn is not None})
                    return
                match = _CREATE.fullmatch(self.path)
                if match is None:
                    self._reply(404, {"error": "not found"})
                    return
                if not self._authorised():
                    self._reply(401, {"error": "invalid_token"})
                    return
                if match.groups() != (outer.originator_id, outer.endpoint_id):
                    self._reply(404, {"error": "unknown originator or endpoint"})
                    return
                try:
                    body = json.loads(self._body())
                    purpose, request_id = str(body["purpose"]), str(body["requestId"])
                    amount = float(body["grossAmount"])
                    if len(purpose) > 27 or len(request_id) > 36 or amount <= 0 \
                            or body.get("currency") != "EUR":
                        raise ValueError("limits")
                except (KeyError, ValueError, TypeError):
                    self._reply(400, {"error": "invalid request"})
                    return
                with outer._lock:
                    existing = next((t for t in outer.transactions.values()
                                     if t["requestId"] == request_id), None)
                    txn = existing or {"transactionId": secrets.token_hex(16),
                                       "requestId": request_id, "status": "INITIAL",
                                       "grossAmount": amount, "purpose": purpose,
                                       "reference": body.get("reference", purpose)}
                    outer.transactions[txn["transactionId"]] = txn
                tid = txn["transactionId"]
                status_url = f"{outer.url}{self.path}/{tid}"
                self._reply(201, {"transactionId": tid, "status": txn["status"],
                                  "paypageUrl": f"{outer.url}/paypage/{tid}",
                                  "statusUrl": status_url}, {"Location": status_url})

            def do_GET(self) -> None:
                outer.requests.append(f"GET {self.path}")
                page = _PAYPAGE.fullmatch(self.path)
                if page and not page.group(2):
                    with outer._lock:
                        txn = outer.transactions.get(page.group(1))
                    if txn is None:
                        self._reply(404, "unknown", content_type="text/html")
                        return
                    self._reply(200, f"<html><body><h1>ePayBL (stand-in)</h1><p>{txn['purpose']}"
                                f": {txn['grossAmount']:.2f} EUR</p><form method=post action="
                                f"'/paypage/{txn['transactionId']}/pay'><button>Pay</button>"
                                "</form></body></html>", content_type="text/html")
                    return
                match = _STATUS.fullmatch(self.path)
                if match is None:
                    self._reply(404, {"error": "not found"})
                    return
                if not self._authorised():
                    self._reply(401, {"error": "invalid_token"})
                    return
                with outer._lock:
                    txn = outer.transactions.get(match.group(3))
                if txn is None:
                    self._reply(404, {"error": "unknown transaction"})
                    return
                self._reply(200, {"transactionId": txn["transactionId"], "status": txn["status"],
                                  "paymentInformation": {
                                      "transactionReference": txn["reference"],
                                      "transactionId": txn["transactionId"],
                                      "paymentMethod": "OTHER",
                                      "status": {"PAYED": "BOOKED"}.get(txn["status"],
                                                                        txn["status"])}})

        return Handler
