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

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Final, TypeVar

from kiosk.base.errors import StorageError
from kiosk.base.i18n import N_, Message
from kiosk.pickling import read_only
from kiosk.settings import Settings

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

    from forms.record import ApplicationRecord

log = logging.getLogger(__name__)
T = TypeVar("T")

PROCESS_ENDED: Final = N_(
    "Storage", "The application could not be saved on this terminal. Please try again; if it "
    "happens again, ask the staff for help.")


__all__ = ["PROCESS_ENDED", "StorageProcess", "read_only"]


def _prepare() -> None:
    """In the storage process: load what storing needs, before the first application."""
    # reportlab, pikepdf, pyHanko and the outbox load in the storage process only.
    from forms.signing.pades import preload
    from kiosk import submission  # noqa: F401
    from kiosk.payment import parking  # noqa: F401

    preload()


def _store(settings: Settings, record: ApplicationRecord) -> str:
    # Runs in the storage process (see _prepare): the PDF and signing libraries stay there.
    from kiosk.payment.parking import store_final

    return store_final(settings, record)


def _park(settings: Settings, record: ApplicationRecord) -> str:
    # Runs in the storage process: sealing and SQLite stay off the kiosk's process.
    from kiosk.payment.parking import park
    from kiosk.signing import check_can_sign
    from sync.outbox import SAVE_FAILED

    try:
        check_can_sign(settings)  # a device that cannot sign says so before the citizen pays
    except StorageError as exc:  # for the citizen: not saved (the log says why)
        raise StorageError(SAVE_FAILED, detail=exc.detail) from exc
    return park(settings, record)


def _check(settings: Settings) -> list[Message]:
    # Runs in the storage process: the process that writes and signs checks that it can.
    from kiosk.readiness import check_terminal

    return check_terminal(settings)


def _store_parked(settings: Settings) -> list[str]:
    # Runs in the storage process (see _prepare).
    from kiosk.payment.parking import store_parked

    return store_parked(settings)


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
        return self._call(_store, settings, record)

    def park(self, settings: Settings, record: ApplicationRecord) -> str:
        """Keep the signed application durably (sealed) while its fee is paid; wait for it."""
        return self._call(_park, settings, record)

    def check(self, settings: Settings) -> list[Message]:
        """Why this terminal cannot take an application now (``kiosk.readiness``); wait."""
        return self._call(_check, settings)

    def store_parked(self, settings: Settings) -> list[str]:
        """Store every parked application whose payment is settled (after a restart)."""
        return self._call(_store_parked, settings)

    def _call(self, fn: Callable[..., T], *args: object) -> T:
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self._executor().submit(fn, *args).result()
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
