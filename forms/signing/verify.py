"""Check a signed PDF: each PAdES signature, each binding, and the document as a whole.

For every signature field with a signature: is the PAdES signature intact
(the signed bytes hash to the signed digest) and valid, is it trusted by the
given trust store, does it cover the whole file or were revisions added
later (and what kind), and does its biometric container, read from the
revision the signature covers, name this field and hash to the exact bytes
that preceded the signature. ``open_biometrics`` refuses unless all of that
holds, then decrypts the time series for the escrow holder.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from forms.signing import escrow, iso19794_7
from forms.signing.capture import Ink
from forms.signing.ink import render_png
from forms.signing.pades import CONTAINER_KEY, complete_cms_names

log = logging.getLogger(__name__)


@dataclass
class SignatureReport:
    field: str
    intact: bool = False
    valid: bool = False
    trusted: bool = False
    covers_whole_file: bool = False
    modification_level: str = ""
    signer_certificate: str = ""
    signing_time: str | None = None
    binding_ok: bool = False
    binding_problem: str | None = None
    has_biometrics: bool = False
    signer_name: str = ""
    place: str = ""
    signed_at: str = ""
    sample_count: int = 0
    container: bytes = dataclasses.field(default=b"", repr=False)

    def as_json(self) -> dict[str, Any]:
        out = {k: v for k, v in self.__dict__.items() if k != "container"}
        return out


@dataclass
class DocumentReport:
    signatures: list[SignatureReport]
    problem: str | None = None

    @property
    def document_intact(self) -> bool:
        """Every signature intact and bound, and the last one covers the whole file."""
        if self.problem or not self.signatures:
            return False
        return (all(s.intact and s.binding_ok for s in self.signatures)
                and self.signatures[-1].covers_whole_file
                and all(s.modification_level in ("NONE", "LTA_UPDATES", "FORM_FILLING")
                        for s in self.signatures))

    @property
    def all_valid(self) -> bool:
        return self.document_intact and all(s.valid for s in self.signatures)

    @property
    def all_trusted(self) -> bool:
        return self.all_valid and all(s.trusted for s in self.signatures)

    def as_json(self) -> dict[str, Any]:
        return {"document_intact": self.document_intact, "all_valid": self.all_valid,
                "all_trusted": self.all_trusted, "problem": self.problem,
                "signatures": [s.as_json() for s in self.signatures]}


def load_trust(directory: Path | None) -> list[Any]:
    from pyhanko.keys import load_certs_from_pemder

    if directory is None:
        return []
    files = sorted(p for p in directory.iterdir()
                   if p.suffix.lower() in (".pem", ".crt", ".cer", ".der"))
    return list(load_certs_from_pemder([str(p) for p in files]))  # type: ignore[no-untyped-call]


def verify_pdf(data: bytes, trust_dir: Path | None = None) -> DocumentReport:
    complete_cms_names()
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        embedded = list(reader.embedded_signatures)
    except (PdfError, ValueError, KeyError) as exc:
        return DocumentReport([], problem=f"not a readable PDF: {exc}")
    if not embedded:
        return DocumentReport([], problem="the PDF carries no signature")
    for name in ("pyhanko", "pyhanko_certvalidator"):  # a self-signed signer is a result here,
        if logging.getLogger(name).level == logging.NOTSET:  # not a stack trace on stderr
            logging.getLogger(name).setLevel(logging.CRITICAL)
    roots = load_trust(trust_dir)
    reports = [_check_signature(data, sig, roots) for sig in embedded]
    return DocumentReport(reports)


def diff_policy() -> Any:
    """pyHanko's default policy, plus: filling a signature field may add our container key.

    Without this, a second signer filling a field that already existed would
    count as an unexplained change (level OTHER) for the first signature.
    Adding ``/BBKBiometric`` is allowed only where pyHanko already allows the
    field's value to be set; any other change is still reported.
    """
    from pyhanko.sign.diff_analysis import (
        DEFAULT_DIFF_POLICY,
        FormUpdatingRule,
        GenericFieldModificationRule,
        SigFieldCreationRule,
        SigFieldModificationRule,
        StandardDiffPolicy,
    )
    from pyhanko.sign.diff_analysis.constants import VALUE_UPDATE_KEYS

    return StandardDiffPolicy(
        global_rules=DEFAULT_DIFF_POLICY.global_rules,
        form_rule=FormUpdatingRule(field_rules=[
            SigFieldCreationRule(),  # type: ignore[no-untyped-call]
            SigFieldModificationRule(value_update_keys=VALUE_UPDATE_KEYS | {CONTAINER_KEY}),
            GenericFieldModificationRule(),
        ]))


def _check_signature(data: bytes, sig: Any, roots: list[Any]) -> SignatureReport:
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    report = SignatureReport(field=sig.field_name)
    try:
        context = ValidationContext(trust_roots=roots, allow_fetching=False,
                                    revocation_mode="soft-fail")
        status = validate_pdf_signature(sig, signer_validation_context=context,
                                        diff_policy=diff_policy())
        report.intact = bool(status.intact)
        report.valid = bool(status.intact and status.valid)
        report.trusted = bool(status.bottom_line)
        report.covers_whole_file = status.coverage is not None and \
            status.coverage.name == "ENTIRE_FILE"
        level = status.modification_level
        report.modification_level = level.name if level is not None else "NONE"
        report.signer_certificate = status.signing_cert.subject.human_friendly
        report.signing_time = status.signer_reported_dt.isoformat() \
            if status.signer_reported_dt else None
    except Exception as exc:  # noqa: BLE001  # a broken signature is a result, not a crash
        log.warning("signature %s could not be validated: %s", sig.field_name,
                    type(exc).__name__)
        report.binding_problem = f"the PAdES signature cannot be validated ({type(exc).__name__})"
        return report
    _check_binding(data, sig, report)
    return report


def _check_binding(data: bytes, sig: Any, report: SignatureReport) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields

    start, length = sig.byte_range[2], sig.byte_range[3]
    signed = data[:start + length]  # the document exactly as this signature saw it
    signed_reader = PdfFileReader(io.BytesIO(signed), strict=False)
    container_ref = None
    for name, _value, ref in enumerate_sig_fields(signed_reader, filled_status=None):
        if name == sig.field_name:
            container_ref = ref.get_object().get(CONTAINER_KEY)
    if container_ref is None:
        report.binding_problem = "the signature has no biometric container"
        return
    container = bytes(container_ref.get_object().original_bytes)
    current = sig.sig_field.get(CONTAINER_KEY)
    if current is None or bytes(current.get_object().original_bytes) != container:
        report.binding_problem = "the biometric container was changed after signing"
        return
    try:
        binding, sealed = escrow.parse(container)
    except escrow.EscrowError as exc:
        report.binding_problem = str(exc)
        return
    report.signer_name, report.place = binding.signer_name, binding.place
    report.signed_at, report.sample_count = binding.signed_at, binding.sample_count
    report.has_biometrics = sealed is not None
    report.container = container
    if binding.field != sig.field_name:
        report.binding_problem = (f"the biometric container belongs to field {binding.field!r}, "
                                  f"not {sig.field_name!r}")
    elif binding.document_length > sig.byte_range[1] or hashlib.sha256(
            data[:binding.document_length]).hexdigest() != binding.document_sha256:
        report.binding_problem = "the biometric container belongs to a different document"
    else:
        report.binding_ok = True


class RefusedError(ValueError):
    """The document is not intact: the escrow holder must not open it."""


def open_biometrics(data: bytes, private_pem: bytes, out_dir: Path,
                    password: bytes | None = None) -> list[Path]:
    """Decrypt every signature's time series: ``<field>.iso19794-7`` and ``<field>.png``."""

    report = verify_pdf(data)
    if not report.document_intact:
        problems = report.problem or "; ".join(
            f"{s.field}: {s.binding_problem or 'signature not intact or document changed'}"
            for s in report.signatures) or "no signature"
        raise RefusedError(f"the document was altered or is not intact: {problems}")
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for sig in report.signatures:
        if not sig.has_biometrics:
            continue
        record = escrow.open_container(sig.container, private_pem, password)
        safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in sig.field)
        iso_path = out_dir / f"{safe}.iso19794-7"
        iso_path.write_bytes(record)
        png_path = out_dir / f"{safe}.png"
        render_png(time_series_ink(iso19794_7.decode(record)), png_path)
        written += [iso_path, png_path]
    return written


def time_series_ink(series: iso19794_7.TimeSeries) -> Ink:
    """The decoded time series as ink on a pad just large enough to hold it."""
    points = [p for s in series.strokes for p in s]
    width = max((p.x for p in points), default=0.0) + 1.0
    height = max((p.y for p in points), default=0.0) + 1.0
    return Ink(series.strokes, width, height)
