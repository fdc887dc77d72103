"""The terminal's heartbeat to the central side: the metrics' figures as one JSON body.

``buergerbuero metrics`` (run by ``buergerbuero-metrics.timer`` every five minutes, its
own short process: never the kiosk's GUI or sync thread) gathers the figures once
(:func:`kiosk.metrics.figures`), writes them as Prometheus gauges and, where the site's
``heartbeat`` setting is ``"intake"``, sends them with :func:`send` to the intake server
(``POST /v2/fleet/heartbeats``, a stand-in addition: FIT-Connect has no such route) with
the same TLS trust and OAuth2 client credentials as the applications. Nothing personal:
the terminal's id, office and place, version, uptime, each doctor check's result, the
outbox's counts by state and its oldest waiting age, the last confirmed delivery, and
what the doctor saw of the receipt printer and the payment terminal (null where that
check did not run, as the timer leaves the payment terminal out). A heartbeat that
cannot be sent is a warning of that process; the next one comes five minutes later.
"""

from __future__ import annotations

from typing import Any, Final

from kiosk.doctor_check import EXIT
from kiosk.metrics import Figures
from kiosk.sender import client_factory
from kiosk.settings import Settings

VERSION: Final = 1  # the body's "heartbeat" field
STATUS: Final = {code: name for name, code in EXIT.items()}  # 0 → "ok" …
DEVICES: Final = {"receipt_printer": "receipt printer", "payment_terminal": "payment terminal"}


def body(settings: Settings, measured: Figures) -> dict[str, Any]:
    """The heartbeat of ``measured`` for this terminal (``sync.reference.fleet`` checks
    the same shape on the other side)."""
    checks = {c.name: c for c in measured.checks}
    outbox = measured.outbox
    return {
        "heartbeat": VERSION,
        "terminal_id": settings.terminal_id,
        "office_name": settings.office_name,
        "place": settings.place,
        "version": measured.version,
        "install": measured.install,
        "sent_at": round(measured.now, 3),
        "uptime_s": None if measured.uptime_s is None else round(measured.uptime_s, 3),
        "doctor": {"status": STATUS[measured.worst],
                   "checks": {name: c.status for name, c in checks.items()}},
        "outbox": None if outbox is None else {
            "by_state": dict(outbox.by_state),
            "oldest_waiting_s": round(outbox.oldest_waiting_age_s or 0.0, 3)},
        "last_successful_sync": measured.last_confirmed,
        **{key: ({"status": checks[name].status, "detail": checks[name].detail[:300]}
                 if name in checks else None) for key, name in DEVICES.items()},
    }


def send(settings: Settings, heartbeat: dict[str, Any], timeout_s: float = 10.0) -> None:
    """Send ``heartbeat`` to the intake server; a ``UserFacingError`` (``NetworkError``,
    ``ServerRefused``, ``ConfigError`` for unusable client credentials) says why not."""
    client = client_factory(settings, timeout_s=timeout_s)()
    try:
        client.heartbeat(heartbeat)
    finally:
        client.close()
