"""The terminal's scan inbox for the file fields, read on its own thread.

``devices.scaninbox`` does the file work (Qt-free); this wraps it in a
``TaskRunner`` named ``scan-inbox`` — one worker for the one device, so a take
and the purge at the end of a session never overlap — whose results arrive on
the GUI thread. Without ``scan_dir`` in the settings there is no inbox and the
file fields ask the citizen to hand the document in at the counter.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from devices.scaninbox import purge
from ui.qt import QObject
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)


class Scanner(QObject):
    """The scan inbox ``directory`` (``None``: this terminal has none)."""

    def __init__(self, directory: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.directory = directory
        self._tasks: TaskRunner | None = None

    @property
    def available(self) -> bool:
        return self.directory is not None

    @property
    def tasks(self) -> TaskRunner:
        if self._tasks is None:
            self._tasks = TaskRunner("scan-inbox", self)
        return self._tasks

    def run(self, job: Callable[[Path], Any], on_done: Callable[[Any], None],
            on_error: Callable[[Exception], None]) -> None:
        """``job(directory)`` on the scan-inbox thread; the callbacks run on the GUI thread."""
        directory = self.directory
        if directory is None:
            raise RuntimeError("no scan inbox is configured")
        self.tasks.run(lambda: job(directory), on_done, on_error)

    def purge(self) -> None:
        """Remove whatever a citizen left in the inbox (session end, start-up)."""
        if self.directory is None:
            return
        self.run(purge, lambda removed: log.info("scan inbox: %d file(s) removed", removed)
                 if removed else None,
                 lambda error: log.warning("scan inbox not emptied: %s",
                                           getattr(error, "detail", "") or type(error).__name__))

    @property
    def pending(self) -> int:
        return self._tasks.pending if self._tasks is not None else 0

    def shutdown(self) -> None:
        if self._tasks is not None:
            self._tasks.shutdown()
