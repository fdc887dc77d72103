"""What the voice output says: for a screen, for the focused element, for a screen's errors.

The one place that decides what is spoken, and which of it is the citizen's
data (EN 301 549 5.1.3.9), so it can be read and checked in one piece:

- a screen: its heading and instructions, and its choices (the languages, the
  services); the review's answers and the signature's name line only through
  a headset; the receipt with its Vorgangsnummer spelled out (not personal:
  ``kiosk.vorgang``);
- the focused element: a field's label, its value (private), its error and its
  hint, a choice field's options on entering it and whether the focused option
  is chosen (private); a button's name. The eID PIN pad is never spoken; the
  card access number's keypad only through a headset;
- a screen's errors: every message shown at a field, with the field's label.

It reads the texts the screens show (so speech and screen agree in every
language, and through every re-translation) or builds them from the same model
and catalogue (the review). Each screen saying its own texts (a method per
screen) was the alternative: it would spread the privacy rules over nine files
that other work changes all the time, where here one review finds them all;
``tests/test_speech_ui.py`` builds every screen of every service and fails when a
screen here says nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from forms.answers import answer_of
from forms.validation import is_visible
from kiosk.base.i18n import N_, Message
from ui.fields import FieldWidget
from ui.i18n import translate
from ui.qt import QLabel, QLineEdit, QPushButton, QWidget
from ui.screens.base import Screen
from ui.screens.eid import EidPanel
from ui.screens.receipt import ReceiptScreen
from ui.screens.review import ReviewScreen, display_value
from ui.screens.section import SectionScreen
from ui.screens.service import ServiceScreen
from ui.screens.signature import SignatureScreen
from ui.screens.welcome import WelcomeScreen
from ui.speech_bridge import Spoken
from ui.wrap_button import button_text

SELECTED = N_("Speech", "selected")
NOT_SELECTED = N_("Speech", "not selected")
CHOICES = N_("Speech", "Choices: {options}.")
DETAILS_NEED_HEADSET = N_("Speech", "Your details are read aloud only through a headset. "
                          "Connect a headset to hear them.")

W = TypeVar("W", bound=QWidget)


def _ancestor(widget: QWidget | None, kind: type[W]) -> W | None:
    while widget is not None:
        if isinstance(widget, kind):
            return widget
        widget = widget.parentWidget()
    return None


def _shown(widget: QWidget, screen: QWidget) -> bool:
    return widget.isVisibleTo(screen) or widget is screen


def _line(value: str) -> str:
    """A shown text as one spoken line (a tile's title and summary are two sentences)."""
    return ". ".join(part.strip() for part in value.splitlines() if part.strip())


def name_of(widget: QWidget) -> str:
    """What a button or field is called: its accessible name, else its text."""
    name = widget.accessibleName()
    if not name and isinstance(widget, QPushButton):
        name = button_text(widget)
    elif not name and isinstance(widget, QLabel):
        name = widget.text()
    return _line(name)


def shown(texts: Iterable[QWidget], screen: QWidget) -> list[Spoken]:
    """The labels' and buttons' texts that ``screen`` shows, in this order."""
    return [Spoken(spoken) for widget in texts
            if _shown(widget, screen) and (spoken := name_of(widget))]


def without_headset(message: Message) -> Spoken:
    """Said only when there is no headset (in its place, private text would be said)."""
    return Spoken("", private=True, stand_in=translate(message))


def spelled(reference: str) -> str:
    """A reference such as 2026-7K4Q-M2XD-8 character by character, its groups apart."""
    return ", ".join(" ".join(group) for group in reference.split("-") if group)


# -- screens -------------------------------------------------------------------------

def screen_texts(screen: Screen) -> list[Spoken]:
    """What is said when ``screen`` is shown."""
    if isinstance(screen, WelcomeScreen):
        return _welcome(screen)
    if isinstance(screen, ServiceScreen):  # a service offered only at the counter says so
        return [*shown((screen.heading, screen.sub, screen.needed), screen),
                *(Spoken(_line(text)) for tile in screen.tiles.values()
                  if _shown(tile, screen) for text in tile.texts())]
    if isinstance(screen, SectionScreen):
        items = [screen.intro.itemAt(i) for i in range(screen.intro.count())]
        intro = [item.widget() for item in items if item is not None]
        parts = [w for widget in intro if widget is not None
                 for w in (widget, *widget.findChildren(QWidget))
                 if isinstance(w, (QLabel, QPushButton))]
        return shown((screen.heading, *parts), screen)
    if isinstance(screen, ReviewScreen):
        return _review(screen)
    if isinstance(screen, SignatureScreen):
        return [*shown((screen.heading, screen.declaration), screen),
                Spoken(screen.signer.text(), private=True, stand_in=""),
                *shown((screen.error,), screen)]
    if isinstance(screen, ReceiptScreen):
        return [*shown((screen.heading, screen.number_caption), screen),
                Spoken(spelled(screen.vorgangsnummer)),
                *shown((screen.status, screen.advice, screen.feedback.question,
                        screen.feedback.reason_question, screen.done), screen)]
    return shown((w for w in screen.findChildren(QLabel)
                  if w.objectName() in ("heading", "subheading")), screen)


def _welcome(screen: WelcomeScreen) -> list[Spoken]:
    """The greeting in each greeting language's own voice, each language in its own."""
    languages = screen.greeting_languages

    def each(label: QLabel) -> list[Spoken]:
        return [Spoken(line, language=language)
                for language, line in zip(languages, label.text().split("\n"), strict=False)]

    choices = [Spoken(name_of(button), language=code)
               for code, button in screen.language_buttons.items()]
    return [*each(screen.heading), *each(screen.sub), *choices, *each(screen.hint)]


def _review(screen: ReviewScreen) -> list[Spoken]:
    """The answers as the review shows them, each section's only through a headset."""
    said = [*shown((screen.heading, screen.sub), screen), without_headset(DETAILS_NEED_HEADSET)]
    answers = screen.journey.answers
    for section in screen.form.sections:
        said.append(Spoken(translate(section.title)))
        rows = [f"{translate(field.label)}: {display_value(field, answer_of(field, answers))}"
                for field in section.fields if is_visible(field, answers)]
        if rows:
            said.append(Spoken(". ".join(rows), private=True, stand_in=""))
    return [*said, *shown((screen.fee, screen.exemptions), screen)]


# -- the focused element -------------------------------------------------------------

def _secret(widget: QWidget) -> bool:
    """The eID PIN pad: its keys and its field are never spoken (EN 301 549 5.1.3.8)."""
    panel = _ancestor(widget, EidPanel)
    return panel is not None and (widget in panel.digit_buttons or widget is panel.pin_field
                                  or widget is panel.delete_button)


def _fields(widget: QWidget | None) -> list[FieldWidget]:
    """The form fields ``widget`` is part of, the innermost first (a group's sub-field, the
    group)."""
    found = []
    while widget is not None:
        if isinstance(widget, FieldWidget):
            found.append(widget)
        widget = widget.parentWidget()
    return found


def in_field(widget: QWidget | None) -> bool:
    """Whether ``widget`` is part of a form field."""
    return bool(_fields(widget))


def entered(old: QWidget | None, new: QWidget | None) -> int:
    """Into how many of ``new``'s fields the focus came from ``old`` (0: it stayed in its
    field; 2: into a group and its first sub-field)."""
    try:
        before = _fields(old)
    except RuntimeError:  # the old widget has gone with its screen
        before = []
    return len([field for field in _fields(new) if field not in before])


def focus_texts(widget: QWidget | None, *, entered: int | None = None) -> list[Spoken]:
    """What is said when ``widget`` takes the focus, having come into ``entered`` of its
    fields (None: into all of them)."""
    if widget is None or _secret(widget):
        return []
    fields = _fields(widget)
    if fields:
        depth = len(fields) if entered is None else entered
        groups = [Spoken(_line(group.title.text())) for group in reversed(fields[1:depth])]
        return [*groups, *field_texts(fields[0], widget, entering=depth >= 1)]
    if isinstance(widget, QLineEdit):
        said = [Spoken(name)] if (name := name_of(widget)) else []
        return [*said, *_value(widget)]
    name = name_of(widget)
    if not name:
        return []
    # The card access number's keypad: what is typed there is printed on the citizen's card.
    return [Spoken(name, private=widget.objectName() == "keypad", stand_in="")]


def _value(line: QLineEdit) -> list[Spoken]:
    if line.echoMode() != QLineEdit.EchoMode.Normal or not line.text():
        return []
    return [Spoken(line.text(), private=True)]


def field_texts(field: FieldWidget, widget: QWidget, *, entering: bool) -> list[Spoken]:
    """A form field: label, value, error and hint; a choice's options and state."""
    said = [Spoken(_line(field.title.text()))] if entering else []
    options = list(field.choice.buttons.values()) if field.choice is not None else []
    if entering and options:
        said.append(Spoken(translate(CHOICES.format(
            options=", ".join(name_of(b) for b in options)))))
    if isinstance(widget, QLineEdit):
        said += _value(widget)
    elif isinstance(widget, QPushButton) and widget in options:
        said += [Spoken(name_of(widget)),
                 Spoken(translate(SELECTED if widget.isChecked() else NOT_SELECTED),
                        private=True, stand_in="")]
    elif (name := name_of(widget)) and name != _line(field.title.text()):
        said.append(Spoken(name))  # a file field's or a repeated group's buttons
    if entering:
        said += shown((field.error, field.help), field)
    return said


def error_texts(screen: Screen) -> list[Spoken]:
    """Every problem the screen shows at a field, after that field's label."""
    said: list[Spoken] = []
    for error in screen.findChildren(QLabel):
        if error.objectName() != "fieldError" or not _shown(error, screen) or not error.text():
            continue
        for field in _fields(error)[:1]:
            said.append(Spoken(_line(field.title.text())))
        said.append(Spoken(error.text()))
    return said

