"""The case processor's check of an application PDF: signed, trusted, carrying the data.

Where applications arrive, every PDF is verified against the office's trust list
(``forms.signing.verify``: intact, trusted devices, bound pen data, nothing changed
after signing), and the machine-readable data attached to the signed PDF must be
the data that was submitted with it (the submission's ``seal`` entry, which the
terminal adds after signing, aside — and it must tell the truth about the seal).
A failure is the reason for a ``rejected`` verdict, never a case.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from forms.pdfa import ATTACHMENT_NAME
from forms.signing.verify import SEAL_METADATA_KEY, DocumentReport, verify_pdf


def attached_data(pdf: bytes) -> Any:
    """The JSON attached to the PDF as ``application.json``, or None."""
    import pikepdf

    try:
        with pikepdf.open(io.BytesIO(pdf)) as document:
            spec = document.attachments.get(ATTACHMENT_NAME)
            if spec is None:
                return None
            return json.loads(spec.get_file().read_bytes())
    except (pikepdf.PdfError, ValueError, KeyError):
        return None


def check_application(pdf: bytes, data: dict[str, Any],
                      trust_dir: Path) -> tuple[str | None, DocumentReport]:
    """(None, report) when the application may become a case, else (the reason, report)."""
    report = verify_pdf(pdf, trust_dir)
    if not report.ok:
        return f"signature: {report.problem}", report
    submitted = data.get("metadata")
    if not isinstance(submitted, dict):
        return "the submission carries no application data", report
    attached = attached_data(pdf)
    if attached is None:
        return "the signed PDF carries no application data (application.json)", report
    plain = {k: v for k, v in submitted.items() if k != SEAL_METADATA_KEY}
    if attached != plain:
        return "the submitted data differs from the data in the signed PDF", report
    seal = submitted.get(SEAL_METADATA_KEY)
    if seal is not None and (not isinstance(seal, dict)
                             or seal.get("level") != report.signatures[0].level):
        return "the submission's seal entry does not match the PDF's seal", report
    return None, report


def summary(report: DocumentReport) -> list[dict[str, Any]]:
    """What the case file records of the signatures."""
    return [{"field": s.field, "signer_certificate": s.signer_certificate,
             "signer_serial": s.signer_serial, "level": s.level, "lock": s.lock,
             "signed_at": s.signed_at} for s in report.signatures]
