"""Valid example answers for any form definition, derived from the field types.

Used by ``buergerbuero forms render`` without ``--data``, the walkthrough's PDF
shots, ``bench pdf`` and the tests. A field with a ``pattern`` should give an
``example`` in its definition; otherwise the generic sample may not match.
Everything here is invented (Erika Mustermann is the name on the specimen ID card).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Final

from forms.files import accepted_types, encode_file
from forms.model import MULTI_SEPARATOR, FieldDef, FormDef, encode_group
from forms.sample_files import sample_file
from forms.validation import format_date, is_visible

_BY_PREFILL: Final[Mapping[str, str]] = {
    "family_name": "Mustermann", "given_names": "Erika", "birth_name": "Gabler",
    "date_of_birth": "12.08.1964", "place_of_birth": "Berlin", "nationality": "deutsch",
    "street": "Heidestraße", "house_number": "17", "postal_code": "51147", "city": "Köln",
}
_BY_TYPE: Final[Mapping[str, str]] = {
    "text": "Beispieltext", "latin_text": "Beispielangabe", "name": "Mustermann",
    "postal_code": "55116", "house_number": "12a", "number": "12,5", "currency": "12,50",
    "iban": "DE89 3704 0044 0532 0130 00", "email": "erika.mustermann@example.de",
    "phone": "06131 12345", "yes_no": "yes",
}


_BY_ID: Final[Mapping[str, str]] = {
    "purpose_text": "Bewerbung als Erzieherin", "authority_name": "Landratsamt Musterkreis",
    "landlord_name": "Wohnbau Musterstadt GmbH", "owner_name": "Hans Muster",
    "previous_street": "Lindenweg 3", "previous_city": "10115 Berlin",
    "event_place": "Musterstadt", "new_floor": "2. OG links", "recipient_country": "Frankreich",
    "danger_reason": "Bedrohung durch eine frühere Bekanntschaft", "given_names": "Max",
    "previous_country": "Frankreich", "kind": "O", "authority_reference": "32-123/2026",
}
_BY_AUTOCOMPLETE: Final[Mapping[str, str]] = {
    "address-line1": "Kaiserstraße", "address-level2": "Mainz", "postal-code": "55116",
}


def sample_date(field: FieldDef, today: date) -> str:
    if field.prefill == "date_of_birth" or field.autocomplete == "bday":
        return _BY_PREFILL["date_of_birth"]
    if field.min_age_years is not None:
        return format_date(today.replace(year=today.year - field.min_age_years - 20, day=1))
    if field.max_future_days is not None or (field.max_age_years or 99) <= 2:
        return format_date(today - timedelta(days=10))
    return format_date(today.replace(year=today.year - 3, day=1))


_PATTERN_TRIES: Final = ("0123 456789", "12345", "AB 123", "Beispiel", "A")


def sample_value(field: FieldDef, today: date) -> str:
    """One valid answer to ``field`` ("" for an optional field whose pattern defeats us)."""
    value = _sample(field, today)
    if field.type == "file":
        return value
    if field.pattern is None or re.fullmatch(field.pattern, value):
        return value
    return next((t for t in _PATTERN_TRIES if re.fullmatch(field.pattern, t)),
                "" if not field.required else value)


def _sample(field: FieldDef, today: date) -> str:
    if field.example is not None:
        return field.example
    if field.prefill is not None and field.prefill in _BY_PREFILL:
        return _BY_PREFILL[field.prefill][: field.max_length]
    if field.id in _BY_ID:
        return _BY_ID[field.id][: field.max_length]
    if field.autocomplete is not None and field.autocomplete in _BY_AUTOCOMPLETE:
        return _BY_AUTOCOMPLETE[field.autocomplete][: field.max_length]
    match field.type:
        case "date":
            return sample_date(field, today)
        case "integer":
            return field.default or str(field.minimum)
        case "choice":
            return field.default or field.options[0].value
        case "multi_choice":
            count = min(max(1, field.min_items), len(field.options))
            return MULTI_SEPARATOR.join(o.value for o in field.options[:count])
        case "yes_no":
            return field.default or "yes"
        case "number" | "currency" if field.minimum is not None:
            return str(field.minimum)
        case "address":
            return encode_group([{"street": "Am Markt", "house_number": "1",
                                  "postal_code": "55116", "city": "Mainz"}])
        case "file":
            return encode_file(sample_file(accepted_types(field), photo=field.photo))
        case "group":
            count = max(1, field.min_items)
            return encode_group([{sub.id: sample_value(sub, today) for sub in field.fields}
                                 for _ in range(count)])
    return _BY_TYPE.get(field.type, "Beispiel")[: field.max_length]


def sample_answers(form: FormDef, today: date | None = None) -> dict[str, str]:
    """Valid answers to every field that is asked (hidden ones stay empty)."""
    day = today or date.today()
    answers = {f.id: sample_value(f, day) for f in form.all_fields()}
    for field in form.all_fields():
        if not is_visible(field, answers):
            answers[field.id] = ""
    return answers
