"""Identify: type in who you are, or (when a reader is attached) lay the ID card on it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from devices.cardreaders import ReaderState
from forms.model import FormDef, SectionDef
from kiosk.session import Session
from ui.bridges import ReaderBridge
from ui.eid_bridge import EidBridge
from ui.qt import QFrame, QHBoxLayout, QResizeEvent, Qt, QWidget
from ui.screens.section import SectionScreen
from ui.widgets import button, label

if TYPE_CHECKING:
    from ui.screens.eid import EidPanel


class IdentifyScreen(SectionScreen):
    def __init__(self, form: FormDef, section: SectionDef, session: Session,
                 readers: ReaderBridge, parent: QWidget | None = None, *,
                 eid: EidBridge | None = None) -> None:
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
        self.eid = eid
        self.eid_panel: EidPanel | None = None
        self.eid_button = button(name="primary")
        self.eid_button.clicked.connect(self._eid_requested)
        self.eid_button.setVisible(eid is not None)
        self.intro.addWidget(self.eid_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.eid_note = label(name="fieldHelp")
        self.eid_note.hide()
        self.intro.addWidget(self.eid_note)
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
        self.eid_button.setText(self.tr("Sign in with the online ID function"))

    def _readers_changed(self, state: ReaderState) -> None:
        self.card.setVisible(state.available)
        if self.eid_panel is not None:
            self.eid_panel.card_reading = state.available

    # -- eID online function (ui/screens/eid.py) -------------------------------
    def _eid_requested(self) -> None:
        from ui.screens.eid import EidPanel

        assert self.eid is not None
        if self.eid_panel is None:
            self.eid_panel = EidPanel(self.eid, self)
            self.eid_panel.card_reading = self.card.isVisibleTo(self)
            self.eid_panel.closed.connect(self._eid_closed)
        self.eid_panel.start()

    def _eid_closed(self, identification: str) -> None:
        outcome = self.eid_panel.outcome if self.eid_panel is not None else None
        result = outcome.result if outcome is not None else None
        # "card" is recorded by the card-reading flow once the chip was read.
        self.session.identification = "typed" if identification == "card" else identification
        self.session.identification_detail = (
            {"eid_result_major": result.short_major, "eid_result_minor": result.short_minor}
            if result is not None else {})
        if identification == "eid":
            self.eid_note.setText(self.tr("Your identity has been confirmed with the online "
                                          "ID function."))
            self.eid_note.show()
        elif identification == "card":
            self._card_requested()
            return
        first = next(iter(self.fields.values()), None)
        if first is not None:
            first.focus_target.setFocus()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.eid_panel is not None:
            self.eid_panel.setGeometry(self.rect())

    def wipe(self) -> None:
        if self.eid_panel is not None:
            self.eid_panel.wipe()
        super().wipe()

    def _card_requested(self) -> None:
        self.card_note.show()
        first = next(iter(self.fields.values()), None)
        if first is not None:
            first.focus_target.setFocus()
