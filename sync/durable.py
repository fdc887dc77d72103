"""Files that survive a power cut: written and fsynced, and their directory fsynced."""

from __future__ import annotations

import os
from pathlib import Path


def write_synced(path: Path, data: bytes, *, replace: bool = False) -> None:
    """Write ``data`` to ``path`` (a new file unless ``replace``) and fsync it."""
    with path.open("wb" if replace else "xb") as fh:
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
