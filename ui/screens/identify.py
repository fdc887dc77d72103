"""Identify: type in who you are, or (when a reader is attached) lay the ID card on it."""

from __future__ import annotations

from devices.cardreaders import ReaderState
from forms.model import FormDef, SectionDef
from kiosk.session import Session
from ui.bridges import ReaderBridge
from ui.qt import QFrame, QHBoxLayout, QWidget
from ui.screens.section import SectionScreen
from ui.widgets import button, label


class IdentifyScreen(SectionScreen):
    def __init__(self, form: FormDef, section: SectionDef, session: Session,
                 readers: ReaderBridge, parent: QWidget | None = None) -> None:
        super().__init__(form, section, session, parent)
        self.step_name = "identify"
        self.card = QFrame()
        self.card.setObjectName("card")
        row = QHBoxLayout(self.card)
        row.setContentsMargins(20, 12, 20, 12)
        self.card_text = label()
        row.addWidget(self.card_text, 1)
        self.card_button = button(name="primary")
        self.card_button.clicked.connect(self._card_requested)
        row.addWidget(self.card_button)
        self.card_note = label(name="fieldHelp")
        self.card_note.hide()
        self.intro.addWidget(self.card)
        self.intro.addWidget(self.card_note)
        self.typed_hint = label(name="subheading")
        self.intro.addWidget(self.typed_hint)
        readers.readersChanged.connect(self._readers_changed)
        self._readers_changed(readers.state)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.heading.setText(self.tr("Who is the application for?"))
        self.card_text.setText(self.tr("Do you have your ID card, passport or residence permit "
                                       "with you? Lay it on the card reader."))
        self.card_button.setText(self.tr("Place ID card on reader"))
        self.card_note.setText(self.tr("Reading the card is not yet switched on at this "
                                       "terminal. Please type in your details below."))
        self.typed_hint.setText(self.tr("Please type in your details as they appear on your "
                                        "ID card."))

    def _readers_changed(self, state: ReaderState) -> None:
        self.card.setVisible(state.available)

    def _card_requested(self) -> None:
        self.card_note.show()
        first = next(iter(self.fields.values()), None)
        if first is not None:
            first.focus_target.setFocus()
