"""Device threads and the card reader's worker: a device is used on its own thread only
(a check that can fail), and every card read ends with exactly one report to its
listener — a user-facing error for any failure, a timeout for a read that hangs —
never a stuck or crashed worker. (The eID service: tests/test_eid.py; the scan
inbox: tests/test_scaninbox.py.)"""

from __future__ import annotations

import threading
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest
from fakecard import FakeConnection
from smartcard.Exceptions import NoCardException

import devices.cardworker as cardworker
from devices.cardworker import ReaderFailed, ReaderNotAnswering, ReaderWorker
from devices.icao.access import Can
from devices.icao.apdu import Command
from devices.icao.errors import CardRemoved
from devices.pcsc import CardChannel
from devices.threads import OwnedThread, WrongThread
from kiosk.base.errors import UserFacingError

READER = "Fake reader 00 00"
SELECT = Command(0x00, 0xA4, 0x04, 0x0C, bytes.fromhex("A0000002471001"))
CAN = Can("123456")


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


class Heard:
    """A CardReadListener that records what it hears, in order."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, object]] = []
        self.ended = threading.Event()

    def read_progress(self, reader: str, stage: str, fraction: float) -> None:
        self.calls.append(("progress", stage))

    def read_done(self, reader: str, result: object) -> None:
        self.calls.append(("done", result))
        self.ended.set()

    def read_failed(self, reader: str, error: UserFacingError) -> None:
        self.calls.append(("failed", error))
        self.ended.set()

    def ends(self) -> list[tuple[str, object]]:
        return [c for c in self.calls if c[0] != "progress"]


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


def test_a_channel_opened_on_the_reader_thread_refuses_the_gui_thread(
        monkeypatch: pytest.MonkeyPatch) -> None:
    channels: list[CardChannel] = []

    def opened(reader: str, *, trace: object = None) -> CardChannel:
        channel = CardChannel(FakeConnection(lambda _apdu: (b"", 0x6A82)))
        channels.append(channel)
        return channel

    monkeypatch.setattr(cardworker, "open_channel", opened)
    worker = ReaderWorker(READER)
    try:
        worker.read(CAN, Heard()).result(10)
    finally:
        worker.shutdown()
    assert channels[0].owner.name.startswith(f"card:{READER}")
    with pytest.raises(WrongThread):
        channels[0].transmit(SELECT)


def test_assert_on_worker_from_another_thread_raises() -> None:
    worker = ReaderWorker(READER)
    try:
        with pytest.raises(WrongThread) as info:
            worker.assert_on_worker()
        assert READER in str(info.value)
        with pytest.raises(WrongThread):
            on_thread(worker.assert_on_worker)
        # The read itself checks too: run off the reader's thread it is refused before
        # any card I/O (it used to adopt whichever thread ran it).
        with pytest.raises(WrongThread):
            worker._read(CAN, cardworker._Read(READER, Heard()), False, None)
    finally:
        worker.shutdown()


# -- every failure reaches the listener -------------------------------------------------

def test_an_os_error_from_open_channel_reaches_the_listener(
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    def broken(reader: str, *, trace: object = None) -> CardChannel:
        raise OSError(5, "I/O error talking to MUSTERMANN's card")

    monkeypatch.setattr(cardworker, "open_channel", broken)
    heard = Heard()
    worker = ReaderWorker(READER)
    try:
        worker.read(CAN, heard).result(10)
    finally:
        worker.shutdown()
    [(kind, error)] = heard.calls
    assert kind == "failed"
    assert isinstance(error, ReaderFailed)
    assert isinstance(error, UserFacingError)
    assert "type in your details" in error.message.source
    assert error.detail == "OSError"
    assert "OSError" in caplog.text
    assert "MUSTERMANN" not in caplog.text  # the type is logged, never the text


def test_a_card_error_keeps_its_own_message(monkeypatch: pytest.MonkeyPatch) -> None:
    def removed(_apdu: bytes) -> tuple[bytes, int]:
        raise NoCardException("gone", 0)

    monkeypatch.setattr(cardworker, "open_channel",
                        lambda reader, trace=None: CardChannel(FakeConnection(removed)))
    heard = Heard()
    worker = ReaderWorker(READER)
    try:
        worker.read(CAN, heard).result(10)
    finally:
        worker.shutdown()
    assert [type(e) for _k, e in heard.ends()] == [CardRemoved]


def test_an_unexpected_exception_inside_the_chip_reading_reaches_the_listener(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def nonsense(_apdu: bytes) -> tuple[bytes, int]:
        raise ValueError("a driver bug")

    monkeypatch.setattr(cardworker, "open_channel",
                        lambda reader, trace=None: CardChannel(FakeConnection(nonsense)))
    heard = Heard()
    worker = ReaderWorker(READER)
    try:
        worker.read(CAN, heard).result(10)
        assert [type(e) for _k, e in heard.ends()] == [ReaderFailed]
        # the worker lives on: the next read is read
        heard2 = Heard()
        worker.read(CAN, heard2).result(10)
        assert len(heard2.ends()) == 1
    finally:
        worker.shutdown()


class _HangingChipReader:
    """Stands in for ChipReader: one APDU (which the fake card holds), then a result."""

    result = object()

    def __init__(self, channel: CardChannel, *, progress: Any) -> None:
        self.channel = channel
        self.progress = progress

    def read(self, key: object, *, photo: bool, csca_dir: Path | None,
             master_list_anchor: Path | None) -> object:
        self.progress("access", 0.1)
        self.channel.transmit(SELECT)
        self.progress("dg1", 0.5)
        return self.result


def test_a_read_that_hangs_times_out_once_and_its_late_result_is_dropped(
        monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()
    opened: list[str] = []

    def held(_apdu: bytes) -> tuple[bytes, int]:
        assert release.wait(30), "the test never released the card"
        return b"", 0x9000

    def open_held(reader: str, *, trace: object = None) -> CardChannel:
        opened.append(reader)
        return CardChannel(FakeConnection(held))

    monkeypatch.setattr(cardworker, "open_channel", open_held)
    monkeypatch.setattr(cardworker, "ChipReader", _HangingChipReader)
    heard, queued = Heard(), Heard()
    worker = ReaderWorker(READER, read_timeout_s=0.3)
    try:
        stuck = worker.read(CAN, heard)
        behind = worker.read(CAN, queued)  # waits for the stuck read to give the reader back
        assert heard.ended.wait(5), "no timeout was reported"
        assert queued.ended.wait(5), "the read waiting behind it did not time out"
        assert not stuck.done()  # the pyscard call is still stuck
        assert [(k, type(e)) for k, e in heard.ends()] == [("failed", ReaderNotAnswering)]
        release.set()
        stuck.result(10)
        behind.result(10)
    finally:
        release.set()
        worker.shutdown()
    # The late success was dropped, and so was its progress; one end each.
    assert heard.calls[0] == ("progress", "access")
    assert [k for k, _e in heard.calls] == ["progress", "failed"]
    assert [(k, type(e)) for k, e in queued.calls] == [("failed", ReaderNotAnswering)]
    assert opened == [READER]  # the read that timed out in the queue never touched the card


def test_a_read_that_ends_in_time_is_not_timed_out(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cardworker, "open_channel", lambda reader, trace=None: CardChannel(
        FakeConnection(lambda _apdu: (b"", 0x9000))))
    monkeypatch.setattr(cardworker, "ChipReader", _HangingChipReader)
    heard = Heard()
    worker = ReaderWorker(READER, read_timeout_s=0.3)
    try:
        worker.read(CAN, heard).result(10)
        threading.Event().wait(0.6)  # past the timeout: the watchdog stays silent
    finally:
        worker.shutdown()
    assert heard.ends() == [("done", _HangingChipReader.result)]


def test_a_read_after_shutdown_is_told_it_failed() -> None:
    worker = ReaderWorker(READER)
    worker.shutdown()
    heard = Heard()
    worker.read(CAN, heard).result(1)
    assert [type(e) for _k, e in heard.ends()] == [ReaderFailed]
