"""Every published attack class on a genuinely signed application fails, with its reason.

The documents are the kiosk's own (rendered, sealed by an enrolled terminal, the counter's
signature by an enrolled tablet); the attacks are made with pyHanko and pikepdf as an
attacker would (tests/helpers_attacks.py). Each must be refused by ``signature verify``
with a reason a clerk can act on, and ``signature open`` must refuse it.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import helpers_attacks as attack
import pytest
from helpers_signing import plain_pdf
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import pdf_name

from forms.loader import shipped_forms
from forms.samples import sample_ink, sample_record
from forms.signing import pki, revisions, verify
from forms.signing.escrow import make_escrow_keys
from forms.signing.identity import Identity
from forms.signing.pades import SignRequest, sign_pdf
from kiosk.settings import Settings
from kiosk.signing import Signer
from kiosk.submission import COUNTER_FIELD, SIGNATURE_FIELD, signed_application_pdf
from kiosk.tablet.fields import resolve_fields
from kiosk.tablet.signing import FieldSignature, sign_job

NOW = dt.datetime(2026, 11, 21, 10, 30, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def world(office: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    base = tmp_path_factory.mktemp("attacks")
    escrow_key, escrow_pub = make_escrow_keys(base / "escrow", curve=True)
    office.enroll(base / "terminal", "T-ATK")
    office.enroll(base / "tablet", "TAB-ATK", "tablet")
    terminal = Settings(data_dir=base / "terminal", escrow_cert=escrow_pub)
    tablet = Settings(data_dir=base / "tablet", escrow_cert=escrow_pub)
    record = sample_record(shipped_forms()["meldebescheinigung-einfach"], signed_at=NOW)
    genuine = signed_application_pdf(terminal, record)
    fields = resolve_fields(genuine, [])
    counter = sign_job(genuine, [FieldSignature(f, sample_ink(), NOW) for f in fields],
                       "Erika Mustermann", tablet)
    return {"base": base, "trust": office.trust, "escrow_key": escrow_key,
            "escrow_pub": escrow_pub, "terminal": terminal, "tablet": tablet,
            "record": record, "genuine": genuine, "counter": counter}


def rogue_identity(base: Path, subject_of: Path) -> Identity:
    """A self-made CA and a device certificate under the genuine device's very name."""
    rogue = base / "rogue"
    if not (rogue / "ca.crt").exists():
        pki.create_ca(rogue / "ca", "Stadt Musterstadt Bürgerbüro-CA", "Stadt Musterstadt")
        genuine = pki.load_certificate(subject_of)
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import ec
        from cryptography.hazmat.primitives.serialization import Encoding

        key = ec.generate_private_key(ec.SECP256R1())
        csr = x509.CertificateSigningRequestBuilder().subject_name(genuine.subject).sign(
            key, hashes.SHA256())
        (rogue / "req.csr").write_bytes(csr.public_bytes(Encoding.PEM))
        (rogue / "device.crt").write_bytes(pki.issue(rogue / "ca", rogue / "req.csr"))
        from cryptography.hazmat.primitives.serialization import NoEncryption, PrivateFormat

        (rogue / "device.key").write_bytes(key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8,
                                                             NoEncryption()))
    return Identity(rogue / "device.crt", key_path=rogue / "device.key")


def problems(data: bytes, trust: Path) -> list[str]:
    report = verify.verify_pdf(data, trust)
    assert not report.ok
    return [p.untranslated() for p in report.reasons()]


def refused_by_open(world: dict[str, Any], data: bytes, tmp: Path) -> None:
    with pytest.raises(verify.RefusedError, match="Refused"):
        verify.open_biometrics(data, world["escrow_key"].read_bytes(), tmp / "open",
                               world["trust"])
    assert not (tmp / "open").exists()


# -- the genuine documents pass ---------------------------------------------------------

def test_the_genuine_kiosk_and_counter_documents_pass(world: dict[str, Any],
                                                      tmp_path: Path) -> None:
    for data, fields in ((world["genuine"], [SIGNATURE_FIELD]),
                         (world["counter"], [SIGNATURE_FIELD, COUNTER_FIELD])):
        report = verify.verify_pdf(data, world["trust"])
        assert report.ok, report.as_json()
        assert [s.field for s in report.signatures] == fields
        assert report.signatures[0].lock == "DocMDP P=2 + FieldMDP"
    opened, _report = verify.open_biometrics(world["counter"], world["escrow_key"].read_bytes(),
                                             tmp_path / "open", world["trust"])
    assert len(opened) == 4  # both signatures' pen data


# -- incremental saving and overlays ----------------------------------------------------

ATTACKS: dict[str, tuple[Callable[[bytes], bytes], str]] = {
    "content redefinition": (attack.content_redefinition,
                             "The page was changed after the signature in 'Unterschrift' was "
                             "made: page 1 content."),
    "overlay annotation": (attack.overlay_annotation,
                           "Something that shows on page 1 (an annotation) was added or "
                           "changed after the signature in 'Unterschrift' was made."),
    "replaced embedded file": (attack.replaced_embedded_file,
                               "An embedded file was added, replaced or removed after the "
                               "signature in 'Unterschrift' was made."),
    "removed signature": (attack.removed_signature,
                          "The signature in 'Unterschrift' was removed after it was made."),
    "sneaky signature field, unsigned": (
        attack.sneaky_field,
        "A field the document did not plan was added after the signature in 'Unterschrift' "
        "was made: 'Bestaetigung'."),
}


@pytest.mark.parametrize("name", list(ATTACKS))
def test_changes_after_the_citizen_signed_are_refused(world: dict[str, Any], name: str,
                                                      tmp_path: Path) -> None:
    make, reason = ATTACKS[name]
    forged = make(world["genuine"])
    assert reason in problems(forged, world["trust"])
    refused_by_open(world, forged, tmp_path)
    # … and on the counter document, after both signatures, too.
    assert problems(make(world["counter"]), world["trust"])


def test_re_signed_with_another_key_under_the_same_name(world: dict[str, Any],
                                                        tmp_path: Path) -> None:
    """The fee changed to 0 in a fresh rendering, sealed by a self-made CA's "terminal" of
    the same name, the pen data sealed to the public escrow certificate."""
    import dataclasses

    from forms.pdf import render_application_pdf_with_layout

    form = dataclasses.replace(shipped_forms()["meldebescheinigung-einfach"], fee_cents=0)
    cheap = sample_record(form, signed_at=NOW)
    rogue = rogue_identity(world["base"], world["terminal"].data_dir / "signing" / "device.crt")
    signer = Signer(rogue, world["escrow_pub"].read_bytes(), "Musterstadt")
    pdf, layout = render_application_pdf_with_layout(cheap, draw_ink=False)
    box = layout.applicant
    forged = signer.sign(pdf, [SignRequest(SIGNATURE_FIELD, cheap.ink, cheap.signer_name,
                                           "Musterstadt", NOW,
                                           (box.page, box.x1, box.y1, box.x2, box.y2))])
    found = problems(forged, world["trust"])
    assert any(p.startswith("The signature in 'Unterschrift' was made by a key the office "
                            "does not know") for p in found), found
    refused_by_open(world, forged, tmp_path)
    result = subprocess.run([sys.executable, "-m", "ui.main", "signature", "verify",
                             str(_write(tmp_path, forged)), "--json"], capture_output=True,
                            text=True, timeout=120, check=False)
    assert result.returncode == 1  # without --trust: not ok either
    assert json.loads(result.stdout)["problem"].startswith("No trust anchor")


def _write(tmp: Path, data: bytes) -> Path:
    path = tmp / "forged.pdf"
    path.write_bytes(data)
    return path


def test_extra_signature_by_an_unknown_key(world: dict[str, Any], tmp_path: Path) -> None:
    rogue = rogue_identity(world["base"], world["tablet"].data_dir / "signing" / "device.crt")
    forged = sign_pdf(world["genuine"], SignRequest(COUNTER_FIELD, sample_ink(),
                                                    "Erika Mustermann", "Musterstadt", NOW),
                      rogue, world["escrow_pub"].read_bytes())
    found = problems(forged, world["trust"])
    assert any(p.startswith(f"The signature in '{COUNTER_FIELD}' was made by a key the office "
                            "does not know") for p in found), found
    refused_by_open(world, forged, tmp_path)


def test_sneaky_signature_signed_by_a_trusted_second_key(world: dict[str, Any],
                                                         tmp_path: Path) -> None:
    """The tablet's own, trusted key signs a *new* field whose appearance covers the fee."""
    from kiosk.signing import device_identity

    tablet = device_identity(world["tablet"])
    sneaky = attack.sneaky_field(world["genuine"])
    forged = sign_pdf(sneaky, SignRequest("Bestaetigung", sample_ink(), "Erika Mustermann",
                                          "Musterstadt", NOW), tablet,
                      world["escrow_pub"].read_bytes())
    report = verify.verify_pdf(forged, world["trust"])
    assert report.signatures[1].trusted  # the second signature itself is fine …
    assert not report.ok  # … but the field was not planned when the citizen signed
    assert revisions.FIELD_ADDED.format(field=SIGNATURE_FIELD, name="Bestaetigung") in \
        report.signatures[0].problems
    refused_by_open(world, forged, tmp_path)
    # The tablet refuses to add a field to a locked document in the first place.
    from kiosk.tablet.fields import NotSignable
    from kiosk.tablet.jobs import FieldSpec

    with pytest.raises(NotSignable, match="lock allows no new signature field"):
        resolve_fields(world["genuine"], [FieldSpec("Neu", 0, (60, 560, 540, 680))])


# -- universal signature forgery and signature wrapping ---------------------------------

def _drop(key: str) -> Callable[[Any], None]:
    return lambda sig: sig.pop(pdf_name(key))


def _set(key: str, value: Any) -> Callable[[Any], None]:
    return lambda sig: sig.__setitem__(pdf_name(key), value)


USF: dict[str, Callable[[Any], None]] = {
    "/Contents missing": _drop("/Contents"),
    "/Contents empty": _set("/Contents", generic.ByteStringObject(b"")),
    "/Contents zeros": _set("/Contents", generic.ByteStringObject(b"\0" * 64)),
    "/Contents null": _set("/Contents", generic.NullObject()),
    "/ByteRange missing": _drop("/ByteRange"),
    "/ByteRange null": _set("/ByteRange", generic.NullObject()),
    "/ByteRange zeros": _set("/ByteRange", generic.ArrayObject(
        [generic.NumberObject(0)] * 4)),
}


@pytest.mark.parametrize("variant", list(USF))
def test_universal_signature_forgery(world: dict[str, Any], variant: str,
                                     tmp_path: Path) -> None:
    forged = attack.swap_signature_dict(attack.content_redefinition(world["genuine"]),
                                        SIGNATURE_FIELD, USF[variant])
    found = problems(forged, world["trust"])
    assert any(p.startswith("The signature in 'Unterschrift' is malformed and cannot be "
                            "checked") or "no longer matches the document" in p
               for p in found), found
    refused_by_open(world, forged, tmp_path)


def test_byte_range_not_covering_the_file(world: dict[str, Any], tmp_path: Path) -> None:
    forged = attack.wrapped_byte_range(world["genuine"])
    found = problems(forged, world["trust"])
    assert any("no longer matches the document" in p or "leaves part of its revision" in p
               or "malformed" in p for p in found), found
    refused_by_open(world, forged, tmp_path)


# -- shadow attacks: prepared before signing, switched after -----------------------------

def _prepared(kind: str) -> bytes:
    """The attacker's document as handed to the counter: it shows "Betrag: 5 EUR"."""
    import pikepdf

    pdf = pikepdf.open(io.BytesIO(plain_pdf(1, text="Vertrag")))
    page = pdf.pages[0]
    font = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font,
                                                Subtype=pikepdf.Name.Type1,
                                                BaseFont=pikepdf.Name.Helvetica))
    page.obj.Resources.Font = pikepdf.Dictionary(FS=font)
    real = b"BT /FS 20 Tf 72 600 Td (Betrag: 900 EUR) Tj ET\n"
    shown = b"BT /FS 20 Tf 72 600 Td (Betrag: 5 EUR) Tj ET\n"
    if kind == "hide":  # the real amount is drawn, then covered by an overlay object
        cover = pdf.make_stream(b"q 1 1 1 rg 60 590 400 40 re f Q " + shown,
                                Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Form,
                                BBox=[0, 0, 600, 800],
                                Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(FS=font)))
        page.obj.Resources.XObject = pikepdf.Dictionary(Cover=cover)
        page.contents_add(pdf.make_stream(real + b"q /Cover Do Q\n"))
    elif kind == "replace-font":
        page.contents_add(pdf.make_stream(shown))
    elif kind == "hide-and-replace":  # an unused object holds the other content
        page.contents_add(pdf.make_stream(shown))
        pdf.Root.Hidden = pdf.make_stream(real)
    elif kind == "replace-field":
        field = pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, FT=pikepdf.Name.Tx,
            T="Betrag", V="5 EUR", F=4, Rect=[72, 590, 400, 630], P=page.obj,
            AP=pikepdf.Dictionary(N=pdf.make_stream(
                b"BT /FS 20 Tf 2 10 Td (5 EUR) Tj ET", Type=pikepdf.Name.XObject,
                Subtype=pikepdf.Name.Form, BBox=[0, 0, 328, 40],
                Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(FS=font))))))
        page.obj.Annots = pikepdf.Array([field])
        pdf.Root.AcroForm = pikepdf.Dictionary(Fields=[field])
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def _switch(kind: str, signed: bytes) -> bytes:
    import pikepdf

    with pikepdf.open(io.BytesIO(signed)) as pdf:
        page = pdf.pages[0].obj
        numbers = {"cover": page.Resources.XObject.Cover.objgen[0] if kind == "hide" else 0,
                   "font": page.Resources.Font.FS.objgen[0],
                   "hidden": pdf.Root.Hidden.objgen[0] if kind == "hide-and-replace" else 0,
                   "page": page.objgen[0]}

    def change(writer: Any) -> None:
        if kind == "hide":  # the overlay redefined as nothing
            writer.objects[(0, numbers["cover"])] = generic.StreamObject({
                pdf_name("/Type"): pdf_name("/XObject"), pdf_name("/Subtype"): pdf_name("/Form"),
                pdf_name("/BBox"): generic.ArrayObject([generic.NumberObject(0)] * 4)},
                stream_data=b"")
        elif kind == "replace-font":  # the same glyph codes, another font
            writer.objects[(0, numbers["font"])] = generic.DictionaryObject({
                pdf_name("/Type"): pdf_name("/Font"), pdf_name("/Subtype"): pdf_name("/Type1"),
                pdf_name("/BaseFont"): pdf_name("/Symbol")})
        elif kind == "hide-and-replace":  # the page now shows the hidden object
            page_ref, _r = writer.find_page_for_modification(0)
            page_ref.get_object()[pdf_name("/Contents")] = generic.IndirectObject(
                numbers["hidden"], 0, writer)
            writer.mark_update(page_ref)
        elif kind == "replace-field":  # form filling: another value, another appearance
            field = writer.root["/AcroForm"]["/Fields"][0]
            field[pdf_name("/V")] = generic.pdf_string("900 EUR")
            writer.update_container(field)
    return attack.revision(signed, change)


SHADOW = {
    "hide": "The page was changed after the signature in 'Unterschrift' was made: page 1 "
            "content.",
    "replace-font": "The page was changed after the signature in 'Unterschrift' was made: "
                    "page 1 content.",
    "hide-and-replace": "The page was changed after the signature in 'Unterschrift' was "
                        "made: page 1 content.",
    "replace-field": "Field 'Betrag' was filled in or changed after the signature in "
                     "'Unterschrift' was made.",
}


@pytest.mark.parametrize("kind", list(SHADOW))
def test_shadow_attacks(world: dict[str, Any], kind: str, tmp_path: Path) -> None:
    tablet = Signer.from_settings(world["tablet"])
    signed = tablet.sign(_prepared(kind), [SignRequest(
        "Unterschrift", sample_ink(), "Erika Mustermann", "Musterstadt", NOW,
        (0, 72, 90, 272, 170))])
    assert verify.verify_pdf(signed, world["trust"]).ok  # what the citizen signed is fine
    forged = _switch(kind, signed)
    assert SHADOW[kind] in problems(forged, world["trust"])
    refused_by_open(world, forged, tmp_path)


# -- the trust store decides, and fails closed ------------------------------------------

def test_no_crl_expired_and_self_signed_signers_are_not_trusted(world: dict[str, Any],
                                                               office: Any,
                                                               tmp_path: Path) -> None:
    import shutil

    no_crl = tmp_path / "no-crl"
    no_crl.mkdir()
    shutil.copy(office.trust / "office-ca.crt", no_crl)
    found = problems(world["genuine"], no_crl)
    assert any("revocation list (CRL) is missing" in p for p in found), found

    # A device certificate that ran out before the document was checked.
    from forms.signing.identity import Identity as Id

    old = tmp_path / "old"
    csr = pki.make_device_request(old, "Bürgerbüro Musterstadt", "T-OLD")
    (old / "device.crt").write_bytes(pki.issue(office.ca, csr, days=1,
                                               now=dt.datetime.now(dt.UTC) - dt.timedelta(days=30)))
    office.publish()
    expired = sign_pdf(plain_pdf(1), SignRequest("Unterschrift", sample_ink(), "E. M.",
                                                 "Musterstadt", NOW, (0, 72, 90, 272, 170)),
                       Id(old / "device.crt", key_path=old / "device.key"), None)
    found = problems(expired, office.trust)
    assert any("expired or not yet valid" in p for p in found), found

    # A self-signed "device" certificate dropped into the trust store vouches for nothing.
    rogue = tmp_path / "rogue-ca"
    pki.create_ca(rogue, "Bürgerbüro Musterstadt – Terminal T-SELF", "Bürgerbüro")
    careless = tmp_path / "careless-trust"
    shutil.copytree(office.trust, careless)
    shutil.copy(rogue / "ca.crt", careless / "self.crt")
    self_signed = sign_pdf(plain_pdf(1), SignRequest(
        "Unterschrift", sample_ink(), "E. M.", "Musterstadt", NOW, (0, 72, 90, 272, 170)),
        Id(rogue / "ca.crt", key_path=rogue / "ca.key"), None)
    found = problems(self_signed, careless)
    assert any("no device certificate of the office" in p or "does not know" in p
               for p in found), found
