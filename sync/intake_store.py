"""Storage of the reference intake server: submissions, attachments, events, cases.

``<data_dir>/index.sqlite3`` (WAL, synchronous=FULL) holds submissions, the
hashes of received attachments, the event log and the case number sequence.
Decrypted attachments wait under ``staging/<submission_id>/``; a completed and
accepted submission becomes a case directory::

    <data_dir>/cases/<case_id>/metadata.json
    <data_dir>/cases/<case_id>/application.pdf

written into a temporary directory first (files fsynced) and renamed into place
last. The case id is recorded (status "completing") before the directory is
written, so a server that dies in between finishes the same case on the next
request instead of creating a second one. Everything survives restarts.
Writes are serialised under one lock.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import threading
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ANNOUNCED = "announced"
COMPLETING = "completing"  # internal: case id allocated, case directory being written
ACCEPTED = "accepted"
REJECTED = "rejected"


class Conflict(Exception):
    """Same idempotency key (or attachment) with different content (answered with 409)."""


class NotFound(Exception):
    """No such submission or attachment slot (answered with 404)."""


class Invalid(Exception):
    """The request cannot be accepted as it is (answered with 422)."""


def now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def canonical_hash(value: Any) -> str:
    data = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(data.encode()).hexdigest()


class CaseStore:
    """Thread-safe (one lock) persistent state of the intake server."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.cases_dir = data_dir / "cases"
        self.staging_dir = data_dir / "staging"
        self.cases_dir.mkdir(parents=True, exist_ok=True)
        self.staging_dir.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(
            data_dir / "index.sqlite3", isolation_level=None, check_same_thread=False
        )
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(
            "CREATE TABLE IF NOT EXISTS submissions (submission_id TEXT PRIMARY KEY, "
            " idempotency_key TEXT NOT NULL UNIQUE, announce_sha256 TEXT NOT NULL, "
            " destination_id TEXT NOT NULL, service_id TEXT NOT NULL, "
            " attachments TEXT NOT NULL, status TEXT NOT NULL, complete_sha256 TEXT, "
            " case_id TEXT UNIQUE, reason TEXT, created_at TEXT NOT NULL);"
            "CREATE TABLE IF NOT EXISTS attachments (submission_id TEXT NOT NULL, "
            " attachment_id TEXT NOT NULL, sha512 TEXT NOT NULL, "
            " PRIMARY KEY (submission_id, attachment_id));"
            "CREATE TABLE IF NOT EXISTS events (id INTEGER PRIMARY KEY, "
            " submission_id TEXT NOT NULL, event TEXT NOT NULL, at TEXT NOT NULL, "
            " case_id TEXT, reason TEXT);"
            "CREATE INDEX IF NOT EXISTS events_sub ON events(submission_id);"
            "CREATE TABLE IF NOT EXISTS sequences (year INTEGER PRIMARY KEY, "
            " last INTEGER NOT NULL);"
        )

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # -- announce ----------------------------------------------------------------------

    def announce(self, key: str, destination_id: str, service_id: str,
                 attachments: list[str]) -> tuple[bool, dict[str, Any]]:
        """Create (or find, for a repeat) the submission of ``key``. (created, view)."""
        digest = canonical_hash([destination_id, service_id, sorted(attachments)])
        with self._lock:
            row = self._db.execute(
                "SELECT submission_id, announce_sha256 FROM submissions "
                "WHERE idempotency_key = ?", (key,)).fetchone()
            if row is not None:
                if row[1] != digest:
                    raise Conflict
                return False, self._view(row[0])
            sid = str(uuid.uuid4())
            at = now_text()
            with self._db:
                self._db.execute("BEGIN")
                self._db.execute(
                    "INSERT INTO submissions (submission_id, idempotency_key, announce_sha256, "
                    "destination_id, service_id, attachments, status, created_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (sid, key, digest, destination_id, service_id, json.dumps(attachments),
                     ANNOUNCED, at))
                self._event(sid, "announced", at)
            return True, self._view(sid)

    def _event(self, sid: str, event: str, at: str, case_id: str | None = None,
               reason: str | None = None) -> None:
        self._db.execute("INSERT INTO events (submission_id, event, at, case_id, reason) "
                         "VALUES (?, ?, ?, ?, ?)", (sid, event, at, case_id, reason))

    def _row(self, sid: str) -> dict[str, Any]:
        cur = self._db.execute("SELECT * FROM submissions WHERE submission_id = ?", (sid,))
        row = cur.fetchone()
        if row is None:
            raise NotFound
        return dict(zip([d[0] for d in cur.description], row, strict=True))

    def _view(self, sid: str) -> dict[str, Any]:
        row = self._row(sid)
        received = [r[0] for r in self._db.execute(
            "SELECT attachment_id FROM attachments WHERE submission_id = ? "
            "ORDER BY attachment_id", (sid,))]
        status = row["status"]
        view: dict[str, Any] = {
            "submission_id": sid,
            "destination_id": row["destination_id"],
            "service_id": row["service_id"],
            "status": ANNOUNCED if status == COMPLETING else status,
            "announced_attachments": json.loads(row["attachments"]),
            "received_attachments": received,
        }
        if status == ACCEPTED:
            view["case_id"] = row["case_id"]
        if status == REJECTED:
            view["reason"] = row["reason"]
        return view

    def submission(self, sid: str) -> dict[str, Any]:
        with self._lock:
            return self._view(sid)

    def events(self, sid: str) -> list[dict[str, Any]]:
        with self._lock:
            self._row(sid)
            rows = self._db.execute(
                "SELECT event, at, case_id, reason FROM events WHERE submission_id = ? "
                "ORDER BY id", (sid,)).fetchall()
        events = []
        for event, at, case_id, reason in rows:
            item: dict[str, Any] = {"event": event, "at": at}
            if case_id is not None:
                item["case_id"] = case_id
            if reason is not None:
                item["reason"] = reason
            events.append(item)
        return events

    # -- attachments -------------------------------------------------------------------

    def add_attachment(self, sid: str, attachment_id: str, data: bytes) -> None:
        """Keep a decrypted attachment; a repeat with the same bytes is fine."""
        digest = hashlib.sha512(data).hexdigest()
        with self._lock:
            row = self._row(sid)
            if attachment_id not in json.loads(row["attachments"]):
                raise NotFound
            existing = self._db.execute(
                "SELECT sha512 FROM attachments WHERE submission_id = ? AND attachment_id = ?",
                (sid, attachment_id)).fetchone()
            if existing is not None:
                if existing[0] != digest:
                    raise Conflict
                return
            if row["status"] != ANNOUNCED:
                raise Conflict
            folder = self.staging_dir / sid
            folder.mkdir(exist_ok=True)
            _write_synced(folder / attachment_id, data, replace=True)
            with self._db:
                self._db.execute("BEGIN")
                self._db.execute("INSERT INTO attachments VALUES (?, ?, ?)",
                                 (sid, attachment_id, digest))
                self._event(sid, "attachment_received", now_text())

    # -- completion --------------------------------------------------------------------

    def complete(self, sid: str, metadata: dict[str, Any], data_raw: bytes,
                 data: dict[str, Any], content_hash: str) -> dict[str, Any]:
        """Check hashes, store the case (once), record accepted/rejected; returns the view."""
        with self._lock:
            row = self._row(sid)
            if row["complete_sha256"] is not None and row["complete_sha256"] != content_hash:
                raise Conflict
            if row["status"] in (ACCEPTED, REJECTED):
                return self._view(sid)
            announced = json.loads(row["attachments"])
            received = dict(self._db.execute(
                "SELECT attachment_id, sha512 FROM attachments WHERE submission_id = ?",
                (sid,)).fetchall())
            missing = [a for a in announced if a not in received]
            if missing:
                raise Invalid(f"{len(missing)} announced attachment(s) not uploaded")
            reason = _check_hashes(metadata, data_raw, announced, received)
            at = now_text()
            if reason is not None:
                with self._db:
                    self._db.execute("BEGIN")
                    self._db.execute(
                        "UPDATE submissions SET status = ?, reason = ?, complete_sha256 = ? "
                        "WHERE submission_id = ?", (REJECTED, reason, content_hash, sid))
                    self._event(sid, "rejected", at, reason=reason)
                return self._view(sid)
            case_id = row["case_id"]
            if case_id is None:
                with self._db:
                    self._db.execute("BEGIN")
                    case_id = self._next_case_id(datetime.now(UTC).year)
                    self._db.execute(
                        "UPDATE submissions SET status = ?, case_id = ?, complete_sha256 = ? "
                        "WHERE submission_id = ?", (COMPLETING, case_id, content_hash, sid))
            if not (self.cases_dir / case_id).is_dir():
                self._write_case(case_id, row, metadata, data, announced, at)
            with self._db:
                self._db.execute("BEGIN")
                self._db.execute("UPDATE submissions SET status = ? WHERE submission_id = ?",
                                 (ACCEPTED, sid))
                self._event(sid, "accepted", at, case_id=case_id)
            shutil.rmtree(self.staging_dir / sid, ignore_errors=True)
            return self._view(sid)

    def _next_case_id(self, year: int) -> str:
        (last,) = self._db.execute(
            "INSERT INTO sequences (year, last) VALUES (?, 1) "
            "ON CONFLICT(year) DO UPDATE SET last = last + 1 RETURNING last", (year,)
        ).fetchone()
        return f"BB-{year}-{int(last):06d}"

    def _write_case(self, case_id: str, row: dict[str, Any], metadata: dict[str, Any],
                    data: dict[str, Any], announced: list[str], at: str) -> None:
        tmp = self.cases_dir / f".tmp-{case_id}"
        staged = self.staging_dir / row["submission_id"] / announced[0] if announced else None
        if staged is not None and not staged.exists() and (tmp / "application.pdf").exists():
            os.rename(tmp / "application.pdf", staged)  # a crash interrupted the last attempt
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir()
        pdf_sha512 = hashlib.sha512(b"").hexdigest()
        if staged is not None:
            (digest,) = self._db.execute(
                "SELECT sha512 FROM attachments WHERE submission_id = ? AND attachment_id = ?",
                (row["submission_id"], announced[0])).fetchone()
            pdf_sha512 = digest
        record = {
            "case_id": case_id,
            "submission_id": row["submission_id"],
            "vorgangsnummer": data.get("vorgangsnummer"),
            "service_id": row["service_id"],
            "destination_id": row["destination_id"],
            "idempotency_key": row["idempotency_key"],
            "stored_at": at,
            "pdf_sha512": pdf_sha512,
            "submission_metadata": metadata,
            "metadata": data.get("metadata"),
        }
        _write_synced(tmp / "metadata.json",
                      json.dumps(record, ensure_ascii=False, indent=2).encode())
        if staged is not None:
            os.rename(staged, tmp / "application.pdf")  # fsynced when it was staged
        else:
            _write_synced(tmp / "application.pdf", b"")
        _fsync_dir(tmp)
        os.rename(tmp, self.cases_dir / case_id)
        _fsync_dir(self.cases_dir)

    def count_cases(self) -> int:
        with self._lock:
            (n,) = self._db.execute(
                "SELECT COUNT(*) FROM submissions WHERE status = ?", (ACCEPTED,)).fetchone()
        return int(n)


def _check_hashes(metadata: dict[str, Any], data_raw: bytes, announced: list[str],
                  received: dict[str, str]) -> str | None:
    """None if the metadata's hashes match the data and every attachment, else why not."""
    structure = metadata.get("content_structure")
    if not isinstance(structure, dict):
        return "metadata without content_structure"
    data_hash = structure.get("data", {}).get("hash", {}) if isinstance(
        structure.get("data"), dict) else {}
    if data_hash.get("type") != "sha512" or data_hash.get("content") != \
            hashlib.sha512(data_raw).hexdigest():
        return "hash of the data does not match the metadata"
    listed = {a.get("attachment_id"): a.get("hash", {}) for a in
              structure.get("attachments", []) if isinstance(a, dict)}
    if set(listed) != set(announced):
        return "metadata does not list exactly the announced attachments"
    for attachment_id, digest in received.items():
        entry = listed.get(attachment_id, {})
        if entry.get("type") != "sha512" or entry.get("content") != digest:
            return "hash of an attachment does not match the metadata"
    return None


def _write_synced(path: Path, data: bytes, *, replace: bool = False) -> None:
    with path.open("wb" if replace else "xb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
