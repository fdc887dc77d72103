"""Valid example answers for any form definition, derived from the field types.

Used by ``buergerbuero forms render`` without ``--data``, the walkthrough's PDF
shots, ``bench pdf`` and the tests. A field with a ``pattern`` should give an
``example`` in its definition; otherwise the generic sample may not match.
Everything here is invented (Erika Mustermann is the name on the specimen ID card).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from datetime import date, datetime, timedelta
from typing import Final

from forms.answers import Address, Answer, Answers, Choices, Entries
from forms.files import accepted_types
from forms.model import FieldDef, FormDef
from forms.record import ApplicationRecord
from forms.sample_files import sample_file
from forms.signing.capture import Ink, Sample
from forms.validation import format_date, is_visible, validate_field

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


_PATTERN_TRIES: Final = ("0123 456789", "12345", "AB 123", "Beispiel", "A",
                         "post@beispiel.de")  # FIM's e-mail fields are texts with a pattern


def sample_value(field: FieldDef, today: date) -> Answer:
    """One valid answer to ``field`` ("" for an optional field whose pattern defeats us)."""
    value = _sample(field, today)
    if not isinstance(value, str):
        return value
    if field.pattern is None or re.fullmatch(field.pattern, value):
        return value
    return next((t for t in _PATTERN_TRIES if re.fullmatch(field.pattern, t)),
                "" if not field.required else value)


def _sample(field: FieldDef, today: date) -> Answer:
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
            return Choices(tuple(o.value for o in field.options[:count]))
        case "yes_no":
            return field.default or "yes"
        case "number" | "currency" if field.minimum is not None:
            return str(field.minimum)
        case "address":
            return Address("Am Markt", "1", "55116", "Mainz")
        case "file":
            return sample_file(accepted_types(field), photo=field.photo)
        case "group":
            count = max(1, field.min_items)
            entries = Entries(tuple({sub.id: _entry_sample(sub, today) for sub in field.fields}
                                    for _ in range(count)))
            # An optional group whose entries defeat the samples (a pattern) is left out,
            # as an optional field is.
            if not field.required and validate_field(field, entries, today=today) is not None:
                return Entries()
            return entries
    return _BY_TYPE.get(field.type, "Beispiel")[: field.max_length]


def _entry_sample(sub: FieldDef, today: date) -> str | Entries:
    value = sample_value(sub, today)
    return value if isinstance(value, Entries) else str(value)


def sample_answers(form: FormDef, today: date | None = None) -> dict[str, Answer]:
    """Valid answers to every field that is asked (hidden ones are left out)."""
    day = today or date.today()
    answers = {f.id: sample_value(f, day) for f in form.all_fields()}
    return {f.id: answers[f.id] for f in form.all_fields() if is_visible(f, answers)}


def sample_ink(width: float = 220.0, height: float = 80.0) -> Ink:
    """A signature-like pen stream: a looping stroke with varying pressure, and a flourish."""
    first = tuple(Sample(width * (0.08 + 0.6 * u) + 6 * math.cos(u * 26),
                         height * (0.55 - 0.3 * math.sin(u * 13) * (1 - 0.4 * u)),
                         1000.0 + i * 2.0, 0.3 + 0.5 * abs(math.sin(u * 9)))
                  for i, u in ((i, i / 119) for i in range(120)))
    second = tuple(Sample(width * (0.1 + 0.8 * u), height * (0.8 + 0.04 * math.sin(u * 6)),
                          1400.0 + i * 2.0, 0.5) for i, u in ((i, i / 39) for i in range(40)))
    return Ink((first, second), width, height)


def sample_record(form: FormDef, *, answers: Answers | None = None, language: str = "de",
                  signed_at: datetime | None = None, terminal_id: str = "MUSTER",
                  office_name: str = "Bürgerbüro", place: str = "Musterstadt",
                  vorgangsnummer: str = "MUSTER-0000") -> ApplicationRecord:
    """An application record of ``form`` with sample answers (or ``answers``) and ink."""
    return ApplicationRecord.build(
        form=form, answers=sample_answers(form) if answers is None else answers,
        service_id=form.id, language=language, vorgangsnummer=vorgangsnummer,
        idempotency_key="0" * 32, signed_at=signed_at or datetime.now().astimezone(),
        terminal_id=terminal_id, office_name=office_name, place=place, ink=sample_ink())
