"""The hot folder: a PDF dropped into ``in/`` comes back signed in ``out/``.

Refused, cancelled or unreadable documents go to ``error/`` together with
``<name>.reason.txt``. Files are picked up once their size has stayed the
same for one look (so a half-copied file is not taken); names starting with
'.' or ending in '.part' are ignored. The watcher waits on a
``threading.Event`` between looks, it never spins.
"""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

from kiosk.tablet.fields import NotSignable, resolve_fields
from kiosk.tablet.jobs import CANCELLED, REFUSED, SIGNED, Job, JobQueue

log = logging.getLogger(__name__)


class HotFolder:
    def __init__(self, root: Path, queue: JobQueue, interval_s: float = 0.5) -> None:
        self.root, self.queue, self.interval_s = root, queue, interval_s
        self.inbox, self.outbox, self.errors = root / "in", root / "out", root / "error"
        for directory in (self.inbox, self.outbox, self.errors):
            directory.mkdir(parents=True, exist_ok=True)
        self._stop = threading.Event()
        self._sizes: dict[str, int] = {}
        self._jobs: dict[str, Path] = {}  # job id → its file in in/
        self._thread: threading.Thread | None = None
        queue.listeners.append(self._collect_soon)
        self._collect = threading.Event()

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="tablet-hotfolder", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._collect.set()
        if self._thread is not None:
            self._thread.join(5)

    def _collect_soon(self) -> None:
        self._collect.set()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.scan()
            self.collect()
            self._collect.wait(self.interval_s)
            self._collect.clear()

    def scan(self) -> None:
        taken = set(self._jobs.values())
        for path in sorted(self.inbox.iterdir()):
            if (path in taken or not path.is_file() or path.name.startswith(".")
                    or path.name.endswith(".part")):
                continue
            size = path.stat().st_size
            if self._sizes.get(path.name) != size:
                self._sizes[path.name] = size  # look again next time
                continue
            self._sizes.pop(path.name, None)
            self._take(path)

    def _take(self, path: Path) -> None:
        try:
            pdf = path.read_bytes()
            fields = resolve_fields(pdf, [])
        except (OSError, NotSignable) as exc:
            self._refuse(path, str(exc))
            return
        job = Job(pdf=pdf, fields=fields, title=path.stem, source="folder", owner="hot-folder")
        self._jobs[job.id] = path
        self.queue.submit(job)
        log.info("hot folder: document queued with %d field(s)", len(fields))

    def collect(self) -> None:
        for job_id, path in list(self._jobs.items()):
            job = self.queue.get(job_id)
            if job is None or job.state not in (SIGNED, REFUSED, CANCELLED):
                continue
            del self._jobs[job_id]
            if job.state == SIGNED and job.signed_pdf is not None:
                _write_atomic(self.outbox / path.name, job.signed_pdf)
                path.unlink(missing_ok=True)
            else:
                self._refuse(path, job.reason or job.state)
            self.queue.forget(job_id)

    def _refuse(self, path: Path, reason: str) -> None:
        target = self.errors / path.name
        os.replace(path, target)
        (self.errors / f"{path.name}.reason.txt").write_text(reason + "\n", encoding="utf-8")
        log.info("hot folder: document refused")


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.part")
    with tmp.open("wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
