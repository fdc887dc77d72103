"""The shipped catalogue: schema-valid, offered at the terminal, and every form
rendered from random answers (hypothesis): valid ones render and round-trip
through the PDF's JSON attachment (files as their description: name, type, size,
SHA-256), invalid ones (damaged, wrong or forged files too) get a field-level message."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from helpers_records import record
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from forms.answers import Address, Answer, Choices, Entries, answers_to_json
from forms.files import (
    AT_COUNTER,
    FileAnswer,
    accepted_types,
    received_file,
)
from forms.loader import shipped_forms
from forms.model import (
    DEFINITIONS_DIR,
    FieldDef,
    FormDef,
    prefill_answers,
)
from forms.pdf import read_application_data
from forms.pdf import render_application_pdf as render
from forms.sample_files import document_pdf, document_png, photo_jpeg, photo_png
from forms.samples import sample_answers
from forms.validation import is_visible, parse_date, validate_form, visible_answers
from kiosk.services import CATALOGUE

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "forms" / "schema" / "form.schema.json"
TODAY = date.today()
FORMS = shipped_forms()
EXPECTED = {
    "meldebescheinigung-einfach", "meldebescheinigung-erweitert", "fuehrungszeugnis",
    "uebermittlungssperre", "aufenthaltsbescheinigung", "ummeldung", "wohnsitzanmeldung",
    "bewohnerparkausweis", "urkundenbestellung",
}


def validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def test_catalogue_is_complete_and_at_the_terminal() -> None:
    assert set(FORMS) == EXPECTED
    assert {s.form_id for s in CATALOGUE} == EXPECTED
    assert all(s.at_terminal for s in CATALOGUE)


@pytest.mark.parametrize("path", sorted(DEFINITIONS_DIR.glob("*.json")), ids=lambda p: p.stem)
def test_every_definition_matches_the_schema(path: Path) -> None:
    errors = [f"{list(e.absolute_path)}: {e.message}"
              for e in validator().iter_errors(json.loads(path.read_text(encoding="utf-8")))]
    assert errors == []


def test_schema_rejects_what_the_loader_rejects() -> None:
    raw = json.loads((DEFINITIONS_DIR / "ummeldung.json").read_text(encoding="utf-8"))
    raw["sections"][0]["fields"][0]["minimum"] = 3  # not a key of a name field
    assert list(validator().iter_errors(raw))
    raw["sections"][0]["fields"][0].pop("minimum")
    raw["sections"][0]["fields"][0]["label"] = {"de": "Familienname", "en": "Family name"}
    assert list(validator().iter_errors(raw))  # format 1's inline translations


def test_rules_and_fees_as_a_bürgerbüro_asks() -> None:
    fz = FORMS["fuehrungszeugnis"]
    assert [o.value for o in fz.field("kind").options] == ["N", "O", "NE", "OE"]
    authority = fz.field("authority_name")
    answers = dict(sample_answers(fz, TODAY), kind="N")
    assert not is_visible(authority, answers)
    assert validate_form(fz, answers, TODAY) == {}
    answers.update(kind="O", authority_name="")
    assert is_visible(authority, answers)
    assert validate_form(fz, answers, TODAY)["authority_name"].source.startswith("Please fill")
    assert fz.fee_cents == 1300
    assert fz.fee_exemptions
    sperre = FORMS["uebermittlungssperre"]
    assert {"bmg36", "bmg42", "bmg50_1", "bmg51"} <= {o.value for o in
                                                     sperre.field("objections").options}
    move = FORMS["ummeldung"].field("move_date")
    assert move.max_future_days == 14
    too_late = (TODAY + timedelta(days=15)).strftime("%d.%m.%Y")
    answers = dict(sample_answers(FORMS["ummeldung"], TODAY), move_date=too_late)
    assert "move_date" in validate_form(FORMS["ummeldung"], answers, TODAY)
    assert FORMS["ummeldung"].field("persons_moving").type == "group"
    stay = FORMS["aufenthaltsbescheinigung"]
    answers = dict(sample_answers(stay, TODAY), residence_since="01.01.1950")
    (born_first,) = stay.checks  # the form's own words for its rule
    assert validate_form(stay, answers, TODAY)["date_of_birth"].source == \
        born_first.message.source
    identity = {"family_name": "Mustermann", "given_names": "Erika", "city": "Köln"}
    assert prefill_answers(FORMS["ummeldung"], identity) == {
        "family_name": "Mustermann", "given_names": "Erika", "old_city": "Köln"}
    for form in FORMS.values():
        assert form.submission_service
        prefilled = {f.prefill for f in form.all_fields() if f.prefill}
        assert {"family_name", "given_names", "date_of_birth"} <= prefilled


def _document(form: FormDef, answers: dict[str, Answer]) -> Any:
    return record(form, answers)


@pytest.mark.parametrize("form_id", sorted(EXPECTED))
def test_sample_renders_with_title_and_answers(form_id: str, tmp_path: Path) -> None:
    form = FORMS[form_id]
    answers = sample_answers(form, TODAY)
    assert validate_form(form, answers, TODAY) == {}
    pdf = render(_document(form, answers))
    assert read_application_data(pdf)["answers"] == answers_to_json(
        form, visible_answers(form, answers))
    path = tmp_path / "a.pdf"
    path.write_bytes(pdf)
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.fail("pdftotext missing: install poppler-utils")
    text = subprocess.run([tool, str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert form.title.source.split(" (")[0] in " ".join(text.split())
    assert "Mustermann" in text


# --- random answers --------------------------------------------------------------

LETTERS = "abcdefghijklmnopqrstuvwxyzäöüßéèçłńøåœ"
IBANS = ("DE89 3704 0044 0532 0130 00", "DE02120300000000202051", "AT611904300234573201")


def _years_ago(years: int) -> date:
    try:
        return TODAY.replace(year=TODAY.year - years)
    except ValueError:  # 29 February
        return TODAY.replace(year=TODAY.year - years, day=28)


def valid_value(field: FieldDef) -> st.SearchStrategy[Any]:
    if field.example is not None:
        return st.just(field.example)
    limit = min(field.max_length, 30)
    match field.type:
        case "name":
            return st.text(LETTERS, min_size=1, max_size=limit).map(str.capitalize)
        case "text" | "latin_text":
            return st.text(LETTERS + " -.,0123456789", min_size=1, max_size=limit).filter(
                lambda s: s.strip() != "")
        case "date":
            low = _years_ago(field.max_age_years) + timedelta(days=1) \
                if field.max_age_years else date(1900, 1, 1)
            high = TODAY + timedelta(days=field.max_future_days or 0) \
                if field.past_only or field.max_future_days is not None \
                else TODAY + timedelta(days=3650)
            if field.min_age_years is not None:
                high = min(high, _years_ago(field.min_age_years))
            return st.dates(low, high).map(lambda d: d.strftime("%d.%m.%Y"))
        case "postal_code":
            return st.from_regex(r"[1-9][0-9]{4}", fullmatch=True)
        case "house_number":
            return st.from_regex(r"[1-9][0-9]{0,2}[a-d]?", fullmatch=True)
        case "integer":
            return st.integers(field.minimum or 0, field.maximum or 99).map(str)
        case "choice":
            return st.sampled_from([o.value for o in field.options])
        case "multi_choice":
            return st.lists(st.sampled_from([o.value for o in field.options]), unique=True,
                            min_size=max(field.min_items, 1),
                            max_size=field.max_items).map(lambda v: Choices(tuple(v)))
        case "yes_no":
            return st.sampled_from(["yes", "no"])
        case "iban":
            return st.sampled_from(IBANS)
        case "email":
            return st.sampled_from(["a@example.de", "erika.m+kiosk@mail.example.org"])
        case "phone":
            return st.sampled_from(["06131 12345", "+49 (6131) 123-456"])
        case "address":
            parts = st.fixed_dictionaries({s.id: valid_value(s) for s in field.fields})
            return parts.map(Address.of)
        case "file":
            return st.sampled_from(_valid_files(field))
        case "group":
            entry = st.fixed_dictionaries({s.id: valid_value(s) for s in field.fields})
            return st.lists(entry, min_size=field.min_items,
                            max_size=min(field.max_items, 2)).map(lambda e: Entries(tuple(e)))
    raise AssertionError(field.type)


def _valid_files(field: FieldDef) -> list[FileAnswer]:
    """Real files of the kinds ``field`` takes (portrait ones for a photo), or the counter."""
    files = [received_file("passfoto.jpg", photo_jpeg()), received_file("foto.png", photo_png())]
    if not field.photo:
        files += [received_file("scan.png", document_png()),
                  received_file("scan.pdf", document_pdf())]
    return [AT_COUNTER] + [f for f in files if f.media_type in accepted_types(field)]


INVALID_FILES = (
    received_file("kaputt.png", document_png()[:-40]),         # truncated
    received_file("brief.txt", b"Sehr geehrte Damen und Herren"),  # not a kind it takes
    FileAnswer("x.png", "image/png", photo_jpeg()),            # forged type
    "x.pdf",                                                   # not a file at all
)
INVALID: dict[str, Answer] = {
    "name": "R2D2", "text": "Anna\x00", "latin_text": "Москва", "date": "31.02.2000",
    "postal_code": "1234", "house_number": "abc", "integer": "1000000", "choice": "nope",
    "multi_choice": Choices(("nope",)), "yes_no": "maybe",
    "iban": "DE00 1234 5678 9012 3456 78", "email": "no-at-sign", "phone": "call me",
    "group": Entries(({"unknown": "x"},)), "address": Address("Am Markt", "", "1", ""),
}


def _empty(field: FieldDef) -> Answer:
    return {"multi_choice": Choices(), "group": Entries(), "address": Address(),
            "file": FileAnswer()}.get(field.type, "")


def answers_for(form: FormDef) -> st.SearchStrategy[dict[str, Answer]]:
    parts = {}
    for field in form.all_fields():
        value = valid_value(field)
        parts[field.id] = value if field.required or field.required_if else \
            st.one_of(st.just(_empty(field)), value)
    return st.fixed_dictionaries(parts)


def _checks_hold(form: FormDef, answers: dict[str, Answer]) -> bool:
    for check in form.checks:
        earlier, later = (parse_date(str(answers[check.earlier])),
                          parse_date(str(answers[check.later])))
        if earlier and later and earlier > later:
            return False
    return True


@pytest.mark.parametrize("form_id", sorted(EXPECTED))
def test_random_answers(form_id: str) -> None:
    form = FORMS[form_id]

    @settings(max_examples=12, deadline=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
    @given(answers=answers_for(form), data=st.data())
    def check(answers: dict[str, Answer], data: Any) -> None:
        assume(_checks_hold(form, answers))
        assert validate_form(form, answers, TODAY) == {}
        pdf = render(_document(form, answers))
        attached = read_application_data(pdf)["answers"]
        assert attached == json.loads(json.dumps(
            answers_to_json(form, visible_answers(form, answers))))
        for field_id, value in attached.items():  # each file by name, size and hash only
            answer = answers[field_id]
            if isinstance(answer, FileAnswer) and not answer.at_counter:
                assert value["sha256"] == answer.sha256
                assert "data" not in value
        # One asked field broken: the problem is reported at that field.
        asked = [f for f in form.all_fields() if is_visible(f, answers)]
        field = data.draw(st.sampled_from(asked))
        invalid = data.draw(st.sampled_from(INVALID_FILES)) if field.type == "file" \
            else INVALID[field.type]
        bad = data.draw(st.sampled_from([_empty(field), invalid])) if field.required \
            else invalid
        broken = dict(answers, **{field.id: bad})
        if field.pattern and bad == "":
            return
        problems = validate_form(form, broken, TODAY)
        if any(f.visible_if and f.visible_if.field == field.id for f in form.all_fields()):
            assert problems  # breaking a controlling field may move the problem
        else:
            assert field.id in problems, (field.id, bad)

    check()
