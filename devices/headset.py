"""Is a headset plugged in? The voice output speaks personal data only if so.

A ``HeadsetDetector`` reports ``HeadsetState`` to a ``HeadsetListener`` (the
``devices.speech.Speaker``) from its own thread, first once at ``start`` and
then on every change:

- ``JackSwitchDetector`` — the real one. It reads the Linux input layer's
  headphone switch (``SW_HEADPHONE_INSERT``), which the sound drivers of
  on-board codecs (HD Audio, most ASoC codecs) report for the 3.5 mm jack: it
  finds the input devices that have the switch in
  ``/sys/class/input/input*/capabilities/sw``, asks each for its state
  (``EVIOCGSW``) and then waits in ``select`` on their ``/dev/input/event*``
  nodes for switch events (no polling; the kiosk user needs read access to
  them: group ``input``). Not read: ALSA's jack controls
  (``/dev/snd/controlC*``, "Headphone Jack"), which a few ASoC boards offer
  instead, and USB headsets, which are a sound card of their own and have no
  jack — set ``speech_output = "headset"`` where a handset or a USB headset is
  fixed to the terminal. Without any switch (as on a machine without a sound
  card) the state is "no headset", looked for again every ``rescan_s``.
- ``FixedHeadset`` — what the setting ``speech_output`` forces ("headset":
  always private listening, "speaker": never).
- ``FakeHeadset`` — for tests: ``plug()`` and ``unplug()``.

Qt-free.
"""

from __future__ import annotations

import errno
import fcntl
import logging
import os
import selectors
import struct
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Protocol

log = logging.getLogger(__name__)

EV_SYN: Final = 0x00
EV_SW: Final = 0x05
SYN_DROPPED: Final = 3
SW_HEADPHONE_INSERT: Final = 0x02
_EVENT = struct.Struct("llHHi")  # struct input_event: timeval, type, code, value
_LONG_BITS: Final = 8 * struct.calcsize("l")
_SW_BYTES: Final = 8  # SW_MAX is 0x10: 17 bits


def _eviocgsw(length: int) -> int:
    """``EVIOCGSW(len)``: _IOC(_IOC_READ, 'E', 0x1b, len)."""
    return (2 << 30) | (length << 16) | (ord("E") << 8) | 0x1B


@dataclass(frozen=True)
class HeadsetState:
    """Whether a headset is plugged in, and how that is known (for the technician's log)."""

    present: bool
    source: str


class HeadsetListener(Protocol):
    def headset_changed(self, state: HeadsetState) -> None: ...


class HeadsetDetector(Protocol):
    def start(self, listener: HeadsetListener) -> None: ...

    def stop(self) -> None: ...


class FixedHeadset:
    """The state the setting forces; reported once, on the caller's thread."""

    def __init__(self, present: bool, source: str = "setting speech_output") -> None:
        self.state = HeadsetState(present, source)

    def start(self, listener: HeadsetListener) -> None:
        listener.headset_changed(self.state)

    def stop(self) -> None:
        return None


class FakeHeadset:
    """A headset a test plugs in and out (the listener hears it on the caller's thread)."""

    def __init__(self, present: bool = False) -> None:
        self.state = HeadsetState(present, "fake")
        self._listener: HeadsetListener | None = None

    def start(self, listener: HeadsetListener) -> None:
        self._listener = listener
        listener.headset_changed(self.state)

    def stop(self) -> None:
        self._listener = None

    def _set(self, present: bool) -> None:
        self.state = HeadsetState(present, "fake")
        if self._listener is not None:
            self._listener.headset_changed(self.state)

    def plug(self) -> None:
        self._set(True)

    def unplug(self) -> None:
        self._set(False)


@dataclass(frozen=True)
class JackSwitch:
    """An input device that reports the headphone jack."""

    node: Path  # /dev/input/eventN
    name: str  # e.g. "HDA Intel PCH Headphone"


def _switch_bits(text: str) -> int:
    """A sysfs capability bitmap: hex longs, the most significant first."""
    value = 0
    for word in text.split():
        value = (value << _LONG_BITS) | int(word, 16)
    return value


def jack_switches(sys_input: Path = Path("/sys/class/input"),
                  dev_input: Path = Path("/dev/input")) -> list[JackSwitch]:
    """The input devices with a headphone switch, as sysfs lists them."""
    found = []
    try:
        devices = sorted(sys_input.glob("input*"))
    except OSError:
        return []
    for device in devices:
        try:
            bits = _switch_bits((device / "capabilities" / "sw").read_text())
            name = (device / "name").read_text().strip()
            events = sorted(p.name for p in device.glob("event*"))
        except (OSError, ValueError):
            continue
        if bits >> SW_HEADPHONE_INSERT & 1 and events:
            found.append(JackSwitch(dev_input / events[0], name))
    return found


class JackSwitchDetector:
    """The headphone jack through the Linux input layer, watched on its ``headset`` thread."""

    def __init__(self, *, sys_input: Path = Path("/sys/class/input"),
                 dev_input: Path = Path("/dev/input"), rescan_s: float = 10.0) -> None:
        self.sys_input, self.dev_input, self.rescan_s = sys_input, dev_input, rescan_s
        self._stop = threading.Event()
        self._wake_read, self._wake_write = os.pipe()
        self._thread = threading.Thread(target=self._run, name="headset", daemon=True)
        self._listener: HeadsetListener | None = None
        self._last: HeadsetState | None = None
        self._warned: set[Path] = set()

    def start(self, listener: HeadsetListener) -> None:
        self._listener = listener
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        if self._stop.is_set():
            return
        self._stop.set()
        if self._thread.is_alive():
            os.write(self._wake_write, b"x")
            self._thread.join(timeout)
        if not self._thread.is_alive():  # the pipe is the thread's until it has ended
            os.close(self._wake_read)
            os.close(self._wake_write)

    def _report(self, state: HeadsetState) -> None:
        if state != self._last and self._listener is not None:
            self._last = state
            log.info("headset %s (%s)", "plugged in" if state.present else "not plugged in",
                     state.source)
            self._listener.headset_changed(state)

    def _open(self, switch: JackSwitch) -> int | None:
        try:
            return os.open(switch.node, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
        except OSError as exc:
            if switch.node not in self._warned:
                self._warned.add(switch.node)
                log.warning("headset detection cannot read %s (%s): %s", switch.node,
                            switch.name, exc.strerror or exc)
            return None

    @staticmethod
    def _query(fd: int) -> bool | None:
        """The switch's state now (None: this node cannot say, e.g. not an evdev node)."""
        buffer = bytearray(_SW_BYTES)
        try:
            fcntl.ioctl(fd, _eviocgsw(_SW_BYTES), buffer)
        except OSError:
            return None
        return bool(int.from_bytes(buffer, "little") >> SW_HEADPHONE_INSERT & 1)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self._watch_once()
            except Exception as exc:  # the watch goes on whatever a device does
                log.error("headset detection failed: %s", type(exc).__name__, exc_info=exc)
                self._stop.wait(self.rescan_s)

    def _watch_once(self) -> None:
        """Open the switches there are and follow them until one goes or it is time to look
        again."""
        switches = jack_switches(self.sys_input, self.dev_input)
        opened = {fd: switch for switch in switches if (fd := self._open(switch)) is not None}
        if not opened:
            self._report(HeadsetState(False, "no readable headphone jack switch"))
            self._stop.wait(self.rescan_s)
            return
        states = {fd: bool(self._query(fd)) for fd in opened}
        selector = selectors.DefaultSelector()
        try:
            selector.register(self._wake_read, selectors.EVENT_READ)
            for fd in opened:
                selector.register(fd, selectors.EVENT_READ)
            while not self._stop.is_set():
                self._report(self._state(states, opened))
                ready = selector.select(self.rescan_s)
                if not ready:
                    if jack_switches(self.sys_input, self.dev_input) != switches:
                        return  # a device came or went: open them again
                    continue
                for key, _mask in ready:
                    if key.fd == self._wake_read:
                        return
                    if not self._read(key.fd, states):
                        return
        finally:
            selector.close()
            for fd in opened:
                os.close(fd)

    def _read(self, fd: int, states: dict[int, bool]) -> bool:
        """Apply the events waiting on ``fd``; False if the device went away."""
        try:
            data = os.read(fd, _EVENT.size * 64)
        except OSError as exc:
            return exc.errno == errno.EAGAIN
        if not data:
            return False
        for offset in range(0, len(data) - _EVENT.size + 1, _EVENT.size):
            _sec, _usec, kind, code, value = _EVENT.unpack_from(data, offset)
            if kind == EV_SW and code == SW_HEADPHONE_INSERT:
                states[fd] = bool(value)
            elif kind == EV_SYN and code == SYN_DROPPED:  # events were lost: ask again
                queried = self._query(fd)
                if queried is not None:
                    states[fd] = queried
        return True

    @staticmethod
    def _state(states: dict[int, bool], opened: dict[int, JackSwitch]) -> HeadsetState:
        plugged = [opened[fd].name for fd, present in states.items() if present]
        if plugged:
            return HeadsetState(True, ", ".join(plugged))
        return HeadsetState(False, ", ".join(s.name for s in opened.values()))
