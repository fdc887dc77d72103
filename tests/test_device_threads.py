"""Device threads: a device is used on its own thread only, a check that can fail."""

from __future__ import annotations

import threading
from concurrent.futures import Future
from typing import Any

import pytest
from fakecard import FakeConnection

from devices.icao.apdu import Command
from devices.pcsc import CardChannel
from devices.threads import OwnedThread, WrongThread

SELECT = Command(0x00, 0xA4, 0x04, 0x0C, bytes.fromhex("A0000002471001"))


def on_thread(fn: Any) -> Any:
    """Run ``fn`` on a fresh thread; its result, or the exception it raised."""
    result: Future[Any] = Future()

    def body() -> None:
        try:
            result.set_result(fn())
        except Exception as exc:
            result.set_exception(exc)

    thread = threading.Thread(target=body, name="intruder")
    thread.start()
    thread.join(5)
    return result.result(0)


# -- the owning thread -----------------------------------------------------------------

def test_an_owned_thread_is_known_before_its_first_job_and_refuses_others() -> None:
    owned = OwnedThread("gadget", "the gadget")
    try:
        owner = owned.owner  # no job has run yet
        assert owner.name.startswith("gadget")
        assert owner.ident != threading.get_ident()
        with pytest.raises(WrongThread) as info:
            owned.assert_owner()
        assert "the gadget" in str(info.value)
        assert repr(owner.name) in str(info.value)
        assert "'MainThread'" in str(info.value)
        with pytest.raises(WrongThread):
            on_thread(owned.assert_owner)
        owned.submit(owned.assert_owner).result(5)  # on its own thread: no complaint
        with pytest.raises(WrongThread):  # and a job that ran there changes nothing
            owned.assert_owner()
    finally:
        owned.shutdown()


def test_transmit_from_a_foreign_thread_is_refused() -> None:
    conn = FakeConnection(lambda _apdu: (b"", 0x9000))
    channel = CardChannel(conn)  # opened on this thread
    assert channel.transmit(SELECT).sw == 0x9000
    with pytest.raises(WrongThread) as info:
        on_thread(lambda: channel.transmit(SELECT))
    assert "'intruder'" in str(info.value)
    with pytest.raises(WrongThread):
        on_thread(channel.close)
    assert len(conn.commands) == 1  # the refused APDU never reached the card
