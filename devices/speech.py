"""The voice output: one speaker on its own ``speech`` thread; personal data only to a headset.

``Speaker`` is the front door, callable from any thread (the GUI's): ``speak``
queues an utterance, ``stop`` interrupts at once (the synthesizing or playing
process is killed, queued utterances are dropped), ``repeat`` says again what
was said since the last interruption, ``set_volume`` picks one of
``MAX_VOLUME`` steps of ``STEP_DB`` each, and ``reset`` ends a citizen's
session (silence, nothing left to repeat, the default volume). The
``SpeechDevice`` — a ``SpeechEngine`` that turns text into ``Audio`` (eSpeak NG
today, ``devices.espeak``; a neural voice later) and an ``AudioOut`` that
plays it — is used on the speech thread only: called on any other it raises
``WrongThread``.

Personal data (EN 301 549 5.1.3.9): an utterance marked ``private`` is spoken
only while the ``HeadsetDetector`` (``devices.headset``), whose listener the
speaker is, reports a headset; otherwise its ``stand_in`` is said instead
("" says nothing; by default the catalogue's "Your entry"). The choice is made
on the speech thread right before the text is synthesized, against the
headset as it is then, and a headset pulled out while private data plays cuts
it off. What the speaker did is told to a ``SpeechListener`` from the speech
thread (and the headset's changes from the detector's). Qt-free.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Final, Protocol

from devices.audio import Audio, AudioOut, Interruption
from devices.headset import HeadsetState
from devices.threads import OwnedThread
from kiosk.base.catalogue import text as catalogue_text
from kiosk.base.errors import DeviceError, UserFacingError
from kiosk.base.i18n import N_, Message

log = logging.getLogger(__name__)

MAX_VOLUME: Final = 10  # the engine's own level
MIN_VOLUME: Final = 1
DEFAULT_VOLUME: Final = 7  # where every session starts (EN 301 549 5.1.3.13)
STEP_DB: Final = 3.0

#: Said instead of a private value when no headset is plugged in.
YOUR_ENTRY = N_("Speech", "Your entry")
VOICE_FAILED = N_("Speech", "Voice output failed. Please ask the staff for help.")


def _nothing() -> None:
    return None


def gain(volume: int) -> float:
    """The factor for a volume step: ``MAX_VOLUME`` is the engine's level, each step below
    ``STEP_DB`` quieter."""
    return float(10 ** ((volume - MAX_VOLUME) * STEP_DB / 20))


@dataclass(frozen=True)
class Utterance:
    """One text to speak. Neither the text nor its stand-in shows in a ``repr``."""

    text: str = field(repr=False)
    language: str  # BCP 47
    private: bool = False
    stand_in: str | None = field(default=None, repr=False)
    once: bool = False  # feedback ("Louder"): not kept for ``repeat``


class SpeechEngine(Protocol):
    """Text to audio at a gain (1.0: the engine's own level; it renders the volume, as eSpeak
    does with its amplitude, so no sample passes through Python). ``synthesize`` returns
    None when interrupted; raises ``DeviceError``."""

    name: str

    def unavailable(self) -> Message | None: ...

    def synthesize(self, text: str, language: str, interruption: Interruption, *,
                   gain: float = 1.0) -> Audio | None: ...


class SpeechListener(Protocol):
    """What the speaker did. ``said`` is what was handed to the engine: with a headset it
    may be personal data, so it is never logged."""

    def speech_started(self, said: str, language: str) -> None: ...

    def speech_ended(self, said: str, interrupted: bool) -> None: ...

    def speech_failed(self, error: UserFacingError) -> None: ...

    def headset_changed(self, state: HeadsetState) -> None: ...


class NoListener:
    """A listener that hears nothing."""

    def speech_started(self, said: str, language: str) -> None:
        return None

    def speech_ended(self, said: str, interrupted: bool) -> None:
        return None

    def speech_failed(self, error: UserFacingError) -> None:
        return None

    def headset_changed(self, state: HeadsetState) -> None:
        return None


class SpeechDevice:
    """The engine and the sound output; used on the speech thread only."""

    def __init__(self, engine: SpeechEngine, out: AudioOut, thread: OwnedThread) -> None:
        self.engine = engine
        self.out = out
        self.thread = thread

    def unavailable(self) -> Message | None:
        """Why this terminal cannot speak, or None."""
        self.thread.assert_owner()
        return self.engine.unavailable() or self.out.unavailable()

    def use_output(self, out: AudioOut) -> None:
        self.thread.assert_owner()
        self.out = out

    def utter(self, text: str, language: str, gain: float, interruption: Interruption) -> bool:
        """Synthesize and play ``text``; False if interrupted."""
        self.thread.assert_owner()
        audio = self.engine.synthesize(text, language, interruption, gain=gain)
        if audio is None:
            return False
        return self.out.play(audio, interruption)


class Speaker:
    """The voice output of the terminal, with its ``speech`` thread."""

    def __init__(self, engine: SpeechEngine, out: AudioOut,
                 listener: SpeechListener | None = None) -> None:
        self.thread = OwnedThread("speech", "the voice output")
        self.device = SpeechDevice(engine, out, self.thread)
        self.listener: SpeechListener = listener if listener is not None else NoListener()
        self._lock = threading.Lock()  # everything below, between the callers and the thread
        self._generation = 0  # moved on by every interruption: older utterances are dropped
        self._interruption: Interruption | None = None  # of the utterance being spoken
        self._speaking_private = False
        self._private_listening = False
        self._volume = DEFAULT_VOLUME
        self._batch: list[Utterance] = []  # what ``repeat`` says again
        self._batch_generation = -1
        self._failed_generation = -1  # a failure is told once per generation

    # -- any thread ----------------------------------------------------------------------
    def check(self) -> Future[Message | None]:
        """Why nothing can be spoken here (or None), found out on the speech thread."""
        return self.thread.submit(self.device.unavailable)

    def speak(self, text: str, language: str, *, private: bool, stand_in: str | None = None,
              once: bool = False) -> Future[None]:
        """Queue ``text`` in ``language`` (a BCP 47 tag) after what is being said."""
        utterance = Utterance(text, language, private, stand_in, once)
        with self._lock:
            generation = self._generation
            if not once:
                if self._batch_generation != generation:
                    self._batch, self._batch_generation = [], generation
                self._batch.append(utterance)
        return self._submit((utterance,), generation)

    def stop(self) -> None:
        """Silence now: what is spoken is cut off, what is queued is dropped."""
        self._interrupt()

    def drained(self) -> Future[None]:
        """Done when everything queued before it has been said (or dropped)."""
        return self.thread.submit(_nothing)

    def use_output(self, out: AudioOut) -> Future[None]:
        """Play through ``out`` from the next utterance on (a ``Recorder``: write WAVs)."""
        return self.thread.submit(self.device.use_output, out)

    def repeat(self) -> Future[None]:
        """Interrupt, then say again everything said since the interruption before."""
        with self._lock:
            generation = self._interrupt_locked()
            batch = tuple(self._batch)
            self._batch_generation = generation
        return self._submit(batch, generation)

    @property
    def volume(self) -> int:
        with self._lock:
            return self._volume

    def set_volume(self, volume: int) -> int:
        """From the next utterance on; clamped to the steps there are. The volume set."""
        with self._lock:
            self._volume = max(MIN_VOLUME, min(MAX_VOLUME, volume))
            return self._volume

    def reset(self) -> None:
        """A session ended: silence, nothing to repeat, the default volume."""
        with self._lock:
            self._interrupt_locked()
            self._batch, self._batch_generation = [], -1
            self._volume = DEFAULT_VOLUME

    @property
    def private_listening(self) -> bool:
        with self._lock:
            return self._private_listening

    def headset_changed(self, state: HeadsetState) -> None:
        """The detector's report (its thread): private data from now on, or no longer."""
        with self._lock:
            self._private_listening = state.present
            cut = self._interruption if not state.present and self._speaking_private else None
        if cut is not None:
            cut.set()
        self.listener.headset_changed(state)

    def shutdown(self) -> None:
        self.stop()
        self.thread.shutdown(wait=True, cancel_futures=True)

    def _interrupt(self) -> int:
        with self._lock:
            return self._interrupt_locked()

    def _interrupt_locked(self) -> int:
        self._generation += 1
        if self._interruption is not None:
            self._interruption.set()
        return self._generation

    def _submit(self, utterances: Sequence[Utterance], generation: int) -> Future[None]:
        try:
            return self.thread.submit(self._say_all, tuple(utterances), generation)
        except RuntimeError:  # shut down: nothing is said
            done: Future[None] = Future()
            done.set_result(None)
            return done

    # -- the speech thread ---------------------------------------------------------------
    def _said(self, utterance: Utterance) -> str:
        """What may be said of ``utterance`` now (under the lock)."""
        if not utterance.private or self._private_listening:
            return utterance.text
        if utterance.stand_in is not None:
            return utterance.stand_in
        return catalogue_text(YOUR_ENTRY, utterance.language)

    def _say_all(self, utterances: tuple[Utterance, ...], generation: int) -> None:
        self.thread.assert_owner()
        for utterance in utterances:
            if not self._say(utterance, generation):
                return

    def _say(self, utterance: Utterance, generation: int) -> bool:
        """Speak one utterance; False when interrupted or failed (the rest is dropped)."""
        interruption = Interruption()
        with self._lock:
            if generation != self._generation:
                return False
            said = self._said(utterance)
            level = gain(self._volume)
            self._interruption = interruption
            self._speaking_private = utterance.private and self._private_listening
        finished = False
        try:
            if not said.strip():
                return True
            self.listener.speech_started(said, utterance.language)
            try:
                finished = self.device.utter(said, utterance.language, level, interruption)
            except UserFacingError as exc:
                self._failed(exc, generation)
            except Exception as exc:  # noqa: BLE001 - an engine's bug must not end the speech thread
                log.error("voice output failed: %s", type(exc).__name__)
                self._failed(DeviceError(VOICE_FAILED, detail=type(exc).__name__), generation)
            self.listener.speech_ended(said, not finished)
            return finished
        finally:
            with self._lock:
                self._interruption = None
                self._speaking_private = False

    def _failed(self, error: UserFacingError, generation: int) -> None:
        with self._lock:
            first = self._failed_generation != generation
            self._failed_generation = generation
        if first:
            log.warning("voice output: %s", error.detail or type(error).__name__)
            self.listener.speech_failed(error)
