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

The application record crosses the process boundary by ``pickle`` over a pipe of the
process's own; its values hold ``MappingProxyType``s, which pickle here as the dicts
they wrap. A process that died while idle is replaced without a word to the citizen.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import pickle
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any, Final, TypeVar

from kiosk.base.errors import StorageError
from kiosk.base.i18n import N_, Message
from kiosk.pickling import read_only
from kiosk.settings import Settings

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

    from forms.record import ApplicationRecord

log = logging.getLogger(__name__)
T = TypeVar("T")

PROCESS_ENDED: Final = N_(
    "Storage", "The application could not be saved on this terminal. Please try again; if it "
    "happens again, ask the staff for help.")


__all__ = ["PROCESS_ENDED", "StorageProcess", "read_only"]


def _nothing() -> None:
    return None


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


def _serve(conn: Connection) -> None:
    """The storage process: answer ``(call id, function, arguments)`` requests in order,
    until the kiosk says ``None`` or its end of the pipe closes. Each answer's value is
    pickled apart, so that one that cannot be read fails its own call only."""
    try:
        _prepare()
    except Exception:  # each call then fails with its own reason
        log.exception("the storage process could not load its libraries")
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):  # the kiosk's process ended
            return
        if request is None:
            return
        call, fn, args = request
        try:
            ok, value = True, fn(*args)
        except Exception as exc:  # noqa: BLE001 - the kiosk gets it (a StorageError keeps its message)
            ok, value = False, exc
        try:
            payload = pickle.dumps(value)
        except Exception as exc:  # noqa: BLE001 - a value that does not pickle: a bug
            ok, payload = False, pickle.dumps(RuntimeError(f"{type(exc).__name__}: {exc}"))
        try:
            conn.send((call, ok, payload))
        except (EOFError, OSError):
            return


class _Child:
    """One spawned storage process, its pipe, and the calls it has not answered yet."""

    def __init__(self, on_end: Callable[[_Child], None]) -> None:
        # multiprocessing loads with the storage process, after the kiosk's first frame.
        import multiprocessing

        # Spawned: a fork of a process running Qt and threads is not safe.
        context = multiprocessing.get_context("spawn")
        self.conn, theirs = context.Pipe()
        self.process = context.Process(target=_serve, args=(theirs,),
                                       name="buergerbuero-storage", daemon=True)
        self.process.start()
        theirs.close()
        self.pending: dict[int, Future[Any]] = {}
        self.calls = itertools.count()
        self._on_end = on_end
        # Replies are read on a thread of their own: whoever waits for one is woken by
        # its future, with no other thread in between.
        threading.Thread(target=self._read, name="storage-replies", daemon=True).start()

    def send(self, fn: Callable[..., Any], args: tuple[object, ...]) -> Future[Any]:
        """Sent on the calling thread (the caller holds the storage lock)."""
        future: Future[Any] = Future()
        call = next(self.calls)
        self.pending[call] = future
        try:
            self.conn.send((call, fn, args))
        except (EOFError, OSError):  # it died while idle; the reader says so
            pass
        except Exception:  # arguments that do not pickle: a bug, said to the caller
            del self.pending[call]
            raise
        return future

    def _read(self) -> None:
        while True:
            try:
                call, ok, payload = self.conn.recv()
            except (EOFError, OSError):
                break
            future = self.pending.pop(call, None)
            if future is None:
                continue
            try:
                value = pickle.loads(payload)  # noqa: S301 - our own child process, over our pipe
            except Exception as exc:  # noqa: BLE001 - an answer this side cannot read: a bug
                ok, value = False, RuntimeError(f"{type(exc).__name__}: {exc}")
            if ok:
                future.set_result(value)
            else:
                future.set_exception(value)
        self._on_end(self)

    def fail_pending(self) -> None:
        pending, self.pending = self.pending, {}
        for future in pending.values():
            future.set_exception(StorageError(PROCESS_ENDED, detail="storage process ended"))


class StorageProcess:
    """One storage process; ``store`` returns the Vorgangsnummer once it is stored.

    Requests go down a pipe from the calling thread, replies come back on a reader
    thread. (A ``ProcessPoolExecutor`` hands each request through two threads of its
    own; each waited for Python's lock while the GUI thread painted "Saving…", and the
    application reached the process ~4 ms after the tap instead of ~0.3 ms.)"""

    def __init__(self) -> None:
        self._child: _Child | None = None
        self._lock = threading.Lock()

    def _ended(self, child: _Child) -> None:
        with self._lock:
            if self._child is child:
                self._child = None
                if child.pending:
                    log.error("the storage process ended; it starts again for the next "
                              "application")
            child.fail_pending()

    def _submit(self, fn: Callable[..., T], *args: object,
                sent: threading.Event | None = None) -> Future[T]:
        try:
            return self._send(fn, args)
        finally:
            if sent is not None:
                sent.set()

    def _send(self, fn: Callable[..., T], args: tuple[object, ...]) -> Future[T]:
        with self._lock:
            if self._child is not None and not self._child.process.is_alive():
                log.warning("the storage process had ended while idle; a new one starts")
                self._child = None
            if self._child is None:
                self._child = _Child(self._ended)
            return self._child.send(fn, args)

    @property
    def pid(self) -> int | None:
        """The storage process's id, once it runs."""
        child = self._child
        return child.process.pid if child is not None else None

    def prepare(self) -> Future[None]:
        """Start the process now (after the kiosk's first frame)."""
        return self._submit(_nothing)

    def store(self, settings: Settings, record: ApplicationRecord, *,
              sent: threading.Event | None = None) -> str:
        """Render, sign and enqueue ``record`` in the storage process; wait for it.
        ``sent`` is set once the request is on its way (see ``ui.submit_step``)."""
        return self._submit(_store, settings, record, sent=sent).result()

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
        return self._submit(fn, *args).result()

    def shutdown(self) -> None:
        with self._lock:
            child, self._child = self._child, None
        if child is None:
            return
        with contextlib.suppress(EOFError, OSError):
            child.conn.send(None)
        child.process.join(timeout=30)
        if child.process.is_alive():  # a store that does not end: the process goes
            child.process.kill()
            child.process.join()
        child.conn.close()
