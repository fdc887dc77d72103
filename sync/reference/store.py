"""Storage of the reference intake server: submissions, attachments, events, cases.

``<data_dir>/index.sqlite3`` (WAL, synchronous=FULL, shared by the HTTP front
and the case processor process) holds submissions, the hashes of received
attachments, the event log and the case number sequence.

The front stores what arrives *sealed*: each attachment's JWE as
``staging/<submission_id>/<attachment_id>.jwe`` and the completion body as
``staging/<submission_id>/complete.json`` (files fsynced before the commit that
records them), then answers: status "submitted". The case processor
(:mod:`sync.reference.processor`, its own process) decrypts, checks the hashes and
turns an accepted submission into a case directory::

    <data_dir>/cases/<case_id>/metadata.json
    <data_dir>/cases/<case_id>/application.pdf

written into a temporary directory first (files fsynced) and renamed into place
last. The case id is recorded (status "completing") before the directory is
written, so a processor that dies in between finishes the same case when it
starts again instead of creating a second one. Everything survives restarts.
Within a process, writes are serialised under one lock; between the two
processes, by SQLite (``BEGIN IMMEDIATE``, busy timeout).
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import threading
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sync.durable import fsync_dir, write_synced

KEY_FILE = "destination-key.jwk"  # the destination's private key (JWK, mode 0600)

ANNOUNCED = "announced"
SUBMITTED = "submitted"  # completion stored sealed; the processor has not decided yet
COMPLETING = "completing"  # internal: case id allocated, case directory being written
ACCEPTED = "accepted"
REJECTED = "rejected"
COMPLETE_FILE = "complete.json"


class Conflict(Exception):
    """Same idempotency key (or attachment) with different content (answered with 409)."""


class NotFound(Exception):
    """No such submission or attachment slot (answered with 404)."""


class Invalid(Exception):
    """The request cannot be accepted as it is (answered with 422)."""


def now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def undecided(rows: list[dict[str, Any]]) -> bool:
    """True while a submission of the case is submitted but not yet decided."""
    state: dict[str, str] = {}
    for row in rows:
        state[row["submission_id"]] = row["event"]
    return any(event == "submitted" for event in state.values())


def canonical_hash(value: Any) -> str:
    data = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(data.encode()).hexdigest()


class CaseStore:
    """Persistent state of the intake server; thread-safe (one lock) and multi-process."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.cases_dir = data_dir / "cases"
        self.staging_dir = data_dir / "staging"
        self.cases_dir.mkdir(parents=True, exist_ok=True)
        self.staging_dir.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(
            data_dir / "index.sqlite3", isolation_level=None, check_same_thread=False,
            timeout=30.0,
        )
        self._db.execute("PRAGMA busy_timeout=30000")
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(
            "CREATE TABLE IF NOT EXISTS submissions (submission_id TEXT PRIMARY KEY, "
            " idempotency_key TEXT NOT NULL UNIQUE, announce_sha256 TEXT NOT NULL, "
            " destination_id TEXT NOT NULL, service_id TEXT NOT NULL, "
            " attachments TEXT NOT NULL, status TEXT NOT NULL, complete_sha256 TEXT, "
            " complete_token_sha256 TEXT, "
            " case_id TEXT UNIQUE, reason TEXT, created_at TEXT NOT NULL);"
            "CREATE TABLE IF NOT EXISTS attachments (submission_id TEXT NOT NULL, "
            " attachment_id TEXT NOT NULL, token_sha256 TEXT NOT NULL, sha512 TEXT, "
            " PRIMARY KEY (submission_id, attachment_id));"
            "CREATE TABLE IF NOT EXISTS events (id INTEGER PRIMARY KEY, "
            " submission_id TEXT NOT NULL, event TEXT NOT NULL, at TEXT NOT NULL, "
            " case_id TEXT, reason TEXT);"
            "CREATE INDEX IF NOT EXISTS events_sub ON events(submission_id);"
            "CREATE INDEX IF NOT EXISTS submissions_status ON submissions(status);"
            "CREATE TABLE IF NOT EXISTS sequences (year INTEGER PRIMARY KEY, "
            " last INTEGER NOT NULL);"
        )
        columns = {r[1] for r in self._db.execute("PRAGMA table_info(submissions)")}
        if "case_ref" not in columns:  # a data folder of the /api/v1 stand-in
            self._db.execute("ALTER TABLE submissions ADD COLUMN case_ref TEXT")
            self._db.execute("ALTER TABLE submissions ADD COLUMN region TEXT")
        if "tags" not in {r[1] for r in self._db.execute("PRAGMA table_info(events)")}:
            self._db.execute("ALTER TABLE events ADD COLUMN tags TEXT")  # submit's JWE tags
        self._db.execute("CREATE INDEX IF NOT EXISTS submissions_case ON submissions(case_ref)")

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def _write(self) -> Any:
        """A write transaction: ``with self._write():`` (BEGIN IMMEDIATE … COMMIT)."""
        return _Immediate(self._db)

    # -- announce ----------------------------------------------------------------------

    def announce(self, destination_id: str, service_id: str, attachments: list[str],
                 region: str | None = None) -> dict[str, Any]:
        """Create a submission in a new case (FIT-Connect: every announce creates one)."""
        sid = str(uuid.uuid4())
        case_ref = str(uuid.uuid4())
        at = now_text()
        with self._lock, self._write():
            # idempotency_key: the column of the /api/v1 stand-in, unique; the id fills it.
            self._db.execute(
                "INSERT INTO submissions (submission_id, idempotency_key, announce_sha256, "
                "destination_id, service_id, attachments, status, created_at, case_ref, "
                "region) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (sid, sid, canonical_hash([destination_id, service_id, attachments]),
                 destination_id, service_id, json.dumps(attachments), ANNOUNCED, at,
                 case_ref, region))
            self.event(sid, "announced", at)
        with self._lock:
            return self._view(sid)

    def event(self, sid: str, event: str, at: str, case_id: str | None = None,
              reason: str | None = None, tags: dict[str, Any] | None = None) -> None:
        """Append to the event log (inside the caller's write transaction)."""
        self._db.execute("INSERT INTO events (submission_id, event, at, case_id, reason, tags) "
                         "VALUES (?, ?, ?, ?, ?, ?)", (sid, event, at, case_id, reason,
                                                       None if tags is None else json.dumps(tags)))

    def row(self, sid: str) -> dict[str, Any]:
        cur = self._db.execute("SELECT * FROM submissions WHERE submission_id = ?", (sid,))
        found = cur.fetchone()
        if found is None:
            raise NotFound
        return dict(zip([d[0] for d in cur.description], found, strict=True))

    def _view(self, sid: str) -> dict[str, Any]:
        row = self.row(sid)
        received = [r[0] for r in self._db.execute(
            "SELECT attachment_id FROM attachments WHERE submission_id = ? "
            "ORDER BY attachment_id", (sid,))]
        status = row["status"]
        view: dict[str, Any] = {
            "submission_id": sid,
            "case_ref": row["case_ref"],
            "destination_id": row["destination_id"],
            "service_id": row["service_id"],
            "status": SUBMITTED if status == COMPLETING else status,
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

    def case_events(self, case_ref: str) -> list[dict[str, Any]]:
        """Every event of the case's submissions, oldest first; NotFound for no such case."""
        with self._lock:
            sids = [r[0] for r in self._db.execute(
                "SELECT submission_id FROM submissions WHERE case_ref = ?", (case_ref,))]
            if not sids:
                raise NotFound
            marks = ", ".join("?" * len(sids))
            rows = self._db.execute(
                "SELECT id, submission_id, event, at, case_id, reason, tags "  # noqa: S608
                f"FROM events WHERE submission_id IN ({marks}) ORDER BY id", sids).fetchall()
        names = ("id", "submission_id", "event", "at", "case_id", "reason", "tags")
        found = [dict(zip(names, row, strict=True)) for row in rows]
        for row in found:
            row["tags"] = json.loads(row["tags"]) if row["tags"] else None
        return found

    # -- attachments (sealed) ------------------------------------------------------------

    def add_attachment(self, sid: str, attachment_id: str, token: bytes,
                       plaintext_sha512: Callable[[bytes], str]) -> None:
        """:meth:`keep_attachment` for a JWE in memory."""
        spooled = self.spool_file()
        write_synced(spooled, token)
        self.keep_attachment(sid, attachment_id, spooled, hashlib.sha256(token).hexdigest(),
                             plaintext_sha512)

    def spool_file(self) -> Path:
        """A new file name for a body read as a stream (``.incoming/``, mode 0700)."""
        folder = self.data_dir / ".incoming"
        folder.mkdir(mode=0o700, exist_ok=True)
        return folder / uuid.uuid4().hex

    def keep_attachment(self, sid: str, attachment_id: str, spooled: Path, token_hash: str,
                        plaintext_sha512: Callable[[bytes], str]) -> None:
        """Keep an attachment's JWE (``spooled``, fsynced, its SHA-256 ``token_hash``)
        unread; a repeat of the same content is fine. ``spooled`` is moved into place
        or deleted.

        A repeat whose JWE differs (a client re-encrypts after a lost answer) is
        decrypted with ``plaintext_sha512`` and compared with what is kept.
        """
        try:
            with self._lock:
                row = self.row(sid)
                if attachment_id not in json.loads(row["attachments"]):
                    raise NotFound
                existing = self._db.execute(
                    "SELECT token_sha256, sha512 FROM attachments WHERE submission_id = ? "
                    "AND attachment_id = ?", (sid, attachment_id)).fetchone()
                if existing is not None:
                    if existing[0] == token_hash:
                        return
                    kept = existing[1] or plaintext_sha512(
                        self.sealed_attachment(sid, attachment_id))
                    if plaintext_sha512(spooled.read_bytes()) != kept:
                        raise Conflict
                    return
                if row["status"] != ANNOUNCED:
                    raise Conflict
                folder = self.staging_dir / sid
                folder.mkdir(exist_ok=True)
                spooled.replace(folder / f"{attachment_id}.jwe")
                fsync_dir(folder)
                with self._write():
                    self._db.execute("INSERT INTO attachments VALUES (?, ?, ?, NULL)",
                                     (sid, attachment_id, token_hash))
                    self.event(sid, "attachment_received", now_text())
        finally:
            spooled.unlink(missing_ok=True)

    def sealed_attachment(self, sid: str, attachment_id: str) -> bytes:
        return (self.staging_dir / sid / f"{attachment_id}.jwe").read_bytes()

    # -- completion (sealed) -------------------------------------------------------------

    def submit(self, sid: str, body: bytes,
               content_hash: Callable[[bytes], str]) -> dict[str, Any]:
        """Keep the completion body unread, status "submitted"; returns the view.

        A repeat with a different body is decrypted (``content_hash``) and compared
        with the first: the same content gets the current status, other content 409.
        """
        token_hash = hashlib.sha256(body).hexdigest()
        with self._lock:
            row = self.row(sid)
            if row["status"] != ANNOUNCED:
                if row["complete_token_sha256"] != token_hash and \
                        content_hash(body) != self._first_content_hash(sid, row, content_hash):
                    raise Conflict
                return self._view(sid)
            announced = json.loads(row["attachments"])
            received = {r[0] for r in self._db.execute(
                "SELECT attachment_id FROM attachments WHERE submission_id = ?", (sid,))}
            missing = [a for a in announced if a not in received]
            if missing:
                raise Invalid(f"{len(missing)} announced attachment(s) not uploaded")
            folder = self.staging_dir / sid
            folder.mkdir(exist_ok=True)
            write_synced(folder / COMPLETE_FILE, body, replace=True)
            with self._write():
                self._db.execute(
                    "UPDATE submissions SET status = ?, complete_token_sha256 = ? "
                    "WHERE submission_id = ? AND status = ?", (SUBMITTED, token_hash, sid,
                                                               ANNOUNCED))
                self.event(sid, "submitted", now_text(),
                           tags=self._authentication_tags(sid, announced, body))
            return self._view(sid)

    def _authentication_tags(self, sid: str, announced: list[str],
                             body: bytes) -> dict[str, Any]:
        """The JWE authentication tags of a submission, as ``submit-submission`` names them
        (the body was checked to hold two compact JWEs)."""
        outer = json.loads(body)
        return {"metadata": _tag(outer["encryptedMetadata"]),
                "data": _tag(outer["encryptedData"]),
                "attachments": {aid: _tag(self.sealed_attachment(sid, aid).decode("ascii"))
                                for aid in announced}}

    def _first_content_hash(self, sid: str, row: dict[str, Any],
                            content_hash: Callable[[bytes], str]) -> str | None:
        """The content hash of the first completion: recorded by the processor, or computed."""
        if row["complete_sha256"] is not None:
            return str(row["complete_sha256"])
        try:
            return content_hash((self.staging_dir / sid / COMPLETE_FILE).read_bytes())
        except FileNotFoundError:  # processed in the meantime
            recorded = self.row(sid)["complete_sha256"]
            return None if recorded is None else str(recorded)

    # -- for the case processor ---------------------------------------------------------

    def pending(self) -> list[str]:
        """Submissions waiting for the processor, oldest first."""
        with self._lock:
            return [r[0] for r in self._db.execute(
                "SELECT submission_id FROM submissions WHERE status IN (?, ?) "
                "ORDER BY created_at, submission_id", (SUBMITTED, COMPLETING))]

    def row_of(self, sid: str) -> dict[str, Any]:
        with self._lock:
            return self.row(sid)

    def attachment_digests(self, sid: str) -> dict[str, str | None]:
        with self._lock:
            return dict(self._db.execute(
                "SELECT attachment_id, sha512 FROM attachments WHERE submission_id = ?",
                (sid,)).fetchall())

    def _set_digests(self, sid: str, digests: dict[str, str]) -> None:
        for attachment_id, sha512 in digests.items():
            self._db.execute("UPDATE attachments SET sha512 = ? WHERE submission_id = ? AND "
                             "attachment_id = ?", (sha512, sid, attachment_id))

    def decide(self, rejected: list[tuple[str, str, str | None, dict[str, str]]],
               opened: list[tuple[str, str, dict[str, str]]]) -> dict[str, str]:
        """One commit for a batch: record the rejections (sid, reason, content hash,
        digests) and allocate a case id, once, to each opened (sid, content hash,
        digests); the submissions become "completing". Returns sid -> case id."""
        case_ids: dict[str, str] = {}
        with self._lock, self._write():
            for sid, reason, content_hash, digests in rejected:
                self._set_digests(sid, digests)
                self._db.execute(
                    "UPDATE submissions SET status = ?, reason = ?, complete_sha256 = ? "
                    "WHERE submission_id = ?", (REJECTED, reason, content_hash, sid))
                self.event(sid, "rejected", now_text(), reason=reason)
            for sid, content_hash, digests in opened:
                self._set_digests(sid, digests)
                case_id = self.row(sid)["case_id"]
                if case_id is None:
                    year = datetime.now(UTC).year
                    (last,) = self._db.execute(
                        "INSERT INTO sequences (year, last) VALUES (?, 1) "
                        "ON CONFLICT(year) DO UPDATE SET last = last + 1 RETURNING last",
                        (year,)).fetchone()
                    case_id = f"BB-{year}-{int(last):06d}"
                    self._db.execute(
                        "UPDATE submissions SET status = ?, case_id = ?, complete_sha256 = ? "
                        "WHERE submission_id = ?", (COMPLETING, case_id, content_hash, sid))
                case_ids[sid] = str(case_id)
        return case_ids

    def accept(self, cases: dict[str, str]) -> None:
        """One commit: these submissions (sid -> case id) are accepted."""
        with self._lock, self._write():
            for sid, case_id in cases.items():
                self._db.execute("UPDATE submissions SET status = ? WHERE submission_id = ?",
                                 (ACCEPTED, sid))
                self.event(sid, "accepted", now_text(), case_id=case_id)

    def count_cases(self) -> int:
        with self._lock:
            (n,) = self._db.execute(
                "SELECT COUNT(*) FROM submissions WHERE status = ?", (ACCEPTED,)).fetchone()
        return int(n)


def _tag(token: str) -> str:
    """A compact JWE's authentication tag (its fifth part)."""
    return token.strip().split(".")[4]


class _Immediate:
    """``BEGIN IMMEDIATE`` on enter; COMMIT, or ROLLBACK on an exception, on exit."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *_rest: object) -> None:
        self._db.execute("ROLLBACK" if exc_type is not None else "COMMIT")


_CASE_RE = re.compile(r"BB-\d{4}-\d{6,}")


def stored_case(data_dir: Path, case_id: str) -> tuple[dict[str, Any], Path] | None:
    """The stored metadata and PDF path of a case, None if there is no such case."""
    if not _CASE_RE.fullmatch(case_id):
        return None
    case_dir = data_dir / "cases" / case_id
    try:
        metadata = json.loads((case_dir / "metadata.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    pdf_path = case_dir / "application.pdf"
    if not isinstance(metadata, dict) or not pdf_path.is_file():
        return None
    return metadata, pdf_path


def stored_cases(data_dir: Path) -> list[tuple[dict[str, Any], Path]]:
    """Every stored case (tests and benchmarks count deliveries with it)."""
    found = []
    cases = data_dir / "cases"
    if cases.is_dir():
        for entry in sorted(cases.iterdir()):
            case = stored_case(data_dir, entry.name)
            if case is not None:
                found.append(case)
    return found
