"""What works behind the kiosk's screens: the storage thread and process, the bridges
from the card-reader, sync, eID, payment and speech threads, the scan inbox and the
statistics.

``ui.app`` builds it right after the window's first frame: the welcome screen needs
none of it, so its modules stay off the start-up path (``bench startup``). The
threads and processes themselves start later still, each on first use or in
``Kiosk.start_background``.
"""

from __future__ import annotations

import importlib
import threading
from typing import TYPE_CHECKING

from devices.cardreaders import ReaderMonitor
from kiosk.settings import Settings
from kiosk.staffcall import StaffCaller
from kiosk.storage import StorageProcess
from ui.bridges import ReaderBridge, SyncBridge
from ui.checkin import CheckIn
from ui.qt import QObject
from ui.scanner import Scanner
from ui.speech_bridge import SpeechBridge
from ui.statistics import Statistics
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from sync.worker import SyncWorker
    from ui.eid_bridge import EidBridge
    from ui.payment_bridge import PaymentBridge


class Backend:
    """The kiosk's workers as the screens see them; owned by ``ui.app.Kiosk``."""

    worker: SyncWorker | None = None
    reader_monitor: ReaderMonitor | None = None

    def __init__(self, settings: Settings, parent: QObject) -> None:
        self.tasks = TaskRunner()
        self.readers = ReaderBridge(csca_dir=settings.csca_dir,
                                    master_list_anchor=settings.csca_master_list_anchor)
        self.sync = SyncBridge()
        self.storage = StorageProcess()  # the process is spawned on first use or by prepare()
        self.scanner = Scanner(settings.scan_dir, parent)  # the file fields' scan inbox
        self.speech = SpeechBridge(settings.speech_output, parent)  # the voice output
        self.staff = StaffCaller(settings)  # 'Help': the configured staff-call hook
        self.statistics = Statistics(settings, parent)  # the office's figures (no personal data)
        self.checkin = CheckIn(settings, parent)  # appointment check-in (inert unconfigured)
        self.eid: EidBridge | None = None
        if settings.eid_mode != "off" and settings.eid_tc_token_url:
            # The eID client's modules load only where the eID function is configured.
            from devices.eid.service import EidConfig
            from ui.eid_bridge import EidBridge

            self.eid = EidBridge(EidConfig(settings.eid_mode, settings.eid_url,
                                           settings.eid_tc_token_url, settings.eid_binary))
        self.payments: PaymentBridge | None = None
        if settings.payment_terminal or settings.xbezahl_url or settings.payee_iban \
                or settings.receipt_printer:
            # The payment clients (ZVT, HTTP, printers) load only where payment is configured.
            from ui.payment_bridge import PaymentBridge

            self.payments = PaymentBridge(settings)

    def start(self, settings: Settings, *, devices: bool) -> None:
        """The sync worker, the card-reader monitor and the eID client."""
        # SQLite, the outbox and the HTTP client load now, after the first frame.
        from kiosk.sender import client_factory, service_facts
        from sync.worker import SyncWorker

        worker = SyncWorker(settings.outbox_path, settings.key_path,
                            client_factory(settings), self.sync,
                            retention_s=settings.retention_days * 86400.0,
                            destination_id=settings.destination_id,
                            destinations=settings.destinations,
                            region=settings.fitconnect_region or None,
                            service_facts=service_facts)
        worker.start()
        self.worker = worker
        if devices:
            monitor = ReaderMonitor(self.readers)
            monitor.start()
            self.reader_monitor = monitor
            # Chip reading's imports (cryptography, asn1crypto) load now, off the GUI
            # thread, instead of delaying the first card read.
            threading.Thread(target=importlib.import_module, args=("devices.cardworker",),
                             name="card-imports", daemon=True).start()
        self.scanner.purge()  # a scan left over from before a restart
        self.speech.start(detect_headset=devices)
        if self.eid is not None:
            self.eid.start()
        if self.payments is not None:
            self.payments.start()  # settle what a previous run left open, then store it
        self.checkin.start()  # today's appointments into the cache, then every 5 minutes

    def wake_sync(self) -> None:
        if self.worker is not None:
            self.worker.wake()

    def shutdown(self) -> None:
        self.readers.shutdown()
        for service in (self.worker, self.reader_monitor, self.eid, self.payments):
            if service is not None:
                service.stop()
        self.tasks.shutdown()
        self.statistics.shutdown()
        self.checkin.shutdown()
        self.storage.shutdown()
        self.scanner.shutdown()
        self.speech.shutdown()
