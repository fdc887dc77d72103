"""The application PDF with long texts from imported FIM forms: a title beside the QR code
(smaller, two lines, cut with "…", never under the code or off the page) and a first page
that is not left empty when the first section is long (pdftotext, poppler-utils)."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from forms.fim import import_fim
from forms.loader import load_form
from forms.pdf import CONTENT_WIDTH, FONT_BOLD, QR_SIZE, _register_fonts
from forms.pdf import render_application_pdf as render
from forms.pdf_marks import ELLIPSIS, title_lines
from forms.samples import sample_answers, sample_record

REAL = Path(__file__).resolve().parent / "data" / "fim" / "real"
WIDTH = CONTENT_WIDTH - QR_SIZE
LONG = ("Antrag auf Erteilung einer Erlaubnis nach § 34c Gewerbeordnung für Immobilienmakler, "
        "Darlehensvermittler, Bauträger und Baubetreuer sowie Wohnimmobilienverwalter")


@pytest.mark.parametrize(("title", "size", "count"), [
    ("Gewerbe Anmeldung", 17.0, 1),
    ("Antrag auf Erteilung / Verlängerung Bewohnerparkausweis", None, 1),
    ("Antrag auf Erteilung einer Erlaubnis nach § 34c Gewerbeordnung (Makler)", 10.0, 2),
    (LONG + " " + LONG, 10.0, 2),
])
def test_a_title_fits_beside_the_qr_code(tmp_path: Path, title: str, size: float | None,
                                         count: int) -> None:
    _register_fonts()  # the PDF's own fonts, as rendering registers them
    canv = Canvas(str(tmp_path / "probe.pdf"))
    got_size, lines = title_lines(canv, title, FONT_BOLD, WIDTH)
    assert len(lines) == count
    assert size is None or got_size == size
    assert all(canv.stringWidth(line, FONT_BOLD, got_size) <= WIDTH for line in lines)
    shown = " ".join(lines)
    assert shown == title or (shown.endswith(ELLIPSIS) and count == 2)


def _pages(pdf: bytes, tmp_path: Path) -> list[str]:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.fail("pdftotext missing: install poppler-utils")
    path = tmp_path / "a.pdf"
    path.write_bytes(pdf)
    text = subprocess.run([tool, str(path), "-"], capture_output=True, text=True, check=True,
                          timeout=60).stdout
    return text.split("\f")


def test_a_long_first_section_starts_on_the_first_page(tmp_path: Path) -> None:
    result = import_fim(REAL / "blaue-karte" / "BlaueKarte.xml", "blaue-karte")
    definition = tmp_path / "blaue-karte.json"
    definition.write_text(json.dumps(result.definition, ensure_ascii=False), encoding="utf-8")
    form = load_form(definition)
    record = sample_record(form, answers=sample_answers(form), vorgangsnummer="FIM-2",
                           signed_at=datetime(2026, 6, 1, tzinfo=UTC))
    first = _pages(render(record), tmp_path)[0]
    assert "Persönliche Angaben zum Antragsteller" in first
    assert "Familienname" in first
