"""Run blocking work (disk, PDF) off the GUI thread; results come back as signals.

Modelled on Anki's ``taskman.run_in_background``: ``on_done`` and ``on_error``
always run on the GUI thread. One storage thread is enough for a terminal and
keeps SQLite writes in order.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from ui.qt import QObject, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    finished = Signal(object)


class TaskRunner(QObject):
    """A single background thread whose results are delivered on the GUI thread."""

    def __init__(self, name: str = "storage", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._relay = _Relay()
        self._relay.finished.connect(self._deliver)
        self.pending = 0

    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None],
            on_error: Callable[[Exception], None]) -> None:
        self.pending += 1

        def done(future: Future[Any]) -> None:
            self._relay.finished.emit((future, on_done, on_error))

        self._pool.submit(fn).add_done_callback(done)

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
        self._pool.shutdown(wait=True)
