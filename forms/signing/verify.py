"""Check a signed PDF, failing closed: every signature, its trust, its binding, its locks.

``verify_pdf(data, trust)`` reports per signature field whether the PAdES
signature is intact (the signed bytes hash to the signed digest) and valid, who
made it and whether the office trusts that device (a chain to a CA of the trust
store, a device certificate, not revoked by the store's CRL, valid now), whether a
timestamp is there (PAdES B-T) and trusted, which lock it sets (DocMDP, FieldMDP),
whether its biometric container — read from the revision the signature covers —
names this field and hashes to the exact bytes that preceded the signature, and
what changed after it (pyHanko's difference analysis against the locks, and the
stricter rules of ``forms.signing.revisions``). ``ok`` is true only when there
is a trust anchor and every one of those checks passed; every failure is a
reason a clerk understands (a ``Message``), naming the signature.

``open_biometrics`` refuses unless ``ok`` (``force=True`` overrides, and the
caller says so), then decrypts the time series for the escrow holder.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from forms.signing import escrow, iso19794_7, pki, revisions
from forms.signing.capture import Ink
from forms.signing.ink import render_png
from forms.signing.pades import CONTAINER_KEY, complete_cms_names
from forms.signing.trust import TrustStore, load_trust
from kiosk.base.i18n import N_, Message

log = logging.getLogger(__name__)
# The submission metadata's entry in which a terminal says how its seal was made.
SEAL_METADATA_KEY: Final = "seal"

NO_TRUST: Final = N_("Signature", "No trust anchor was given: without the office's CA "
                     "certificate (--trust DIR or the setting 'trust_dir') no signature can be "
                     "called trusted.")
NOT_PDF: Final = N_("Signature", "The file is not a readable PDF ({error}).")
NO_SIGNATURE: Final = N_("Signature", "The PDF carries no signature.")
REMOVED: Final = N_("Signature", "The signature in '{field}' was removed after it was made.")
MALFORMED: Final = N_("Signature", "The signature in '{field}' is malformed and cannot be "
                      "checked: {error}.")
BROKEN: Final = N_("Signature", "The signature in '{field}' no longer matches the document: "
                   "the signed bytes were changed after signing.")
CRYPTO: Final = N_("Signature", "The signature in '{field}' is not a valid signature of its "
                   "certificate's key.")
NOT_WHOLE: Final = N_("Signature", "The signature in '{field}' leaves part of its revision "
                      "unsigned (its /ByteRange does not cover the file).")
UNKNOWN_KEY: Final = N_("Signature", "The signature in '{field}' was made by a key the office "
                        "does not know ({signer}).")
REVOKED: Final = N_("Signature", "The signature in '{field}' was made by a device whose "
                    "certificate the office revoked ({signer}).")
EXPIRED: Final = N_("Signature", "The signature in '{field}' was made with a certificate that "
                    "is expired or not yet valid ({signer}).")
NO_CRL: Final = N_("Signature", "The signature in '{field}' cannot be checked for revocation: "
                   "the office's revocation list (CRL) is missing from the trust store or out "
                   "of date ({signer}).")
NOT_DEVICE: Final = N_("Signature", "The signature in '{field}' was made with a certificate "
                       "that is no device certificate of the office: {why} ({signer}).")
UNTRUSTED: Final = N_("Signature", "The signature in '{field}' is not trusted ({why}).")
TIMESTAMP_BAD: Final = N_("Signature", "The timestamp of the signature in '{field}' cannot be "
                          "trusted ({why}).")
LOCK_VIOLATED: Final = N_("Signature", "The document was changed after the signature in "
                          "'{field}' in a way its lock does not allow ({level}).")
NO_LOCK: Final = N_("Signature", "The first signature ('{field}') sets no lock (DocMDP or "
                    "FieldMDP): later changes to the document would not be restricted.")
NO_CONTAINER: Final = N_("Signature", "The signature in '{field}' has no biometric container.")
CONTAINER_CHANGED: Final = N_("Signature", "The biometric container of '{field}' was changed "
                              "after signing.")
CONTAINER_DAMAGED: Final = N_("Signature", "The biometric container of '{field}' is damaged.")
CONTAINER_OTHER_FIELD: Final = N_("Signature", "The biometric container of '{field}' belongs "
                                  "to field '{other}'.")
CONTAINER_OTHER_DOCUMENT: Final = N_("Signature", "The biometric container of '{field}' "
                                     "belongs to a different document.")

_REVOKED = {"REVOKED", "REVOKED_NO_POE", "REVOKED_CA_NO_POE"}
_EXPIRED = {"EXPIRED", "NOT_YET_VALID", "OUT_OF_BOUNDS_NO_POE", "OUT_OF_BOUNDS_NOT_REVOKED"}
_NO_REVINFO = {"TRY_LATER", "REVOCATION_OUT_OF_BOUNDS_NO_POE"}


@dataclass
class SignatureReport:
    field: str
    intact: bool = False
    valid: bool = False
    trusted: bool = False
    level: str = ""  # PAdES-B-B, PAdES-B-T
    timestamp: str | None = None
    lock: str = ""  # "DocMDP P=2", "FieldMDP", "DocMDP P=2 + FieldMDP"
    covers_whole_file: bool = False
    modification_level: str = ""
    locks_kept: bool = True  # pyHanko's difference analysis against DocMDP/FieldMDP
    signer_certificate: str = ""
    signer_serial: str = ""
    signing_time: str | None = None
    binding_ok: bool = False
    has_biometrics: bool = False
    signer_name: str = ""
    place: str = ""
    signed_at: str = ""
    sample_count: int = 0
    problems: list[Message] = dataclasses.field(default_factory=list)
    container: bytes = dataclasses.field(default=b"", repr=False)

    @property
    def ok(self) -> bool:
        return (not self.problems and self.intact and self.valid and self.trusted
                and self.binding_ok)

    def as_json(self) -> dict[str, Any]:
        out = {k: v for k, v in self.__dict__.items() if k not in ("container", "problems")}
        out["ok"] = self.ok
        out["problems"] = [p.untranslated() for p in self.problems]
        return out


@dataclass
class DocumentReport:
    signatures: list[SignatureReport]
    problems: list[Message] = dataclasses.field(default_factory=list)
    trust_store: str | None = None

    @property
    def ok(self) -> bool:
        return bool(self.signatures) and not self.problems and all(
            s.ok for s in self.signatures)

    def reasons(self) -> list[Message]:
        return [*self.problems, *(p for s in self.signatures for p in s.problems)]

    @property
    def problem(self) -> str | None:
        """The first reason, for a one-line answer (None when ok)."""
        reasons = self.reasons()
        return reasons[0].untranslated() if reasons else None

    def as_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "problem": self.problem,
                "problems": [p.untranslated() for p in self.reasons()],
                "trust_store": self.trust_store,
                "signatures": [s.as_json() for s in self.signatures]}


def verify_pdf(data: bytes, trust: Path | TrustStore | None) -> DocumentReport:
    complete_cms_names()
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader

    store = trust if isinstance(trust, TrustStore) else load_trust(trust)
    report = DocumentReport([], trust_store=str(store.directory) if store.directory else None)
    if store.empty:
        report.problems.append(NO_TRUST)
    for name in ("pyhanko", "pyhanko_certvalidator"):  # an untrusted signer is a result here,
        if logging.getLogger(name).level == logging.NOTSET:  # not a stack trace on stderr
            logging.getLogger(name).setLevel(logging.CRITICAL)
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        filled = _filled_fields(reader)
        ever = _ever_signed(reader)
        final = revisions.state(data)
    except (PdfError, ValueError, KeyError, TypeError, AttributeError) as exc:
        report.problems.append(NOT_PDF.format(error=type(exc).__name__))
        return report
    except Exception as exc:  # noqa: BLE001 - pikepdf's own errors: still not readable
        report.problems.append(NOT_PDF.format(error=type(exc).__name__))
        return report
    for name in sorted(ever - {n for n, _f in filled}):
        report.problems.append(REMOVED.format(field=name))
    checked = []
    for name, field in filled:
        checked.append(_check_field(reader, data, name, field, store, final))
    checked.sort(key=lambda pair: pair[0])
    report.signatures = [sig for _order, sig in checked]
    if (not report.signatures and not report.problems) or not report.signatures:
        report.problems.append(NO_SIGNATURE)
    elif not report.signatures[0].lock and report.signatures[0].intact:
        report.signatures[0].problems.append(NO_LOCK.format(field=report.signatures[0].field))
    return report


def _filled_fields(reader: Any) -> list[tuple[str, Any]]:
    from pyhanko.sign.fields import enumerate_sig_fields

    return [(name, field) for name, _value, field in
            enumerate_sig_fields(reader, filled_status=True)]


def _ever_signed(reader: Any) -> set[str]:
    """Every signature field that held a signature in some revision of the file."""
    from pyhanko.sign.fields import enumerate_sig_fields

    names: set[str] = set()
    for revision in range(reader.total_revisions):
        try:
            resolver = reader.get_historical_resolver(revision)
            names.update(n for n, _v, _f in enumerate_sig_fields(resolver, filled_status=True))
        except (ValueError, KeyError, TypeError, AttributeError):
            continue  # a revision that cannot be read holds nothing to miss
    return names


def _check_field(reader: Any, data: bytes, name: str, field: Any, store: TrustStore,
                 final: revisions.State) -> tuple[int, SignatureReport]:
    from pyhanko.sign.validation import EmbeddedPdfSignature

    report = SignatureReport(field=name)
    try:
        sig = EmbeddedPdfSignature(reader, field, name)
        sig.compute_integrity_info()  # type: ignore[no-untyped-call]
        order = int(sig.signed_revision)
    except Exception as exc:  # noqa: BLE001 - whatever a forged dictionary makes pyHanko raise
        log.warning("signature %s could not be read: %s", name, type(exc).__name__)
        report.problems.append(MALFORMED.format(field=name, error=_what(exc)))
        return 1 << 30, report
    _check_signature(sig, store, report)
    if report.intact:
        _check_changes(data, sig, report, final)  # the specific reasons first, then pyHanko's
        if not report.locks_kept:
            report.problems.append(LOCK_VIOLATED.format(field=name,
                                                        level=report.modification_level))
    try:
        _check_binding(data, sig, report)
    except Exception as exc:  # noqa: BLE001 - the signed revision itself cannot be read
        report.problems.append(MALFORMED.format(field=name, error=_what(exc)))
    return order, report


def _what(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:120]


def _check_signature(sig: Any, store: TrustStore, report: SignatureReport) -> None:
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    name = report.field
    try:
        context = ValidationContext(trust_roots=store.roots, crls=store.crls,
                                    allow_fetching=False, revocation_mode="require")
        status = validate_pdf_signature(sig, signer_validation_context=context,
                                        diff_policy=diff_policy())
    except Exception as exc:  # noqa: BLE001 - a forged signature is a result, not a crash
        log.warning("signature %s could not be validated: %s", name, type(exc).__name__)
        report.problems.append(MALFORMED.format(field=name, error=_what(exc)))
        return
    report.intact, report.valid = bool(status.intact), bool(status.intact and status.valid)
    cert = status.signing_cert
    signer = str(cert.subject.native.get("common_name") or cert.subject.human_friendly)
    report.signer_certificate, report.signer_serial = signer, str(cert.serial_number)
    report.signing_time = status.signer_reported_dt.isoformat() \
        if status.signer_reported_dt else None
    report.covers_whole_file = status.coverage is not None and \
        status.coverage.name == "ENTIRE_FILE"
    level = status.modification_level
    report.modification_level = level.name if level is not None else "NONE"
    docmdp, fieldmdp = sig.docmdp_level, sig.fieldmdp
    report.lock = " + ".join(part for part in (
        f"DocMDP P={docmdp.value}" if docmdp is not None else "",
        "FieldMDP" if fieldmdp is not None else "") if part)
    ts = status.timestamp_validity
    report.level = "PAdES-B-T" if ts is not None else "PAdES-B-B"
    if ts is not None:
        report.timestamp = ts.timestamp.isoformat()
        if not (ts.intact and ts.valid and ts.trusted):
            why = _indication(ts.trust_problem_indic) or "not intact"
            report.problems.append(TIMESTAMP_BAD.format(field=name, why=why))
    if not status.intact:
        report.problems.append(BROKEN.format(field=name))
        return
    if not status.valid:
        report.problems.append(CRYPTO.format(field=name))
        return
    if status.coverage is None or status.coverage.name not in ("ENTIRE_FILE",
                                                               "ENTIRE_REVISION"):
        report.problems.append(NOT_WHOLE.format(field=name))
    problem = pki.device_problem(_cryptography_cert(cert))
    indication = _indication(status.trust_problem_indic)
    if status.trusted and problem is None:
        report.trusted = True
    elif status.revoked or indication in _REVOKED:
        report.problems.append(REVOKED.format(field=name, signer=signer))
    elif indication == "NO_CERTIFICATE_CHAIN_FOUND" or (problem == "it is self-signed"):
        report.problems.append(UNKNOWN_KEY.format(field=name, signer=signer))
    elif problem is not None:  # a CA's or a self-made certificate, even if in the store
        report.problems.append(NOT_DEVICE.format(field=name, why=problem, signer=signer))
    elif indication in _EXPIRED:
        report.problems.append(EXPIRED.format(field=name, signer=signer))
    elif indication in _NO_REVINFO or cert.issuer.dump() not in store.crl_issuers():
        report.problems.append(NO_CRL.format(field=name, signer=signer))
    else:
        report.problems.append(UNTRUSTED.format(field=name, why=indication or "no path"))
    report.locks_kept = status.docmdp_ok is not False


def _indication(indic: Any) -> str:
    """The AdES sub-indication's name (NO_CERTIFICATE_CHAIN_FOUND, REVOKED, …), or ''."""
    return str(getattr(indic, "name", indic)) if indic is not None else ""


def _cryptography_cert(cert: Any) -> Any:
    from cryptography import x509

    return x509.load_der_x509_certificate(cert.dump())


def diff_policy() -> Any:
    """pyHanko's default policy, plus: filling a signature field may add our container key.

    Without this, a second signer filling a field that already existed would
    count as an unexplained change (level OTHER) for the first signature.
    Adding ``/BBKBiometric`` (and the field's lock) is allowed only where pyHanko
    already allows the field's value to be set; any other change is still reported.
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
            SigFieldModificationRule(value_update_keys=VALUE_UPDATE_KEYS | {
                CONTAINER_KEY, "/Lock"}),
            GenericFieldModificationRule(),
        ]))


def _signed_prefix(data: bytes, sig: Any) -> bytes:
    start, length = sig.byte_range[2], sig.byte_range[3]
    return data[:start + length]  # the document exactly as this signature saw it


def _check_changes(data: bytes, sig: Any, report: SignatureReport,
                   final: revisions.State) -> None:
    signed = _signed_prefix(data, sig)
    if len(signed) == len(data):
        return
    try:
        before = revisions.state(signed)
    except Exception as exc:  # noqa: BLE001 - pikepdf cannot read the signed revision
        report.problems.append(revisions.UNREADABLE.format(field=report.field,
                                                           error=type(exc).__name__))
        return
    report.problems.extend(revisions.changes(before, final, report.field))


def _check_binding(data: bytes, sig: Any, report: SignatureReport) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields

    name = report.field
    signed_reader = PdfFileReader(io.BytesIO(_signed_prefix(data, sig)), strict=False)
    container_ref = None
    for field_name, _value, ref in enumerate_sig_fields(signed_reader, filled_status=None):
        if field_name == name:
            container_ref = ref.get_object().get(CONTAINER_KEY)
    if container_ref is None:
        report.problems.append(NO_CONTAINER.format(field=name))
        return
    container = bytes(container_ref.get_object().original_bytes)
    current = sig.sig_field.get(CONTAINER_KEY)
    if current is None or bytes(current.get_object().original_bytes) != container:
        report.problems.append(CONTAINER_CHANGED.format(field=name))
        return
    try:
        binding, sealed = escrow.parse(container)
    except escrow.EscrowError:
        report.problems.append(CONTAINER_DAMAGED.format(field=name))
        return
    report.signer_name, report.place = binding.signer_name, binding.place
    report.signed_at, report.sample_count = binding.signed_at, binding.sample_count
    report.has_biometrics = sealed is not None
    report.container = container
    if binding.field != name:
        report.problems.append(CONTAINER_OTHER_FIELD.format(field=name, other=binding.field))
    elif binding.document_length > sig.byte_range[1] or hashlib.sha256(
            data[:binding.document_length]).hexdigest() != binding.document_sha256:
        report.problems.append(CONTAINER_OTHER_DOCUMENT.format(field=name))
    else:
        report.binding_ok = True


class RefusedError(ValueError):
    """The document is not intact or not trusted: the escrow holder must not open it."""


REFUSED: Final = N_("Signature", "Refused: the document is not intact or not trusted, so its "
                    "pen data is not evidence: {reasons}")


def open_biometrics(data: bytes, private_pem: bytes, out_dir: Path, trust: Path | None,
                    password: bytes | None = None, *,
                    force: bool = False) -> tuple[list[Path], DocumentReport]:
    """Decrypt every signature's time series: ``<field>.iso19794-7`` and ``<field>.png``.

    Refuses (``RefusedError``) unless the document verifies against ``trust``;
    ``force`` opens it all the same (the report still says what is wrong).
    """

    report = verify_pdf(data, trust)
    if not report.ok and not force:
        reasons = "; ".join(p.untranslated() for p in report.reasons())
        raise RefusedError(REFUSED.format(reasons=reasons).untranslated())
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
    return written, report


def time_series_ink(series: iso19794_7.TimeSeries) -> Ink:
    """The decoded time series as ink on a pad just large enough to hold it."""
    points = [p for s in series.strokes for p in s]
    width = max((p.x for p in points), default=0.0) + 1.0
    height = max((p.y for p in points), default=0.0) + 1.0
    return Ink(series.strokes, width, height)
