"""Deliver one outbox item through the submission protocol, resuming where it stopped.

Each step is recorded in the outbox only after the server acknowledged it, and
every step is idempotent at the server, so a process killed at any instant
resumes correctly: an item with a submission id is never announced again (its
state is read from the server instead, which also tells which attachments
arrived); an attachment the server has is never uploaded again.

queued → announced → uploading → completed → confirmed (server status
"accepted", with a case id) | failed (server status "rejected", or a refusal).
Runs on the sync thread (imports ``requests`` through :mod:`sync.protocol`).
"""

from __future__ import annotations

import json
import time
import uuid
from typing import TYPE_CHECKING, Any

from sync.e2e import encrypt, sha512_hex
from sync.outbox import ANNOUNCED, COMPLETED, FAILED, SENDING, SENT, UPLOADING
from sync.protocol import SubmissionUnknown

if TYPE_CHECKING:
    from sync.outbox import Outbox, OutboxItem, OutgoingApplication
    from sync.protocol import IntakeClient, SubmissionView

_ATTACHMENT_NS = uuid.UUID("0b6f8a52-3c1e-4f6e-9d7a-6a0d2f1c9e41")
METADATA_SCHEMA = "urn:buergerbuero:submission-metadata:1"
JSON = "application/json"  # the media type (JWE ``cty``) of metadata and data


def attachment_id(idempotency_key: str) -> str:
    """The PDF's attachment id: derived from the key, so it is the same after a crash."""
    return str(uuid.uuid5(_ATTACHMENT_NS, f"{idempotency_key}/application.pdf"))


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode()


def build_payloads(app: OutgoingApplication) -> tuple[bytes, bytes]:
    """(metadata, data) plaintexts; the metadata carries SHA-512 hashes of data and PDF."""

    data = _canonical({"vorgangsnummer": app.vorgangsnummer, "service_id": app.service_id,
                       "metadata": app.metadata})
    metadata = _canonical({
        "schema": METADATA_SCHEMA,
        "public_service_type": {"identifier": app.service_id},
        "content_structure": {
            "data": {"hash": {"type": "sha512", "content": sha512_hex(data)},
                     "mime_type": "application/json"},
            "attachments": [{
                "attachment_id": attachment_id(app.idempotency_key),
                "hash": {"type": "sha512", "content": sha512_hex(app.pdf)},
                "filename": "application.pdf",
                "mime_type": "application/pdf",
                "purpose": "form",
            }],
        },
    })
    return metadata, data


def deliver(outbox: Outbox, client: IntakeClient, item: OutboxItem, destination_id: str,
            *, first_check_s: float = 0.2,
            status_poll_s: float = 5.0) -> tuple[str, str | None]:
    """Move ``item`` as far as the server allows; returns (listener state, case id).

    Raises NetworkError (retry later), ServerRefused (give up), StorageError.
    """

    app = item.application
    aid = attachment_id(app.idempotency_key)
    view: SubmissionView | None = None
    if item.submission_id is not None:
        try:
            view = client.submission(item.submission_id)
        except SubmissionUnknown:
            outbox.forget_submission(item.id)
    if view is None:
        view = client.announce(app.idempotency_key, destination_id, app.service_id, [aid])
        outbox.mark_announced(item.id, view.submission_id)
    verdict = _verdict(outbox, item, view)
    if verdict is not None:
        return verdict
    if view.status == ANNOUNCED:
        key = client.destination_key(destination_id)
        received = set(view.received_attachments)
        if aid not in received:
            client.upload_attachment(view.submission_id, aid,
                                     encrypt(key, app.pdf, "application/pdf"))
            received.add(aid)
            outbox.mark_uploading(item.id, sorted(received))
        elif item.state != UPLOADING:
            outbox.mark_uploading(item.id, sorted(received))
        metadata, data = build_payloads(app)
        view = client.complete(view.submission_id, encrypt(key, metadata, JSON),
                               encrypt(key, data, JSON))
        verdict = _verdict(outbox, item, view)
        if verdict is not None:
            return verdict
    # Completed, the server has not decided yet: read its status again soon (it decides
    # a moment after completion), then less and less often, at most every status_poll_s.
    if item.state == COMPLETED:
        delay = min(status_poll_s, first_check_s * 2.0 ** min(item.attempts + 1, 10))
        outbox.mark_check_later(item.id, time.time() + delay)
    else:
        outbox.mark_completed(item.id, time.time() + first_check_s)
    return SENDING, None


def read_verdict(outbox: Outbox, client: IntakeClient, item: OutboxItem,
                 wait_s: float) -> tuple[str, str | None]:
    """For a completed item: wait up to ``wait_s`` for the server's verdict.

    Returns (listener state, case id)."""

    assert item.submission_id is not None
    try:
        view = client.submission(item.submission_id, wait_s=min(wait_s, 10.0))
    except SubmissionUnknown:  # the server lost it (e.g. its data was reset): start over
        outbox.forget_submission(item.id)
        outbox.mark_retry(item.id, "submission unknown to the server", time.time())
        return SENDING, None
    verdict = _verdict(outbox, item, view)
    if verdict is None:
        outbox.mark_check_later(item.id, time.time() + 1.0)
        return SENDING, None
    return verdict


def _verdict(outbox: Outbox, item: OutboxItem,
             view: SubmissionView) -> tuple[str, str | None] | None:
    if view.status == "accepted" and view.case_id:
        outbox.mark_confirmed(item.id, view.case_id)
        return SENT, view.case_id
    if view.status == "rejected":
        outbox.mark_failed(item.id, f"rejected by the server: {(view.reason or '')[:200]}")
        return FAILED, None
    return None
