"""Paying on one's phone: the XBezahldienste client against the stand-in, over real HTTP."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from forms.payment import PaymentInfo
from kiosk.base.errors import NetworkError, ServerRefused, UserFacingError
from kiosk.payment.ledger import Ledger
from kiosk.payment.xbezahl import Paypage, PaypagePayments, XBezahlClient, XBezahlConfig
from sync.reference.xbezahldienste import XBezahlStandIn


@pytest.fixture
def platform() -> Iterator[XBezahlStandIn]:
    with XBezahlStandIn() as stand_in:
        yield stand_in


def config(p: XBezahlStandIn, **changes: object) -> XBezahlConfig:
    values: dict[str, object] = {"url": p.url, "originator_id": p.originator_id,
                                 "endpoint_id": p.endpoint_id, "client_id": p.client_id,
                                 "client_secret": p.client_secret, "poll_s": 0.05}
    values.update(changes)
    return XBezahlConfig(**values)  # type: ignore[arg-type]


class Listener:
    def __init__(self, phone: str | None) -> None:
        self.phone = phone  # what the citizen does on the paypage
        self.pages: list[Paypage] = []
        self.result: tuple[PaymentInfo | None, UserFacingError | None] | None = None
        self.done = threading.Event()

    def paypage_ready(self, paypage: Paypage) -> None:
        self.pages.append(paypage)
        assert requests.get(paypage.paypage_url, timeout=5).status_code == 200
        if self.phone:
            requests.post(f"{paypage.paypage_url}/{self.phone}", timeout=5)

    def paypage_finished(self, payment: PaymentInfo | None,
                         error: UserFacingError | None) -> None:
        self.result = (payment, error)
        self.done.set()


@pytest.mark.parametrize(("phone", "paid"), [("pay", True), ("cancel", False), ("fail", False)])
def test_the_paypage_ends_paid_only_when_the_platform_says_payed(
        platform: XBezahlStandIn, tmp_path: Path, phone: str, paid: bool) -> None:
    listener = Listener(phone)
    payments = PaypagePayments(config(platform), tmp_path / "payments.sqlite3", listener)
    try:
        payments.pay("2026-AAAA-BBBB-1", "BB2026AAAABBBB1", 500, "Meldebescheinigung")
        assert listener.done.wait(20)
    finally:
        payments.stop()
    assert listener.result is not None
    payment, error = listener.result
    assert (payment is not None and payment.paid) is paid
    assert (error is None) is paid
    (transaction,) = platform.transactions.values()
    assert transaction["purpose"] == "BB2026AAAABBBB1"
    assert transaction["grossAmount"] == 5.0
    with Ledger(tmp_path / "payments.sqlite3") as ledger:
        (row,) = ledger.all()
        assert row.status == ("paid" if paid else "not_paid")
        assert row.transaction_id == transaction["transactionId"]
    assert "POST /oauth/token" in platform.requests


def test_leaving_the_paypage_is_not_paid(platform: XBezahlStandIn, tmp_path: Path) -> None:
    listener = Listener(None)
    payments = PaypagePayments(config(platform), tmp_path / "payments.sqlite3", listener)
    try:
        payments.pay("2026-AAAA-BBBB-1", "BB1", 500, "Meldebescheinigung")
        threading.Event().wait(0.3)
        payments.cancel()
        assert listener.done.wait(20)
    finally:
        payments.stop()
    assert listener.result is not None
    assert listener.result[0] is None


def test_wrong_credentials_and_no_platform(platform: XBezahlStandIn) -> None:
    with pytest.raises(ServerRefused):
        XBezahlClient(config(platform, client_secret="wrong")).token()
    with pytest.raises(NetworkError):
        XBezahlClient(config(platform, url="http://127.0.0.1:9")).token()


def test_the_stand_in_enforces_the_standards_limits(platform: XBezahlStandIn) -> None:
    client = XBezahlClient(config(platform))
    token = client.token()
    url = f"{platform.url}/paymenttransaction/{platform.originator_id}/{platform.endpoint_id}"
    too_long = {"requestId": "r1", "purpose": "x" * 28, "grossAmount": 5.0, "currency": "EUR"}
    reply = requests.post(url, json=too_long, headers={"Authorization": f"Bearer {token}"},
                          timeout=5)
    assert reply.status_code == 400
    assert requests.post(url, json=too_long, timeout=5).status_code == 401  # no token
    page = client.create(request_id="r" * 40, purpose="p" * 40, reference="BB1",
                         amount_cents=500, description="Meldebescheinigung")
    assert client.status(page.status_url) == "INITIAL"  # the client kept to the limits
    again = client.create(request_id="r" * 40, purpose="p" * 40, reference="BB1",
                          amount_cents=500, description="Meldebescheinigung")
    assert again.transaction_id == page.transaction_id  # the request id makes it idempotent
