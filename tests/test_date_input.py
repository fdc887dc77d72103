"""The date entry takes no impossible date while it is typed (ui/date_input.py)."""

from __future__ import annotations

import pytest

from ui.date_input import DateValidator
from ui.qt import QLineEdit, Qt, QValidator


def _type(line: QLineEdit, keys: str, qtbot) -> str:  # type: ignore[no-untyped-def]
    for key in keys:
        qtbot.keyClicks(line, key)
    return line.text()


@pytest.fixture
def line(qtbot) -> QLineEdit:  # type: ignore[no-untyped-def]
    edit = QLineEdit()
    edit.setValidator(DateValidator(edit))
    qtbot.addWidget(edit)
    return edit


def test_digits_only_the_dots_come_by_themselves(line: QLineEdit, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert _type(line, "24121990", qtbot) == "24.12.1990"
    assert line.hasAcceptableInput()


def test_a_typed_dot_is_not_doubled_and_a_single_digit_is_padded(line: QLineEdit, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert _type(line, "24.12.1990", qtbot) == "24.12.1990"
    line.clear()
    assert _type(line, "1.3.2001", qtbot) == "01.03.2001"


@pytest.mark.parametrize(("keys", "shown"), [
    ("32", "3"),          # no 32nd day
    ("4", "04."),         # a day from 4 on has one digit
    ("0113", "01.1"),     # no 13th month
    ("013", "01.03."),    # a month from 2 on has one digit
    ("3104", "31.0"),     # 31 April does not exist
    ("3002", "30.0"),     # nor 30 February
    ("00", "0"),          # day 00 only where a date of birth may leave it open
    ("0101199012", "01.01.1990"),  # four digits of year
    ("ab", ""),
])
def test_impossible_input_is_not_taken(line: QLineEdit, qtbot, keys: str, shown: str) -> None:  # type: ignore[no-untyped-def]
    assert _type(line, keys, qtbot) == shown


def test_29_february_waits_for_the_year(line: QLineEdit, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert _type(line, "29022024", qtbot) == "29.02.2024"
    assert line.hasAcceptableInput()
    line.clear()
    assert _type(line, "29022023", qtbot) == "29.02.2023"
    assert not line.hasAcceptableInput()  # the field's check names it on 'Next'


def test_backspace_over_a_dot_works(line: QLineEdit, qtbot) -> None:  # type: ignore[no-untyped-def]
    _type(line, "2412", qtbot)
    assert line.text() == "24.12."
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    assert line.text() == "24.1"


def test_a_date_of_birth_may_leave_day_and_month_open(qtbot) -> None:  # type: ignore[no-untyped-def]
    edit = QLineEdit()
    edit.setValidator(DateValidator(edit, unknown_parts=True))
    qtbot.addWidget(edit)
    assert _type(edit, "00001964", qtbot) == "00.00.1964"
    edit.clear()
    assert _type(edit, "00081964", qtbot) == "00.08.1964"
    edit.clear()
    assert _type(edit, "1200", qtbot) == "12.0"  # a known day with an unknown month: no
    validator = DateValidator(unknown_parts=True)
    assert validator.validate("12.00.1964", 10)[0] == QValidator.State.Invalid
