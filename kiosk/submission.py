"""Turn a signed application into a durable outbox item (runs off the GUI thread).

Renders the application PDF from its record, signs it (``kiosk.signing``) and
enqueues it with the record as its metadata; when this returns the application
survives a power cut. Heavy libraries (reportlab, pyHanko, cryptography) load
on the storage thread, inside the adapters that use them.
"""

from __future__ import annotations

from typing import Any

from forms.pdf import (
    APPLICANT_REASON,
    COUNTER_REASON,
    SignatureBox,
    render_application_pdf_with_layout,
)
from forms.record import ApplicationRecord
from forms.signing.pades import NewField, SignRequest, signature_level
from forms.signing.verify import SEAL_METADATA_KEY
from kiosk.base.catalogue import text
from kiosk.base.errors import StorageError
from kiosk.base.i18n import OFFICE_LANGUAGE
from kiosk.settings import Settings
from kiosk.signing import Signer
from sync.outbox import SAVE_FAILED, Outbox, OutgoingApplication

SIGNATURE_FIELD = "Unterschrift"
COUNTER_FIELD = "Unterschrift_Schalter"  # planned: the applicant signs again at the counter


def _rect(box: SignatureBox) -> tuple[float, float, float, float]:
    return (box.x1, box.y1, box.x2, box.y2)


def applicant_reason(record: ApplicationRecord) -> str:
    """The /Reason of the citizen's signature, in the document's language (German)."""
    return text(APPLICANT_REASON.format(vorgangsnummer=record.vorgangsnummer), OFFICE_LANGUAGE)


def counter_reason(record: ApplicationRecord) -> str:
    """The /Reason of the counter's signature, in the document's language (the office's,
    German: the application PDF is German whatever language the citizen used)."""
    return text(COUNTER_REASON.format(vorgangsnummer=record.vorgangsnummer), OFFICE_LANGUAGE)


def signed_application_pdf(settings: Settings, record: ApplicationRecord) -> bytes:
    """The application PDF, sealed: the citizen's signature field on its box (a
    certification signature locking the document), the counter's field planned empty."""
    # The page leaves the box empty: the signature field placed on it shows the ink.
    rendered, layout = render_application_pdf_with_layout(record, draw_ink=False)
    box = layout.applicant
    request = SignRequest(
        field_name=SIGNATURE_FIELD, ink=record.ink, signer_name=record.signer_name,
        place=record.place, signed_at=record.signed_at, box=(box.page, *_rect(box)),
        caption=False, line=box.line,
        reason=applicant_reason(record))
    planned = [NewField(COUNTER_FIELD, layout.counter.page, _rect(layout.counter),
                        label=counter_reason(record))]
    return Signer.from_settings(settings).sign(rendered, [request], planned)


def outbox_metadata(record: ApplicationRecord, pdf: bytes) -> dict[str, Any]:
    """``record.as_json()`` and how the seal was made (PAdES B-T with a timestamp, B-B
    without: offline, or no timestamp authority): the intake checks that it is true."""
    return {**record.as_json(),
            SEAL_METADATA_KEY: {"level": signature_level(pdf, SIGNATURE_FIELD)}}


def store_application(settings: Settings, record: ApplicationRecord) -> str:
    """Render, sign and durably queue the application; returns its Vorgangsnummer."""
    try:
        pdf = signed_application_pdf(settings, record)
        # The sync worker alone recovers interrupted sends; this thread only adds.
        outbox = Outbox(settings.outbox_path, settings.key_path, recover_interrupted=False)
    except StorageError as exc:  # e.g. a full disk: for the citizen, this one was not saved
        raise StorageError(SAVE_FAILED, detail=exc.detail) from exc
    try:
        outbox.enqueue(OutgoingApplication(
            idempotency_key=record.idempotency_key,
            vorgangsnummer=record.vorgangsnummer,
            service_id=record.service_id,
            metadata=outbox_metadata(record, pdf),
            pdf=pdf,
        ))
    finally:
        outbox.close()
    return record.vorgangsnummer
