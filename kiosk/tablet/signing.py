"""Sign every field of a tablet job, one incremental revision per field (worker thread)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from forms.signing.capture import Ink
from forms.signing.pades import SignRequest
from kiosk.settings import Settings
from kiosk.signing import Signer
from kiosk.tablet.jobs import FieldSpec


@dataclass(frozen=True)
class FieldSignature:
    field: FieldSpec
    ink: Ink
    signed_at: datetime


def sign_job(pdf: bytes, signatures: list[FieldSignature], signer_name: str,
             settings: Settings) -> bytes:
    signer = Signer.from_settings(settings)
    return signer.sign(pdf, [SignRequest(
        field_name=item.field.name, ink=item.ink, signer_name=signer_name,
        place=settings.place, signed_at=item.signed_at,
        box=(item.field.page, *item.field.rect) if item.field.rect else None)
        for item in signatures])
