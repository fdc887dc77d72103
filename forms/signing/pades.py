"""Sign a rendered PDF: a new incremental revision with the handwritten signature.

The revision adds (or fills) the signature field, shows the ink, name, place
and date in its appearance when the field is visible, attaches the biometric
container (``forms.signing.escrow``) to the field dictionary under
``/BBKBiometric``, and seals all of it with a PAdES signature (pyHanko,
ETSI.CAdES.detached) by the terminal's own key. Earlier revisions stay byte for
byte, so several signers on one document work and later edits are detectable.

pyHanko takes about a second to import: it is imported inside the functions,
which run on worker threads (storage thread, tablet worker, CLI), never at
start-up.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from forms.signing import escrow, iso19794_7
from forms.signing.capture import Ink
from forms.signing.ink import draw_on_canvas

CONTAINER_KEY: Final = "/BBKBiometric"
IDENTITY_DIR: Final = "signing"
FONT: Final = "BBK-DejaVuSans"
FONT_FILE: Final = Path(__file__).resolve().parents[2] / "assets" / "fonts" / "DejaVuSans.ttf"


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


@dataclass(frozen=True)
class Identity:
    key_path: Path
    cert_path: Path


def terminal_identity(data_dir: Path, terminal_id: str,
                      key_path: Path | None = None, cert_path: Path | None = None) -> Identity:
    """The configured signing key, or a self-signed one made on first use (mode 0600)."""
    if key_path is not None and cert_path is not None:
        return Identity(key_path, cert_path)
    directory = data_dir / IDENTITY_DIR
    identity = Identity(directory / "terminal-signing.key", directory / "terminal-signing.crt")
    if identity.key_path.exists() and identity.cert_path.exists():
        return identity
    _make_self_signed(identity, terminal_id)
    return identity


def _make_self_signed(identity: Identity, terminal_id: str) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
    )
    from cryptography.x509.oid import NameOID

    identity.key_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, f"Bürgerbüro Kiosk terminal {terminal_id}"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Bürgerbüro Kiosk"),
    ])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(
                digital_signature=True, content_commitment=True, key_encipherment=False,
                data_encipherment=False, key_agreement=False, key_cert_sign=True,
                crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    tmp = identity.key_path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()))
    identity.cert_path.write_bytes(cert.public_bytes(Encoding.PEM))
    os.replace(tmp, identity.key_path)


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


def sign_pdf(pdf: bytes, request: SignRequest, identity: Identity,
             escrow_pem: bytes | None) -> bytes:
    """``pdf`` plus one signed revision for ``request`` (see the module docstring)."""
    complete_cms_names()
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import StaticStampStyle

    record = iso19794_7.encode(request.ink.strokes, request.signed_at)
    binding = escrow.Binding.for_document(
        pdf, field=request.field_name, signer_name=request.signer_name, place=request.place,
        signed_at=request.signed_at.isoformat(),
        sample_count=request.ink.sample_count)
    container = escrow.seal(record, binding, escrow_pem)

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    field_ref = _find_field(writer, request.field_name)
    if field_ref is None:
        page, *box = request.box or (0, 0.0, 0.0, 0.0, 0.0)
        fields.append_signature_field(writer, fields.SigFieldSpec(
            sig_field_name=request.field_name, on_page=page,
            box=tuple(box) if request.box else None))  # type: ignore[arg-type]
        field_ref = _find_field(writer, request.field_name)
        assert field_ref is not None
    field = field_ref.get_object()
    # A direct string in the field's own dictionary: a separate stream object
    # would be an "unexplained xref" to pyHanko's modification analysis.
    field[generic.NameObject(CONTAINER_KEY)] = generic.ByteStringObject(container)
    writer.update_container(field)
    rect = _field_rect(field)
    signer = signers.SimpleSigner.load(  # type: ignore[no-untyped-call]
        str(identity.key_path), str(identity.cert_path))
    meta = signers.PdfSignatureMetadata(
        field_name=request.field_name, md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES, name=request.signer_name,
        location=request.place, reason="Handwritten signature")
    out = io.BytesIO()
    with tempfile.TemporaryDirectory() as tmp:
        style = None
        if rect is not None:
            appearance = Path(tmp) / "appearance.pdf"
            appearance.write_bytes(_appearance_pdf(request, *rect))
            style = StaticStampStyle.from_pdf_file(str(appearance), border_width=0)
        pdf_signer = signers.PdfSigner(meta, signer=signer, stamp_style=style)
        pdf_signer.sign_pdf(writer, output=out)
    return out.getvalue()


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
    """A one-page PDF of the field's size: the ink above a line, name, place and date
    (or, without ``request.caption``, the ink alone)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(FONT_FILE)))
    buffer = io.BytesIO()
    canv = Canvas(buffer, pagesize=(width, height), invariant=1)
    if not request.caption:
        draw_on_canvas(canv, request.ink, 2, 2, width - 4, height - 4)
        canv.showPage()
        canv.save()
        return buffer.getvalue()
    caption = max(6.0, min(9.0, height * 0.12))
    text_h = caption * 2.6
    ink_h = height - text_h
    draw_on_canvas(canv, request.ink, 0, text_h, width, ink_h)
    canv.setStrokeGray(0.55)
    canv.setLineWidth(0.5)
    canv.line(2, text_h - 1, width - 2, text_h - 1)
    canv.setFillGray(0.2)
    canv.setFont(FONT, caption)
    canv.drawString(2, text_h - caption * 1.2, request.signer_name)
    canv.drawString(2, text_h - caption * 2.4,
                    f"{request.place}, {request.signed_at.strftime('%d.%m.%Y %H:%M')}")
    canv.showPage()
    canv.save()
    return buffer.getvalue()
