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
It is served by waitress through :mod:`sync.httpd` (:mod:`sync.reference.standin`:
deadlines, 16 KB bodies, the token and the media type checked before a body is read).
"""

from __future__ import annotations

import json
import re
import secrets
import threading
import time
from typing import Any
from urllib.parse import parse_qs

from sync.httpd import Exchange, Headers, Limits
from sync.reference.standin import FORM, JSON, LIMITS, Route, StandIn

_TOKEN = re.compile(r"/oauth/token")
_CREATE = re.compile(r"/paymenttransaction/([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+)")
_STATUS = re.compile(r"/paymenttransaction/([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+)/([0-9a-f]{32})")
_PAYPAGE = re.compile(r"/paypage/([0-9a-f]{32})")
_PHONE = re.compile(r"/paypage/([0-9a-f]{32})/(pay|cancel|fail)")  # what the citizen taps
_PAID = {"pay": "PAYED", "cancel": "CANCELED", "fail": "FAILED"}


def _render(status: int, detail: str) -> tuple[str, bytes]:
    return JSON, json.dumps({"error": detail}).encode()


def _json(exchange: Exchange, status: int, body: Any,
          headers: dict[str, str] | None = None) -> None:
    exchange.respond(status, json.dumps(body).encode(), JSON, headers)


class XBezahlStandIn(StandIn):
    def __init__(self, *, client_id: str = "kiosk", client_secret: str = "demo-secret",  # noqa: S107 - the stand-in's own
                 originator_id: str = "musterstadt", endpoint_id: str = "buergerbuero",
                 limits: Limits = LIMITS) -> None:
        self.client_id, self.client_secret = client_id, client_secret
        self.originator_id, self.endpoint_id = originator_id, endpoint_id
        self.transactions: dict[str, dict[str, Any]] = {}
        self.tokens: dict[str, float] = {}
        self._lock = threading.Lock()
        super().__init__("xbezahl-stand-in", [
            Route("POST", _TOKEN, self._token, FORM),
            Route("POST", _CREATE, self._create, JSON, private=True),
            Route("GET", _STATUS, self._status, private=True),
            Route("GET", _PAYPAGE, self._paypage),
            Route("POST", _PHONE, self._phone),
        ], _render, not_found="not found", denied="invalid_token", limits=limits)

    def settle(self, transaction_id: str, status: str) -> None:
        with self._lock:
            self.transactions[transaction_id]["status"] = status

    def authorised(self, headers: Headers) -> bool:
        auth = headers.get("Authorization")
        token = auth.removeprefix("Bearer ")
        with self._lock:
            return auth.startswith("Bearer ") and self.tokens.get(token, 0) > time.time()

    def _token(self, x: Exchange, _match: re.Match[str]) -> None:
        try:
            form = parse_qs(self.body(x).decode())
        except UnicodeDecodeError:
            _json(x, 400, {"error": "invalid_request"})
            return
        if (form.get("grant_type") != ["client_credentials"]
                or form.get("client_id") != [self.client_id]
                or form.get("client_secret") != [self.client_secret]):
            _json(x, 401, {"error": "invalid_client"})
            return
        token = secrets.token_hex(16)
        with self._lock:
            self.tokens[token] = time.time() + 300
        _json(x, 200, {"access_token": token, "token_type": "Bearer", "expires_in": 300})

    def _phone(self, x: Exchange, match: re.Match[str]) -> None:
        with self._lock:
            txn = self.transactions.get(match.group(1))
            if txn is not None and txn["status"] == "INITIAL":
                txn["status"] = _PAID[match.group(2)]
        _json(x, 200 if txn is not None else 404, {"ok": txn is not None})

    def _create(self, x: Exchange, match: re.Match[str]) -> None:
        if match.groups() != (self.originator_id, self.endpoint_id):
            _json(x, 404, {"error": "unknown originator or endpoint"})
            return
        try:
            body = json.loads(self.body(x))
            purpose, request_id = str(body["purpose"]), str(body["requestId"])
            amount = float(body["grossAmount"])
            if len(purpose) > 27 or len(request_id) > 36 or amount <= 0 \
                    or body.get("currency") != "EUR":
                raise ValueError("limits")
        except (KeyError, ValueError, TypeError, RecursionError):
            _json(x, 400, {"error": "invalid request"})
            return
        with self._lock:
            existing = next((t for t in self.transactions.values()
                             if t["requestId"] == request_id), None)
            txn = existing or {"transactionId": secrets.token_hex(16),
                               "requestId": request_id, "status": "INITIAL",
                               "grossAmount": amount, "purpose": purpose,
                               "reference": body.get("reference", purpose)}
            self.transactions[txn["transactionId"]] = txn
        tid = txn["transactionId"]
        status_url = f"{self.url}{match.string}/{tid}"
        _json(x, 201, {"transactionId": tid, "status": txn["status"],
                       "paypageUrl": f"{self.url}/paypage/{tid}",
                       "statusUrl": status_url}, {"Location": status_url})

    def _paypage(self, x: Exchange, match: re.Match[str]) -> None:
        with self._lock:
            txn = self.transactions.get(match.group(1))
        if txn is None:
            x.respond(404, b"unknown", "text/html")
            return
        x.respond(200, (f"<html><body><h1>ePayBL (stand-in)</h1><p>{txn['purpose']}"
                        f": {txn['grossAmount']:.2f} EUR</p><form method=post action="
                        f"'/paypage/{txn['transactionId']}/pay'><button>Pay</button>"
                        "</form></body></html>").encode(), "text/html")

    def _status(self, x: Exchange, match: re.Match[str]) -> None:
        with self._lock:
            txn = self.transactions.get(match.group(3))
        if txn is None:
            _json(x, 404, {"error": "unknown transaction"})
            return
        _json(x, 200, {"transactionId": txn["transactionId"], "status": txn["status"],
                       "paymentInformation": {
                           "transactionReference": txn["reference"],
                           "transactionId": txn["transactionId"],
                           "paymentMethod": "OTHER",
                           "status": {"PAYED": "BOOKED"}.get(txn["status"], txn["status"])}})
