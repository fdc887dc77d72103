"""The voice output in the kiosk window: "Read aloud", each screen and the focused field
spoken in the session's language, errors, personal data only through a headset, the
keys, the volume reset at the end of a session, every screen of every service saying
something, and ``demo --walkthrough --voice``. The real eSpeak NG speaks; a recorder stands
in for the loudspeaker (this machine has no sound card). What is asserted is what was
handed to the engine (``SpeechBridge.started``: after the privacy rule)."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from test_speech import require_espeak

from devices.audio import Audio, Recorder
from devices.headset import FakeHeadset
from devices.speech import DEFAULT_VOLUME
from forms.answers import is_given
from forms.loader import shipped_forms
from forms.samples import sample_answers
from kiosk.base.errors import ConfigError
from kiosk.services import CATALOGUE
from kiosk.settings import Settings, load_settings
from ui.app import Kiosk
from ui.eid_bridge import EidBridge
from ui.fields import FieldWidget
from ui.qt import QApplication, Qt, QTest, QWidget
from ui.screens.eid import EidPanel
from ui.screens.section import SectionScreen
from ui.speech_bridge import SpeechBridge
from ui.tools.journey import SAMPLE_ADDRESS, SAMPLE_IDENTITY, JourneyDriver, wait_until

ROOT = Path(__file__).resolve().parent.parent
PERSONAL = ("Mustermann", "Erika", "Gabler", "12.08.1964", "Heidestraße", "51147", "Köln")


@dataclass
class Voiced:
    kiosk: Kiosk
    bridge: SpeechBridge
    recorder: Recorder
    said: list[tuple[str, str]]  # (language, text handed to the engine)
    drive: JourneyDriver

    def settle_pairs(self) -> list[tuple[str, str]]:
        """Wait until everything queued has been said; what was said since the last call."""
        wait_until(lambda: False, 0.03)  # the voice guide speaks after the events in hand
        drained = self.bridge.drained()
        assert wait_until(drained.done, 30), "the voice output did not finish"
        wait_until(lambda: False, 0.03)
        said, self.said[:] = list(self.said), []
        return said

    def settle(self) -> list[str]:
        return [text for _language, text in self.settle_pairs()]

    def voice_on(self) -> list[str]:
        self.drive.click(self.kiosk.window.welcome.voice_button)
        return self.settle()


@pytest.fixture
def voiced(kiosk_factory, qtbot):  # type: ignore[no-untyped-def]
    require_espeak()

    def make(speech_output: str = "speaker", *, realtime: bool = False) -> Voiced:
        kiosk = kiosk_factory(speech_output=speech_output)
        bridge = kiosk.backend.speech
        recorder = Recorder(realtime=realtime)
        checked = bridge.use_output(recorder)
        assert wait_until(checked.done, 10)
        wait_until(lambda: False, 0.05)
        assert bridge.available, bridge.problem
        said: list[tuple[str, str]] = []
        bridge.started.connect(lambda text, language: said.append((language, text)))
        return Voiced(kiosk, bridge, recorder, said, JourneyDriver(kiosk.window))

    return make


def to_review(v: Voiced) -> None:
    drive = v.drive
    drive.choose_language("de")
    drive.choose_service("meldebescheinigung-einfach")
    drive.fill(SAMPLE_IDENTITY)
    drive.next()
    drive.fill(SAMPLE_ADDRESS)
    drive.next()
    drive.fill({"purpose": "employer"})
    drive.next()
    assert drive.screen == "review", drive.errors()


# -- the setting ---------------------------------------------------------------------------

def test_the_speech_output_setting_is_checked(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    assert Settings().speech_output == "auto"
    config.write_text('speech_output = "headset"\n')
    assert load_settings(config).speech_output == "headset"
    config.write_text('speech_output = "loud"\n')
    with pytest.raises(ConfigError) as info:
        load_settings(config)
    text = str(info.value)
    assert "speech_output" in text
    assert "auto, headset, speaker, off" in text


def test_off_means_no_speaker_and_no_read_aloud_button(kiosk_factory) -> None:  # type: ignore[no-untyped-def]
    kiosk = kiosk_factory(speech_output="off")
    assert kiosk.backend.speech.speaker is None
    assert not kiosk.window.welcome.voice_button.isVisibleTo(kiosk.window)
    QTest.keyClick(kiosk.window.welcome, Qt.Key.Key_F4)  # the key does nothing either
    assert kiosk.window.voice is not None
    assert kiosk.window.voice.on is False


# -- what is said ----------------------------------------------------------------------------

def test_read_aloud_speaks_the_welcome_screen_each_line_in_its_own_language(voiced) -> None:  # type: ignore[no-untyped-def]
    v = voiced()
    window = v.kiosk.window
    assert window.welcome.voice_button.isVisibleTo(window)
    assert window.welcome.voice_button.text() == "Vorlesen · Read aloud"
    v.drive.click(window.welcome.voice_button)
    said = v.settle_pairs()
    assert said[0] == ("de", "Die Sprachausgabe ist eingeschaltet.")
    assert said.index(("de", "Willkommen im Bürgerbüro")) \
        < said.index(("en", "Welcome to the Bürgerbüro"))
    assert ("de", "Deutsch") in said
    assert ("en", "English") in said
    clips = v.recorder.take()
    assert len(clips) == len(said)
    assert all(c.finished and c.audio.duration_s > 0.3 and c.audio.rms() > 0.005 for c in clips)
    assert window.voice is not None
    assert window.voice.controls.isVisibleTo(window)
    assert window.welcome.voice_button.isChecked()


def test_each_screen_says_its_heading_then_the_focused_field(voiced) -> None:  # type: ignore[no-untyped-def]
    v = voiced()
    v.voice_on()
    v.drive.choose_language("de")
    said = v.settle()
    assert said[0] == "Was möchten Sie beantragen?"
    assert "Meldebescheinigung (einfach)" in said
    v.drive.choose_service("meldebescheinigung-einfach")
    said = v.settle()
    assert said[0] == "Wer stellt den Antrag?"
    assert said[-2:] == ["Familienname", "Wie im Personalausweis oder Reisepass."]
    # Tab to the next field: its label, nothing of the screen.
    focused = QApplication.focusWidget()
    assert focused is not None
    QTest.keyClick(focused, Qt.Key.Key_Tab)
    assert v.settle() == ["Vorname(n)", "Alle Vornamen, wie im Personalausweis oder Reisepass."]
    # Another language from the header: the screen again, in that language and voice.
    v.drive.switch_language("en")
    said = v.settle_pairs()
    assert ("en", "Who is applying?") in said
    assert all(language == "en" for language, _text in
               said[said.index(("en", "Who is applying?")):])


def test_a_refused_next_reads_every_problem_with_its_field(voiced) -> None:  # type: ignore[no-untyped-def]
    v = voiced()
    v.voice_on()
    v.drive.choose_language("de")
    v.drive.choose_service("meldebescheinigung-einfach")
    v.settle()
    v.drive.next()
    said = v.settle()
    assert said[:2] == ["Familienname", "Bitte füllen Sie dieses Feld aus."]
    assert "Geburtsdatum" in said
    assert said.count("Bitte füllen Sie dieses Feld aus.") >= 3


def test_a_choice_field_says_its_choices_and_whether_one_is_chosen_only_privately(  # type: ignore[no-untyped-def]
        voiced) -> None:
    v = voiced()
    v.voice_on()
    v.drive.choose_language("de")
    v.drive.choose_service("meldebescheinigung-einfach")
    v.drive.fill(SAMPLE_IDENTITY)
    v.drive.next()
    v.drive.fill(SAMPLE_ADDRESS)
    v.settle()
    v.drive.next()
    said = v.settle()
    assert said[0] == "Angaben zur Bescheinigung"
    assert "Verwendungszweck" in said
    assert any(t.startswith("Auswahl: Vorlage beim Arbeitgeber") for t in said)
    assert "ausgewählt" not in said
    assert "nicht ausgewählt" not in said


def test_personal_data_is_spoken_only_through_a_headset(voiced) -> None:  # type: ignore[no-untyped-def]
    v = voiced()
    v.voice_on()
    v.drive.choose_language("de")
    v.drive.choose_service("meldebescheinigung-einfach")
    v.drive.fill(SAMPLE_IDENTITY)
    v.settle()
    v.drive.click(v.kiosk.window.current_screen().fields["family_name"].line)  # type: ignore[attr-defined]
    said = v.settle()
    assert said == ["Familienname", "Ihre Eingabe", "Wie im Personalausweis oder Reisepass."]
    v.drive.next()
    v.drive.fill(SAMPLE_ADDRESS)
    v.drive.next()
    v.drive.fill({"purpose": "employer"})
    on_the_way = v.settle()
    v.drive.next()
    said = v.settle()
    assert said[0] == "Bitte prüfen Sie Ihre Angaben"
    assert [p for p in PERSONAL if p in " ".join(on_the_way)] == []
    assert any("nur über einen Kopfhörer" in t for t in said)
    everything = " ".join(said)
    assert [p for p in PERSONAL if p in everything] == []
    # A headset is plugged in: the same review, repeated, now says the answers.
    headset = FakeHeadset()
    assert v.bridge.speaker is not None
    headset.start(v.bridge.speaker)
    headset.plug()
    v.bridge.repeat()
    said = v.settle()
    everything = " ".join(said)
    assert "Familienname: Mustermann" in everything
    assert "Heidestraße" in everything
    assert not any("nur über einen Kopfhörer" in t for t in said)
    headset.unplug()
    v.bridge.repeat()
    assert [p for p in PERSONAL if p in " ".join(v.settle())] == []


def test_plugging_in_a_headset_turns_the_voice_on_and_pulling_it_out_off(voiced) -> None:  # type: ignore[no-untyped-def]
    v = voiced("auto")
    guide = v.kiosk.window.voice
    assert guide is not None
    assert guide.on is False
    headset = FakeHeadset()
    assert v.bridge.speaker is not None
    headset.start(v.bridge.speaker)
    headset.plug()  # from the test's thread, as from the detector's own
    assert wait_until(lambda: guide.on, 5)
    said = v.settle()
    assert said[0].startswith("Kopfhörer angeschlossen")
    assert "Willkommen im Bürgerbüro" in said
    assert guide.controls.isVisibleTo(v.kiosk.window)
    headset.unplug()
    assert wait_until(lambda: not guide.on, 5)
    assert not guide.controls.isVisibleTo(v.kiosk.window)


# -- the controls, the keys and the end of a session ------------------------------------------

def test_the_keys_repeat_stop_and_change_the_volume(voiced) -> None:  # type: ignore[no-untyped-def]
    v = voiced()
    welcome = v.kiosk.window.welcome
    QTest.keyClick(welcome, Qt.Key.Key_F4)
    first = v.settle()
    assert first[0] == "Die Sprachausgabe ist eingeschaltet."
    QTest.keyClick(welcome, Qt.Key.Key_F5)
    assert v.settle() == first[1:]  # the screen again; the feedback is not repeated
    QTest.keyClick(welcome, Qt.Key.Key_F8)
    assert v.settle() == [f"Lautstärke {DEFAULT_VOLUME + 1} von 10"]
    assert v.bridge.volume == DEFAULT_VOLUME + 1
    QTest.keyClick(welcome, Qt.Key.Key_VolumeDown)
    QTest.keyClick(welcome, Qt.Key.Key_VolumeDown)
    assert v.settle()[-1] == f"Lautstärke {DEFAULT_VOLUME - 1} von 10"
    guide = v.kiosk.window.voice
    assert guide is not None
    assert guide.controls.volume.text() == f"Lautstärke {DEFAULT_VOLUME - 1} von 10"
    QTest.keyClick(welcome, Qt.Key.Key_F4)
    assert guide.on is False


def test_any_key_or_touch_cuts_the_speech_short(voiced) -> None:  # type: ignore[no-untyped-def]
    v = voiced(realtime=True)  # a clip lasts as long as it sounds
    ended: list[bool] = []
    v.bridge.ended.connect(lambda _text, interrupted: ended.append(interrupted))
    v.drive.click(v.kiosk.window.welcome.voice_button)
    assert wait_until(lambda: v.bridge.speaking, 10)
    QTest.keyClick(v.kiosk.window.welcome, Qt.Key.Key_Space)
    assert wait_until(lambda: bool(ended), 2), "a key press did not stop the speech"
    assert ended[0] is True
    v.bridge.repeat()
    assert wait_until(lambda: v.bridge.speaking, 10)
    count = len(ended)
    QTest.mouseClick(v.kiosk.window.welcome.heading, Qt.MouseButton.LeftButton)
    assert wait_until(lambda: len(ended) > count, 2), "a touch did not stop the speech"
    assert ended[count] is True


def test_the_end_of_a_session_silences_resets_the_volume_and_forgets(voiced) -> None:  # type: ignore[no-untyped-def]
    v = voiced()
    guide = v.kiosk.window.voice
    assert guide is not None
    v.voice_on()
    v.drive.choose_language("de")
    v.drive.choose_service("meldebescheinigung-einfach")
    guide.change_volume(1)
    guide.change_volume(1)
    v.settle()
    assert v.bridge.volume == DEFAULT_VOLUME + 2
    v.kiosk.window.end_session("timeout")
    assert v.bridge.volume == DEFAULT_VOLUME
    assert guide.controls.volume.text().endswith(f"{DEFAULT_VOLUME} von 10")
    assert guide.on is False  # chosen by the last citizen, not by the next one
    assert not v.kiosk.window.welcome.voice_button.isChecked()
    assert v.settle() == []
    assert v.bridge.speaker is not None
    v.bridge.speaker.repeat().result(10)  # nothing of the last session is left to repeat
    assert v.settle() == []


# -- every screen, the secret keys ------------------------------------------------------------

@pytest.mark.parametrize("service", [s for s in CATALOGUE if s.form_id], ids=lambda s: s.id)
def test_every_screen_and_field_of_every_service_says_something(  # type: ignore[no-untyped-def]
        kiosk_factory, service) -> None:
    from ui import speech_texts

    kiosk = kiosk_factory(speech_output="off")
    window = kiosk.window
    drive = JourneyDriver(window)
    drive.choose_language("de")
    drive.choose_service(service.id)
    form = shipped_forms()[service.form_id]
    answers = sample_answers(form)
    for step, screen in window.session_screens.items():
        said = speech_texts.screen_texts(screen)
        assert said, f"{step.name} says nothing"
        assert said[0].text, f"{step.name} says nothing first"
        assert not said[0].private
        heading = getattr(screen, "heading", None)
        if heading is not None:
            assert said[0].text == heading.text(), step.name
        if isinstance(screen, SectionScreen):
            for widget in screen.fields.values():  # a group's label first, then its sub-field's
                spoken = [s.text for s in speech_texts.focus_texts(widget.focus_target)]
                assert spoken, widget.field.id
                assert spoken[0] == widget.title.text(), widget.field.id
                inner = widget.findChildren(FieldWidget)
                assert not inner or spoken[1] == inner[0].title.text(), widget.field.id
    # The values entered are always marked private.
    screen = window.current_screen()
    assert isinstance(screen, SectionScreen)
    for field_id, widget in screen.fields.items():
        if widget.line is not None and is_given(answers.get(field_id)):
            drive.fill({field_id: answers[field_id]})
            values = [s for s in speech_texts.focus_texts(widget.line)
                      if s.text == widget.line.text()]
            assert values, field_id
            assert all(s.private for s in values), field_id


def test_the_pin_pad_is_never_spoken_and_the_card_number_keypad_only_privately(  # type: ignore[no-untyped-def]
        qtbot, kiosk_factory) -> None:
    from devices.eid.service import EidConfig
    from ui import speech_texts

    host = QWidget()
    qtbot.addWidget(host)
    panel = EidPanel(EidBridge(EidConfig("connect", tc_token_url="https://x.invalid/tc")), host)
    for key in (*panel.digit_buttons, panel.delete_button, panel.pin_field):
        assert speech_texts.focus_texts(key) == []
    panel.send_button.setText("Senden")
    assert [s.text for s in speech_texts.focus_texts(panel.send_button)] == ["Senden"]
    kiosk = kiosk_factory(speech_output="off")
    drive = JourneyDriver(kiosk.window)
    drive.choose_language("de")
    drive.choose_service("meldebescheinigung-einfach")
    access = kiosk.window.current_screen().access  # type: ignore[attr-defined]
    [digit] = speech_texts.focus_texts(access.keys["7"])
    assert (digit.text, digit.private, digit.stand_in) == ("7", True, "")


# -- the walkthrough ---------------------------------------------------------------------------

def test_the_voice_walkthrough_writes_a_wav_per_screen(tmp_path: Path) -> None:
    require_espeak()
    out = tmp_path / "walk"
    result = subprocess.run(
        [sys.executable, "-m", "ui.main", "demo", "--walkthrough", str(out), "--voice"],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    journey = json.loads((out / "journey.json").read_text(encoding="utf-8"))
    report = journey["speech"]
    for screen in ("welcome", "service", "identify-errors", "form-address", "form-details",
                   "review", "signature", "receipt"):
        [name] = [n for n in report if n.endswith(f"-{screen}.wav")]
        data = (out / "speech" / name).read_bytes()
        assert data[:4] == b"RIFF", name
        assert data[8:12] == b"WAVE", name
        audio = Audio.from_wav(data)
        assert audio.duration_s > 1.0, name
        assert audio.rms() > 0.005, name
        assert report[name]["duration_s"] == pytest.approx(audio.duration_s, abs=0.01)
    texts = [t["text"] for info in report.values() for t in info["texts"]]
    assert "Ihre Eingabe" in texts  # a value stood in for: through the loudspeaker
    assert [p for p in PERSONAL if p in " ".join(texts)] == []
    [receipt] = [info for n, info in report.items() if n.endswith("-receipt.wav")]
    number = journey["vorgangsnummer"]
    assert any(t["text"] == ", ".join(" ".join(g) for g in number.split("-"))
               for t in receipt["texts"])
