"""No screen ever opens a window of its own.

A widget shown before it has a parent is a top-level window: on the terminal (cage
shows one window at a time) it would take the screen for a moment and the kiosk's
window would lose the focus, so the next tap on a field would not bring up the
on-screen keyboard. Found that way in the review screen; this keeps it found.
"""

from __future__ import annotations

import pytest

from kiosk.services import CATALOGUE
from ui.qt import QApplication, QEvent, QObject, QWidget
from ui.tools.journey import JourneyDriver


class _Windows(QObject):
    """Every top-level widget other than the kiosk's window that gets shown."""

    def __init__(self, kiosk_window: QWidget) -> None:
        super().__init__()
        self.kiosk_window = kiosk_window
        self.shown: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Show and isinstance(watched, QWidget)
                and watched.isWindow() and watched is not self.kiosk_window):
            self.shown.append(f"{type(watched).__name__} {watched.objectName()!r}")
        return False


@pytest.mark.parametrize("service", [s for s in CATALOGUE if s.form_id], ids=lambda s: s.id)
def test_no_screen_opens_a_window_of_its_own(kiosk_factory, service) -> None:  # type: ignore[no-untyped-def]
    kiosk = kiosk_factory()
    window = kiosk.window
    spy = _Windows(window)
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(spy)
    try:
        drive = JourneyDriver(window)
        drive.choose_language("en")
        drive.choose_service(service.id)
        form = window.journey.form
        assert form is not None
        for section in form.sections:
            window.edit_section(section.id)
        assert QApplication.activeWindow() is window
    finally:
        app.removeEventFilter(spy)
    assert spy.shown == []
