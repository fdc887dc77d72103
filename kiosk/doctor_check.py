"""One doctor finding: ``ok`` / ``warn`` / ``fail``, what was seen and what to do.

Its own module so that every group of checks (``kiosk.doctor``, ``kiosk.doctor_devices``,
``kiosk.doctor_host``, ``kiosk.doctor_intake``) shares it without importing each other.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

OK: Final = "ok"
WARN: Final = "warn"
FAIL: Final = "fail"
EXIT: Final = {OK: 0, WARN: 1, FAIL: 2}


@dataclass(frozen=True)
class Check:
    name: str
    status: str
    detail: str
    fix: str = ""

    def to_json(self) -> dict[str, str]:
        return {"name": self.name, "status": self.status, "detail": self.detail,
                "fix": self.fix}


def worst(checks: Iterable[Check]) -> str:
    return max((c.status for c in checks), key=lambda s: EXIT[s], default=OK)
