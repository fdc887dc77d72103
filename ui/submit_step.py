"""The last steps of a session: sign, (park, pay,) store, receipt — for the kiosk window.

Whatever takes time runs on the task thread (``Backend.tasks``: the storage process
renders, signs and enqueues) and comes back here on the GUI thread. With a fee the
application is parked first — sealed and durable before any money moves — then paid,
then stored with what the payment step settled; it fails closed: "not paid" until the
payment step says otherwise. A session that ends in between never loses what was
parked: it is stored as the payment ledger has it.

Loaded with the backend, after the first frame (``KioskWindow.attach``).
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from datetime import datetime
from typing import TYPE_CHECKING

from forms.payment import PaymentInfo
from kiosk.base.errors import GENERIC_ERROR, UserFacingError
from kiosk.base.i18n import N_, Message
from kiosk.journey import PAY
from kiosk.payment.reference import reference_for
from ui.i18n import translate

if TYPE_CHECKING:
    from forms.record import ApplicationRecord
    from ui.qt import QWidget
    from ui.window import KioskWindow

log = logging.getLogger(__name__)
HANDOVER_WAIT_S = 0.02

SAVING = N_("KioskWindow", "Saving…")
PAYMENT_CHECKING = N_("Payment", "Your card payment is being checked. Please do not pay again; "
                      "ask at the counter if you are unsure.")
RECEIPT_PRINTED = N_("Receipt", "Your receipt has been printed: please take it.")
PAYMENT_LINE = {
    "paid": N_("Receipt", "The fee has been paid. Thank you."),
    "pending_transfer": N_("Receipt", "Please transfer the fee with the payment reference "
                           "{reference}."),
    "pay_at_counter": N_("Receipt", "Please pay the fee at the counter."),
    "exemption_claimed": N_("Receipt", "Fee exemption claimed: please bring your proof to "
                            "the counter."),
    "not_paid": N_("Receipt", "Please pay the fee at the counter."),
}


class SubmitStep:
    """What happens after 'Submit' on the signature screen of ``window``'s session."""

    def __init__(self, window: KioskWindow) -> None:
        self.window = window
        self._record: ApplicationRecord | None = None  # the parked application
        self._receipt_for: tuple[ApplicationRecord, tuple[str, ...]] | None = None

    def forget(self) -> None:
        """The session ended: nothing of its application stays here."""
        self._record = self._receipt_for = None

    def connect(self) -> None:
        """Follow the payment screen of the window's new session, if it has one."""
        session = self.window.session
        if session is not None and session.payment is not None:
            session.payment.settled.connect(self._payment_settled)
            session.payment.unresolved.connect(self._payment_unresolved)
            session.payment.busyChanged.connect(self._payment_busy)

    def submit(self) -> None:
        window = self.window
        session = window.session
        assert session is not None
        screen = session.signature
        if screen.busy:
            return
        if not screen.accept():
            window.inputRefused.emit()
            return
        journey, settings = window.journey, window.settings
        vorgangsnummer, _key = journey.prepare_submission()
        record = journey.application(
            signed_at=datetime.now().astimezone(), terminal_id=settings.terminal_id,
            office_name=settings.office_name, place=settings.place)
        fee = record.form.fee_cents
        # Fail closed: "not paid" until the payment step settles it.
        record = dataclasses.replace(record, payment=PaymentInfo(
            method="none", status="not_paid" if fee else "not_required", amount_cents=fee,
            reference=reference_for(settings, vorgangsnummer) if fee else ""))
        storage, tasks = window.backend.storage, window.backend.tasks
        if journey.needs_payment:
            # Parked first (sealed, durable), then paid, then stored with its payment.
            tasks.run(lambda: storage.park(settings, record),
                      lambda vn: self._parked(vn, record), self._store_failed)
        else:
            # The storage thread waits while the storage process renders, signs and
            # enqueues; the application is on its way before the screen says "Saving…".
            self._receipt_for = (record, ())
            self._store(record)
        screen.set_busy(True)
        window.next_button.setEnabled(False)
        window.next_button.setText(translate(SAVING))

    def ended_elsewhere(self, _outcome: object) -> None:
        """A payment ended after its session: store what is parked."""
        if self.window.journey.step != PAY:
            self.store_parked()

    def store_parked(self) -> None:
        settings, backend = self.window.settings, self.window.backend
        storage = backend.storage
        backend.tasks.run(lambda: storage.store_parked(settings), self._parked_stored,
                          lambda exc: log.error("parked applications not stored: %s",
                                                type(exc).__name__))

    # -- payment -------------------------------------------------------------
    def _parked(self, vorgangsnummer: str, record: ApplicationRecord) -> None:
        window = self.window
        window.next_button.setEnabled(True)
        session = window.session
        if window.journey.vorgangsnummer != vorgangsnummer or session is None \
                or session.payment is None:
            self.store_parked()  # the session ended meanwhile: store it as it stands
            return
        session.signature.wipe()
        self._record = record
        window.journey.to_payment()
        session.payment.start(record)
        window.show_current()

    def _payment_busy(self, busy: bool) -> None:
        # While the citizen works at the card terminal or on the phone, the screen is idle.
        if busy:
            self.window.idle.stop()
        elif self.window.journey.step == PAY:
            self.window.idle.start()

    def _payment_settled(self, payment: PaymentInfo, customer_copy: tuple[str, ...]) -> None:
        record = self._record
        if record is None or self.window.journey.step != PAY:
            return
        final = dataclasses.replace(record, payment=payment)
        self._receipt_for = (final, tuple(customer_copy))
        self._store(final)

    def _payment_unresolved(self) -> None:
        """A card payment's outcome is open: the application stays parked until recovery."""
        window = self.window
        vorgangsnummer, session = window.journey.vorgangsnummer, window.session
        if vorgangsnummer is None or session is None:
            return
        self._record = None
        window.journey.finish_submission()
        session.receipt.show_receipt(vorgangsnummer, PAYMENT_CHECKING)
        window.idle.stop()
        window.start_receipt_countdown()
        window.show_current()

    def _parked_stored(self, stored: list[str]) -> None:
        for vorgangsnummer in stored:
            self.window.applicationQueued.emit(vorgangsnummer)

    # -- stored: the receipt -------------------------------------------------------
    def _store(self, record: ApplicationRecord) -> None:
        """Store ``record`` (the storage thread waits for the storage process), and draw
        its receipt meanwhile."""
        settings, backend = self.window.settings, self.window.backend
        storage, sent = backend.storage, threading.Event()
        backend.tasks.run(lambda: storage.store(settings, record, sent=sent), self._stored,
                          self._store_failed)
        # The storage thread sends the application (~0.3 ms) before this thread paints
        # "Saving…": while the GUI thread runs Python it holds the interpreter lock,
        # and the storage thread waited ~2 ms of the citizen's time for it. Bounded:
        # a large application goes on being sent while the screen paints.
        sent.wait(HANDOVER_WAIT_S)
        self._prepare_receipt(record)

    def _prepare_receipt(self, record: ApplicationRecord) -> None:
        """Draw the receipt (its QR code: ~3 ms) while the storage process works, once the
        "Saving…" frame is painted: when the application is stored, the citizen waits only
        for the receipt to be shown. It stays hidden until then, and is wiped if storing
        fails."""
        window = self.window

        def prepare() -> None:
            session = window.session
            if session is not None and self._receipt_for is not None \
                    and self._receipt_for[0] is record:
                session.receipt.show_receipt(record.vorgangsnummer,
                                             self._payment_line(record.payment))
                receipt = session.receipt
                receipt.ensurePolished()  # its style sheet applied now, not at showing
                # Laid out now at the size it will have (the footer's room too: the
                # receipt has none), so that showing it does not wrap its texts again.
                footer = window.footer
                stack = window.stack
                receipt.setGeometry(0, 0, stack.width(), stack.height()
                                    + (footer.height() if footer.isVisible() else 0))
                layout = receipt.layout()
                if layout is not None:
                    layout.activate()
                # Drawn once off screen, in a turn of the event loop of its own (the GUI
                # thread's longest stall stays short): Qt sends a hidden widget's pending
                # resize events when it renders it, so its scroll area lays out its texts
                # then (~300 text measurements) and their glyphs are drawn, not when the
                # receipt is shown.
                window.after_paint(lambda: draw_off_screen(receipt) if self._receipt_for
                                   is not None and self._receipt_for[0] is record else None)

        window.after_paint(prepare)

    @staticmethod
    def _payment_line(payment: PaymentInfo | None) -> Message | None:
        line = PAYMENT_LINE.get(payment.status) if payment is not None else None
        return line.format(reference=payment.reference) \
            if line is not None and payment is not None else None

    def _stored(self, vorgangsnummer: str) -> None:
        window = self.window
        window.next_button.setEnabled(True)
        session = window.session
        if window.journey.vorgangsnummer != vorgangsnummer or session is None:
            return  # the session ended meanwhile; the application is queued all the same
        signature = session.signature
        # The hidden signature screen (the ink, the signer's name) is wiped once the
        # receipt is painted, not before (~1 ms of the wait); the journey's own copy of
        # the signature goes now (finish_submission), everything at the session's end.
        window.after_paint(lambda: signature.wipe() if window.session is session else None)
        receipt_for, self._receipt_for, self._record = self._receipt_for, None, None
        payment = receipt_for[0].payment if receipt_for is not None else None
        window.journey.finish_submission()
        session.receipt.show_receipt(vorgangsnummer, self._payment_line(payment))
        payments = window.backend.payments
        if receipt_for is not None and payments is not None and payments.printer is not None:
            self._print_receipt(*receipt_for)
        window.idle.stop()
        window.start_receipt_countdown()
        window.show_current()
        window.applicationQueued.emit(vorgangsnummer)

    def _print_receipt(self, record: ApplicationRecord, customer_copy: tuple[str, ...]) -> None:
        # The receipt's texts need the record's modules, loaded with the first submission.
        from kiosk.payment.receipt import build_receipt

        window = self.window
        payments = window.backend.payments
        assert payments is not None
        settings = window.settings
        doc = build_receipt(record, record.payment, office=f"{settings.office_name} "
                            f"{settings.place}", customer_copy=customer_copy)
        receipt = window.session.receipt if window.session is not None else None

        def printed(_job: str | None, error: UserFacingError | None) -> None:
            if receipt is not None and window.session is not None:
                receipt.show_printed(error.message if error is not None else RECEIPT_PRINTED)

        payments.print_receipt(doc, printed)

    def _store_failed(self, error: Exception) -> None:
        window = self.window
        window.next_button.setEnabled(True)
        session = window.session
        if session is None:
            return  # the session ended meanwhile
        self._receipt_for = None  # a receipt drawn in advance (_prepare_receipt) never shows
        session.receipt.wipe()
        if window.journey.step == PAY and session.payment is not None:
            message = error.message if isinstance(error, UserFacingError) else GENERIC_ERROR
            log.error("could not store the paid application: %s", type(error).__name__)
            session.payment.show_error(message)
            return
        screen = session.signature
        screen.set_busy(False)
        if isinstance(error, UserFacingError):
            log.error("could not store application: %s", error.detail or type(error).__name__)
            screen.show_error(error.message)
        else:
            log.error("could not store application", exc_info=error)
            screen.show_error(GENERIC_ERROR)
        window.update_chrome()
        window.inputRefused.emit()


def draw_off_screen(widget: QWidget) -> None:
    """``widget`` drawn once into a picture that is thrown away (``_prepare_receipt``)."""
    widget.grab()
