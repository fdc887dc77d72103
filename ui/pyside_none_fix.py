"""Work around PySide6 6.12.0 dropping a reference to ``None`` on every void call.

With CPython 3.11 (where ``None`` is not yet immortal, PEP 683) each call of a
void Qt method such as ``QWidget.update()`` or ``QPainter.setPen()`` lowers
``None``'s reference count by one; after a few thousand calls the interpreter
aborts with "none_dealloc: deallocating None". A signature pad at 500 Hz makes
that many calls in seconds, a kiosk in a day. Until a fixed PySide6 is locked,
give ``None`` a reference count it cannot exhaust, which is what Python 3.12
does for every immortal object. Does nothing on other versions.
"""

from __future__ import annotations

import sys

_AFFECTED = ("6.12.0",)


def apply(pyside_version: str) -> bool:
    if sys.version_info >= (3, 12) or pyside_version not in _AFFECTED:
        return False
    import ctypes

    refcount = ctypes.c_ssize_t.from_address(id(None))
    refcount.value += 1 << 40  # PEP 683 uses a similarly huge count for immortality
    return True
