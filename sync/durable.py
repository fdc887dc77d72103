"""Files that survive a power cut: written and fsynced, and their directory fsynced."""

from __future__ import annotations

import os
from pathlib import Path


def write_synced(path: Path, data: bytes, *, replace: bool = False,
                 mode: int = 0o666) -> None:
    """Write ``data`` to ``path`` (a new file unless ``replace``; created with ``mode``,
    less the umask) and fsync it."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if replace else os.O_EXCL)
    with os.fdopen(os.open(path, flags, mode), "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def fsync_dir(directory: Path) -> None:
    """Make the names in ``directory`` (a rename, a new file) durable."""
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
