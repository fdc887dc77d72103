"""Documents waiting to be signed at the counter tablet, one at a time, in order.

Qt-free and thread-safe: the HTTP API and the hot folder add jobs from their
threads, the tablet's GUI takes the current one and reports the result; a
client may wait for a job to finish. ``on_change`` is called (from whichever
thread changed something) so the GUI can re-emit it as a queued signal.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final

WAITING: Final = "waiting"
SIGNED: Final = "signed"
REFUSED: Final = "refused"
CANCELLED: Final = "cancelled"
FINAL: Final = frozenset({SIGNED, REFUSED, CANCELLED})
RETENTION_S: Final = 600.0  # a finished job nobody fetched is forgotten after this long


@dataclass(frozen=True)
class FieldSpec:
    """A signature field: an existing one (rect None) or a new one at rect on page."""

    name: str
    page: int = 0
    rect: tuple[float, float, float, float] | None = None
    label: str = ""


@dataclass
class Job:
    pdf: bytes
    fields: tuple[FieldSpec, ...]
    signer_name: str = ""
    title: str = ""
    source: str = "api"
    owner: str = ""  # the paired workstation that sent it (only it may see it)
    id: str = field(default_factory=lambda: secrets.token_hex(8))
    state: str = WAITING
    signed_pdf: bytes | None = None
    reason: str | None = None
    finished_at: float | None = None  # time.monotonic()

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "state": self.state, "title": self.title,
                "fields": [f.name for f in self.fields], "reason": self.reason,
                "signed": self.signed_pdf is not None}


class JobQueue:
    def __init__(self) -> None:
        self._jobs: dict[str, Job] = {}
        self._order: list[str] = []
        self._changed = threading.Condition()
        self.listeners: list[Callable[[], None]] = []

    def _notify(self) -> None:
        self._changed.notify_all()
        for listener in list(self.listeners):
            listener()

    def _expire(self) -> None:
        now = time.monotonic()
        for job_id in [j.id for j in self._jobs.values()
                       if j.finished_at is not None and now - j.finished_at > RETENTION_S]:
            del self._jobs[job_id]
            self._order.remove(job_id)

    def submit(self, job: Job) -> str:
        with self._changed:
            self._expire()
            self._jobs[job.id] = job
            self._order.append(job.id)
            self._notify()
        return job.id

    def get(self, job_id: str) -> Job | None:
        with self._changed:
            return self._jobs.get(job_id)

    def current(self) -> Job | None:
        """The oldest job not yet finished: the one the tablet shows."""
        with self._changed:
            for job_id in self._order:
                if self._jobs[job_id].state not in FINAL:
                    return self._jobs[job_id]
            return None

    def _finish(self, job_id: str, state: str, *, pdf: bytes | None = None,
                reason: str | None = None) -> bool:
        with self._changed:
            job = self._jobs.get(job_id)
            if job is None or job.state in FINAL:
                return False
            job.state, job.signed_pdf, job.reason = state, pdf, reason
            job.finished_at = time.monotonic()
            job.pdf = b""  # nothing of the document stays in memory longer than needed
            self._notify()
            return True

    def finish(self, job_id: str, signed_pdf: bytes) -> bool:
        return self._finish(job_id, SIGNED, pdf=signed_pdf)

    def refuse(self, job_id: str, reason: str) -> bool:
        return self._finish(job_id, REFUSED, reason=reason)

    def cancel(self, job_id: str) -> bool:
        return self._finish(job_id, CANCELLED, reason="cancelled by the clerk")

    def wait(self, job_id: str, timeout: float) -> Job | None:
        """The job once it is finished, or as it is after ``timeout`` seconds."""
        with self._changed:
            self._changed.wait_for(lambda: (job := self._jobs.get(job_id)) is None
                                   or job.state in FINAL, timeout=timeout)
            return self._jobs.get(job_id)

    def forget(self, job_id: str) -> None:
        with self._changed:
            self._jobs.pop(job_id, None)
            if job_id in self._order:
                self._order.remove(job_id)
