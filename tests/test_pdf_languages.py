"""The application PDF is the office's, so German, whatever language the citizen used
(issue 13); the citizen's receipt, printed and on screen, is in the citizen's language.

Checked on real output: pdftotext for the words, pdftoppm for what the page shows.
"""

from __future__ import annotations

import argparse
import dataclasses
import html
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from helpers_records import record
from PIL import Image

from devices.printing.cups import receipt_pdf
from forms.answers import answers_to_json
from forms.loader import shipped_forms
from forms.model import FormDef
from forms.pdf import (
    APPLICANT_REASON,
    COUNTER_LABEL,
    COUNTER_REASON,
    FONT_DIR,
    MADE_IN,
    read_application_data,
    render_application_pdf,
)
from forms.record import ApplicationRecord
from forms.validation import validate_form, visible_answers
from kiosk.base.catalogue import Catalogue, catalogue, german_language_name, text
from kiosk.base.i18n import has_right_to_left_letters
from kiosk.commands import forms as forms_command
from kiosk.payment import receipt as receipt_texts
from kiosk.payment.receipt import build_receipt
from kiosk.submission import applicant_reason, counter_reason

FORM: FormDef = shipped_forms()["meldebescheinigung-einfach"]
VORGANG = "MB-2026-0001-7K3Q"
BASE = {"birth_name": "", "date_of_birth": "24.03.1985", "street": "Kaiserstraße",
        "house_number": "12a", "postal_code": "55116", "city": "Mainz", "purpose": "landlord",
        "copies": "2"}
# What a citizen types in each session: Turkish letters and a Cyrillic birth name in the
# Turkish one, an Arabic name and birthplace in the Arabic one.
TYPED = {
    "tr": {"family_name": "Yılmaz", "given_names": "Ayşe Gül", "birth_name": "Шевченко",
           "place_of_birth": "Şanlıurfa"},
    "ar": {"family_name": "الحسيني", "given_names": "محمد", "place_of_birth": "دمشق"},
}
GERMAN_NAMES = {"tr": "Türkisch", "ar": "Arabisch"}


def _document(language: str) -> ApplicationRecord:
    answers = {**BASE, **TYPED[language]}
    assert validate_form(FORM, answers) == {}  # what the kiosk lets through
    return record(FORM, answers, language=language, vorgangsnummer=VORGANG)


def _run(*args: str) -> str:
    tool = shutil.which(args[0])
    if tool is None:
        pytest.fail(f"{args[0]} not found; install poppler-utils")
    return subprocess.run([tool, *args[1:]], check=True, capture_output=True, text=True,
                          timeout=30).stdout


def _read(text_out: str) -> str:
    """Extracted text as the citizen typed it: shaped Arabic comes out as presentation
    forms (ﻣﺤﻤﺪ), which NFKC maps back to the letters (محمد); bidi marks dropped."""
    return unicodedata.normalize("NFKC", text_out).replace("\u202b", "").replace("\u202c", "")


@pytest.fixture(scope="module", params=["tr", "ar"])
def rendered(request: pytest.FixtureRequest,
             tmp_path_factory: pytest.TempPathFactory) -> tuple[str, ApplicationRecord, Path]:
    language: str = request.param
    doc = _document(language)
    path = tmp_path_factory.mktemp(f"pdf-{language}") / "application.pdf"
    path.write_bytes(render_application_pdf(doc))
    return language, doc, path


def test_labels_choices_and_chrome_are_german(
        rendered: tuple[str, ApplicationRecord, Path]) -> None:
    language, _doc, path = rendered
    shown = " ".join(_run("pdftotext", "-layout", str(path), "-").split())
    german = [text(m, "de") for m in (FORM.title, *(s.title for s in FORM.sections),
                                      *(f.label for f in FORM.all_fields()),
                                      FORM.field("purpose").option("landlord").label)]
    assert "Vorlage beim Vermieter" in german  # the choice "landlord", by its German label
    for expected in [*german, "Antrag", "Vorgangsnummer", "Gebühr", "5,00 €", "Seite 1 von 1",
                     "Ich versichere, dass die Angaben richtig und vollständig sind.",
                     "Am Schalter: Die antragstellende Person bestätigt"]:
        assert expected in shown, expected
    for field in FORM.all_fields():  # the citizen's language's labels are not on the page
        translated = text(field.label, language)
        assert translated != text(field.label, "de")
        assert translated not in shown, translated
    assert text(FORM.field("purpose").option("landlord").label, language) not in shown
    assert "landlord" not in shown


def test_the_page_names_the_citizens_language_in_german(
        rendered: tuple[str, ApplicationRecord, Path]) -> None:
    language, _doc, path = rendered
    shown = _run("pdftotext", "-layout", str(path), "-")
    assert german_language_name(language) == GERMAN_NAMES[language]
    assert f"Antrag gestellt auf: {GERMAN_NAMES[language]}" in shown
    assert text(MADE_IN.format(language=GERMAN_NAMES[language]), "de") in shown


def test_typed_answers_print_as_typed_in_their_script(
        rendered: tuple[str, ApplicationRecord, Path]) -> None:
    language, _doc, path = rendered
    raw = _run("pdftotext", "-layout", str(path), "-")
    for answer in TYPED[language].values():
        assert answer in _read(raw), answer
    if language == "ar":  # joined: the page holds the letters' initial, medial, final forms
        assert any(0xFE70 <= ord(char) <= 0xFEFF for char in raw)
    from reportlab.pdfbase.ttfonts import TTFont  # reportlab: as forms.pdf loads it

    covered = TTFont("coverage", str(FONT_DIR / "DejaVuSans.ttf")).face.charToGlyph
    missing = {char for answer in TYPED[language].values() for char in answer
               if char != " " and ord(char) not in covered}
    assert missing == set()


def test_a_typed_name_is_drawn_where_the_text_says(
        rendered: tuple[str, ApplicationRecord, Path]) -> None:
    """The page shows ink in each typed answer's box (pdftotext -bbox), not an empty cell."""
    language, _doc, path = rendered
    boxes = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                       r'yMax="([\d.]+)">([^<]*)</word>',
                       _run("pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"))
    _run("pdftoppm", "-r", "100", "-png", "-f", "1", "-l", "1", "-singlefile", str(path),
         str(path.with_suffix("")))
    scale = 100 / 72
    with Image.open(path.with_suffix(".png")) as image:
        gray = image.convert("L")
        for answer in (TYPED[language]["family_name"], TYPED[language]["place_of_birth"]):
            # -bbox gives a right-to-left word in the order its glyphs stand on the page
            found = [box for box in boxes
                     if _read(html.unescape(box[4])) in (answer, answer[::-1])]
            assert found, answer
            x1, y1, x2, y2 = (float(v) * scale for v in found[0][:4])
            cell = gray.crop((int(x1), int(y1), int(x2) + 1, int(y2) + 1))
            dark = sum(cell.histogram()[:128])
            assert dark > 0.1 * cell.width * cell.height, (answer, dark)


def test_the_attached_json_is_the_record_with_the_citizens_language(
        rendered: tuple[str, ApplicationRecord, Path]) -> None:
    language, doc, path = rendered
    data = read_application_data(path.read_bytes())
    assert data["language"] == language
    assert data["answers"] == answers_to_json(FORM, visible_answers(FORM, doc.answers))
    assert data["answers"]["purpose"] == "landlord"  # the value, for the case system
    assert data["answers"]["family_name"] == TYPED[language]["family_name"]


@pytest.mark.parametrize("language", ["tr", "ar", "en", "de-x-ls"])
def test_the_signatures_texts_are_german(language: str) -> None:
    doc = dataclasses.replace(_document("tr"), language=language)
    assert applicant_reason(doc) == text(APPLICANT_REASON.format(vorgangsnummer=VORGANG), "de")
    assert applicant_reason(doc).startswith("Unterschrift der antragstellenden Person")
    assert counter_reason(doc) == text(COUNTER_REASON.format(vorgangsnummer=VORGANG), "de")
    assert counter_reason(doc).startswith("Unterschrift am Schalter")
    assert text(COUNTER_LABEL, "de").startswith("Am Schalter")


@pytest.mark.parametrize("language", ["tr", "ar"])
def test_the_receipt_stays_in_the_citizens_language(language: str, tmp_path: Path) -> None:
    doc = _document(language)
    receipt = build_receipt(doc, doc.payment, office="Bürgerbüro Musterstadt")
    lines = receipt.text()
    for message in (receipt_texts.TITLE, receipt_texts.NUMBER, receipt_texts.NEXT,
                    FORM.title):
        assert text(message, language) in lines
        assert text(message, "de") not in lines
    assert VORGANG in lines
    printed = tmp_path / "receipt.pdf"  # as the CUPS printer gets it
    printed.write_bytes(receipt_pdf(receipt))
    raw = _run("pdftotext", str(printed), "-")
    assert text(receipt_texts.TITLE, language) in _read(raw)
    if language == "ar":
        assert any(0xFE70 <= ord(char) <= 0xFEFF for char in raw)  # shaped, not isolated


@pytest.mark.parametrize("language", ["tr", "ar"])
def test_the_screen_receipt_stays_in_the_citizens_language(language: str, qapp) -> None:  # type: ignore[no-untyped-def]
    from ui.i18n import current_language, set_language  # Qt: only this test needs it
    from ui.screens.receipt import ReceiptScreen

    before = current_language()
    try:
        set_language(language)
        screen = ReceiptScreen()
        screen.show_receipt(VORGANG)
        saved = catalogue().lookup(language, "ReceiptScreen", "Saved on this terminal. It will "
                                   "be sent automatically as soon as the network is available.")
        assert saved is not None
        assert screen.status.text().startswith(saved)
        screen.deleteLater()
    finally:
        set_language(before)


@pytest.mark.parametrize(("typed", "shaped"), [
    ("محمد", True), ("دمشق 12", True), ("שלום", True), ("Groß-Öztürk", False),
    ("Шевченко", False), ("Ayşe Gül", False), ("12a", False)])
def test_what_is_shaped(typed: str, shaped: bool) -> None:
    assert has_right_to_left_letters(typed) is shaped


def test_every_offered_language_has_a_german_name() -> None:
    names = {language: german_language_name(language) for language in catalogue().languages()}
    assert names == {"ar": "Arabisch", "de": "Deutsch", "de-x-ls": "Leichte Sprache",
                     "en": "Englisch", "pl": "Polnisch", "ro": "Rumänisch", "ru": "Russisch",
                     "tr": "Türkisch", "uk": "Ukrainisch"}
    assert german_language_name("xx") == "xx"  # not offered: the tag, never "Englisch"


def test_a_language_whose_file_lacks_its_german_name_shows_its_own(tmp_path: Path) -> None:
    for path in (Path(catalogue().directory)).glob("*_uk.ts"):
        shutil.copy(path, tmp_path / path.name)
    kiosk = tmp_path / "kiosk_uk.ts"
    content = kiosk.read_text(encoding="utf-8")
    kiosk.write_text(content.replace("<translation>Ukrainisch</translation>",
                                     '<translation type="unfinished"></translation>'),
                     encoding="utf-8")
    assert Catalogue(tmp_path).german_name("uk") == "Українська"


# --- forms render --language --------------------------------------------------------------

def _render(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    forms_command.add_commands(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["forms", "render", *argv])
    result: int = args.func(args)
    return result


@pytest.mark.parametrize("language", ["ar", "de-x-ls", "uk"])
def test_forms_render_takes_every_offered_language(language: str, tmp_path: Path) -> None:
    out = tmp_path / "a.pdf"
    assert _render(FORM.id, "--out", str(out), "--language", language) == 0
    shown = _run("pdftotext", "-layout", str(out), "-")
    assert f"Antrag gestellt auf: {german_language_name(language)}" in shown
    assert "Familienname" in shown
    assert read_application_data(out.read_bytes())["language"] == language


def test_forms_render_refuses_an_unknown_language(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "a.pdf"
    assert _render(FORM.id, "--out", str(out), "--language", "tlh") == 2
    error = capsys.readouterr().err
    assert "--language tlh: not an offered language" in error
    assert "ar, de, de-x-ls, en, pl, ro, ru, tr, uk" in error
    assert not out.exists()
