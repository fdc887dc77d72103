"""The session state machine, without Qt."""

from __future__ import annotations

import pytest

from forms.signing.capture import Sample, SignatureCapture
from kiosk.session import RECEIPT, REVIEW, SERVICE, SIGN, WELCOME, Session, SessionError
from kiosk.vorgang import is_valid_vorgangsnummer, new_vorgangsnummer

SECTIONS = ["identity", "address", "details"]


def started() -> Session:
    session = Session()
    session.begin("en")
    session.choose_service("meldebescheinigung-einfach", SECTIONS)
    return session


def test_steps_follow_the_form() -> None:
    session = started()
    assert [s.name for s in session.steps] == [
        "welcome", "service", "identify", "form-address", "form-details", "review",
        "signature", "receipt"]
    assert session.step.name == "identify"
    assert session.progress == (2, 6)


def test_edit_from_review_returns_to_review() -> None:
    session = started()
    while session.step != REVIEW:
        session.advance()
    assert session.edit("address").name == "form-address"
    assert session.advance() == REVIEW


def test_submission_keeps_references_for_a_retry_and_wipe_forgets_all() -> None:
    session = started()
    session.record({"family_name": "Mustermann"})
    while session.step != SIGN:
        session.advance()
    first = session.prepare_submission()
    assert session.prepare_submission() == first  # a retry after a storage error
    assert is_valid_vorgangsnummer(first[0])
    assert session.finish_submission() == RECEIPT
    assert session.answers == {}
    session.wipe()
    assert session.step == WELCOME
    assert (session.service_id, session.vorgangsnummer, session.idempotency_key) == (None,) * 3


def test_wrong_moves_are_refused() -> None:
    session = Session()
    with pytest.raises(SessionError):
        session.back()
    session.begin("de")
    assert session.step == SERVICE
    with pytest.raises(SessionError):
        session.prepare_submission()


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
