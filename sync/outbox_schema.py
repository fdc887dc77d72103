"""The outbox's SQLite schema: created on first open, older databases brought up to date.

Table ``outbox`` holds one row per application (bookkeeping in clear, the form
answers sealed); table ``outbox_pdf`` holds the sealed PDF under the same id, so
that the state changes of a delivery rewrite a small row, not the application's
200 KB (SQLite rewrites a whole record on every UPDATE). Every change is made in
a ``BEGIN IMMEDIATE`` transaction, so two processes opening the same outbox at
once cannot both half-migrate it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

# Columns added after the first version (added to older databases on open).
ADDED_COLUMNS: dict[str, type] = {
    "submission_id": str,
    "uploaded": str,  # JSON list of attachment ids the server has
    "confirmed_at": float,
    "purged_at": float,
    "case_ref": str,  # FIT-Connect's caseId, stored with the submissionId
    "attachment_ids": str,  # JSON list of the UUIDv4 attachment ids announced
    "sent_tags": str,  # JSON: the authentication tags of every JWE sent (sync.delivery)
    "destination_id": str,  # the destination the submission was announced to
}
# Items the first wave's /api/v1 protocol had announced (a submission id, no caseId):
# not finished there → queued again (the old intake never files an unfinished
# submission); completed there → failed for staff, who know whether the office has it.
V1_MIGRATION = (
    "UPDATE outbox SET state = 'failed', last_error = 'completed with the old /api/v1 "
    "protocol, verdict unknown: ask the office before queue retry' "
    "WHERE state = 'completed' AND submission_id IS NOT NULL AND case_ref IS NULL",
    "UPDATE outbox SET state = 'queued', submission_id = NULL, uploaded = NULL "
    "WHERE state IN ('announced', 'uploading') AND submission_id IS NOT NULL "
    "AND case_ref IS NULL",
)
# The unfinished states (ACTIVE), written literally so SQLite can use the partial index.
ACTIVE_INDEX = (
    "CREATE INDEX IF NOT EXISTS outbox_active ON outbox(next_attempt_at, id) "
    "WHERE state IN ('queued', 'announced', 'uploading', 'completed')"
)
PDF_TABLE = "outbox_pdf"
_PDF_SCHEMA = ("CREATE TABLE IF NOT EXISTS outbox_pdf (id INTEGER PRIMARY KEY, "
               "pdf_sealed BLOB NOT NULL)")


@contextmanager
def immediate(db: sqlite_utils.Database) -> Iterator[None]:
    """A write transaction taken at once (waits on the busy timeout, never fails
    half-way because another connection wrote between our read and our write)."""
    db.execute("BEGIN IMMEDIATE")
    done = False
    try:
        yield
        done = True
    finally:
        db.execute("COMMIT" if done else "ROLLBACK")


@contextmanager
def savepoint(db: sqlite_utils.Database, name: str) -> Iterator[None]:
    """All or nothing inside a transaction the caller already holds."""
    db.execute(f"SAVEPOINT {name}")
    done = False
    try:
        yield
        done = True
    finally:
        if not done:
            db.execute(f"ROLLBACK TO {name}")
        db.execute(f"RELEASE {name}")


def create_schema(db: sqlite_utils.Database) -> None:
    _create_outbox(db)
    if not db.table(PDF_TABLE).exists():
        with immediate(db):
            db.execute(_PDF_SCHEMA)
            # An older outbox kept the PDF in its main row: move it (once).
            db.execute("INSERT INTO outbox_pdf (id, pdf_sealed) SELECT id, pdf_sealed "
                       "FROM outbox WHERE pdf_sealed IS NOT NULL")
            db.execute("UPDATE outbox SET pdf_sealed = NULL WHERE pdf_sealed IS NOT NULL")


def _create_outbox(db: sqlite_utils.Database) -> None:
    table = db.table("outbox")
    if table.exists():
        if (all(name in table.columns_dict for name in ADDED_COLUMNS)
                and any(index.name == "outbox_active" for index in table.indexes)):
            return
        with immediate(db):  # an older outbox: add the new columns once
            before_v2 = "case_ref" not in table.columns_dict
            for name, kind in ADDED_COLUMNS.items():
                if name not in table.columns_dict:
                    table.add_column(name, kind)
            db.execute(ACTIVE_INDEX)
            if before_v2:
                for statement in V1_MIGRATION:
                    db.execute(statement)
        return
    with immediate(db):
        table.create(
            {
                "id": int,
                "idempotency_key": str,
                "vorgangsnummer": str,
                "service_id": str,
                "created_at": float,
                "state": str,
                "attempts": int,
                "next_attempt_at": float,
                "case_id": str,
                "last_error": str,
                "metadata_sealed": bytes,
                "pdf_sealed": bytes,  # empty since outbox_pdf exists; kept for old rows
                **ADDED_COLUMNS,
            },
            pk="id",
            not_null={"idempotency_key", "vorgangsnummer", "service_id", "created_at",
                      "state", "attempts", "next_attempt_at"},
            if_not_exists=True,
        )
        db.execute("CREATE UNIQUE INDEX IF NOT EXISTS outbox_key ON outbox(idempotency_key)")
        db.execute("CREATE INDEX IF NOT EXISTS outbox_due ON outbox(state, next_attempt_at)")
        db.execute("CREATE INDEX IF NOT EXISTS outbox_vorgang ON outbox(vorgangsnummer)")
        db.execute(ACTIVE_INDEX)
