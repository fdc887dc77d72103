"""A form's Fachdaten for FIT-Connect: the JSON Schema its submission data follows.

The submission's ``data`` (:func:`sync.delivery.fachdaten`) is the application
record (``forms.record.ApplicationRecord.as_json``) with the Vorgangsnummer and the
service id around it. :func:`data_schema` derives the schema of that document for
one form from its definition — every answer by field id, typed as
``forms.answers.to_json`` writes it (choices as their values, groups as lists of
objects, files as their description) — so the schema a form ships cannot drift
from the answers it collects. Its ``$id``, :func:`schema_uri`, is what the
metadata names as ``contentStructure.data.submissionSchema.schemaUri``;
``buergerbuero forms schema FORM`` prints it for a case system.
"""

from __future__ import annotations

import re
from typing import Any, Final

from forms.model import FieldDef, FormDef

JSON_SCHEMA: Final = "https://json-schema.org/draft/2020-12/schema"
LEIKA_RE: Final = re.compile(r"urn:de:fim:leika:leistung:\d{14}")
#: The range of the placeholder keys shipped where no real key was found (docs/fitconnect.md).
PLACEHOLDER_LEIKA: Final = "urn:de:fim:leika:leistung:99999999"
_ADDRESS: Final = ("street", "house_number", "postal_code", "city", "country")


def schema_uri(form: FormDef) -> str:
    """The versioned identifier of the form's Fachdaten schema."""
    return f"urn:buergerbuero:fachdaten:{form.id}:{form.version}"


def _field_schema(field: FieldDef) -> dict[str, Any]:
    if field.type == "multi_choice":
        return {"type": "array", "uniqueItems": True,
                "items": {"enum": [o.value for o in field.options]}}
    if field.type == "choice":
        return {"enum": [o.value for o in field.options]}
    if field.type == "yes_no":
        return {"enum": ["yes", "no"]}
    if field.type == "group":  # its entries, and the groups inside them, at any depth
        return {"type": "array", "maxItems": field.max_items,
                "items": {"type": "object", "additionalProperties": False,
                          "properties": {f.id: _entry_schema(f) for f in field.fields}}}
    if field.type == "address":
        return {"type": "object", "additionalProperties": False,
                "properties": {part: {"type": "string"} for part in _ADDRESS}}
    if field.type == "file":
        return {"type": "object"}
    if field.type == "date":  # as the citizen enters it (forms.validation checks it)
        return {"type": "string", "pattern": r"^\d{2}\.\d{2}\.\d{4}$",
                "description": "TT.MM.JJJJ"}
    return {"type": "string", "maxLength": max(field.max_length, 1)}


def _entry_schema(field: FieldDef) -> dict[str, Any]:
    """A sub-field of a group entry: a text ("" when left empty), a choice's value, or a
    group's entries."""
    if field.type == "group":
        return _field_schema(field)
    if field.type in ("choice", "yes_no"):
        values = ["yes", "no"] if field.type == "yes_no" else [o.value for o in field.options]
        return {"enum": [*values, ""]}
    return {"type": "string", "maxLength": max(field.max_length, 1)}


def data_schema(form: FormDef) -> dict[str, Any]:
    """The JSON Schema (2020-12) of the form's Fachdaten."""
    answers = {f.id: _field_schema(f) for f in form.all_fields()}
    required = [f.id for f in form.all_fields()
                if f.required and f.visible_if is None and f.required_if is None
                and f.type != "file"]
    return {
        "$schema": JSON_SCHEMA,
        "$id": schema_uri(form),
        "title": f"Fachdaten: {form.title.untranslated()} (Version {form.version})",
        "type": "object",
        "required": ["vorgangsnummer", "service_id", "metadata"],
        "properties": {
            "vorgangsnummer": {"type": "string", "minLength": 1},
            "service_id": {"type": "string", "minLength": 1},
            "metadata": {
                "type": "object",
                "required": ["form_id", "form_version", "vorgangsnummer", "signed_at",
                             "answers"],
                "properties": {
                    "form_id": {"const": form.id},
                    "form_version": {"const": form.version},
                    "vorgangsnummer": {"type": "string"},
                    "signed_at": {"type": "string", "format": "date-time"},
                    "answers": {"type": "object", "additionalProperties": False,
                                "required": required, "properties": answers},
                    # A form imported from FIM: the FIM id of each section and answer
                    # (with the groups flattened above it), and the answers again in the
                    # Stammdatenschema's nesting (forms.fim_data).
                    **({"fim_ids": {"type": "object",
                                    "required": ["sections", "fields"]},
                        "fim_data": {"type": "object"}} if form.fim_ids() else {}),
                },
            },
        },
    }


def fit_connect_block(form: FormDef) -> dict[str, str] | None:
    """What the record carries for the sender (None: the form has no Leika key)."""
    if form.leika is None:
        return None
    return {"leika": form.leika, "service_name": form.title.untranslated(),
            "submission_schema": schema_uri(form)}


def problems(form: FormDef) -> list[str]:
    """Why the form cannot be offered over FIT-Connect (empty: it can)."""
    found = []
    if form.leika is None:
        found.append("outputs.leika: missing (a Leika key urn:de:fim:leika:leistung:…)")
    elif not LEIKA_RE.fullmatch(form.leika):
        found.append("outputs.leika: not a Leika key urn:de:fim:leika:leistung:<14 digits>")
    from jsonschema import Draft202012Validator  # heavy: loaded for forms validate only

    try:
        Draft202012Validator.check_schema(data_schema(form))
    except Exception as exc:  # noqa: BLE001 - jsonschema's SchemaError: report it
        found.append(f"data schema: {type(exc).__name__}")
    return found
