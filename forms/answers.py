"""A citizen's answers as values, and the one codec that turns them into JSON and back.

Every field type has one kind of answer (``Answer``):

- ``str`` — text-like fields: text, names, dates (``DD.MM.YYYY``), postal codes, house
  numbers, numbers, amounts, IBAN, e-mail, phone; a ``choice`` (the option's value)
  and a ``yes_no`` (``"yes"`` / ``"no"``).
- :class:`Choices` — a ``multi_choice``: the values chosen, in the options' order.
- :class:`Entries` — a repeated ``group``: one mapping of sub-field id to text per entry
  (a group inside the group: its own ``Entries``).
- :class:`Address` — an ``address``: street, house number, postal code, town.
- :class:`forms.files.FileAnswer` — a ``file``: the bytes (held once, never as base64)
  or "at the counter".

No answer (or an empty one) means "not given". The values never show their content
in a ``repr``: they carry personal data and may end up in a log line.

The codec (:func:`to_json` / :func:`from_json`) is the only place that knows how an
answer looks outside the terminal's memory: in the application PDF's JSON
attachment, in the submission metadata and in test data. A file is written as its
description (name, media type, size, SHA-256), never as its bytes.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Final, TypeAlias

from forms.files import AT_COUNTER, FileAnswer, describe, received_file
from forms.model import ADDRESS_PARTS, FieldDef, FormDef


@dataclass(frozen=True, repr=False)
class Choices:
    """The options chosen in a multi-choice field (their values)."""

    values: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.values)

    def __contains__(self, value: object) -> bool:
        return value in self.values

    def __repr__(self) -> str:
        return f"Choices(<{len(self.values)} chosen>)"


@dataclass(frozen=True, repr=False, eq=True)
class Entries:
    """The entries of a repeated group: each maps its sub-fields' ids to their text, or a
    group inside the group (FIM's group in a group) to its own ``Entries``."""

    items: tuple[Mapping[str, str | Entries], ...] = ()

    def __post_init__(self) -> None:
        frozen = tuple(MappingProxyType({str(k): v if isinstance(v, Entries) else str(v)
                                         for k, v in item.items()})
                       for item in self.items)
        object.__setattr__(self, "items", frozen)

    def __bool__(self) -> bool:
        return bool(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Entries) and [dict(i) for i in self.items] == \
            [dict(i) for i in other.items]

    def __hash__(self) -> int:
        return hash(tuple(tuple(sorted(i.items())) for i in self.items))

    def __repr__(self) -> str:
        return f"Entries(<{len(self.items)} entries>)"


@dataclass(frozen=True, repr=False)
class Address:
    """One German postal address."""

    street: str = ""
    house_number: str = ""
    postal_code: str = ""
    city: str = ""

    def parts(self) -> dict[str, str]:
        """The address by its sub-field ids (``forms.model.ADDRESS_PARTS``)."""
        return {"street": self.street, "house_number": self.house_number,
                "postal_code": self.postal_code, "city": self.city}

    @classmethod
    def of(cls, parts: Mapping[str, str]) -> Address:
        return cls(**{name: str(parts.get(name, "")) for name in ADDRESS_PARTS})

    def __bool__(self) -> bool:
        return any(self.parts().values())

    def one_line(self) -> str:
        """'Heidestraße 17, 51147 Köln' (how the review and the PDF show it)."""
        return (f"{self.street} {self.house_number}, "
                f"{self.postal_code} {self.city}").strip(" ,")

    def __repr__(self) -> str:
        return "Address(<redacted>)"


Answer: TypeAlias = str | Choices | Entries | Address | FileAnswer
Answers: TypeAlias = Mapping[str, Answer]

NO_CHOICES: Final = Choices()
NO_ENTRIES: Final = Entries()
NO_ADDRESS: Final = Address()


def empty_answer(field: FieldDef) -> Answer:
    """What an unanswered ``field`` holds."""
    match field.type:
        case "multi_choice":
            return NO_CHOICES
        case "group":
            return NO_ENTRIES
        case "address":
            return NO_ADDRESS
        case "file":
            return FileAnswer()
    return ""


def is_given(answer: Answer | None) -> bool:
    """Whether the citizen gave this answer (a file handed in at the counter counts)."""
    if answer is None:
        return False
    if isinstance(answer, FileAnswer):
        return answer.at_counter or bool(answer.data)
    return bool(answer.strip()) if isinstance(answer, str) else bool(answer)


def answer_of(field: FieldDef, answers: Answers) -> Answer:
    """``field``'s answer, or its empty answer."""
    value = answers.get(field.id)
    return empty_answer(field) if value is None else value


def text_values(answer: Answer | None) -> frozenset[str]:
    """The plain values a condition compares: a text, or the options chosen."""
    if isinstance(answer, str):
        return frozenset({answer.strip()}) if answer.strip() else frozenset()
    if isinstance(answer, Choices):
        return frozenset(answer.values)
    return frozenset()


# --- the codec ------------------------------------------------------------------------

class AnswerFormatError(ValueError):
    """An encoded answer does not fit its field (the message names the field)."""


def to_json(field: FieldDef, answer: Answer) -> Any:
    """``answer`` as JSON: a string, a list of values, a list of objects, an object.

    A file becomes its description (``forms.files.describe``), not its bytes.
    """
    if isinstance(answer, Choices):
        return list(answer.values)
    if isinstance(answer, Entries):
        return [{k: to_json(field, v) if isinstance(v, Entries) else v
                 for k, v in item.items()} for item in answer.items]
    if isinstance(answer, Address):
        return answer.parts()
    if isinstance(answer, FileAnswer):
        return describe(field.id, answer) if is_given(answer) else None
    return answer


def answers_to_json(form: FormDef, answers: Answers) -> dict[str, Any]:
    """Every given answer of ``form`` as JSON, by field id, in the form's order."""
    return {f.id: to_json(f, answers[f.id]) for f in form.all_fields()
            if f.id in answers and is_given(answers[f.id])}


def from_json(field: FieldDef, value: Any) -> Answer:
    """The answer ``value`` encodes (the JSON written by :func:`to_json`, or test data).

    A file is ``{"at_counter": true}`` or ``{"name": …, "data": "<base64>"}`` here:
    a description alone has no bytes.
    """
    where = f"'{field.id}'"
    if value is None:
        return empty_answer(field)
    match field.type:
        case "multi_choice":
            return Choices(tuple(_strings(value, where)))
        case "group":
            if not isinstance(value, list) or not all(isinstance(i, dict) for i in value):
                raise AnswerFormatError(f"{where} must be a list of objects")
            inner = {sub.id: sub for sub in field.fields if sub.type == "group"}
            return Entries(tuple({str(k): _entry_value(inner.get(str(k)), v, where)
                                  for k, v in i.items()} for i in value))
        case "address":
            if not isinstance(value, dict) or set(value) - set(ADDRESS_PARTS):
                raise AnswerFormatError(f"{where} must be an object with "
                                        f"{', '.join(ADDRESS_PARTS)}")
            return Address.of({k: _string(v, where) for k, v in value.items()})
        case "file":
            return _file_from_json(value, where)
    return _string(value, where)


def answers_from_json(form: FormDef, data: Mapping[str, Any]) -> dict[str, Answer]:
    """Answers from JSON by field id; unknown ids are refused."""
    fields = {f.id: f for f in form.all_fields()}
    unknown = sorted(set(data) - set(fields))
    if unknown:
        raise AnswerFormatError(f"the form {form.id} has no field {', '.join(unknown)}")
    return {fid: from_json(fields[fid], value) for fid, value in data.items()}


def _entry_value(group: FieldDef | None, value: Any, where: str) -> str | Entries:
    """One value of an entry: a text, or (``group``, a group inside the group) entries."""
    if group is None:
        return _string(value, where)
    inner = from_json(group, value)
    return inner if isinstance(inner, Entries) else Entries()


def _string(value: Any, where: str) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise AnswerFormatError(f"{where} must be a text")
    return str(value)


def _strings(value: Any, where: str) -> Iterable[str]:
    if isinstance(value, str):  # "a,b" as older data and people write it
        return [part for part in value.split(",") if part]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise AnswerFormatError(f"{where} must be a list of texts")
    return value


def _file_from_json(value: Any, where: str) -> FileAnswer:
    if value == {"at_counter": True}:
        return AT_COUNTER
    if not isinstance(value, dict) or not isinstance(value.get("data"), str):
        raise AnswerFormatError(f"{where} must be {{\"at_counter\": true}} or an object with "
                                "'name' and 'data' (base64)")
    try:
        data = base64.b64decode(value["data"], validate=True)
    except (binascii.Error, ValueError) as exc:
        raise AnswerFormatError(f"{where}: 'data' is not base64") from exc
    return received_file(str(value.get("name", "")), data)
