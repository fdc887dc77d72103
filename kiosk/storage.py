"""The storage process: rendering, signing and enqueueing an application, in a process of
its own (Qt-free).

Rendering (reportlab), archiving (pikepdf) and signing (pyHanko) are ~80 ms of Python
and of C++ that holds the interpreter lock; on a thread of the kiosk's process they
would take the lock from the GUI thread for tens of milliseconds at a time, and the
screen would stall while the citizen waits for the receipt. In a process of their own
they cost the GUI thread nothing. The process is spawned (never forked from the Qt
process), loads its libraries once (``prepare``) and is started again if it dies; an
application it did not confirm as stored is reported as not saved, so the citizen can
try again and nothing is lost.

The application record crosses the process boundary by ``pickle``; its values hold
``MappingProxyType``s, which pickle here as the dicts they wrap.
"""

from __future__ import annotations

import copyreg
import logging
import threading
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final

from kiosk.base.errors import StorageError
from kiosk.base.i18n import N_
from kiosk.settings import Settings

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

    from forms.record import ApplicationRecord

log = logging.getLogger(__name__)

PROCESS_ENDED: Final = N_(
    "Storage", "The application could not be saved on this terminal. Please try again; if it "
    "happens again, ask the staff for help.")


def read_only(mapping: dict[Any, Any]) -> MappingProxyType[Any, Any]:
    """Rebuilds a pickled ``MappingProxyType`` (the type itself cannot be pickled)."""
    return MappingProxyType(mapping)


def _reduce_proxy(proxy: MappingProxyType[Any, Any]) -> tuple[Any, tuple[dict[Any, Any]]]:
    return read_only, (dict(proxy),)


copyreg.pickle(MappingProxyType, _reduce_proxy)


def _prepare() -> None:
    """In the storage process: load what storing needs, before the first application."""
    # reportlab, pikepdf, pyHanko and the outbox load in the storage process only.
    from forms.signing.pades import preload
    from kiosk import submission  # noqa: F401

    preload()


def _store(settings: Settings, record: ApplicationRecord) -> str:
    # Runs in the storage process (see _prepare).
    from kiosk.submission import store_application

    return store_application(settings, record)


class StorageProcess:
    """One storage process; ``store`` returns a future of the Vorgangsnummer."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def _executor(self) -> ProcessPoolExecutor:
        # multiprocessing loads with the storage process, after the kiosk's first frame.
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        with self._lock:
            if self._pool is None:
                # Spawned: a fork of a process running Qt and threads is not safe.
                self._pool = ProcessPoolExecutor(
                    max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                    initializer=_prepare)
            return self._pool

    def prepare(self) -> Future[None]:
        """Start the process now (after the kiosk's first frame)."""
        return self._executor().submit(_prepare)

    def store(self, settings: Settings, record: ApplicationRecord) -> str:
        """Render, sign and enqueue ``record`` in the storage process; wait for it."""
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self._executor().submit(_store, settings, record).result()
        except BrokenProcessPool as exc:  # the process died (killed, out of memory)
            log.error("the storage process ended; it starts again for the next application")
            with self._lock:
                self._pool = None
            raise StorageError(PROCESS_ENDED, detail=type(exc).__name__) from exc

    def shutdown(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
