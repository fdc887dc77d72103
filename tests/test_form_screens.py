"""Kiosk screens built from the definitions: the new inputs, live rules, inline messages."""

from __future__ import annotations

from PySide6.QtTest import QTest

from forms.answers import Address, Choices
from forms.display import display
from forms.loader import shipped_forms
from kiosk.journey import Journey
from ui.qt import QLabel, Qt
from ui.screens.review import ReviewScreen
from ui.screens.section import SectionScreen

FORMS = shipped_forms()


def _section(qtbot, form_id: str, section_id: str, session: Journey) -> SectionScreen:  # type: ignore[no-untyped-def]
    form = FORMS[form_id]
    section = next(s for s in form.sections if s.id == section_id)
    screen = SectionScreen(form, section, session)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    screen.entered()
    return screen


def _click(widget) -> None:  # type: ignore[no-untyped-def]
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_yes_no_shows_and_requires_a_field_live(qtbot) -> None:  # type: ignore[no-untyped-def]
    screen = _section(qtbot, "wohnsitzanmeldung", "landlord", Journey("en"))
    owner = screen.fields["owner_name"]
    is_owner = screen.fields["landlord_is_owner"]
    assert is_owner.choice is not None
    assert [b.text() for b in is_owner.choice.buttons.values()] == ["Yes", "No"]
    assert owner.isHidden()
    _click(is_owner.choice.buttons["no"])
    assert not owner.isHidden()
    assert "(optional)" not in owner.title.text()
    screen.fields["landlord_name"].set_value("Wohnbau GmbH")
    screen.fields["confirmation_date"].set_value("01.01.2000")
    assert not screen.accept()  # owner now required; also the date is too old
    assert owner.error.text() == "Please fill in this field."
    _click(is_owner.choice.buttons["yes"])
    assert owner.isHidden()


def test_multi_choice_reveals_and_records(qtbot) -> None:  # type: ignore[no-untyped-def]
    session = Journey("en")
    screen = _section(qtbot, "meldebescheinigung-erweitert", "details", session)
    contents = screen.fields["contents"]
    since = screen.fields["former_since"]
    assert contents.choice is not None
    assert since.isHidden()
    _click(contents.choice.buttons["former_addresses"])
    _click(contents.choice.buttons["nationality"])
    assert contents.value() == Choices(("former_addresses", "nationality"))
    assert not since.isHidden()
    _click(screen.fields["purpose"].choice.buttons["employer"])  # type: ignore[union-attr]
    assert not screen.accept()
    assert since.error.isVisible()
    since.set_value("01.01.2010")
    assert screen.accept()
    assert session.answers["contents"] == Choices(("former_addresses", "nationality"))


def test_repeated_group_add_validate_remove(qtbot) -> None:  # type: ignore[no-untyped-def]
    session = Journey("en")
    screen = _section(qtbot, "ummeldung", "persons", session)
    persons = screen.fields["persons_moving"]
    assert persons.group is not None
    _click(persons.group.add_button)
    _click(persons.group.add_button)
    assert len(persons.group.entries) == 2
    _frame, subs, remove, title = persons.group.entries[0]
    assert title.text() == "Entry 1"
    subs["family_name"].set_value("Mustermann")
    assert not screen.accept()  # entry 1 half filled: its fields say what is missing
    assert subs["given_names"].error.text() == "Please fill in this field."
    subs["given_names"].set_value("Max")
    subs["date_of_birth"].set_value("01.02.2015")
    _click(subs["relation"].choice.buttons["child"])  # type: ignore[union-attr]
    assert screen.accept()  # the empty second entry is ignored
    (entry,) = session.answers["persons_moving"].items  # type: ignore[union-attr]
    assert entry["given_names"] == "Max"
    _click(remove)
    assert len(persons.group.entries) == 1
    review = ReviewScreen(FORMS["ummeldung"], session)
    qtbot.addWidget(review)
    review.entered()
    shown = " ".join(w.text() for w in review.findChildren(QLabel))
    assert "Given name(s): Max" in shown or "Vorname(n): Max" in shown


def test_inline_messages_say_how_to_fix(qtbot) -> None:  # type: ignore[no-untyped-def]
    screen = _section(qtbot, "bewohnerparkausweis", "vehicle", Journey("en"))
    plate = screen.fields["registration_number"]
    plate.set_value("12345")
    assert not plate.validate()
    assert plate.error.text() in ("Please enter the number as on the plate, e.g. MZ-AB 123.",
                                  "Bitte geben Sie das Kennzeichen wie auf dem Schild ein, "
                                  "z. B. MZ-AB 123.")
    iban = screen.fields["iban"]
    iban.set_value("DE89 3704 0044 0532 0130 01")
    assert not iban.validate()
    assert "check digits" in iban.error.text()
    iban.set_value("DE89 3704 0044 0532 0130 00")
    assert iban.validate()


def test_every_section_of_every_form_builds(qtbot) -> None:  # type: ignore[no-untyped-def]
    for form in FORMS.values():
        session = Journey("en")
        for section in form.sections:
            screen = SectionScreen(form, section, session)
            qtbot.addWidget(screen)
            assert set(screen.fields) == {f.id for f in section.fields}


def test_review_sends_back_to_a_section_a_change_made_necessary(qtbot) -> None:  # type: ignore[no-untyped-def]
    from forms.samples import sample_answers

    form = FORMS["fuehrungszeugnis"]
    session = Journey("en")
    session.record(dict(sample_answers(form), kind="N", authority_name="",
                        authority_address=Address()))
    review = ReviewScreen(form, session)
    qtbot.addWidget(review)
    assert review.accept()
    session.record({"kind": "O"})  # changed on the review: now the authority is needed
    with qtbot.waitSignal(review.editSection) as signal:
        assert not review.accept()
    assert signal.args == ["authority"]


def test_address_is_one_entry_of_four_fields(qtbot) -> None:  # type: ignore[no-untyped-def]
    session = Journey("en")
    session.record({"kind": "O"})
    screen = _section(qtbot, "fuehrungszeugnis", "authority", session)
    address = screen.fields["authority_address"]
    assert not address.isHidden()
    assert address.group is not None
    assert address.group.fixed
    assert address.group.add_button.isHidden()
    (_frame, subs, remove, _title), = address.group.entries
    assert remove.isHidden()
    assert list(subs) == ["street", "house_number", "postal_code", "city"]
    screen.fields["authority_name"].set_value("Landratsamt Musterkreis")
    subs["street"].set_value("Am Markt")
    subs["house_number"].set_value("1")
    subs["postal_code"].set_value("123")
    assert not screen.accept()
    assert subs["postal_code"].error.isVisible()
    subs["postal_code"].set_value("55116")
    subs["city"].set_value("Mainz")
    assert screen.accept()
    form = FORMS["fuehrungszeugnis"]
    assert session.answers["authority_address"] == Address("Am Markt", "1", "55116", "Mainz")
    assert display(form.field("authority_address"), session.answers["authority_address"],
                   "de") == "Am Markt 1, 55116 Mainz"
