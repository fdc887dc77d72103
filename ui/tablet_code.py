"""The pairing code, for the clerk only: hidden until staff ask, hidden again by itself.

The tablet faces the citizen, so the code is not on the screen between
documents. A clerk pairing a workstation holds the *For staff* button for
``HOLD_MS`` (a tap by a curious finger shows only how); the code then shows
for ``SHOWN_S`` seconds with a countdown, and goes away earlier when the clerk
taps *Hide code*, when the code was used or replaced (a pairing, or its
five minutes are up: ``kiosk.tablet.pairing``), or when a document arrives. Beside the
code, *Forget paired workstations* revokes every token (a lost laptop, the end
of the day); it is only there while staff hold the code open. Holding Space on the focused button
works the same way, for a keyboard.
"""

from __future__ import annotations

from collections.abc import Callable

from ui.qt import QFrame, QHBoxLayout, QObject, QTimer, QVBoxLayout, QWidget, Signal
from ui.widgets import button, label

HOLD_MS = 2000  # how long staff hold the button
SHOWN_S = 60  # how long the code stays, at most
HINT_MS = 5000  # how long a tap's hint stays


def timer(parent: QObject, slot: Callable[[], object], interval_ms: int = 0, *,
          single_shot: bool = True) -> QTimer:
    """A QTimer owned by ``parent`` that calls ``slot`` (the tablet's screens use a few)."""
    made = QTimer(parent)
    made.setSingleShot(single_shot)
    made.setInterval(interval_ms)
    made.timeout.connect(slot)
    return made


class PairingCodePanel(QFrame):
    """The staff button (always) and the code card (on request)."""

    forgetRequested = Signal()  # staff: every paired workstation must pair again

    def __init__(self, code: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pairingPanel")
        self._code = code
        self.hold_ms, self.shown_s = HOLD_MS, SHOWN_S
        self.remaining = 0
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)

        self.card = QFrame()
        self.card.setObjectName("card")
        inner = QVBoxLayout(self.card)
        inner.setContentsMargins(28, 20, 28, 20)
        self.caption = label(name="fieldLabel")
        self.code = label(name="pairingCode", wrap=False)
        self.countdown = label(name="fieldHelp")
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        self.hide_button = button(name="link")
        row.addWidget(self.hide_button)
        inner.addWidget(self.caption)
        inner.addLayout(row)
        inner.addWidget(self.countdown)
        self.forget_button = button(name="link")
        self.forget_button.clicked.connect(self.forgetRequested)
        inner.addWidget(self.forget_button)
        column.addWidget(self.card)
        self.card.hide()

        bottom = QHBoxLayout()
        self.hint = label(name="fieldHelp")
        self.hint.hide()
        bottom.addWidget(self.hint)
        bottom.addStretch(1)
        self.staff_button = button(name="staffButton")
        bottom.addWidget(self.staff_button)
        column.addLayout(bottom)

        self._hold = timer(self, self.show_code)
        self._tick = timer(self, self._count_down, 1000, single_shot=False)
        self._hint_timer = timer(self, self.hint.hide, HINT_MS)
        self.staff_button.pressed.connect(lambda: self._hold.start(self.hold_ms))
        self.staff_button.released.connect(self._released)
        self.hide_button.clicked.connect(self.hide_code)
        self.retranslate()

    def retranslate(self) -> None:
        self.staff_button.setText(self.tr("For staff"))
        self.staff_button.setAccessibleName(self.tr("For staff: hold to show the pairing code"))
        self.hint.setText(self.tr("For staff: hold the button for two seconds to show the "
                                  "pairing code for the counter workstation."))
        self.caption.setText(self.tr("Pairing code for the counter workstation"))
        self.hide_button.setText(self.tr("Hide code"))
        self.forget_button.setText(self.tr("Forget paired workstations"))
        self._show_countdown()

    def is_shown(self) -> bool:
        return not self.card.isHidden()

    def set_code(self, code: str) -> None:
        """The pairing's current code; a shown code that changed was used or replaced."""
        if code != self._code:
            self._code = code
            self.hide_code()

    def show_code(self) -> None:
        self.hint.hide()
        self.code.setText(self._code)
        self.remaining = self.shown_s
        self._show_countdown()
        self.card.show()
        self.staff_button.setDown(False)  # it may still be held: no pressed look later
        self.staff_button.hide()
        self._tick.start()
        self.hide_button.setFocus()

    def hide_code(self) -> None:
        self._tick.stop()
        self._hold.stop()
        self.remaining = 0
        self.code.clear()
        self.card.hide()
        self.staff_button.show()

    def _released(self) -> None:
        if self._hold.isActive():  # let go too early: say how, show nothing
            self._hold.stop()
            self.hint.show()
            self._hint_timer.start()

    def _count_down(self) -> None:
        self.remaining -= 1
        if self.remaining <= 0:
            self.hide_code()
        else:
            self._show_countdown()

    def _show_countdown(self) -> None:
        self.countdown.setText(self.tr("Enter it at the workstation. It hides itself in "
                                       "{seconds} s.").format(seconds=self.remaining))
