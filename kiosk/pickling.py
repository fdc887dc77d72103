"""Values that cross a process boundary or are parked on disk travel by ``pickle``.

``MappingProxyType`` (the record's read-only mappings) cannot be pickled by
itself; this registers a reducer that rebuilds it from the dict it wraps.
Imported by the storage process's front (``kiosk.storage``) and by the parked
application (``kiosk.payment.parking``).
"""

from __future__ import annotations

import copyreg
from types import MappingProxyType
from typing import Any


def read_only(mapping: dict[Any, Any]) -> MappingProxyType[Any, Any]:
    """Rebuilds a pickled ``MappingProxyType`` (the type itself cannot be pickled)."""
    return MappingProxyType(mapping)


def _reduce_proxy(proxy: MappingProxyType[Any, Any]) -> tuple[Any, tuple[dict[Any, Any]]]:
    return read_only, (dict(proxy),)


copyreg.pickle(MappingProxyType, _reduce_proxy)
