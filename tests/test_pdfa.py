"""Archive-grade application PDFs: the PDF/A-3b structures, checked one by one.

No PDF/A validator is installable here (veraPDF is Java, neither in Debian nor
on PyPI), so the structures ISO 19005-2/-3 require are checked explicitly with
pikepdf, and the pages with poppler (pdffonts, pdfdetach).
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest
from test_pdf import VORGANG, _document

from forms.latin import REPERTOIRE
from forms.pdf import FONT_DIR, read_application_data, render_application_pdf
from forms.pdfa import ATTACHMENT_NAME


@pytest.fixture(scope="module")
def pdf_bytes() -> bytes:
    return render_application_pdf(_document("de"))


def test_identification_and_xmp_match_document_info(pdf_bytes: bytes) -> None:
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        assert pdf.pdf_version == "1.7"
        assert not pdf.is_encrypted
        assert len(pdf.trailer.ID) == 2
        raw = pdf.Root.Metadata.read_bytes()
        assert raw.startswith(b"<?xpacket begin=")
        assert raw.rstrip().endswith(b"?>")
        meta = pdf.open_metadata()
        assert meta["pdfaid:part"] == "3"
        assert meta["pdfaid:conformance"] == "B"
        info = pdf.docinfo
        assert meta["dc:title"] == str(info.Title) == "Meldebescheinigung (einfach)"
        assert meta["dc:creator"] == [str(info.Author)]
        assert meta["dc:description"] == str(info.Subject) == VORGANG
        assert meta["xmp:CreatorTool"] == str(info.Creator)
        assert meta["pdf:Producer"] == str(info.Producer)
        assert meta["xmp:CreateDate"].startswith("2026-11-21T14:03:00+01:00")
        assert str(info.CreationDate).startswith("D:20261121140300+01")
        assert "/Trapped" not in info
        assert "/Keywords" not in info


def test_output_intent_is_srgb(pdf_bytes: bytes) -> None:
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        (intent,) = list(pdf.Root.OutputIntents)
        assert intent.S == pikepdf.Name.GTS_PDFA1
        profile = intent.DestOutputProfile
        assert int(profile.N) == 3
        data = profile.read_bytes()
        assert data[36:40] == b"acsp"
        assert data[16:20] == b"RGB "


def test_fonts_embedded_truetype_with_one_cmap(pdf_bytes: bytes) -> None:
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        seen = 0
        for page in pdf.pages:
            for font in page.Resources.Font.values():
                seen += 1
                assert font.Subtype == pikepdf.Name.TrueType
                assert "/FontFile2" in font.FontDescriptor
                # Symbolic TrueType (6.2.11.6): no /Encoding, exactly one cmap subtable.
                assert "/Encoding" not in font
                data = font.FontDescriptor.FontFile2.read_bytes()
                count = int.from_bytes(data[4:6], "big")
                tables = {data[12 + 16 * i:16 + 16 * i]: int.from_bytes(
                    data[20 + 16 * i:24 + 16 * i], "big") for i in range(count)}
                cmap = tables[b"cmap"]
                assert int.from_bytes(data[cmap + 2:cmap + 4], "big") == 1
        assert seen >= 2


def test_no_transparency_no_javascript(pdf_bytes: bytes) -> None:
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        for page in pdf.pages:
            assert "/Group" not in page
            for gs in (page.Resources.get("/ExtGState") or {}).values():
                assert float(gs.get("/CA", 1)) == 1
                assert float(gs.get("/ca", 1)) == 1
                assert gs.get("/SMask", pikepdf.Name.None_) == pikepdf.Name.None_
        assert "/JavaScript" not in (pdf.Root.get("/Names") or {})
        assert "/OpenAction" not in pdf.Root


def test_json_attachment_round_trips(pdf_bytes: bytes) -> None:
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        spec = pdf.Root.AF[0]
        assert spec.AFRelationship == pikepdf.Name.Data
        assert str(spec.UF) == ATTACHMENT_NAME
        stream = spec.EF.F
        assert stream.Subtype == pikepdf.Name("/application/json")
        assert "/ModDate" in stream.Params
    data = read_application_data(pdf_bytes)
    assert data == json.loads(json.dumps(_document("de").as_json()))
    assert data["answers"]["family_name"] == "Groß-Öztürk"
    assert data["vorgangsnummer"] == VORGANG


def test_pdfdetach_sees_the_attachment(tmp_path: Path, pdf_bytes: bytes) -> None:
    tool = shutil.which("pdfdetach")
    if tool is None:
        pytest.fail("pdfdetach missing: install poppler-utils")
    path = tmp_path / "a.pdf"
    path.write_bytes(pdf_bytes)
    listing = subprocess.run([tool, "-list", str(path)], check=True, capture_output=True,
                             text=True).stdout
    assert ATTACHMENT_NAME in listing


def test_dejavu_covers_din_91379() -> None:
    from reportlab.pdfbase.ttfonts import TTFontFile

    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        font = TTFontFile(str(FONT_DIR / name))
        missing = sorted(hex(cp) for cp in REPERTOIRE if cp not in font.charToGlyph)
        assert missing == [], name
