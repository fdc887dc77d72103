"""Form definitions as data: typed, immutable, loaded from JSON.

A form definition is a JSON file with every citizen-facing text given in each
language the kiosk offers (``kiosk.i18n.LANGUAGES``). ``load_form`` checks the
file strictly (missing keys, wrong JSON types, unknown keys, unknown field
types, duplicate ids, missing translations) and raises ``FormDefinitionError``
naming the file and the offending key, e.g. ``sections[1].fields[0].type``.

This module must stay cheap to import: standard library and ``kiosk`` only.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from dataclasses import field as dc_field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final

from kiosk.errors import ConfigError
from kiosk.i18n import DEFAULT_LANGUAGE, LANGUAGES, N_, Message

LocalizedText = Mapping[str, str]
"""A citizen-facing text by language code (``"de"``, ``"en"``)."""

# The field types a definition may use; ``forms.validation`` checks each.
FIELD_TYPES: Final = frozenset({
    "text", "latin_text", "name", "date", "postal_code", "house_number", "integer", "number",
    "currency", "choice", "multi_choice", "yes_no", "iban", "email", "phone", "group",
    "address",
})
# Types whose answer is a JSON list of objects of sub-answers (``group_items``).
COMPOUND_TYPES: Final = frozenset({"group", "address"})
# The identity attributes (from an ID card or eID) a field may be prefilled with.
PREFILL_ATTRIBUTES: Final = frozenset({
    "family_name", "given_names", "birth_name", "date_of_birth", "place_of_birth",
    "nationality", "street", "house_number", "postal_code", "city", "doctoral_degree",
})
# The version of the definition format this code reads (``format`` in a file).
FORMAT_VERSION: Final = 1
# How the values of a multi-choice answer are joined into one answer string.
MULTI_SEPARATOR: Final = ","
# ``max_length`` when a definition gives none.
DEFAULT_MAX_LENGTH: Final = 100

DEFINITIONS_DIR: Final = Path(__file__).resolve().parent / "definitions"

_ID_RE: Final = re.compile(r"[a-z][a-z0-9_-]{0,63}")


def localized(text: LocalizedText, language: str) -> str:
    """``text`` in ``language``; falls back to German, then to any language."""
    if language in text:
        return text[language]
    if DEFAULT_LANGUAGE in text:
        return text[DEFAULT_LANGUAGE]
    return next(iter(text.values()), "")


class FormDefinitionError(ConfigError):
    """A form definition file is broken; the message names the file and the key."""

    def __init__(self, message: Message, *, path: Path, key: str) -> None:
        super().__init__(message, detail=f"{path.name}: {key}")
        self.path = path
        self.key = key


@dataclass(frozen=True)
class ChoiceOption:
    value: str
    label: LocalizedText


@dataclass(frozen=True)
class Condition:
    """A test on another field's answer: equal to a value, one of values, or given."""

    field: str
    equals: str | None = None
    any_of: tuple[str, ...] = ()
    is_set: bool | None = None

    def holds(self, answers: Mapping[str, str]) -> bool:
        value = answers.get(self.field, "").strip()
        parts = set(value.split(MULTI_SEPARATOR)) if value else set()
        if self.equals is not None and value != self.equals and self.equals not in parts:
            return False
        if self.any_of and value not in self.any_of and not parts & set(self.any_of):
            return False
        return self.is_set is None or bool(value) == self.is_set


@dataclass(frozen=True)
class CrossCheck:
    """A rule between two date fields: ``earlier`` must not be after ``later``."""

    id: str
    earlier: str
    later: str
    message: LocalizedText


@dataclass(frozen=True)
class FieldDef:
    id: str
    type: str
    label: LocalizedText
    required: bool = True
    max_length: int = DEFAULT_MAX_LENGTH
    help: LocalizedText | None = None
    options: tuple[ChoiceOption, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    default: str | None = None
    past_only: bool = False
    min_age_years: int | None = None
    max_age_years: int | None = None
    autocomplete: str | None = None
    pattern: str | None = None
    pattern_message: LocalizedText | None = None
    visible_if: Condition | None = None
    required_if: Condition | None = None
    prefill: str | None = None
    max_future_days: int | None = None
    fields: tuple[FieldDef, ...] = ()  # the sub-fields of a repeated group
    min_items: int = 0
    max_items: int = 10
    example: str | None = None  # a valid answer, for help texts, samples and tests

    def option(self, value: str) -> ChoiceOption | None:
        """The choice option with ``value``, if any."""
        return next((opt for opt in self.options if opt.value == value), None)

    def display(self, value: str, language: str) -> str:
        """``value`` as a citizen reads it: choice values become their label."""
        if self.type == "yes_no" and value in _YES_NO:
            return localized(_YES_NO[value], language)
        if self.type == "multi_choice" and value:
            return ", ".join(self.display_one(part, language)
                             for part in value.split(MULTI_SEPARATOR))
        if self.type == "address" and value:
            parts = (group_items(value) or [{}])[0]
            return (f"{parts.get('street', '')} {parts.get('house_number', '')}, "
                    f"{parts.get('postal_code', '')} {parts.get('city', '')}").strip(" ,")
        if self.type == "group" and value:
            return "\n".join(
                "; ".join(f"{localized(sub.label, language)}: {sub.display(item[sub.id], language)}"
                          for sub in self.fields if item.get(sub.id))
                for item in group_items(value))
        return self.display_one(value, language)

    def display_one(self, value: str, language: str) -> str:
        opt = self.option(value) if self.options else None
        return localized(opt.label, language) if opt is not None else value


# How a yes/no answer reads (data, like the labels of a definition).
_YES_NO: Final[Mapping[str, LocalizedText]] = MappingProxyType({
    "yes": MappingProxyType({"de": "Ja", "en": "Yes"}),
    "no": MappingProxyType({"de": "Nein", "en": "No"}),
})


def _sub(field_id: str, field_type: str, de: str, en: str, max_length: int) -> FieldDef:
    return FieldDef(id=field_id, type=field_type, label=MappingProxyType({"de": de, "en": en}),
                    max_length=max_length)


# The sub-fields of an ``address`` field (what German registries store).
ADDRESS_FIELDS: Final = (
    _sub("street", "latin_text", "Straße", "Street", 60),
    _sub("house_number", "house_number", "Hausnummer", "House number", 10),
    _sub("postal_code", "postal_code", "Postleitzahl", "Postal code", 5),
    _sub("city", "latin_text", "Ort", "Town or city", 60),
)


def group_items(value: str) -> list[dict[str, str]]:
    """The entries of a repeated group's answer (a JSON list of objects of strings)."""
    if not value:
        return []
    try:
        raw = json.loads(value)
    except json.JSONDecodeError:
        return []
    if not isinstance(raw, list):
        return []
    return [{str(k): str(v) for k, v in item.items()} for item in raw if isinstance(item, dict)]


def prefill_answers(form: FormDef, identity: Mapping[str, str]) -> dict[str, str]:
    """Answers taken from identity attributes (ID card, eID), by the fields' ``prefill``."""
    return {f.id: identity[f.prefill] for f in form.all_fields()
            if f.prefill is not None and identity.get(f.prefill)}


def encode_group(items: list[dict[str, str]]) -> str:
    """A repeated group's answer from its entries ("" when there is none)."""
    return json.dumps(items, ensure_ascii=False, separators=(",", ":")) if items else ""


@dataclass(frozen=True)
class SectionDef:
    id: str
    title: LocalizedText
    fields: tuple[FieldDef, ...]


@dataclass(frozen=True)
class FormDef:
    id: str
    version: int
    title: LocalizedText
    description: LocalizedText
    fee_cents: int
    fee_currency: str
    fee_legal_basis: LocalizedText
    sections: tuple[SectionDef, ...]
    fee_exemptions: tuple[ChoiceOption, ...] = ()
    checks: tuple[CrossCheck, ...] = ()
    submission_service: str | None = None
    pdf_hints: Mapping[str, str] = dc_field(default_factory=lambda: MappingProxyType({}))

    def field(self, field_id: str) -> FieldDef:
        """The field with ``field_id``; ``KeyError`` if the form has none."""
        for candidate in self.all_fields():
            if candidate.id == field_id:
                return candidate
        raise KeyError(field_id)

    def all_fields(self) -> Iterator[FieldDef]:
        """Every field of every section, in display order."""
        for section in self.sections:
            yield from section.fields


# --- loading -----------------------------------------------------------------

_FORM_KEYS: Final = {"$schema", "format", "id", "version", "title", "description", "fee",
                     "sections", "checks", "outputs"}
_FEE_KEYS: Final = {"amount_cents", "currency", "legal_basis", "exemptions"}
_SECTION_KEYS: Final = {"id", "title", "fields"}
_FIELD_KEYS: Final = {"id", "type", "label", "required", "max_length", "help", "autocomplete",
                      "pattern", "pattern_message", "visible_if", "required_if", "prefill",
                      "example"}
_CONDITION_KEYS: Final = {"field", "equals", "any_of", "is_set"}
_CHECK_KEYS: Final = {"id", "type", "earlier", "later", "message"}
_OUTPUT_KEYS: Final = {"pdf", "submission_service"}
_PDF_KEYS: Final = {"layout", "orientation"}
# Options allowed only for some field types.
_TYPE_KEYS: Final[Mapping[str, frozenset[str]]] = MappingProxyType({
    "text": frozenset({"default"}),
    "latin_text": frozenset({"default"}),
    "name": frozenset({"default"}),
    "date": frozenset({"past_only", "min_age_years", "max_age_years", "max_future_days"}),
    "postal_code": frozenset({"default"}),
    "house_number": frozenset(),
    "integer": frozenset({"minimum", "maximum", "default"}),
    "number": frozenset({"minimum", "maximum", "default"}),
    "currency": frozenset({"minimum", "maximum", "default"}),
    "choice": frozenset({"options", "default"}),
    "multi_choice": frozenset({"options", "min_items", "max_items"}),
    "yes_no": frozenset({"default"}),
    "iban": frozenset(),
    "email": frozenset(),
    "phone": frozenset(),
    "group": frozenset({"fields", "min_items", "max_items"}),
    "address": frozenset(),
})
_OPTION_KEYS: Final = {"value", "label"}
_JSON_TYPE_NAMES: Final[Mapping[type, str]] = MappingProxyType({
    str: "string", int: "integer", bool: "boolean", dict: "object", list: "array",
})


class _Reader:
    """Checks one definition file; every failure names the file and key path."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, key: str, message: Message) -> FormDefinitionError:
        return FormDefinitionError(message.format(path=str(self.path), key=key),
                                   path=self.path, key=key)

    def obj(self, value: Any, key: str, allowed: set[str] | frozenset[str]) -> dict[str, Any]:
        data: dict[str, Any] = self.typed(value, dict, key)
        for name in data:
            if name not in allowed:
                raise self.fail(f"{key}.{name}" if key else name, N_(
                    "Config", "In the form definition {path}, '{key}' is not a known key. "
                    "Known keys here: {known}.").format(known=", ".join(sorted(allowed))))
        return data

    def typed(self, value: Any, kind: type, key: str) -> Any:
        # bool is a subclass of int in Python but not in JSON.
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise self.fail(key, N_(
                "Config", "In the form definition {path}, '{key}' must be a JSON {expected}.")
                .format(expected=_JSON_TYPE_NAMES[kind]))
        return value

    def get(self, data: dict[str, Any], name: str, kind: type, key: str) -> Any:
        full = f"{key}.{name}" if key else name
        if name not in data:
            raise self.fail(full, N_(
                "Config", "In the form definition {path}, '{key}' is missing. Add it."))
        return self.typed(data[name], kind, full)

    def opt(self, data: dict[str, Any], name: str, kind: type, key: str) -> Any:
        if name not in data or data[name] is None:
            return None
        return self.get(data, name, kind, key)

    def ident(self, data: dict[str, Any], key: str, seen: set[str]) -> str:
        value: str = self.get(data, "id", str, key)
        full = f"{key}.id" if key else "id"
        if not _ID_RE.fullmatch(value):
            raise self.fail(full, N_(
                "Config", "In the form definition {path}, '{key}' must be lower-case letters, "
                "digits, '_' or '-', starting with a letter."))
        if value in seen:
            raise self.fail(full, N_(
                "Config", "In the form definition {path}, the id at '{key}' is used twice. "
                "Give each one its own id."))
        seen.add(value)
        return value

    def text(self, value: Any, key: str) -> LocalizedText:
        data = self.obj(value, key, set(LANGUAGES))
        for language in LANGUAGES:
            if not isinstance(data.get(language), str) or not data[language].strip():
                raise self.fail(f"{key}.{language}", N_(
                    "Config", "In the form definition {path}, '{key}' must be a non-empty text "
                    "in this language. Add the translation."))
        return MappingProxyType(dict(data))

    def count(self, data: dict[str, Any], name: str, key: str, low: int) -> int | None:
        value: int | None = self.opt(data, name, int, key)
        if value is not None and value < low:
            raise self.fail(f"{key}.{name}", N_(
                "Config", "In the form definition {path}, '{key}' must be at least {low}.")
                .format(low=low))
        return value

    def form(self, raw: Any) -> FormDef:
        data = self.obj(raw, "", _FORM_KEYS)
        form_id = self.ident(data, "", set())
        if form_id != self.path.stem:
            raise self.fail("id", N_(
                "Config", "In the form definition {path}, '{key}' must equal the file name "
                "without '.json'."))
        version: int = self.get(data, "version", int, "")
        if version < 1:
            raise self.fail("version", N_(
                "Config", "In the form definition {path}, '{key}' must be at least {low}.")
                .format(low=1))
        fee = self.obj(self.get(data, "fee", dict, ""), "fee", _FEE_KEYS)
        currency: str = self.get(fee, "currency", str, "fee")
        if not re.fullmatch(r"[A-Z]{3}", currency):
            raise self.fail("fee.currency", N_(
                "Config", "In the form definition {path}, '{key}' must be a three-letter "
                "currency code such as EUR."))
        sections_raw: list[Any] = self.get(data, "sections", list, "")
        if not sections_raw:
            raise self.fail("sections", N_(
                "Config", "In the form definition {path}, '{key}' must list at least one entry."))
        seen_sections: set[str] = set()
        seen_fields: set[str] = set()
        sections = tuple(
            self.section(item, f"sections[{i}]", seen_sections, seen_fields)
            for i, item in enumerate(sections_raw)
        )
        fmt = self.opt(data, "format", int, "")
        if fmt is not None and fmt != FORMAT_VERSION:
            raise self.fail("format", N_(
                "Config", "In the form definition {path}, '{key}' must be {low}: this kiosk "
                "reads no other version of the format.").format(low=FORMAT_VERSION))
        exemptions = tuple(self.option(item, f"fee.exemptions[{i}]") for i, item in
                           enumerate(self.opt(fee, "exemptions", list, "fee") or []))
        outputs = self.obj(self.opt(data, "outputs", dict, "") or {}, "outputs", _OUTPUT_KEYS)
        pdf = self.obj(self.opt(outputs, "pdf", dict, "outputs") or {}, "outputs.pdf", _PDF_KEYS)
        hints = {name: self.get(pdf, name, str, "outputs.pdf") for name in pdf}
        form = FormDef(
            id=form_id,
            version=version,
            title=self.text(self.get(data, "title", dict, ""), "title"),
            description=self.text(self.get(data, "description", dict, ""), "description"),
            fee_cents=self.amount(fee),
            fee_currency=currency,
            fee_legal_basis=self.text(self.get(fee, "legal_basis", dict, "fee"),
                                      "fee.legal_basis"),
            sections=sections,
            fee_exemptions=exemptions,
            checks=tuple(self.check(item, f"checks[{i}]") for i, item in
                         enumerate(self.opt(data, "checks", list, "") or [])),
            submission_service=self.opt(outputs, "submission_service", str, "outputs"),
            pdf_hints=MappingProxyType(hints),
        )
        self.references(form, sections_raw)
        return form

    def references(self, form: FormDef, sections_raw: list[Any]) -> None:
        """Conditions and checks must name fields of this form (dates, for checks)."""
        types = {f.id: f.type for f in form.all_fields()}
        for s_index, section in enumerate(form.sections):
            for f_index, field in enumerate(section.fields):
                for name in ("visible_if", "required_if"):
                    condition: Condition | None = getattr(field, name)
                    if condition is not None and condition.field not in types:
                        raise self.fail(
                            f"sections[{s_index}].fields[{f_index}].{name}.field", N_(
                                "Config", "In the form definition {path}, '{key}' must name "
                                "a field of this form."))
        for index, check in enumerate(form.checks):
            for name in ("earlier", "later"):
                if types.get(getattr(check, name)) != "date":
                    raise self.fail(f"checks[{index}].{name}", N_(
                        "Config", "In the form definition {path}, '{key}' must name a date "
                        "field of this form."))

    def condition(self, data: dict[str, Any], name: str, key: str) -> Condition | None:
        raw = self.opt(data, name, dict, key)
        if raw is None:
            return None
        full = f"{key}.{name}"
        cond = self.obj(raw, full, _CONDITION_KEYS)
        any_of: list[Any] = self.opt(cond, "any_of", list, full) or []
        return Condition(
            field=self.get(cond, "field", str, full),
            equals=self.opt(cond, "equals", str, full),
            any_of=tuple(self.typed(v, str, f"{full}.any_of[{i}]") for i, v in enumerate(any_of)),
            is_set=self.opt(cond, "is_set", bool, full),
        )

    def check(self, raw: Any, key: str) -> CrossCheck:
        data = self.obj(raw, key, _CHECK_KEYS)
        if self.get(data, "type", str, key) != "date_order":
            raise self.fail(f"{key}.type", N_(
                "Config", "In the form definition {path}, '{key}' names an unknown field type. "
                "Known types: {known}.").format(known="date_order"))
        return CrossCheck(
            id=self.ident(data, key, set()),
            earlier=self.get(data, "earlier", str, key),
            later=self.get(data, "later", str, key),
            message=self.text(self.get(data, "message", dict, key), f"{key}.message"),
        )

    def amount(self, fee: dict[str, Any]) -> int:
        value: int = self.get(fee, "amount_cents", int, "fee")
        if value < 0:
            raise self.fail("fee.amount_cents", N_(
                "Config", "In the form definition {path}, '{key}' must be at least {low}.")
                .format(low=0))
        return value

    def section(self, raw: Any, key: str, seen: set[str], seen_fields: set[str]) -> SectionDef:
        data = self.obj(raw, key, _SECTION_KEYS)
        section_id = self.ident(data, key, seen)
        fields_raw: list[Any] = self.get(data, "fields", list, key)
        if not fields_raw:
            raise self.fail(f"{key}.fields", N_(
                "Config", "In the form definition {path}, '{key}' must list at least one entry."))
        return SectionDef(
            id=section_id,
            title=self.text(self.get(data, "title", dict, key), f"{key}.title"),
            fields=tuple(self.field(item, f"{key}.fields[{i}]", seen_fields)
                         for i, item in enumerate(fields_raw)),
        )

    def field(self, raw: Any, key: str, seen: set[str], *, nested: bool = False) -> FieldDef:
        pre = self.typed(raw, dict, key)
        field_type: str = self.get(pre, "type", str, key)
        if field_type not in FIELD_TYPES or (nested and field_type == "group"):
            raise self.fail(f"{key}.type", N_(
                "Config", "In the form definition {path}, '{key}' names an unknown field type. "
                "Known types: {known}.").format(known=", ".join(sorted(FIELD_TYPES))))
        data = self.obj(pre, key, _FIELD_KEYS | _TYPE_KEYS[field_type])
        field_id = self.ident(data, key, seen)
        required = self.opt(data, "required", bool, key)
        max_length = self.count(data, "max_length", key, 1)
        help_raw = self.opt(data, "help", dict, key)
        options = tuple(self.option(item, f"{key}.options[{i}]")
                        for i, item in enumerate(self.opt(data, "options", list, key) or []))
        values: set[str] = set()
        for i, option in enumerate(options):
            if option.value in values:
                raise self.fail(f"{key}.options[{i}].value", N_(
                    "Config", "In the form definition {path}, the id at '{key}' is used twice. "
                    "Give each one its own id."))
            values.add(option.value)
        minimum: int | None = self.opt(data, "minimum", int, key)
        maximum: int | None = self.opt(data, "maximum", int, key)
        if field_type == "integer":
            minimum = self.get(data, "minimum", int, key)
            maximum = self.get(data, "maximum", int, key)
        if field_type in ("multi_choice", "choice") and not options:
            raise self.fail(f"{key}.options", N_(
                "Config", "In the form definition {path}, '{key}' must list at least one entry."))
        if minimum is not None and maximum is not None and maximum < minimum:
                raise self.fail(f"{key}.maximum", N_(
                    "Config", "In the form definition {path}, '{key}' must be at least {low}.")
                    .format(low=minimum))
        sub_fields: tuple[FieldDef, ...] = ()
        if field_type == "group":
            sub_raw: list[Any] = self.get(data, "fields", list, key)
            if not sub_raw:
                raise self.fail(f"{key}.fields", N_(
                    "Config", "In the form definition {path}, '{key}' must list at least one "
                    "entry."))
            sub_seen: set[str] = set()
            sub_fields = tuple(self.field(item, f"{key}.fields[{i}]", sub_seen, nested=True)
                               for i, item in enumerate(sub_raw))
        pattern = self.opt(data, "pattern", str, key)
        if pattern is not None:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise self.fail(f"{key}.pattern", N_(
                    "Config", "In the form definition {path}, '{key}' is not a valid regular "
                    "expression ({error}).").format(error=str(exc))) from exc
        pattern_raw = self.opt(data, "pattern_message", dict, key)
        prefill = self.opt(data, "prefill", str, key)
        if prefill is not None and prefill not in PREFILL_ATTRIBUTES:
            raise self.fail(f"{key}.prefill", N_(
                "Config", "In the form definition {path}, '{key}' must be one of: {known}.")
                .format(known=", ".join(sorted(PREFILL_ATTRIBUTES))))
        min_items = self.count(data, "min_items", key, 0)
        max_items = self.count(data, "max_items", key, 1)
        if field_type == "address":  # one German postal address, as four sub-fields
            sub_fields = ADDRESS_FIELDS
            min_items = 1 if required is not False else 0
            max_items = 1
        default = self.opt(data, "default", str, key)
        if default is not None and field_type == "yes_no" and default not in _YES_NO:
            raise self.fail(f"{key}.default", N_(
                "Config", "In the form definition {path}, '{key}' must be one of: {known}.")
                .format(known="yes, no"))
        if default is not None and field_type == "choice" and default not in values:
            raise self.fail(f"{key}.default", N_(
                "Config", "In the form definition {path}, '{key}' must be the value of one "
                "of the options."))
        return FieldDef(
            id=field_id,
            type=field_type,
            label=self.text(self.get(data, "label", dict, key), f"{key}.label"),
            required=True if required is None else required,
            max_length=DEFAULT_MAX_LENGTH if max_length is None else max_length,
            help=None if help_raw is None else self.text(help_raw, f"{key}.help"),
            options=options,
            minimum=minimum,
            maximum=maximum,
            default=default,
            past_only=bool(self.opt(data, "past_only", bool, key)),
            min_age_years=self.count(data, "min_age_years", key, 0),
            max_age_years=self.count(data, "max_age_years", key, 1),
            autocomplete=self.opt(data, "autocomplete", str, key),
            pattern=pattern,
            pattern_message=None if pattern_raw is None else self.text(
                pattern_raw, f"{key}.pattern_message"),
            visible_if=self.condition(data, "visible_if", key),
            required_if=self.condition(data, "required_if", key),
            prefill=prefill,
            max_future_days=self.count(data, "max_future_days", key, 0),
            fields=sub_fields,
            example=self.opt(data, "example", str, key),
            min_items=0 if min_items is None else min_items,
            max_items=10 if max_items is None else max_items,
        )

    def option(self, raw: Any, key: str) -> ChoiceOption:
        data = self.obj(raw, key, _OPTION_KEYS)
        value: str = self.get(data, "value", str, key)
        if not value.strip():
            raise self.fail(f"{key}.value", N_(
                "Config", "In the form definition {path}, '{key}' must be a non-empty text."))
        return ChoiceOption(value=value,
                            label=self.text(self.get(data, "label", dict, key), f"{key}.label"))


def load_form(path: Path) -> FormDef:
    """Read and check the form definition in ``path``."""
    reader = _Reader(path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise FormDefinitionError(N_(
            "Config", "The form definition {path} is not valid JSON ({error}). "
            "Fix the line named in the error.").format(path=str(path), error=str(exc)),
            path=path, key="") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise FormDefinitionError(N_(
            "Config", "The form definition {path} cannot be read ({error}). "
            "Check that it exists and is UTF-8 text.").format(path=str(path), error=str(exc)),
            path=path, key="") from exc
    return reader.form(raw)


@functools.cache
def _shipped() -> Mapping[str, FormDef]:
    forms = {}
    for path in sorted(DEFINITIONS_DIR.glob("*.json")):
        form = load_form(path)
        forms[form.id] = form
    return MappingProxyType(forms)


def shipped_forms() -> dict[str, FormDef]:
    """Every form definition in ``forms/definitions``, by id (loaded once)."""
    return dict(_shipped())
