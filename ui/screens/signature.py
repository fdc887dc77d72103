"""Sign by hand, then submit. The declaration names signer, place and date."""

from __future__ import annotations

from datetime import datetime

from kiosk.base.i18n import Message
from kiosk.session import Session
from kiosk.settings import Settings
from ui.i18n import translate
from ui.qt import QHBoxLayout, QWidget
from ui.screens.base import Screen, page_layout
from ui.signature_pad import SignaturePad
from ui.widgets import button, label


class SignatureScreen(Screen):
    step_name = "signature"

    def __init__(self, session: Session, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self._error: Message | None = None
        self.busy = False
        layout = page_layout(self)
        self.heading = label(name="heading")
        layout.addWidget(self.heading)
        self.declaration = label(name="subheading")
        layout.addWidget(self.declaration)
        self.pad = SignaturePad()
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
        answers = self.session.answers
        name = " ".join(v for v in (answers.get("given_names"), answers.get("family_name")) if v)
        when = datetime.now().strftime("%d.%m.%Y")
        self.signer.setText(f"{name} · {self.settings.place}, {when}")

    def accept(self) -> bool:
        problem = self.pad.capture.check()
        self.show_error(problem)
        return problem is None

    def show_error(self, message: Message | None) -> None:
        self._error = message
        self.error.setText(translate(message) if message else "")
        self.error.setVisible(message is not None)

    def _pad_changed(self) -> None:
        if self._error is not None and self.pad.capture.check() is None:
            self.show_error(None)

    def wipe(self) -> None:
        self.pad.clear()
        self.signer.clear()
        self.show_error(None)
