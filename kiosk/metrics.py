"""The terminal's health in the Prometheus text exposition format (version 0.0.4).

For the city's existing monitoring: node_exporter's textfile collector reads the file
``buergerbuero metrics --textfile`` writes (a systemd timer runs it), Prometheus/Grafana,
Icinga or Zabbix take it from there. Nothing personal: the version,
each doctor check's result (0 ok, 1 warn, 2 fail), the outbox's counts by state and its
oldest waiting age, the time of the last confirmed delivery; and the office's figures
from the statistics file (``kiosk.stats.figures``: sessions, abandonments, satisfaction,
methods as counters, durations as gauges). Labels are check names, states, the
version, services, steps and methods: fixed words of ours, escaped as the format requires.

The figures are gathered once (:func:`figures`); the gauges (:func:`render`) and the
fleet's heartbeat (``kiosk.heartbeat``) are two views of them.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Final, NamedTuple

from kiosk.base.errors import UserFacingError
from kiosk.doctor_check import EXIT, Check
from kiosk.doctor_host import running_version
from kiosk.settings import Settings
from kiosk.stats.figures import Family, families
from kiosk.stats.store import stats_path
from sync.outbox import OutboxStatus, read_status

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


def host_uptime(path: Path = Path("/proc/uptime")) -> float | None:
    """Seconds since this machine booted (Linux), None where that cannot be read."""
    try:
        return float(path.read_text(encoding="ascii").split()[0])
    except (OSError, ValueError, IndexError):
        return None


class Figures(NamedTuple):
    """What ``buergerbuero metrics`` measured; nothing personal in any of it."""

    version: str
    install: str  # "package" or "checkout"
    uptime_s: float | None
    checks: list[Check]  # one per name (the worst, should a name repeat)
    outbox: OutboxStatus | None  # None: no settings, or the outbox cannot be read
    last_confirmed: float | None  # Unix time of the last confirmed delivery
    now: float
    office: list[Family]  # the office's figures (kiosk.stats)

    @property
    def worst(self) -> int:
        return max((EXIT[c.status] for c in self.checks), default=0)


def figures(settings: Settings | None, checks: list[Check], *,
            now: float | None = None) -> Figures:
    version, where = running_version()
    status = confirmed = None
    office: list[Family] = []
    if settings is not None:
        try:
            status = read_status(settings.outbox_path)
        except UserFacingError:  # the doctor check "outbox" already says why
            status = None
        confirmed = last_confirmed_at(settings.outbox_path)
        try:
            office = families(stats_path(settings.data_dir))
        except UserFacingError:  # an unreadable statistics file costs its figures only
            office = []
    return Figures(version or "unknown", "package" if where.startswith("package")
                   else "checkout", host_uptime(), _unique(checks), status, confirmed,
                   time.time() if now is None else now, office)


def render(measured: Figures) -> str:
    """The figures as Prometheus gauges."""
    out = Exposition()
    out.gauge("build_info", "The running version (always 1).",
              [({"version": measured.version, "install": measured.install}, 1)])
    if measured.uptime_s is not None:
        out.gauge("host_uptime_seconds", "How long this machine has run since it booted.",
                  [({}, round(measured.uptime_s, 3))])
    out.gauge("doctor_check_status", "Each doctor check: 0 ok, 1 warn, 2 fail.",
              [({"check": c.name}, EXIT[c.status]) for c in measured.checks])
    out.gauge("doctor_status", "The worst doctor check: 0 ok, 1 warn, 2 fail.",
              [({}, measured.worst)])
    status = measured.outbox
    if status is not None:
        out.gauge("outbox_items", "Items in the outbox by state.",
                  [({"state": state}, count) for state, count in status.by_state])
        out.gauge("outbox_oldest_waiting_seconds", "Age of the oldest item not yet "
                  "confirmed or failed (0: none waiting).",
                  [({}, round(status.oldest_waiting_age_s or 0.0, 3))])
    if measured.last_confirmed is not None:
        out.gauge("last_successful_sync_timestamp_seconds", "When the intake server "
                  "last confirmed an application (Unix time).",
                  [({}, round(measured.last_confirmed, 3))])
    for family in measured.office:
        out.gauge(family.name, family.help, family.samples, family.kind)
    out.gauge("metrics_generated_timestamp_seconds", "When this file was written "
              "(Unix time).", [({}, round(measured.now, 3))])
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
