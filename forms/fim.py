"""Import FIM XDatenfelder schemas (xdf2 and xdf3) as form definitions.

FIM (Föderales Informationsmanagement) describes the data of a service as a
*Stammdatenschema*: *Datenfeldgruppen* (groups, possibly repeated) holding
*Datenfelder* with a *Feldart* (input, select, label, hidden, locked), a
*Datentyp* (text, string_latin, date, bool, num, num_int, num_currency, file,
obj …), a *Präzisierung* (min/max length, pattern, min/max value), code lists
and rules. This module maps what the kiosk's format can express and reports
everything else field by field (``Finding``); nothing is dropped silently.

Mapping: each top-level group becomes a section (fields directly under the
schema go to a section "allgemein"); a group repeated more than once
(``anzahl`` ``0:5``) becomes a repeated ``group`` field; deeper groups are
flattened. Cardinality ``1:…`` makes a field required. *Datentyp* ``file``
becomes a ``file`` field (JPEG, PNG or PDF up to 10 MB, reported for checking);
one inside a repeated group is asked once, after the group. Code lists come from
the xdf3 ``werte`` of the field or, for xdf2/xdf3 ``codelisteReferenz``, from a
genericode file beside the schema whose canonical identification matches.
Rules (``regel``) of the shapes ``forms.fim_rules`` recognises become
``required_if``, ``visible_if`` or ``date_order`` checks once all fields are
known; every other rule is reported by its id with the reason.
FIM texts are German only; the English text is the German one, reported.

Standard library only (xml.etree); the importer never runs on the kiosk.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from forms.fim_rules import FieldTable, KnownField, RuleNotMapped, name_key
from forms.model import FORMAT_VERSION

XDF2: Final = "urn:xoev-de:fim:standard:xdatenfelder_2"
XDF3: Final = "urn:xoev-de:fim:standard:xdatenfelder_3.0.0"
MAX_NUMBER: Final = 999_999_999


@dataclass(frozen=True)
class Finding:
    """Something of the FIM schema the definition does not carry (or carries changed)."""

    fim_id: str
    name: str
    what: str


@dataclass
class ImportResult:
    definition: dict[str, Any]
    findings: list[Finding] = field(default_factory=list)
    fim_version: str = ""


class FimImportError(ValueError):
    """The file is not an XDatenfelder 2 or 3 Stammdatenschema."""


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child(node: ET.Element, name: str) -> ET.Element | None:
    return next((c for c in node if _local(c.tag) == name), None)


def _children(node: ET.Element, name: str) -> list[ET.Element]:
    return [c for c in node if _local(c.tag) == name]


def _text(node: ET.Element | None, *path: str) -> str:
    for name in path:
        if node is None:
            return ""
        node = _child(node, name)
    return (node.text or "").strip() if node is not None else ""


def _code(node: ET.Element, name: str) -> str:
    """A code value: xdf2 ``<feldart><code>input</code></feldart>``, xdf3 a ``code`` attribute."""
    element = _child(node, name)
    if element is None:
        return ""
    return (element.get("code") or _text(element, "code")).strip()


def _slug(name: str) -> str:
    slug = name_key(name)[:60]
    return slug if slug and slug[0].isalpha() else f"f_{slug}"[:60]


def _t(text: str) -> str:
    """A text of the new definition: German, as FIM gives it (translations go to the
    catalogue, assets/translations/forms_<language>.ts)."""
    return text


class _Importer:
    def __init__(self, path: Path, root: ET.Element, form_id: str) -> None:
        self.path = path
        self.root = root
        self.form_id = form_id
        self.findings: list[Finding] = []
        self.used_ids: set[str] = set()
        self.code_lists = self._genericode_files()
        self.known: list[KnownField] = []  # what rules may name, in the order met
        self.rules: list[tuple[ET.Element, str]] = []  # each rule and where it stands

    def note(self, node: ET.Element, what: str) -> None:
        self.findings.append(Finding(_text(node, "identifikation", "id"), _text(node, "name"),
                                     what))

    def know(self, node: ET.Element, field_id: str | None, why_not: str = "") -> None:
        """Record what became of a field or group, for the rules that name it."""
        self.known.append(KnownField(_text(node, "identifikation", "id"), _text(node, "name"),
                                     field_id, why_not))

    def collect_rules(self, node: ET.Element, where: str) -> None:
        name = _text(node, "name")
        place = f"{where} {_text(node, 'identifikation', 'id')} '{name}'" if name else where
        self.rules.extend((rule, place) for rule in _children(node, "regel"))

    def unique(self, name: str, used: set[str]) -> str:
        base = _slug(name)
        candidate, number = base, 2
        while candidate in used:
            candidate = f"{base[:56]}_{number}"
            number += 1
        used.add(candidate)
        return candidate

    def _genericode_files(self) -> dict[str, list[tuple[str, str]]]:
        lists: dict[str, list[tuple[str, str]]] = {}
        for candidate in self.path.parent.glob("*.xml"):
            if candidate == self.path:
                continue
            try:
                tree = ET.parse(candidate)  # noqa: S314  # a technician's own files
            except ET.ParseError:
                continue
            root = tree.getroot()
            if _local(root.tag) != "CodeList":
                continue
            # genericode qualifies only the root; children may be in no namespace.
            uri = next(((e.text or "").strip() for e in root.iter()
                        if _local(e.tag) == "CanonicalUri"), "")
            values = []
            for row in (e for e in root.iter() if _local(e.tag) == "Row"):
                cells = [_text(v, "SimpleValue") for v in row if _local(v.tag) == "Value"]
                if cells and cells[0]:
                    values.append((cells[0], cells[1] if len(cells) > 1 else cells[0]))
            if uri:
                lists[uri] = values
        return lists

    # -- the schema -----------------------------------------------------------
    def run(self) -> ImportResult:
        schema = next((c for c in self.root.iter() if _local(c.tag) == "stammdatenschema"),
                      None)
        if schema is None:
            raise FimImportError(f"{self.path.name}: no stammdatenschema element")
        title = _text(schema, "bezeichnungEingabe") or _text(schema, "name") or self.form_id
        description = _text(schema, "beschreibung") or _text(schema, "definition") or title
        self.collect_rules(schema, "the schema")
        sections: list[dict[str, Any]] = []
        loose: list[dict[str, Any]] = []
        section_ids: set[str] = set()
        for entry in self._contents(schema):
            kind = _local(entry.tag)
            if kind == "datenfeldgruppe":
                low, high = _bounds(entry.get("_anzahl", "1:1"))
                if high != 1:
                    self.note(entry, f"top-level group repeated ({low}:{high or '*'}) is asked "
                              "once, as a section")
                fields = self.group_fields(entry, top=True)
                if fields:
                    name = _text(entry, "bezeichnungEingabe") or _text(entry, "name")
                    sections.append({"id": self.unique(_text(entry, "name") or "gruppe",
                                                       section_ids),
                                     "title": _t(name), "fields": fields})
                    self.know(entry, None, f"is a group that became section "
                              f"{sections[-1]['id']}; sections have no rules")
            elif kind == "datenfeld":
                mapped = self.datenfeld(entry, required_default=True)
                loose.extend(mapped)
        if loose:
            sections.insert(0, {"id": self.unique("allgemein", section_ids),
                                "title": "Allgemeine Angaben",
                                "fields": loose})
        if not sections:
            raise FimImportError(f"{self.path.name}: the schema has no field the kiosk can ask")
        checks = self.map_rules(sections)
        version = _text(schema, "identifikation", "version") or "1"
        major = re.match(r"\d+", version)
        legal = _text(schema, "bezug") or "Nicht angegeben (FIM-Import)"
        self.findings.append(Finding(_text(schema, "identifikation", "id"), title,
                                     "texts are German only; English copied from German"))
        self.findings.append(Finding(_text(schema, "identifikation", "id"), title,
                                     "FIM has no fee: set to 0 EUR, please check"))
        definition = {
            "$schema": "../schema/form.schema.json", "format": FORMAT_VERSION, "id": self.form_id,
            "version": max(1, int(major.group())) if major else 1,
            "title": _t(title), "description": _t(description),
            "fee": {"amount_cents": 0, "currency": "EUR", "legal_basis": _t(legal)},
            "sections": sections,
            **({"checks": checks} if checks else {}),
            "outputs": {"pdf": {"layout": "table"},
                        "submission_service": "fim:" + _text(schema, "identifikation", "id")},
        }
        return ImportResult(definition, self.findings, version)

    def _contents(self, node: ET.Element) -> list[ET.Element]:
        """The groups and fields a schema or group contains, in order."""
        found = []
        for struktur in _children(node, "struktur"):
            for enthaelt in _children(struktur, "enthaelt"):
                for item in enthaelt:
                    if _local(item.tag) in ("datenfeldgruppe", "datenfeld"):
                        item.set("_anzahl", _text(struktur, "anzahl"))
                        found.append(item)
        return found

    def group_fields(self, group: ET.Element, *, top: bool) -> list[dict[str, Any]]:
        self.collect_rules(group, "group")
        fields: list[dict[str, Any]] = []
        for entry in self._contents(group):
            low, high = _bounds(entry.get("_anzahl", "1:1"))
            if _local(entry.tag) == "datenfeld":
                fields.extend(self.datenfeld(entry, required_default=low >= 1))
                continue
            if high is None or high > 1:
                sub = self.group_fields(entry, top=False)
                files = [f for f in sub if f["type"] == "file"]
                plain = [f for f in sub if f["type"] not in ("group", "file")]
                if len(plain) + len(files) != len(sub):
                    self.note(entry, "repeated group inside a repeated group: flattened")
                if files:
                    self.note(entry, "file field in a repeated group (" + ", ".join(
                        f["id"] for f in files) + "): asked once, after the group")
                name = _text(entry, "bezeichnungEingabe") or _text(entry, "name")
                fields.append({"id": self.unique(_text(entry, "name"), self.used_ids),
                               "type": "group", "label": _t(name), "required": low >= 1,
                               "min_items": low, "max_items": min(high or 20, 20),
                               "fields": plain})
                self.know(entry, fields[-1]["id"])
                fields.extend(files)
                if high is None or high > 20:
                    self.note(entry, "more than 20 repetitions allowed in FIM; kiosk takes 20")
            else:
                fields.extend(self.group_fields(entry, top=False))
                self.know(entry, None, "is a group whose fields were flattened into their "
                          "section; rules on such a group are not mapped")
                if low == 0:
                    self.note(entry, "optional group flattened; its fields keep their own "
                              "cardinality")
        return fields

    def datenfeld(self, node: ET.Element, *, required_default: bool) -> list[dict[str, Any]]:
        low, _high = _bounds(node.get("_anzahl", "1:1"))
        required = required_default and low >= 1
        feldart = _code(node, "feldart") or "input"
        datentyp = _code(node, "datentyp") or "text"
        label = _text(node, "bezeichnungEingabe") or _text(node, "name")
        self.collect_rules(node, "field")
        if feldart in ("label", "hidden", "locked"):
            self.note(node, f"Feldart '{feldart}' has no input at the kiosk: not imported")
            self.know(node, None, f"is not imported (Feldart '{feldart}')")
            return []
        if datentyp == "obj":
            self.note(node, "Datentyp 'obj' (object) not offered at the kiosk: not imported")
            self.know(node, None, "is not imported (Datentyp 'obj')")
            return []
        result: dict[str, Any] = {"id": self.unique(_text(node, "name") or label, self.used_ids),
                                  "label": _t(label), "required": required}
        self.know(node, result["id"])
        help_text = _text(node, "hilfetextEingabe") or _text(node, "hilfetext")
        if help_text:
            result["help"] = _t(help_text)
        if datentyp == "file":  # an upload: a document from the terminal's scan inbox
            result["type"] = "file"
            limits = ", ".join(f"{k}={v}" for k, v in sorted(self._precision(node).items()))
            self.note(node, "Datentyp 'file': takes JPEG, PNG or PDF up to 10 MB (the kiosk's "
                      "default), please check" + (f"; Präzisierung not mapped: {limits}"
                                                  if limits else ""))
            return [result]
        precision = self._precision(node)
        options = self._options(node)
        if feldart == "select" or options:
            if not options:
                self.note(node, "code list not found beside the schema: imported as text")
                result["type"] = "text"
            else:
                result["type"] = "choice"
                result["options"] = [{"value": code, "label": _t(name)}
                                     for code, name in options]
                return [result]
        mapping = {"text": "text", "string_latin": "latin_text", "date": "date",
                   "bool": "yes_no", "num": "number", "num_int": "integer",
                   "num_currency": "currency"}
        kind = mapping.get(datentyp)
        if kind is None:
            self.note(node, f"Datentyp '{datentyp}' unknown to the kiosk: imported as text")
            kind = "text"
        result["type"] = kind
        if kind in ("text", "latin_text"):
            if "maxLength" in precision:
                result["max_length"] = int(precision["maxLength"])
            if "minLength" in precision and int(precision["minLength"]) > 1:
                self.note(node, f"minLength {precision['minLength']} not mapped")
            if "pattern" in precision:
                try:
                    re.compile(precision["pattern"])
                    result["pattern"] = precision["pattern"]
                    result["pattern_message"] = "Bitte prüfen Sie das Format dieser Angabe."
                except re.error:
                    self.note(node, "pattern is not a valid regular expression: not mapped")
        elif kind in ("integer", "number", "currency"):
            low_value = _number(precision.get("minValue"))
            high_value = _number(precision.get("maxValue"))
            if kind == "integer":
                result["minimum"] = 0 if low_value is None else low_value
                result["maximum"] = MAX_NUMBER if high_value is None else high_value
            else:
                if low_value is not None:
                    result["minimum"] = low_value
                if high_value is not None:
                    result["maximum"] = high_value
        elif kind == "date":
            result["past_only"] = False
        return [result]

    def _precision(self, node: ET.Element) -> dict[str, str]:
        element = _child(node, "praezisierung")
        if element is None:
            return {}
        values = {k: v for k, v in element.attrib.items() if not k.startswith("_")}
        text = (element.text or "").strip()
        if text.startswith("{"):  # xdf2 writes JSON: {"minLength":"1","maxLength":"60"}
            import json

            try:
                raw = json.loads(text)
                values.update({str(k): str(v) for k, v in raw.items()})
            except json.JSONDecodeError:
                self.note(node, "Präzisierung is not readable JSON: not mapped")
        return values

    def _options(self, node: ET.Element) -> list[tuple[str, str]]:
        werte = _child(node, "werte")
        if werte is not None:
            return [(_text(w, "code"), _text(w, "name") or _text(w, "code"))
                    for w in _children(werte, "wert") if _text(w, "code")]
        reference = _child(node, "codelisteReferenz")
        if reference is None:
            return []
        uri = (_text(reference, "genericode", "canonicalIdentification")
               or _text(reference, "canonicalIdentification")
               or _text(reference, "canonicalUri"))
        return self.code_lists.get(uri, [])

    # -- the rules, once every field has its id ------------------------------
    def map_rules(self, sections: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Map the rules onto ``sections``' fields; the date order checks; report the rest."""
        table = FieldTable(self.known, sections)
        checks: list[dict[str, Any]] = []
        for rule, where in self.rules:
            rule_id = _text(rule, "identifikation", "id")
            name = _text(rule, "name")
            script = _text(rule, "skript") or _text(rule, "script")
            free_text = _text(rule, "freitextRegel") or _text(rule, "definition")
            try:
                if not (script or free_text):
                    raise RuleNotMapped("it has neither a script nor a free text")
                table.apply(script or free_text, check_id=_slug(rule_id or name or "regel"),
                            message=_text(rule, "beschreibung") or name, checks=checks)
            except RuleNotMapped as exc:
                why = str(exc) if script else f"no script, and its free text read as one: {exc}"
                quoted = " ".join((script or free_text).split())
                self.findings.append(Finding(rule_id, name, f"rule on {where} not mapped: {why}"
                                             + (f" ('{quoted[:120]}')" if quoted else "")))
        return checks


def _bounds(raw: str) -> tuple[int, int | None]:
    match = re.fullmatch(r"(\d+):(\d+|\*)", raw.strip())
    if match is None:
        return 1, 1
    return int(match.group(1)), None if match.group(2) == "*" else int(match.group(2))


def _number(raw: str | None) -> int | None:
    if raw is None or not re.fullmatch(r"-?\d+(?:[.,]0+)?", raw.strip()):
        return None
    return int(raw.strip().replace(",", ".").split(".")[0])


def import_fim(path: Path, form_id: str) -> ImportResult:
    """Map the XDatenfelder file ``path`` to a definition with id ``form_id``."""
    try:
        root = ET.parse(path).getroot()  # noqa: S314  # a technician's own file
    except (ET.ParseError, OSError) as exc:
        raise FimImportError(f"{path.name}: {exc}") from exc
    namespace = root.tag[1:].split("}")[0] if root.tag.startswith("{") else ""
    if namespace not in (XDF2, XDF3):
        raise FimImportError(f"{path.name}: not XDatenfelder 2 or 3 (namespace "
                             f"'{namespace or 'none'}')")
    return _Importer(path, root, form_id).run()
