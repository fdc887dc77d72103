"""Reading form definitions: every failure names the file and the key path.

Split from ``forms.model`` (the dataclasses) so that module stays small; callers
use ``forms.model.load_form`` / ``shipped_forms``.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final

from forms.files import IMAGE_TYPES, MAX_FILE_BYTES, MEDIA_TYPES, MIN_FILE_BYTES
from forms.model import (
    _ID_RE,
    ADDRESS_FIELDS,
    CHECK_TYPES,
    CONTEXT_PREFIX,
    DEFAULT_MAX_LENGTH,
    DEFINITIONS_DIR,
    FIELD_TYPES,
    FORMAT_VERSION,
    MAX_GROUP_DEPTH,
    PREFILL_ATTRIBUTES,
    YES_NO_VALUES,
    ChoiceOption,
    Condition,
    CrossCheck,
    FieldDef,
    FimStep,
    FormDef,
    FormDefinitionError,
    SectionDef,
    SepaMandate,
)
from kiosk.base.i18n import N_, Message

_FORM_KEYS: Final = {"$schema", "format", "id", "version", "title", "description", "summary",
                     "fee", "sections", "checks", "outputs"}
_FEE_KEYS: Final = {"amount_cents", "currency", "legal_basis", "exemptions", "sepa_mandate"}
_SEPA_KEYS: Final = {"creditor_name", "creditor_id", "text", "iban_field"}
# ISO 13616 country, check digits, creditor business code, national identifier (EPC262-08).
_CREDITOR_ID: Final = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{3}[A-Z0-9]{1,28}")
_SECTION_KEYS: Final = {"id", "title", "fields", "fim_id"}
_FIELD_KEYS: Final = {"id", "type", "label", "required", "max_length", "help", "autocomplete",
                      "pattern", "pattern_message", "visible_if", "required_if", "prefill",
                      "example", "fim_id", "fim_path"}
_CONDITION_KEYS: Final = {"field", "equals", "any_of", "is_set"}
_CHECK_KEYS: Final = {
    "date_order": {"id", "type", "earlier", "later", "message"},
    "number_order": {"id", "type", "lower", "upper", "message"},
    "at_least_one": {"id", "type", "fields", "message"},
    "at_most_one": {"id", "type", "fields", "message"},
}
_OUTPUT_KEYS: Final = {"pdf", "submission_service", "leika"}
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
    "file": frozenset({"accept", "max_bytes", "photo"}),
})
# Common keys a file field has no use for (its answer is a file, not text).
_NOT_FOR_FILES: Final = frozenset({"max_length", "pattern", "pattern_message", "prefill",
                                   "autocomplete", "example"})
_OPTION_KEYS: Final = {"value", "label"}
_JSON_TYPE_NAMES: Final[Mapping[type, str]] = MappingProxyType({
    str: "string", int: "integer", bool: "boolean", dict: "object", list: "array",
})


class _Reader:
    """Checks one definition file; every failure names the file and key path."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.context = CONTEXT_PREFIX + path.stem  # the catalogue context of the form's texts

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

    def present(self, data: dict[str, Any], name: str, key: str) -> str:
        """The full key of ``name``, which ``data`` must have."""
        full = f"{key}.{name}" if key else name
        if name not in data:
            raise self.fail(full, N_(
                "Config", "In the form definition {path}, '{key}' is missing. Add it."))
        return full

    def get(self, data: dict[str, Any], name: str, kind: type, key: str) -> Any:
        full = self.present(data, name, key)
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

    def text_at(self, data: dict[str, Any], name: str, key: str, ident: str) -> Message:
        """The required text ``name`` of ``data`` (see :meth:`text`)."""
        full = self.present(data, name, key)
        return self.text(data[name], full, ident)

    def text(self, value: Any, key: str, ident: str) -> Message:
        """A German text; ``ident`` is its stable id in the catalogue (a key path by ids)."""
        if isinstance(value, dict):
            raise self.fail(key, N_(
                "Config", "In the form definition {path}, '{key}' must be the German text "
                "alone (format 2); the translations belong in assets/translations/forms_*.ts. "
                "Run packaging/update-translations.sh."))
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, N_(
                "Config", "In the form definition {path}, '{key}' must be a non-empty text."))
        return Message(self.context, value, disambiguation=ident)

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
        exemptions = tuple(self.option(item, f"fee.exemptions[{i}]", "fee.exemptions")
                           for i, item in enumerate(self.opt(fee, "exemptions", list, "fee") or []))
        outputs = self.obj(self.opt(data, "outputs", dict, "") or {}, "outputs", _OUTPUT_KEYS)
        pdf = self.obj(self.opt(outputs, "pdf", dict, "outputs") or {}, "outputs.pdf", _PDF_KEYS)
        hints = {name: self.get(pdf, name, str, "outputs.pdf") for name in pdf}
        form = FormDef(
            id=form_id,
            version=version,
            title=self.text_at(data, "title", "", "title"),
            description=self.text_at(data, "description", "", "description"),
            summary=self.text_at(data, "summary", "", "summary") if "summary" in data else None,
            fee_cents=self.amount(fee),
            fee_currency=currency,
            fee_legal_basis=self.text_at(fee, "legal_basis", "fee", "fee.legal_basis"),
            sections=sections,
            fee_exemptions=exemptions,
            checks=tuple(self.check(item, f"checks[{i}]") for i, item in
                         enumerate(self.opt(data, "checks", list, "") or [])),
            submission_service=self.opt(outputs, "submission_service", str, "outputs"),
            leika=self.opt(outputs, "leika", str, "outputs"),
            pdf_hints=MappingProxyType(hints),
            sepa_mandate=self.sepa(fee),
        )
        self.references(form, sections_raw)
        return form

    def sepa(self, fee: dict[str, Any]) -> SepaMandate | None:
        if "sepa_mandate" not in fee:
            return None
        key = "fee.sepa_mandate"
        data = self.obj(self.get(fee, "sepa_mandate", dict, "fee"), key, _SEPA_KEYS)
        creditor_id: str = self.get(data, "creditor_id", str, key)
        if not _CREDITOR_ID.fullmatch(creditor_id):
            raise self.fail(f"{key}.creditor_id", N_(
                "Config", "In the form definition {path}, '{key}' must be a SEPA creditor "
                "identifier such as DE98ZZZ09999999999."))
        return SepaMandate(
            creditor_name=self.text_at(data, "creditor_name", key, f"{key}.creditor_name"),
            creditor_id=creditor_id,
            text=self.text_at(data, "text", key, f"{key}.text"),
            iban_field=self.get(data, "iban_field", str, key))

    def references(self, form: FormDef, sections_raw: list[Any]) -> None:
        """Conditions and checks must name fields of this form (dates, for checks)."""
        types = {f.id: f.type for f in form.all_fields()}
        if form.sepa_mandate is not None and types.get(form.sepa_mandate.iban_field) != "iban":
            raise self.fail("fee.sepa_mandate.iban_field", N_(
                "Config", "In the form definition {path}, '{key}' must name a field of type "
                "iban of this form."))
        for s_index, section in enumerate(form.sections):
            for f_index, field in enumerate(section.fields):
                for name in ("visible_if", "required_if"):
                    condition: Condition | None = getattr(field, name)
                    if condition is not None and condition.field not in types:
                        raise self.fail(
                            f"sections[{s_index}].fields[{f_index}].{name}.field", N_(
                                "Config", "In the form definition {path}, '{key}' must name "
                                "a field of this form."))
                # A rule inside a repeated group holds per entry: it names another of
                # the group's sub-fields.
                self.entry_rules(field, f"sections[{s_index}].fields[{f_index}]")
        top = {f.id for section in form.sections for f in section.fields}
        for index, check in enumerate(form.checks):
            if check.type in ("at_least_one", "at_most_one"):
                for i_field, name in enumerate(check.fields):
                    if name not in top or check.fields.index(name) != i_field:
                        raise self.fail(f"checks[{index}].fields[{i_field}]", N_(
                            "Config", "In the form definition {path}, '{key}' must name "
                            "a field of this form."))
                continue
            wanted = ("date",) if check.type == "date_order" else \
                ("integer", "number", "currency")
            keys = ("earlier", "later") if check.type == "date_order" else ("lower", "upper")
            for name, shown in zip(("earlier", "later"), keys, strict=True):
                if types.get(getattr(check, name)) not in wanted:
                    raise self.fail(f"checks[{index}].{shown}", N_(
                        "Config", "In the form definition {path}, '{key}' must name a date "
                        "field of this form.") if check.type == "date_order" else N_(
                        "Config", "In the form definition {path}, '{key}' must name a "
                        "number field of this form."))

    def entry_rules(self, group: FieldDef, key: str) -> None:
        """The rules of a group's sub-fields (and of a group inside it) name siblings."""
        if group.type != "group":
            return
        subs = {sub.id for sub in group.fields}
        for index, sub in enumerate(group.fields):
            for name in ("visible_if", "required_if"):
                condition = getattr(sub, name)
                if condition is not None and (condition.field not in subs
                                              or condition.field == sub.id):
                    raise self.fail(f"{key}.fields[{index}].{name}.field", N_(
                        "Config", "In the form definition {path}, '{key}' must name another "
                        "field of the same group."))
            self.entry_rules(sub, f"{key}.fields[{index}]")

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
        pre = self.typed(raw, dict, key)
        kind = self.get(pre, "type", str, key)
        if kind not in CHECK_TYPES:
            raise self.fail(f"{key}.type", N_(
                "Config", "In the form definition {path}, '{key}' names an unknown field type. "
                "Known types: {known}.").format(known=", ".join(CHECK_TYPES)))
        data = self.obj(pre, key, _CHECK_KEYS[kind])
        check_id = self.ident(data, key, set())
        message = self.text_at(data, "message", key, f"checks.{check_id}.message")
        if kind in ("at_least_one", "at_most_one"):
            names: list[Any] = self.get(data, "fields", list, key)
            if len(names) < 2:
                raise self.fail(f"{key}.fields", N_(
                    "Config", "In the form definition {path}, '{key}' must list at least "
                    "two fields."))
            fields = tuple(self.typed(v, str, f"{key}.fields[{i}]") for i, v in enumerate(names))
            return CrossCheck(check_id, "", "", message, type=kind, fields=fields)
        first, second = ("earlier", "later") if kind == "date_order" else ("lower", "upper")
        return CrossCheck(check_id, self.get(data, first, str, key),
                          self.get(data, second, str, key), message, type=kind)

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
            title=self.text_at(data, "title", key, f"sections.{section_id}.title"),
            fields=tuple(self.field(item, f"{key}.fields[{i}]", seen_fields)
                         for i, item in enumerate(fields_raw)),
            fim_id=self.opt(data, "fim_id", str, key),
        )

    def field(self, raw: Any, key: str, seen: set[str], *, parent: str = "") -> FieldDef:
        nested = bool(parent)
        pre = self.typed(raw, dict, key)
        field_type: str = self.get(pre, "type", str, key)
        if field_type not in FIELD_TYPES:
            raise self.fail(f"{key}.type", N_(
                "Config", "In the form definition {path}, '{key}' names an unknown field type. "
                "Known types: {known}.").format(known=", ".join(sorted(FIELD_TYPES))))
        # Groups hold groups as deep as FIM nests them (``parent``: fields.<id>.<id>…).
        if field_type == "group" and parent.count(".") >= MAX_GROUP_DEPTH:
            raise self.fail(f"{key}.type", N_(
                "Config", "In the form definition {path}, '{key}' must be one of: {known}.")
                .format(known=", ".join(sorted(FIELD_TYPES - {"group"}))))
        if nested and field_type == "file":
            raise self.fail(f"{key}.type", N_(
                "Config", "In the form definition {path}, '{key}': a file field cannot be part "
                "of a repeated group. Ask for the file in a field of its own."))
        common = _FIELD_KEYS - _NOT_FOR_FILES if field_type == "file" else _FIELD_KEYS
        data = self.obj(pre, key, common | _TYPE_KEYS[field_type])
        field_id = self.ident(data, key, seen)
        ident = f"{parent or 'fields'}.{field_id}"  # the texts' stable ids: fields.<id>.label
        required = self.opt(data, "required", bool, key)
        max_length = self.count(data, "max_length", key, 1)
        help_raw = data.get("help")
        options = tuple(self.option(item, f"{key}.options[{i}]", f"{ident}.options")
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
            sub_fields = tuple(self.field(item, f"{key}.fields[{i}]", sub_seen, parent=ident)
                               for i, item in enumerate(sub_raw))
        pattern = self.opt(data, "pattern", str, key)
        if pattern is not None:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise self.fail(f"{key}.pattern", N_(
                    "Config", "In the form definition {path}, '{key}' is not a valid regular "
                    "expression ({error}).").format(error=str(exc))) from exc
        pattern_raw = data.get("pattern_message")
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
        if default is not None and field_type == "yes_no" and default not in YES_NO_VALUES:
            raise self.fail(f"{key}.default", N_(
                "Config", "In the form definition {path}, '{key}' must be one of: {known}.")
                .format(known="yes, no"))
        if default is not None and field_type == "choice" and default not in values:
            raise self.fail(f"{key}.default", N_(
                "Config", "In the form definition {path}, '{key}' must be the value of one "
                "of the options."))
        accept, limit, photo = self.file_options(data, key)
        return FieldDef(
            id=field_id,
            type=field_type,
            label=self.text_at(data, "label", key, f"{ident}.label"),
            required=True if required is None else required,
            max_length=DEFAULT_MAX_LENGTH if max_length is None else max_length,
            help=None if help_raw is None else self.text(help_raw, f"{key}.help",
                                                         f"{ident}.help"),
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
                pattern_raw, f"{key}.pattern_message", f"{ident}.pattern_message"),
            visible_if=self.condition(data, "visible_if", key),
            required_if=self.condition(data, "required_if", key),
            prefill=prefill,
            max_future_days=self.count(data, "max_future_days", key, 0),
            fields=sub_fields,
            example=self.opt(data, "example", str, key),
            min_items=0 if min_items is None else min_items,
            max_items=10 if max_items is None else max_items,
            accept=accept,
            max_bytes=limit,
            photo=photo,
            fim_id=self.opt(data, "fim_id", str, key),
            fim_path=self.fim_path(data, key),
        )

    def fim_path(self, data: dict[str, Any], key: str) -> tuple[FimStep, ...]:
        raw: list[Any] = self.opt(data, "fim_path", list, key) or []
        steps = []
        for index, item in enumerate(raw):
            where = f"{key}.fim_path[{index}]"
            step = self.obj(self.typed(item, dict, where), where, {"fim_id", "anzahl"})
            steps.append(FimStep(self.get(step, "fim_id", str, where),
                                 self.get(step, "anzahl", str, where)))
        return tuple(steps)

    def file_options(self, data: dict[str, Any],
                     key: str) -> tuple[tuple[str, ...], int | None, bool]:
        """A file field's ``accept`` (media types), ``max_bytes`` and ``photo``."""
        raw: list[Any] = self.opt(data, "accept", list, key) or []
        accept = tuple(self.typed(v, str, f"{key}.accept[{i}]") for i, v in enumerate(raw))
        for index, media_type in enumerate(accept):
            if media_type not in MEDIA_TYPES or media_type in accept[:index]:
                raise self.fail(f"{key}.accept[{index}]", N_(
                    "Config", "In the form definition {path}, '{key}' must be one of: {known}, "
                    "each at most once.").format(known=", ".join(MEDIA_TYPES)))
        if "accept" in data and not accept:
            raise self.fail(f"{key}.accept", N_(
                "Config", "In the form definition {path}, '{key}' must list at least one entry."))
        limit = self.count(data, "max_bytes", key, MIN_FILE_BYTES)
        if limit is not None and limit > MAX_FILE_BYTES:
            raise self.fail(f"{key}.max_bytes", N_(
                "Config", "In the form definition {path}, '{key}' must be at most {high}.")
                .format(high=MAX_FILE_BYTES))
        photo = bool(self.opt(data, "photo", bool, key))
        if photo and any(t not in IMAGE_TYPES for t in accept):
            raise self.fail(f"{key}.accept", N_(
                "Config", "In the form definition {path}, '{key}' may list only images "
                "(image/jpeg, image/png) for a photo."))
        return accept, limit, photo

    def option(self, raw: Any, key: str, parent: str) -> ChoiceOption:
        data = self.obj(raw, key, _OPTION_KEYS)
        value: str = self.get(data, "value", str, key)
        if not value.strip():
            raise self.fail(f"{key}.value", N_(
                "Config", "In the form definition {path}, '{key}' must be a non-empty text."))
        return ChoiceOption(value=value,
                            label=self.text_at(data, "label", key, f"{parent}.{value}.label"))


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
