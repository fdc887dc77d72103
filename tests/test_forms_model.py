"""Form definitions: the shipped ones load; broken files name the file and the key."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from forms.display import display
from forms.loader import load_form, shipped_forms
from forms.model import FIELD_TYPES, ChoiceOption, FormDefinitionError
from forms.texts import form_messages
from kiosk.base.catalogue import catalogue
from kiosk.base.errors import ConfigError

FORM_ID = "meldebescheinigung-einfach"


def _shipped_raw() -> dict[str, Any]:
    path = Path(__file__).resolve().parent.parent / "forms" / "definitions" / f"{FORM_ID}.json"
    raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return raw


def test_shipped_form_loads_with_expected_content() -> None:
    form = shipped_forms()[FORM_ID]
    assert form.version == 1
    assert (form.fee_cents, form.fee_currency) == (500, "EUR")
    assert [s.id for s in form.sections] == ["identity", "address", "details"]
    assert [f.id for f in form.all_fields()] == [
        "family_name", "given_names", "birth_name", "date_of_birth", "place_of_birth",
        "street", "house_number", "postal_code", "city", "purpose", "copies",
    ]
    assert form.field("family_name").label.source == "Familienname"
    assert form.field("copies").label.source == "Anzahl der Ausfertigungen"
    assert not form.field("birth_name").required
    dob = form.field("date_of_birth")
    assert (dob.type, dob.past_only, dob.max_age_years) == ("date", True, 130)
    copies = form.field("copies")
    assert (copies.minimum, copies.maximum, copies.default) == (1, 5, "1")
    assert [o.value for o in form.field("purpose").options] == [
        "employer", "authority", "landlord", "other"]
    with pytest.raises(KeyError):
        form.field("nonexistent")


def test_ids_unique_and_every_text_in_every_language() -> None:
    for form in shipped_forms().values():
        field_ids = [f.id for f in form.all_fields()]
        assert len(field_ids) == len(set(field_ids))
        assert len({s.id for s in form.sections}) == len(form.sections)
        assert all(f.type in FIELD_TYPES for f in form.all_fields())
        for message in form_messages(form):
            assert message.context == f"form:{form.id}"
            assert message.source.strip(), message.disambiguation
            for language in catalogue().languages():
                found = catalogue().lookup(language, message.context, message.source,
                                           message.disambiguation)
                assert found, f"{form.id}: {message.disambiguation} lacks {language}"


def test_shipped_forms_is_cached_but_returns_a_copy() -> None:
    first = shipped_forms()
    first.clear()
    assert FORM_ID in shipped_forms()
    assert shipped_forms()[FORM_ID] is shipped_forms()[FORM_ID]


def test_texts_carry_stable_ids_by_key_path() -> None:
    form = shipped_forms()[FORM_ID]
    assert form.field("purpose").label.disambiguation == "fields.purpose.label"
    assert form.field("purpose").options[2].label.disambiguation == \
        "fields.purpose.options.landlord.label"
    assert form.sections[0].title.disambiguation == "sections.identity.title"
    ummeldung = shipped_forms()["ummeldung"].field("persons_moving")
    assert ummeldung.fields[0].label.disambiguation == "fields.persons_moving.family_name.label"


def test_display_shows_choice_labels() -> None:
    purpose = shipped_forms()[FORM_ID].field("purpose")
    assert purpose.option("landlord") == ChoiceOption("landlord", purpose.options[2].label)
    assert display(purpose, "landlord", "de") == "Vorlage beim Vermieter"
    assert display(purpose, "landlord", "en") == "For a landlord"


def _write(tmp_path: Path, raw: object, name: str = FORM_ID) -> Path:
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


def test_copy_of_shipped_file_loads(tmp_path: Path) -> None:
    assert load_form(_write(tmp_path, _shipped_raw())) == shipped_forms()[FORM_ID]


def _break(raw: dict[str, Any], case: str) -> None:
    field = raw["sections"][1]["fields"][2]
    match case:
        case "missing":
            del field["label"]
        case "wrong_type":
            field["required"] = "yes"
        case "unknown_type":
            field["type"] = "hologram"
        case "unknown_key":
            field["maxlength"] = 5
        case "inline_translations":  # format 1: every language inline
            field["label"] = {"de": field["label"], "en": "Street"}
        case "duplicate_id":
            field["id"] = "street"
        case "option_on_wrong_type":
            field["minimum"] = 3
        case "fee_type":
            raw["fee"]["amount_cents"] = 5.0


@pytest.mark.parametrize(("case", "key", "words"), [
    ("missing", "sections[1].fields[2].label", "is missing"),
    ("wrong_type", "sections[1].fields[2].required", "JSON boolean"),
    ("unknown_type", "sections[1].fields[2].type", "unknown field type"),
    ("unknown_key", "sections[1].fields[2].maxlength", "not a known key"),
    ("inline_translations", "sections[1].fields[2].label", "forms_*.ts"),
    ("duplicate_id", "sections[1].fields[2].id", "used twice"),
    ("option_on_wrong_type", "sections[1].fields[2].minimum", "not a known key"),
    ("fee_type", "fee.amount_cents", "JSON integer"),
])
def test_broken_definition_names_file_and_key(
    tmp_path: Path, case: str, key: str, words: str
) -> None:
    raw = copy.deepcopy(_shipped_raw())
    _break(raw, case)
    path = _write(tmp_path, raw)
    with pytest.raises(FormDefinitionError) as info:
        load_form(path)
    error = info.value
    assert isinstance(error, ConfigError)
    assert (error.path, error.key) == (path, key)
    text = error.message.untranslated()
    assert str(path) in text
    assert f"'{key}'" in text
    assert words in text


def test_not_json_and_missing_file_and_wrong_name(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"id": "bad",', encoding="utf-8")
    with pytest.raises(FormDefinitionError, match="not valid JSON"):
        load_form(bad)
    with pytest.raises(FormDefinitionError, match="cannot be read"):
        load_form(tmp_path / "absent.json")
    with pytest.raises(FormDefinitionError, match="file name") as info:
        load_form(_write(tmp_path, _shipped_raw(), name="other-name"))
    assert info.value.key == "id"
    with pytest.raises(FormDefinitionError, match="JSON object"):
        load_form(_write(tmp_path, [1, 2], name="list"))


def test_import_stays_cheap() -> None:
    code = ("import sys, forms, forms.model, forms.validation; "
            "print(sorted(m for m in ('reportlab', 'qrcode', 'PIL', 'PySide6') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True, timeout=60).stdout
    assert out.strip() == "[]"
