"""The ``wait`` query parameter of long-polled status reads (tablet and intake server)."""

from __future__ import annotations

import math
from urllib.parse import parse_qs, urlsplit


def wait_seconds(path: str, maximum: float) -> float:
    """``?wait=S`` of a request path as seconds in 0…``maximum``; anything else is 0."""
    values = parse_qs(urlsplit(path).query).get("wait", [])
    try:
        wait = float(values[0]) if values else 0.0
    except ValueError:
        return 0.0
    return min(max(wait, 0.0), maximum) if math.isfinite(wait) else 0.0
