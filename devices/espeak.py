"""The offline voice: eSpeak NG (Debian package ``espeak-ng``) as a ``SpeechEngine``.

``espeak-ng`` runs once per utterance and reads the text from a pipe (never
from its command line, where any user of the machine could read it in the
process list); it writes a WAV to its stdout, which becomes an ``Audio``. The
voice comes from the language's BCP 47 tag through ``VOICES``, the one mapping
of language to voice: its primary subtag decides (``de-x-ls``, Leichte Sprache,
and ``de-AT`` are German; ``en`` is British English). A neural voice (Piper)
would be another ``SpeechEngine`` with its own mapping, behind the same
``Speaker``. Qt-free.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from devices.audio import Audio, Interruption
from devices.speech import VOICE_FAILED
from kiosk.base.errors import DeviceError
from kiosk.base.i18n import N_, Message

log = logging.getLogger(__name__)

# The eSpeak NG voice for each language (primary subtag of the BCP 47 tag).
VOICES: Final[Mapping[str, str]] = MappingProxyType({
    "de": "de", "en": "en-gb", "tr": "tr", "ar": "ar", "uk": "uk", "ru": "ru",
    "pl": "pl", "ro": "ro",
})
# Words per minute: a little slower than eSpeak's 175, for listeners who are new to it.
RATE_WPM: Final = 150

NOT_INSTALLED = N_("Speech", "Voice output is not installed on this terminal (espeak-ng is "
                   "missing).")
NO_VOICE = N_("Speech", "Voice output is not available in this language.")


def voice_for(language: str) -> str | None:
    """The eSpeak NG voice for a BCP 47 language tag, or None if there is none."""
    return VOICES.get(language.strip().split("-")[0].lower())


class EspeakNg:
    """``SpeechEngine`` through the ``espeak-ng`` program."""

    name = "espeak-ng"

    def __init__(self, program: str | None = None, *, rate_wpm: int = RATE_WPM) -> None:
        self.program = program if program is not None else shutil.which("espeak-ng")
        self.rate_wpm = rate_wpm

    def unavailable(self) -> Message | None:
        return NOT_INSTALLED if self.program is None else None

    def synthesize(self, text: str, language: str, interruption: Interruption, *,
                   gain: float = 1.0) -> Audio | None:
        """``text`` spoken in ``language`` at ``gain`` (1.0: eSpeak's own level); None if
        interrupted. Raises ``DeviceError``."""
        if self.program is None:
            raise DeviceError(NOT_INSTALLED, detail="espeak-ng is not on PATH")
        voice = voice_for(language)
        if voice is None:
            raise DeviceError(NO_VOICE, detail=f"no espeak-ng voice for {language!r}")
        amplitude = max(0, min(200, round(100 * gain)))  # eSpeak's amplitude: linear, 100
        argv = [self.program, "-v", voice, "-s", str(self.rate_wpm), "-a", str(amplitude),
                "-b", "1", "--stdout", "--stdin"]
        try:
            result = interruption.run(argv, text.encode("utf-8"), 60)
        except OSError as exc:
            raise DeviceError(VOICE_FAILED, detail=f"espeak-ng: {exc}") from exc
        if result is None:
            return None
        code, wav = result
        if code != 0:  # its message is not logged: it might quote the text
            raise DeviceError(VOICE_FAILED, detail=f"espeak-ng exited with {code} "
                              f"(voice {voice})")
        try:
            return Audio.from_wav(wav)
        except ValueError as exc:
            raise DeviceError(VOICE_FAILED, detail=f"espeak-ng: {exc}") from exc
