"""The identify screen after a failed chip read (pytest-qt, offscreen, no card stack):
whatever went wrong on the reader's thread, the screen is not busy, 'Read the chip'
can be pressed again, and the message says what to do."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtTest import QTest

import devices.cardworker as cardworker
from devices.cardreaders import ReaderState
from devices.cardworker import ReaderFailed, ReaderNotAnswering, ReaderWorkers
from devices.pcsc import CardChannel
from forms.loader import load_form
from kiosk.journey import IDENTITY_SECTION, Journey
from ui.bridges import ReaderBridge
from ui.i18n import translate
from ui.qt import QApplication, Qt
from ui.screens.identify import IdentifyScreen

FORM = Path(__file__).resolve().parent.parent / "forms" / "definitions" / \
    "meldebescheinigung-einfach.json"
READER = "Fake reader 00 00"


@pytest.fixture
def screen(qtbot) -> Iterator[IdentifyScreen]:  # type: ignore[no-untyped-def]
    bridge = ReaderBridge()
    bridge.workers = ReaderWorkers(read_timeout_s=0.5)
    form = load_form(FORM)
    section = next(s for s in form.sections if s.id == IDENTITY_SECTION)
    made = IdentifyScreen(form, section, Journey("en"), bridge)
    qtbot.addWidget(made)
    made.show()
    bridge.readers_changed(ReaderState(True, (READER,), None, (READER,)))
    QApplication.processEvents()
    assert made.card.isVisible()
    yield made
    bridge.shutdown()


def _read_with_can(screen: IdentifyScreen) -> None:
    QTest.mouseClick(screen.card_button, Qt.MouseButton.LeftButton)
    panel = screen.access
    QTest.mouseClick(panel.id_button, Qt.MouseButton.LeftButton)
    for digit in "123456":
        QTest.mouseClick(panel.keys[digit], Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    QTest.mouseClick(panel.read_button, Qt.MouseButton.LeftButton)


def test_an_os_error_opening_the_reader_ends_with_a_message(
        qtbot, screen: IdentifyScreen, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    def broken(reader: str, *, trace: object = None) -> CardChannel:
        raise OSError(19, "No such device")

    monkeypatch.setattr(cardworker, "open_channel", broken)
    _read_with_can(screen)
    assert screen.busy
    assert not screen.access.read_button.isEnabled()
    qtbot.waitUntil(lambda: not screen.busy, timeout=5000)
    assert screen.access.read_button.isEnabled()
    assert screen.access.status.text() == translate(ReaderFailed().message)
    assert screen.prefilled_at is None


def test_a_read_that_hangs_ends_with_the_timeout_message_and_nothing_after(
        qtbot, screen: IdentifyScreen, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()
    opened = threading.Event()

    def stuck(reader: str, *, trace: object = None) -> CardChannel:
        opened.set()
        release.wait(30)  # pyscard's connect never returns
        raise OSError(5, "I/O error")

    monkeypatch.setattr(cardworker, "open_channel", stuck)
    try:
        _read_with_can(screen)
        assert opened.wait(5)
        assert screen.busy
        qtbot.waitUntil(lambda: not screen.busy, timeout=5000)
        timed_out = translate(ReaderNotAnswering().message)
        assert screen.access.status.text() == timed_out
        assert screen.access.read_button.isEnabled()
    finally:
        release.set()
    # The stuck read's own failure arrives later: dropped, the message stays.
    qtbot.wait(300)
    assert screen.access.status.text() == timed_out
    assert not screen.busy
