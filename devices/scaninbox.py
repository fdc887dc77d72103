"""The scan inbox: the folder a document scanner or camera app on the terminal writes to.

A file field takes the newest finished file from it (``take_newest``) and
removes it there and then, so the next citizen never sees it; whatever else is
left is removed at the end of every session and at start-up (``purge``).

Only regular files directly in the folder count: no links, no sub-folders.
Names a writer uses while it is still writing (hidden, ``*.part``, ``*.tmp``,
``*.crdownload``, ``*~``) are left alone, and so is a file changed within the
last ``SETTLE_S`` seconds, which may still be growing. A file larger than the
field allows is removed unread; its size is reported.

Reading may be slow (a large scan, a network share): the kiosk calls this on
its scan-inbox thread (``ui.scanner``), never on the GUI thread. Qt-free.
"""

from __future__ import annotations

import os
import stat
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from kiosk.base.errors import DeviceError, UserFacingError
from kiosk.base.i18n import N_

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
