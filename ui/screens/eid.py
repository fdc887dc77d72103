"""The eID overlay on the identify screen: consent, PIN entry, waiting, errors.

Thin: every decision is in ``devices.eid``; this page shows what the
``EidBridge`` asks and sends back the answer. The PIN is typed on on-screen
digits into a masked field; the digits are wiped from the widget the moment
they are sent, and never logged.
"""

from __future__ import annotations

from devices.eid.messages import AccessRights, Certificate, Secret, Status
from devices.eid.sdk import FAILED_MESSAGE, OFFLINE_MESSAGE
from devices.eid.service import EidOutcome
from devices.eid.workflow import SecretKind, SecretRequest
from kiosk.base.i18n import N_, Message
from kiosk.stats.session import error_shown
from ui.eid_bridge import EidBridge
from ui.i18n import translate
from ui.qt import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QStackedWidget,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.widgets import button, label

RIGHTS: dict[str, Message] = {
    "FamilyName": N_("EidRights", "Family name"),
    "GivenNames": N_("EidRights", "Given names"),
    "BirthName": N_("EidRights", "Birth name"),
    "DoctoralDegree": N_("EidRights", "Doctoral degree"),
    "ArtisticName": N_("EidRights", "Religious or artistic name"),
    "DateOfBirth": N_("EidRights", "Date of birth"),
    "PlaceOfBirth": N_("EidRights", "Place of birth"),
    "Address": N_("EidRights", "Address"),
    "Nationality": N_("EidRights", "Nationality"),
    "DocumentType": N_("EidRights", "Document type"),
    "IssuingCountry": N_("EidRights", "Issuing country"),
    "ValidUntil": N_("EidRights", "Valid until"),
    "Pseudonym": N_("EidRights", "Pseudonym"),
    "AgeVerification": N_("EidRights", "Age verification"),
    "AddressVerification": N_("EidRights", "Address verification"),
    "CommunityID": N_("EidRights", "Community ID"),
    "ResidencePermitI": N_("EidRights", "Residence permit I"),
    "ResidencePermitII": N_("EidRights", "Residence permit II"),
}
PROMPTS: dict[SecretKind, Message] = {
    SecretKind.PIN: N_("Eid", "Please enter your 6-digit PIN."),
    SecretKind.TRANSPORT_OR_PIN: N_("Eid", "Please enter your current PIN (or the 5-digit "
                                           "transport PIN from your PIN letter)."),
    SecretKind.CAN: N_("Eid", "Please enter the 6-digit card access number (CAN) printed on "
                              "the front of your ID card."),
    SecretKind.PUK: N_("Eid", "Your PIN is blocked. Please enter the 10-digit PUK from your "
                              "PIN letter."),
    SecretKind.NEW_PIN: N_("Eid", "Please choose a new 6-digit PIN."),
}


# The offline message when this terminal has no card reader to offer instead.
OFFLINE_NO_READER = N_(
    "Eid", "The online ID function is not available at the moment. You can type in your "
    "details instead, or have your ID card checked at the counter.")
CARD_BLOCKED = N_("Eid", "The online function of this ID card is blocked or switched off. "
                  "The citizens' office can unblock it.")


class EidPanel(QFrame):
    """An overlay page over the identify screen while the eID workflow runs."""

    # The panel is done; identification to record: "eid", "typed", "card", "visual_check".
    closed = Signal(str)

    def __init__(self, bridge: EidBridge, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("eidPanel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#eidPanel { background: #ffffff; }")
        self.bridge = bridge
        self.outcome: EidOutcome | None = None
        self._request: SecretRequest | None = None
        self._digits: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(56, 32, 56, 24)
        layout.setSpacing(18)
        self.heading = label(name="heading")
        self.text = label(name="subheading")
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)
        self.rights = label()
        self.pages.addWidget(self.rights)
        self.pin_page = self._build_pin_page()
        self.pages.addWidget(self.pin_page)
        self.empty = QWidget()
        self.pages.addWidget(self.empty)
        row = QHBoxLayout()
        self.cancel_button = button()
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        self.typed_button = button()
        self.typed_button.clicked.connect(lambda: self._close("typed"))
        self.card_button = button()
        self.card_button.clicked.connect(lambda: self._close("card"))
        self.counter_button = button()
        self.counter_button.clicked.connect(lambda: self._close("visual_check"))
        self.ok_button = button(name="primary")
        self.ok_button.clicked.connect(self._ok)
        for btn in (self.typed_button, self.card_button, self.counter_button, self.ok_button):
            row.addWidget(btn)
        layout.addLayout(row)
        self.card_reading = False
        bridge.consentRequested.connect(self._consent)
        bridge.secretRequested.connect(self._secret)
        bridge.keypadEntry.connect(self._keypad)
        bridge.cardNeeded.connect(self._card_needed)
        bridge.cardBlocked.connect(self._card_blocked)
        bridge.progress.connect(self._progress)
        bridge.finished.connect(self._finished)
        self.state = "idle"
        self.hide()

    def _build_pin_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.pin_note = label(name="fieldError")
        self.pin_field = QLineEdit()
        self.pin_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_field.setReadOnly(True)
        self.pin_field.setObjectName("pinField")
        self.pin_field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.pin_note)
        column.addWidget(self.pin_field, 0, Qt.AlignmentFlag.AlignHCenter)
        grid = QGridLayout()
        self.digit_buttons = []
        for index, digit in enumerate("123456789"):
            btn = button(digit)
            btn.clicked.connect(lambda _c=False, d=digit: self._digit(d))
            grid.addWidget(btn, index // 3, index % 3)
            self.digit_buttons.append(btn)
        self.delete_button = button("⌫")
        self.delete_button.clicked.connect(self._delete)
        zero = button("0")
        zero.clicked.connect(lambda: self._digit("0"))
        self.digit_buttons.append(zero)
        self.send_button = button(name="primary")
        self.send_button.clicked.connect(self._send_secret)
        grid.addWidget(self.delete_button, 3, 0)
        grid.addWidget(zero, 3, 1)
        grid.addWidget(self.send_button, 3, 2)
        holder = QHBoxLayout()
        holder.addStretch(1)
        holder.addLayout(grid)
        holder.addStretch(1)
        column.addLayout(holder)
        column.addStretch(1)
        return page

    # -- running ---------------------------------------------------------------
    def start(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.outcome = None
        self._show("working", N_("Eid", "Online ID function"),
                   N_("Eid", "Connecting to the online ID function…"))
        self.raise_()
        self.show()
        self.bridge.run_auth()

    def cancel(self) -> None:
        self._wipe_digits()
        if self.state in ("result", "idle"):
            self._close("typed")
            return
        self._show("working", N_("Eid", "Online ID function"),
                   N_("Eid", "Cancelling…"))
        self.cancel_button.setEnabled(False)
        self.bridge.cancel()

    def _show(self, state: str, heading: Message, text: Message, page: QWidget | None = None,
              buttons: tuple[QWidget, ...] = ()) -> None:
        self.state = state
        self.heading.setText(translate(heading))
        self.text.setText(translate(text))
        self.pages.setCurrentWidget(page or self.empty)
        self.cancel_button.setText(translate(N_("Eid", "Cancel")))
        self.cancel_button.setEnabled(True)
        self.cancel_button.setVisible(state != "result")
        self.ok_button.setText(translate(N_("Eid", "Allow")))
        self.typed_button.setText(translate(N_("Eid", "Type in my details")))
        self.card_button.setText(translate(N_("Eid", "Read my ID card at the reader")))
        self.counter_button.setText(translate(N_("Eid", "Have my ID checked at the counter")))
        for btn in (self.typed_button, self.card_button, self.counter_button, self.ok_button):
            btn.setVisible(btn in buttons)

    def _consent(self, rights: AccessRights, certificate: Certificate) -> None:
        names = [translate(RIGHTS[r]) if r in RIGHTS else r for r in rights.effective]
        text = N_("Eid", "{provider} asks to read the following data from your ID card "
                  "({purpose}):").format(provider=certificate.subject_name or "?",
                                         purpose=certificate.purpose or "-")
        self.rights.setText("\n".join("•  " + n for n in names))
        self._show("consent", N_("Eid", "Do you agree?"), text, self.rights, (self.ok_button,))

    def _ok(self) -> None:
        if self.state == "consent":
            self._show("working", N_("Eid", "Online ID function"),
                       N_("Eid", "Please wait…"))
            self.bridge.answer(True)
        else:
            self._close("eid" if self.outcome is not None and self._succeeded() else "typed")

    def _secret(self, request: SecretRequest) -> None:
        self._request = request
        self._wipe_digits()
        note = ""
        if request.error:
            note = translate(N_("Eid", "That was not accepted. Please check the number of "
                                       "digits."))
        elif request.retry_counter is not None and request.retry_counter < 3 and \
                request.kind in (SecretKind.PIN, SecretKind.TRANSPORT_OR_PIN):
            note = translate(N_("Eid", "The PIN was wrong. Attempts left: {count}.")
                             .format(count=request.retry_counter))
        self.pin_note.setText(note)
        self.pin_note.setVisible(bool(note))
        self.send_button.setText(translate(N_("Eid", "Confirm")))
        self._show("secret", N_("Eid", "Online ID function"), PROMPTS[request.kind],
                   self.pin_page)
        self._update_send()

    def _digit(self, digit: str) -> None:
        if self._request is None or len(self._digits) >= max(self._request.kind.lengths):
            return
        self._digits.append(digit)
        self.pin_field.setText("•" * len(self._digits))
        self._update_send()

    def _delete(self) -> None:
        if self._digits:
            self._digits.pop()
        self.pin_field.setText("•" * len(self._digits))
        self._update_send()

    def _update_send(self) -> None:
        lengths = self._request.kind.lengths if self._request else ()
        self.send_button.setEnabled(len(self._digits) in lengths)

    def _send_secret(self) -> None:
        if self._request is None or len(self._digits) not in self._request.kind.lengths:
            return
        secret = Secret("".join(self._digits))
        self._wipe_digits()
        self._request = None
        self._show("working", N_("Eid", "Online ID function"), N_("Eid", "Please wait…"))
        self.bridge.answer(secret)

    def _wipe_digits(self) -> None:
        for index in range(len(self._digits)):
            self._digits[index] = ""
        self._digits.clear()
        self.pin_field.clear()

    def _keypad(self, request: SecretRequest) -> None:
        self._show("working", N_("Eid", "Online ID function"),
                   N_("Eid", "Please enter the number on the card reader's keypad."))

    def _card_needed(self) -> None:
        self._show("working", N_("Eid", "Online ID function"),
                   N_("Eid", "Please place your ID card on the card reader."))

    def _card_blocked(self) -> None:
        error_shown(CARD_BLOCKED)  # the statistics count it
        self._show("working", N_("Eid", "Online ID function"),
                   CARD_BLOCKED)

    def _progress(self, status: Status) -> None:
        if self.state == "working" and status.progress:
            self.text.setText(translate(N_("Eid", "Please wait… ({percent} %)")
                                        .format(percent=status.progress)))

    def _succeeded(self) -> bool:
        return bool(self.outcome and self.outcome.result and self.outcome.result.ok)

    def _finished(self, outcome: EidOutcome) -> None:
        if not self.isVisible():
            return
        self.outcome = outcome
        self._wipe_digits()
        choices: tuple[QWidget, ...] = (self.typed_button, self.counter_button)
        if self.card_reading:
            choices = (self.typed_button, self.card_button, self.counter_button)
        if self._succeeded():
            self.ok_button.setText("")
            self._show("result", N_("Eid", "Identity confirmed"),
                       N_("Eid", "Your identity has been confirmed with the online ID "
                                 "function. Please check and complete your details."),
                       buttons=(self.ok_button,))
            self.ok_button.setText(translate(N_("Eid", "Continue")))
        elif outcome.offline:
            offline = OFFLINE_MESSAGE if self.card_reading else OFFLINE_NO_READER
            error_shown(offline)  # the statistics count it
            self._show("result", N_("Eid", "Online ID function not available"), offline,
                       buttons=choices)
        elif outcome.cancelled:
            self._close("typed")
        else:
            error_shown(FAILED_MESSAGE)  # the statistics count it
            self._show("result", N_("Eid", "The online ID function stopped"),
                       FAILED_MESSAGE, buttons=choices)

    def _close(self, identification: str) -> None:
        self._wipe_digits()
        self.state = "idle"
        self.hide()
        self.closed.emit(identification)

    def wipe(self) -> None:
        self._wipe_digits()
        if self.bridge.running:
            self.bridge.cancel()
        self.outcome = None
        self.state = "idle"
        self.hide()
