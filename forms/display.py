"""An answer as a person reads it, in their language: option labels instead of values,
an address on one line, a group one entry per line; and amounts and sizes as the
language writes numbers.

Used by the review screen and the application PDF, each in its own language; every
text comes from the one catalogue (``kiosk.base.catalogue``).
"""

from __future__ import annotations

from typing import Final

from forms.answers import Address, Answer, Choices, Entries, is_given
from forms.files import FileAnswer
from forms.model import FieldDef
from kiosk.base.catalogue import text
from kiosk.base.i18n import N_

YES: Final = N_("Fields", "Yes")
NO: Final = N_("Fields", "No")
AT_COUNTER: Final = N_("Files", "To be handed in at the counter")
# How a language writes an amount and a size (the catalogue translates the pattern).
AMOUNT: Final = N_("Format", "{currency} {units}.{cents}")
THOUSANDS: Final = N_("Format", "thousands separator: ,")
MEGABYTES: Final = N_("Format", "{whole}.{tenth} MB")
_CURRENCY_SIGNS: Final = {"EUR": "€"}


def display(field: FieldDef, answer: Answer, language: str) -> str:
    """``answer`` to ``field`` in ``language`` ("" when it was not given)."""
    if not is_given(answer):
        return ""
    if isinstance(answer, FileAnswer):
        if answer.at_counter:
            return text(AT_COUNTER, language)
        return f"{answer.name} ({format_size(answer.size, language)})"
    if isinstance(answer, Address):
        return answer.one_line()
    if isinstance(answer, Choices):
        return ", ".join(option_label(field, value, language) for value in answer.values)
    if isinstance(answer, Entries):  # an entry a line
        return "\n".join(
            "; ".join(f"{text(sub.label, language)}: {_inline(sub, item[sub.id], language)}"
                      for sub in field.fields if item.get(sub.id))
            for item in answer.items)
    if field.type == "yes_no" and answer in ("yes", "no"):
        return text(YES if answer == "yes" else NO, language)
    return option_label(field, answer, language)


def _inline(field: FieldDef, answer: Answer, language: str) -> str:
    """An answer inside an entry: a group inside the group as "(entry 1) (entry 2)"."""
    shown = display(field, answer, language)
    return " ".join(f"({line})" for line in shown.split("\n")) \
        if isinstance(answer, Entries) else shown


def option_label(field: FieldDef, value: str, language: str) -> str:
    """The label of the option ``value`` (the value itself if ``field`` has no such option)."""
    option = field.option(value) if field.options else None
    return text(option.label, language) if option is not None else value


def format_amount(cents: int, currency: str, language: str) -> str:
    """``cents`` as the language writes money: '1.234,50 €', '€ 1,234.50'."""
    units, rest = divmod(cents, 100)
    separator = text(THOUSANDS, language).rpartition(":")[2].strip()
    grouped = f"{units:,}".replace(",", separator)
    return text(AMOUNT.format(currency=_CURRENCY_SIGNS.get(currency, currency), units=grouped,
                              cents=f"{rest:02d}"), language)


def format_size(size: int, language: str) -> str:
    """``size`` bytes for people: 512 B, 84 KB, 1,2 MB (decimal units)."""
    if size < 1_000:
        return f"{size} B"
    if size < 1_000_000:
        return f"{(size + 999) // 1_000} KB"
    tenths = round(size / 100_000)
    return text(MEGABYTES.format(whole=tenths // 10, tenth=tenths % 10), language)


def entry_lines(field: FieldDef, value: Entries, language: str,
                within: str = "") -> list[tuple[str, str]]:
    """A repeated group as (label, answer) lines: for each entry the group's label with its
    number, then each sub-field (for groups too wide for one column per sub-field). A group
    inside an entry, at any depth, follows as lines of its own, each entry headed by the
    path to it ("Betriebsinhaber 1 › Gesetzlicher Vertreter 2")."""
    lines: list[tuple[str, str]] = []
    for number, item in enumerate(value.items, start=1):
        head = f"{within}{text(field.label, language)} {number}"
        lines.append((head, ""))
        nested: list[tuple[str, str]] = []
        for sub in field.fields:
            answer = item.get(sub.id, "")
            if isinstance(answer, Entries) and answer:
                nested.extend(entry_lines(sub, answer, language, f"{head} › "))
            else:
                lines.append((text(sub.label, language), display(sub, answer, language)))
        lines.extend(nested)
    return lines
