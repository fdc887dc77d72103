"""Checking what a citizen typed, with messages that say how to fix it.

Every check works on the ``normalize``d input. The messages are ``Message``
objects (context "Validation") that ``ui`` translates; none of them repeats the
citizen's input, so they are safe to log.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from datetime import date
from typing import Final

from forms.model import FieldDef, FormDef, SectionDef
from kiosk.i18n import N_, Message

REQUIRED = N_("Validation", "Please fill in this field.")
TOO_LONG = N_("Validation", "Please shorten this to at most {max} characters (now {count}).")
UNPRINTABLE = N_("Validation", "Please remove the special characters that cannot be printed.")
NAME_LETTERS = N_(
    "Validation", "Please use letters only; spaces, hyphens (-) and apostrophes (') are allowed."
)
DATE_FORMAT = N_("Validation", "Please enter the date as DD.MM.YYYY, for example 24.03.1985.")
DATE_YEAR_DIGITS = N_("Validation", "Please write the year with four digits, for example 1985.")
DATE_IMPOSSIBLE = N_("Validation", "This date does not exist. Please check day and month.")
DATE_FUTURE = N_("Validation", "This date is in the future. Please enter a date in the past.")
DATE_TOO_OLD = N_("Validation", "Please check the year: the date is more than {years} years ago.")
DATE_TOO_RECENT = N_(
    "Validation", "Please check the year: the date must be at least {years} years ago."
)
POSTAL_CODE = N_("Validation", "Please enter the 5-digit postal code, for example 55116.")
INTEGER_RANGE = N_("Validation", "Please enter a whole number from {min} to {max}.")
INTEGER = N_("Validation", "Please enter a whole number.")
CHOICE = N_("Validation", "Please choose one of the options.")
HOUSE_NUMBER = N_("Validation", "Please enter a house number such as 12, 12a or 7-9.")

_WHITESPACE: Final = re.compile(r"\s+")
# ASCII digits only: str.isdigit() and int() also accept e.g. Arabic-Indic digits.
_DATE: Final = re.compile(r"([0-9]{1,2}) ?\. ?([0-9]{1,2}) ?\. ?([0-9]+)")
_POSTAL_CODE: Final = re.compile(r"(?!00)[0-9]{5}")
_INTEGER: Final = re.compile(r"[+-]?[0-9]{1,9}")
_HOUSE_PART: Final = r"[0-9]{1,4}(?: ?[A-Za-z])?"
_HOUSE_NUMBER: Final = re.compile(rf"{_HOUSE_PART}(?: ?[-/] ?{_HOUSE_PART})?")
# Besides letters, the characters a name may contain (incl. the typographic apostrophe).
_NAME_PUNCTUATION: Final = frozenset(" -'.\u2019")
# Control, format, surrogate, private-use and unassigned code points cannot be printed.
_UNPRINTABLE_CATEGORIES: Final = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})


def normalize(raw: str) -> str:
    """NFC, without outer whitespace, inner whitespace runs collapsed to one space."""
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFC", raw)).strip()


def normalize_answers(form: FormDef, answers: Mapping[str, str]) -> dict[str, str]:
    """The ``normalize``d answer of every field of ``form`` ("" if not given)."""
    return {f.id: normalize(answers.get(f.id, "")) for f in form.all_fields()}


def format_date(d: date) -> str:
    """``d`` as DD.MM.YYYY."""
    return f"{d.day:02d}.{d.month:02d}.{d.year:04d}"


def parse_date(text: str) -> date | None:
    """A date written as D.M.YYYY or DD.MM.YYYY; ``None`` if it is not one."""
    result = _parse_date(normalize(text))
    return result if isinstance(result, date) else None


def _parse_date(value: str) -> date | Message:
    match = _DATE.fullmatch(value)
    if match is None:
        return DATE_FORMAT
    day, month, year = match.groups()
    if len(year) == 2:
        return DATE_YEAR_DIGITS
    if len(year) != 4:
        return DATE_FORMAT
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return DATE_IMPOSSIBLE


def _full_years(earlier: date, later: date) -> int:
    """Completed years from ``earlier`` to ``later`` (an age in years)."""
    before_birthday = (later.month, later.day) < (earlier.month, earlier.day)
    return later.year - earlier.year - int(before_birthday)


def _check_date(field: FieldDef, value: str, today: date) -> Message | None:
    parsed = _parse_date(value)
    if isinstance(parsed, Message):
        return parsed
    if field.past_only and parsed > today:
        return DATE_FUTURE
    age = _full_years(parsed, today)
    if field.max_age_years is not None and age > field.max_age_years:
        return DATE_TOO_OLD.format(years=field.max_age_years)
    if field.min_age_years is not None and age < field.min_age_years:
        return DATE_TOO_RECENT.format(years=field.min_age_years)
    return None


def _check_integer(field: FieldDef, value: str) -> Message | None:
    number = int(value) if _INTEGER.fullmatch(value) else None
    low, high = field.minimum, field.maximum
    if low is not None and high is not None:
        if number is None or not low <= number <= high:
            return INTEGER_RANGE.format(min=low, max=high)
        return None
    if (number is None or (low is not None and number < low)
            or (high is not None and number > high)):
        return INTEGER
    return None


def _is_name(value: str) -> bool:
    has_letter = False
    for ch in value:
        category = unicodedata.category(ch)
        if category.startswith("L"):
            has_letter = True
        elif not (category.startswith("M") or ch in _NAME_PUNCTUATION):
            return False
    return has_letter


def _has_unprintable(value: str) -> bool:
    return any(
        ch == "\ufffd" or unicodedata.category(ch) in _UNPRINTABLE_CATEGORIES for ch in value
    )


def validate_field(field: FieldDef, raw: str, *, today: date | None = None) -> Message | None:
    """What is wrong with ``raw`` as an answer to ``field``; ``None`` if it is fine."""
    value = normalize(raw)
    if not value:
        return REQUIRED if field.required else None
    if _has_unprintable(value):
        return UNPRINTABLE
    if len(value) > field.max_length:
        return TOO_LONG.format(max=field.max_length, count=len(value))
    match field.type:
        case "name":
            return None if _is_name(value) else NAME_LETTERS
        case "date":
            return _check_date(field, value, today or date.today())
        case "postal_code":
            return None if _POSTAL_CODE.fullmatch(value) else POSTAL_CODE
        case "house_number":
            return None if _HOUSE_NUMBER.fullmatch(value) else HOUSE_NUMBER
        case "integer":
            return _check_integer(field, value)
        case "choice":
            return None if field.option(value) is not None else CHOICE
        case _:
            return None


def validate_section(
    section: SectionDef, answers: Mapping[str, str], today: date | None = None
) -> dict[str, Message]:
    """The problems of ``section``'s answers, by field id (empty if all are fine)."""
    problems: dict[str, Message] = {}
    for field in section.fields:
        message = validate_field(field, answers.get(field.id, ""), today=today)
        if message is not None:
            problems[field.id] = message
    return problems


def validate_form(
    form: FormDef, answers: Mapping[str, str], today: date | None = None
) -> dict[str, Message]:
    """The problems of all answers to ``form``, by field id (empty if all are fine)."""
    problems: dict[str, Message] = {}
    for section in form.sections:
        problems.update(validate_section(section, answers, today))
    return problems
