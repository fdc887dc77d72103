"""The reader bridge: a screen built while a report crosses threads still sees it."""

from __future__ import annotations

import threading
from pathlib import Path

from devices.cardreaders import ReaderState
from forms.loader import load_form
from kiosk.journey import IDENTITY_SECTION, Journey
from ui.bridges import ReaderBridge
from ui.qt import QApplication
from ui.screens.identify import IdentifyScreen

FORM = Path(__file__).resolve().parent.parent / "forms" / "definitions" / \
    "meldebescheinigung-einfach.json"


def test_screen_built_while_a_report_is_on_its_way_shows_the_card_offer(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The card-reader thread reports a reader; before the GUI thread has handled that
    report, the identify screen is built. Once events run, the screen offers the card.

    (Before the fix, the screen read the old state and its own queued copy of the
    signal had been posted before it connected: the offer never appeared.)"""
    bridge = ReaderBridge()
    report = ReaderState(True, ("Virtual PCD 00 00",), None, ("Virtual PCD 00 00",))
    sender = threading.Thread(target=bridge.readers_changed, args=(report,))
    sender.start()
    sender.join()
    assert bridge.state.available is False  # queued, not handled yet
    form = load_form(FORM)
    section = next(s for s in form.sections if s.id == IDENTITY_SECTION)
    screen = IdentifyScreen(form, section, Journey("en"), bridge)
    qtbot.addWidget(screen)
    assert not screen.card.isVisibleTo(screen)
    QApplication.processEvents()
    assert bridge.state == report
    assert screen.card.isVisibleTo(screen)
    inserted: list[str] = []
    bridge.cardInserted.connect(inserted.append)
    removed = ReaderState(True, ("Virtual PCD 00 00",), None, ())
    threading.Thread(target=bridge.readers_changed, args=(removed,)).start()
    qtbot.waitUntil(lambda: bridge.state == removed, timeout=5000)
    assert screen.card.isVisibleTo(screen)  # the reader stays, only the card left
    gone = ReaderState(False, ())
    threading.Thread(target=bridge.readers_changed, args=(gone,)).start()
    qtbot.waitUntil(lambda: not screen.card.isVisibleTo(screen), timeout=5000)
    assert inserted == []
