"""``demo --walkthrough DIR --voice``: what the kiosk said on each screen, as WAV files.

The kiosk's voice output plays into a ``devices.audio.Recorder`` instead of the
loudspeaker. The ``ListeningDriver`` is a citizen who hears out what the kiosk
says after each tap before going on (a key typed still cuts it short, as it
would); before each screenshot the walkthrough writes what was said since the
last one as ``DIR/speech/NN-<screen>.wav`` (the screenshot's number and name),
the clips a 0.3 s pause apart. The report (``journey.json``, ``speech``) lists
each file's texts, duration, RMS and how many clips were cut short.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from devices.audio import Audio, Recorder
from ui.qt import QWidget
from ui.speech_bridge import SpeechBridge
from ui.tools.journey import JourneyDriver, wait_until
from ui.window import KioskWindow


class SpeechShots:
    def __init__(self, bridge: SpeechBridge, out_dir: Path) -> None:
        self.bridge = bridge
        self.dir = out_dir / "speech"
        self.dir.mkdir(parents=True, exist_ok=True)
        for old in self.dir.glob("[0-9][0-9]-*.wav"):
            old.unlink()
        self.recorder = Recorder()
        checked = bridge.use_output(self.recorder)
        wait_until(checked.done, 10)
        wait_until(lambda: False, 0.05)  # its answer crosses to the GUI thread
        if not bridge.available:
            raise RuntimeError(f"the voice output cannot speak: {bridge.problem}")
        self._texts: list[dict[str, Any]] = []
        bridge.started.connect(lambda said, language: self._texts.append(
            {"language": language, "text": said}))
        self.report: dict[str, Any] = {}

    def listen(self) -> None:
        """Wait until everything the kiosk has to say now has been said."""
        wait_until(lambda: False, 0.02)  # the voice guide speaks after the events in hand
        drained = self.bridge.drained()
        if not wait_until(drained.done, 60):
            raise RuntimeError("the voice output did not finish within 60 s")
        wait_until(lambda: False, 0.02)  # the last reports cross to the GUI thread

    def save(self, name: str) -> Path | None:
        """Write what was said since the last ``save`` as ``name``.wav (None: silence)."""
        self.listen()
        clips, texts, self._texts = self.recorder.take(), self._texts, []
        if not clips:
            return None
        audio = Audio.joined([clip.audio for clip in clips])
        path = self.dir / f"{name}.wav"
        path.write_bytes(audio.wav())
        self.report[path.name] = {"texts": texts, "duration_s": round(audio.duration_s, 2),
                                  "rms": round(audio.rms(), 4),
                                  "interrupted": sum(not clip.finished for clip in clips)}
        return path


class ListeningDriver(JourneyDriver):
    """A citizen who listens to the end after each tap."""

    def __init__(self, window: KioskWindow, speech: SpeechShots) -> None:
        super().__init__(window)
        self.speech = speech

    def click(self, widget: QWidget) -> None:
        super().click(widget)
        self.speech.listen()
