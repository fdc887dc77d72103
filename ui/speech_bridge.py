"""The voice output for the GUI thread: the speaker's and the headset's reports as signals.

``devices.speech.Speaker`` speaks on its own ``speech`` thread and tells this
bridge what it did from there (the headset detector from its own thread); each
report crosses to the GUI thread once, queued, and the bridge stores the state
before it emits its public signals (``ui.bridges.ReaderBridge``'s pattern).
Nothing here waits: ``say``, ``stop``, ``repeat`` hand the work to the speech
thread. ``speech_output`` (the setting) picks the headset detector: "auto" the
jack's switch (``devices.headset.JackSwitchDetector``), "headset" and
"speaker" a fixed answer, "off" no speaker at all.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field

from devices.audio import AudioOut, PlayerOut
from devices.espeak import EspeakNg
from devices.headset import FixedHeadset, HeadsetDetector, HeadsetState, JackSwitchDetector
from devices.speech import MAX_VOLUME, Speaker, SpeechEngine
from kiosk.base.errors import UserFacingError
from kiosk.base.i18n import Message
from ui.qt import QObject, Signal

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Spoken:
    """One text to speak: shown text from the catalogue, or (``private``) the citizen's data.

    ``language`` None is the session's; ``stand_in`` is said for a private text
    without a headset (None: "Your entry", "": nothing); ``once`` is feedback that
    ``repeat`` leaves out."""

    text: str = field(repr=False)
    private: bool = False
    stand_in: str | None = field(default=None, repr=False)
    language: str | None = None
    once: bool = False


def detector_for(mode: str, *, detect: bool = True) -> HeadsetDetector:
    """The setting's detector; ``detect`` False: the jack is not watched (devices are off)."""
    if mode == "headset":
        return FixedHeadset(True)
    if mode == "speaker":
        return FixedHeadset(False)
    return JackSwitchDetector() if detect else FixedHeadset(False, "devices not started")


class SpeechBridge(QObject):
    """The terminal's voice output (``mode``: the setting ``speech_output``)."""

    _reported = Signal(str, object)  # what, value: from the speech and headset threads
    started = Signal(str, str)  # said, language (may be personal data: never logged)
    ended = Signal(str, bool)  # said, interrupted
    headsetChanged = Signal(bool)
    availableChanged = Signal(bool)
    failed = Signal(object)  # UserFacingError

    def __init__(self, mode: str, parent: QObject | None = None, *,
                 engine: SpeechEngine | None = None, out: AudioOut | None = None,
                 detector: HeadsetDetector | None = None) -> None:
        super().__init__(parent)
        self.mode = mode
        self.headset = False
        self.speaking = False
        self.available = mode != "off"  # until the speech thread finds otherwise
        self.problem: Message | None = None
        self._reported.connect(self._remember)
        self.speaker: Speaker | None = None
        self._detector = detector
        if mode != "off":
            self.speaker = Speaker(engine or EspeakNg(), out or PlayerOut(), self)

    def start(self, *, detect_headset: bool = True) -> None:
        """Ask whether this terminal can speak, and start watching the headset."""
        if self.speaker is None:
            return
        self.speaker.check().add_done_callback(self._checked)
        if self._detector is None:
            self._detector = detector_for(self.mode, detect=detect_headset)
        self._detector.start(self.speaker)

    def _checked(self, future: Future[Message | None]) -> None:  # on the speech thread
        if not future.cancelled():
            self._reported.emit("available", None if future.exception() else future.result())

    # -- SpeechListener, called on the speech (or headset) thread ------------------------
    def speech_started(self, said: str, language: str) -> None:
        self._reported.emit("started", (said, language))

    def speech_ended(self, said: str, interrupted: bool) -> None:
        self._reported.emit("ended", (said, interrupted))

    def speech_failed(self, error: UserFacingError) -> None:
        self._reported.emit("failed", error)

    def headset_changed(self, state: HeadsetState) -> None:
        self._reported.emit("headset", state.present)

    def _remember(self, what: str, value: object) -> None:
        if what == "available":
            self.problem = value if isinstance(value, Message) else None
            if self.problem is not None:
                log.warning("voice output unavailable: %s", self.problem.untranslated())
            self.available = self.problem is None
            self.availableChanged.emit(self.available)
        elif what == "started" and isinstance(value, tuple):
            self.speaking = True
            self.started.emit(*value)
        elif what == "ended" and isinstance(value, tuple):
            self.speaking = False
            self.ended.emit(*value)
        elif what == "failed":
            self.failed.emit(value)
        elif what == "headset":
            self.headset = bool(value)
            self.headsetChanged.emit(self.headset)

    # -- for the GUI thread -------------------------------------------------------------
    def say(self, items: Sequence[Spoken], language: str, *, interrupt: bool = True) -> None:
        """Speak ``items`` in order (in ``language`` unless they name theirs), by default
        instead of whatever is being said."""
        if self.speaker is None:
            return
        if interrupt:
            self.speaker.stop()
        for item in items:
            self.speaker.speak(item.text, item.language or language, private=item.private,
                               stand_in=item.stand_in, once=item.once)

    def stop(self) -> None:
        if self.speaker is not None:
            self.speaker.stop()

    def use_output(self, out: AudioOut) -> Future[Message | None]:
        """Play through ``out`` from now on (the walkthrough's recorder), and ask again
        whether the terminal can speak: the answer's future."""
        if self.speaker is None:
            raise RuntimeError("the voice output is off (speech_output = \"off\")")
        self.speaker.use_output(out)
        checked = self.speaker.check()
        checked.add_done_callback(self._checked)
        return checked

    def drained(self) -> Future[None]:
        """Done when everything said so far has been spoken."""
        if self.speaker is None:
            done: Future[None] = Future()
            done.set_result(None)
            return done
        return self.speaker.drained()

    def repeat(self) -> None:
        if self.speaker is not None:
            self.speaker.repeat()

    @property
    def volume(self) -> int:
        return self.speaker.volume if self.speaker is not None else 0

    max_volume = MAX_VOLUME

    def set_volume(self, volume: int) -> int:
        return self.speaker.set_volume(volume) if self.speaker is not None else 0

    def reset(self) -> None:
        """The session ended: silence, nothing to repeat, the default volume."""
        if self.speaker is not None:
            self.speaker.reset()

    def shutdown(self) -> None:
        if self._detector is not None:
            self._detector.stop()
        if self.speaker is not None:
            self.speaker.shutdown()
