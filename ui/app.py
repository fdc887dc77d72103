"""Start the kiosk: Qt application, fonts and style, the window's first frame, then the rest.

Start-up is measured (``buergerbuero bench startup``): before the first frame only
Qt, the settings, the catalogue and the window's frame with the welcome screen
load. Right after it the backend (``ui.backend``: storage, bridges, scan inbox)
is built; the sync worker (requests, SQLite, cryptography) and the card-reader
monitor (pyscard) start after that (``start_background``).
"""

from __future__ import annotations

import argparse
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.settings import Settings, load_settings
from ui.i18n import set_language
from ui.qt import QEvent, QObject, QTimer
from ui.qtapp import create_qt_app, ensure_display
from ui.window import KioskWindow

if TYPE_CHECKING:
    from ui.backend import Backend

log = logging.getLogger(__name__)


class _FirstFrame(QObject):
    """Calls back once, after the window's first paint has been handled."""

    def __init__(self, callback: Callable[[], None]) -> None:
        super().__init__()
        self._callback: Callable[[], None] | None = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            callback, self._callback = self._callback, None
            QTimer.singleShot(0, callback)
        return False


class Kiosk:
    """The running kiosk: window plus the threads behind it."""

    def __init__(self, settings: Settings, *, start_devices: bool = True) -> None:
        self.settings = settings
        self.app = create_qt_app()
        set_language(settings.default_language)
        self.window = KioskWindow(settings)
        self._backend: Backend | None = None
        self._start_devices = start_devices
        self.interactive = False
        self._stopping = False
        self._on_interactive: list[Callable[[], None]] = []
        self._first_frame = _FirstFrame(self._painted)
        self.window.installEventFilter(self._first_frame)

    @property
    def backend(self) -> Backend:
        if self._backend is None:
            raise RuntimeError("the kiosk's backend is built after the first frame")
        return self._backend

    def when_interactive(self, callback: Callable[[], None]) -> None:
        """``callback`` once the first frame is painted and the backend attached."""
        if self.interactive:
            callback()
        else:
            self._on_interactive.append(callback)

    def quit_after_first_frame(self) -> None:
        """``kiosk --smoke``: end the event loop as soon as the first frame is painted."""
        self._stopping = True

    def _painted(self) -> None:
        if self._stopping:
            self.app.quit()
            return
        # The rest of the kiosk loads behind the first frame: its modules (storage
        # process, devices, bridges) are kept off the start-up path on purpose.
        from ui.backend import Backend

        backend = self._backend = Backend(self.settings, self.window)
        self.window.attach(backend)
        self.window.applicationQueued.connect(lambda _v: self.wake_sync())
        self.window.staffRetried.connect(self.wake_sync)
        self.interactive = True
        for callback in self._on_interactive:
            callback()
        self._on_interactive.clear()

    def prepare_first_session(self) -> None:
        """After the first frame: the session's screens on the GUI thread, the storage
        process with its PDF and signing libraries, so the first citizen waits for neither."""
        self.window.prepare()
        self.backend.storage.prepare()

    def show(self, *, fullscreen: bool) -> None:
        if fullscreen:
            self.window.showFullScreen()
        else:
            self.window.resize(1280, 800)
            self.window.show()

    def start_background(self) -> None:
        """Sync worker and card readers; called after the first frame."""
        self.backend.start(self.settings, devices=self._start_devices)

    def wake_sync(self) -> None:
        if self._backend is not None:
            self._backend.wake_sync()

    def shutdown(self) -> None:
        self.window.stop_idle()
        if self._backend is not None:
            self._backend.shutdown()


def run_kiosk(settings: Settings, *, fullscreen: bool, smoke: bool,
              before_background: Callable[[], None] | None = None) -> int:
    """The event loop of ``buergerbuero kiosk`` and ``demo``."""
    kiosk = Kiosk(settings)
    if smoke:
        kiosk.quit_after_first_frame()
    else:
        def background() -> None:
            if before_background is not None:
                before_background()
            kiosk.start_background()
            kiosk.prepare_first_session()

        kiosk.when_interactive(background)
    kiosk.show(fullscreen=fullscreen)
    try:
        return int(kiosk.app.exec())
    finally:
        kiosk.shutdown()


def add_commands(sub: Any) -> None:
    kiosk = sub.add_parser("kiosk", help="run the self-service terminal (full screen)")
    kiosk.add_argument("--config", type=Path, help="settings file (TOML)")
    kiosk.add_argument("--windowed", action="store_true", help="a window instead of full screen")
    kiosk.add_argument("--smoke", action="store_true",
                       help="start, paint the welcome screen and exit 0 (installer check)")
    kiosk.set_defaults(func=cmd_kiosk)


def cmd_kiosk(args: argparse.Namespace) -> int:
    ensure_display(args.smoke and not args.windowed)
    settings = load_settings(args.config)
    return run_kiosk(settings, fullscreen=not args.windowed, smoke=args.smoke)
