"""Headset detection: the jack switches found in sysfs, the switch events followed from an
evdev node, and the fixed answers the setting forces. This machine has no sound card and no
/dev/input, so a sysfs tree and a FIFO stand in for the kernel's (the same files and the
same ``struct input_event`` records the kernel writes). Qt-free."""

from __future__ import annotations

import os
import struct
import threading
from pathlib import Path

import pytest

from devices.headset import (
    EV_SW,
    EV_SYN,
    SW_HEADPHONE_INSERT,
    FakeHeadset,
    FixedHeadset,
    HeadsetState,
    JackSwitchDetector,
    jack_switches,
)


class States:
    """A HeadsetListener that keeps what it hears and lets a test wait for it."""

    def __init__(self) -> None:
        self.heard: list[HeadsetState] = []
        self._changed = threading.Condition()

    def headset_changed(self, state: HeadsetState) -> None:
        with self._changed:
            self.heard.append(state)
            self._changed.notify_all()

    def wait_for(self, count: int, timeout_s: float = 5.0) -> list[HeadsetState]:
        with self._changed:
            assert self._changed.wait_for(lambda: len(self.heard) >= count, timeout_s), \
                f"heard {self.heard}, waited for {count} reports"
            return list(self.heard)


def sysfs(root: Path, devices: dict[str, tuple[str, str, str]]) -> Path:
    """input<N>: (capabilities/sw, name, event node) as the kernel lists them."""
    base = root / "sys" / "class" / "input"
    for device, (switches, name, event) in devices.items():
        (base / device / "capabilities").mkdir(parents=True)
        (base / device / "capabilities" / "sw").write_text(switches + "\n")
        (base / device / "name").write_text(name + "\n")
        (base / device / event).mkdir()
    return base


def event(kind: int, code: int, value: int) -> bytes:
    return struct.pack("llHHi", 1_700_000_000, 0, kind, code, value)


def test_the_headphone_switches_are_found_in_sysfs(tmp_path: Path) -> None:
    base = sysfs(tmp_path, {
        "input3": ("14", "HDA Intel PCH Headphone", "event7"),  # headphone and microphone
        "input4": ("0", "Power Button", "event2"),
        "input5": ("40", "HDA Intel PCH Line Out", "event8"),  # line out: loudspeakers
        "input6": ("0 4", "rt5645 Headset Jack", "event9"),  # two words, the low one holds it
        "input7": ("4 0", "Not a headphone", "event10"),  # bit 66: no such switch
    })
    found = jack_switches(base, tmp_path / "dev" / "input")
    assert [(s.node.name, s.name) for s in found] == [("event7", "HDA Intel PCH Headphone"),
                                                      ("event9", "rt5645 Headset Jack")]
    assert jack_switches(tmp_path / "nowhere", tmp_path) == []


def test_the_detector_follows_the_jack_switch(tmp_path: Path) -> None:
    base = sysfs(tmp_path, {"input3": ("14", "HDA Intel PCH Headphone", "event7")})
    dev = tmp_path / "dev" / "input"
    dev.mkdir(parents=True)
    node = dev / "event7"
    os.mkfifo(node)
    writer = os.open(node, os.O_RDWR)  # the kernel's side: kept open, so there is no EOF
    states = States()
    detector = JackSwitchDetector(sys_input=base, dev_input=dev, rescan_s=30)
    try:
        detector.start(states)
        [first] = states.wait_for(1)
        assert first == HeadsetState(False, "HDA Intel PCH Headphone")
        os.write(writer, event(EV_SW, SW_HEADPHONE_INSERT, 1) + event(EV_SYN, 0, 0))
        assert states.wait_for(2)[1] == HeadsetState(True, "HDA Intel PCH Headphone")
        os.write(writer, event(EV_SW, 0x04, 0) + event(EV_SYN, 0, 0))  # the microphone: no news
        os.write(writer, event(EV_SW, SW_HEADPHONE_INSERT, 0) + event(EV_SYN, 0, 0))
        assert states.wait_for(3)[2].present is False
    finally:
        detector.stop()
        os.close(writer)
    assert not detector._thread.is_alive()
    assert len(states.heard) == 3


def test_without_a_jack_switch_there_is_no_headset_and_stop_is_prompt(tmp_path: Path) -> None:
    states = States()
    detector = JackSwitchDetector(sys_input=tmp_path / "sys", dev_input=tmp_path / "dev",
                                  rescan_s=60)
    detector.start(states)
    [state] = states.wait_for(1)
    assert state.present is False
    assert "no readable headphone jack switch" in state.source
    detector.stop(timeout=2)
    assert not detector._thread.is_alive()  # it did not wait out its 60 s


def test_a_switch_node_that_cannot_be_opened_counts_as_no_headset(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    base = sysfs(tmp_path, {"input3": ("4", "HDA Intel PCH Headphone", "event7")})
    states = States()
    detector = JackSwitchDetector(sys_input=base, dev_input=tmp_path / "dev", rescan_s=60)
    detector.start(states)
    try:
        assert states.wait_for(1)[0].present is False
    finally:
        detector.stop()
    assert "headset detection cannot read" in caplog.text
    assert "event7" in caplog.text


def test_fixed_and_fake_headsets_report_to_their_listener() -> None:
    states = States()
    FixedHeadset(True).start(states)
    FixedHeadset(False).start(states)
    fake = FakeHeadset()
    fake.start(states)
    fake.plug()
    fake.unplug()
    fake.stop()
    fake.plug()  # stopped: nobody hears it
    assert [s.present for s in states.heard] == [True, False, False, True, False]
    assert states.heard[0].source == "setting speech_output"
