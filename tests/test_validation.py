"""Validation: each problem gets the message that says how to fix it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from forms import validation as v
from forms.loader import shipped_forms
from forms.model import FieldDef, FormDef
from forms.validation import (
    format_date,
    normalize,
    normalize_answers,
    parse_date,
    validate_field,
    validate_form,
    validate_section,
)
from kiosk.base.i18n import N_, Message

TODAY = date(2026, 11, 21)
FORM: FormDef = shipped_forms()["meldebescheinigung-einfach"]
VALID = {
    "family_name": "Müller-Lüdenscheidt", "given_names": "Zoë", "birth_name": "",
    "date_of_birth": "24.03.1985", "place_of_birth": "", "street": "Kaiserstraße",
    "house_number": "12a", "postal_code": "55116", "city": "Mainz",
    "purpose": "employer", "copies": "1",
}


def check(field_id: str, raw: str) -> Message | None:
    return validate_field(FORM.field(field_id), raw, today=TODAY)


def test_normalize() -> None:
    assert normalize("  Jürgen \t  Groß \n") == "Jürgen Groß"
    assert normalize("Zoe\u0308") == "Zoë"  # decomposed -> NFC
    assert normalize("\u00a0\u2003") == ""


def test_required_and_optional_empty() -> None:
    assert check("family_name", "   ") == v.REQUIRED
    assert v.REQUIRED.source == "Please fill in this field."
    assert check("birth_name", "") is None


def test_too_long_counts_characters() -> None:
    message = check("family_name", "a" * 61)
    assert message == v.TOO_LONG.format(max=60, count=61)
    assert message is not None
    assert message.untranslated() == "Please shorten this to at most 60 characters (now 61)."
    assert check("family_name", "a" * 60) is None


@pytest.mark.parametrize("raw", ["Anna\x00", "Anna\u200b", "An\u202ena", "Anna\ufffd",
                                 "Anna\ue000", "Ann\x7fa"])
def test_unprintable_characters(raw: str) -> None:
    assert check("street", raw) == v.UNPRINTABLE
    assert check("family_name", raw) == v.UNPRINTABLE


@pytest.mark.parametrize("name", ["Müller-Lüdenscheidt", "O'Brien", "O\u2019Brien", "Zoë",
                                  "Łukasz", "Groß", "José María", "St. Clair", "Ngô Bảo Châu"])
def test_names_accept_letters_of_every_alphabet(name: str) -> None:
    assert check("family_name", name) is None


@pytest.mark.parametrize("name", ["R2D2", "Anna!", "Meier & Co", "@nna", "---", "Anna_Lena"])
def test_names_reject_digits_and_symbols(name: str) -> None:
    assert check("family_name", name) == v.NAME_LETTERS


@pytest.mark.parametrize(("raw", "expected"), [
    ("24.03.1985", None),
    ("1.3.1985", None),
    ("01. 03. 1985", None),
    ("1985-03-24", v.DATE_FORMAT),
    ("24/03/1985", v.DATE_FORMAT),
    ("gestern", v.DATE_FORMAT),
    ("24.03.985", v.DATE_FORMAT),
    ("01.03.85", v.DATE_YEAR_DIGITS),
    ("31.02.2000", v.DATE_IMPOSSIBLE),
    ("12.13.2000", v.DATE_IMPOSSIBLE),
    ("22.11.2026", v.DATE_FUTURE),
    ("21.11.2026", None),
    ("22.11.1895", None),  # 130 years old, 131 tomorrow
    ("21.11.1895", v.DATE_TOO_OLD.format(years=130)),  # 131 today
])
def test_date_of_birth(raw: str, expected: Message | None) -> None:
    assert check("date_of_birth", raw) == expected


def test_date_messages_read_well() -> None:
    assert v.DATE_FORMAT.untranslated() == (
        "Please enter the date as DD.MM.YYYY, for example 24.03.1985.")
    assert v.DATE_TOO_OLD.format(years=130).untranslated() == (
        "Please check the year: the date is more than 130 years ago.")


def test_min_age_and_dates_without_past_only() -> None:
    adult = FieldDef(id="d", type="date", label=N_("Test", "D"), min_age_years=18)
    assert validate_field(adult, "22.11.2008", today=TODAY) == v.DATE_TOO_RECENT.format(years=18)
    assert validate_field(adult, "21.11.2008", today=TODAY) is None
    assert validate_field(adult, "01.01.2030", today=TODAY) == v.DATE_TOO_RECENT.format(years=18)
    anyday = replace(adult, min_age_years=None)
    assert validate_field(anyday, "01.01.2030", today=TODAY) is None


def test_parse_and_format_date() -> None:
    assert parse_date("1.3.1985") == date(1985, 3, 1)
    assert parse_date(" 24.03.1985 ") == date(1985, 3, 24)
    assert parse_date("31.02.2000") is None
    assert parse_date("01.03.85") is None
    assert parse_date("\u0661.\u0663.\u0661\u0669\u0668\u0665") is None  # Arabic-Indic digits
    assert format_date(date(1985, 3, 1)) == "01.03.1985"
    assert parse_date(format_date(date(2004, 2, 29))) == date(2004, 2, 29)


@pytest.mark.parametrize(("raw", "ok"), [
    ("55116", True), ("01067", True), ("5511", False), ("551166", False), ("00123", False),
    ("55 116", False), ("D-55116", False), ("\u0665\u0665\u0661\u0661\u0666", False),
])
def test_postal_code(raw: str, ok: bool) -> None:
    assert check("postal_code", raw) == (None if ok else v.POSTAL_CODE)


@pytest.mark.parametrize(("raw", "ok"), [
    ("12", True), ("12a", True), ("7-9", True), ("3 b", True), ("7/9", True), ("12a-12c", True),
    ("", False), ("a12", False), ("12abc", False), ("Nr. 5", False), ("12345", False),
])
def test_house_number(raw: str, ok: bool) -> None:
    expected = None if ok else (v.REQUIRED if not raw else v.HOUSE_NUMBER)
    assert check("house_number", raw) == expected


@pytest.mark.parametrize(("raw", "ok"), [
    ("1", True), ("5", True), ("+3", True), ("0", False), ("6", False), ("-1", False),
    ("2.5", False), ("zwei", False), ("1_0", False), ("\u0663", False),
])
def test_integer_range(raw: str, ok: bool) -> None:
    expected = v.INTEGER_RANGE.format(min=1, max=5)
    assert check("copies", raw) == (None if ok else expected)
    assert expected.untranslated() == "Please enter a whole number from 1 to 5."


def test_choice() -> None:
    assert check("purpose", "landlord") is None
    assert check("purpose", "Vorlage beim Vermieter") == v.CHOICE
    assert check("purpose", "LANDLORD") == v.CHOICE


def test_section_and_form() -> None:
    assert validate_form(FORM, VALID, today=TODAY) == {}
    identity = FORM.sections[0]
    broken = dict(VALID, family_name="", date_of_birth="31.02.2000", postal_code="1")
    assert validate_section(identity, broken, today=TODAY) == {
        "family_name": v.REQUIRED, "date_of_birth": v.DATE_IMPOSSIBLE}
    assert validate_form(FORM, broken, today=TODAY) == {
        "family_name": v.REQUIRED, "date_of_birth": v.DATE_IMPOSSIBLE,
        "postal_code": v.POSTAL_CODE}
    missing = validate_form(FORM, {}, today=TODAY)
    assert set(missing) == {f.id for f in FORM.all_fields() if f.required}


def test_normalize_answers_covers_every_field() -> None:
    answers = normalize_answers(FORM, {"family_name": "  Groß  ", "unknown": "x"})
    assert answers["family_name"] == "Groß"
    assert set(answers) == {f.id for f in FORM.all_fields()}


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=120))
def test_validate_field_never_raises(raw: str) -> None:
    for field in FORM.all_fields():
        result = validate_field(field, raw, today=TODAY)
        assert result is None or isinstance(result, Message)


def test_a_cross_check_speaks_in_the_form_authors_words(qapp) -> None:  # type: ignore[no-untyped-def]
    """A date_order check's own message (in the catalogue's languages) is what the citizen
    reads."""
    from ui.i18n import current_language, set_language, translate

    form = shipped_forms()["aufenthaltsbescheinigung"]
    (check,) = form.checks
    problems = v.validate_form(form, {check.earlier: "01.02.2000", check.later: "01.01.2000"})
    message = problems[check.earlier]
    assert message == check.message.format(other="01.01.2000")
    before = current_language()
    try:
        set_language("de")
        assert translate(message) == "Das Geburtsdatum muss vor dem Zuzugsdatum liegen."
        set_language("en")
        assert translate(message) == "The date of birth must be before the date of moving in."
    finally:
        set_language(before)
    assert not v.validate_form(form, {check.earlier: "01.01.2000",
                                      check.later: "01.01.2000"}).get(check.earlier)
