"""Paying the fee: the amount with its legal basis, the ways to pay this terminal offers now,
the card terminal's prompts, the QR codes, and every failure with the choice to try again.

A view of the parked application's payment: the screen starts a way to pay through
the ``PaymentBridge`` and reports the settled payment with ``settled`` (a
``PaymentInfo``: "paid" only as the terminal or the platform confirmed it) or,
when a card payment's outcome is still open, ``unresolved``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from devices.printing.receipt import NOT_READY
from forms.display import format_amount
from forms.model import FormDef
from forms.payment import PaymentInfo
from kiosk.base.errors import UserFacingError
from kiosk.base.i18n import N_, Message
from kiosk.payment.card import CardOutcome
from kiosk.payment.methods import transfer_qr
from kiosk.settings import Settings
from kiosk.stats.session import error_shown
from ui.i18n import current_language, translate
from ui.payment_bridge import PaymentBridge
from ui.qt import QHBoxLayout, QImage, QLabel, QPainter, QPixmap, Qt, QVBoxLayout, QWidget, Signal
from ui.screens.base import Screen, page_layout, scrolling
from ui.screens.receipt import qr_pixmap
from ui.widgets import button, label

if TYPE_CHECKING:
    from forms.record import ApplicationRecord
    from kiosk.payment.xbezahl import Paypage

CHECKING_PRINTER = N_("Payment", "Checking the receipt printer…")
FOLLOW_TERMINAL = N_("Payment", "Please follow the instructions on the card terminal.")
CONNECTING_PLATFORM = N_("Payment", "Connecting to the payment platform…")
SCAN_PAYPAGE = N_("Payment", "Scan the QR code with your phone and pay there. This screen "
                  "continues by itself.")
TRANSFER_TO = N_("Payment", "Scan the code with your banking app, or transfer to: {name}, "
                 "IBAN {iban}, reference {reference}.")


def matrix_pixmap(matrix: object, size: int = 260) -> QPixmap:
    """Draw a segno QR code's module matrix (the EPC QR code)."""
    rows = [list(row) for row in matrix]  # type: ignore[attr-defined]
    n = len(rows) + 4
    scale = max(1, size // n)
    image = QImage(n * scale, n * scale, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    for y, row in enumerate(rows):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect((x + 2) * scale, (y + 2) * scale, scale, scale,
                                 Qt.GlobalColor.black)
    painter.end()
    return QPixmap.fromImage(image)


class PaymentScreen(Screen):
    step_name = "payment"
    shows_back = False
    shows_cancel = False
    settled = Signal(object, object)  # PaymentInfo, the card's customer copy (tuple of lines)
    unresolved = Signal()
    busyChanged = Signal(bool)

    def __init__(self, form: FormDef, settings: Settings, bridge: PaymentBridge | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.settings = settings
        self.bridge = bridge
        self.record: ApplicationRecord | None = None
        self.state = "choose"  # choose | card | paypage | transfer | printer
        self._error: Message | None = None
        self._status: Message | None = None
        # In a scroll area: at 200 % text or with every way to pay, it may not fit.
        body = QWidget()
        layout = page_layout(body)
        self.heading = label(name="heading")
        layout.addWidget(self.heading)
        self.fee = label(name="sectionTitle")
        layout.addWidget(self.fee)
        self.basis = label(name="fieldHelp")
        layout.addWidget(self.basis)
        row = QHBoxLayout()
        column = QVBoxLayout()
        self.card_button = button(name="primary", wrap=True)
        self.card_button.clicked.connect(self.pay_by_card)
        self.phone_button = button(wrap=True)
        self.phone_button.clicked.connect(self.pay_by_phone)
        self.transfer_button = button(wrap=True)
        self.transfer_button.clicked.connect(self.pay_by_transfer)
        self.counter_button = button(wrap=True)
        self.counter_button.clicked.connect(self.pay_at_counter)
        self.exemption_buttons = {}
        for option in form.fee_exemptions:
            btn = button(wrap=True)
            btn.clicked.connect(lambda _c=False, v=option.value: self.claim_exemption(v))
            self.exemption_buttons[option.value] = btn
        for btn in (self.card_button, self.phone_button, self.transfer_button,
                    self.counter_button, *self.exemption_buttons.values()):
            column.addWidget(btn)
        self.status = label(name="subheading")
        column.addWidget(self.status)
        self.error = label(name="fieldError")
        self.error.hide()
        column.addWidget(self.error)
        self.confirm_button = button(name="primary")
        self.confirm_button.clicked.connect(self._confirm)
        self.cancel_button = button()
        self.cancel_button.clicked.connect(self._cancel_running)
        column.addWidget(self.confirm_button)
        column.addWidget(self.cancel_button)
        column.addStretch(1)
        row.addLayout(column, 1)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        row.addWidget(self.qr)
        layout.addLayout(row, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(body))
        if bridge is not None:
            bridge.cardStatus.connect(self._card_status)
            bridge.cardFinished.connect(self._card_finished)
            bridge.paypageReady.connect(self._paypage_ready)
            bridge.paypageFinished.connect(self._paypage_finished)
        self._show_state()
        self.retranslate()

    # -- what is offered -------------------------------------------------------------
    def start(self, record: ApplicationRecord) -> None:
        self.record = record
        self.state = "choose"
        self._error = self._status = None
        self.qr.clear()
        self._show_state()
        self.retranslate()

    def _show_state(self) -> None:
        ways = self.bridge.ways if self.bridge is not None else None
        choosing = self.state == "choose"
        self.card_button.setVisible(choosing and ways is not None and ways.card)
        self.phone_button.setVisible(choosing and ways is not None and ways.paypage)
        self.transfer_button.setVisible(choosing and ways is not None and ways.transfer)
        self.counter_button.setVisible(choosing)
        for btn in self.exemption_buttons.values():
            btn.setVisible(choosing)
        self.confirm_button.setVisible(self.state in ("transfer", "printer"))
        self.cancel_button.setVisible(self.state in ("card", "paypage", "transfer", "printer"))
        self.qr.setVisible(self.state in ("paypage", "transfer"))

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Paying the fee"))
        self.fee.setText(self.tr("Fee: {amount}").replace("{amount}", format_amount(
            self.form.fee_cents, self.form.fee_currency, current_language())))
        basis = self.tr("Legal basis: {basis}").replace("{basis}",
                                                        translate(self.form.fee_legal_basis))
        self.basis.setText(basis)
        self.card_button.setText(self.tr("Pay by card at the terminal (girocard, credit card, "
                                         "contactless)"))
        self.phone_button.setText(self.tr("Pay on your phone (QR code)"))
        self.transfer_button.setText(self.tr("Pay by bank transfer (QR code for your banking "
                                             "app)"))
        self.counter_button.setText(self.tr("Pay at the counter"))
        for option in self.form.fee_exemptions:
            self.exemption_buttons[option.value].setText(
                self.tr("I am exempt from the fee: {reason}").replace(
                    "{reason}", translate(option.label)))
        self.cancel_button.setText(self.tr("Choose another way to pay"))
        self.confirm_button.setText(
            self.tr("Pay by card anyway (receipt on the screen)") if self.state == "printer"
            else self.tr("I will transfer the fee"))
        self.status.setText(translate(self._status) if self._status else "")
        self.error.setText(translate(self._error) if self._error else "")
        self.error.setVisible(self._error is not None)

    def _say(self, status: Message | None = None, error: Message | None = None) -> None:
        if error is not None:
            error_shown(error)  # the statistics count it
        self._status, self._error = status, error
        self.retranslate()

    def _set_state(self, state: str) -> None:
        self.state = state
        self._show_state()
        self.retranslate()
        self.busyChanged.emit(state in ("card", "paypage"))

    def _info(self, **fields: object) -> PaymentInfo:
        assert self.record is not None
        return PaymentInfo(amount_cents=self.form.fee_cents,
                           reference=self.record.payment.reference, **fields)  # type: ignore[arg-type]

    # -- the ways ------------------------------------------------------------------
    def pay_by_card(self) -> None:
        if self.bridge is None or self.record is None:
            return
        self._say(CHECKING_PRINTER)
        self.bridge.printer_ready(self._printer_checked)

    def _printer_checked(self, ready: bool) -> None:
        if self.record is None or self.state not in ("choose", "printer"):
            return
        if not ready and self.state == "choose":
            self._set_state("printer")
            self._say(error=NOT_READY)
            return
        self._start_card()

    def _start_card(self) -> None:
        assert self.bridge is not None
        assert self.record is not None
        self._set_state("card")
        self._say(FOLLOW_TERMINAL)
        self.bridge.pay_card(self.record.vorgangsnummer, self.record.payment.reference,
                             self.form.fee_cents)

    def _card_status(self, message: Message) -> None:
        if self.state == "card":
            self._say(message)

    def _card_finished(self, outcome: CardOutcome) -> None:
        if self.state != "card":
            return
        if outcome.paid and outcome.payment is not None:
            self.settled.emit(outcome.payment, outcome.customer_receipt)
            return
        if outcome.unresolved:
            self.unresolved.emit()
            return
        self._set_state("choose")
        self._say(error=outcome.error.message if outcome.error is not None else None)

    def pay_by_phone(self) -> None:
        if self.bridge is None or self.record is None:
            return
        self._set_state("paypage")
        self._say(CONNECTING_PLATFORM)
        self.bridge.pay_paypage(self.record.vorgangsnummer, self.record.payment.reference,
                                self.form.fee_cents, translate(self.form.title))

    def _paypage_ready(self, paypage: Paypage) -> None:
        if self.state != "paypage":
            return
        self.qr.setPixmap(qr_pixmap(paypage.paypage_url, 260))
        self.qr.setAccessibleName(self.tr("QR code of the payment page"))
        self._say(SCAN_PAYPAGE)

    def _paypage_finished(self, payment: PaymentInfo | None,
                          error: UserFacingError | None) -> None:
        if self.state != "paypage":
            return
        self.qr.clear()
        if payment is not None and payment.paid:
            self.settled.emit(payment, ())
            return
        self._set_state("choose")
        self._say(error=error.message if error is not None else None)

    def pay_by_transfer(self) -> None:
        if self.record is None:
            return
        code = transfer_qr(self.settings, self.record)
        self.qr.setPixmap(matrix_pixmap(code.matrix))
        self.qr.setAccessibleName(self.tr("QR code for your banking app"))
        self._set_state("transfer")
        self._say(TRANSFER_TO.format(
            name=self.settings.payee_name, iban=self.settings.payee_iban,
            reference=self.record.payment.reference))

    def _confirm(self) -> None:
        if self.state == "transfer":
            self.settled.emit(self._info(method="transfer", status="pending_transfer"), ())
        elif self.state == "printer":
            self._start_card()

    def pay_at_counter(self) -> None:
        if self.record is not None:
            self.settled.emit(self._info(method="counter", status="pay_at_counter"), ())

    def claim_exemption(self, value: str) -> None:
        if self.record is not None:
            self.settled.emit(self._info(method="exemption", status="exemption_claimed",
                                         exemption=value), ())

    def _cancel_running(self) -> None:
        if self.state in ("card", "paypage") and self.bridge is not None:
            self.bridge.cancel()  # the end comes back as cardFinished / paypageFinished
            return
        self.qr.clear()
        self._set_state("choose")
        self._say()

    def show_error(self, message: Message) -> None:
        self._set_state("choose")
        self._say(error=message)

    def wipe(self) -> None:
        if self.state in ("card", "paypage") and self.bridge is not None:
            self.bridge.cancel()
        self.record = None
        self.state = "choose"
        self._error = self._status = None
        self.qr.clear()
        self.status.clear()
        self.error.clear()
        self._show_state()
