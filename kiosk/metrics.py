"""The terminal's health in the Prometheus text exposition format (version 0.0.4).

For the city's existing monitoring: node_exporter's textfile collector reads the file
``buergerbuero metrics --textfile`` writes (a systemd timer runs it), Prometheus/Grafana,
Icinga or Zabbix take it from there. Nothing personal: the version,
each doctor check's result (0 ok, 1 warn, 2 fail), the outbox's counts by state and its
oldest waiting age, the time of the last confirmed delivery; and the office's figures
from the statistics file (``kiosk.stats.figures``: sessions, abandonments, satisfaction,
methods as counters, durations as gauges). Labels are check names, states, the
version, services, steps and methods: fixed words of ours, escaped as the format requires.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Final

from kiosk.base.errors import UserFacingError
from kiosk.doctor_check import EXIT, Check
from kiosk.doctor_host import running_version
from kiosk.settings import Settings
from kiosk.stats.figures import families
from kiosk.stats.store import stats_path
from sync.outbox import read_status

PREFIX: Final = "buergerbuero_"


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


class Exposition:
    """Metric families in order; each with its HELP and TYPE once."""

    def __init__(self) -> None:
        self._lines: list[str] = []

    def gauge(self, name: str, help_text: str,
              samples: Iterable[tuple[dict[str, str], float]], kind: str = "gauge") -> None:
        self._lines += [f"# HELP {PREFIX}{name} {help_text}", f"# TYPE {PREFIX}{name} {kind}"]
        for labels, value in samples:
            shown = ",".join(f'{k}="{_escape(v)}"' for k, v in labels.items())
            self._lines.append(f"{PREFIX}{name}{{{shown}}} {_number(value)}" if shown
                               else f"{PREFIX}{name} {_number(value)}")

    def text(self) -> str:
        return "\n".join(self._lines) + "\n"


def last_confirmed_at(db_path: Path) -> float | None:
    """When the server last confirmed an item (the outbox's ``confirmed_at``), read-only;
    None when nothing was confirmed or the outbox keeps no such column."""
    if not db_path.exists():
        return None
    try:
        conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            row = conn.execute("SELECT MAX(confirmed_at) FROM outbox").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return float(row[0]) if row and row[0] is not None else None


def exposition(settings: Settings | None, checks: list[Check], *,
               now: float | None = None) -> str:
    now = time.time() if now is None else now
    out = Exposition()
    version, where = running_version()
    out.gauge("build_info", "The running version (always 1).",
              [({"version": version or "unknown",
                 "install": "package" if where.startswith("package") else "checkout"}, 1)])
    out.gauge("doctor_check_status", "Each doctor check: 0 ok, 1 warn, 2 fail.",
              [({"check": c.name}, EXIT[c.status]) for c in _unique(checks)])
    out.gauge("doctor_status", "The worst doctor check: 0 ok, 1 warn, 2 fail.",
              [({}, max((EXIT[c.status] for c in checks), default=0))])
    if settings is not None:
        try:
            status = read_status(settings.outbox_path)
        except UserFacingError:  # the doctor check "outbox" already says why
            status = None
        if status is not None:
            out.gauge("outbox_items", "Items in the outbox by state.",
                      [({"state": state}, count) for state, count in status.by_state])
            out.gauge("outbox_oldest_waiting_seconds", "Age of the oldest item not yet "
                      "confirmed or failed (0: none waiting).",
                      [({}, round(status.oldest_waiting_age_s or 0.0, 3))])
        confirmed = last_confirmed_at(settings.outbox_path)
        if confirmed is not None:
            out.gauge("last_successful_sync_timestamp_seconds", "When the intake server "
                      "last confirmed an application (Unix time).", [({}, round(confirmed, 3))])
        try:
            figures = families(stats_path(settings.data_dir))
        except UserFacingError:  # an unreadable statistics file costs its figures only
            figures = []
        for family in figures:
            out.gauge(family.name, family.help, family.samples, family.kind)
    out.gauge("metrics_generated_timestamp_seconds", "When this file was written "
              "(Unix time).", [({}, round(now, 3))])
    return out.text()


def _unique(checks: list[Check]) -> list[Check]:
    """One sample per check name (the worst, should a name repeat)."""
    best: dict[str, Check] = {}
    for check in checks:
        if check.name not in best or EXIT[check.status] > EXIT[best[check.name].status]:
            best[check.name] = check
    return list(best.values())


def write_textfile(path: Path, text: str) -> None:
    """Atomically: node_exporter never reads a half-written file (same-directory rename)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        raise
