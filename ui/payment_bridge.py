"""The Qt side of paying: the card terminal's, the paypage's and the printer's threads
report here, and each report is re-emitted as a queued signal to the GUI thread.

``PaymentBridge`` is the ``CardListener`` (zvt thread) and the ``PaypageListener``
(xbezahl thread); the printer's futures come back through a relay signal. No
widget is touched from those threads. Built by ``ui.app`` only where a way to
pay or a printer is configured.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from devices.printing.receipt import PRINT_FAILED, ReceiptDoc
from devices.printing.service import PrinterService, printer_from_url
from devices.zvt.terminal import ZvtTerminal
from forms.payment import PaymentInfo
from kiosk.base.errors import UserFacingError
from kiosk.base.i18n import Message
from kiosk.payment.card import CardOutcome, CardPayments
from kiosk.payment.methods import Ways, terminal_config, xbezahl_config
from kiosk.payment.xbezahl import Paypage, PaypagePayments
from kiosk.settings import Settings
from ui.qt import QObject, Signal

log = logging.getLogger(__name__)


class PaymentBridge(QObject):
    cardStatus = Signal(object)  # Message, from the terminal's intermediate status
    cardFinished = Signal(object)  # CardOutcome
    paypageReady = Signal(object)  # Paypage
    paypageFinished = Signal(object, object)  # PaymentInfo | None, UserFacingError | None
    recovered = Signal(object)  # RecoveryReport, after start-up or a payment left open
    _done = Signal(object, object)  # (callback, future) from a worker thread

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._done.connect(lambda callback, future: callback(future))
        config = terminal_config(settings)
        self.terminal = ZvtTerminal(config) if config is not None else None
        self.cards = CardPayments(self.terminal, settings.payments_path, self) \
            if self.terminal is not None else None
        xconfig = xbezahl_config(settings)
        self.paypages = PaypagePayments(xconfig, settings.payments_path, self) \
            if xconfig is not None else None
        self.printer = PrinterService(printer_from_url(settings.receipt_printer,
                                                       settings.cups_server)) \
            if settings.receipt_printer else None
        self.busy = False

    @property
    def ways(self) -> Ways:
        return Ways(card=self.cards is not None, paypage=self.paypages is not None,
                    transfer=bool(self.settings.payee_iban))

    def _relay(self, future: Future[Any], callback: Callable[[Future[Any]], None]) -> None:
        future.add_done_callback(lambda f: self._done.emit(callback, f))

    # -- GUI thread ------------------------------------------------------------------
    def start(self) -> None:
        """After the first frame: settle what a previous run left open."""
        if self.cards is not None:
            self._relay(self.cards.recover(), lambda f: self.recovered.emit(
                f.result() if f.exception() is None else None))

    def pay_card(self, vorgangsnummer: str, reference: str, amount_cents: int) -> None:
        assert self.cards is not None
        self.busy = True
        self.cards.pay(vorgangsnummer, reference, amount_cents)

    def pay_paypage(self, vorgangsnummer: str, reference: str, amount_cents: int,
                    description: str) -> None:
        assert self.paypages is not None
        self.busy = True
        self.paypages.pay(vorgangsnummer, reference, amount_cents, description)

    def cancel(self) -> None:
        if self.cards is not None:
            self.cards.cancel()
        if self.paypages is not None:
            self.paypages.cancel()

    def printer_ready(self, on_done: Callable[[bool], None]) -> None:
        if self.printer is None:
            on_done(True)  # no printer: the receipt is on the screen
            return
        self._relay(self.printer.ready(),
                    lambda f: on_done(bool(f.exception() is None and f.result())))

    def print_receipt(self, doc: ReceiptDoc, on_done: Callable[[str | None,
                                                               UserFacingError | None], None]
                      ) -> None:
        if self.printer is None:
            on_done(None, None)
            return

        def done(future: Future[str]) -> None:
            exc = future.exception()
            if exc is None:
                on_done(future.result(), None)
            elif isinstance(exc, UserFacingError):
                log.warning("receipt not printed: %s", exc.detail)
                on_done(None, exc)
            else:
                log.error("receipt not printed", exc_info=exc)
                on_done(None, UserFacingError(PRINT_FAILED, detail=type(exc).__name__))

        self._relay(self.printer.print(doc), done)

    def stop(self) -> None:
        self.cancel()
        for service in (self.terminal, self.paypages, self.printer):
            if service is not None:
                service.stop()

    # -- CardListener, on the zvt thread -----------------------------------------------
    def card_status(self, message: Message) -> None:
        self.cardStatus.emit(message)

    def card_finished(self, outcome: CardOutcome) -> None:
        self.busy = False
        self.cardFinished.emit(outcome)

    # -- PaypageListener, on the xbezahl thread ------------------------------------------
    def paypage_ready(self, paypage: Paypage) -> None:
        self.paypageReady.emit(paypage)

    def paypage_finished(self, payment: PaymentInfo | None,
                         error: UserFacingError | None) -> None:
        self.busy = False
        self.paypageFinished.emit(payment, error)
