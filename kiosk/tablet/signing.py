"""Sign every field of a tablet job, one incremental revision per field (worker thread)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from forms.signing.capture import Ink
from forms.signing.pades import SignRequest
from kiosk.base.catalogue import text
from kiosk.base.i18n import N_, OFFICE_LANGUAGE
from kiosk.settings import Settings
from kiosk.signing import Signer
from kiosk.tablet.jobs import FieldSpec

# The /Reason of a signature at the counter when the clerk gave no label (the office's
# language: the documents at the counter are German).
COUNTER_SIGNATURE = N_("Signature", "Handwritten signature at the counter")


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
        box=(item.field.page, *item.field.rect) if item.field.rect else None,
        reason=item.field.label or text(COUNTER_SIGNATURE, OFFICE_LANGUAGE))
        for item in signatures])
