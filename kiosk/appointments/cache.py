"""Today's appointments on disk, sealed, for a check-in while the system is unreachable.

The file (``DATA/appointments.cache``) holds the minimum: per appointment its number,
key, time, counter area and call number, and the check-ins made offline that the
appointment system has not been told of yet. It is sealed with the terminal key
(AES-256-GCM, ``sync.crypto``, as the outbox seals personal data), replaced whole
and fsynced; a cache of another day is no cache.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, replace
from datetime import date
from pathlib import Path
from typing import Any

from kiosk.appointments.model import UNAVAILABLE as _UNREADABLE
from kiosk.appointments.model import Appointment
from kiosk.base.errors import StorageError
from sync.crypto import load_or_create_key, seal, unseal
from sync.durable import fsync_dir, write_synced

_AAD = b"buergerbuero appointments cache v1"


class AppointmentCache:
    def __init__(self, path: Path, key: bytes | Path) -> None:
        """``key``: the terminal key, or the path of its file (read on first use)."""
        self.path, self._key_or_path = path, key

    @property
    def _key(self) -> bytes:
        if isinstance(self._key_or_path, Path):
            self._key_or_path = load_or_create_key(self._key_or_path)
        return self._key_or_path

    def _read(self) -> dict[str, Any]:
        try:
            blob = self.path.read_bytes()
        except FileNotFoundError:
            return {}
        except OSError as exc:
            raise StorageError(_UNREADABLE, detail=f"appointments cache: {exc.strerror}") from exc
        try:
            data = json.loads(unseal(self._key, blob, _AAD))
        except (StorageError, ValueError):
            return {}  # damaged or another key: as good as none; the next sync replaces it
        return data if isinstance(data, dict) else {}

    def _write(self, data: dict[str, Any]) -> None:
        tmp = self.path.with_name(self.path.name + ".tmp")
        try:
            tmp.unlink(missing_ok=True)
            write_synced(tmp, seal(self._key, json.dumps(data).encode(), _AAD), mode=0o600)
            os.replace(tmp, self.path)
            fsync_dir(self.path.parent)
        except OSError as exc:
            raise StorageError(_UNREADABLE, detail=f"appointments cache: {exc.strerror}") from exc

    def load(self, day: date) -> list[Appointment] | None:
        """Today's appointments, or None when the cache is not of ``day``."""
        data = self._read()
        if data.get("day") != day.isoformat():
            return None
        return [Appointment(**entry) for entry in data.get("appointments", [])]

    def pending(self) -> list[tuple[str, int]]:
        """Offline check-ins not yet told to the system: (process id, arrival)."""
        return [(str(p), int(a)) for p, a in self._read().get("pending", [])]

    def store(self, day: date, appointments: list[Appointment]) -> None:
        """Replace the day's list; offline check-ins still pending stay checked in."""
        data = self._read()
        pending = data.get("pending", []) if data.get("day") == day.isoformat() else []
        waiting = {str(p) for p, _ in pending}
        entries = [asdict(replace(a, queued=a.queued or a.process_id in waiting))
                   for a in appointments]
        self._write({"day": day.isoformat(), "appointments": entries, "pending": pending})

    def mark_queued(self, day: date, process_id: str, *, arrival: int | None = None) -> None:
        """Note a check-in; with ``arrival`` it was made offline and is still to be told."""
        data = self._read()
        if data.get("day") != day.isoformat():
            return
        for entry in data.get("appointments", []):
            if entry.get("process_id") == process_id:
                entry["queued"] = True
        if arrival is not None:
            data.setdefault("pending", []).append([process_id, arrival])
        self._write(data)

    def told(self, process_id: str) -> None:
        data = self._read()
        data["pending"] = [p for p in data.get("pending", []) if str(p[0]) != process_id]
        self._write(data)

    def wipe(self) -> None:
        self.path.unlink(missing_ok=True)
