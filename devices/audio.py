"""Sound for the voice output: WAV data as a value, the player that plays it, a recorder.

``Audio`` is 16-bit PCM as a speech engine made it (``from_wav`` reads RIFF/WAVE,
also the streaming header espeak-ng writes to a pipe); ``wav`` writes a file.
Its samples never show in a ``repr``: with a headset, the audio may carry
personal data.

An ``AudioOut`` plays one clip and returns whether it was heard to the end. The
terminal's is ``PlayerOut``: ALSA's ``aplay`` (or PulseAudio's ``paplay``,
PipeWire's ``pw-play``) reading the WAV from a pipe, so neither the clip nor its
text ever lies in a file or on a command line. ``Recorder`` keeps the clips
instead (the tests, ``demo --walkthrough --voice``).

``Interruption`` is how speech is stopped from another thread: setting it kills
the process that synthesizes or plays right now and wakes whatever waits on it.
Qt-free.
"""

from __future__ import annotations

import array
import io
import logging
import math
import shutil
import struct
import subprocess
import sys
import threading
import wave
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final, Protocol

from kiosk.base.errors import DeviceError
from kiosk.base.i18n import N_, Message

log = logging.getLogger(__name__)

NO_PLAYER = N_("Speech", "Voice output cannot be played: no audio player (aplay) is "
               "installed on this terminal.")
NO_SOUND = N_("Speech", "Voice output cannot be played: the terminal's sound output is "
              "not working. Please ask the staff for help.")
_WIDTH: Final = 2  # bytes per sample: 16-bit PCM


class Interruption:
    """Set once, from any thread: the processes run through it are killed at once."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._event = threading.Event()
        self._processes: list[subprocess.Popen[bytes]] = []

    def set(self) -> None:
        with self._lock:
            self._event.set()
            processes = list(self._processes)
        for process in processes:
            if process.poll() is None:
                process.kill()

    def is_set(self) -> bool:
        return self._event.is_set()

    def wait(self, timeout_s: float) -> bool:
        """Wait up to ``timeout_s``; True if interrupted meanwhile."""
        return self._event.wait(timeout_s)

    def run(self, argv: Sequence[str], data: bytes, timeout_s: float) -> tuple[int, bytes] | None:
        """Run ``argv`` with ``data`` on its stdin: (exit code, stdout), or None if interrupted.

        ``argv`` is a fixed program with fixed options; what it works on comes through
        the pipe. Raises ``OSError`` when the program cannot be started."""
        with self._lock:
            if self._event.is_set():
                return None
            # Our own programs and options: nothing of the citizen on the command line.
            process = subprocess.Popen(  # noqa: S603
                list(argv), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL)
            self._processes.append(process)
        try:
            out, _err = process.communicate(data, timeout=timeout_s)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            raise OSError(f"{argv[0]} did not finish within {timeout_s:.0f} s") from None
        except BrokenPipeError:  # killed while we were still writing
            process.wait()
            out = b""
        finally:
            with self._lock:
                self._processes.remove(process)
        if self._event.is_set():
            return None
        return process.returncode, out


@dataclass(frozen=True)
class Audio:
    """16-bit PCM at ``rate`` Hz with ``channels`` interleaved channels."""

    rate: int
    channels: int
    pcm: bytes = field(repr=False)

    @classmethod
    def from_wav(cls, data: bytes) -> Audio:
        """A RIFF/WAVE file of 16-bit PCM. A streaming header (sizes of 0x7fff_f000,
        as ``espeak-ng --stdout`` writes them) counts up to the end of ``data``."""
        if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WAVE":
            raise ValueError("not a RIFF/WAVE file")
        position, layout = 12, None
        while position + 8 <= len(data):
            chunk, size = data[position:position + 4], struct.unpack_from("<I", data,
                                                                           position + 4)[0]
            body = position + 8
            if chunk == b"fmt ":
                tag, channels, rate, _rate_bytes, _align, bits = struct.unpack_from(
                    "<HHIIHH", data, body)
                if tag != 1 or bits != 8 * _WIDTH or channels < 1:
                    raise ValueError(f"not 16-bit PCM (format {tag}, {bits} bits)")
                layout = (rate, channels)
            elif chunk == b"data":
                if layout is None:
                    raise ValueError("the data comes before its format")
                pcm = data[body:min(len(data), body + size)]
                frame = _WIDTH * layout[1]
                return cls(layout[0], layout[1], pcm[:len(pcm) - len(pcm) % frame])
            position = body + size + (size & 1)
        raise ValueError("no data chunk")

    @classmethod
    def silence(cls, rate: int, channels: int, seconds: float) -> Audio:
        return cls(rate, channels, bytes(_WIDTH * channels * round(rate * seconds)))

    @classmethod
    def joined(cls, clips: Sequence[Audio], *, gap_s: float = 0.3) -> Audio:
        """The clips one after the other with ``gap_s`` of silence between them."""
        if not clips:
            raise ValueError("nothing to join")
        rate, channels = clips[0].rate, clips[0].channels
        if any((c.rate, c.channels) != (rate, channels) for c in clips):
            raise ValueError("clips of different formats")
        gap = cls.silence(rate, channels, gap_s).pcm
        return cls(rate, channels, gap.join(c.pcm for c in clips))

    def _samples(self) -> array.array[int]:
        samples = array.array("h", self.pcm)
        if sys.byteorder == "big":
            samples.byteswap()
        return samples

    @property
    def frames(self) -> int:
        return len(self.pcm) // (_WIDTH * self.channels)

    @property
    def duration_s(self) -> float:
        return self.frames / self.rate

    def rms(self) -> float:
        """Root mean square of the samples, 1.0 being full scale."""
        samples = self._samples()
        if not samples:
            return 0.0
        return math.sqrt(sum(s * s for s in samples) / len(samples)) / 32768

    def wav(self) -> bytes:
        """A RIFF/WAVE file of this audio."""
        buffer = io.BytesIO()
        with wave.open(buffer, "wb") as out:
            out.setnchannels(self.channels)
            out.setsampwidth(_WIDTH)
            out.setframerate(self.rate)
            out.writeframes(self.pcm)
        return buffer.getvalue()


class AudioOut(Protocol):
    """Where speech is heard: ``play`` blocks until the clip was heard or interrupted."""

    def unavailable(self) -> Message | None:
        """Why nothing can be played here, or None."""

    def play(self, audio: Audio, interruption: Interruption) -> bool:
        """True when played to the end, False when interrupted; ``DeviceError`` when broken."""


#: Players that read a WAV file from their stdin, the first one found is used.
PLAYERS: Final = (("aplay", ("-q", "-")), ("paplay", ()), ("pw-play", ("-",)))


def find_player() -> list[str] | None:
    for program, options in PLAYERS:
        path = shutil.which(program)
        if path is not None:
            return [path, *options]
    return None


class PlayerOut:
    """The terminal's sound output through a player program (``PLAYERS``)."""

    def __init__(self, argv: Sequence[str] | None = None) -> None:
        self.argv = list(argv) if argv is not None else find_player()

    def unavailable(self) -> Message | None:
        return NO_PLAYER if self.argv is None else None

    def play(self, audio: Audio, interruption: Interruption) -> bool:
        if self.argv is None:
            raise DeviceError(NO_PLAYER, detail="no aplay, paplay or pw-play on PATH")
        try:
            result = interruption.run(self.argv, audio.wav(), audio.duration_s + 10)
        except OSError as exc:
            raise DeviceError(NO_SOUND, detail=f"{self.argv[0]}: {exc}") from exc
        if result is None:
            return False
        if result[0] != 0:
            raise DeviceError(NO_SOUND, detail=f"{self.argv[0]} exited with {result[0]}")
        return True


@dataclass(frozen=True)
class Clip:
    """What a ``Recorder`` was given: the audio and whether it was heard to the end."""

    audio: Audio
    finished: bool


class Recorder:
    """An ``AudioOut`` that keeps every clip instead of playing it.

    With ``realtime`` a clip takes as long as it lasts (an interruption cuts it
    short), as on a loudspeaker; otherwise it is "heard" at once."""

    def __init__(self, *, realtime: bool = False) -> None:
        self.realtime = realtime
        self._lock = threading.Lock()
        self._clips: list[Clip] = []

    def unavailable(self) -> Message | None:
        return None

    def play(self, audio: Audio, interruption: Interruption) -> bool:
        finished = not (interruption.wait(audio.duration_s) if self.realtime
                        else interruption.is_set())
        with self._lock:
            self._clips.append(Clip(audio, finished))
        return finished

    @property
    def clips(self) -> list[Clip]:
        with self._lock:
            return list(self._clips)

    def take(self) -> list[Clip]:
        """The clips kept so far, forgetting them."""
        with self._lock:
            clips, self._clips = self._clips, []
        return clips
