"""The voice output's device layer, with the real eSpeak NG: real WAVs, the speech thread that
owns the device, stop, repeat, the volume and its reset, and personal data spoken only
through a headset (the texts handed to the engine are checked). Qt-free.

espeak-ng is a Debian package the suite needs (``./dev.sh test`` installs it): without it
these tests fail and say so, they do not skip."""

from __future__ import annotations

import io
import os
import shutil
import struct
import subprocess
import threading
import time
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_device_threads import on_thread

from devices.audio import Audio, Interruption, PlayerOut, Recorder
from devices.espeak import VOICES, EspeakNg, voice_for
from devices.headset import FakeHeadset, HeadsetState
from devices.speech import DEFAULT_VOLUME, MAX_VOLUME, Speaker, gain
from devices.threads import WrongThread
from kiosk.base.catalogue import catalogue
from kiosk.base.errors import DeviceError, UserFacingError

SENTENCE = {"de": "Willkommen im Bürgerbüro. Bitte wählen Sie Ihre Sprache.",
            "en": "Welcome to the citizens' office. Please choose your language."}
LONG = " ".join(["Bitte legen Sie Ihren Ausweis auf das Lesegerät."] * 12)
#: The languages the issue asks for, each by its BCP 47 tag (de-x-ls: Leichte Sprache).
ISSUE_LANGUAGES = ("de", "en", "tr", "ar", "uk", "ru", "pl", "ro", "de-x-ls")


def require_espeak() -> str:
    program = shutil.which("espeak-ng")
    if program is None:
        pytest.fail("espeak-ng is not installed: install espeak-ng (Debian: apt-get install "
                    "espeak-ng; ./dev.sh test installs it). The voice output needs it.")
    return program


@pytest.fixture
def engine() -> EspeakNg:
    require_espeak()
    return EspeakNg()


class Heard:
    """A SpeechListener that keeps what it hears."""

    def __init__(self) -> None:
        self.said: list[tuple[str, str]] = []  # (language, text) handed to the engine
        self.ended: list[tuple[str, bool]] = []
        self.failed: list[UserFacingError] = []
        self.headset: list[bool] = []
        self.started_event = threading.Event()
        self.ended_event = threading.Event()

    def speech_started(self, said: str, language: str) -> None:
        self.said.append((language, said))
        self.started_event.set()

    def speech_ended(self, said: str, interrupted: bool) -> None:
        self.ended.append((said, interrupted))
        self.ended_event.set()

    def speech_failed(self, error: UserFacingError) -> None:
        self.failed.append(error)

    def headset_changed(self, state: HeadsetState) -> None:
        self.headset.append(state.present)

    def texts(self) -> list[str]:
        return [text for _language, text in self.said]


class TextEngine:
    """A SpeechEngine that keeps the texts it is handed and makes ``seconds`` of silence."""

    name = "texts"

    def __init__(self, seconds: float = 0.05) -> None:
        self.seconds = seconds
        self.texts: list[str] = []

    def unavailable(self) -> None:
        return None

    def synthesize(self, text: str, language: str, interruption: Interruption, *,
                   gain: float = 1.0) -> Audio:
        self.texts.append(text)
        return Audio.silence(16000, 1, self.seconds)


@pytest.fixture
def speakers() -> Iterator[list[Speaker]]:
    made: list[Speaker] = []
    yield made
    for speaker in made:
        speaker.shutdown()


def make(speakers: list[Speaker], engine: object, out: object | None = None) -> tuple[
        Speaker, Heard, Recorder]:
    heard = Heard()
    recorder = out if isinstance(out, Recorder) else Recorder()
    speaker = Speaker(engine, out if out is not None else recorder, heard)  # type: ignore[arg-type]
    speakers.append(speaker)
    return speaker, heard, recorder


# -- eSpeak NG ---------------------------------------------------------------------------

def test_espeak_ng_is_installed() -> None:
    program = require_espeak()
    version = subprocess.run([program, "--version"], capture_output=True, text=True,
                             check=True, timeout=10).stdout
    assert "eSpeak NG" in version


def test_real_speech_is_a_valid_non_silent_wav_and_differs_by_language(
        engine: EspeakNg) -> None:
    made = {}
    for language, sentence in SENTENCE.items():
        audio = engine.synthesize(sentence, language, Interruption())
        assert audio is not None
        data = audio.wav()
        assert data[:4] == b"RIFF"
        assert data[8:12] == b"WAVE"
        assert struct.unpack_from("<I", data, 4)[0] == len(data) - 8  # a finished header
        with wave.open(io.BytesIO(data)) as wav:
            assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, 22050)
            frames = wav.getnframes()
        duration = frames / 22050
        words = len(sentence.split())
        # eSpeak at 150 words a minute: 0.4 s a word, give or take pauses and long words.
        assert words * 0.2 < duration < words * 0.8, duration
        assert audio.rms() > 0.02, "the speech is (nearly) silent"
        made[language] = audio
    assert made["de"].pcm != made["en"].pcm
    assert abs(made["de"].duration_s - made["en"].duration_s) > 0.05


def test_every_language_has_an_espeak_voice_that_speaks(engine: EspeakNg) -> None:
    offered = set(catalogue().languages())
    assert {voice_for(language) for language in offered} <= set(VOICES.values())
    for language in (*ISSUE_LANGUAGES, *offered):
        assert voice_for(language) is not None, language
        audio = engine.synthesize("1 2 3", language, Interruption())
        assert audio is not None, language
        assert audio.duration_s > 0.3, language
    assert voice_for("de-x-ls") == voice_for("de") == "de"
    assert voice_for("en") == "en-gb"
    assert voice_for("fr") is None


def test_a_language_without_a_voice_and_a_missing_program_are_device_errors(
        tmp_path: Path) -> None:
    require_espeak()
    with pytest.raises(DeviceError) as info:
        EspeakNg().synthesize("Bonjour", "fr", Interruption())
    assert "not available in this language" in info.value.message.source
    missing = EspeakNg(str(tmp_path / "espeak-ng"))
    assert missing.unavailable() is None  # a path was given: it is tried
    with pytest.raises(DeviceError):
        missing.synthesize("Hallo", "de", Interruption())
    nothing = EspeakNg()
    nothing.program = None
    assert nothing.unavailable() is not None
    assert "espeak-ng" in str(nothing.unavailable())


def test_the_text_goes_through_a_pipe_never_on_the_command_line(
        tmp_path: Path) -> None:
    program = require_espeak()
    spy = tmp_path / "espeak-ng"
    argv_file = tmp_path / "argv"
    spy.write_text(f'#!/bin/sh\necho "$@" > {argv_file}\nexec {program} "$@"\n')
    spy.chmod(0o755)
    audio = EspeakNg(str(spy)).synthesize("Mustermann", "de", Interruption())
    assert audio is not None
    assert audio.duration_s > 0.3
    assert "Mustermann" not in argv_file.read_text()


def test_a_streaming_wav_header_is_read_to_the_end_of_the_data() -> None:
    pcm = struct.pack("<4h", 1, -2, 3, -4)
    header = (b"RIFF" + struct.pack("<I", 0x7FFFF024) + b"WAVE" + b"fmt "
              + struct.pack("<IHHIIHH", 16, 1, 1, 22050, 44100, 2, 16)
              + b"data" + struct.pack("<I", 0x7FFFF000))
    audio = Audio.from_wav(header + pcm + b"\x00")  # an odd byte at the end is dropped
    assert (audio.rate, audio.channels, audio.frames, audio.pcm) == (22050, 1, 4, pcm)
    with pytest.raises(ValueError, match="RIFF"):
        Audio.from_wav(b"ID3\x04" + bytes(40))
    with pytest.raises(ValueError, match="16-bit"):
        Audio.from_wav(header.replace(struct.pack("<HH", 2, 16), struct.pack("<HH", 1, 8))
                       + pcm)


# -- the speech thread owns the device -------------------------------------------------

def test_the_speech_thread_owns_the_device(speakers: list[Speaker]) -> None:
    speaker, _heard, recorder = make(speakers, TextEngine())
    device = speaker.device
    assert speaker.thread.owner.name.startswith("speech")
    with pytest.raises(WrongThread) as info:
        device.utter("Hallo", "de", 1.0, Interruption())
    assert "the voice output" in str(info.value)
    assert "'MainThread'" in str(info.value)
    with pytest.raises(WrongThread) as info:
        on_thread(lambda: device.utter("Hallo", "de", 1.0, Interruption()))
    assert "'intruder'" in str(info.value)
    with pytest.raises(WrongThread):
        device.unavailable()
    with pytest.raises(WrongThread):
        device.use_output(Recorder())
    assert recorder.clips == []  # nothing refused reached the output
    # On its own thread the same call speaks.
    assert speaker.thread.submit(device.utter, "Hallo", "de", 1.0, Interruption()).result(5)
    assert len(recorder.clips) == 1
    assert speaker.check().result(5) is None


# -- stop, repeat, volume ----------------------------------------------------------------

def test_stop_cuts_the_speech_short_and_drops_what_was_queued(
        engine: EspeakNg, speakers: list[Speaker]) -> None:
    speaker, heard, recorder = make(speakers, engine, Recorder(realtime=True))
    speaker.speak(LONG, "de", private=False)
    speaker.speak("Danach", "de", private=False)
    assert heard.started_event.wait(10)
    time.sleep(0.3)
    stopped_at = time.monotonic()
    speaker.stop()
    assert heard.ended_event.wait(5)
    assert time.monotonic() - stopped_at < 1.0
    speaker.drained().result(10)
    [clip] = recorder.clips
    assert clip.audio.duration_s > 20  # what would have been said …
    assert clip.finished is False  # … was cut short
    assert heard.ended == [(LONG, True)]
    assert heard.texts() == [LONG]  # "Danach" was queued behind it and dropped


def test_stop_kills_the_player_at_once(engine: EspeakNg, speakers: list[Speaker],
                                       tmp_path: Path) -> None:
    player = tmp_path / "player"
    pid_file, played = tmp_path / "pid", tmp_path / "played.wav"
    # A player that takes the WAV from its stdin, then plays for 30 s.
    player.write_text(f'#!/bin/sh\necho $$ > {pid_file}\ncat > {played}\nexec sleep 30\n')
    player.chmod(0o755)
    speaker, heard, _recorder = make(speakers, engine, PlayerOut([str(player)]))
    speaker.speak("Bitte wählen Sie Ihre Sprache.", "de", private=False)
    deadline = time.monotonic() + 10
    while not (played.exists() and played.stat().st_size > 1000):
        assert time.monotonic() < deadline, "the player never got the WAV"
        time.sleep(0.05)
    time.sleep(0.2)  # cat has written all of it
    assert Audio.from_wav(played.read_bytes()).duration_s > 1.0  # a real WAV through the pipe
    pid = int(pid_file.read_text())
    speaker.stop()
    assert heard.ended_event.wait(3), "the player was not interrupted"
    assert heard.ended[-1][1] is True
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_a_player_that_fails_is_reported_once_as_a_device_error(
        speakers: list[Speaker], tmp_path: Path) -> None:
    broken = tmp_path / "aplay"
    broken.write_text("#!/bin/sh\ncat > /dev/null\necho 'audio open error' >&2\nexit 1\n")
    broken.chmod(0o755)
    speaker, heard, _recorder = make(speakers, TextEngine(), PlayerOut([str(broken)]))
    speaker.speak("Eins", "de", private=False)
    speaker.speak("Zwei", "de", private=False)
    speaker.drained().result(10)
    [error] = heard.failed
    assert isinstance(error, DeviceError)
    assert "sound output is not working" in error.message.source
    assert heard.texts() == ["Eins", "Zwei"]  # each is tried: the output may come back
    none = PlayerOut([])
    none.argv = None  # a terminal without aplay, paplay or pw-play
    assert none.unavailable() is not None
    assert "aplay" in str(none.unavailable())
    with pytest.raises(DeviceError):
        none.play(Audio.silence(16000, 1, 0.1), Interruption())


def test_repeat_says_again_what_was_said_since_the_last_interruption(
        engine: EspeakNg, speakers: list[Speaker]) -> None:
    speaker, heard, recorder = make(speakers, engine)
    speaker.speak("Erster Text", "de", private=False)
    speaker.drained().result(10)
    speaker.stop()  # a new batch starts with the next text
    speaker.speak("Familienname", "de", private=False)
    speaker.speak("Pflichtfeld", "de", private=False)
    speaker.speak("Lauter", "de", private=False, once=True)  # feedback: not repeated
    speaker.drained().result(10)
    first = [c.audio.pcm for c in recorder.take()]
    speaker.repeat().result(10)
    again = [c.audio.pcm for c in recorder.take()]
    assert heard.texts() == ["Erster Text", "Familienname", "Pflichtfeld", "Lauter",
                             "Familienname", "Pflichtfeld"]
    assert again == first[1:3]  # the very same audio: eSpeak is deterministic
    # What was queued and cut off by a stop is repeated as a whole.
    speaker.stop()
    speaker.speak(LONG, "de", private=False)
    speaker.speak("Ende", "de", private=False)
    speaker.stop()
    speaker.repeat().result(20)
    assert heard.texts()[-2:] == [LONG, "Ende"]


def test_volume_steps_scale_the_audio_and_reset_restores_the_default(
        engine: EspeakNg, speakers: list[Speaker]) -> None:
    speaker, _heard, recorder = make(speakers, engine)
    assert speaker.volume == DEFAULT_VOLUME
    speaker.speak("Lautstärke", "de", private=False)
    speaker.drained().result(10)
    assert speaker.set_volume(99) == MAX_VOLUME  # from the next utterance on
    speaker.speak("Lautstärke", "de", private=False)
    speaker.drained().result(10)
    quiet, loud = recorder.take()
    # eSpeak's amplitude is about linear: 35 % of its level is about 9 dB quieter.
    assert loud.audio.rms() / quiet.audio.rms() == pytest.approx(1 / gain(DEFAULT_VOLUME),
                                                                 rel=0.1)
    assert gain(MAX_VOLUME) == 1.0
    assert gain(DEFAULT_VOLUME - 1) == pytest.approx(gain(DEFAULT_VOLUME) / 10 ** 0.15)
    assert speaker.set_volume(-5) == 1
    speaker.reset()
    assert speaker.volume == DEFAULT_VOLUME
    speaker.repeat().result(10)
    assert recorder.take() == []  # the session's end left nothing to repeat


# -- personal data only through a headset ----------------------------------------------

def test_private_texts_are_not_handed_to_the_engine_without_a_headset(
        speakers: list[Speaker]) -> None:
    engine = TextEngine()
    speaker, heard, _recorder = make(speakers, engine)
    headset = FakeHeadset()
    headset.start(speaker)
    speaker.speak("Familienname", "de", private=False)
    speaker.speak("Mustermann", "de", private=True)  # stand-in: the catalogue's
    speaker.speak("Mustermann", "en", private=True)
    speaker.speak("Erika Mustermann, Musterstadt", "de", private=True, stand_in="")
    speaker.speak("Mustermann", "de", private=True, stand_in="Ihr Name")
    speaker.drained().result(10)
    assert engine.texts == ["Familienname", "Ihre Eingabe", "Your entry", "Ihr Name"]
    assert not any("Mustermann" in t for t in heard.texts())
    headset.plug()
    assert speaker.private_listening
    speaker.speak("Mustermann", "de", private=True, stand_in="")
    speaker.drained().result(10)
    assert engine.texts[-1] == "Mustermann"
    headset.unplug()
    before = len(engine.texts)
    speaker.repeat().result(10)  # decided again when said: the headset is gone
    assert engine.texts[before:] == ["Familienname", "Ihre Eingabe", "Your entry", "Ihr Name"]
    assert heard.headset == [False, True, False]


def test_pulling_the_headset_out_cuts_off_private_speech(speakers: list[Speaker]) -> None:
    speaker, heard, recorder = make(speakers, TextEngine(seconds=20), Recorder(realtime=True))
    headset = FakeHeadset(present=True)
    headset.start(speaker)
    speaker.speak("Mustermann", "de", private=True)
    assert heard.started_event.wait(5)
    time.sleep(0.1)
    unplugged_at = time.monotonic()
    on_thread(headset.unplug)  # as the detector would, from its own thread
    assert heard.ended_event.wait(3)
    assert time.monotonic() - unplugged_at < 1.0
    assert heard.ended == [("Mustermann", True)]
    assert [c.finished for c in recorder.clips] == [False]


def test_speaking_after_shutdown_says_nothing(speakers: list[Speaker]) -> None:
    engine = TextEngine()
    speaker, _heard, _recorder = make(speakers, engine)
    speaker.shutdown()
    speaker.speak("Hallo", "de", private=False).result(1)
    speaker.repeat().result(1)
    assert engine.texts == []
