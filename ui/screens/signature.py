"""Sign by hand, then submit. The declaration names signer, place and date.

The pad draws into the journey's signature capture: the screen is a view of it.
"""

from __future__ import annotations

from datetime import datetime

from forms.record import signer_name
from kiosk.base.i18n import Message
from kiosk.journey import Journey
from kiosk.settings import Settings
from kiosk.stats.session import error_shown
from ui.i18n import translate
from ui.qt import QHBoxLayout, QVBoxLayout, QWidget
from ui.screens.base import Screen, page_layout, scrolling
from ui.signature_pad import SignaturePad
from ui.widgets import button, label


class SignatureScreen(Screen):
    step_name = "signature"

    def __init__(self, journey: Journey, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journey = journey
        self.settings = settings
        self._error: Message | None = None
        self.busy = False
        # In a scroll area: at 200 % text the declaration and the pad do not both fit, and
        # neither may be squeezed (a finger on the pad draws; it never scrolls the page).
        body = QWidget()
        layout = page_layout(body)
        self.heading = label(name="heading")
        layout.addWidget(self.heading)
        self.declaration = label(name="subheading")
        layout.addWidget(self.declaration)
        self.pad = SignaturePad(journey.signature)
        self.pad.changed.connect(self._pad_changed)
        layout.addWidget(self.pad, 1)
        row = QHBoxLayout()
        self.signer = label()
        row.addWidget(self.signer, 1)
        self.clear_button = button()
        self.clear_button.clicked.connect(self.pad.clear)
        row.addWidget(self.clear_button)
        layout.addLayout(row)
        self.error = label(name="fieldError")
        self.error.hide()
        layout.addWidget(self.error)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(body, follow_minimum=True))
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Please sign"))
        self.declaration.setText(self.tr("I confirm that my details are correct and complete. "
                                         "Sign in the box with your finger or the pen."))
        self.clear_button.setText(self.tr("Clear and sign again"))
        self.entered()
        self.show_error(self._error)

    def next_label(self) -> str:
        return self.tr("Submit application")

    def entered(self) -> None:
        form = self.journey.form
        name = signer_name(form, self.journey.answers) if form is not None else ""
        when = datetime.now().strftime("%d.%m.%Y")
        self.signer.setText(" · ".join(v for v in (name, f"{self.settings.place}, {when}") if v))

    def accept(self) -> bool:
        problem = self.journey.signature.check()
        self.show_error(problem)
        return problem is None

    def set_busy(self, busy: bool) -> None:
        """Saving: the pad takes no ink until the result is back."""
        self.busy = busy
        self.pad.setEnabled(not busy)
        self.clear_button.setEnabled(not busy)

    def show_error(self, message: Message | None) -> None:
        if message is not None and message != self._error:
            error_shown(message)  # the statistics count it
        self._error = message
        self.error.setText(translate(message) if message else "")
        self.error.setVisible(message is not None)

    def _pad_changed(self) -> None:
        if self._error is not None and self.journey.signature.check() is None:
            self.show_error(None)

    def wipe(self) -> None:
        self.pad.clear()
        self.signer.clear()
        self.set_busy(False)
        self.show_error(None)
