"""One worker thread per card reader: every card I/O for that reader runs on it.

pyscard is not known to be thread-safe, so a reader's connection is opened,
used and closed on that reader's thread only (``assert_on_worker``). Results
reach a ``CardReadListener`` from the worker thread; ``ui.bridges`` re-emits
them as queued Qt signals.
"""

from __future__ import annotations

import logging
import os
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Protocol

from devices.icao.access import AccessKey
from devices.icao.errors import CardError
from devices.icao.reader import ChipReader, DocumentRead
from devices.pcsc import ApduTrace, open_channel
from kiosk.base.errors import UserFacingError

log = logging.getLogger(__name__)


class CardReadListener(Protocol):
    def read_progress(self, reader: str, stage: str, fraction: float) -> None: ...

    def read_done(self, reader: str, result: DocumentRead) -> None: ...

    def read_failed(self, reader: str, error: UserFacingError) -> None: ...


class ReaderWorker:
    def __init__(self, reader: str) -> None:
        self.reader = reader
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"card:{reader}")
        self._thread_ident: int | None = None

    def assert_on_worker(self) -> None:
        assert threading.get_ident() == self._thread_ident, "card I/O off the reader's thread"

    def read(self, key: AccessKey, listener: CardReadListener, *, photo: bool = False,
             csca_dir: Path | None = None) -> Future[None]:
        return self._executor.submit(self._read, key, listener, photo, csca_dir)

    def _read(self, key: AccessKey, listener: CardReadListener, photo: bool,
              csca_dir: Path | None) -> None:

        self._thread_ident = threading.get_ident()
        self.assert_on_worker()
        # Technicians switch the APDU trace on with BUERGERBUERO_APDU_TRACE=1; it goes to
        # the 'devices.apdu' log (headers, lengths, status words; never keys or data).
        trace = ApduTrace() if os.environ.get("BUERGERBUERO_APDU_TRACE") == "1" else None
        try:
            channel = open_channel(self.reader, trace=trace)
            try:
                result = ChipReader(channel, progress=lambda stage, f: listener.read_progress(
                    self.reader, stage, f)).read(key, photo=photo, csca_dir=csca_dir)
            finally:
                channel.close()
        except CardError as exc:
            log.info("card read failed on %s: %s (%s)", self.reader, type(exc).__name__,
                     exc.detail)
            listener.read_failed(self.reader, exc)
            return
        listener.read_done(self.reader, result)

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)


class ReaderWorkers:
    """The worker of each reader, created on first use."""

    def __init__(self) -> None:
        self._workers: dict[str, ReaderWorker] = {}
        self._lock = threading.Lock()

    def worker(self, reader: str) -> ReaderWorker:
        with self._lock:
            if reader not in self._workers:
                self._workers[reader] = ReaderWorker(reader)
            return self._workers[reader]

    def shutdown(self) -> None:
        with self._lock:
            workers, self._workers = list(self._workers.values()), {}
        for w in workers:
            w.shutdown()
