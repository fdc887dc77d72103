"""Card payments through the ledger, and recovery of what a dead kiosk left open."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from devices.tools.zvt_fake import FakeTerminal
from devices.zvt.client import ZvtClient
from devices.zvt.terminal import TerminalConfig, ZvtTerminal
from devices.zvt.transport import TcpChannel
from forms.loader import shipped_forms
from forms.payment import PaymentInfo
from forms.samples import sample_record
from kiosk.payment.card import CardOutcome, CardPayments
from kiosk.payment.ledger import Ledger
from kiosk.payment.parking import park, parked_records, settled, store_parked
from kiosk.settings import Settings

VN = "2026-AAAA-BBBB-1"


class Listener:
    def __init__(self) -> None:
        self.messages: list[str] = []
        self.outcomes: list[CardOutcome] = []
        self.done = threading.Event()

    def card_status(self, message: object) -> None:
        self.messages.append(str(message))

    def card_finished(self, outcome: CardOutcome) -> None:
        self.outcomes.append(outcome)
        self.done.set()


@pytest.fixture
def fake() -> Iterator[FakeTerminal]:
    with FakeTerminal(step_s=0.005) as terminal:
        yield terminal


@pytest.fixture
def cards(fake: FakeTerminal, tmp_path: Path) -> Iterator[tuple[CardPayments, Listener]]:
    listener = Listener()
    terminal = ZvtTerminal(TerminalConfig("127.0.0.1", fake.port, t4_s=1.0))
    yield CardPayments(terminal, tmp_path / "payments.sqlite3", listener), listener
    terminal.stop()


def pay(cards: CardPayments, listener: Listener, vorgangsnummer: str = VN) -> CardOutcome:
    listener.done.clear()
    cards.pay(vorgangsnummer, "BB" + vorgangsnummer.replace("-", ""), 500)
    assert listener.done.wait(20)
    return listener.outcomes[-1]


def test_a_paid_card_is_in_the_ledger_with_trace_and_receipts(
        cards: tuple[CardPayments, Listener], fake: FakeTerminal) -> None:
    payments, listener = cards
    outcome = pay(payments, listener)
    assert outcome.paid
    assert outcome.payment is not None
    assert outcome.payment.trace_number == fake.booked()[0].trace
    assert outcome.payment.transaction_id.startswith("zvt:")
    assert "** Kundenbeleg **" in outcome.customer_receipt
    assert "Please enter your PIN on the card terminal." in listener.messages
    with Ledger(payments.ledger_path) as ledger:
        (row,) = ledger.all()
        assert (row.state, row.status) == ("authorised", "paid")
        assert "merchant" in ledger.receipts(row.id)  # the office's copy is kept


def test_never_twice_for_one_application(cards: tuple[CardPayments, Listener],
                                         fake: FakeTerminal, tmp_path: Path) -> None:
    payments, listener = cards
    with Ledger(payments.ledger_path) as ledger:  # parked, so it is no orphan
        ledger.park(VN, "k", b"sealed")
    first = pay(payments, listener)
    second = pay(payments, listener)
    assert first.paid
    assert second.paid
    assert second.payment == first.payment
    assert len(fake.booked()) == 1


@pytest.mark.parametrize("outcome", ["decline", "abort", "busy"])
def test_a_refusal_is_recorded_as_failed_and_not_paid(
        cards: tuple[CardPayments, Listener], fake: FakeTerminal, outcome: str) -> None:
    payments, listener = cards
    fake.script(outcome)
    result = pay(payments, listener)
    assert not result.paid
    assert result.error is not None
    assert not result.unresolved
    with Ledger(payments.ledger_path) as ledger:
        assert [(p.state, p.status) for p in ledger.all()] == [("failed", "not_paid")]


def test_a_lost_connection_is_settled_with_the_terminal_at_once(
        cards: tuple[CardPayments, Listener], fake: FakeTerminal) -> None:
    payments, listener = cards
    with Ledger(payments.ledger_path) as ledger:
        ledger.park(VN, "k", b"sealed")
    fake.script("drop")  # lost before any booking
    assert not pay(payments, listener).paid
    fake.script("timeout")
    assert not pay(payments, listener).paid
    assert fake.booked() == []
    result = pay(payments, listener)  # the terminal answers again: paid once
    assert result.paid
    with Ledger(payments.ledger_path) as ledger:
        assert [p.state for p in ledger.all()] == ["failed", "failed", "authorised"]


def open_payment(path: Path, vorgangsnummer: str, amount: int = 500) -> int:
    """What a kiosk killed between sending 06 01 and recording the answer leaves."""
    with Ledger(path) as ledger:
        payment_id = ledger.create(vorgangsnummer, "BB1", "card", amount, state="requested")
        ledger.update(payment_id, state="authorising")
        ledger.park(vorgangsnummer, "k", b"sealed")
        return payment_id


def test_recovery_finds_the_booking_of_a_killed_kiosk(
        cards: tuple[CardPayments, Listener], fake: FakeTerminal) -> None:
    payments, _listener = cards
    payment_id = open_payment(payments.ledger_path, VN)
    ZvtClient(TcpChannel.connect("127.0.0.1", fake.port)).authorise(500)  # the terminal booked
    report = payments.recover().result()
    assert report.resolved_paid == [VN]
    with Ledger(payments.ledger_path) as ledger:
        row = ledger.get(payment_id)
        assert (row.state, row.trace_number) == ("authorised", fake.booked()[0].trace)
        assert ledger.final_payment(VN, 500, "BB1").paid  # type: ignore[union-attr]


def test_recovery_does_not_take_an_older_booking_for_this_one(
        cards: tuple[CardPayments, Listener], fake: FakeTerminal) -> None:
    payments, listener = cards
    with Ledger(payments.ledger_path) as ledger:
        ledger.park("2026-CCCC-DDDD-2", "k", b"sealed")
    assert pay(payments, listener, "2026-CCCC-DDDD-2").paid  # known to the ledger
    payment_id = open_payment(payments.ledger_path, VN)  # killed before 06 01 arrived
    report = payments.recover().result()
    assert report.resolved_failed == [VN]
    with Ledger(payments.ledger_path) as ledger:
        assert ledger.get(payment_id).status == "not_paid"
    assert len(fake.booked()) == 1


def test_an_open_payment_blocks_new_ones_until_the_terminal_answers(
        tmp_path: Path) -> None:
    listener = Listener()
    terminal = ZvtTerminal(TerminalConfig("127.0.0.1", 9, connect_timeout_s=0.5))
    payments = CardPayments(terminal, tmp_path / "payments.sqlite3", listener)
    try:
        open_payment(payments.ledger_path, VN)
        assert payments.recover().result().still_open == [VN]
        with Ledger(payments.ledger_path) as ledger:
            assert ledger.final_payment(VN, 500, "BB1") is None  # not stored as anything yet
        outcome = pay(payments, listener, "2026-EEEE-FFFF-3")
        assert not outcome.paid
        assert outcome.error is not None
    finally:
        terminal.stop()


def test_an_authorised_payment_without_its_application_is_reversed(
        cards: tuple[CardPayments, Listener], fake: FakeTerminal) -> None:
    payments, listener = cards
    with Ledger(payments.ledger_path) as ledger:
        ledger.park(VN, "k", b"sealed")
    assert pay(payments, listener).paid
    with Ledger(payments.ledger_path) as ledger:
        ledger.unpark(VN)
        ledger.update(ledger.all()[0].id, stored_at=None)  # the application is gone
    report = payments.recover().result()
    assert report.reversed == [VN]
    assert [b.state for b in fake.journal] == ["reversed"]


def test_parked_applications_are_stored_with_what_the_ledger_says(tmp_path: Path, office) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(data_dir=tmp_path / "terminal", terminal_id="T-01")
    office.enroll(settings.data_dir, settings.terminal_id)  # stored means signed
    form = shipped_forms()["meldebescheinigung-einfach"]
    record = dataclasses.replace(
        sample_record(form, vorgangsnummer=VN),
        payment=PaymentInfo(amount_cents=500, reference="BB1"))
    park(settings, record)
    assert [r.vorgangsnummer for r in parked_records(settings)] == [VN]
    with Ledger(settings.payments_path) as ledger:
        payment_id = ledger.create(VN, "BB1", "card", 500, state="authorising")
    assert settled(settings, record) is None  # an open card payment: keep it parked
    assert store_parked(settings) == []
    with Ledger(settings.payments_path) as ledger:
        ledger.failed(payment_id, detail="test")
    final = settled(settings, record)
    assert final is not None
    assert final.payment.status == "not_paid"
    assert store_parked(settings) == [VN]
    assert parked_records(settings) == []
    with Ledger(settings.payments_path) as ledger:
        assert ledger.get(payment_id).stored_at is not None
