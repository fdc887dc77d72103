"""Pay on one's phone: a paypage of the state's payment platform through XBezahldienste.

OAuth2 client credentials give a bearer token; ``POST /paymenttransaction/
{originatorId}/{endPointId}`` creates the transaction (purpose ≤ 27
characters, request id ≤ 36: the idempotency of a retried request) and answers
the paypage URL, which the kiosk shows as a QR code, and the status URL, which
the ``xbezahl`` thread polls (``GET``: INITIAL, PAYED, FAILED, CANCELED). Only
PAYED from the platform makes the application "paid". HTTP failures become
``NetworkError``/``ServerRefused`` here. Online only.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

import requests

from devices.threads import OwnedThread
from forms.payment import PaymentInfo
from kiosk.base.errors import NetworkError, ServerRefused, UserFacingError
from kiosk.base.i18n import N_
from kiosk.payment.ledger import Ledger

log = logging.getLogger(__name__)
OFFLINE = N_("Payment", "Paying by phone is not possible at the moment (no connection to the "
             "payment platform). Please choose another way to pay.")
REFUSED = N_("Payment", "The payment platform did not accept the payment. Please choose another "
             "way to pay.")
NOT_COMPLETED = N_("Payment", "The payment on your phone was not completed. Nothing was charged. "
                   "Please try again or choose another way to pay.")
FINAL = ("PAYED", "FAILED", "CANCELED")


@dataclass(frozen=True)
class XBezahlConfig:
    url: str
    originator_id: str
    endpoint_id: str
    client_id: str
    client_secret: str
    token_url: str = ""  # default: <url>/oauth/token
    poll_s: float = 2.0
    timeout_s: float = 10.0

    def __repr__(self) -> str:  # the secret stays out of logs
        return f"XBezahlConfig({self.url}, {self.originator_id}/{self.endpoint_id})"


@dataclass(frozen=True)
class Paypage:
    transaction_id: str
    paypage_url: str
    status_url: str


class XBezahlClient:
    def __init__(self, config: XBezahlConfig) -> None:
        self.config = config
        self._session = requests.Session()
        self._token: tuple[str, float] | None = None

    def _call(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        try:
            response = self._session.request(method, url, timeout=self.config.timeout_s,
                                             **kwargs)
        except requests.RequestException as exc:
            raise NetworkError(OFFLINE, detail=f"{method} {type(exc).__name__}") from exc
        if response.status_code >= 500:
            raise NetworkError(OFFLINE, detail=f"{method} HTTP {response.status_code}")
        if response.status_code >= 400:
            raise ServerRefused(REFUSED, detail=f"{method} HTTP {response.status_code}")
        return response

    def token(self) -> str:
        if self._token is not None and self._token[1] > time.monotonic() + 10:
            return self._token[0]
        c = self.config
        response = self._call("POST", c.token_url or f"{c.url}/oauth/token", data={
            "grant_type": "client_credentials", "client_id": c.client_id,
            "client_secret": c.client_secret})
        body = response.json()
        self._token = (str(body["access_token"]), time.monotonic() + float(body["expires_in"]))
        return self._token[0]

    def create(self, *, request_id: str, purpose: str, reference: str,
               amount_cents: int, description: str) -> Paypage:
        c = self.config
        body = {"requestId": request_id[:36], "requestTimestamp": datetime.now().astimezone()
                .isoformat(timespec="seconds"), "currency": "EUR",
                "grossAmount": round(amount_cents / 100, 2), "purpose": purpose[:27],
                "description": description[:250], "reference": reference,
                "items": [{"id": "1", "reference": reference, "description": description[:100],
                           "grossPrice": round(amount_cents / 100, 2), "quantity": 1}]}
        response = self._call("POST", f"{c.url}/paymenttransaction/{c.originator_id}/"
                              f"{c.endpoint_id}", json=body,
                              headers={"Authorization": f"Bearer {self.token()}"})
        data = response.json()
        return Paypage(str(data["transactionId"]), str(data["paypageUrl"]),
                       str(response.headers.get("Location") or data["statusUrl"]))

    def status(self, status_url: str) -> str:
        response = self._call("GET", status_url,
                              headers={"Authorization": f"Bearer {self.token()}"})
        return str(response.json()["status"])


class PaypageListener(Protocol):
    def paypage_ready(self, paypage: Paypage) -> None: ...

    def paypage_finished(self, payment: PaymentInfo | None,
                         error: UserFacingError | None) -> None: ...


class PaypagePayments:
    """Creates the paypage and polls its status on the ``xbezahl`` thread."""

    def __init__(self, config: XBezahlConfig, ledger_path: Path, listener: PaypageListener, *,
                 client: Callable[[XBezahlConfig], XBezahlClient] = XBezahlClient) -> None:
        self.config = config
        self.ledger_path = ledger_path
        self.listener = listener
        self._client = client(config)
        self._thread = OwnedThread("xbezahl", "the payment platform")
        self._cancel = threading.Event()

    def pay(self, vorgangsnummer: str, reference: str, amount_cents: int,
            description: str) -> None:
        self._cancel = cancel = threading.Event()
        self._thread.submit(self._run, vorgangsnummer, reference, amount_cents, description,
                            cancel)

    def cancel(self) -> None:
        self._cancel.set()

    def stop(self) -> None:
        self._cancel.set()
        self._thread.shutdown(wait=True, cancel_futures=True)

    def _run(self, vorgangsnummer: str, reference: str, amount_cents: int, description: str,
             cancel: threading.Event) -> None:
        self._thread.assert_owner()
        try:
            with Ledger(self.ledger_path) as ledger:
                result = self._pay(ledger, vorgangsnummer, reference, amount_cents,
                                   description, cancel)
        except UserFacingError as exc:
            log.warning("paypage payment failed: %s", exc.detail or type(exc).__name__)
            self.listener.paypage_finished(None, exc)
            return
        except Exception as exc:  # a bug: the screen must still hear the end
            log.exception("paypage payment failed unexpectedly")
            self.listener.paypage_finished(None, UserFacingError(REFUSED,
                                                                 detail=type(exc).__name__))
            return
        self.listener.paypage_finished(*result)

    def _pay(self, ledger: Ledger, vorgangsnummer: str, reference: str, amount_cents: int,
             description: str, cancel: threading.Event
             ) -> tuple[PaymentInfo | None, UserFacingError | None]:
        attempt = len(ledger.for_application(vorgangsnummer))
        page = self._client.create(request_id=f"{reference}-{attempt}", purpose=reference,
                                   reference=reference, amount_cents=amount_cents,
                                   description=description)
        payment_id = ledger.create(vorgangsnummer, reference, "paypage", amount_cents,
                                   state="created", transaction_id=page.transaction_id)
        self.listener.paypage_ready(page)
        while True:
            status = self._client.status(page.status_url)
            if status == "PAYED":
                ledger.update(payment_id, state="paid", status="paid",
                              paid_at=datetime.now().astimezone().isoformat(timespec="seconds"))
                return ledger.get(payment_id).info(), None
            if status in FINAL:
                ledger.failed(payment_id, detail=f"platform: {status}")
                return None, UserFacingError(NOT_COMPLETED, detail=status)
            if cancel.wait(self.config.poll_s):
                # The citizen chose another way: a later PAYED is still seen by reconcile.
                ledger.update(payment_id, state="abandoned", detail="left the paypage")
                return None, UserFacingError(NOT_COMPLETED, detail="cancelled")
