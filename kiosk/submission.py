"""Turn a finished session into a durable outbox item (runs off the GUI thread).

Renders the application PDF and enqueues it with its metadata; when this
returns the application survives a power cut. Heavy imports (reportlab,
sqlite-utils, cryptography) happen here, on the storage thread.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from forms.signing.capture import Sample
from kiosk.base.errors import ConfigError
from kiosk.base.i18n import N_
from kiosk.settings import Settings

if TYPE_CHECKING:
    from forms.pdf import SignatureBox

SIGNATURE_FIELD = "Unterschrift"


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
    # typed, chip-bac, chip-pace, eid, visual_check
    identification: str = "typed"
    identification_detail: Mapping[str, str] = field(default_factory=dict)
    answer_sources: Mapping[str, str] = field(default_factory=dict)  # field id -> chip/typed
    identity_document: Mapping[str, str] = field(default_factory=dict)  # nationality, ...
    samples: tuple[tuple[Sample, ...], ...] = ()  # every pen sample, for the biometric record


def store_application(settings: Settings, app: SignedApplication) -> str:
    """Render and durably queue the application; returns its Vorgangsnummer."""
    from forms.files import described_answers
    from forms.loader import shipped_forms
    from forms.pdf import (
        ApplicationDocument,
        Signature,
        SignatureStroke,
        render_application_pdf_with_layout,
    )
    from forms.validation import visible_answers
    from sync.outbox import Outbox, OutgoingApplication

    form = shipped_forms()[app.form_id]
    # Answers to questions a later choice hid are not sent (data minimisation).
    answers = visible_answers(form, app.answers)
    document = ApplicationDocument(
        form=form,
        language=app.language,
        answers=answers,
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
        answer_sources=dict(app.answer_sources),
    )
    # The page leaves the box empty: the signature field placed on it shows the ink.
    from kiosk.base.errors import StorageError
    from sync.outbox import SAVE_FAILED

    rendered, box = render_application_pdf_with_layout(document, draw_ink=False)
    try:
        # Signing writes too: the terminal's key and certificate on first use.
        pdf = sign_application_pdf(settings, app, rendered, box)
        # The sync worker alone recovers interrupted sends; this thread only adds.
        outbox = Outbox(settings.outbox_path, settings.key_path, recover_interrupted=False)
    except StorageError as exc:  # e.g. a full disk: for the citizen, this one was not saved
        raise StorageError(SAVE_FAILED, detail=exc.detail) from exc
    except OSError as exc:  # the same from the signing key files (ENOSPC, read-only disk)
        raise StorageError(SAVE_FAILED, detail=f"{type(exc).__name__}: {exc.strerror or exc}"
                           ) from exc
    try:
        outbox.enqueue(OutgoingApplication(
            idempotency_key=app.idempotency_key,
            vorgangsnummer=app.vorgangsnummer,
            service_id=app.service_id,
            metadata={
                "form_id": form.id,
                "form_version": form.version,
                "language": app.language,
                # Files as name, media type, size and SHA-256: the PDF carries them.
                "answers": described_answers(form, answers),
                "submission_service": form.submission_service,
                "signed_at": app.signed_at.isoformat(),
                "terminal_id": settings.terminal_id,
                "office_name": settings.office_name,
                "place": settings.place,
                "identification": app.identification,
                **({"identification_detail": dict(app.identification_detail)}
                   if app.identification_detail else {}),
                "answer_sources": dict(app.answer_sources),
                "identity_document": dict(app.identity_document),
            },
            pdf=pdf,
        ))
    finally:
        outbox.close()
    return app.vorgangsnummer


def sign_application_pdf(settings: Settings, app: SignedApplication, pdf: bytes,
                         box: SignatureBox | None = None) -> bytes:
    """Bind the pen's time series to the rendered PDF and seal it (PAdES, new revision).

    With ``box`` (where the page's signature box is), the signature field is
    placed on it and its appearance shows the ink; without, it is invisible.
    """
    from forms.signing.pades import SignRequest, sign_pdf, terminal_identity

    escrow_pem = None
    if settings.escrow_cert is not None:
        try:
            escrow_pem = settings.escrow_cert.read_bytes()
        except OSError as exc:
            raise ConfigError(
                N_("Config", "The escrow key {path} cannot be read ({error}). Ask the "
                   "technician to check the setting 'escrow_cert'.")
                .format(path=str(settings.escrow_cert), error=exc.strerror or str(exc))
            ) from exc
    if not app.samples:
        raise ValueError("the signature snapshot holds no pen samples")
    samples = app.samples
    name = " ".join(v for v in (app.answers.get("given_names"), app.answers.get("family_name"))
                    if v)
    identity = terminal_identity(settings.data_dir, settings.terminal_id,
                                 settings.signing_key, settings.signing_cert)
    request = SignRequest(field_name=SIGNATURE_FIELD, strokes=samples, pad_width=app.pad_width,
                          pad_height=app.pad_height, signer_name=name, place=settings.place,
                          signed_at=app.signed_at,
                          box=(box.page, box.x1, box.y1, box.x2, box.y2) if box else None,
                          caption=False)
    return sign_pdf(pdf, request, identity, escrow_pem)
