"""Card payments at the ZVT terminal, written to the ledger before each step and after
each answer, and their recovery after a kiosk that died mid-payment.

Everything here runs on the ``zvt`` thread (``devices.zvt.terminal``); the
listener hears each prompt and exactly one end per payment, on that thread.

Recovery (``resolve``), before every new payment and at start-up: a payment
left in ``requested`` was never sent (failed); one left in ``authorising`` is
looked up at the terminal — status enquiry (``05 01``: is it free?), then repeat
receipt (``06 20``: its last booking). That booking is this payment only when it
is approved, for the same amount, and its trace number is unknown to the
ledger; then the payment is recorded as authorised, else as failed (a terminal
reverses a booking whose status information was not acknowledged). A payment
that stays open (terminal unreachable) blocks new card payments: no second
charge can hide the first. An authorised payment whose application is neither
parked nor stored is reversed (``06 30``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from devices.zvt.client import Exchange, TransactionStatus, ZvtClient, ZvtHandler
from devices.zvt.codes import (
    ConnectionLost,
    PaymentDeclined,
    ProtocolError,
    TerminalError,
    TerminalTimeout,
)
from devices.zvt.terminal import ZvtTerminal
from forms.payment import PaymentInfo
from kiosk.base.errors import GENERIC_ERROR, UserFacingError
from kiosk.base.i18n import N_, Message
from kiosk.payment.ledger import Ledger, Payment

log = logging.getLogger(__name__)

UNRESOLVED = N_("Payment", "We could not confirm whether your card was charged. Your "
                "application is saved. Please do not pay again: the staff will check the card "
                "terminal and tell you.")
OPEN_PAYMENT = N_("Payment", "The card terminal is still checking an earlier payment. Please "
                  "choose another way to pay, or pay at the counter.")


@dataclass(frozen=True)
class CardOutcome:
    """How one card payment ended. ``payment`` is set only when the terminal booked it."""

    payment: PaymentInfo | None = None
    error: UserFacingError | None = None
    unresolved: bool = False  # the outcome is not known yet (recovery will tell)
    customer_receipt: tuple[str, ...] = ()

    @property
    def paid(self) -> bool:
        return self.payment is not None and self.payment.paid


class CardListener(Protocol):
    def card_status(self, message: Message) -> None: ...

    def card_finished(self, outcome: CardOutcome) -> None: ...


class _Prompts(ZvtHandler):
    def __init__(self, listener: CardListener) -> None:
        self.listener = listener

    def status(self, code: int, message: Message) -> None:
        self.listener.card_status(message)


@dataclass
class RecoveryReport:
    resolved_paid: list[str] = field(default_factory=list)
    resolved_failed: list[str] = field(default_factory=list)
    reversed: list[str] = field(default_factory=list)
    still_open: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"paid": self.resolved_paid, "failed": self.resolved_failed,
                "reversed": self.reversed, "open": self.still_open}


def transaction_id(status: TransactionStatus) -> str:
    return f"zvt:{status.terminal_id or '-'}:{status.trace_number or 0:06d}"


def _record_approval(ledger: Ledger, payment_id: int, status: TransactionStatus) -> None:
    ledger.authorised(payment_id, trace_number=status.trace_number,
                      receipt_number=status.receipt_number, terminal_id=status.terminal_id,
                      card_name=status.card_name, transaction_id=transaction_id(status))


def _keep_receipts(ledger: Ledger, payment_id: int, exchange: Exchange) -> None:
    ledger.add_receipts(payment_id, [(r.kind, r.lines) for r in exchange.receipts])


def resolve(client: ZvtClient, ledger: Ledger) -> RecoveryReport:
    """Settle every open card payment with the terminal; reverse orphaned ones."""
    report = RecoveryReport()
    open_payments = ledger.open_card_payments()
    orphans = ledger.orphans()
    if not open_payments and not orphans:
        return report
    client.status_enquiry()  # the terminal answers, and holds no transaction of ours
    for p in open_payments:
        if p.state == "requested":  # 06 01 was never sent
            ledger.failed(p.id, detail="recovery: never sent to the terminal")
            report.resolved_failed.append(p.vorgangsnummer)
            continue
        exchange = client.repeat_receipt()
        last = exchange.status
        if last is not None and last.approved and last.amount_cents == p.amount_cents \
                and last.trace_number is not None and not ledger.trace_known(last.trace_number):
            _record_approval(ledger, p.id, last)
            _keep_receipts(ledger, p.id, exchange)
            report.resolved_paid.append(p.vorgangsnummer)
            log.warning("recovery: an interrupted card payment was booked; recorded as paid")
        else:
            ledger.failed(p.id, detail="recovery: the terminal did not book it")
            report.resolved_failed.append(p.vorgangsnummer)
    for p in ledger.orphans():
        if p.receipt_number is None:
            continue
        exchange = client.reversal(p.receipt_number)
        ledger.update(p.id, state="reversed", status="not_paid", detail="recovery: reversed")
        _keep_receipts(ledger, p.id, exchange)
        report.reversed.append(p.vorgangsnummer)
        log.warning("recovery: reversed a card payment whose application was gone")
    return report


def _outcome_of(ledger: Ledger, payment: Payment) -> CardOutcome:
    receipts = ledger.receipts(payment.id)
    return CardOutcome(payment=payment.info(), customer_receipt=receipts.get("customer", ()))


class CardPayments:
    """Card payments for the kiosk: one at a time, on the terminal's own thread."""

    def __init__(self, terminal: ZvtTerminal, ledger_path: Path, listener: CardListener) -> None:
        self.terminal = terminal
        self.ledger_path = ledger_path
        self.listener = listener

    def cancel(self) -> None:
        self.terminal.cancel()

    def pay(self, vorgangsnummer: str, reference: str, amount_cents: int) -> None:
        """Start a payment; the listener hears its prompts and its end (zvt thread)."""
        self.terminal.submit_plain(
            lambda: self.listener.card_finished(self._pay(vorgangsnummer, reference,
                                                          amount_cents)))

    def recover(self) -> Any:
        """Resolve what a previous run left open (a future of the ``RecoveryReport``)."""
        return self.terminal.submit_plain(self.resolve_now)

    def resolve_now(self) -> RecoveryReport:
        with Ledger(self.ledger_path) as ledger:
            if not ledger.open_card_payments() and not ledger.orphans():
                return RecoveryReport()  # nothing to ask the terminal
            try:
                return self.terminal.run_here(lambda c: resolve(c, ledger))
            except TerminalError as exc:
                log.warning("recovery could not reach the terminal: %s", exc.detail)
                return RecoveryReport(still_open=[p.vorgangsnummer
                                                  for p in ledger.open_card_payments()])

    def _pay(self, vorgangsnummer: str, reference: str, amount_cents: int) -> CardOutcome:
        self.terminal.assert_on_zvt_thread()
        try:
            with Ledger(self.ledger_path) as ledger:
                return self._pay_with(ledger, vorgangsnummer, reference, amount_cents)
        except UserFacingError as exc:
            log.warning("card payment failed: %s", exc.detail or type(exc).__name__)
            return CardOutcome(error=exc)
        except Exception as exc:  # a bug: the citizen still hears the end
            log.exception("card payment failed unexpectedly")
            return CardOutcome(error=UserFacingError(GENERIC_ERROR, detail=type(exc).__name__))

    def _pay_with(self, ledger: Ledger, vorgangsnummer: str, reference: str,
                  amount_cents: int) -> CardOutcome:
        report = self.resolve_now() if ledger.open_card_payments() or ledger.orphans() \
            else RecoveryReport()
        if report.still_open:
            return CardOutcome(error=UserFacingError(OPEN_PAYMENT))
        for p in ledger.for_application(vorgangsnummer):
            if p.method == "card" and p.state == "authorised":
                return _outcome_of(ledger, p)  # paid already: never twice
        payment_id = ledger.create(vorgangsnummer, reference, "card", amount_cents,
                                   state="requested")
        prompts = _Prompts(self.listener)

        def on_status(status: TransactionStatus) -> None:
            if status.approved:  # acknowledged to the terminal a moment ago: it is booked
                _record_approval(ledger, payment_id, status)

        def authorise(client: ZvtClient) -> Exchange:
            ledger.update(payment_id, state="authorising")
            return client.authorise(amount_cents, on_status=on_status)

        try:
            exchange = self.terminal.run_here(authorise, handler=prompts)
        except PaymentDeclined as exc:
            ledger.failed(payment_id, result_code=exc.code, detail=exc.detail)
            return CardOutcome(error=exc)
        except (ConnectionLost, TerminalTimeout, ProtocolError) as exc:
            return self._after_trouble(ledger, payment_id, exc)
        except TerminalError as exc:  # unreachable, busy: 06 01 was not taken
            if ledger.get(payment_id).state in ("requested", "authorising"):
                ledger.failed(payment_id, detail=exc.detail)
            return CardOutcome(error=exc)
        if ledger.get(payment_id).state != "authorised" and exchange.status is not None:
            _record_approval(ledger, payment_id, exchange.status)
        _keep_receipts(ledger, payment_id, exchange)
        return _outcome_of(ledger, ledger.get(payment_id))

    def _after_trouble(self, ledger: Ledger, payment_id: int,
                       error: TerminalError) -> CardOutcome:
        """The outcome is open: ask the terminal now."""
        if ledger.get(payment_id).state == "authorised":
            return _outcome_of(ledger, ledger.get(payment_id))
        report = self.resolve_now()
        payment = ledger.get(payment_id)
        if payment.state == "authorised":
            return _outcome_of(ledger, payment)
        if payment.state == "failed":
            return CardOutcome(error=error)
        del report
        return CardOutcome(error=UserFacingError(UNRESOLVED, detail=error.detail),
                           unresolved=True)

    def end_of_day(self) -> Any:
        """Kassenschnitt (``06 50``): a future of the report (terminal against ledger)."""
        return self.terminal.submit_plain(lambda: self._close_day(settle=True))

    def totals(self) -> Any:
        """The terminal's totals so far (``06 10``) against the ledger's (reconcile)."""
        return self.terminal.submit_plain(lambda: self._close_day(settle=False))

    def _close_day(self, *, settle: bool) -> dict[str, Any]:
        with Ledger(self.ledger_path) as ledger:
            call: Callable[[ZvtClient], Exchange] = (
                (lambda c: c.end_of_day()) if settle else (lambda c: c.turnover_totals()))
            exchange = self.terminal.run_here(call)
            status = exchange.status
            total = status.amount_cents or 0 if status is not None else 0
            count = status.totals_count or 0 if status is not None else 0
            lines = exchange.receipt("administration")
            if settle:
                return ledger.record_end_of_day(total, count, lines)
            ledger_count, ledger_total = ledger.unsettled_card_totals()
            return {"terminal_total_cents": total, "terminal_count": count,
                    "ledger_total_cents": ledger_total, "ledger_count": ledger_count,
                    "matches": (total, count) == (ledger_total, ledger_count),
                    "receipt": list(lines)}
