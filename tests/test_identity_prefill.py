"""Chip attributes fill whichever fields a form definition names for them."""

from __future__ import annotations

import json
from pathlib import Path

from forms.loader import load_form, shipped_forms
from kiosk.identity import IdentityRecord


def _chip(record: IdentityRecord) -> None:
    record.from_chip("BAC", "MUELLER", "JUERGEN", "1964-08-12", nationality="D",
                     document_type="P", issuing_state="D")


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
