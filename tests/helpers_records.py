"""Application records for the PDF and submission tests (what a signed journey gives)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from forms.answers import Answers
from forms.model import FormDef
from forms.record import ApplicationRecord
from forms.signing.capture import Ink, Sample


def ink(*strokes: Iterable[tuple[float, float]], width: float = 400,
        height: float = 150) -> Ink:
    """Ink from point lists (one per stroke), a sample every 2 ms at half pressure."""
    return Ink(tuple(tuple(Sample(x, y, i * 2.0) for i, (x, y) in enumerate(stroke))
                     for stroke in strokes), width, height)


LINE = ink(((1.0, 1.0), (50.0, 20.0)), width=100, height=40)


def record(form: FormDef, answers: Answers, **facts: Any) -> ApplicationRecord:
    values: dict[str, Any] = {
        "service_id": form.id, "language": "de", "vorgangsnummer": "MB-2026-0001-7K3Q",
        "idempotency_key": "k" * 32, "signed_at": datetime(2026, 11, 21, 10, 0, tzinfo=UTC),
        "terminal_id": "T-1", "office_name": "Bürgerbüro", "place": "Musterstadt",
        "ink": LINE}
    values.update(facts)
    return ApplicationRecord.build(form=form, answers=answers, **values)
