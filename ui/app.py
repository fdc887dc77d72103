"""Start the kiosk: Qt application, fonts and style, the window's first frame, then the rest.

Start-up is measured (``buergerbuero bench startup``): before the first frame only
Qt, the settings, the catalogue and the window's frame with the welcome screen
load. Right after it the backend (``ui.backend``: storage, bridges, scan inbox)
is built; the sync worker (requests, SQLite, cryptography) and the card-reader
monitor (pyscard) start after that (``start_background``).
"""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

# Before Qt: PySide's import hook reads the source of every module imported after it
# (~0.4 % of start-up for the journey and its data types, which need no Qt).
import kiosk.journey  # noqa: F401
from kiosk.base.errors import ConfigError, UserFacingError
from kiosk.base.i18n import N_, Message
from kiosk.settings import Settings, load_settings
from ui.i18n import set_language
from ui.qt import QEvent, QObject, QTimer
from ui.qtapp import create_qt_app, ensure_display
from ui.window import KioskWindow

if TYPE_CHECKING:
    from ui.backend import Backend

log = logging.getLogger(__name__)

RECHECK_S: float = 60  # out of service: the check runs again this often
CHECK_FAILED = N_("Readiness", "The terminal's self-check could not run ({error}). See the "
                  "kiosk's log (journalctl -u buergerbuero).")


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
        self._serving = False  # the background runs (the check found nothing)
        self._shut = False
        self._recheck = QTimer()
        self._recheck.setInterval(int(RECHECK_S * 1000))
        self._recheck.setSingleShot(True)
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
        """``bench startup``: end the event loop as soon as the first frame is painted."""
        self._stopping = True

    def _painted(self) -> None:
        gc.enable()  # paused for start-up by ui.main (the kiosk command)
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
        # The staff exit (the right PIN, logged by the staff screen): the event loop ends
        # with 0, so systemd's Restart=on-failure leaves the kiosk stopped.
        self.window.staffExit.connect(lambda: self.app.exit(0))
        self.interactive = True
        for callback in self._on_interactive:
            callback()
        self._on_interactive.clear()

    def set_in_service(self, problems: list[Message]) -> None:
        """Out of service for these problems (the technician's line), or back in service."""
        # Its screen is built for a terminal that is not ready, never on the first frame.
        from ui.screens.out_of_service import put_back_in_service, take_out_of_service

        if problems:
            take_out_of_service(self.window, problems)
        else:
            put_back_in_service(self.window)

    def serve(self, before_background: Callable[[], None] | None = None) -> None:
        """After the first frame: check the terminal (``kiosk.readiness``, in the storage
        process, waited for on the storage thread); ready, the sync worker and the devices
        start; not ready, the out-of-service screen shows and the check runs again every
        ``RECHECK_S`` until the technician has fixed it. The session's screens are built
        meanwhile: that is GUI work only."""
        self.window.prepare()

        def checked(problems: list[Message]) -> None:
            if self._shut:
                return  # the answer to a check the kiosk no longer waits for
            if problems:
                log.error("out of service: %s", "; ".join(p.untranslated() for p in problems))
                self.set_in_service(problems)
                self._recheck.start()
                return
            self.set_in_service([])
            if not self._serving:
                self._serving = True
                if before_background is not None:
                    before_background()
                self.start_background()

        self._recheck.timeout.connect(lambda: self.check(checked))
        self.check(checked)

    def check(self, on_result: Callable[[list[Message]], None]) -> None:
        """Why the terminal cannot take an application (none: it can), to ``on_result`` on
        the GUI thread; a check that itself fails is a problem too (fail closed)."""
        backend, settings = self.backend, self.settings

        def failed(error: Exception) -> None:
            log.error("the check before a session failed: %s", type(error).__name__,
                      exc_info=not isinstance(error, UserFacingError))
            on_result([CHECK_FAILED.format(error=type(error).__name__)])

        backend.tasks.run(lambda: backend.storage.check(settings), on_result, failed)

    def smoke(self) -> None:
        """``kiosk --smoke``: after the first frame, the check; exit 0 ready, 1 not (why on
        stderr, one line per problem)."""
        def checked(problems: list[Message]) -> None:
            for problem in problems:
                print(f"error: {problem.untranslated()}", file=sys.stderr)
            self.app.exit(1 if problems else 0)

        self.when_interactive(lambda: self.check(checked))

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
        self._shut = True
        self._recheck.stop()
        self.window.stop_idle()
        if self._backend is not None:
            self._backend.shutdown()


def run_kiosk(settings: Settings, *, fullscreen: bool, smoke: bool,
              before_background: Callable[[], None] | None = None,
              first_frame: bool = False, unusable: Message | None = None) -> int:
    """The event loop of ``buergerbuero kiosk`` and ``demo``: ``smoke`` checks the terminal
    after the first frame and ends (1: not ready); ``first_frame`` ends at once;
    ``unusable`` (the settings file's problem) is out of service with nothing behind it."""
    kiosk = Kiosk(settings)
    if first_frame:
        kiosk.quit_after_first_frame()
    elif smoke:
        kiosk.smoke()
    elif unusable is not None:
        problem = unusable

        kiosk.when_interactive(lambda: kiosk.set_in_service([problem]))
    else:
        kiosk.when_interactive(lambda: kiosk.serve(before_background))
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
                       help="start, paint the welcome screen, check storage, signing key and "
                            "settings; exit 0 when ready, 1 with the reason (installer check)")
    # bench startup: the first frame only, without the check after it.
    kiosk.add_argument("--first-frame", action="store_true", help=argparse.SUPPRESS)
    kiosk.set_defaults(func=cmd_kiosk)


def cmd_kiosk(args: argparse.Namespace) -> int:
    headless = (args.smoke or args.first_frame) and not args.windowed
    ensure_display(headless)
    try:
        settings = load_settings(args.config)
    except ConfigError as exc:
        if args.smoke or args.first_frame:
            raise  # one line and exit 2: the installer's check
        # On the terminal's screen: why it takes no application, rather than a black screen
        # while the service manager restarts a kiosk that exits (the defaults only draw it).
        print(f"error: {exc.message.untranslated()}", file=sys.stderr, flush=True)
        return run_kiosk(Settings(), fullscreen=not args.windowed, smoke=False,
                         unusable=exc.message)
    return run_kiosk(settings, fullscreen=not args.windowed, smoke=args.smoke,
                     first_frame=args.first_frame)
