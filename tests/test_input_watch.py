"""The one application-wide input watch (ui/input_watch.py): paused while the window's
stack changes screens, and watching again right after — the idle timer still sees the
next citizen's taps."""

from __future__ import annotations

import pytest

from ui.input_watch import input_watch, input_watch_paused
from ui.qt import QApplication, QEvent, QKeyEvent, QObject, Qt, QWidget


def _key(widget: QWidget) -> None:
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A,
                                             Qt.KeyboardModifier.NoModifier, "a"))


def test_paused_sees_nothing_inside_and_everything_after(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    owner = QObject()
    seen: list[QEvent.Type] = []
    input_watch(app).observe((QEvent.Type.KeyPress,), lambda _w, e: seen.append(e.type()),
                             owner)
    widget = QWidget()
    qtbot.addWidget(widget)
    _key(widget)
    assert len(seen) == 1
    with input_watch_paused():
        _key(widget)
    assert len(seen) == 1, "the watch saw an event while paused"
    _key(widget)
    assert len(seen) == 2, "the watch did not come back after the pause"
    with pytest.raises(ValueError, match="inside"), input_watch_paused():  # it comes back
        raise ValueError("inside")
    _key(widget)
    assert len(seen) == 3
    owner.deleteLater()


def test_the_idle_timer_sees_a_tap_after_a_screen_change(kiosk_factory, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The window pauses the watch around its stack's change of screen; input that comes
    after it reaches the idle timer (which is what keeps a session alive)."""
    from ui.tools.journey import JourneyDriver

    kiosk = kiosk_factory()
    window = kiosk.window
    drive = JourneyDriver(window)
    drive.choose_language("de")  # a change of screen: welcome to services
    idle = window.idle
    assert idle.active
    calls: list[bool] = []
    idle.activity = lambda: calls.append(True)  # type: ignore[method-assign]
    try:
        _key(window.current_screen())
    finally:
        del idle.activity
    assert calls, "the idle timer missed a key after a screen change"
