"""Chip attributes fill whichever fields a form definition names for them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from devices.icao.mrz_dates import birth_date, expiry_date
from forms.loader import load_form, shipped_forms
from forms.validation import validate_field
from kiosk.identity import (
    BIRTH_CENTURY,
    BIRTH_PARTIAL,
    BIRTH_UNREADABLE,
    NO_FAMILY_NAME,
    IdentityRecord,
)

TODAY = dt.date(2026, 12, 1)


def _chip(record: IdentityRecord, printed: str = "640812", surname: str = "MUELLER",
          expiry: str = "301031") -> dict[str, str]:
    birth = birth_date(printed, expiry=expiry_date(expiry), today=TODAY)
    return record.from_chip("BAC", surname, "JUERGEN", birth, nationality="D",
                            document_type="P", issuing_state="D",
                            chip_check={"passive_authentication": "no_csca_store"})


def test_shipped_form_prefill_and_sources() -> None:
    record = IdentityRecord()
    _chip(record)
    form = shipped_forms()["meldebescheinigung-einfach"]
    values = record.prefill(form)
    assert values == {"family_name": "Mueller", "given_names": "Juergen",
                      "date_of_birth": "12.08.1964"}
    answers = {**values, "family_name": "Müller"}  # the citizen corrected the umlaut
    assert record.sources(form, answers) == {"family_name": "typed", "given_names": "chip",
                                             "date_of_birth": "chip"}


def test_a_form_with_other_field_ids_is_prefilled_by_its_prefill_keys(tmp_path: Path) -> None:
    source = shipped_forms()["meldebescheinigung-einfach"]
    definitions = Path(__file__).resolve().parent.parent / "forms" / "definitions"
    raw = json.loads((definitions / f"{source.id}.json").read_text("utf-8"))
    renamed = {"family_name": "nachname", "date_of_birth": "geburtstag"}
    for section in raw["sections"]:
        for field in section["fields"]:
            field["id"] = renamed.get(field["id"], field["id"])
    raw["id"] = "umbenannt"
    path = tmp_path / "umbenannt.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), "utf-8")
    record = IdentityRecord()
    _chip(record)
    renamed_form = load_form(path)
    values = record.prefill(renamed_form)
    assert values["nachname"] == "Mueller"
    assert values["geburtstag"] == "12.08.1964"
    assert "family_name" not in values
    assert record.sources(renamed_form, {"nachname": "Mueller"}) == {"nachname": "chip"}


@pytest.mark.parametrize(("printed", "shown", "notes", "completed"), [
    ("640812", "12.08.1964", [], "12.08.1964"),
    ("6408<<", "00.08.1964", [BIRTH_PARTIAL], "24.08.1964"),
    ("64<<<<", "00.00.1964", [BIRTH_PARTIAL], "24.03.1964"),
    ("200512", "12.05.2020", [BIRTH_CENTURY], "12.05.1920"),
    ("20<<<<", "00.00.2020", [BIRTH_PARTIAL, BIRTH_CENTURY], "00.00.1920"),
])
def test_a_partial_date_of_birth_is_prefilled_for_the_citizen_to_complete_or_confirm(
        printed: str, shown: str, notes: list[object], completed: str) -> None:
    record = IdentityRecord()
    _chip(record, printed)
    form = shipped_forms()["meldebescheinigung-einfach"]
    values = record.prefill(form)
    assert values["date_of_birth"] == shown
    assert record.notes == notes
    field = next(f for f in form.all_fields() if f.id == "date_of_birth")
    # the citizen may confirm what the document gives (00 for the open day or month) ...
    assert validate_field(field, shown, today=TODAY) is None
    # ... or complete (or correct) it
    assert validate_field(field, completed, today=TODAY) is None
    assert record.sources(form, values)["date_of_birth"] == "chip"
    corrected = {**values, "date_of_birth": completed}
    assert record.sources(form, corrected)["date_of_birth"] == \
        ("chip" if completed == shown else "typed")


def test_an_unreadable_date_of_birth_is_not_prefilled_and_says_so() -> None:
    record = IdentityRecord()
    values = _chip(record, "641308")
    assert "date_of_birth" not in values
    assert record.notes == [BIRTH_UNREADABLE]
    values = _chip(record, "<<<<<<")
    assert "date_of_birth" not in values
    assert record.notes == [BIRTH_UNREADABLE]


def test_no_primary_identifier_prefills_no_family_name() -> None:
    record = IdentityRecord()
    values = _chip(record, surname="")
    assert "family_name" not in values
    assert values["given_names"] == "Juergen"
    assert NO_FAMILY_NAME in record.notes
    record.clear()
    assert record.notes == []


def test_00_for_an_unknown_day_is_only_for_a_date_of_birth() -> None:
    form = shipped_forms()["meldebescheinigung-einfach"]
    field = next(f for f in form.all_fields() if f.id == "date_of_birth")
    other = type(field)(**{**field.__dict__, "id": "moved_in", "prefill": None})
    assert validate_field(field, "00.00.1964", today=TODAY) is None
    assert validate_field(other, "00.00.1964", today=TODAY) is not None
    assert validate_field(field, "00.13.1964", today=TODAY) is not None
    assert validate_field(field, "12.00.1964", today=TODAY) is not None  # a day needs a month
    assert validate_field(field, "00.00.2027", today=TODAY) is not None  # in the future
    assert validate_field(field, "00.12.2026", today=TODAY) is None  # born this December
    assert validate_field(field, "00.00.1890", today=TODAY) is not None  # over 130 years


@settings(max_examples=400, deadline=None)
@given(printed=st.text(st.sampled_from("0123456789<<<"), min_size=6, max_size=6),
       expiry=st.text(st.sampled_from("0123456789<"), min_size=6, max_size=6))
def test_whatever_the_chip_prints_the_date_of_birth_field_gets_a_valid_value_or_none(
        printed: str, expiry: str) -> None:
    """Any six MRZ characters: no exception, and what is prefilled the form accepts."""
    record = IdentityRecord()
    form = shipped_forms()["meldebescheinigung-einfach"]
    birth = birth_date(printed, expiry=expiry_date(expiry), today=TODAY)
    record.from_chip("BAC", "X", "Y", birth, nationality="D", document_type="P",
                     issuing_state="D", chip_check={"passive_authentication": "no_csca_store"})
    values = record.prefill(form)
    field = next(f for f in form.all_fields() if f.id == "date_of_birth")
    if "date_of_birth" in values:
        assert validate_field(field, values["date_of_birth"], today=TODAY) is None, printed
    else:
        assert record.notes == [BIRTH_UNREADABLE]
