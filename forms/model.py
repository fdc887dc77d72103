"""Form definitions as data: typed, immutable, loaded from JSON (``forms.loader``).

A form definition's citizen-facing texts are written in German in the file; here
each is a ``Message`` in the context ``form:<id>`` with its key path as
disambiguation (``fields.family_name.label``), so the one catalogue
(``kiosk.base.catalogue``, ``assets/translations/forms_<language>.ts``) holds
every other language. ``forms.loader`` checks a file strictly and raises
``FormDefinitionError`` naming the file and the offending key, e.g.
``sections[1].fields[0].type``.

This module must stay cheap to import: standard library and ``kiosk.base`` only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from dataclasses import field as dc_field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final

from kiosk.base.errors import ConfigError
from kiosk.base.i18n import N_, Message

# The field types a definition may use; ``forms.validation`` checks each.
FIELD_TYPES: Final = frozenset({
    "text", "latin_text", "name", "date", "postal_code", "house_number", "integer", "number",
    "currency", "choice", "multi_choice", "yes_no", "iban", "email", "phone", "group",
    "address", "file",
})
# Types whose answer has sub-fields (``forms.answers.Entries``, ``forms.answers.Address``).
COMPOUND_TYPES: Final = frozenset({"group", "address"})
# The identity attributes (from an ID card or eID) a field may be prefilled with.
PREFILL_ATTRIBUTES: Final = frozenset({
    "family_name", "given_names", "birth_name", "date_of_birth", "place_of_birth",
    "nationality", "street", "house_number", "postal_code", "city", "doctoral_degree",
})
# The version of the definition format this code reads (``format`` in a file). Format 1
# gave every text in every language inline; format 2 gives the German text only.
FORMAT_VERSION: Final = 2
# The language a definition's texts are written in.
SOURCE_LANGUAGE: Final = "de"
# The context of a form's texts in the catalogue.
CONTEXT_PREFIX: Final = "form:"
# ``max_length`` when a definition gives none.
DEFAULT_MAX_LENGTH: Final = 100
# How many ``group`` fields may hold one another (a section's group is the first): FIM
# nests groups that deep in published schemas (a Stammdatenschema's group, then 5 more).
MAX_GROUP_DEPTH: Final = 8

DEFINITIONS_DIR: Final = Path(__file__).resolve().parent / "definitions"

_ID_RE: Final = re.compile(r"[a-z][a-z0-9_-]{0,63}")


class FormDefinitionError(ConfigError):
    """A form definition file is broken; the message names the file and the key."""

    def __init__(self, message: Message, *, path: Path, key: str) -> None:
        super().__init__(message, detail=f"{path.name}: {key}")
        self.path = path
        self.key = key


@dataclass(frozen=True)
class ChoiceOption:
    value: str
    label: Message


@dataclass(frozen=True)
class Condition:
    """A test on another field's answer: equal to a value, one of values, or given."""

    field: str
    equals: str | None = None
    any_of: tuple[str, ...] = ()
    is_set: bool | None = None


# The kinds of rules between fields (``checks``; ``forms.validation.validate_form``).
CHECK_TYPES: Final = ("date_order", "number_order", "at_least_one", "at_most_one")


@dataclass(frozen=True)
class CrossCheck:
    """A rule between fields, by ``type``:

    * ``date_order``: the date ``earlier`` must not be after the date ``later``;
    * ``number_order``: the number ``earlier`` (``lower`` in a file) must not be greater
      than the number ``later`` (``upper``);
    * ``at_least_one`` / ``at_most_one``: of ``fields``, at least one / at most one is
      answered (hidden fields do not count).
    """

    id: str
    earlier: str
    later: str
    message: Message
    type: str = "date_order"
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class FimStep:
    """A FIM group that was flattened between a section (or group field) and a field:
    its id with version and its ``anzahl`` as published (``0:1``, ``1:*``)."""

    fim_id: str
    anzahl: str


@dataclass(frozen=True)
class FieldDef:
    id: str
    type: str
    label: Message
    required: bool = True
    max_length: int = DEFAULT_MAX_LENGTH
    help: Message | None = None
    options: tuple[ChoiceOption, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    default: str | None = None
    past_only: bool = False
    min_age_years: int | None = None
    max_age_years: int | None = None
    autocomplete: str | None = None
    pattern: str | None = None
    pattern_message: Message | None = None
    visible_if: Condition | None = None
    required_if: Condition | None = None
    prefill: str | None = None
    max_future_days: int | None = None
    fields: tuple[FieldDef, ...] = ()  # the sub-fields of a repeated group
    min_items: int = 0
    max_items: int = 10
    example: str | None = None  # a valid answer, for help texts, samples and tests
    accept: tuple[str, ...] = ()  # a file field's media types (empty: forms.files' default)
    max_bytes: int | None = None  # a file field's size limit (None: forms.files' default)
    photo: bool = False  # a file field asking for a passport-style photo
    fim_id: str | None = None  # the FIM Datenfeld/Datenfeldgruppe it was imported from
    # The FIM groups flattened above this field, outermost first: the 1:1 ones (always
    # there), and any beyond ``MAX_GROUP_DEPTH``; the case system gets the structure
    # (``forms.fim_data``).
    fim_path: tuple[FimStep, ...] = ()

    def option(self, value: str) -> ChoiceOption | None:
        """The choice option with ``value``, if any."""
        return next((opt for opt in self.options if opt.value == value), None)


# The values of a yes/no answer.
YES_NO_VALUES: Final = ("yes", "no")
# The sub-fields of an ``address`` answer (``forms.answers.Address``), in order.
ADDRESS_PARTS: Final = ("street", "house_number", "postal_code", "city")


# The sub-fields of an ``address`` field (what German registries store).
ADDRESS_FIELDS: Final = (
    FieldDef("street", "latin_text", N_("Address", "Street"), max_length=60),
    FieldDef("house_number", "house_number", N_("Address", "House number"), max_length=10),
    FieldDef("postal_code", "postal_code", N_("Address", "Postal code"), max_length=5),
    FieldDef("city", "latin_text", N_("Address", "Town or city"), max_length=60),
)


def prefill_answers(form: FormDef, identity: Mapping[str, str]) -> dict[str, str]:
    """Answers taken from identity attributes (ID card, eID), by the fields' ``prefill``."""
    return {f.id: identity[f.prefill] for f in form.all_fields()
            if f.prefill is not None and identity.get(f.prefill)}


@dataclass(frozen=True)
class SectionDef:
    id: str
    title: Message
    fields: tuple[FieldDef, ...]
    fim_id: str | None = None  # the FIM Datenfeldgruppe it was imported from


@dataclass(frozen=True)
class SepaMandate:
    """The SEPA direct-debit mandate printed where the form collects an IBAN for the fee:
    the creditor, its creditor identifier, the mandate text (the mandate reference is the
    application's Vorgangsnummer)."""

    creditor_name: Message
    creditor_id: str
    text: Message
    iban_field: str


@dataclass(frozen=True)
class FormDef:
    id: str
    version: int
    title: Message
    description: Message
    fee_cents: int
    fee_currency: str
    fee_legal_basis: Message
    sections: tuple[SectionDef, ...]
    fee_exemptions: tuple[ChoiceOption, ...] = ()
    checks: tuple[CrossCheck, ...] = ()
    summary: Message | None = None  # one line for the service's tile
    submission_service: str | None = None
    leika: str | None = None  # FIT-Connect's service key, urn:de:fim:leika:leistung:…
    pdf_hints: Mapping[str, str] = dc_field(default_factory=lambda: MappingProxyType({}))
    sepa_mandate: SepaMandate | None = None

    def field(self, field_id: str) -> FieldDef:
        """The field with ``field_id``; ``KeyError`` if the form has none."""
        for candidate in self.all_fields():
            if candidate.id == field_id:
                return candidate
        raise KeyError(field_id)

    def fim_ids(self) -> dict[str, Any]:
        """The FIM ids the form was imported from: sections by id, fields by answer path
        (``group``, ``group.sub_field``, ``group.inner_group.sub_field`` at any depth), and
        for a field below flattened FIM groups those groups (``paths``: answer path →
        ``[{"fim_id", "anzahl"}, …]``, outermost first); empty if it was not imported
        from FIM."""
        sections = {s.id: s.fim_id for s in self.sections if s.fim_id}
        fields: dict[str, str] = {}
        paths: dict[str, list[dict[str, str]]] = {}

        def walk(prefix: str, items: tuple[FieldDef, ...]) -> None:
            for each in items:
                path = f"{prefix}{each.id}"
                if each.fim_id:
                    fields[path] = each.fim_id
                if each.fim_path:
                    paths[path] = [{"fim_id": s.fim_id, "anzahl": s.anzahl}
                                   for s in each.fim_path]
                if each.type == "group":
                    walk(f"{path}.", each.fields)

        walk("", tuple(self.all_fields()))
        if not (sections or fields):
            return {}
        return {"sections": sections, "fields": fields, **({"paths": paths} if paths else {})}

    def all_fields(self) -> Iterator[FieldDef]:
        """Every field of every section, in display order."""
        for section in self.sections:
            yield from section.fields
