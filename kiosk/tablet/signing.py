"""Sign every field of a tablet job, one incremental revision per field (worker thread)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from forms.signing.capture import Sample
from forms.signing.pades import SignRequest, sign_pdf, terminal_identity
from kiosk.settings import Settings
from kiosk.tablet.jobs import FieldSpec


@dataclass(frozen=True)
class FieldSignature:
    field: FieldSpec
    strokes: tuple[tuple[Sample, ...], ...]
    pad_width: float
    pad_height: float
    signed_at: datetime


def sign_job(pdf: bytes, signatures: list[FieldSignature], signer_name: str,
             settings: Settings) -> bytes:

    identity = terminal_identity(settings.data_dir, settings.terminal_id,
                                 settings.signing_key, settings.signing_cert)
    escrow_pem = settings.escrow_cert.read_bytes() if settings.escrow_cert else None
    for item in signatures:
        box = (item.field.page, *item.field.rect) if item.field.rect else None
        pdf = sign_pdf(pdf, SignRequest(
            field_name=item.field.name, strokes=item.strokes, pad_width=item.pad_width,
            pad_height=item.pad_height, signer_name=signer_name, place=settings.place,
            signed_at=item.signed_at, box=box), identity, escrow_pem)
    return pdf
