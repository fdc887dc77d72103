"""A parsed translation file kept beside it, as Python keeps bytecode beside a module.

The kiosk names its first screen in the terminal's language before anything else is
ready, and parsing a language's ``.ts`` file takes about 10 ms, a loaded table well
under one (``bench startup``). So the first parse of a file leaves its finished
translations in ``__pycache__/<file>.marshal`` next to it; later starts read that,
as long as the file's size and modification time are the ones it was made from.

The same rules as Python's bytecode: nothing is written when
``PYTHONDONTWRITEBYTECODE`` is set (the test suite) or the folder is not writable
(an installed, read-only tree, where the package's installation writes it); a
missing, stale or unreadable cache is simply ignored and the ``.ts`` file is parsed.
Only finished translations are kept, and only ever derived from the installation's
own files, the way a ``.pyc`` is.
"""

from __future__ import annotations

import contextlib
import logging
import marshal
import os
import sys
from pathlib import Path

log = logging.getLogger(__name__)

_VERSION = 1
Table = dict[tuple[str, str, str], str]


def cache_path(source: Path) -> Path:
    return source.parent / "__pycache__" / f"{source.name}.marshal"


def _stamp(source: Path) -> tuple[int, int, int]:
    stat = source.stat()
    return (_VERSION, stat.st_size, stat.st_mtime_ns)


def load(source: Path) -> Table | None:
    """The cached table of ``source``, or None if there is none that matches it."""
    try:
        stamp = _stamp(source)
        # The installation's own folder, trusted as its .pyc files are; only plain
        # tuples, lists and strings are accepted below (a code object is never run).
        data = marshal.loads(cache_path(source).read_bytes())  # noqa: S302
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not (isinstance(data, tuple) and len(data) == 2 and data[0] == stamp
            and isinstance(data[1], list)):
        return None
    try:
        return {(context, text, disambiguation): translation
                for context, text, disambiguation, translation in data[1]}
    except (TypeError, ValueError):
        return None


def store(source: Path, table: Table) -> None:
    """Keep ``table`` (parsed from ``source``) for the next start, if allowed and possible."""
    if sys.dont_write_bytecode:
        return
    target = cache_path(source)
    partial = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        stamp = _stamp(source)
        target.parent.mkdir(exist_ok=True)
        data = marshal.dumps((stamp, [(*key, value) for key, value in table.items()]))
        partial.write_bytes(data)
        os.replace(partial, target)  # a reader never sees half a file
    except OSError as exc:  # read-only installation: parsed every time, as before
        log.debug("translation cache %s not written: %s", target.name, type(exc).__name__)
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
