"""Synthetic pen input: QTabletEvents as a stylus would deliver them.

Used by the tests, ``bench signature`` and the walkthrough to write on the
real signature pad through Qt's event system, with the pressure, tilt and
timestamps a pen reports.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence

from forms.signing.capture import Sample
from ui.qt import QApplication, QEvent, QPointF, QPointingDevice, Qt, QTabletEvent, QWidget


@functools.cache
def stylus() -> QPointingDevice:
    caps = (QPointingDevice.Capability.Position | QPointingDevice.Capability.Pressure
            | QPointingDevice.Capability.XTilt | QPointingDevice.Capability.YTilt)
    return QPointingDevice("Synthetic pen", 4242, QPointingDevice.DeviceType.Stylus,
                           QPointingDevice.PointerType.Pen, caps, 1, 2)


def tablet_event(widget: QWidget, kind: QEvent.Type, sample: Sample) -> QTabletEvent:
    local = QPointF(sample.x, sample.y)
    down = kind != QEvent.Type.TabletRelease
    event = QTabletEvent(kind, stylus(), local, QPointF(widget.mapToGlobal(local)),
                         sample.pressure if down else 0.0, sample.tilt_x or 0.0,
                         sample.tilt_y or 0.0, 0.0, 0.0, 0.0, Qt.KeyboardModifier.NoModifier,
                         Qt.MouseButton.LeftButton,
                         Qt.MouseButton.LeftButton if down else Qt.MouseButton.NoButton)
    event.setTimestamp(round(sample.t_ms))
    return event


def pen_events(widget: QWidget, strokes: Sequence[Sequence[Sample]]) -> list[QTabletEvent]:
    events: list[QTabletEvent] = []
    for stroke in strokes:
        for i, sample in enumerate(stroke):
            kind = QEvent.Type.TabletPress if i == 0 else QEvent.Type.TabletMove
            events.append(tablet_event(widget, kind, sample))
        events.append(tablet_event(widget, QEvent.Type.TabletRelease, stroke[-1]))
    return events


def write(widget: QWidget, strokes: Sequence[Sequence[Sample]], *, post: bool = False) -> None:
    """Deliver the strokes as pen events: sent at once, or posted to the event queue."""
    for event in pen_events(widget, strokes):
        if post:
            QApplication.postEvent(widget, event)
        else:
            QApplication.sendEvent(widget, event)


def handwriting(width: float, height: float, *, rate_hz: float = 500.0,
                seconds: float = 2.0, t0_ms: float = 1000.0) -> list[list[Sample]]:
    """A signature-like pen stream at ``rate_hz``: loops with varying pressure and tilt."""
    step = 1000.0 / rate_hz
    count = max(2, int(seconds * rate_hz))
    strokes: list[list[Sample]] = [[], []]
    split = int(count * 0.8)
    for i in range(count):
        u = i / count
        if i < split:
            v = i / split
            x = width * (0.1 + 0.6 * v) + width * 0.03 * math.cos(v * 40)
            y = height * (0.5 - 0.25 * math.sin(v * 20) * (1 - 0.4 * v))
        else:
            v = (i - split) / (count - split)
            x, y = width * (0.12 + 0.75 * v), height * (0.72 + 0.03 * math.sin(v * 6))
        strokes[0 if i < split else 1].append(Sample(
            x, y, t0_ms + i * step + (step * 20 if i >= split else 0),
            0.25 + 0.6 * abs(math.sin(u * 9)), 20 + 10 * math.sin(u * 3), -15.0))
    return strokes
