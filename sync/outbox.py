"""The outbox: applications waiting on this terminal to be sent to the case system.

SQLite (through sqlite-utils) in WAL mode with ``synchronous=FULL``, so an
application is on disk before :meth:`Outbox.enqueue` returns. Table ``outbox``
has one row per application: columns that are not personal (ids, states, times,
the Vorgangsnummer) stay in clear for status queries; the form answers are
sealed with the terminal key (AES-256-GCM), bound to the row's idempotency key.
The sealed PDF sits in ``outbox_pdf`` (same id), so that the state changes of a
delivery rewrite a small row only.

Threading: an :class:`Outbox` owns one ``sqlite3`` connection opened with the
default ``check_same_thread=True``, so each instance must be created and used
on one thread only. The GUI enqueues through a background job with its own
instance; the sync worker has its own. Several connections (threads or
processes) work on the same file at once thanks to WAL and a 5 s busy timeout.

After an item is sent, its sealed personal data is erased from the row; only the
clear bookkeeping columns remain (the central case system now holds the data).
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.base.errors import StorageError
from kiosk.base.i18n import N_, Message
from sync.crypto import load_or_create_key, seal, unseal
from sync.outbox_schema import ADDED_COLUMNS, create_schema, immediate, savepoint

if TYPE_CHECKING:
    import sqlite_utils

QUEUED = "queued"  # stored, not yet announced to the server
ANNOUNCED = "announced"  # the server gave a submission id
UPLOADING = "uploading"  # some attachments are on the server
COMPLETED = "completed"  # submission completed; the server's verdict is pending
CONFIRMED = "confirmed"  # the server's status says accepted, with a case id
FAILED = "failed"  # refused in a way retrying cannot fix; kept for the staff
STATES = (QUEUED, ANNOUNCED, UPLOADING, COMPLETED, CONFIRMED, FAILED)
ACTIVE = (QUEUED, ANNOUNCED, UPLOADING, COMPLETED)
# Names of the summary counts (and of the state the receipt shows).
SENDING = "sending"  # announced, uploading or completed
SUBMITTED = "submitted"  # completed: at FIT-Connect (submit-submission), not yet decided
SENT = "sent"  # confirmed: the subscriber accepted it (accept-submission)

TABLE = "outbox"  # also written literally in the SQL below
BUSY_TIMEOUT_S = 5.0

SAVE_FAILED = N_(
    "Sync",
    "This application could not be saved on the terminal. Nothing you saved before is lost. "
    "Please ask the staff at the counter.",
)
OPEN_FAILED = N_(
    "Sync",
    "The storage for applications on this terminal cannot be opened. Nothing saved before "
    "is lost. Please ask the staff at the counter.",
)
ACCESS_FAILED = N_(
    "Sync",
    "The storage for applications on this terminal cannot be used at the moment. "
    "Nothing saved before is lost. Please ask the staff at the counter.",
)


@dataclass(frozen=True)
class OutgoingApplication:
    """An application as handed to the outbox. ``metadata`` and ``pdf`` are personal data."""

    idempotency_key: str  # uuid4 hex, client-generated
    vorgangsnummer: str  # human reference shown on the receipt, not personal
    service_id: str  # e.g. "meldebescheinigung-einfach"
    metadata: dict[str, Any]  # JSON-able; CONTAINS PERSONAL DATA (form answers)
    pdf: bytes  # CONTAINS PERSONAL DATA

    def __repr__(self) -> str:  # keep personal data out of logs and tracebacks
        return (
            f"OutgoingApplication(vorgangsnummer={self.vorgangsnummer!r}, "
            f"service_id={self.service_id!r}, <personal data hidden>)"
        )


@dataclass(frozen=True)
class OutboxItem:
    """A waiting application, decrypted, as returned by :meth:`Outbox.next_due`."""

    id: int
    application: OutgoingApplication
    attempts: int
    created_at: float
    state: str = QUEUED
    submission_id: str | None = None
    uploaded: tuple[str, ...] = ()
    case_ref: str | None = None  # FIT-Connect's caseId (its event log is read by it)
    attachment_ids: tuple[str, ...] = ()  # announced with the submission (UUIDv4)
    sent_tags: str | None = None  # JSON, the tags of the JWEs sent (sync.delivery)
    # The destination it was announced to (None: not announced, or before this column).
    destination_id: str | None = None


@dataclass(frozen=True)
class OutboxStatus:
    queued: int
    sending: int  # announced + uploading + completed
    sent: int  # confirmed by the server
    failed: int
    oldest_waiting_age_s: float | None  # age of oldest item not yet confirmed/failed
    by_state: tuple[tuple[str, int], ...] = ()
    purged: int = 0  # confirmed items whose personal data is already erased

    @property
    def submitted(self) -> int:
        """Of :attr:`sending`: at FIT-Connect, the office's subscriber has not decided."""
        return dict(self.by_state).get(COMPLETED, 0)

    def to_json(self) -> dict[str, Any]:
        return {
            "queued": self.queued,
            "sending": self.sending,
            "submitted": self.submitted,
            "sent": self.sent,
            "accepted": self.sent,
            "failed": self.failed,
            "oldest_waiting_age_s": self.oldest_waiting_age_s,
            "by_state": dict(self.by_state),
            "purged": self.purged,
        }


EMPTY_STATUS = OutboxStatus(0, 0, 0, 0, None, tuple((s, 0) for s in STATES), 0)


@contextmanager
def _storage_errors(message: Message, action: str) -> Iterator[None]:
    """Turn SQLite and OS errors into StorageError (detail: technical, no personal data)."""
    try:
        yield
    except (sqlite3.DatabaseError, OSError) as exc:  # OperationalError is a DatabaseError
        raise StorageError(message, detail=f"outbox {action}: {type(exc).__name__}: {exc}") \
            from exc


_NEXT_DUE = (
    "SELECT id FROM outbox INDEXED BY outbox_active "
    "WHERE state IN ('queued', 'announced', 'uploading', 'completed') "
    "AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT 1"
)
_NEXT_VERDICT_DUE = (
    "SELECT id FROM outbox INDEXED BY outbox_active "
    "WHERE state IN ('queued', 'announced', 'uploading', 'completed') "
    "AND state = 'completed' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT 1"
)

_ITEM_QUERY = ("SELECT o.*, p.pdf_sealed AS pdf_blob FROM outbox o "
               "LEFT JOIN outbox_pdf p ON p.id = o.id WHERE o.id = ?")

_COLUMNS = frozenset({
    "state", "attempts", "next_attempt_at", "case_id", "last_error", "metadata_sealed",
    "pdf_sealed", *ADDED_COLUMNS,
})


def _aad(idempotency_key: str, part: str) -> bytes:
    return f"buergerbuero-outbox|{idempotency_key}|{part}".encode()


class Outbox:
    """Durable, encrypted queue of applications. One instance per thread (see module doc)."""

    def __init__(
        self,
        db_path: Path,
        key_path: Path,
        *,
        recover_interrupted: bool = True,
        connection_factory: type[sqlite3.Connection] = sqlite3.Connection,
    ) -> None:
        """Open (creating as needed) the database and the terminal key.

        ``recover_interrupted``: put items left in "sending" by a crash back to
        "queued" (safe: the protocol is idempotent). ``connection_factory`` is a
        seam for tests that need to inject SQLite failures.
        """
        import sqlite_utils


        self._key = load_or_create_key(key_path)
        with _storage_errors(OPEN_FAILED, "open"):
            db_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            conn = sqlite3.connect(
                db_path,
                timeout=BUSY_TIMEOUT_S,
                isolation_level=None,  # autocommit: each statement is its own durable commit
                factory=connection_factory,
            )
            opened = False
            try:
                self._db = sqlite_utils.Database(conn, execute_plugins=False)
                self._db.execute("PRAGMA journal_mode=WAL")
                self._db.execute("PRAGMA synchronous=FULL")
                create_schema(self._db)
                if recover_interrupted:
                    # Rows from the first outbox version: "sending" was a transient state.
                    self._db.execute("UPDATE outbox SET state = ? WHERE state = 'sending'",
                                     [QUEUED])
                    self._db.execute("UPDATE outbox SET state = ? WHERE state = 'sent'",
                                     [CONFIRMED])
                opened = True
            finally:
                if not opened:
                    conn.close()

    # -- writing -----------------------------------------------------------------------

    def enqueue(self, app: OutgoingApplication) -> int:
        """Store ``app`` durably (committed with synchronous=FULL) and return its row id.

        Enqueueing the same idempotency key again returns the existing row id.
        """

        with _storage_errors(SAVE_FAILED, "enqueue"):
            metadata = json.dumps(app.metadata, ensure_ascii=False, separators=(",", ":"))
            now = time.time()
            record = {
                "idempotency_key": app.idempotency_key,
                "vorgangsnummer": app.vorgangsnummer,
                "service_id": app.service_id,
                "created_at": now,
                "state": QUEUED,
                "attempts": 0,
                "next_attempt_at": now,
                "case_id": None,
                "last_error": None,
                "metadata_sealed": seal(
                    self._key, metadata.encode(), _aad(app.idempotency_key, "metadata")
                ),
                "pdf_sealed": None,  # in outbox_pdf
            }
            pdf_sealed = seal(self._key, app.pdf, _aad(app.idempotency_key, "pdf"))
            try:
                with self._both_or_neither():
                    pk = self._db.table(TABLE).insert(record).last_pk
                    self._db.execute("INSERT INTO outbox_pdf (id, pdf_sealed) VALUES (?, ?)",
                                     [pk, pdf_sealed])
            except sqlite3.IntegrityError:
                existing = self._row_id_for_key(app.idempotency_key)
                if existing is None:
                    raise
                return existing
            assert isinstance(pk, int)
            return pk

    def _both_or_neither(self) -> AbstractContextManager[None]:
        """One durable commit (BEGIN IMMEDIATE), or a savepoint in a caller's transaction."""
        if self._db.conn.in_transaction:
            return savepoint(self._db, "enqueue")
        return immediate(self._db)

    def _row_id_for_key(self, idempotency_key: str) -> int | None:
        rows = list(self._db.query(
            "SELECT id FROM outbox WHERE idempotency_key = ?", [idempotency_key]
        ))
        return int(rows[0]["id"]) if rows else None

    def _update(self, item_id: int, action: str, **changes: Any) -> None:
        # Plain SQL: the column names are ours (keyword names below), values are bound.
        assignments = ", ".join(f"{name} = ?" for name in changes if name in _COLUMNS)
        if len(changes) != assignments.count("?"):
            raise ValueError("unknown outbox column")
        with _storage_errors(ACCESS_FAILED, action):
            self._db.execute(
                "UPDATE outbox SET " + assignments + " WHERE id = ?",  # noqa: S608 - see above
                [*changes.values(), item_id],
            )

    def mark_announced(self, item_id: int, submission_id: str, case_ref: str,
                       attachment_ids: list[str], sent_tags: str | None = None,
                       destination_id: str | None = None) -> None:
        """The service created ``submission_id`` in case ``case_ref`` for these attachment
        ids; stored at once (one commit, with the tags of the JWEs about to be sent):
        from now on it is never announced again."""
        self._update(item_id, "mark_announced", state=ANNOUNCED, submission_id=submission_id,
                     case_ref=case_ref, attachment_ids=json.dumps(attachment_ids),
                     uploaded=None, sent_tags=sent_tags, destination_id=destination_id)

    def note_sent_tags(self, item_id: int, tags: str) -> None:
        """The authentication tags of the JWEs about to be sent (JSON, before the PUT)."""
        self._update(item_id, "note_sent_tags", sent_tags=tags)

    def mark_uploading(self, item_id: int, uploaded: list[str]) -> None:
        """The server acknowledged these attachments."""
        self._update(item_id, "mark_uploading", state=UPLOADING,
                     uploaded=json.dumps(sorted(uploaded)))

    def mark_completed(self, item_id: int, next_check_at: float) -> None:
        """The server acknowledged the completion; its verdict is read at ``next_check_at``.

        ``attempts`` starts again at 0: from now on it counts verdict reads, whose
        spacing grows with it (earlier network trouble must not slow them down)."""
        self._update(item_id, "mark_completed", state=COMPLETED, next_attempt_at=next_check_at,
                     attempts=0)

    def mark_confirmed(self, item_id: int, case_id: str) -> None:
        """The server's status says accepted. Personal data stays until the retention ends."""
        self._update(item_id, "mark_confirmed", state=CONFIRMED, case_id=case_id,
                     last_error=None, confirmed_at=time.time())

    def forget_submission(self, item_id: int, reason: str | None = None) -> None:
        """The service does not know our submission (expired unfinished, or its data was
        reset) and never got it submitted. With ``reason`` the item fails for staff (their
        ``queue retry`` announces anew); without, it is queued again at once."""
        self._update(item_id, "forget_submission", state=FAILED if reason else QUEUED,
                     submission_id=None, case_ref=None, attachment_ids=None, uploaded=None,
                     sent_tags=None, destination_id=None,
                     **({"last_error": reason[:500]} if reason else {}))

    def mark_check_later(self, item_id: int, next_check_at: float) -> None:
        """Completed, still no verdict: read the status again at ``next_check_at``."""
        with _storage_errors(ACCESS_FAILED, "mark_check_later"):
            self._db.execute(
                "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ? WHERE id = ?",
                [next_check_at, item_id],
            )

    def mark_retry(self, item_id: int, error: str, next_attempt_at: float) -> None:
        """Try again at ``next_attempt_at``, in the same state (progress is kept).

        ``error``: technical text, no personal data.
        """
        with _storage_errors(ACCESS_FAILED, "mark_retry"):
            self._db.execute(
                "UPDATE outbox SET attempts = attempts + 1, last_error = ?, "
                "next_attempt_at = ? WHERE id = ?",
                [error[:500], next_attempt_at, item_id],
            )

    def mark_failed(self, item_id: int, reason: str) -> None:
        """Give up on an item; it is kept (with its data) for staff to handle."""
        self._update(item_id, "mark_failed", state=FAILED, last_error=reason[:500])

    def retry_failed(self, item_id: int | None = None) -> int:
        """Put failed items (one, or all with None) back in line; returns how many."""
        with _storage_errors(ACCESS_FAILED, "retry_failed"):
            cursor = self._db.execute(
                "UPDATE outbox SET state = CASE WHEN submission_id IS NULL THEN ? ELSE ? END, "
                "attempts = 0, next_attempt_at = ? WHERE state = ? AND (? IS NULL OR id = ?)",
                [QUEUED, ANNOUNCED, time.time(), FAILED, item_id, item_id],
            )
            return int(cursor.rowcount)

    def make_due_now(self) -> int:
        """Every unfinished item becomes due now (the network came back)."""
        with _storage_errors(ACCESS_FAILED, "make_due_now"):
            now = time.time()
            cursor = self._db.execute(
                "UPDATE outbox SET next_attempt_at = ? WHERE state IN (?, ?, ?, ?) "
                "AND next_attempt_at > ?", [now, *ACTIVE, now])
            return int(cursor.rowcount)

    def purge_confirmed(self, retention_s: float, now: float | None = None) -> int:
        """Erase the personal data of items confirmed more than ``retention_s`` ago.

        The clear bookkeeping columns stay for statistics. Returns how many were purged.
        """
        now = time.time() if now is None else now
        with _storage_errors(ACCESS_FAILED, "purge_confirmed"):
            with immediate(self._db):
                self._db.execute(
                    "DELETE FROM outbox_pdf WHERE id IN (SELECT id FROM outbox WHERE state = ? "
                    "AND purged_at IS NULL AND confirmed_at <= ?)", [CONFIRMED, now - retention_s])
                cursor = self._db.execute(
                    "UPDATE outbox SET metadata_sealed = NULL, pdf_sealed = NULL, purged_at = ? "
                    "WHERE state = ? AND purged_at IS NULL AND confirmed_at <= ?",
                    [now, CONFIRMED, now - retention_s],
                )
            return int(cursor.rowcount)

    def purge_item(self, item_id: int, now: float | None = None) -> bool:
        """Erase one confirmed item's personal data now (no retention period)."""
        now = time.time() if now is None else now
        with _storage_errors(ACCESS_FAILED, "purge_item"):
            with immediate(self._db):
                cursor = self._db.execute(
                    "UPDATE outbox SET metadata_sealed = NULL, pdf_sealed = NULL, purged_at = ? "
                    "WHERE id = ? AND state = ? AND purged_at IS NULL", [now, item_id, CONFIRMED])
                if cursor.rowcount:
                    self._db.execute("DELETE FROM outbox_pdf WHERE id = ?", [item_id])
            return bool(cursor.rowcount)

    # -- reading -----------------------------------------------------------------------

    def next_due(self, now: float, *, verdicts_only: bool = False) -> OutboxItem | None:
        """The oldest unfinished item whose ``next_attempt_at <= now``, decrypted.

        ``verdicts_only``: only completed items (waiting for the server's verdict).

        An item that cannot be decrypted is marked failed (so it does not block the
        queue) and StorageError is raised; the next call moves on.
        """
        with _storage_errors(ACCESS_FAILED, "next_due"):
            # Walks the partial index outbox_active in order: no sort, no matter how long
            # the queue is (the state list must be written literally for SQLite to use it).
            query = _NEXT_VERDICT_DUE if verdicts_only else _NEXT_DUE
            found = self._db.execute(query, [now]).fetchone()
            if found is None:
                return None
            rows = list(self._db.query(_ITEM_QUERY, [found[0]]))
        if not rows:
            return None
        return self._decrypt_row(rows[0])

    def item(self, item_id: int) -> OutboxItem:
        """One item with its personal data decrypted (for export); StorageError if gone."""
        with _storage_errors(ACCESS_FAILED, "item"):
            rows = list(self._db.query(_ITEM_QUERY, [item_id]))
        if not rows:
            raise StorageError(ACCESS_FAILED, detail=f"no outbox item {item_id}")
        return self._decrypt_row(rows[0], mark_failed=False)

    def _decrypt_row(self, row: dict[str, Any], *, mark_failed: bool = True) -> OutboxItem:
        key = str(row["idempotency_key"])
        try:
            if row["metadata_sealed"] is None or row["pdf_blob"] is None:
                raise StorageError(ACCESS_FAILED, detail="item without sealed data (purged)")
            metadata = json.loads(
                unseal(self._key, row["metadata_sealed"], _aad(key, "metadata")).decode()
            )
            pdf = unseal(self._key, row["pdf_blob"], _aad(key, "pdf"))
        except StorageError as exc:
            if mark_failed:
                self.mark_failed(int(row["id"]), f"cannot decrypt: {exc.detail}")
            raise
        app = OutgoingApplication(
            idempotency_key=key,
            vorgangsnummer=str(row["vorgangsnummer"]),
            service_id=str(row["service_id"]),
            metadata=metadata,
            pdf=pdf,
        )
        uploaded = json.loads(row["uploaded"]) if row.get("uploaded") else []
        announced = json.loads(row["attachment_ids"]) if row.get("attachment_ids") else []
        return OutboxItem(int(row["id"]), app, int(row["attempts"]), float(row["created_at"]),
                          str(row["state"]), row.get("submission_id"), tuple(uploaded),
                          row.get("case_ref"), tuple(announced), row.get("sent_tags"),
                          row.get("destination_id"))

    def list_items(self, states: tuple[str, ...] = STATES,
                   limit: int = 1000) -> list[dict[str, Any]]:
        """Bookkeeping of items (no personal data), newest first."""
        with _storage_errors(ACCESS_FAILED, "list_items"):
            return [dict(row) for row in self._db.query(
                "SELECT id, vorgangsnummer, service_id, state, attempts, created_at, "
                "next_attempt_at, submission_id, case_id, last_error, confirmed_at, purged_at "
                "FROM outbox WHERE state IN (SELECT value FROM json_each(?)) "
                "ORDER BY id DESC LIMIT ?",
                [json.dumps(list(states)), limit])]

    def next_wakeup(self) -> float | None:
        """The earliest ``next_attempt_at`` among queued items, None if nothing is queued."""
        with _storage_errors(ACCESS_FAILED, "next_wakeup"):
            rows = list(self._db.query(
                "SELECT MIN(next_attempt_at) AS t FROM outbox WHERE state IN (?, ?, ?, ?)",
                [*ACTIVE]
            ))
        value = rows[0]["t"] if rows else None
        return None if value is None else float(value)

    def status(self) -> OutboxStatus:
        with _storage_errors(ACCESS_FAILED, "status"):
            return _status_of(self._db.conn, time.time())

    def state_of(self, vorgangsnummer: str) -> tuple[str, str | None] | None:
        """(state, case_id) of the newest item with this Vorgangsnummer, None if unknown.

        The state is one of :data:`STATES`.
        """
        with _storage_errors(ACCESS_FAILED, "state_of"):
            rows = list(self._db.query(
                "SELECT state, case_id FROM outbox WHERE vorgangsnummer = ? "
                "ORDER BY id DESC LIMIT 1",
                [vorgangsnummer],
            ))
        if not rows:
            return None
        case_id = rows[0]["case_id"]
        return str(rows[0]["state"]), None if case_id is None else str(case_id)

    def close(self) -> None:
        with _storage_errors(ACCESS_FAILED, "close"):
            self._db.conn.close()

    def __enter__(self) -> Outbox:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def database(self) -> sqlite_utils.Database:
        """The underlying database (for diagnostics and tests)."""
        return self._db


def _status_of(conn: sqlite3.Connection, now: float) -> OutboxStatus:
    counts = dict.fromkeys(STATES, 0)
    for state, count in conn.execute("SELECT state, COUNT(*) FROM outbox GROUP BY state"):
        if state in counts:
            counts[state] = int(count)
    (oldest,) = conn.execute(
        "SELECT MIN(created_at) FROM outbox WHERE state IN (?, ?, ?, ?)", ACTIVE
    ).fetchone()
    (purged,) = conn.execute("SELECT COUNT(*) FROM outbox WHERE purged_at IS NOT NULL") \
        .fetchone() if _has_column(conn, "purged_at") else (0,)
    age = None if oldest is None else max(0.0, now - float(oldest))
    sending = counts[ANNOUNCED] + counts[UPLOADING] + counts[COMPLETED]
    return OutboxStatus(counts[QUEUED], sending, counts[CONFIRMED], counts[FAILED], age,
                        tuple(counts.items()), int(purged))


def _has_column(conn: sqlite3.Connection, name: str) -> bool:
    return any(row[1] == name for row in conn.execute("PRAGMA table_info(outbox)"))


def read_status(db_path: Path) -> OutboxStatus:
    """Status of the outbox at ``db_path`` without creating or changing anything.

    A missing database is an empty outbox. Needs no key (only clear columns are read)
    and does not touch items in "sending" (the worker may be sending them right now).
    """
    if not db_path.exists():
        return EMPTY_STATUS
    with _storage_errors(ACCESS_FAILED, "read_status"):
        conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=rw", uri=True,
                               timeout=BUSY_TIMEOUT_S)
        try:
            has_table = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)
            ).fetchone()
            if not has_table:
                return EMPTY_STATUS
            return _status_of(conn, time.time())
        finally:
            conn.close()


def failure_reasons(db_path: Path, limit: int = 20) -> list[tuple[str, int]]:
    """Why items failed: (reason, how many), most frequent first; reads clear columns only
    (no key, nothing created), like :func:`read_status`."""
    if not db_path.exists():
        return []
    with _storage_errors(ACCESS_FAILED, "failure_reasons"):
        conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=rw", uri=True,
                               timeout=BUSY_TIMEOUT_S)
        try:
            if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND "
                                "name = ?", (TABLE,)).fetchone():
                return []
            rows = conn.execute(
                "SELECT COALESCE(last_error, ''), COUNT(*) FROM outbox WHERE state = ? "
                "GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?", (FAILED, limit)).fetchall()
        finally:
            conn.close()
    return [(str(reason), int(count)) for reason, count in rows]


def staff_overview(db_path: Path, key_path: Path,
                   limit: int = 50) -> tuple[OutboxStatus, list[dict[str, Any]]]:
    """Counts and the failed items (no personal data) for the kiosk's staff screen."""
    if not db_path.exists():
        return EMPTY_STATUS, []
    outbox = Outbox(db_path, key_path, recover_interrupted=False)
    try:
        return outbox.status(), outbox.list_items((FAILED,), limit)
    finally:
        outbox.close()


def retry_all_failed(db_path: Path, key_path: Path) -> int:
    """Put every failed item back in line (the staff screen's button)."""
    outbox = Outbox(db_path, key_path, recover_interrupted=False)
    try:
        return outbox.retry_failed()
    finally:
        outbox.close()
