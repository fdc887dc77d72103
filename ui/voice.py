"""Voice guidance in the kiosk window: each screen, the focused element and errors, spoken.

The ``VoiceGuide`` follows the window — ``screenShown``, the application's
focus, ``inputRefused``, ``sessionEnded``, the header's language buttons — and
hands what ``ui.speech_texts`` says for it to the ``SpeechBridge``, in the
session's language. It is on while the citizen wants it: from "Read aloud" on
the welcome screen (or the key F4), and with ``speech_output = "auto"`` also
while a headset is plugged in. Reports that come together (a screen is shown
and its first field takes the focus) are said once, in one go, after the
events in hand: a new screen first, then errors, then the focus.

EN 301 549 5.1.3: anything the citizen does (a key, a touch) cuts the speech
short (5.1.3.5); the controls above the footer and the keys repeat, stop and
change the volume (5.1.3.4, 5.1.3.11, 5.1.3.12); the end of every session
silences it, forgets what could be repeated and resets the volume (5.1.3.13).
Keys, for a keypad or a headset's buttons: F4 voice on/off, F5 or Play repeat,
F6 or Stop stop, F7 or Volume down quieter, F8 or Volume up louder.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING

from kiosk.base.i18n import N_, Message
from ui.i18n import translate
from ui.input_watch import input_watch
from ui.qt import (
    QApplication,
    QCoreApplication,
    QEvent,
    QFrame,
    QHBoxLayout,
    QKeyEvent,
    QObject,
    QPushButton,
    Qt,
    QTimer,
    QWidget,
)
from ui.speech_bridge import SpeechBridge, Spoken
from ui.widgets import button, label

if TYPE_CHECKING:
    from ui.window import KioskWindow

VOICE_ON = N_("Speech", "Voice output is on.")
HEADSET_IN = N_("Speech", "Headset connected. Voice output is on, and your details are read "
                "aloud too.")
HEADSET_OUT = N_("Speech", "Headset removed. Your details are no longer read aloud.")
VOLUME = N_("Speech", "Volume {level} of {max}")

_RANK = {"focus": 1, "errors": 2, "screen": 3}


class SpeechControls(QFrame):
    """Repeat, stop, quieter, louder, voice off: shown while the voice is on.

    The buttons are reached with Tab but take no focus from a tap, so the field
    being read keeps it (and "Repeat" repeats the field, not itself)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("speechControls")
        row = QHBoxLayout(self)
        row.setContentsMargins(32, 4, 32, 4)
        self.repeat_button, self.stop_button = button(), button()
        self.quieter_button, self.louder_button = button(), button()
        self.off_button = button()
        self.volume = label(wrap=False)
        for widget in (self.repeat_button, self.stop_button, self.quieter_button,
                       self.volume, self.louder_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.off_button)
        for btn in self.buttons():
            btn.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._level = (0, 0)
        self.retranslate()

    def buttons(self) -> tuple[QPushButton, ...]:
        return (self.repeat_button, self.stop_button, self.quieter_button, self.louder_button,
                self.off_button)

    def show_volume(self, level: int, maximum: int) -> None:
        self._level = (level, maximum)
        self.volume.setText(translate(VOLUME.format(level=level, max=maximum)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.repeat_button.setText(self.tr("Repeat"))
        self.stop_button.setText(self.tr("Stop reading"))
        self.quieter_button.setText(self.tr("Quieter"))
        self.louder_button.setText(self.tr("Louder"))
        self.off_button.setText(self.tr("Voice off"))
        self.show_volume(*self._level)


class VoiceGuide(QObject):
    """Speaks ``window`` through ``bridge`` while the voice is on."""

    def __init__(self, window: KioskWindow, bridge: SpeechBridge) -> None:
        super().__init__(window)
        self.window = window
        self.bridge = bridge
        self.on = False
        self._chosen = False  # turned on by the citizen (not only by a headset)
        self._pending: str | None = None
        self._entered: int | None = None  # into how many fields the focus came
        self._prefix: list[Spoken] = []  # feedback said before the next texts
        self.controls = SpeechControls()
        self.controls.hide()
        self.controls.show_volume(bridge.volume, bridge.max_volume)
        self.controls.repeat_button.clicked.connect(self.repeat)
        self.controls.stop_button.clicked.connect(self.bridge.stop)
        self.controls.quieter_button.clicked.connect(lambda: self.change_volume(-1))
        self.controls.louder_button.clicked.connect(lambda: self.change_volume(1))
        self.controls.off_button.clicked.connect(lambda: self.set_on(False, chosen=False))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._flush)
        self._keys: dict[int, Callable[[], None]] = {
            Qt.Key.Key_F4: self.toggle, Qt.Key.Key_F5: self.repeat,
            Qt.Key.Key_MediaPlay: self.repeat, Qt.Key.Key_MediaTogglePlayPause: self.repeat,
            Qt.Key.Key_F6: self.bridge.stop, Qt.Key.Key_MediaStop: self.bridge.stop,
            Qt.Key.Key_F7: lambda: self.change_volume(-1),
            Qt.Key.Key_VolumeDown: lambda: self.change_volume(-1),
            Qt.Key.Key_F8: lambda: self.change_volume(1),
            Qt.Key.Key_VolumeUp: lambda: self.change_volume(1),
        }
        window.screenShown.connect(lambda _name: self._schedule("screen"))
        window.inputRefused.connect(lambda: self._schedule("errors"))
        window.sessionEnded.connect(self._session_ended)
        window.languageChanged.connect(lambda _language: self._schedule("screen"))
        welcome = window.welcome.voice_button
        welcome.setVisible(bridge.available)
        welcome.toggled.connect(lambda on: self.set_on(on, chosen=on, say=VOICE_ON))
        bridge.availableChanged.connect(welcome.setVisible)
        bridge.headsetChanged.connect(self._headset_changed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
            watch = input_watch(app)
            watch.handle((QEvent.Type.KeyPress,), self._key, self)
            watch.handle((QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin), self._touch,
                         self)

    # -- on and off ----------------------------------------------------------------------
    def set_on(self, on: bool, *, chosen: bool | None = None, say: Message | None = None) -> None:
        if chosen is not None:
            self._chosen = chosen
        on = on and self.bridge.available
        self.on = on
        self.controls.setVisible(on)
        welcome = self.window.welcome.voice_button
        welcome.blockSignals(True)
        welcome.setChecked(on)
        welcome.blockSignals(False)
        if not on:
            self._pending, self._prefix = None, []
            self.bridge.stop()
            return
        self._prefix = [Spoken(translate(say), once=True)] if say is not None else []
        self._schedule("screen")

    def toggle(self) -> None:
        self.set_on(not self.on, chosen=not self.on, say=VOICE_ON)

    def _headset_changed(self, present: bool) -> None:
        if self.bridge.mode != "auto":
            return  # "headset" and "speaker" are fixed: nothing was plugged in
        if present:
            self.set_on(True, say=HEADSET_IN)
        elif self.on and self._chosen:
            self._say_once(HEADSET_OUT)  # on through the speaker, without the private parts
        elif self.on:
            self.set_on(False)

    def _session_ended(self, _reason: str) -> None:
        self.bridge.reset()  # silence, nothing to repeat, the default volume
        self.controls.show_volume(self.bridge.volume, self.bridge.max_volume)
        self.set_on(self.bridge.mode == "auto" and self.bridge.headset, chosen=False)

    # -- the controls ----------------------------------------------------------------------
    def repeat(self) -> None:
        if self.on:
            self.bridge.repeat()

    def change_volume(self, step: int) -> None:
        if not self.on:
            return
        level = self.bridge.set_volume(self.bridge.volume + step)
        self.controls.show_volume(level, self.bridge.max_volume)
        self._say_once(VOLUME.format(level=level, max=self.bridge.max_volume))

    def _say_once(self, message: Message) -> None:
        self.bridge.say([Spoken(translate(message), once=True)], self.window.journey.language)

    def _key(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and self._in_window(watched):
            action = self._keys.get(event.key())
            if action is not None and (self.on or action == self.toggle):
                action()
                return True
            if self.on:
                self.bridge.stop()  # the citizen acts: the speech gives way
        return False

    def _touch(self, watched: QObject, _event: QEvent) -> bool:
        if self.on and self._in_window(watched):
            self.bridge.stop()
        return False

    def _in_window(self, watched: QObject) -> bool:
        return isinstance(watched, QWidget) and watched.window() is self.window

    # -- what is said ----------------------------------------------------------------------
    @staticmethod
    def _texts() -> ModuleType:
        # What is spoken reads the session's screens: loaded with the first session, not
        # on the kiosk's start-up path.
        from ui import speech_texts

        return speech_texts

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if not self.on or new is None or not self.window.isAncestorOf(new):
            return
        try:  # the focus moved on by itself (its widget was hidden or disabled): not news
            if old is not None and not (old.isVisible() and old.isEnabled()):
                return
        except RuntimeError:  # the old widget has gone with its screen
            return
        self._entered = self._texts().entered(old, new)
        self._schedule("focus")

    def _schedule(self, kind: str) -> None:
        if not self.on:
            return
        if self._pending is None or _RANK[kind] > _RANK[self._pending]:
            self._pending = kind
        self._timer.start()

    def _flush(self) -> None:
        kind, self._pending = self._pending, None
        if kind is None or not self.on:
            return
        texts = self._texts()
        # A language just chosen re-translates the screens through posted events: first.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        screen = self.window.current_screen()
        focus = QApplication.focusWidget()
        if focus is not None and not self.window.isAncestorOf(focus):
            focus = None
        if kind == "screen":
            items = texts.screen_texts(screen)
            if texts.in_field(focus):
                items += texts.focus_texts(focus)
        elif kind == "errors":
            items = texts.error_texts(screen)
        else:
            items = texts.focus_texts(focus, entered=self._entered)
        prefix, self._prefix = self._prefix, []
        self.bridge.say([*prefix, *items], self.window.journey.language)
