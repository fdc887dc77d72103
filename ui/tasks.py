"""Run blocking work (disk, PDF) off the GUI thread; results come back as signals.

Modelled on Anki's ``taskman.run_in_background``: ``on_done`` and ``on_error``
always run on the GUI thread, and exactly one of them runs for every job, also
when the runner was already shut down. One storage thread is enough for a
terminal and keeps SQLite writes in order. The thread is a
``devices.threads.OwnedThread`` (given, for a device's own thread, or made here).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from devices.threads import OwnedThread
from ui.qt import QObject, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    finished = Signal(object)


class TaskRunner(QObject):
    """A single background thread whose results are delivered on the GUI thread."""

    def __init__(self, name: str = "storage", parent: QObject | None = None, *,
                 thread: OwnedThread | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._worker = thread  # made with the first job: no thread before the first frame
        self._closed = False
        self._relay = _Relay()
        self._relay.finished.connect(self._deliver)
        self.pending = 0

    @property
    def worker(self) -> OwnedThread:
        if self._worker is None:
            if self._closed:
                raise RuntimeError(f"the {self._name} thread was shut down")
            self._worker = OwnedThread(self._name, f"the {self._name} thread")
        return self._worker

    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None],
            on_error: Callable[[Exception], None]) -> None:
        self.pending += 1

        def done(future: Future[Any]) -> None:
            self._relay.finished.emit((future, on_done, on_error))

        try:
            future = self.worker.submit(fn)
        except RuntimeError as exc:  # shut down: the caller still hears the end
            future = Future()
            future.set_exception(exc)
        future.add_done_callback(done)

    def _deliver(self, payload: tuple[Future[Any], Callable[[Any], None],
                                      Callable[[Exception], None]]) -> None:
        future, on_done, on_error = payload
        self.pending -= 1
        exc = future.exception()
        if exc is None:
            on_done(future.result())
        elif isinstance(exc, Exception):
            on_error(exc)
        else:  # KeyboardInterrupt/SystemExit inside the worker: re-raise on the GUI thread
            raise exc

    def shutdown(self) -> None:
        self._closed = True
        if self._worker is not None:
            self._worker.shutdown(wait=True)
