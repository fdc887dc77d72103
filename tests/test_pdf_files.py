"""Files in the application PDF, checked with poppler and pikepdf: images drawn (a JPEG
byte for byte), a PDF embedded as a PDF/A-3 associated file, the JSON attachment
describing each file by name, type, size and SHA-256 instead of carrying it."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pikepdf
import pytest
from helpers_files import answer, image_bytes, pdf_bytes
from helpers_records import record

from forms.answers import answers_to_json
from forms.files import AT_COUNTER
from forms.loader import load_form
from forms.model import FormDef
from forms.pdf import read_application_data
from forms.pdf import render_application_pdf as render
from forms.validation import validate_form, visible_answers

PHOTO = image_bytes("JPEG", size=(350, 450), quality=90)
SCAN = image_bytes("PNG", size=(600, 400))
DOCUMENT = pdf_bytes("Wohnungsgeberbestätigung", pages=2)


def _form(tmp_path: Path) -> FormDef:
    def file_field(field_id: str, de: str, **extra: object) -> dict[str, object]:
        return {"id": field_id, "type": "file", "label": de, **extra}

    raw = {"id": "uploads", "version": 1, "title": "Nachweise",
           "description": "Test",
           "fee": {"amount_cents": 0, "currency": "EUR", "legal_basis": "-"},
           "sections": [{"id": "files", "title": "Unterlagen",
                         "fields": [file_field("photo", "Lichtbild", photo=True),
                                    file_field("scan", "Fahrzeugschein"),
                                    file_field("landlord", "Wohnungsgeberbestätigung",
                                               accept=["application/pdf"]),
                                    file_field("later", "Mietvertrag", required=False)]}]}
    path = tmp_path / "uploads.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    return load_form(path)


ANSWERS = {"photo": answer("passfoto.jpg", PHOTO), "scan": answer("zb1 scan.png", SCAN),
           "landlord": answer("wgb.pdf", DOCUMENT), "later": AT_COUNTER}


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> tuple[FormDef, Path]:
    folder = tmp_path_factory.mktemp("files")
    form = _form(folder)
    assert validate_form(form, ANSWERS) == {}
    doc = record(form, ANSWERS, vorgangsnummer="NW-2026-0001",
                 signed_at=datetime(2026, 11, 21, 10, 0, tzinfo=UTC))
    path = folder / "application.pdf"
    path.write_bytes(render(doc))
    return form, path


def _run(*args: str, cwd: Path | None = None) -> str:
    tool = shutil.which(args[0])
    if tool is None:
        pytest.fail(f"{args[0]} not found; install poppler-utils")
    return subprocess.run([tool, *args[1:]], check=True, capture_output=True, text=True,
                          timeout=60, cwd=cwd).stdout


def test_json_attachment_describes_files_and_round_trips(rendered: tuple[FormDef, Path]) -> None:
    form, path = rendered
    data = read_application_data(path.read_bytes())
    assert data["answers"] == answers_to_json(form, visible_answers(form, ANSWERS))
    photo = data["answers"]["photo"]
    assert photo == {"name": "passfoto.jpg", "media_type": "image/jpeg", "size": len(PHOTO),
                     "sha256": hashlib.sha256(PHOTO).hexdigest()}
    assert data["answers"]["landlord"]["attachment"] == "landlord.pdf"
    assert data["answers"]["later"] == {"at_counter": True}
    with pikepdf.open(path) as pdf:
        raw = pdf.attachments["application.json"].get_file().read_bytes()
    assert len(raw) < 3000  # descriptions, not megabytes of base64
    assert base64.b64encode(SCAN)[40:80].decode() not in raw.decode()


def test_pdf_is_embedded_as_an_associated_file(rendered: tuple[FormDef, Path],
                                               tmp_path: Path) -> None:
    _form_def, path = rendered
    listing = _run("pdfdetach", "-list", str(path))
    assert "application.json" in listing
    assert "landlord.pdf" in listing
    _run("pdfdetach", "-savefile", "landlord.pdf", "-o", str(tmp_path / "out.pdf"), str(path))
    assert (tmp_path / "out.pdf").read_bytes() == DOCUMENT
    with pikepdf.open(path) as pdf:
        specs = {str(spec.UF): spec for spec in pdf.Root.AF}
        assert set(specs) == {"application.json", "landlord.pdf"}
        assert specs["application.json"].AFRelationship == pikepdf.Name.Data
        assert specs["landlord.pdf"].AFRelationship == pikepdf.Name.Supplement
        for spec in specs.values():  # what PDF/A-3 asks of every associated file
            stream = spec.EF.F
            assert "/Subtype" in stream
            assert "/ModDate" in stream.Params
            assert str(spec.F) == str(spec.UF)
            assert "/Desc" in spec
        assert specs["landlord.pdf"].EF.F.Subtype == pikepdf.Name("/application/pdf")
        assert str(specs["landlord.pdf"].Desc) == "Wohnungsgeberbestätigung: wgb.pdf"


def test_images_are_drawn_the_jpeg_unchanged(rendered: tuple[FormDef, Path],
                                             tmp_path: Path) -> None:
    _form_def, path = rendered
    rows = [line.split() for line in _run("pdfimages", "-list", str(path)).splitlines()[2:]]
    images = {(int(r[3]), int(r[4])): r for r in rows}
    assert set(images) == {(350, 450), (600, 400)}
    assert images[(350, 450)][8] == "jpeg"
    assert images[(600, 400)][8] == "image"
    # The photo is printed passport-sized: 45 mm high (350 x 450 px at ~254 ppi).
    assert abs(int(images[(350, 450)][13]) - 254) <= 2
    _run("pdfimages", "-all", str(path), "img", cwd=tmp_path)
    jpegs = sorted(tmp_path.glob("img-*.jpg"))
    assert [p.read_bytes() for p in jpegs] == [PHOTO]
    with pikepdf.open(path) as pdf:  # no soft masks: PDF/A without transparency
        for page in pdf.pages:
            for _name, image in (page.Resources.get("/XObject") or {}).items():
                assert "/SMask" not in image


def test_page_lists_each_file(rendered: tuple[FormDef, Path]) -> None:
    _form_def, path = rendered
    text = " ".join(_run("pdftotext", str(path), "-").split())
    for expected in ("passfoto.jpg", "JPEG-Bild", "zb1 scan.png", "PNG-Bild", "wgb.pdf",
                     "PDF-Dokument", "Als Anlage in dieser PDF-Datei: landlord.pdf",
                     "Wird am Schalter vorgelegt", hashlib.sha256(DOCUMENT).hexdigest()[:16]):
        assert expected in text, expected


def test_archive_structures_still_hold(rendered: tuple[FormDef, Path]) -> None:
    _form_def, path = rendered
    with pikepdf.open(path) as pdf:
        assert pdf.pdf_version == "1.7"
        assert len(pdf.Root.OutputIntents) == 1
        meta = pdf.open_metadata()
        assert meta["pdfaid:part"] == "3"
    info = _run("pdfinfo", str(path))
    assert "Pages:" in info
    assert io.BytesIO(path.read_bytes()).getvalue().startswith(b"%PDF-1.7")
