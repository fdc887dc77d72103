"""Still PDF/A-3b after each signature: the kiosk's sealed application and the counter's.

veraPDF cannot run here (Java, neither in Debian nor on PyPI; its installer downloads
from the web), so the rules a signing revision could break are checked one by one,
with pikepdf, qpdf and poppler (pdffonts, pdfsig):

* every font, in the pages and in every appearance stream, embedded (6.2.11.4.1);
* the information dictionary and the XMP equivalent (6.6.2.3), the PDF/A
  identification still there (6.6.4), no PDF 2.0 declaration nor extension
  dictionary (the file is PDF 1.7, ISO 19005-3 4), the output intent kept (6.2.3);
* every annotation printed, not hidden, with a normal appearance (6.3.2, 6.3.3);
* signature references without digest entries, /Perms holding DocMDP only (6.4.3);
* the file well-formed (qpdf --check) and every signature valid for poppler.
"""

from __future__ import annotations

import datetime as dt
import io
import subprocess
from pathlib import Path
from typing import Any

import pikepdf
import pytest

from forms.loader import shipped_forms
from forms.samples import sample_ink, sample_record
from forms.signing.escrow import make_escrow_keys
from kiosk.settings import Settings
from kiosk.submission import signed_application_pdf
from kiosk.tablet.fields import resolve_fields
from kiosk.tablet.signing import FieldSignature, sign_job

NOW = dt.datetime(2026, 11, 21, 10, 30, tzinfo=dt.UTC)
INFO_XMP = {"/Title": "dc:title", "/Author": "dc:creator", "/Subject": "dc:description",
            "/Producer": "pdf:Producer", "/Creator": "xmp:CreatorTool"}


@pytest.fixture(scope="module")
def documents(office: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    base = tmp_path_factory.mktemp("pdfa")
    _key, pub = make_escrow_keys(base / "escrow", curve=True)
    office.enroll(base / "terminal", "T-PDFA")
    office.enroll(base / "tablet", "TAB-PDFA", "tablet")
    record = sample_record(shipped_forms()["fuehrungszeugnis"], signed_at=NOW)
    unsigned_check = Settings(data_dir=base / "terminal", escrow_cert=pub)
    one = signed_application_pdf(unsigned_check, record)
    two = sign_job(one, [FieldSignature(f, sample_ink(), NOW)
                         for f in resolve_fields(one, [])], "Erika Mustermann",
                   Settings(data_dir=base / "tablet", escrow_cert=pub))
    return {"kiosk": one, "counter": two}


@pytest.fixture(params=["kiosk", "counter"])
def signed(request: pytest.FixtureRequest, documents: dict[str, bytes],
           tmp_path: Path) -> Path:
    path = tmp_path / f"{request.param}.pdf"
    path.write_bytes(documents[request.param])
    return path


def test_every_font_is_embedded(signed: Path) -> None:
    listing = subprocess.run(["pdffonts", str(signed)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    assert listing
    for line in listing:
        columns = line.split()
        assert columns[-5] == "yes", line  # emb
    with pikepdf.open(signed) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/Font":
                descriptor = obj.get("/FontDescriptor")
                assert descriptor is not None, obj.get("/BaseFont")
                assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))


def test_version_metadata_and_output_intent_stay_true(signed: Path) -> None:
    with pikepdf.open(signed) as pdf:
        assert pdf.pdf_version == "1.7"
        assert "/Version" not in pdf.Root or str(pdf.Root.Version) in ("/1.7", "/1.4")
        assert "/Extensions" not in pdf.Root
        meta = pdf.open_metadata()
        assert meta["pdfaid:part"] == "3"
        assert meta["pdfaid:conformance"] == "B"
        for key, prop in INFO_XMP.items():
            value = meta[prop]
            shown = value[0] if isinstance(value, list) else value
            assert shown == str(pdf.docinfo[key]), key
        assert "/ModDate" not in pdf.docinfo or str(pdf.docinfo.ModDate)[2:10] == \
            meta["xmp:ModifyDate"][:10].replace("-", "")
        (intent,) = list(pdf.Root.OutputIntents)
        assert intent.S == pikepdf.Name.GTS_PDFA1
        assert intent.DestOutputProfile.read_bytes()[36:40] == b"acsp"


def test_annotations_print_and_have_appearances(signed: Path) -> None:
    with pikepdf.open(signed) as pdf:
        seen = 0
        for page in pdf.pages:
            for annot in page.get("/Annots", []):
                seen += 1
                flags = int(annot.get("/F", 0))
                assert flags & 4, annot.get("/T")  # print
                assert not flags & (1 | 2 | 32)  # invisible, hidden, no-view
                rect = [float(v) for v in annot.Rect]
                if rect[2] - rect[0] > 0 and rect[3] - rect[1] > 0:
                    assert isinstance(annot.AP.N, pikepdf.Stream)
        assert seen == 2  # the applicant's and the counter's signature widgets


def test_signature_dictionaries_fit_pdfa(signed: Path) -> None:
    with pikepdf.open(signed) as pdf:
        assert set(pdf.Root.Perms.keys()) == {"/DocMDP"}
        for field in pdf.Root.AcroForm.Fields:
            value = field.get("/V")
            if value is None:
                continue
            assert value.SubFilter == "/ETSI.CAdES.detached"
            for reference in value.get("/Reference", []):
                assert not {"/DigestLocation", "/DigestMethod", "/DigestValue"} & set(
                    reference.keys())
            assert str(value.Reason)  # in the document's language
            assert str(value.Location) == "Musterstadt"


def test_qpdf_and_poppler_accept_the_file(signed: Path) -> None:
    check = subprocess.run(["qpdf", "--check", str(signed)], capture_output=True, text=True,
                           check=False)
    assert check.returncode == 0, check.stdout + check.stderr
    sigs = subprocess.run(["pdfsig", str(signed)], capture_output=True, text=True,
                          check=False).stdout
    assert sigs.count("Signature Field Name") == 2  # the counter's is planned from the start
    valid = 2 if signed.stem == "counter" else 1
    assert sigs.count("Signature Validation: Signature is Valid.") == valid
    assert "Total document signed" in sigs  # the last one covers the whole file


def test_the_signed_revision_keeps_the_unsigned_bytes(documents: dict[str, bytes]) -> None:
    assert documents["counter"].startswith(documents["kiosk"])
    with pikepdf.open(io.BytesIO(documents["kiosk"])) as pdf:
        assert "application.json" in pdf.attachments
