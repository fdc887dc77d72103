"""The statistics file: one row per session, under the data directory (SQLite).

Written by the kiosk on its own ``stats`` thread (``ui.statistics``), read by
``buergerbuero stats report`` and ``buergerbuero metrics``. Each row is what
``SessionFacts`` holds: no Vorgangsnummer, no answer, no name, the hour only; the
row ids are random. A database error while writing is logged by the caller and costs
that session's figures, never the citizen's session.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from kiosk.base.errors import StorageError
from kiosk.base.i18n import N_
from kiosk.stats.feedback import check_answer
from kiosk.stats.session import SessionFacts

FILE_NAME = "stats.sqlite3"
UNREADABLE = N_("Stats", "The statistics file {path} cannot be read.")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    id INTEGER PRIMARY KEY,       -- random, not in the order of time
    hour TEXT NOT NULL,           -- local hour the session began: YYYY-MM-DDTHH
    service TEXT,                 -- the service's id (none: left before choosing one)
    language TEXT NOT NULL,
    completed INTEGER NOT NULL,   -- 1: the receipt was shown
    end_reason TEXT NOT NULL,     -- finished, cancelled, timeout
    stopped_at TEXT,              -- the step an abandoned session stopped at
    identification TEXT,          -- typed, chip-bac, chip-pace, eid, visual_check
    payment TEXT,                 -- the payment method
    modes TEXT NOT NULL,          -- JSON list: larger_text, high_contrast, voice
    steps TEXT NOT NULL,          -- JSON object: step name -> whole seconds
    errors TEXT NOT NULL,         -- JSON object: message id -> times shown
    sync_latency_s REAL,          -- queued to confirmed by the intake server
    satisfaction INTEGER,         -- 1 … 5
    reason TEXT                   -- one of the feedback's reasons
);
CREATE INDEX IF NOT EXISTS sessions_hour ON sessions (hour);
"""


def stats_path(data_dir: Path) -> Path:
    return data_dir / FILE_NAME


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=10)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.executescript(_SCHEMA)
    return conn


def save(path: Path, facts: SessionFacts) -> None:
    """Insert (or replace) one session's row."""
    with closing(_connect(path)) as conn, conn:
        conn.execute(
            "INSERT OR REPLACE INTO sessions VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (facts.id, facts.hour, facts.service, facts.language, int(facts.completed),
             facts.end_reason, facts.stopped_at, facts.identification, facts.payment,
             json.dumps(sorted(facts.modes)), json.dumps(facts.steps),
             json.dumps(facts.errors, sort_keys=True), facts.sync_latency_s,
             facts.satisfaction, facts.reason))


def rate(path: Path, session_id: int, score: int, reason: str | None) -> None:
    """The answer to the question after a session that was already saved."""
    check_answer(score, reason)
    with closing(_connect(path)) as conn, conn:
        conn.execute("UPDATE sessions SET satisfaction = ?, reason = ? WHERE id = ?",
                     (score, reason, session_id))


def confirmed(path: Path, session_id: int, latency_s: float) -> None:
    """The intake server confirmed the session's application ``latency_s`` after queueing."""
    with closing(_connect(path)) as conn, conn:
        conn.execute("UPDATE sessions SET sync_latency_s = ? WHERE id = ?",
                     (round(latency_s, 1), session_id))


@contextmanager
def _reading(path: Path) -> Iterator[sqlite3.Connection | None]:
    if not path.exists():
        yield None
        return
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
    except sqlite3.Error as exc:
        raise StorageError(UNREADABLE.format(path=str(path)), detail=str(exc)) from exc
    try:
        yield conn
    finally:
        conn.close()


def load(path: Path, first: date | None = None, last: date | None = None) -> list[SessionFacts]:
    """The sessions that began from ``first`` to ``last`` (both days included)."""
    clauses, params = [], []
    if first is not None:
        clauses.append("hour >= ?")
        params.append(first.isoformat())
    if last is not None:
        clauses.append("hour < ?")
        params.append((last + timedelta(days=1)).isoformat())
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    with _reading(path) as conn:
        if conn is None:
            return []
        try:
            rows = conn.execute(f"SELECT * FROM sessions{where} ORDER BY hour",  # noqa: S608
                                params).fetchall()  # the clauses are ours, values bound
        except sqlite3.Error as exc:
            raise StorageError(UNREADABLE.format(path=str(path)), detail=str(exc)) from exc
    return [_facts(row) for row in rows]


def _facts(row: tuple[Any, ...]) -> SessionFacts:
    (id_, hour, service, language, completed, end_reason, stopped_at, identification,
     payment, modes, steps, errors, latency, satisfaction, reason) = row
    return SessionFacts(id=id_, hour=hour, language=language, service=service,
                        completed=bool(completed), end_reason=end_reason,
                        stopped_at=stopped_at, identification=identification, payment=payment,
                        modes=set(json.loads(modes)), steps=dict(json.loads(steps)),
                        errors=dict(json.loads(errors)), sync_latency_s=latency,
                        satisfaction=satisfaction, reason=reason)
