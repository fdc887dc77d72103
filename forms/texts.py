"""Every text of a form definition, as the catalogue keys it (for translators and tests).

``form_messages`` walks a loaded definition and yields each of its texts (title,
description, summary, fee, sections, labels, help, options, pattern messages,
check messages): ``packaging/update-translations.sh`` writes them into
``assets/translations/forms_<language>.ts`` and the tests check that every
offered language translates each of them.
"""

from __future__ import annotations

from collections.abc import Iterator

from forms.model import FieldDef, FormDef
from kiosk.base.i18n import Message


def form_messages(form: FormDef) -> Iterator[Message]:
    yield form.title
    yield form.description
    if form.summary is not None:
        yield form.summary
    yield form.fee_legal_basis
    yield from (option.label for option in form.fee_exemptions)
    if form.sepa_mandate is not None:
        yield form.sepa_mandate.creditor_name
        yield form.sepa_mandate.text
    for section in form.sections:
        yield section.title
        for field in section.fields:
            yield from _field_messages(field)
    yield from (check.message for check in form.checks)


def _field_messages(field: FieldDef) -> Iterator[Message]:
    if field.label.context.startswith("form:"):  # the address parts are the program's texts
        yield field.label
    for text in (field.help, field.pattern_message):
        if text is not None:
            yield text
    yield from (option.label for option in field.options)
    if field.type == "group":
        for sub in field.fields:
            yield from _field_messages(sub)
