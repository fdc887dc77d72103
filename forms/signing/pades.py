"""Sign a rendered PDF: a new incremental revision with the handwritten signature.

The revision adds (or fills) the signature field, shows the ink (and, at the
tablet, name, place, date and what the signature confirms) in its appearance,
attaches the biometric container (``forms.signing.escrow``) to the field
dictionary under ``/BBKBiometric``, and seals all of it with a PAdES signature
(pyHanko, ETSI.CAdES.detached) by the device's own key, certified by the
office CA (``forms.signing.pki``): a key file, or a key on a PKCS#11 token
(``forms.signing.token``). Earlier revisions stay byte for byte.

Locks: the first signature of a document is a certification signature
(DocMDP, P=2: only filling the signature fields that exist) and every
signature field locks every field but the signature fields still empty
(FieldMDP). Fields a document plans (the counter's signature on a kiosk
application, the tablet's new fields) are created before the first signature,
so nothing added later can pass for planned (``forms.signing.revisions``).

Archive-grade: the revision keeps PDF 1.7 (no 2.0 declaration, no extension
dictionary), leaves the information dictionary and the XMP as they were (the
PDF/A identification stays true), and the appearance embeds its font.

With a timestamp authority (``tsa_url``) the signature carries an RFC 3161
timestamp (PAdES B-T); without one, or when it cannot be reached, it is B-B.

pyHanko takes about a second to import: it is imported inside the functions,
which run on worker threads (storage process, tablet worker, CLI), never at
start-up.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import io
import logging
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from forms.signing import escrow, iso19794_7
from forms.signing.capture import Ink
from forms.signing.identity import Identity
from forms.signing.ink import draw_on_canvas
from kiosk.base.catalogue import text
from kiosk.base.i18n import N_, OFFICE_LANGUAGE

log = logging.getLogger(__name__)
CONTAINER_KEY: Final = "/BBKBiometric"
IDENTITY_DIR: Final = "signing"
FONT: Final = "BBK-DejaVuSans"
FONT_FILE: Final = Path(__file__).resolve().parents[2] / "assets" / "fonts" / "DejaVuSans.ttf"
DEFAULT_REASON: Final = N_("Signature", "Handwritten signature")
TSA_UNREACHABLE: Final = "timestamp authority unreachable (%s): the signature is PAdES B-B"


@dataclass(frozen=True)
class NewField:
    """An empty signature field to create: name, page index, (x1, y1, x2, y2) in points."""

    name: str
    page: int
    box: tuple[float, float, float, float]
    label: str = ""  # what its signature will confirm: the field's /TU, the tablet shows it


@dataclass(frozen=True)
class SignRequest:
    field_name: str
    ink: Ink
    signer_name: str
    place: str
    signed_at: dt.datetime
    # A new field at (page index, x1, y1, x2, y2) in PDF points; None: the field
    # exists already, or (if it does not) an invisible one is added.
    box: tuple[int, float, float, float, float] | None = None
    # False: the appearance shows the ink only (the page prints the line, name,
    # place and date around the field itself, as the kiosk's application does).
    caption: bool = True
    # What the signature confirms, in the document's language: the signature's
    # /Reason and, with a caption, the appearance's first line.
    reason: str = ""
    # Without a caption: the printed signature line's height above the field's bottom
    # (points); the pad's guide line is put on it, so the ink sits on the line.
    line: float | None = None


def preload() -> None:
    """Import pyHanko now (about a second), not with the first signature."""
    from pyhanko.sign import fields, signers  # noqa: F401
    from pyhanko.stamp import StaticStampStyle  # noqa: F401


def complete_cms_names() -> None:
    """Make every CMS attribute name asn1crypto knows usable by name (call before pyHanko).

    ``asn1crypto.tsp`` adds names such as ``signing_certificate_v2`` to
    ``CMSAttributeType._map`` when it is imported, but the reverse map is built once,
    on first use, and not again: when CMS was used before (passive authentication of a
    chip, in the same process), pyHanko cannot name the attribute and signing fails with
    "invalid literal for int()". This adds what the cached reverse map lacks, as pyHanko
    does for its own additions.
    """
    from asn1crypto import cms, tsp  # noqa: F401 - tsp registers its attributes on import

    reverse = cms.CMSAttributeType._reverse_map
    if reverse is not None:
        for oid, name in cms.CMSAttributeType._map.items():
            reverse.setdefault(name, oid)


def _archive_writer(pdf: bytes) -> Any:
    """pyHanko's incremental writer, kept to what PDF/A-3 (PDF 1.7) allows."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    class ArchiveWriter(IncrementalPdfFileWriter):
        def ensure_output_version(self, version: tuple[int, int]) -> None:
            if version <= (1, 7):  # PAdES asks 2.0 for EC keys (ISO 32002): PDF/A is 1.7
                super().ensure_output_version(version)  # type: ignore[no-untyped-call]

        def register_extension(self, extension: Any) -> None:
            pass  # no /Extensions: the document stays plain PDF 1.7

        def _update_meta(self) -> None:
            pass  # /Info and the XMP stay as the archive finish wrote them, equal

    return ArchiveWriter(io.BytesIO(pdf), strict=False)


def add_fields(pdf: bytes, new: Sequence[NewField]) -> bytes:
    """``pdf`` plus one unsigned revision with these empty, visible signature fields."""
    from pyhanko.sign import fields

    if not new:
        return pdf
    from pyhanko.pdf_utils import generic

    writer = _archive_writer(pdf)
    for spec in new:
        fields.append_signature_field(writer, fields.SigFieldSpec(
            sig_field_name=spec.name, on_page=spec.page,
            box=spec.box,  # type: ignore[arg-type]
            empty_field_appearance=True))
        if spec.label:
            field = _find_field(writer, spec.name).get_object()
            field[generic.NameObject("/TU")] = generic.TextStringObject(spec.label)
            writer.update_container(field)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def prepare_fields(pdf: bytes, requests: Sequence[SignRequest],
                   planned: Sequence[NewField] = ()) -> tuple[bytes, list[SignRequest]]:
    """Create every new field of ``requests`` and ``planned`` in one revision before the
    first signature, so each signature fills a field that was there when the first one
    locked the document; returns the PDF and the requests, now naming existing fields."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields

    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    existing = {name for name, _v, _r in enumerate_sig_fields(reader, filled_status=None)}
    new = [NewField(r.field_name, r.box[0], r.box[1:]) for r in requests
           if r.box is not None and r.field_name not in existing]
    new += [p for p in planned if p.name not in existing]
    return add_fields(pdf, new), [dataclasses.replace(r, box=None) if r.field_name in
                                  {n.name for n in new} else r for r in requests]


def _is_signed(writer: Any) -> bool:
    from pyhanko.sign.fields import enumerate_sig_fields

    return any(True for _ in enumerate_sig_fields(writer, filled_status=True))


def _lock_for(writer: Any, name: str) -> Any:
    """FieldMDP: every field is locked but the signature fields still to be signed."""
    from pyhanko.sign.fields import FieldMDPAction, FieldMDPSpec, enumerate_sig_fields

    open_fields = [n for n, _v, _r in enumerate_sig_fields(writer, filled_status=False)
                   if n != name]
    if not open_fields:
        return FieldMDPSpec(FieldMDPAction.ALL)
    return FieldMDPSpec(FieldMDPAction.EXCLUDE, fields=open_fields)


def _signer(identity: Identity, stack: Any) -> Any:
    """pyHanko's signer for ``identity``; a key or certificate that cannot be read raises
    ``OSError`` (pyHanko's own loader would only log it)."""
    from pyhanko.keys import load_certs_from_pemder_data, load_private_key_from_pemder_data
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    if identity.pkcs11 is not None:
        from forms.signing import token  # late: only a terminal with a token loads it

        return stack.enter_context(token.signer(identity))
    assert identity.key_path is not None
    key_data, cert_data = identity.key_path.read_bytes(), identity.cert_path.read_bytes()
    chain = identity.chain_path.read_bytes() if identity.chain_path else b""
    try:
        key = load_private_key_from_pemder_data(key_data, passphrase=None)
        (cert,) = load_certs_from_pemder_data(cert_data)
        others = list(load_certs_from_pemder_data(chain)) if chain else []
    except ValueError as exc:
        raise OSError(errno.EINVAL, f"the signing key or certificate is damaged ({exc})"
                      ) from exc
    return signers.SimpleSigner(signing_cert=cert, signing_key=key,
                                cert_registry=SimpleCertificateStore.from_certs(  # type: ignore[no-untyped-call]
                                    [cert, *others]))


def sign_pdf(pdf: bytes, request: SignRequest, identity: Identity,
             escrow_pem: bytes | None, tsa_url: str | None = None) -> bytes:
    """``pdf`` plus one signed revision for ``request`` (see the module docstring)."""
    import contextlib

    complete_cms_names()
    from pyhanko.pdf_utils import generic
    from pyhanko.sign import fields, signers, timestamps
    from pyhanko.sign.timestamps.common_utils import TimestampRequestError
    from pyhanko.stamp import StaticStampStyle

    record = iso19794_7.encode(request.ink.strokes, request.signed_at)
    binding = escrow.Binding.for_document(
        pdf, field=request.field_name, signer_name=request.signer_name, place=request.place,
        signed_at=request.signed_at.isoformat(),
        sample_count=request.ink.sample_count)
    container = escrow.seal(record, binding, escrow_pem)

    writer = _archive_writer(pdf)
    certify = not _is_signed(writer)
    field_ref = _find_field(writer, request.field_name)
    lock = _lock_for(writer, request.field_name)
    if field_ref is None:
        page, *box = request.box or (0, 0.0, 0.0, 0.0, 0.0)
        fields.append_signature_field(writer, fields.SigFieldSpec(
            sig_field_name=request.field_name, on_page=page,
            box=tuple(box) if request.box else None,  # type: ignore[arg-type]
            field_mdp_spec=lock))
        field_ref = _find_field(writer, request.field_name)
        assert field_ref is not None
    field = field_ref.get_object()
    if "/Lock" not in field:
        field[generic.NameObject("/Lock")] = lock.as_pdf_object()
    # A direct string in the field's own dictionary: a separate stream object
    # would be an "unexplained xref" to pyHanko's modification analysis.
    field[generic.NameObject(CONTAINER_KEY)] = generic.ByteStringObject(container)
    writer.update_container(field)
    rect = _field_rect(field)
    meta = signers.PdfSignatureMetadata(
        field_name=request.field_name, md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES, name=request.signer_name,
        location=request.place, reason=request.reason or text(DEFAULT_REASON, OFFICE_LANGUAGE),
        certify=certify, docmdp_permissions=fields.MDPPerm.FILL_FORMS)
    out = io.BytesIO()
    with tempfile.TemporaryDirectory() as tmp, contextlib.ExitStack() as stack:
        style = None
        if rect is not None:
            appearance = Path(tmp) / "appearance.pdf"
            appearance.write_bytes(_appearance_pdf(request, *rect))
            style = StaticStampStyle.from_pdf_file(str(appearance), border_width=0)
        signer = _signer(identity, stack)
        stamper = timestamps.HTTPTimeStamper(tsa_url, timeout=10) if tsa_url else None
        try:
            signers.PdfSigner(meta, signer=signer, stamp_style=style,
                              timestamper=stamper).sign_pdf(writer, output=out)
        except TimestampRequestError as exc:  # offline: the seal is B-B, and says so
            log.warning(TSA_UNREACHABLE, type(exc).__name__)
            return sign_pdf(pdf, request, identity, escrow_pem, tsa_url=None)
    return out.getvalue()


def signature_level(pdf: bytes, field: str) -> str:
    """"PAdES-B-T" when the signature in ``field`` carries a timestamp, else "PAdES-B-B"."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    for sig in PdfFileReader(io.BytesIO(pdf), strict=False).embedded_signatures:
        if sig.field_name == field:
            attrs = sig.signer_info["unsigned_attrs"]
            types = {a["type"].native for a in attrs} if attrs.native else set()
            return "PAdES-B-T" if "signature_time_stamp_token" in types else "PAdES-B-B"
    raise ValueError(f"no signature in field {field!r}")


def _find_field(writer: Any, name: str) -> Any:
    from pyhanko.sign.fields import enumerate_sig_fields

    for field_name, _value, ref in enumerate_sig_fields(writer, filled_status=None):
        if field_name == name:
            return ref
    return None


def _field_rect(field: Any) -> tuple[float, float] | None:
    rect = field.get("/Rect")
    if rect is None and "/Kids" in field:
        rect = field["/Kids"][0].get_object().get("/Rect")
    if rect is None:
        return None
    x1, y1, x2, y2 = (float(v) for v in rect)
    width, height = abs(x2 - x1), abs(y2 - y1)
    return (width, height) if width > 1 and height > 1 else None


def _appearance_pdf(request: SignRequest, width: float, height: float) -> bytes:
    """A one-page PDF of the field's size: the ink above a line, then what the signature
    confirms, the name, place and date (or, without ``request.caption``, the ink alone).
    Its only font is DejaVu Sans, embedded (PDF/A)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(FONT_FILE)))
    buffer = io.BytesIO()
    canv = Canvas(buffer, pagesize=(width, height), invariant=1, initialFontName=FONT,
                  initialFontSize=8)
    if not request.caption:
        if request.line is not None:
            draw_on_canvas(canv, request.ink, 2, 0, width - 4, height - 1, line_y=request.line)
        else:
            draw_on_canvas(canv, request.ink, 2, 2, width - 4, height - 4)
        canv.showPage()
        canv.save()
        return buffer.getvalue()
    lines = [line for line in (request.reason, request.signer_name,
                               f"{request.place}, {request.signed_at.strftime('%d.%m.%Y %H:%M')}")
             if line]
    caption = max(6.0, min(8.0, height * 0.1))
    text_h = caption * (1.2 * len(lines) + 0.4)
    draw_on_canvas(canv, request.ink, 0, 0, width, height, line_y=text_h - 1)
    canv.setStrokeGray(0.55)
    canv.setLineWidth(0.5)
    canv.line(2, text_h - 1, width - 2, text_h - 1)
    canv.setFillGray(0.2)
    canv.setFont(FONT, caption)
    for number, line in enumerate(lines, start=1):
        while len(line) > 4 and canv.stringWidth(line, FONT, caption) > width - 4:
            line = line[:-2] + "…"
        canv.drawString(2, text_h - caption * 1.2 * number, line)
    canv.showPage()
    canv.save()
    return buffer.getvalue()
