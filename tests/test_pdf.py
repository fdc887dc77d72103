"""The application PDF, checked with poppler (pdftotext, pdftoppm, pdfinfo) and zbarimg."""

from __future__ import annotations

import html
import io
import math
import re
import shutil
import subprocess
import time
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from helpers_records import ink, record
from PIL import Image

from forms.loader import shipped_forms
from forms.model import FormDef
from forms.pdf import render_application_pdf
from forms.record import ApplicationRecord
from forms.signing.capture import Ink

FORM: FormDef = shipped_forms()["meldebescheinigung-einfach"]
VORGANG = "MB-2026-0001-7K3Q"
ANSWERS = {
    "family_name": "Groß-Öztürk", "given_names": "Jürgen", "birth_name": "",
    "date_of_birth": "24.03.1985", "place_of_birth": "Saint-Étienne",
    "street": "Kaiserstraße", "house_number": "12a", "postal_code": "55116",
    "city": "Mainz", "purpose": "landlord", "copies": "2",
}
PERSONAL = ["Groß", "Öztürk", "Jürgen", "1985", "Étienne", "Kaiserstraße", "55116", "Mainz"]
WAVE = [(20 + t * 4.0, 75 + 40 * math.sin(t / 4)) for t in range(90)]
SIGNATURE = ink(WAVE, [(380.0, 20.0), (390.0, 130.0)])


def _document(language: str = "de", **changes: object) -> ApplicationRecord:
    doc = record(FORM, ANSWERS, language=language, vorgangsnummer=VORGANG, ink=SIGNATURE,
                 signed_at=datetime(2026, 11, 21, 14, 3, tzinfo=timezone(timedelta(hours=1))),
                 terminal_id="T-07", office_name="Bürgerbüro Musterstadt", place="Musterstadt")
    return replace(doc, **changes)  # type: ignore[arg-type]


def _run(*args: str) -> str:
    tool = shutil.which(args[0])
    if tool is None:
        pytest.fail(f"{args[0]} not found; install poppler-utils / zbar-tools")
    return subprocess.run([tool, *args[1:]], check=True, capture_output=True,
                          text=True, timeout=30).stdout


@pytest.fixture(scope="module")
def pdf_de(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "application-de.pdf"
    path.write_bytes(render_application_pdf(_document("de")))
    return path


def _text(path: Path) -> str:
    return _run("pdftotext", "-layout", str(path), "-")


def test_german_text_has_answers_labels_and_chrome(pdf_de: Path) -> None:
    text = _text(pdf_de)
    for expected in [
        "Bürgerbüro Musterstadt", "Meldebescheinigung (einfach)", VORGANG, "Vorgangsnummer",
        "Groß-Öztürk", "Jürgen", "Saint-Étienne", "Kaiserstraße", "24.03.1985",
        "Familienname", "Vorname(n)", "Geburtsname", "Geburtsdatum", "Straße", "Hausnummer",
        "Postleitzahl", "Wohnort", "Verwendungszweck", "Anzahl der Ausfertigungen",
        "Vorlage beim Vermieter", "Gebühr", "5,00 €", "Bundesmeldegesetz",
        "Ich versichere, dass die Angaben richtig und vollständig sind.",
        "Musterstadt, 21.11.2026 14:03", "Unterschrift", "Jürgen Groß-Öztürk",
        "T-07", "Seite 1 von 1",
    ]:
        assert expected in text, expected
    assert "landlord" not in text  # the choice's label, not its value
    birth_name_line = next(line for line in text.splitlines() if "Geburtsname" in line)
    assert "—" in birth_name_line


def test_an_english_session_gives_the_office_a_german_pdf(tmp_path: Path) -> None:
    """The PDF is the office's (issue 13): German labels and chrome, the session's language
    named on it; the answers as typed (tests/test_pdf_languages.py: Turkish, Arabic)."""
    path = tmp_path / "en.pdf"
    path.write_bytes(render_application_pdf(_document("en")))
    text = _text(path)
    for expected in ["Meldebescheinigung (einfach)", "Familienname", "Vorlage beim Vermieter",
                     "5,00 €", "Seite 1 von 1", "Antrag gestellt auf: Englisch", VORGANG,
                     "Groß-Öztürk"]:
        assert expected in text, expected
    for english in ["Family name", "For a landlord", "€ 5.00", "Page 1 of 1"]:
        assert english not in text, english


def test_fonts_are_embedded_dejavu(pdf_de: Path) -> None:
    fonts = _run("pdffonts", str(pdf_de))
    rows = [line.split() for line in fonts.splitlines()[2:]]
    assert rows
    assert all("DejaVuSans" in row[0] for row in rows), fonts
    assert any("Bold" in row[0] for row in rows)
    assert all("yes" in row[-5:-2] for row in rows), fonts  # emb column


def _png(pdf: Path, resolution: int) -> Path:
    _run("pdftoppm", "-r", str(resolution), "-png", "-f", "1", "-l", "1",
         "-singlefile", str(pdf), str(pdf.with_suffix("")))
    return pdf.with_suffix(".png")


def _dark_pixels(png: Path, box: tuple[float, float, float, float] = (0, 0, 1, 1)) -> int:
    with Image.open(png) as image:
        gray = image.convert("L")
        w, h = gray.size
        crop = gray.crop((int(box[0] * w), int(box[1] * h), int(box[2] * w), int(box[3] * h)))
        return sum(crop.histogram()[:128])


def test_page_renders_and_is_not_blank(pdf_de: Path) -> None:
    png = _png(pdf_de, 50)
    with Image.open(png) as image:
        width, height = image.size
    assert 405 <= width <= 420  # A4 at 50 dpi
    assert 580 <= height <= 590
    dark = _dark_pixels(png)
    assert 2_000 < dark < 0.3 * width * height


def test_signature_strokes_are_drawn(tmp_path: Path) -> None:
    signed, unsigned = tmp_path / "signed.pdf", tmp_path / "unsigned.pdf"
    signed.write_bytes(render_application_pdf(_document()))
    unsigned.write_bytes(render_application_pdf(
        _document(ink=Ink((), width=400, height=150))))
    lower_right = (0.5, 0.6, 1.0, 0.95)
    difference = (_dark_pixels(_png(signed, 50), lower_right)
                  - _dark_pixels(_png(unsigned, 50), lower_right))
    assert difference > 50


def test_qr_code_decodes_to_vorgangsnummer_only(pdf_de: Path) -> None:
    if shutil.which("zbarimg") is None:
        pytest.fail("zbarimg is missing: install the Debian package zbar-tools")
    png = _png(pdf_de, 150)
    decoded = _run("zbarimg", "--quiet", "--raw", str(png)).strip()
    assert decoded == VORGANG


def test_metadata_has_no_personal_data(pdf_de: Path) -> None:
    info = _run("pdfinfo", str(pdf_de))
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    assert fields["Title"].strip() == "Meldebescheinigung (einfach)"
    assert fields["Author"].strip() == "Bürgerbüro Musterstadt"
    assert fields["Subject"].strip() == VORGANG
    assert fields["Pages"].strip() == "1"
    assert "2026" in fields["CreationDate"]  # dated by the signature, not the year 2000
    for personal in PERSONAL:
        assert personal not in info, personal


def test_deterministic_and_fast() -> None:
    doc = _document()
    first = render_application_pdf(doc)
    timings = []
    for _ in range(3):
        start = time.perf_counter()
        again = render_application_pdf(doc)
        timings.append(time.perf_counter() - start)
        assert again == first
    assert first.startswith(b"%PDF-")
    assert min(timings) < 0.15


def test_long_form_gets_page_numbers_on_every_page(tmp_path: Path) -> None:
    long_form = replace(FORM, sections=FORM.sections * 4)
    path = tmp_path / "long.pdf"
    path.write_bytes(render_application_pdf(_document(form=long_form)))
    text = _text(path)
    pages = text.count("\f")
    assert pages >= 2
    for number in range(1, pages + 1):
        assert f"Seite {number} von {pages}" in text
    # the header, the footer of each page, and the summary above the signature
    assert text.count(VORGANG) == 2 + pages


def test_signed_at_must_be_timezone_aware() -> None:
    with pytest.raises(ValueError, match="timezone"):
        _document(signed_at=datetime(2026, 11, 21, 14, 3))
    with pytest.raises(ValueError, match="positive"):
        Ink((), width=0, height=10)


def test_kiosk_signature_field_sits_on_the_box_and_shows_the_ink_once(
        tmp_path: Path, office) -> None:  # type: ignore[no-untyped-def]
    import pikepdf

    from forms.pdf import render_application_pdf_with_layout
    from forms.signing import verify
    from kiosk.settings import Settings
    from kiosk.submission import signed_application_pdf

    doc = _document()
    plain, layout = render_application_pdf_with_layout(doc)
    rendered, same_layout = render_application_pdf_with_layout(doc, draw_ink=False)
    assert same_layout == layout
    box = layout.applicant
    assert box.page == 0
    assert box.x2 - box.x1 > 200  # 80 mm
    assert box.y2 - box.y1 > 60  # 23 mm
    settings = Settings(data_dir=tmp_path / "terminal", place="Musterstadt")
    office.enroll(settings.data_dir)
    signed = signed_application_pdf(settings, doc)
    assert verify.verify_pdf(signed, office.trust).ok

    with pikepdf.open(io.BytesIO(signed)) as pdf:
        widgets = [a for a in pdf.pages[box.page].get("/Annots", [])
                   if a.get("/Subtype") == "/Widget" and a.get("/FT") == "/Sig"
                   and a.get("/T") == "Unterschrift"]
        assert len(widgets) == 1
        x1, y1, x2, y2 = (float(v) for v in widgets[0].Rect)
        assert x2 - x1 > 1
        assert y2 - y1 > 1
        assert box.x1 - 0.01 <= x1 < x2 <= box.x2 + 0.01
        assert box.y1 - 0.01 <= y1 < y2 <= box.y2 + 0.01
        assert isinstance(widgets[0].AP.N, pikepdf.Stream)
        assert int(widgets[0].F) & 4  # printed

    def ink_pixels(data: bytes, name: str) -> int:
        source = tmp_path / f"{name}.pdf"
        source.write_bytes(data)
        _run("pdftoppm", "-r", "100", "-f", "1", "-l", "1", "-png", "-singlefile",
             str(source), str(tmp_path / name))
        image = Image.open(tmp_path / f"{name}.png").convert("RGB")
        scale = image.height / float(pdf_height)
        area = image.crop((int(box.x1 * scale), int((pdf_height - box.y2) * scale),
                           int(box.x2 * scale), int((pdf_height - box.y1) * scale)))
        # The ink is dark blue: blue clearly above red.
        raw = area.tobytes()
        return sum(1 for i in range(0, len(raw), 3) if raw[i + 2] > raw[i] + 40)

    pdf_height = 841.89
    assert ink_pixels(plain, "plain") > 100  # unsigned renders keep the ink on the page
    assert ink_pixels(rendered, "empty") == 0  # for the field, the page draws none
    assert ink_pixels(signed, "signed") > 100  # the field's appearance does


_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                   r'([^<]*)</word>')
LONG_NAME = ("Maximiliane-Alexandra Wilhelmina", "Hohenzollern")  # past an MRZ line's 39


@pytest.mark.parametrize("name", [("Jürgen", "Groß-Öztürk"), LONG_NAME])
def test_the_signature_texts_stay_clear_of_the_ink_and_inside_the_margin(
        tmp_path: Path, name: tuple[str, str]) -> None:
    """What the pen may write below the line (6 mm) covered the caption "Unterschrift der
    antragstellenden Person …", and the caption and the name line ran up to 15 mm past
    the right margin. Measured on the page poppler lays out (``pdftotext -bbox``)."""
    from forms.pdf import MARGIN, PAGE_WIDTH, render_application_pdf_with_layout

    answers = {**ANSWERS, "given_names": name[0], "family_name": name[1]}
    doc = record(FORM, answers, vorgangsnummer=VORGANG, ink=SIGNATURE, place="Musterstadt",
                 signed_at=datetime(2026, 11, 21, 14, 3, tzinfo=timezone(timedelta(hours=1))))
    data, layout = render_application_pdf_with_layout(doc)
    path = tmp_path / "application.pdf"
    path.write_bytes(data)
    page = str(layout.applicant.page + 1)
    xml = _run("pdftotext", "-bbox", "-f", page, "-l", page, str(path), "-")
    height = float(re.search(r'<page width="[\d.]+" height="([\d.]+)"', xml).group(1))  # type: ignore[union-attr]
    words = [(float(a), float(b), float(c), float(d), html.unescape(w))
             for a, b, c, d, w in _WORD.findall(xml)]
    assert words
    right = PAGE_WIDTH - MARGIN + 0.5
    assert [w for w in words if w[2] > right] == []  # nothing past the margin
    ink_bottom = height - layout.applicant.y1  # poppler counts from the top
    box = layout.applicant
    below_box = [w for w in words if box.x1 - 1 <= w[0] <= box.x2 and w[1] >= height - box.y2]
    texts = " ".join(w[4] for w in below_box)
    assert "Unterschrift der antragstellenden Person: bestätigt die Erklärung oben" in texts
    assert f"{name[1]} · Musterstadt, 21.11.2026 14:03" in texts
    in_reach = [w for w in below_box if w[1] < ink_bottom]
    assert in_reach == [], in_reach  # no word where the ink may be
