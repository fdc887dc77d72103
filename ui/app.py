"""Start the kiosk: Qt application, fonts and style, window, then background services.

Start-up is measured (``buergerbuero bench startup``): only Qt and our light
modules load before the first frame. The sync worker (requests, SQLite,
cryptography) and the card-reader monitor (pyscard) start right after it.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from devices.cardreaders import ReaderMonitor
from kiosk.settings import Settings, load_settings
from kiosk.storage import StorageProcess
from ui.bridges import ReaderBridge, SyncBridge
from ui.i18n import set_language
from ui.qt import (
    QEvent,
    QObject,
    QTimer,
)
from ui.qtapp import create_qt_app, ensure_display
from ui.tasks import TaskRunner
from ui.window import KioskWindow

if TYPE_CHECKING:
    from sync.worker import SyncWorker
    from ui.eid_bridge import EidBridge
    from ui.payment_bridge import PaymentBridge

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
        self.tasks = TaskRunner()
        self.readers = ReaderBridge()
        self.sync = SyncBridge()
        self.storage = StorageProcess()  # spawned after the first frame (prepare_first_session)
        self.window = KioskWindow(settings, self.readers, self.sync, self.tasks, self.storage)
        self.window.applicationQueued.connect(lambda _v: self.wake_sync())
        self.eid: EidBridge | None = None
        if settings.eid_mode != "off" and settings.eid_tc_token_url:
            # The eID client's modules load only where the eID function is configured.
            from devices.eid.service import EidConfig
            from ui.eid_bridge import EidBridge

            self.eid = self.window.eid = EidBridge(EidConfig(
                settings.eid_mode, settings.eid_url, settings.eid_tc_token_url,
                settings.eid_binary))
        self.payments: PaymentBridge | None = None
        if settings.payment_terminal or settings.xbezahl_url or settings.payee_iban \
                or settings.receipt_printer:
            # The payment clients (ZVT, HTTP, printers) load only where payment is configured.
            from ui.payment_bridge import PaymentBridge

            self.payments = self.window.payments = PaymentBridge(settings)
            self.payments.cardFinished.connect(self.window.payment_ended_elsewhere)
            self.payments.recovered.connect(lambda _r: self.window.payment_ended_elsewhere(None))
        self.window.staffRetried.connect(self.wake_sync)
        self._start_devices = start_devices
        self.worker: SyncWorker | None = None
        self.reader_monitor: ReaderMonitor | None = None
        self.interactive = False
        self._on_interactive: list[Callable[[], None]] = []
        self._first_frame = _FirstFrame(self._became_interactive)
        self.window.installEventFilter(self._first_frame)

    def when_interactive(self, callback: Callable[[], None]) -> None:
        if self.interactive:
            callback()
        else:
            self._on_interactive.append(callback)

    def _became_interactive(self) -> None:
        self.interactive = True
        for callback in self._on_interactive:
            callback()
        self._on_interactive.clear()

    def prepare_first_session(self) -> None:
        """After the first frame: the session's screens on the GUI thread, the storage
        process with its PDF and signing libraries, so the first citizen waits for neither."""
        self.window.prepare()
        self.storage.prepare()

    def show(self, *, fullscreen: bool) -> None:
        if fullscreen:
            self.window.showFullScreen()
        else:
            self.window.resize(1280, 800)
            self.window.show()

    def start_background(self) -> None:
        """Sync worker and card readers; called after the first frame."""
        # SQLite, the outbox and the HTTP client load after the first frame.
        from sync.protocol import IntakeClient
        from sync.worker import SyncWorker

        url, ca_file = self.settings.intake_url, self.settings.intake_ca_file or None
        worker = SyncWorker(self.settings.outbox_path, self.settings.key_path,
                            lambda: IntakeClient(url, ca_file=ca_file), self.sync,
                            retention_s=self.settings.retention_days * 86400.0,
                            destination_id=self.settings.destination_id)
        worker.start()
        self.worker = worker
        if self._start_devices:
            monitor = ReaderMonitor(self.readers)
            monitor.start()
            self.reader_monitor = monitor
            # Chip reading's imports (cryptography, asn1crypto) load now, off the GUI
            # thread, instead of delaying the first card read.
            threading.Thread(target=importlib.import_module, args=("devices.cardworker",),
                             name="card-imports", daemon=True).start()
        self.window.scanner.purge()  # a scan left over from before a restart
        if self.eid is not None:
            self.eid.start()
        if self.payments is not None:
            self.payments.start()  # settle what a previous run left open, then store it

    def wake_sync(self) -> None:
        if self.worker is not None:
            self.worker.wake()

    def shutdown(self) -> None:
        self.window.stop_idle()
        self.readers.shutdown()
        for service in (self.worker, self.reader_monitor, self.eid, self.payments):
            if service is not None:
                service.stop()
        self.tasks.shutdown()
        self.storage.shutdown()
        self.window.scanner.shutdown()


def run_kiosk(settings: Settings, *, fullscreen: bool, smoke: bool,
              before_background: Callable[[], None] | None = None) -> int:
    """The event loop of ``buergerbuero kiosk`` and ``demo``."""
    kiosk = Kiosk(settings)
    if smoke:
        kiosk.when_interactive(kiosk.app.quit)
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
