"""Checking what a citizen typed, with messages that say how to fix it.

Every check works on the ``normalize``d input. The messages are ``Message``
objects (context "Validation") that ``ui`` translates; none of them repeats the
citizen's input, so they are safe to log.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from typing import Final

from forms.answers import (
    Address,
    Answer,
    Answers,
    Choices,
    Entries,
    answer_of,
    empty_answer,
    is_given,
    text_values,
)
from forms.filecheck import FILE_DAMAGED, FILE_REQUIRED, check_file
from forms.files import FileAnswer
from forms.latin import is_din91379
from forms.model import ADDRESS_FIELDS, Condition, CrossCheck, FieldDef, FormDef, SectionDef
from kiosk.base.i18n import N_, Message

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
LATIN = N_("Validation", "Please use Latin letters only, as in a German passport; some "
           "characters here cannot be recorded by the registry.")
NUMBER = N_("Validation", "Please enter a number, for example 12 or 12,5.")
NUMBER_RANGE = N_("Validation", "Please enter a number from {min} to {max}.")
CURRENCY = N_("Validation", "Please enter an amount in euros, for example 12,50.")
YES_NO = N_("Validation", "Please choose yes or no.")
MULTI_MIN = N_("Validation", "Please choose at least {min} of the options.")
MULTI_MAX = N_("Validation", "Please choose at most {max} of the options.")
IBAN_FORMAT = N_("Validation", "Please enter the IBAN as printed on your bank card, for "
                 "example DE89 3704 0044 0532 0130 00.")
IBAN_CHECKSUM = N_("Validation", "This IBAN contains a typing error (its check digits do not "
                   "match). Please compare it with your bank card.")
EMAIL = N_("Validation", "Please enter an e-mail address such as name@example.de.")
PHONE = N_("Validation", "Please enter a phone number using digits, for example 06131 12345 "
           "or +49 6131 12345.")
PATTERN = N_("Validation", "Please check the format of this entry.")
DATE_TOO_FAR = N_("Validation", "Please enter a date at most {days} days from today.")
GROUP_MIN = N_("Validation", "Please add at least {min} entries.")
GROUP_MAX = N_("Validation", "Please add at most {max} entries.")
GROUP_ENTRY = N_("Validation", "Entry {number} is incomplete or has a mistake. Please check it.")

_WHITESPACE: Final = re.compile(r"\s+")
# ASCII digits only: str.isdigit() and int() also accept e.g. Arabic-Indic digits.
_DATE: Final = re.compile(r"([0-9]{1,2}) ?\. ?([0-9]{1,2}) ?\. ?([0-9]+)")
_POSTAL_CODE: Final = re.compile(r"(?!00)[0-9]{5}")
_INTEGER: Final = re.compile(r"[+-]?[0-9]{1,9}")
_DECIMAL: Final = re.compile(r"[+-]?[0-9]{1,9}(?:[.,][0-9]{1,6})?")
_MONEY: Final = re.compile(r"[0-9]{1,3}(?:\.?[0-9]{3}){0,2}(?:,[0-9]{1,2})?(?: ?€| ?EUR)?")
_IBAN: Final = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")
_EMAIL: Final = re.compile(r"[^@\s]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                           r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+")
_PHONE: Final = re.compile(r"\+?[0-9][0-9 /()-]{4,24}")
_HOUSE_PART: Final = r"[0-9]{1,4}(?: ?[A-Za-z])?"
_HOUSE_NUMBER: Final = re.compile(rf"{_HOUSE_PART}(?: ?[-/] ?{_HOUSE_PART})?")
# Besides letters, the characters a name may contain (incl. the typographic apostrophe).
_NAME_PUNCTUATION: Final = frozenset(" -'.\u2019")
# Control, format, surrogate, private-use and unassigned code points cannot be printed.
_UNPRINTABLE_CATEGORIES: Final = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})


def normalize(raw: str) -> str:
    """NFC, without outer whitespace, inner whitespace runs collapsed to one space."""
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFC", raw)).strip()


def normalize_answer(answer: Answer) -> Answer:
    """``answer`` with every text in it ``normalize``d; entries left empty are dropped."""
    if isinstance(answer, str):
        return normalize(answer)
    if isinstance(answer, Entries):
        return _normalize_entries(answer)
    if isinstance(answer, Address):
        return Address.of({k: normalize(v) for k, v in answer.parts().items()})
    return answer


def _normalize_entries(answer: Entries) -> Entries:
    items = ({k: normalize(v) if isinstance(v, str) else _normalize_entries(v)
              for k, v in item.items()} for item in answer.items)
    return Entries(tuple(item for item in items if any(item.values())))


def normalize_answers(form: FormDef, answers: Answers) -> dict[str, Answer]:
    """The ``normalize``d answer of every field of ``form`` (its empty answer if not given)."""
    return {f.id: normalize_answer(answer_of(f, answers)) for f in form.all_fields()}


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


def partial_birth_date(value: str) -> tuple[date, date] | None:
    """The first and last day of a date of birth known only in part, else ``None``.

    German registers write an unknown day or month of birth as 00 ('00.08.1964',
    '00.00.1964'), as identity documents leave them open in the MRZ.
    """
    match = _DATE.fullmatch(normalize(value))
    if match is None or len(match.group(3)) != 4:
        return None
    day, month, year = (int(part) for part in match.groups())
    if day != 0 or not 0 <= month <= 12 or year == 0:
        return None
    if month == 0:
        return date(year, 1, 1), date(year, 12, 31)
    following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return date(year, month, 1), following - timedelta(days=1)


def _check_date(field: FieldDef, value: str, today: date) -> Message | None:
    partial = partial_birth_date(value) if field.prefill == "date_of_birth" else None
    if partial is not None:
        return _check_date_range(field, *partial, today)
    parsed = _parse_date(value)
    if isinstance(parsed, Message):
        return parsed
    return _check_date_range(field, parsed, parsed, today)


def _check_date_range(field: FieldDef, first: date, last: date, today: date) -> Message | None:
    """The field's date rules for a date between ``first`` and ``last`` (one day, or the
    month or year of a partial date of birth): a rule fails only if every day fails it."""
    if field.past_only and first > today:
        return DATE_FUTURE
    if field.max_future_days is not None and first > today + timedelta(field.max_future_days):
        return DATE_TOO_FAR.format(days=field.max_future_days)
    if field.max_age_years is not None and _full_years(last, today) > field.max_age_years:
        return DATE_TOO_OLD.format(years=field.max_age_years)
    if field.min_age_years is not None and _full_years(first, today) < field.min_age_years:
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


def _check_decimal(field: FieldDef, value: str) -> Message | None:
    if field.type == "currency":
        if not _MONEY.fullmatch(value):
            return CURRENCY
        number = float(value.rstrip("€ EUR").replace(".", "").replace(",", "."))
    elif _DECIMAL.fullmatch(value):
        number = float(value.replace(",", "."))
    else:
        return NUMBER
    low, high = field.minimum, field.maximum
    if (low is not None and number < low) or (high is not None and number > high):
        return NUMBER_RANGE.format(min=low if low is not None else 0,
                                   max=high if high is not None else 999999999)
    return None


def iban_ok(value: str) -> bool:
    """ISO 13616 check digits (mod 97) of an IBAN written without spaces."""
    moved = value[4:] + value[:4]
    digits = "".join(str(int(ch, 36)) for ch in moved)
    return int(digits) % 97 == 1


def _check_iban(value: str) -> Message | None:
    compact = value.replace(" ", "").upper()
    if not _IBAN.fullmatch(compact) or (compact.startswith("DE") and len(compact) != 22):
        return IBAN_FORMAT
    return None if iban_ok(compact) else IBAN_CHECKSUM


def _check_multi(field: FieldDef, value: Choices) -> Message | None:
    parts = list(value.values)
    if len(set(parts)) != len(parts) or any(field.option(p) is None for p in parts):
        return CHOICE
    if len(parts) < field.min_items:
        return MULTI_MIN.format(min=field.min_items)
    if len(parts) > field.max_items:
        return MULTI_MAX.format(max=field.max_items)
    return None


def _check_group(field: FieldDef, value: Entries | Address, today: date) -> Message | None:
    items = [value.parts()] if isinstance(value, Address) else list(value.items)
    subs = ADDRESS_FIELDS if isinstance(value, Address) else field.fields
    if len(items) < field.min_items:
        return GROUP_MIN.format(min=field.min_items)
    if len(items) > field.max_items:
        return GROUP_MAX.format(max=field.max_items)
    for number, item in enumerate(items, start=1):
        if entry_problems(subs, item, today):
            return GROUP_ENTRY.format(number=number)
    return None


def entry_problems(subs: Iterable[FieldDef], item: Mapping[str, str | Entries],
                   today: date | None = None) -> dict[str, Message]:
    """The problems of one entry of a repeated group, by sub-field id. A sub-field's
    ``visible_if``/``required_if`` names another sub-field and holds per entry: a hidden
    one is not checked, a ``required_if`` that holds makes it required in that entry."""
    problems: dict[str, Message] = {}
    for sub in subs:
        if not is_visible(sub, item):
            continue
        value = item.get(sub.id, empty_answer(sub))
        message = validate_field(sub, value, today=today)
        if message is None and not is_given(normalize_answer(value)) \
                and is_required(sub, item):
            message = required_message(sub)
        if message is not None:
            problems[sub.id] = message
    return problems


def visible_entries(field: FieldDef, value: Entries) -> Entries:
    """``value`` without the sub-fields each entry's rules hide (in a group inside the
    group too)."""
    subs = {sub.id: sub for sub in field.fields}
    kept = []
    for item in value.items:
        entry: dict[str, str | Entries] = {}
        for key, inner in item.items():
            sub = subs.get(key)
            if sub is not None and not is_visible(sub, item):
                continue
            entry[key] = visible_entries(sub, inner) if sub is not None and \
                isinstance(inner, Entries) else inner
        kept.append(entry)
    return Entries(tuple(kept))


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


def validate_field(field: FieldDef, answer: Answer, *,
                   today: date | None = None) -> Message | None:
    """What is wrong with ``answer`` to ``field``; ``None`` if it is fine."""
    value = normalize_answer(answer)
    if not is_given(value):
        return required_message(field) if field.required else None
    if field.type == "file":  # a document, checked by its content
        return check_file(field, value) if isinstance(value, FileAnswer) else FILE_DAMAGED
    if field.type in ("group", "address"):
        if not isinstance(value, Entries | Address) or \
                isinstance(value, Address) != (field.type == "address"):
            return GROUP_ENTRY.format(number=1)
        if any(_has_unprintable(v) for item in _texts(value) for v in item):
            return UNPRINTABLE
        return _check_group(field, value, today or date.today())
    if field.type == "multi_choice":
        return _check_multi(field, value) if isinstance(value, Choices) else CHOICE
    if not isinstance(value, str):
        return CHOICE if field.options else PATTERN
    if _has_unprintable(value):
        return UNPRINTABLE
    if len(value) > field.max_length:
        return TOO_LONG.format(max=field.max_length, count=len(value))
    problem = _check_type(field, value, today or date.today())
    if problem is None and field.pattern is not None and not re.fullmatch(field.pattern, value):
        return PATTERN
    return problem


def _texts(value: Entries | Address) -> list[list[str]]:
    """The texts of every entry (of a group inside the group too)."""
    if isinstance(value, Address):
        return [list(value.parts().values())]
    return [[text for v in item.values()
             for text in ([v] if isinstance(v, str) else
                          [t for inner in _texts(v) for t in inner])]
            for item in value.items]


def required_message(field: FieldDef) -> Message:
    """What an unanswered required field says (a file field: where the file comes from)."""
    return FILE_REQUIRED if field.type == "file" else REQUIRED


def _check_type(field: FieldDef, value: str, today: date) -> Message | None:
    match field.type:
        case "name":
            return None if _is_name(value) else NAME_LETTERS
        case "latin_text":
            return None if is_din91379(value) else LATIN
        case "date":
            return _check_date(field, value, today)
        case "number" | "currency":
            return _check_decimal(field, value)
        case "yes_no":
            return None if value in ("yes", "no") else YES_NO
        case "iban":
            return _check_iban(value)
        case "email":
            return None if _EMAIL.fullmatch(value) else EMAIL
        case "phone":
            return None if _PHONE.fullmatch(value) and sum(c.isdigit() for c in value) >= 5 \
                else PHONE
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


def condition_holds(condition: Condition, answers: Answers) -> bool:
    """A ``visible_if`` / ``required_if`` test on another field's answer."""
    answer = answers.get(condition.field)
    values = text_values(answer)
    if condition.equals is not None and condition.equals not in values:
        return False
    if condition.any_of and not values & set(condition.any_of):
        return False
    return condition.is_set is None or is_given(answer) == condition.is_set


def is_visible(field: FieldDef, answers: Answers) -> bool:
    """Whether ``field`` is asked, given the other answers (its ``visible_if``)."""
    return field.visible_if is None or condition_holds(field.visible_if, answers)


def is_required(field: FieldDef, answers: Answers) -> bool:
    """Whether ``field`` must be answered, given the other answers (its ``required_if``)."""
    if field.required:
        return True
    return field.required_if is not None and condition_holds(field.required_if, answers)


def visible_answers(form: FormDef, answers: Answers) -> dict[str, Answer]:
    """The normalized answers of the fields that are asked; hidden ones are dropped."""
    normalized = normalize_answers(form, answers)
    shown = {f.id: normalized[f.id] for f in form.all_fields() if is_visible(f, normalized)}
    for field in form.all_fields():
        value = shown.get(field.id)
        if field.type == "group" and isinstance(value, Entries):
            shown[field.id] = visible_entries(field, value)
    return shown


def validate_section(
    section: SectionDef, answers: Answers, today: date | None = None
) -> dict[str, Message]:
    """The problems of ``section``'s answers, by field id (empty if all are fine).

    Fields hidden by their ``visible_if`` are not checked; a ``required_if`` that
    holds makes an optional field required.
    """
    problems: dict[str, Message] = {}
    for field in section.fields:
        if not is_visible(field, answers):
            continue
        raw = answer_of(field, answers)
        message = validate_field(field, raw, today=today)
        if message is None and not is_given(normalize_answer(raw)) \
                and is_required(field, answers):
            message = required_message(field)
        if message is not None:
            problems[field.id] = message
    return problems


def validate_form(
    form: FormDef, answers: Answers, today: date | None = None
) -> dict[str, Message]:
    """The problems of all answers to ``form``, by field id (empty if all are fine)."""
    problems: dict[str, Message] = {}
    for section in form.sections:
        problems.update(validate_section(section, answers, today))
    for check in form.checks:
        if check.type in ("at_least_one", "at_most_one"):
            _check_presence(form, check, answers, problems)
        elif check.type == "number_order":
            lower = _number_answer(form, check.earlier, answers)
            upper = _number_answer(form, check.later, answers)
            if lower is not None and upper is not None and lower > upper \
                    and check.earlier not in problems:
                problems[check.earlier] = check.message.format(
                    other=normalize(str(answers.get(check.later, ""))))
        else:
            earlier = _date_answer(answers.get(check.earlier))
            later = _date_answer(answers.get(check.later))
            if earlier is not None and later is not None and earlier > later \
                    and check.earlier not in problems:
                # The form's own words for the rule (its placeholder {other}: the later date).
                problems[check.earlier] = check.message.format(other=format_date(later))
    return problems


def _check_presence(form: FormDef, check: CrossCheck, answers: Answers,
                    problems: dict[str, Message]) -> None:
    """At least one / at most one of the check's asked fields is answered: the problem
    is shown at the last of them (none given: the citizen has then seen them all, on
    this screen or before) or at the second one given."""
    order = {f.id: index for index, f in enumerate(form.all_fields())}
    asked = sorted((name for name in check.fields if is_visible(form.field(name), answers)),
                   key=order.__getitem__)  # in the order the screens ask them
    given = [name for name in asked if is_given(normalize_answer(
        answer_of(form.field(name), answers)))]
    if check.type == "at_least_one" and asked and not given:
        problems.setdefault(asked[-1], check.message)
    elif check.type == "at_most_one" and len(given) > 1:
        problems.setdefault(given[1], check.message)


def _number_answer(form: FormDef, field_id: str, answers: Answers) -> float | None:
    """A number field's answer as a number (None: not given or not a number)."""
    value = answers.get(field_id)
    if not isinstance(value, str) or not normalize(value):
        return None
    text = normalize(value)
    if form.field(field_id).type == "currency":
        text = text.rstrip("€ EUR").replace(".", "")
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None


def _date_answer(answer: Answer | None) -> date | None:
    return parse_date(answer) if isinstance(answer, str) else None
