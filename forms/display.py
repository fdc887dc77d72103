"""An answer as a person reads it: option labels instead of values, one line per entry.

Used by the review screen and the application PDF, each in its own language.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from forms.answers import Address, Answer, Choices, Entries, is_given
from forms.files import FileAnswer, format_size
from forms.model import FieldDef, LocalizedText, localized

# How a yes/no answer reads.
_YES_NO: Final[Mapping[str, LocalizedText]] = MappingProxyType({
    "yes": MappingProxyType({"de": "Ja", "en": "Yes"}),
    "no": MappingProxyType({"de": "Nein", "en": "No"}),
})
# How a file field's "hand it in at the counter" answer reads.
AT_COUNTER: Final[LocalizedText] = MappingProxyType({
    "de": "Wird am Schalter vorgelegt", "en": "To be handed in at the counter"})


def display(field: FieldDef, answer: Answer, language: str) -> str:
    """``answer`` to ``field`` in ``language`` ("" when it was not given)."""
    if not is_given(answer):
        return ""
    if isinstance(answer, FileAnswer):
        if answer.at_counter:
            return localized(AT_COUNTER, language)
        return f"{answer.name} ({format_size(answer.size, language)})"
    if isinstance(answer, Address):
        return answer.one_line()
    if isinstance(answer, Choices):
        return ", ".join(option_label(field, value, language) for value in answer.values)
    if isinstance(answer, Entries):
        return "\n".join(
            "; ".join(f"{localized(sub.label, language)}: "
                      f"{display(sub, item[sub.id], language)}"
                      for sub in field.fields if item.get(sub.id))
            for item in answer.items)
    if field.type == "yes_no" and answer in _YES_NO:
        return localized(_YES_NO[answer], language)
    return option_label(field, answer, language)


def option_label(field: FieldDef, value: str, language: str) -> str:
    """The label of the option ``value`` (the value itself if ``field`` has no such option)."""
    option = field.option(value) if field.options else None
    return localized(option.label, language) if option is not None else value
