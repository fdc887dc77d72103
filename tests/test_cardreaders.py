"""Reader presence through the real pyscard and whatever PC/SC service this machine has."""

from __future__ import annotations

import threading

from devices.cardreaders import ReaderMonitor, ReaderState, list_readers


def test_list_readers_uses_the_real_pyscard_api() -> None:
    state = list_readers()
    # Either readers or a reason that names the service, never "not installed":
    # pyscard is a locked dependency, so failing to import it is a bug.
    assert state.available or state.reason is not None
    assert "not installed" not in str(state.reason or "")


def test_monitor_reports_changes_once_each() -> None:
    states = [ReaderState(False, ()), ReaderState(False, ()), ReaderState(True, ("R1",))]
    seen: list[ReaderState] = []
    done = threading.Event()

    def probe() -> ReaderState:
        state = states.pop(0) if states else ReaderState(True, ("R1",))
        if not states:
            done.set()
        return state

    class Listener:
        def readers_changed(self, state: ReaderState) -> None:
            seen.append(state)

    monitor = ReaderMonitor(Listener(), interval_s=0.01, probe=probe)
    monitor.start()
    assert done.wait(5)
    monitor.stop()
    assert seen == [ReaderState(False, ()), ReaderState(True, ("R1",))]
