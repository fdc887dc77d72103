"""Turn a finished session into a durable outbox item (runs off the GUI thread).

Renders the application PDF and enqueues it with its metadata; when this
returns the application survives a power cut. Heavy imports (reportlab,
sqlite-utils, cryptography) happen here, on the storage thread.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from kiosk.settings import Settings


@dataclass(frozen=True)
class SignedApplication:
    """A snapshot of what the citizen entered, taken on the GUI thread."""

    service_id: str
    form_id: str
    language: str
    answers: Mapping[str, str]
    strokes: tuple[tuple[tuple[float, float], ...], ...]
    pad_width: float
    pad_height: float
    vorgangsnummer: str
    idempotency_key: str
    signed_at: datetime


def store_application(settings: Settings, app: SignedApplication) -> str:
    """Render and durably queue the application; returns its Vorgangsnummer."""
    from forms.model import shipped_forms
    from forms.pdf import ApplicationDocument, Signature, SignatureStroke, render_application_pdf
    from sync.outbox import Outbox, OutgoingApplication

    form = shipped_forms()[app.form_id]
    document = ApplicationDocument(
        form=form,
        language=app.language,
        answers=dict(app.answers),
        vorgangsnummer=app.vorgangsnummer,
        signature=Signature(
            strokes=tuple(SignatureStroke(points=s) for s in app.strokes),
            width=app.pad_width,
            height=app.pad_height,
        ),
        signed_at=app.signed_at,
        terminal_id=settings.terminal_id,
        office_name=settings.office_name,
        place=settings.place,
    )
    pdf = render_application_pdf(document)
    from kiosk.errors import StorageError
    from sync.outbox import SAVE_FAILED

    try:
        # The sync worker alone recovers interrupted sends; this thread only adds.
        outbox = Outbox(settings.outbox_path, settings.key_path, recover_interrupted=False)
    except StorageError as exc:  # e.g. a full disk: for the citizen, this one was not saved
        raise StorageError(SAVE_FAILED, detail=exc.detail) from exc
    try:
        outbox.enqueue(OutgoingApplication(
            idempotency_key=app.idempotency_key,
            vorgangsnummer=app.vorgangsnummer,
            service_id=app.service_id,
            metadata={
                "form_id": form.id,
                "form_version": form.version,
                "language": app.language,
                "answers": dict(app.answers),
                "signed_at": app.signed_at.isoformat(),
                "terminal_id": settings.terminal_id,
                "office_name": settings.office_name,
                "place": settings.place,
                "identification": "typed",
            },
            pdf=pdf,
        ))
    finally:
        outbox.close()
    return app.vorgangsnummer
