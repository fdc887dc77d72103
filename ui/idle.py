"""Idle timeout: a visible warning with 'More time', then the session ends.

An application-wide event filter counts any touch, pen, mouse or key input as
activity. Timers are Qt timers on the GUI thread: no polling.
"""

from __future__ import annotations

from kiosk.base.i18n import N_
from ui.i18n import translate
from ui.input_watch import input_watch
from ui.overlay import Overlay
from ui.qt import (
    QApplication,
    QEvent,
    QObject,
    QTimer,
    QWidget,
    Signal,
)

_ACTIVITY = {
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.KeyPress,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress,
    QEvent.Type.TabletMove, QEvent.Type.Wheel,
}


class IdleWarning(Overlay):
    """'Do you need more time?' with a countdown, over the whole window."""

    moreTime = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, "primary")
        self.more = self.buttons[0]
        self.more.clicked.connect(self.moreTime.emit)

    def show_countdown(self, seconds: int) -> None:
        self.text.setText(translate(N_("Idle", "Do you need more time?")))
        # A count: each language's plural form for it ("1 Sekunde", "5 Sekunden").
        self.detail.setText(self.tr("For your privacy, this session ends in %n seconds and "
                                    "everything you entered is deleted.", "", seconds))
        self.more.setText(translate(N_("Idle", "Yes, more time")))
        self.present()


class IdleWatcher(QObject):
    """Emits ``expired`` after ``timeout_s`` without input, warning ``warning_s`` before."""

    expired = Signal()

    def __init__(self, overlay: IdleWarning, timeout_s: float, warning_s: float,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.overlay = overlay
        self.timeout_s = timeout_s
        self.warning_s = warning_s
        self._remaining = 0
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.timeout.connect(self._warn)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)
        overlay.moreTime.connect(self.activity)
        self.active = False

    def start(self) -> None:
        self.active = True
        self.activity()

    def stop(self) -> None:
        self.active = False
        self._quiet.stop()
        self._tick.stop()
        self.overlay.hide()

    @property
    def warning_shown(self) -> bool:
        return self.overlay.isVisible()

    def activity(self) -> None:
        if not self.active:
            return
        self._tick.stop()
        self.overlay.hide()
        self._quiet.start(int((self.timeout_s - self.warning_s) * 1000))

    def follow(self, app: QApplication) -> None:
        """Count the citizen's input anywhere in ``app`` as activity."""
        input_watch(app).observe(_ACTIVITY, self._input, self)

    def _input(self, _watched: QObject, _event: QEvent) -> None:
        # While the warning shows, only its button counts as 'more time'.
        if self.active and not self.warning_shown:
            self.activity()

    def _warn(self) -> None:
        self._remaining = max(1, round(self.warning_s))
        self.overlay.show_countdown(self._remaining)
        self._tick.start()

    def _count_down(self) -> None:
        self._remaining -= 1
        if self._remaining <= 0:
            self.stop()
            self.expired.emit()
        else:
            self.overlay.show_countdown(self._remaining)
