"""One worker thread per card reader: every card I/O for that reader runs on it.

pyscard is not known to be thread-safe, so a reader's connection is opened,
used and closed on that reader's thread only (``assert_on_worker``; the
channel itself refuses APDUs from any other thread). Every read ends in
exactly one ``read_done`` or ``read_failed`` of its ``CardReadListener``:
a card error as it is, any other exception as ``ReaderFailed``, and a read
still running after ``read_timeout_s`` as ``ReaderNotAnswering`` (pyscard
calls cannot be interrupted; the stuck read's late result is dropped).
Results come from the worker thread, a timeout from the read's watchdog
timer; ``ui.bridges`` re-emits them as queued Qt signals.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Final, Protocol

from devices.icao.access import AccessKey
from devices.icao.errors import CardError
from devices.icao.reader import ChipReader, DocumentRead
from devices.pcsc import ApduTrace, open_channel
from devices.threads import OwnedThread
from kiosk.base.errors import UserFacingError
from kiosk.base.i18n import N_

log = logging.getLogger(__name__)

READ_TIMEOUT_S: Final = 30.0


class ReaderFailed(CardError):
    """Reading failed for a reason that is not the card's (a bug, the driver, the OS)."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(N_("Card", "The card reader could not read the chip. Please try "
                            "again, or type in your details. If it happens again, ask the "
                            "staff at the counter for help."), detail=detail)


class ReaderNotAnswering(CardError):
    """A read did not end within the time allowed."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(N_("Card", "The card reader is not answering. Please type in your "
                            "details, or ask the staff at the counter for help."),
                         detail=detail)


class CardReadListener(Protocol):
    def read_progress(self, reader: str, stage: str, fraction: float) -> None: ...

    def read_done(self, reader: str, result: DocumentRead) -> None: ...

    def read_failed(self, reader: str, error: UserFacingError) -> None: ...


class _Read:
    """One read as its listener hears it: progress, then one end; nothing after the end.

    The listener is called under the lock, so a progress report never arrives after
    the end (listener calls must be quick: the bridge only emits a signal).
    """

    def __init__(self, reader: str, listener: CardReadListener) -> None:
        self.reader = reader
        self.listener = listener
        self._lock = threading.Lock()
        self._ended = False

    @property
    def ended(self) -> bool:
        return self._ended

    def progress(self, stage: str, fraction: float) -> None:
        with self._lock:
            if not self._ended:
                self.listener.read_progress(self.reader, stage, fraction)

    def done(self, result: DocumentRead) -> bool:
        return self._end(lambda: self.listener.read_done(self.reader, result))

    def failed(self, error: UserFacingError) -> bool:
        return self._end(lambda: self.listener.read_failed(self.reader, error))

    def _end(self, report: Callable[[], None]) -> bool:
        """Report the end, unless the read has ended already; True if this one did."""
        with self._lock:
            if self._ended:
                return False
            self._ended = True
            report()
            return True


class ReaderWorker:
    def __init__(self, reader: str, *, read_timeout_s: float = READ_TIMEOUT_S) -> None:
        self.reader = reader
        self.read_timeout_s = read_timeout_s
        self._thread = OwnedThread(f"card:{reader}", f"the card reader {reader!r}")

    def assert_on_worker(self) -> None:
        """Raise ``devices.threads.WrongThread`` unless called on this reader's thread."""
        self._thread.assert_owner()

    def read(self, key: AccessKey, listener: CardReadListener, *, photo: bool = False,
             csca_dir: Path | None = None,
             master_list_anchor: Path | None = None) -> Future[None]:
        """Read on the reader's thread; the listener hears one end within the timeout.

        With ``csca_dir`` passive authentication runs on this thread too, after the
        data groups are read (``ChipReader.read``)."""
        attempt = _Read(self.reader, listener)
        watchdog = threading.Timer(self.read_timeout_s, self._timed_out, (attempt,))
        watchdog.name = f"card:{self.reader}:watchdog"
        watchdog.daemon = True
        try:
            future = self._thread.submit(self._read, key, attempt, photo,
                                         (csca_dir, master_list_anchor))
        except RuntimeError as exc:  # shut down (the kiosk is stopping)
            attempt.failed(ReaderFailed(detail=f"reader worker: {exc}"))
            done: Future[None] = Future()
            done.set_result(None)
            return done
        watchdog.start()

        def ended(f: Future[None]) -> None:
            watchdog.cancel()
            if f.cancelled():  # still queued when the worker shut down
                attempt.failed(ReaderFailed(detail="reader worker shut down"))

        future.add_done_callback(ended)
        return future

    def _timed_out(self, attempt: _Read) -> None:
        if attempt.failed(ReaderNotAnswering(detail=f"no end after {self.read_timeout_s:g} s")):
            log.warning("card read on %s did not end within %g s", self.reader,
                        self.read_timeout_s)

    def _read(self, key: AccessKey, attempt: _Read, photo: bool,
              trust: tuple[Path | None, Path | None]) -> None:
        self.assert_on_worker()
        if attempt.ended:  # timed out while an earlier read held the reader
            log.info("card read on %s dropped: it timed out before it started", self.reader)
            return
        # Technicians switch the APDU trace on with BUERGERBUERO_APDU_TRACE=1; it goes to
        # the 'devices.apdu' log (headers, lengths, status words; never keys or data).
        trace = ApduTrace() if os.environ.get("BUERGERBUERO_APDU_TRACE") == "1" else None
        try:
            channel = open_channel(self.reader, trace=trace)
            try:
                result = ChipReader(channel, progress=attempt.progress).read(
                    key, photo=photo, csca_dir=trust[0], master_list_anchor=trust[1])
            finally:
                channel.close()
        except UserFacingError as exc:  # a card error: its message says what to do
            log.info("card read failed on %s: %s (%s)", self.reader, type(exc).__name__,
                     exc.detail)
            error: UserFacingError = exc
        except Exception as exc:  # noqa: BLE001 - the listener must hear the end, whatever happened
            # The type only: an exception's text may hold what the chip returned.
            log.error("card read on %s failed unexpectedly: %s", self.reader,
                      type(exc).__name__)
            error = ReaderFailed(detail=type(exc).__name__)
        else:
            if not attempt.done(result):
                log.info("card read on %s ended after its timeout; result dropped", self.reader)
            return
        if not attempt.failed(error):
            log.info("card read on %s failed after its timeout; dropped", self.reader)

    def shutdown(self) -> None:
        self._thread.shutdown(wait=True, cancel_futures=True)


class ReaderWorkers:
    """The worker of each reader, created on first use."""

    def __init__(self, *, read_timeout_s: float = READ_TIMEOUT_S) -> None:
        self.read_timeout_s = read_timeout_s
        self._workers: dict[str, ReaderWorker] = {}
        self._lock = threading.Lock()

    def worker(self, reader: str) -> ReaderWorker:
        with self._lock:
            if reader not in self._workers:
                self._workers[reader] = ReaderWorker(reader,
                                                     read_timeout_s=self.read_timeout_s)
            return self._workers[reader]

    def shutdown(self) -> None:
        with self._lock:
            workers, self._workers = list(self._workers.values()), {}
        for w in workers:
            w.shutdown()
