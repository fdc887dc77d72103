"""Identify: type in who you are, or (when a reader is attached) let the chip fill it in.

The citizen chooses ID card (CAN) or passport (document number and dates),
places the document on the reader and presses 'Read the chip'. The read runs
on the reader's worker thread; progress and the result come back as queued
signals (``CardReadBridge``); the identity fields are then prefilled and stay
editable. A read started before the document lies on the reader waits for the
card-inserted event.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from devices.cardreaders import ReaderState
from devices.icao.access import AccessKey, Can
from devices.icao.mrz import MrzKeys
from forms.model import FormDef, SectionDef
from kiosk.base.errors import UserFacingError
from kiosk.journey import Journey
from kiosk.stats.session import error_shown
from ui.bridges import CardReadBridge, ReaderBridge
from ui.card_access import CardAccessPanel
from ui.eid_bridge import EidBridge
from ui.i18n import translate
from ui.qt import QFrame, QHBoxLayout, QResizeEvent, Qt, QWidget, Signal
from ui.screens.eid import EidPanel
from ui.screens.section import SectionScreen
from ui.widgets import button, label

if TYPE_CHECKING:
    from devices.icao.reader import DocumentRead
    from ui.screens.eid import EidPanel


class IdentifyScreen(SectionScreen):
    prefilled = Signal()

    def __init__(self, form: FormDef, section: SectionDef, journey: Journey,
                 readers: ReaderBridge, parent: QWidget | None = None, *,
                 eid: EidBridge | None = None) -> None:
        super().__init__(form, section, journey, parent)
        self.step_name = "identify"
        self.readers = readers
        self.card = QFrame()
        self.card.setObjectName("card")
        row = QHBoxLayout(self.card)
        row.setContentsMargins(20, 12, 20, 12)
        self.card_text = label()
        row.addWidget(self.card_text, 1)
        self.card_button = button(name="primary")
        self.card_button.clicked.connect(self._card_requested)
        row.addWidget(self.card_button)
        self.access = CardAccessPanel()
        self.access.hide()
        self.access.readRequested.connect(self._read_requested)
        self.card_note = label(name="fieldHelp")
        self.card_note.hide()
        # Only the applicant's own details can be taken here: said, not asked.
        self.own_name = label(name="subheading")
        self.intro.addWidget(self.own_name)
        self.intro.addWidget(self.card)
        self.intro.addWidget(self.access)
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
        self.bridge = CardReadBridge(self)
        self.bridge.progress.connect(self._progress)
        self.bridge.done.connect(self._done)
        self.bridge.failed.connect(self._failed)
        self._pending: AccessKey | None = None  # access key waiting for a card
        self.busy = False
        self.card_seen_at: float | None = None
        self.prefilled_at: float | None = None
        readers.readersChanged.connect(self._readers_changed)
        readers.cardInserted.connect(self._card_inserted)
        self._readers_changed(readers.state)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.heading.setText(self.tr("Who is applying?"))
        self.own_name.setText(self.tr("You apply in your own name and identify yourself with "
                                      "your own document. To apply for another person, please "
                                      "ask at the counter."))
        self.card_text.setText(self.tr("Do you have your ID card, passport or residence permit "
                                       "with you? Lay it on the card reader."))
        self.card_button.setText(self.tr("Place ID card on reader"))
        self.typed_hint.setText(self.tr("Please type in your details as they appear on your "
                                        "ID card."))
        self.access.retranslate()
        self.eid_button.setText(self.tr("Sign in with the online ID function"))

    def _readers_changed(self, state: ReaderState) -> None:
        self.card.setVisible(state.available)
        if not state.available:
            self.access.hide()
        if self.eid_panel is not None:
            self.eid_panel.card_reading = state.available

    # -- eID online function (ui/screens/eid.py) -------------------------------
    def _eid_requested(self) -> None:

        assert self.eid is not None
        if self.eid_panel is None:
            self.eid_panel = EidPanel(self.eid, self)
            self.eid_panel.card_reading = self.card.isVisibleTo(self)
            self.eid_panel.closed.connect(self._eid_closed)
        self.eid_panel.start()

    def _eid_closed(self, identification: str) -> None:
        outcome = self.eid_panel.outcome if self.eid_panel is not None else None
        result = outcome.result if outcome is not None else None
        # "card" is recorded by the chip-reading flow once the chip was read.
        self.journey.identified_online(
            "typed" if identification == "card" else identification,
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

    def _card_requested(self) -> None:
        self.access.show()
        self.card_note.hide()

    # -- reading -------------------------------------------------------------
    def _key(self, kind: str, value: object) -> AccessKey:
        if kind == "can":
            assert isinstance(value, str)
            return Can(value)
        assert isinstance(value, tuple)
        return MrzKeys(str(value[0]), str(value[1]), str(value[2]))

    def _read_requested(self, kind: str, value: object) -> None:
        if self.busy:
            return
        key = self._key(kind, value)
        reader = self.readers.reader_with_card()
        if reader is None:
            self._pending = key
            self.access.status.setText(self.tr("Please lay your document on the card reader "
                                               "now. Reading starts by itself."))
            return
        self._start(reader, key)

    def _card_inserted(self, reader: str) -> None:
        self.card_seen_at = time.perf_counter()
        if self._pending is not None and self.isVisible() and not self.busy:
            key, self._pending = self._pending, None
            self._start(reader, key)

    def _start(self, reader: str, key: AccessKey) -> None:
        self.busy = True
        self.access.read_button.setEnabled(False)
        self.access.status.setText(self.tr("Reading the chip… Please leave the document on the "
                                           "reader."))
        # Passive authentication runs on the reader's thread, after the data groups; its
        # outcome goes to the application record and the clerk, never to this screen.
        self.readers.worker(reader).read(key, self.bridge, csca_dir=self.readers.csca_dir,
                                         master_list_anchor=self.readers.master_list_anchor)

    def _progress(self, _reader: str, stage: str, _fraction: float) -> None:
        if stage == "access":
            self.access.status.setText(self.tr("Checking the access number with the chip…"))
        elif stage == "dg1":
            self.access.status.setText(self.tr("Reading your details from the chip…"))

    def _done(self, _reader: str, result: DocumentRead) -> None:
        self.busy = False
        self.access.read_button.setEnabled(True)
        # The form definition says which field each chip attribute fills; fields on
        # later screens show theirs when entered.
        values = self.journey.chip_read(result)
        for field_id, value in values.items():
            widget = self.fields.get(field_id)
            if widget is not None:
                widget.set_value(value)
                widget.validate()
        self.access.wipe()
        self.access.hide()
        # A date of birth or a name the document gives only in part: say what to check.
        notes = [translate(note) for note in self.journey.identity.notes]
        self.card_note.setText("\n".join([self.tr("Your details were read from the chip. "
                                                  "Please check them; you can still correct "
                                                  "them."), *notes]))
        self.card_note.show()
        self.typed_hint.hide()
        self.prefilled_at = time.perf_counter()
        self.prefilled.emit()

    def _failed(self, _reader: str, error: object) -> None:
        self.busy = False
        self.access.read_button.setEnabled(True)
        if isinstance(error, UserFacingError):
            error_shown(error.message)  # the statistics count it
            self.access.status.setText(translate(error.message))
        else:
            self.access.status.setText(self.tr("The document could not be read. Please type "
                                               "in your details."))

    def wipe(self) -> None:
        if self.eid_panel is not None:
            self.eid_panel.wipe()
        super().wipe()
        self.access.wipe()
        self._pending = None
