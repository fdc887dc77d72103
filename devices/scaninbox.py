"""The scan inbox: the folder a document scanner or camera app on the terminal writes to.

A file field takes the newest finished file from it (``take_newest``) and
removes it there and then, so the next citizen never sees it; whatever else is
left is removed at the end of every session and at start-up (``purge``).

Only regular files directly in the folder count: no links, no sub-folders.
Names a writer uses while it is still writing (hidden, ``*.part``, ``*.tmp``,
``*.crdownload``, ``*~``) are left alone, and so is a file changed within the
last ``SETTLE_S`` seconds, which may still be growing. A file larger than the
field allows is removed unread; its size is reported.

Reading may be slow (a large scan, a network share): the kiosk uses the folder
through ``ScanInbox``, whose ``scan-inbox`` thread alone touches it
(``ui.scanner`` runs its jobs there); called on any other thread, its methods
raise ``devices.threads.WrongThread``. Their errors are all ``UserFacingError``:
an exception nobody expected becomes the "scanner cannot be used" message.
Qt-free.
"""

from __future__ import annotations

import logging
import os
import stat
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from devices.threads import OwnedThread
from kiosk.base.errors import DeviceError, UserFacingError
from kiosk.base.i18n import N_

log = logging.getLogger(__name__)
SETTLE_S: Final = 1.0
_IN_PROGRESS: Final = (".part", ".partial", ".tmp", ".crdownload", "~")

NO_SCAN = N_("Devices", "No scan has arrived yet. Place the document on the scanner, start "
             "the scan, then tap 'Take from scanner' again.")
SCAN_ARRIVING = N_("Devices", "The scan is still arriving. Please wait a moment, then tap "
                   "'Take from scanner' again.")
INBOX_UNAVAILABLE = N_("Devices", "The scanner cannot be used right now. Please hand the "
                       "document in at the counter, or ask the staff for help.")


class NoScanYet(UserFacingError):
    """Nothing (finished) in the inbox yet; the message says what to do."""


@dataclass(frozen=True)
class TakenScan:
    """A file taken out of the inbox: its name, its size, its bytes (none if too large)."""

    name: str
    size: int
    data: bytes = field(default=b"", repr=False)

    @property
    def too_large(self) -> bool:
        return self.size > len(self.data)


def _unavailable(exc: OSError) -> DeviceError:
    return DeviceError(INBOX_UNAVAILABLE, detail=f"scan inbox: {exc.strerror or exc}")


def _candidates(directory: Path) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(directory) as entries:
            return [entry for entry in entries
                    if entry.is_file(follow_symlinks=False)
                    and not entry.name.startswith(".")
                    and not entry.name.lower().endswith(_IN_PROGRESS)]
    except OSError as exc:
        raise _unavailable(exc) from exc


def take_newest(directory: Path, limit: int, *, now: float | None = None) -> TakenScan:
    """Read the newest finished file (at most ``limit`` bytes) and remove it from the inbox."""
    entries = _candidates(directory)
    if not entries:
        raise NoScanYet(NO_SCAN)
    try:
        newest = max(entries, key=lambda e: (e.stat(follow_symlinks=False).st_mtime_ns, e.name))
        info = newest.stat(follow_symlinks=False)
    except OSError as exc:  # removed meanwhile (e.g. by the scanner software)
        raise NoScanYet(NO_SCAN, detail=f"scan inbox: {exc.strerror or exc}") from exc
    if (now if now is not None else time.time()) - info.st_mtime < SETTLE_S:
        raise NoScanYet(SCAN_ARRIVING)
    path = Path(newest.path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise OSError("not a regular file")
            data = handle.read(limit + 1)
            size = os.fstat(handle.fileno()).st_size
        path.unlink()
    except OSError as exc:
        raise _unavailable(exc) from exc
    if len(data) > limit:
        return TakenScan(newest.name, max(size, len(data)))
    return TakenScan(newest.name, len(data), data)


def purge(directory: Path) -> int:
    """Remove every file left in the inbox (those still being written too); how many."""
    removed = 0
    try:
        with os.scandir(directory) as entries:
            for entry in entries:
                if entry.is_file(follow_symlinks=False) or entry.is_symlink():
                    Path(entry.path).unlink(missing_ok=True)
                    removed += 1
    except OSError as exc:
        raise _unavailable(exc) from exc
    return removed


class ScanInbox:
    """The inbox folder and the one thread that touches it (``scan-inbox``)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.thread = OwnedThread("scan-inbox", "the scan inbox")

    def take_newest(self, limit: int, *, now: float | None = None) -> TakenScan:
        """``take_newest`` on the inbox; only on the inbox's thread."""
        self.thread.assert_owner()
        with _unexpected_as_unavailable("take"):
            return take_newest(self.directory, limit, now=now)

    def purge(self) -> int:
        """``purge`` of the inbox; only on the inbox's thread."""
        self.thread.assert_owner()
        with _unexpected_as_unavailable("purge"):
            return purge(self.directory)

    def shutdown(self) -> None:
        self.thread.shutdown(wait=True)


@contextmanager
def _unexpected_as_unavailable(action: str) -> Iterator[None]:
    try:
        yield
    except UserFacingError:
        raise
    except Exception as exc:
        # The type only: a file name in the exception's text may be personal.
        log.error("scan inbox: %s failed unexpectedly: %s", action, type(exc).__name__)
        raise DeviceError(INBOX_UNAVAILABLE,
                          detail=f"scan inbox: {action}: {type(exc).__name__}") from exc
