"""The terminal's scan inbox for the file fields, read on its own thread.

``devices.scaninbox`` does the file work (Qt-free); this runs its
``ScanInbox`` jobs through a ``TaskRunner`` on the inbox's own ``scan-inbox``
thread — one worker for the one device, so a take and the purge at the end of a
session never overlap — whose results arrive on the GUI thread (``on_done`` or
``on_error``, one of them for every job). Without ``scan_dir`` in the settings
there is no inbox and the file fields ask the citizen to hand the document in
at the counter.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from devices.scaninbox import ScanInbox
from ui.qt import QObject
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)


class Scanner(QObject):
    """The scan inbox ``directory`` (``None``: this terminal has none)."""

    def __init__(self, directory: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.directory = directory
        self._inbox: ScanInbox | None = None
        self._tasks: TaskRunner | None = None

    @property
    def available(self) -> bool:
        return self.directory is not None

    @property
    def inbox(self) -> ScanInbox:
        """The inbox and its thread (started on first use)."""
        if self.directory is None:
            raise RuntimeError("no scan inbox is configured")
        if self._inbox is None:
            self._inbox = ScanInbox(self.directory)
        return self._inbox

    @property
    def tasks(self) -> TaskRunner:
        if self._tasks is None:
            self._tasks = TaskRunner("scan-inbox", self, thread=self.inbox.thread)
        return self._tasks

    def run(self, job: Callable[[ScanInbox], Any], on_done: Callable[[Any], None],
            on_error: Callable[[Exception], None]) -> None:
        """``job(inbox)`` on the scan-inbox thread; the callbacks run on the GUI thread."""
        inbox = self.inbox
        self.tasks.run(lambda: job(inbox), on_done, on_error)

    def purge(self) -> None:
        """Remove whatever a citizen left in the inbox (session end, start-up)."""
        if self.directory is None:
            return
        self.run(ScanInbox.purge,
                 lambda removed: log.info("scan inbox: %d file(s) removed", removed)
                 if removed else None,
                 lambda error: log.warning("scan inbox not emptied: %s",
                                           getattr(error, "detail", "") or type(error).__name__))

    @property
    def pending(self) -> int:
        return self._tasks.pending if self._tasks is not None else 0

    def shutdown(self) -> None:
        if self._tasks is not None:
            self._tasks.shutdown()
        if self._inbox is not None:
            self._inbox.shutdown()
