"""The stand-in's fleet: the latest heartbeat of every terminal, kept durably.

``POST /v2/fleet/heartbeats`` (a terminal, with the sender's token) hands in what
``buergerbuero metrics`` measured (``kiosk.heartbeat`` builds it): no personal data,
only the terminal's id, office and place, version, uptime, each doctor check's
result, the outbox's counts and oldest waiting age, the last confirmed delivery and
the receipt printer's and payment terminal's state. :func:`checked` refuses anything
else — an unknown key, a text longer than :data:`MAX_TEXT`, a nesting deeper than
the heartbeat's — so that no free-form field can carry what does not belong here.
``GET /v2/fleet/terminals`` (with the fleet client's token) lists them for
``buergerbuero fleet status``.

``<data_dir>/fleet.sqlite3`` (WAL, synchronous=FULL; apart from the case index, so
heartbeats never wait for the case processor) holds one row per terminal: the
heartbeat as it came, when the stand-in received it (its own clock: a terminal's
clock may be wrong, and silence is measured by the receiver), how many came and
when the first did. A row is replaced in one commit; a restart keeps them all.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any, Final

from sync.reference.store import Invalid

FLEET_DB: Final = "fleet.sqlite3"
MAX_HEARTBEAT_BYTES: Final = 32 * 1024
MAX_TEXT: Final = 300
STATUSES: Final = ("ok", "warn", "fail")
_TERMINAL_ID = re.compile(r"[^\x00-\x1f\x7f/\\]{1,64}")
_NUMBER = (int, float)

#: The heartbeat's keys and what each holds: "text", "number", "status", or a nested
#: shape; "?" after a kind allows null (not measured). Keys not listed are refused.
SHAPE: Final[dict[str, str]] = {
    "heartbeat": "number",  # the body's version (1)
    "terminal_id": "text", "office_name": "text", "place": "text",
    "version": "text", "install": "text",
    "sent_at": "number", "uptime_s": "number?",
    "doctor": "doctor", "outbox": "outbox?", "last_successful_sync": "number?",
    "receipt_printer": "device?", "payment_terminal": "device?",
}
REQUIRED: Final = ("heartbeat", "terminal_id", "sent_at", "doctor")


def checked(raw: bytes) -> dict[str, Any]:
    """The heartbeat in ``raw``, or :class:`~sync.reference.store.Invalid` saying why."""
    if len(raw) > MAX_HEARTBEAT_BYTES:
        raise Invalid(f"a heartbeat is at most {MAX_HEARTBEAT_BYTES} bytes")
    try:
        body = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise Invalid("the heartbeat is not valid JSON") from exc
    if not isinstance(body, dict):
        raise Invalid("the heartbeat must be a JSON object")
    unknown = sorted(set(body) - set(SHAPE))
    if unknown:
        raise Invalid(f"unknown heartbeat field(s): {', '.join(unknown)[:200]}")
    missing = [key for key in REQUIRED if key not in body]
    if missing:
        raise Invalid(f"the heartbeat lacks: {', '.join(missing)}")
    for key, value in body.items():
        _check(key, SHAPE[key], value)
    if not _TERMINAL_ID.fullmatch(body["terminal_id"]):
        raise Invalid("'terminal_id' must be 1-64 characters without control characters "
                      "or slashes")
    return body


def _check(key: str, kind: str, value: Any) -> None:
    if kind.endswith("?"):
        if value is None:
            return
        kind = kind[:-1]
    if kind == "text":
        ok = isinstance(value, str) and len(value) <= MAX_TEXT
    elif kind == "number":
        ok = isinstance(value, _NUMBER) and not isinstance(value, bool) and value == value
    elif kind == "status":
        ok = value in STATUSES
    elif kind == "doctor":  # {"status": worst, "checks": {name: status}}
        ok = _fields(value, {"status": "status", "checks": "map"})
        ok = ok and all(isinstance(name, str) and len(name) <= 64 and v in STATUSES
                        for name, v in value["checks"].items())
    elif kind == "outbox":  # {"by_state": {state: count}, "oldest_waiting_s": seconds}
        ok = _fields(value, {"by_state": "map", "oldest_waiting_s": "number"})
        ok = ok and all(isinstance(state, str) and len(state) <= 32
                        and isinstance(n, int) and not isinstance(n, bool) and n >= 0
                        for state, n in value["by_state"].items())
    elif kind == "device":  # {"status": ok|warn|fail, "detail": what the doctor saw}
        ok = _fields(value, {"status": "status", "detail": "text"})
    else:  # "map": checked by its owner
        ok = isinstance(value, dict) and len(value) <= 64
    if not ok:
        raise Invalid(f"heartbeat field '{key}' is not {kind.replace('map', 'an object')}")


def _fields(value: Any, shape: dict[str, str]) -> bool:
    if not isinstance(value, dict) or set(value) != set(shape):
        return False
    for key, kind in shape.items():
        _check(key, kind, value[key])
    return True


class FleetStore:
    """The latest heartbeat per terminal (thread-safe: one lock, one connection)."""

    def __init__(self, data_dir: Path) -> None:
        self._lock = threading.Lock()
        self._db = sqlite3.connect(data_dir / FLEET_DB, isolation_level=None,
                                   check_same_thread=False, timeout=30.0)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS heartbeats (terminal_id TEXT PRIMARY KEY, "
            " received_at REAL NOT NULL, first_at REAL NOT NULL, "
            " beats INTEGER NOT NULL, body TEXT NOT NULL)")

    def record(self, body: dict[str, Any], received_at: float | None = None) -> None:
        """Keep ``body`` as its terminal's latest heartbeat (one commit)."""
        at = time.time() if received_at is None else received_at
        with self._lock:
            self._db.execute(
                "INSERT INTO heartbeats (terminal_id, received_at, first_at, beats, body) "
                "VALUES (?, ?, ?, 1, ?) ON CONFLICT (terminal_id) DO UPDATE SET "
                "received_at = excluded.received_at, beats = beats + 1, body = excluded.body",
                (body["terminal_id"], at, at, json.dumps(body, separators=(",", ":"))))

    def terminals(self) -> list[dict[str, Any]]:
        """Every terminal's latest heartbeat, by terminal id."""
        with self._lock:
            rows = self._db.execute("SELECT terminal_id, received_at, first_at, beats, body "
                                    "FROM heartbeats ORDER BY terminal_id").fetchall()
        return [{"terminal_id": tid, "received_at": received, "first_at": first,
                 "heartbeats": beats, "heartbeat": json.loads(body)}
                for tid, received, first, beats, body in rows]

    def close(self) -> None:
        with self._lock:
            self._db.close()
