"""The payment ledger: every payment, every step of it, durably (SQLite, synchronous=FULL).

A card payment is written before each step and after each answer of the terminal:
``requested`` → ``authorising`` (before ``06 01`` is sent) → ``authorised`` (right
after the approval was acknowledged, with trace and receipt number) or
``failed``; later ``reversed``. Recovery (``kiosk.payment.card``) looks for rows
left in ``requested``/``authorising`` by a kiosk that died. The other ways to pay
are one row each (``recorded``: transfer pending, at the counter, exemption
claimed; a paypage goes ``created`` → ``paid``/``failed``).

The same database holds the *parked* application (``kiosk.payment.parking``):
sealed, from "Submit" until it is in the outbox with its payment, and the
merchant copies and end-of-day reports the office keeps. Rows hold the
Vorgangsnummer and the Kassenzeichen, never a name.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Final

from forms.payment import PaymentInfo
from kiosk.base.errors import StorageError
from kiosk.base.i18n import N_

SCHEMA: Final = """
CREATE TABLE IF NOT EXISTS payments (
    id INTEGER PRIMARY KEY,
    vorgangsnummer TEXT NOT NULL,
    reference TEXT NOT NULL,
    method TEXT NOT NULL,
    amount_cents INTEGER NOT NULL,
    currency TEXT NOT NULL DEFAULT 'EUR',
    state TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'not_paid',
    trace_number INTEGER,
    receipt_number INTEGER,
    terminal_id TEXT,
    card_name TEXT,
    transaction_id TEXT,
    result_code INTEGER,
    exemption TEXT,
    detail TEXT,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    paid_at TEXT,
    stored_at REAL,
    settled_at REAL
);
CREATE INDEX IF NOT EXISTS payments_vorgang ON payments (vorgangsnummer);
CREATE TABLE IF NOT EXISTS receipts (
    payment_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    lines TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS parked (
    vorgangsnummer TEXT PRIMARY KEY,
    idempotency_key TEXT NOT NULL,
    sealed BLOB NOT NULL,
    parked_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS end_of_day (
    id INTEGER PRIMARY KEY,
    at REAL NOT NULL,
    total_cents INTEGER NOT NULL,
    count INTEGER NOT NULL,
    ledger_total_cents INTEGER NOT NULL,
    ledger_count INTEGER NOT NULL,
    lines TEXT NOT NULL
);
"""
OPEN_CARD_STATES: Final = ("requested", "authorising")
LEDGER_FAILED: Final = N_(
    "Payment", "The payment record of this terminal cannot be written. Nothing was charged; "
    "please pay at the counter and tell the staff.")


@dataclass(frozen=True)
class Payment:
    id: int
    vorgangsnummer: str
    reference: str
    method: str
    amount_cents: int
    state: str
    status: str
    trace_number: int | None
    receipt_number: int | None
    transaction_id: str | None
    card_name: str | None
    exemption: str | None
    paid_at: str | None
    stored_at: float | None
    result_code: int | None

    def info(self) -> PaymentInfo:
        return PaymentInfo(method=self.method, status=self.status,
                           amount_cents=self.amount_cents, reference=self.reference,
                           transaction_id=self.transaction_id or "",
                           trace_number=self.trace_number, receipt_number=self.receipt_number,
                           card_name=self.card_name or "", paid_at=self.paid_at or "",
                           exemption=self.exemption or "")

    def as_json(self) -> dict[str, Any]:
        """For staff listings: the Vorgangsnummer, never personal data."""
        return {"id": self.id, "vorgangsnummer": self.vorgangsnummer,
                "reference": self.reference, "method": self.method,
                "amount_cents": self.amount_cents, "state": self.state, "status": self.status,
                "trace_number": self.trace_number, "receipt_number": self.receipt_number,
                "transaction_id": self.transaction_id, "paid_at": self.paid_at,
                "stored": self.stored_at is not None}


_COLUMNS: Final = ("id", "vorgangsnummer", "reference", "method", "amount_cents", "state",
                   "status", "trace_number", "receipt_number", "transaction_id", "card_name",
                   "exemption", "paid_at", "stored_at", "result_code")


class Ledger:
    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, timeout=10.0, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.executescript(SCHEMA)
        except (sqlite3.Error, OSError) as exc:
            raise StorageError(LEDGER_FAILED, detail=f"open ledger: {exc}") from exc

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One committed step (BEGIN IMMEDIATE … COMMIT, fsynced)."""
        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except Exception:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
        except sqlite3.Error as exc:
            raise StorageError(LEDGER_FAILED, detail=f"ledger: {exc}") from exc

    # -- writing ---------------------------------------------------------------
    def create(self, vorgangsnummer: str, reference: str, method: str, amount_cents: int, *,
               state: str, status: str = "not_paid", exemption: str = "",
               transaction_id: str = "") -> int:
        now = time.time()
        with self.transaction() as db:
            cur = db.execute(
                "INSERT INTO payments (vorgangsnummer, reference, method, amount_cents, state, "
                "status, exemption, transaction_id, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (vorgangsnummer, reference, method, amount_cents, state, status, exemption or None,
                 transaction_id or None, now, now))
            assert cur.lastrowid is not None
            return cur.lastrowid

    def update(self, payment_id: int, **changes: Any) -> None:
        changes["updated_at"] = time.time()
        sets = ", ".join(f"{k} = ?" for k in changes)
        with self.transaction() as db:
            db.execute(f"UPDATE payments SET {sets} WHERE id = ?",  # noqa: S608 - our column names
                       (*changes.values(), payment_id))

    def authorised(self, payment_id: int, *, trace_number: int | None,
                   receipt_number: int | None, terminal_id: str | None,
                   card_name: str | None, transaction_id: str) -> None:
        self.update(payment_id, state="authorised", status="paid", trace_number=trace_number,
                    receipt_number=receipt_number, terminal_id=terminal_id, card_name=card_name,
                    transaction_id=transaction_id,
                    paid_at=datetime.now().astimezone().isoformat(timespec="seconds"))

    def failed(self, payment_id: int, *, result_code: int | None = None, detail: str = "") -> None:
        self.update(payment_id, state="failed", status="not_paid", result_code=result_code,
                    detail=detail[:200])

    def add_receipts(self, payment_id: int, receipts: list[tuple[str, tuple[str, ...]]]) -> None:
        """The terminal's receipts of one payment (kind, lines), in one commit."""
        if not receipts:
            return
        with self.transaction() as db:
            db.executemany("INSERT INTO receipts (payment_id, kind, lines) VALUES (?, ?, ?)",
                           [(payment_id, kind, json.dumps(list(lines), ensure_ascii=False))
                            for kind, lines in receipts])

    # -- reading -------------------------------------------------------------------
    def _rows(self, where: str, args: tuple[Any, ...] = ()) -> list[Payment]:
        try:
            rows = self._db.execute(
                f"SELECT {', '.join(_COLUMNS)} FROM payments WHERE {where} "  # noqa: S608
                "ORDER BY id", args).fetchall()
        except sqlite3.Error as exc:
            raise StorageError(LEDGER_FAILED, detail=f"ledger read: {exc}") from exc
        return [Payment(*row) for row in rows]

    def get(self, payment_id: int) -> Payment:
        return self._rows("id = ?", (payment_id,))[0]

    def all(self) -> list[Payment]:
        return self._rows("1 = 1")

    def for_application(self, vorgangsnummer: str) -> list[Payment]:
        return self._rows("vorgangsnummer = ?", (vorgangsnummer,))

    def open_card_payments(self) -> list[Payment]:
        return self._rows("method = 'card' AND state IN ('requested', 'authorising')")

    def trace_known(self, trace_number: int) -> bool:
        return bool(self._rows("method = 'card' AND trace_number = ?", (trace_number,)))

    def orphans(self) -> list[Payment]:
        """Authorised card payments whose application is neither parked nor stored."""
        return self._rows("method = 'card' AND state = 'authorised' AND stored_at IS NULL "
                          "AND vorgangsnummer NOT IN (SELECT vorgangsnummer FROM parked)")

    def receipts(self, payment_id: int) -> dict[str, tuple[str, ...]]:
        rows = self._db.execute("SELECT kind, lines FROM receipts WHERE payment_id = ?",
                                (payment_id,)).fetchall()
        return {kind: tuple(json.loads(lines)) for kind, lines in rows}

    def final_payment(self, vorgangsnummer: str, amount_cents: int,
                      reference: str) -> PaymentInfo | None:
        """What the application says about its fee; None while a card payment is open.

        Paid only for an authorised (not reversed) card payment or a confirmed paypage;
        else the last recorded other way; else "not paid".
        """
        rows = self.for_application(vorgangsnummer)
        if any(p.method == "card" and p.state in OPEN_CARD_STATES for p in rows):
            return None
        for p in rows:
            if p.status == "paid" and p.state in ("authorised", "paid"):
                return p.info()
        recorded = [p for p in rows if p.state == "recorded"]
        if recorded:
            return recorded[-1].info()
        method = "none" if amount_cents == 0 else "counter"
        status = "not_required" if amount_cents == 0 else "not_paid"
        return PaymentInfo(method=method, status=status, amount_cents=amount_cents,
                           reference=reference)

    def unsettled_card_totals(self) -> tuple[int, int]:
        """(count, cents) of card payments booked since the last end-of-day."""
        row = self._db.execute(
            "SELECT COUNT(*), COALESCE(SUM(amount_cents), 0) FROM payments WHERE method = "
            "'card' AND state = 'authorised' AND settled_at IS NULL").fetchone()
        return int(row[0]), int(row[1])

    def record_end_of_day(self, total_cents: int, count: int, lines: tuple[str, ...]) -> dict[
            str, Any]:
        ledger_count, ledger_total = self.unsettled_card_totals()
        now = time.time()
        with self.transaction() as db:
            db.execute("INSERT INTO end_of_day (at, total_cents, count, ledger_total_cents, "
                       "ledger_count, lines) VALUES (?, ?, ?, ?, ?, ?)",
                       (now, total_cents, count, ledger_total, ledger_count,
                        json.dumps(list(lines), ensure_ascii=False)))
            db.execute("UPDATE payments SET settled_at = ? WHERE method = 'card' AND state = "
                       "'authorised' AND settled_at IS NULL", (now,))
        return {"terminal_total_cents": total_cents, "terminal_count": count,
                "ledger_total_cents": ledger_total, "ledger_count": ledger_count,
                "matches": total_cents == ledger_total and count == ledger_count,
                "receipt": list(lines)}

    def end_of_day_reports(self) -> list[dict[str, Any]]:
        rows = self._db.execute("SELECT at, total_cents, count, ledger_total_cents, "
                                "ledger_count, lines FROM end_of_day ORDER BY id").fetchall()
        return [{"at": datetime.fromtimestamp(at).astimezone().isoformat(timespec="seconds"),
                 "terminal_total_cents": t, "terminal_count": c, "ledger_total_cents": lt,
                 "ledger_count": lc, "matches": t == lt and c == lc, "receipt": json.loads(ln)}
                for at, t, c, lt, lc, ln in rows]

    # -- the parked application (kiosk.payment.parking) ------------------------------
    def park(self, vorgangsnummer: str, idempotency_key: str, sealed: bytes) -> None:
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO parked (vorgangsnummer, idempotency_key, sealed, "
                       "parked_at) VALUES (?, ?, ?, ?)",
                       (vorgangsnummer, idempotency_key, sealed, time.time()))

    def parked(self) -> list[tuple[str, str, bytes]]:
        return [(v, k, bytes(s)) for v, k, s in self._db.execute(
            "SELECT vorgangsnummer, idempotency_key, sealed FROM parked ORDER BY parked_at")]

    def unpark(self, vorgangsnummer: str) -> None:
        """The application is in the outbox: drop the parked copy, mark its payments stored."""
        with self.transaction() as db:
            db.execute("DELETE FROM parked WHERE vorgangsnummer = ?", (vorgangsnummer,))
            db.execute("UPDATE payments SET stored_at = ? WHERE vorgangsnummer = ? AND "
                       "stored_at IS NULL", (time.time(), vorgangsnummer))
