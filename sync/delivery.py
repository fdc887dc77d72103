"""Deliver one outbox item through FIT-Connect's Submission API v2, exactly once.

FIT-Connect has no idempotency key: every ``POST /v2/submissions`` creates a
submission. So the answer (``submissionId``, ``caseId``) and the UUIDv4 attachment
ids announced with it are stored in the outbox in one commit the moment the 201
arrives, before anything else; an item with a stored submission id is never
announced again. A process killed between the POST and that commit leaves at most
one orphan per item, which the service deletes after a day (it was never
submitted).

Resuming an item with a stored id starts from its case's event log: a
``submit-submission`` there means "already submitted" (the submit is never
repeated); otherwise the attachments the outbox does not list as uploaded are
uploaded again (a PUT of the same id replaces) and the submission is submitted.
A service that no longer knows the submission (expired unfinished, or its data was
reset) and never logged it submitted: the item fails for staff with the reason;
their ``queue retry`` announces anew.

queued → announced → uploading → completed → confirmed (``accept-submission``) |
failed (``reject-submission`` with its problems, or a refusal).
Runs on the sync thread (imports ``requests`` through :mod:`sync.protocol`).
"""

from __future__ import annotations

import dataclasses
import json
import time
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sync.e2e import encrypt
from sync.metadata import build_metadata, fit_connect_of
from sync.outbox import COMPLETED, FAILED, SENDING, SENT, UPLOADING
from sync.protocol import SubmissionUnknown

if TYPE_CHECKING:
    from sync.outbox import Outbox, OutboxItem, OutgoingApplication
    from sync.protocol import IntakeClient, SubmissionView

JSON = "application/json"  # the media type (JWE ``cty``) of metadata and data
#: The record's FIT-Connect service facts from its form (the kiosk knows the forms, the
#: sender does not): for records a release before FIT-Connect v2 queued without them.
ServiceFacts = Callable[[dict[str, Any]], "dict[str, str] | None"]
EXPIRED = ("the service no longer knows submission {sid} (expired unfinished, or reset) "
           "and never logged it submitted; queue retry announces it anew")


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode()


def fachdaten(app: OutgoingApplication) -> bytes:
    """The Fachdaten (the submission's ``data``): the record, following the form's
    ``submissionSchema``."""
    return _canonical({"vorgangsnummer": app.vorgangsnummer, "service_id": app.service_id,
                       "metadata": app.metadata})


def with_service_facts(app: OutgoingApplication,
                       facts: ServiceFacts | None) -> OutgoingApplication:
    """``app`` with its record's ``fit_connect`` block: an application queued by a release
    before FIT-Connect v2 (up to bcb6560) has none, and would be refused after an upgrade;
    ``facts`` supplies it from the form, for this delivery (the sealed record stays as
    it was queued)."""
    if facts is None or "fit_connect" in app.metadata:
        return app
    block = facts(app.metadata)
    return app if block is None else dataclasses.replace(
        app, metadata={**app.metadata, "fit_connect": block})


def build_payloads(app: OutgoingApplication, pdf_attachment_id: str) -> tuple[bytes, bytes]:
    """(metadata, data) plaintexts; the metadata is FIT-Connect 2.1.0, validated."""
    data = fachdaten(app)
    return _canonical(build_metadata(app, data, pdf_attachment_id)), data


def deliver(outbox: Outbox, client: IntakeClient, item: OutboxItem, destination_id: str,
            *, region: str | None = None, first_check_s: float = 0.2,
            status_poll_s: float = 5.0,
            service_facts: ServiceFacts | None = None) -> tuple[str, str | None]:
    """Move ``item`` as far as the service allows; returns (listener state, case id).

    Raises NetworkError (retry later), ServerRefused (give up), StorageError.
    """

    app = with_service_facts(item.application, service_facts)
    # Announced: it stays with the destination it was announced to, whatever the
    # settings say now (an item announced before that was stored: the one given).
    destination_id = item.destination_id or destination_id
    if item.submission_id is None or item.case_ref is None or not item.attachment_ids:
        # Everything that can refuse this item does so before a submission exists: the
        # record's service facts, its metadata (validated), the destination and its key.
        # The JWEs are made now, so their tags go into the outbox with the 201's ids.
        service = fit_connect_of(app.metadata)
        attachment_ids = [str(uuid.uuid4())]
        tags = SentTags({})
        client.check_service(destination_id, service["leika"], service["submission_schema"],
                             region)  # reads and checks the destination and its key first
        pdf_jwe, metadata_jwe, data_jwe = _seal(
            app, client.destination_key(destination_id), attachment_ids[0], tags, True)
        announced = client.announce(destination_id, service["leika"],
                                    service["service_name"], attachment_ids, region)
        outbox.mark_announced(item.id, announced.submission_id, announced.case_id,
                              attachment_ids, tags.dumps(), destination_id)
        sid, uploaded = announced.submission_id, set[str]()
    else:
        sid, case_ref, attachment_ids = item.submission_id, item.case_ref, \
            list(item.attachment_ids)
        uploaded = set(item.uploaded)
        try:
            view = client.submission(case_ref, sid, destination_id=destination_id)
        except SubmissionUnknown:
            outbox.forget_submission(item.id, EXPIRED.format(sid=sid))
            return FAILED, None
        if view.status != "announced":
            return _after_submit(outbox, item, view, first_check_s, status_poll_s)
        tags = SentTags.of(item)
        pdf_jwe, metadata_jwe, data_jwe = _seal(
            app, client.destination_key(destination_id), attachment_ids[0], tags,
            attachment_ids[0] not in uploaded)
        outbox.note_sent_tags(item.id, tags.dumps())  # before the PUTs: a crash keeps them
    pdf_id = attachment_ids[0]
    try:
        if pdf_id not in uploaded:
            client.upload_attachment(sid, pdf_id, pdf_jwe)
            uploaded.add(pdf_id)
            outbox.mark_uploading(item.id, sorted(uploaded))
        elif item.state != UPLOADING:
            outbox.mark_uploading(item.id, sorted(uploaded))
        client.submit(sid, metadata_jwe, data_jwe)
    except SubmissionUnknown:
        outbox.forget_submission(item.id, EXPIRED.format(sid=sid))
        return FAILED, None
    outbox.mark_completed(item.id, time.time() + first_check_s)
    return SENDING, None


def _seal(app: OutgoingApplication, key: Any, pdf_id: str, tags: SentTags,
          with_pdf: bool) -> tuple[str, str, str]:
    """(PDF, metadata, data) as JWEs for ``key`` (the PDF only ``with_pdf``; else ""),
    their tags added to ``tags``. The metadata is validated on the way."""
    metadata, data = build_payloads(app, pdf_id)
    pdf_jwe = encrypt(key, app.pdf, "application/pdf") if with_pdf else ""
    metadata_jwe, data_jwe = encrypt(key, metadata, JSON), encrypt(key, data, JSON)
    if with_pdf:
        tags.add("attachments", pdf_jwe, pdf_id)
    tags.add("metadata", metadata_jwe)
    tags.add("data", data_jwe)
    return pdf_jwe, metadata_jwe, data_jwe


def _after_submit(outbox: Outbox, item: OutboxItem, view: SubmissionView,
                  first_check_s: float, status_poll_s: float) -> tuple[str, str | None]:
    """The event log says submitted (or decided): record the verdict, or read it later."""
    verdict = _verdict(outbox, item, view)
    if verdict is not None:
        return verdict
    if item.state == COMPLETED:
        # The subscriber has not decided yet: read the log again soon, then less and
        # less often, at most every status_poll_s.
        delay = min(status_poll_s, first_check_s * 2.0 ** min(item.attempts + 1, 10))
        outbox.mark_check_later(item.id, time.time() + delay)
    else:  # submitted before a crash let us record it
        outbox.mark_completed(item.id, time.time() + first_check_s)
    return SENDING, None


def read_verdict(outbox: Outbox, client: IntakeClient, item: OutboxItem,
                 wait_s: float, destination_id: str | None = None) -> tuple[str, str | None]:
    """For a completed item: wait up to ``wait_s`` for the subscriber's verdict.

    Returns (listener state, case id)."""

    assert item.submission_id is not None
    assert item.case_ref is not None
    try:
        view = client.submission(item.case_ref, item.submission_id,
                                 wait_s=min(wait_s, 10.0),
                                 destination_id=item.destination_id or destination_id)
    except SubmissionUnknown:  # the service's data was reset after the submit
        outbox.forget_submission(item.id, f"the service no longer knows submission "
                                 f"{item.submission_id} after it was submitted; ask the "
                                 "office whether it arrived before queue retry sends it anew")
        return FAILED, None
    verdict = _verdict(outbox, item, view)
    if verdict is None:
        outbox.mark_check_later(item.id, time.time() + 1.0)
        return SENDING, None
    return verdict


class SentTags:
    """The authentication tags (a compact JWE's fifth part) of every JWE sent for an
    item, kept in the outbox before each PUT. ``submit-submission`` in the event log
    names the tags of what the service holds; each must be one this terminal sent
    (a list per part: a repeated PUT after a lost answer encrypts anew)."""

    def __init__(self, sent: dict[str, Any]) -> None:
        self._sent = sent

    @classmethod
    def of(cls, item: OutboxItem) -> SentTags:
        try:
            sent = json.loads(item.sent_tags) if item.sent_tags else {}
        except ValueError:
            sent = {}
        return cls(sent if isinstance(sent, dict) else {})

    def add(self, part: str, jwe: str, attachment_id: str | None = None) -> None:
        tag = jwe.split(".")[4]
        if attachment_id is None:
            self._sent.setdefault(part, []).append(tag)
        else:
            self._sent.setdefault(part, {}).setdefault(attachment_id, []).append(tag)

    def dumps(self) -> str:
        return json.dumps(self._sent, sort_keys=True)

    def mismatch(self, held: dict[str, Any] | None) -> str | None:
        """Why the service's tags are not ours (None: they are, or nothing to compare)."""
        if not self._sent or held is None:
            return None  # an item sent before tags were kept, or a log without them
        for part in ("metadata", "data"):
            if held.get(part) not in self._sent.get(part, []):
                return f"the {part} the service holds is not the one this terminal sent"
        attachments = held.get("attachments")
        ours = self._sent.get("attachments", {})
        if not isinstance(attachments, dict) or set(attachments) != set(ours):
            return "the service holds other attachments than this terminal sent"
        for aid, tag in attachments.items():
            if tag not in ours[aid]:
                return "an attachment the service holds is not the one this terminal sent"
        return None


def _verdict(outbox: Outbox, item: OutboxItem,
             view: SubmissionView) -> tuple[str, str | None] | None:
    # A final answer against this submission: staff decide; their queue retry sends the
    # application as a new submission (the old id stays in the reason).
    wrong = SentTags.of(item).mismatch(view.tags) if view.status != "announced" else None
    if wrong is not None:
        outbox.forget_submission(item.id, f"authenticationTags of submit-submission "
                                 f"{view.submission_id}: {wrong}; ask the office before "
                                 "queue retry")
        return FAILED, None
    if view.status == "accepted" and view.case_id:
        outbox.mark_confirmed(item.id, view.case_id)
        return SENT, view.case_id
    if view.status == "rejected":
        outbox.forget_submission(item.id, f"rejected by the subscriber (submission "
                                 f"{view.submission_id}): {(view.reason or '')[:200]}")
        return FAILED, None
    return None
