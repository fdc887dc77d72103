"""Turn a signed application into a durable outbox item (runs off the GUI thread).

Renders the application PDF from its record, signs it (``kiosk.signing``) and
enqueues it with the record as its metadata; when this returns the application
survives a power cut. Heavy libraries (reportlab, pyHanko, cryptography) load
on the storage thread, inside the adapters that use them.
"""

from __future__ import annotations

from forms.pdf import render_application_pdf_with_layout
from forms.record import ApplicationRecord
from forms.signing.pades import SignRequest
from kiosk.base.errors import StorageError
from kiosk.settings import Settings
from kiosk.signing import Signer
from sync.outbox import SAVE_FAILED, Outbox, OutgoingApplication

SIGNATURE_FIELD = "Unterschrift"


def signed_application_pdf(settings: Settings, record: ApplicationRecord) -> bytes:
    """The application PDF with the citizen's signature field on its signature box."""
    # The page leaves the box empty: the signature field placed on it shows the ink.
    rendered, box = render_application_pdf_with_layout(record, draw_ink=False)
    request = SignRequest(field_name=SIGNATURE_FIELD, ink=record.ink,
                          signer_name=record.signer_name, place=record.place,
                          signed_at=record.signed_at,
                          box=(box.page, box.x1, box.y1, box.x2, box.y2), caption=False)
    # Signing writes too: the terminal's key and certificate on first use.
    return Signer.from_settings(settings).sign(rendered, [request])


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
            metadata=record.as_json(),
            pdf=pdf,
        ))
    finally:
        outbox.close()
    return record.vorgangsnummer
