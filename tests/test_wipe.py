"""A session leaves nothing behind: every screen of every service is filled, the session
ends, and no widget, no undo history and no model still holds what the citizen entered."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from forms.answers import Address, Entries, is_given
from forms.files import FileAnswer
from forms.loader import shipped_forms
from forms.samples import sample_answers
from forms.texts import form_messages
from kiosk.base.catalogue import catalogue, text
from kiosk.services import CATALOGUE
from ui.fields import FieldWidget
from ui.qt import QLabel, QLineEdit, QPushButton, QWidget
from ui.screens.base import Screen
from ui.tools.journey import JourneyDriver

# Distinctive values no screen shows by itself, for every identity and text field.
IDENTITY = {"family_name": "Quaxmeier", "given_names": "Zebulon", "birth_name": "Plinkert",
            "place_of_birth": "Wusterhausen"}


def _texts(answer: object) -> list[str]:
    """The free texts inside an answer (never option values: those are button labels)."""
    if isinstance(answer, str):
        return [answer]
    if isinstance(answer, Address):
        return list(answer.parts().values())
    if isinstance(answer, Entries):
        return [v for item in answer.items for v in item.values()]
    if isinstance(answer, FileAnswer) and is_given(answer) and not answer.at_counter:
        return [answer.name]
    return []


def _held(widgets: list[QWidget], secrets: set[str]) -> list[str]:
    found = []
    for widget in widgets:
        texts = []
        if isinstance(widget, QLineEdit):
            if widget.isUndoAvailable() or widget.isRedoAvailable():
                found.append(f"{widget.objectName()}: undo history")
            texts.append(widget.text())
        elif isinstance(widget, QLabel | QPushButton):
            texts.append(widget.text())
        texts.append(widget.accessibleName())
        found += [f"{type(widget).__name__} {widget.objectName()!r}: {s!r}"
                  for s in secrets for t in texts if s in t]
    return found


@pytest.mark.slow
@pytest.mark.parametrize("service", [s for s in CATALOGUE if s.form_id], ids=lambda s: s.id)
@pytest.mark.parametrize("language", ["de", "en"])  # "de": the terminal's; no re-translation
def test_every_screen_forgets_the_citizen(qtbot, kiosk_factory, tmp_path: Path,  # type: ignore[no-untyped-def]
                                          service, language: str) -> None:
    scan_dir = tmp_path / "scans"
    scan_dir.mkdir()
    kiosk = kiosk_factory(scan_dir=scan_dir)
    window = kiosk.window
    form = shipped_forms()[service.form_id]
    answers = {**sample_answers(form), **{k: v for k, v in IDENTITY.items()
                                          if k in {f.id for f in form.all_fields()}}}
    secrets = {t for field_id, a in answers.items() for t in _texts(a)
               if len(t) >= 4 and form.field(field_id).type not in ("choice", "yes_no")}
    drive = JourneyDriver(window)
    drive.choose_language(language)
    drive.choose_service(service.id)
    screens: list[Screen] = list(window.session_screens.values())
    # The sections, review, signature, payment (where there is a fee), receipt.
    assert len(screens) == len(form.sections) + (4 if form.fee_cents else 3)
    # What the form itself says (an example in a help text, in any language) is no secret.
    own = " ".join(text(m, language) for m in form_messages(form)
                   for language in catalogue().languages())
    secrets = {s for s in secrets if s not in own
               and s not in (kiosk.settings.place, kiosk.settings.office_name)}
    while drive.screen not in ("review", "signature"):
        screen = window.current_screen()
        drive.fill({fid: a for fid, a in answers.items() if fid in screen.fields  # type: ignore[attr-defined]
                    and is_given(a)})
        before = drive.screen
        drive.next()
        assert drive.screen != before, drive.errors()
    assert drive.screen == "review"
    shown = " ".join(w.text() for w in window.current_screen().findChildren(QLabel))
    assert "Zebulon" in shown  # the review shows what was entered: the check can see it
    drive.next()
    drive.sign()
    assert window.journey.signature.sample_count > 0
    widgets = [w for s in screens for w in [s, *s.findChildren(QWidget)]]
    assert "Zebulon" in secrets
    assert _held(widgets, secrets), "the filled screens should hold the citizen's data"

    drive.cancel()

    assert drive.screen == "welcome"
    # The screens were wiped before they were dropped: nothing in them, nor in their undo.
    assert _held(widgets, secrets) == []
    chosen = [(fw.field.id, value) for s in screens for fw in s.findChildren(FieldWidget)
              if fw.choice is not None for value, b in fw.choice.buttons.items()
              if b.isChecked() and value != fw.field.default]
    assert chosen == []  # every choice back to the form's default
    journey = window.journey
    assert journey.answers == {}
    assert journey.signature.sample_count == 0
    assert journey.identity.identification == "typed"
    assert (journey.form, journey.service_id, journey.vorgangsnummer) == (None, None, None)
    assert window.session_screens == {}
    qtbot.wait(50)  # the dropped screens are deleted
    gc.collect()
    assert _held([window, *window.findChildren(QWidget)], secrets) == []


def test_every_screen_says_how_it_forgets() -> None:
    import ui.screens.staff
    import ui.session_screens  # noqa: F401  # every screen class is defined

    def subclasses(cls: type) -> list[type]:
        return [c for sub in cls.__subclasses__() for c in (sub, *subclasses(sub))]

    classes = subclasses(Screen)
    assert {c.__name__ for c in classes} >= {"WelcomeScreen", "ServiceScreen", "SectionScreen",
                                              "IdentifyScreen", "ReviewScreen",
                                              "SignatureScreen", "ReceiptScreen", "StaffScreen",
                                              "PaymentScreen"}
    assert [c.__name__ for c in classes if c.wipe is Screen.wipe] == []


def test_a_screen_without_wipe_is_refused(qtbot) -> None:  # type: ignore[no-untyped-def]
    class Forgetful(Screen):
        pass

    screen = Forgetful()
    qtbot.addWidget(screen)
    with pytest.raises(NotImplementedError, match="Forgetful"):
        screen.wipe()
