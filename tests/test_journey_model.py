"""The journey (the application model the screens view), without Qt."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from forms.answers import Choices
from forms.loader import shipped_forms
from forms.signing.capture import Sample, SignatureCapture
from kiosk.journey import RECEIPT, REVIEW, SERVICE, SIGN, WELCOME, Journey, JourneyError
from kiosk.vorgang import is_valid_vorgangsnummer, new_vorgangsnummer

FORM = shipped_forms()["meldebescheinigung-einfach"]


def started(default_language: str = "de") -> Journey:
    journey = Journey(default_language)
    journey.begin("en")
    journey.choose_service("meldebescheinigung-einfach", FORM)
    return journey


def test_steps_follow_the_form() -> None:
    journey = started()
    assert [s.name for s in journey.steps] == [
        "welcome", "service", "identify", "form-address", "form-details", "review",
        "signature", "payment", "receipt"]
    assert journey.step.name == "identify"
    assert journey.progress == (2, 7)


def test_a_form_without_fee_skips_the_payment_step() -> None:
    journey = Journey("de")
    journey.begin("de")
    free = shipped_forms()["ummeldung"]
    assert free.fee_cents == 0
    journey.choose_service("ummeldung", free)
    assert "payment" not in [s.name for s in journey.steps]
    assert not journey.needs_payment


def test_edit_from_review_returns_to_review() -> None:
    journey = started()
    while journey.step != REVIEW:
        journey.advance()
    assert journey.edit("address").name == "form-address"
    assert journey.advance() == REVIEW


def test_submission_keeps_references_for_a_retry_and_wipe_forgets_all() -> None:
    journey = started()
    journey.record({"family_name": "Mustermann"})
    while journey.step != SIGN:
        journey.advance()
    first = journey.prepare_submission()
    assert journey.prepare_submission() == first  # a retry after a storage error
    assert is_valid_vorgangsnummer(first[0])
    assert journey.finish_submission() == RECEIPT
    assert journey.answers == {}
    journey.wipe()
    assert journey.step == WELCOME
    assert (journey.service_id, journey.vorgangsnummer, journey.idempotency_key) == (None,) * 3


def test_wipe_returns_to_the_terminals_default_language_and_forgets_everything() -> None:
    journey = started(default_language="en")
    journey.language = "de"  # the citizen switched
    journey.record({"family_name": "Mustermann"})
    journey.signature.begin_stroke(Sample(1, 1, 0))
    journey.identity.identification = "eid"
    journey.wipe()
    assert journey.language == "en"  # not "de": the terminal's default is English
    assert journey.answers == {}
    assert journey.signature.strokes == []
    assert journey.identity.identification == "typed"
    assert journey.form is None


def test_the_application_record_is_built_once_from_the_journey() -> None:
    journey = started()
    journey.record({"family_name": "Mustermann", "given_names": "Erika",
                    "date_of_birth": "12.08.1964", "purpose": "employer",
                    "purpose_text": "hidden unless 'other'"})
    for i in range(30):
        journey.signature.add(Sample(10 + i * 5, 40 + (i % 5) * 8, i * 2.0))
    while journey.step != SIGN:
        journey.advance()
    journey.prepare_submission()
    record = journey.application(signed_at=datetime(2026, 12, 1, tzinfo=UTC),
                                 terminal_id="T-1", office_name="Bürgerbüro", place="Mainz")
    data = record.as_json()
    assert record.signer_name == "Erika Mustermann"  # the form's prefill mapping
    assert data["answers"]["family_name"] == "Mustermann"
    assert "purpose_text" not in data["answers"]  # a question the choice hid is not sent
    assert data["vorgangsnummer"] == journey.vorgangsnummer
    assert record.ink.sample_count == 30
    assert data["answer_sources"] == {"family_name": "typed", "given_names": "typed",
                                      "date_of_birth": "typed"}
    assert "Mustermann" not in repr(record)
    assert "Mustermann" not in repr(journey)


def test_answers_are_values_that_hide_their_content() -> None:
    assert repr(Choices(("bmg36", "bmg42"))) == "Choices(<2 chosen>)"
    assert "bmg" not in repr(Choices(("bmg36",)))


def test_wrong_moves_are_refused() -> None:
    journey = Journey("de")
    with pytest.raises(JourneyError):
        journey.back()
    journey.begin("de")
    assert journey.step == SERVICE
    with pytest.raises(JourneyError):
        journey.prepare_submission()


def test_vorgangsnummer_check_symbol_catches_a_typo() -> None:
    number = new_vorgangsnummer()
    assert is_valid_vorgangsnummer(number)
    body = number.split("-")
    swapped = body[1][1] + body[1][0] + body[1][2:]
    if swapped != body[1]:
        assert not is_valid_vorgangsnummer("-".join([body[0], swapped, body[2], body[3]]))
    assert not is_valid_vorgangsnummer("2026-IIII-OOOO-0")


def _capture(points: list[tuple[float, float]]) -> SignatureCapture:
    capture = SignatureCapture(width=800, height=300)
    capture.begin_stroke(Sample(*points[0], t_ms=0))
    for i, point in enumerate(points[1:], 1):
        capture.add(Sample(*point, t_ms=i * 5))
    capture.end_stroke()
    return capture


def test_signature_check_refuses_dot_and_straight_line_accepts_handwriting() -> None:
    import math

    assert SignatureCapture(800, 300).check() is not None  # empty
    dot = _capture([(100, 100), (101, 100), (101, 101)])
    assert "small" in str(dot.check())
    line = _capture([(100 + 5 * i, 150 + 0.3 * i) for i in range(120)])
    assert "straight" in str(line.check())
    wave = _capture([(100 + 5 * i, 150 + 40 * math.sin(i / 6)) for i in range(120)])
    assert wave.check() is None


def test_vorgangsnummer_check_catches_every_typo_and_every_neighbour_swap() -> None:
    """Exhaustive over positions and symbols, for a few numbers; the check character
    comes from the readable alphabet itself."""
    from kiosk.vorgang import ALPHABET

    for _ in range(20):
        number = new_vorgangsnummer()
        year, first, second, check = number.split("-")
        assert check in ALPHABET
        body = first + second
        for i in range(8):
            for symbol in ALPHABET:
                if symbol != body[i]:
                    typo = body[:i] + symbol + body[i + 1:]
                    assert not is_valid_vorgangsnummer(f"{year}-{typo[:4]}-{typo[4:]}-{check}")
        for i in range(7):
            if body[i] != body[i + 1]:
                swap = body[:i] + body[i + 1] + body[i] + body[i + 2:]
                assert not is_valid_vorgangsnummer(f"{year}-{swap[:4]}-{swap[4:]}-{check}")
        for symbol in ALPHABET:
            if symbol != check:
                assert not is_valid_vorgangsnummer(f"{year}-{first}-{second}-{symbol}")
