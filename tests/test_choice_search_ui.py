"""A long choice (the Destatis list of 197 states, as the FIM import brings it) is a search
line over its buttons (pytest-qt, offscreen): typing filters, accents and case do not
matter, a chosen state stays, and the answer is the chosen code."""

from __future__ import annotations

from PySide6.QtTest import QTest

from forms.fim_codelists import SHIPPED_DIR, read_genericode
from forms.model import ChoiceOption, FieldDef
from kiosk.base.i18n import Message
from ui.choice_search import SEARCH_THRESHOLD, SHOWN
from ui.fields import FieldWidget
from ui.i18n import set_language

STATES = read_genericode(SHIPPED_DIR / "staat.gc.xml")
assert STATES is not None
FIELD = FieldDef("staat", "choice", Message("form:test", "Staat"), options=tuple(
    ChoiceOption(code, Message("form:test", name)) for code, name in STATES.options()))


def _shown(widget: FieldWidget) -> list[str]:
    assert widget.choice is not None
    return [b.text() for b in widget.choice.buttons.values() if not b.isHidden()]


def test_a_long_list_is_searched_not_scrolled(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = FieldWidget(FIELD)
    qtbot.addWidget(widget)
    assert widget.choice is not None
    search = widget.choice.search
    assert search is not None
    assert len(FIELD.options) == 197 > SEARCH_THRESHOLD
    assert widget.focus_target is search.line
    assert len(_shown(widget)) == SHOWN  # not a wall of 197 buttons
    assert search.more.text() == f"{197 - SHOWN} more: type more letters to narrow the list"
    QTest.keyClicks(search.line, "osterr")
    assert _shown(widget) == ["Österreich"]
    assert search.more.isHidden()
    widget.choice.buttons["151"].click()  # Österreich
    assert widget.value() == "151"
    search.line.setText("frank")
    assert _shown(widget) == ["Frankreich", "Österreich"]  # the chosen one stays
    search.line.setText("xyzzy")
    assert search.more.text() == "Nothing found: type fewer letters"
    assert _shown(widget) == ["Österreich"]


def test_short_lists_have_no_search(qtbot) -> None:  # type: ignore[no-untyped-def]
    short = FieldDef("kurz", "choice", Message("form:test", "Kurz"),
                     options=FIELD.options[:SEARCH_THRESHOLD])
    widget = FieldWidget(short)
    qtbot.addWidget(widget)
    assert widget.choice is not None
    assert widget.choice.search is None
    assert len(_shown(widget)) == SEARCH_THRESHOLD


def test_the_search_speaks_the_citizens_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    set_language("de")
    try:
        widget = FieldWidget(FIELD)
        qtbot.addWidget(widget)
        assert widget.choice is not None
        search = widget.choice.search
        assert search is not None
        assert search.line.placeholderText() == "Tippen Sie, um die Liste zu durchsuchen"
        assert search.more.text().startswith(f"{197 - SHOWN} weitere:")
    finally:
        set_language("en")
