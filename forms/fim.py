"""Import FIM XDatenfelder schemas (xdf2 and xdf3) as form definitions.

FIM (Föderales Informationsmanagement) describes the data of a service as a
*Stammdatenschema*: *Datenfeldgruppen* (groups) holding *Datenfelder*, each
placed with an ``anzahl`` (``1:1``, ``0:1``, ``0:*``, ``2:5`` …). xdf3 also
publishes a single group (``xdatenfelder.datenfeldgruppe.0103``) or field
(``xdatenfelder.datenfeld.0104``) as a message of its own; both are imported as a
form of one section. This module keeps what the kiosk's format can express and
reports everything else (``Finding``); nothing is changed silently.

Structure: each top-level group becomes a section (fields directly under the
schema go to a section "allgemein"). A group that is optional (``0:1``) or
repeats becomes a ``group`` field (``min_items``/``max_items`` as published, at
most 20), whose sub-fields keep their own cardinality; a top-level one is that
group inside its section. A ``1:1`` group inside is flattened into where it
stands (exact: it is always there). An optional or repeated group inside a group
field is a group field there, at any depth FIM uses (``forms.model.MAX_GROUP_DEPTH``
group fields holding one another), so a repeated group three levels down repeats.
Only beyond that depth is a group flattened, asked once, the first of its required
fields optional and the others required once it is answered — each reported by name;
each field keeps the flattened groups above it in ``fim_path``, and the application's
data the nesting (``forms.fim_data``).
A file cannot be part of a group: it is asked after it. Fields: ``forms.fim_fields``; code lists:
``forms.fim_codelists``; rules: ``forms.fim_rules`` and ``forms.fim_checks``
(scripts), ``forms.fim_freetext`` (the common German free-text shapes), once every
field has its id; every other rule is reported with its text. Every section and
field carries its FIM id (``fim_id``), and so does the application's data
(``fim_ids``).

The schema's *bezug* (its legal basis) is not the fee's: the fee is 0 EUR with
the legal basis "bitte ergänzen", both reported for the author. FIM texts are
German only; the English text is the German one, reported.

Standard library only (xml.etree); the importer never runs on the kiosk.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from forms.fim_checks import apply_rule
from forms.fim_fields import (
    MAX_REPEAT,
    UNLIMITED_TEXT,
    FieldMapper,
    Finding,
    bounds,
    children,
    fim_id,
    local,
    slug,
    text,
)
from forms.fim_freetext import free_text_rule
from forms.fim_rules import FieldTable, RuleNotMapped
from forms.model import FORMAT_VERSION, MAX_GROUP_DEPTH

XDF2: Final = "urn:xoev-de:fim:standard:xdatenfelder_2"
XDF3: Final = "urn:xoev-de:fim:standard:xdatenfelder_3.0.0"
FEE_BASIS_PLACEHOLDER: Final = "Bitte ergänzen: Rechtsgrundlage der Gebühr"
# An xdf2 rule script with nothing in it, as FIM editors export it.
_EMPTY_SCRIPT: Final = re.compile(r"\s*(function\s+\w*\s*\(\s*\)\s*\{\s*\}\s*;?)?\s*")
_MESSAGES: Final = {"stammdatenschema", "datenfeldgruppe", "datenfeld"}
# How many group fields may hold one another: a section's group, and groups in it.
_DEPTH: Final = MAX_GROUP_DEPTH
# What the report says of a flattened group: where its structure is kept.
_KEPT: Final = ("the group stays in each field's fim_path, and the application's data "
                "carries the FIM structure (fim_data)")

__all__ = ["XDF2", "XDF3", "FimImportError", "Finding", "ImportResult", "import_fim"]


@dataclass
class ImportResult:
    definition: dict[str, Any]
    findings: list[Finding] = field(default_factory=list)
    fim_version: str = ""


class FimImportError(ValueError):
    """The file is not an XDatenfelder 2 or 3 message the importer reads."""


def _contents(node: ET.Element) -> list[tuple[ET.Element, int, int | None]]:
    """The groups and fields a schema or group contains, in order, with their ``anzahl``."""
    found: list[tuple[ET.Element, int, int | None]] = []
    for struktur in children(node, "struktur"):
        low, high = bounds(text(struktur, "anzahl"))
        for enthaelt in children(struktur, "enthaelt"):
            found.extend((item, low, high) for item in enthaelt
                         if local(item.tag) in ("datenfeldgruppe", "datenfeld"))
    return found


def _under(fields: list[dict[str, Any]], entry: ET.Element, low: int,
           high: int | None) -> list[dict[str, Any]]:
    """``fields`` flattened out of the group ``entry``: the group goes first in their
    ``fim_path``, so the data the case system receives keeps the FIM structure."""
    step = {"fim_id": fim_id(entry), "anzahl": f"{low}:{high or '*'}"}
    for item in fields:
        item["fim_path"] = [step, *item.get("fim_path", [])]
    return fields


def _script(rule: ET.Element) -> str:
    """A rule's script as written (line breaks end ``//`` comments); "" for the empty stub."""
    element = next((c for c in rule if local(c.tag) in ("skript", "script")
                    and (c.text or "").strip()), None)
    script = (element.text or "").strip() if element is not None else ""
    return "" if _EMPTY_SCRIPT.fullmatch(script) else script


def _label(node: ET.Element) -> str:
    """What the citizen reads: xdf2 ``bezeichnungEingabe``, an xdf3 schema ``bezeichnung``."""
    return text(node, "bezeichnungEingabe") or text(node, "bezeichnung") or text(node, "name")


class _Importer(FieldMapper):
    def __post_init__(self) -> None:
        super().__post_init__()
        # Files asked after their group: (field, required within it, the group's element).
        self.lifted: list[tuple[dict[str, Any], bool, ET.Element]] = []
        self.group_fields: list[dict[str, Any]] = []

    # -- the message ----------------------------------------------------------
    def run(self, path: Path, root: ET.Element, form_id: str) -> ImportResult:
        message = next((c for c in root if local(c.tag) in _MESSAGES), None)
        if message is None:
            raise FimImportError(f"{path.name}: no stammdatenschema, datenfeldgruppe or "
                                 "datenfeld element")
        kind = local(message.tag)
        title = _label(message) or form_id
        self.collect_rules(message, "the schema" if kind == "stammdatenschema" else "group")
        section_ids: set[str] = set()
        if kind == "stammdatenschema":
            sections = self.schema_sections(message, section_ids)
        else:
            self.findings.append(Finding(fim_id(message), title, f"a {kind} message: imported "
                                         "as a form of one section"))
            entries = [(message, 1, 1)] if kind == "datenfeld" else _contents(message)
            fields = self.members(entries, in_group=False)
            if kind == "datenfeldgruppe":
                self.know(message, None, "is the message's group, which became the form")
            sections = [{"id": self.unique(text(message, "name") or "gruppe", section_ids),
                         "title": title, "fim_id": fim_id(message), "fields": fields}]
        sections = [s for s in sections if s["fields"]]
        if not sections:
            raise FimImportError(f"{path.name}: the schema has no field the kiosk can ask")
        checks = self.map_rules(sections)
        self.lifted_conditions()
        version = text(message, "identifikation", "version") or "1"
        major = re.match(r"\d+", version)
        schema_id = text(message, "identifikation", "id")
        self.report_schema(message, title)
        definition = {
            "$schema": "../schema/form.schema.json", "format": FORMAT_VERSION, "id": form_id,
            "version": max(1, int(major.group())) if major else 1,
            "title": title,
            "description": text(message, "beschreibung") or text(message, "definition")
            or title,
            "fee": {"amount_cents": 0, "currency": "EUR", "legal_basis": FEE_BASIS_PLACEHOLDER},
            "sections": sections,
            **({"checks": checks} if checks else {}),
            "outputs": {"pdf": {"layout": "table"}, "submission_service": "fim:" + schema_id},
        }
        return ImportResult(definition, self.findings, version)

    def report_schema(self, message: ET.Element, title: str) -> None:
        ident = fim_id(message)
        if self.unlimited:
            self.findings.append(Finding(ident, title, f"{len(self.unlimited)} text fields "
                                         "have no published maximum length; each takes up to "
                                         f"{UNLIMITED_TEXT} characters: "
                                         + ", ".join(self.unlimited)))
        bezug = "; ".join(" ".join((b.text or "").split()) for b in children(message, "bezug")
                          if (b.text or "").strip())
        if bezug:
            self.findings.append(Finding(ident, title, f"legal basis of the schema ('{bezug}') "
                                         "is not the fee's: not printed as the fee's basis"))
        self.findings.append(Finding(ident, title, "texts are German only; English copied "
                                     "from German"))
        self.findings.append(Finding(ident, title, "FIM has no fee: set to 0 EUR with the legal "
                                     "basis to fill in, please check"))

    def schema_sections(self, schema: ET.Element,
                        section_ids: set[str]) -> list[dict[str, Any]]:
        """A section per top-level group; fields between groups form sections of their own
        ("Allgemeine Angaben"), where they stand."""
        sections: list[dict[str, Any]] = []
        loose: list[dict[str, Any]] = []

        def flush() -> None:
            if loose:
                sections.append({"id": self.unique("allgemein", section_ids),
                                 "title": "Allgemeine Angaben", "fields": list(loose)})
                loose.clear()

        for entry, low, high in _contents(schema):
            if local(entry.tag) == "datenfeld":
                loose.extend(self.datenfeld(entry, low, high, in_group=False))
                continue
            flush()
            section_id = self.unique(text(entry, "name") or "gruppe", section_ids)
            if low == 1 and high == 1:
                scope = self.collect_rules(entry, "group", scoped=True)
                fields = self.members(_contents(entry), in_group=False)
                self.know(entry, None, f"is a group that became section {section_id}; "
                          "sections have no rules")
                self.close(scope)
            else:
                fields = self.group_field(entry, low, high)
            sections.append({"id": section_id, "title": _label(entry),
                             "fim_id": fim_id(entry), "fields": fields})
        flush()
        return sections

    # -- groups -----------------------------------------------------------------
    def members(self, entries: Sequence[tuple[ET.Element, int, int | None]], *,
                in_group: bool, depth: int = 0) -> list[dict[str, Any]]:
        """The fields of a section or group field, from its ``entries``; ``depth``: how
        many group fields hold them (up to ``_DEPTH``; deeper is flattened)."""
        fields: list[dict[str, Any]] = []
        for entry, low, high in entries:
            if local(entry.tag) == "datenfeld":
                self.room = depth < _DEPTH  # a repeated field may become a group here
                fields.extend(self.datenfeld(entry, low, high, in_group=in_group))
            elif low == 1 and high == 1:
                scope = self.collect_rules(entry, "group", scoped=True)
                fields.extend(_under(self.members(_contents(entry), in_group=in_group,
                                                  depth=depth), entry, low, high))
                self.know(entry, None, "is a group whose fields were flattened into where it "
                          "stands; rules on such a group are not mapped")
                self.close(scope)
                self.note(entry, "group (1:1) flattened into where it stands: its fields are "
                          f"always asked there and keep their FIM ids; {_KEPT}")
            elif depth < _DEPTH:
                fields.extend(self.group_field(entry, low, high, depth=depth))
            else:
                fields.extend(self.flattened(entry, low, high))
        return fields

    def group_field(self, entry: ET.Element, low: int, high: int | None, *,
                    depth: int = 0) -> list[dict[str, Any]]:
        """An optional or repeated group as a ``group`` field (inside ``depth`` group
        fields), and the files after it (after the outermost group)."""
        scope = self.collect_rules(entry, "group", scoped=True)
        sub = self.members(_contents(entry), in_group=True, depth=depth + 1)
        files = [f for f in sub if f["type"] == "file"]
        plain = [f for f in sub if f["type"] != "file"]
        shown = f"{low}:{high or '*'}"
        _under(files, entry, low, high)
        for item in files if depth == 0 else ():  # the outermost group asks them after it
            self.lifted.append((item, item["required"], entry))
            item["required"] = False
            self.findings.append(Finding(item["fim_id"], item["label"], f"file field in group "
                                         f"{fim_id(entry)} ({shown}): asked once, after the "
                                         "group, and optional"))
        if not plain:
            self.know(entry, None, "is a group of files only, asked after one another")
            self.note(entry, f"group ({shown}) of files only: no group at the kiosk, its "
                      f"files asked one after another; {_KEPT}")
            self.close(scope)
            return files
        most = min(high or MAX_REPEAT, MAX_REPEAT)
        if high is None or high > MAX_REPEAT:
            self.note(entry, f"anzahl {shown}: the kiosk takes at most {MAX_REPEAT} entries")
        required = low >= 1 and any(f.get("required") for f in plain)
        if low >= 1 and not required:
            self.note(entry, f"anzahl {shown} with no required field: an empty entry is "
                      "valid in FIM, and the kiosk keeps no empty entry; optional")
        group: dict[str, Any] = {"id": self.unique(text(entry, "name") or "gruppe", self.used_ids),
                 "type": "group", "label": _label(entry), "required": required,
                 "min_items": max(low, 1), "max_items": most, "fim_id": fim_id(entry),
                 "fields": plain}
        self.know(entry, group["id"])
        self.close(scope)
        self.group_fields.append(group)
        return [group, *files]

    def flattened(self, entry: ET.Element, low: int, high: int | None) -> list[dict[str, Any]]:
        """An optional or repeated group deeper than ``_DEPTH``: its fields, asked once."""
        scope = self.collect_rules(entry, "group", scoped=True)
        fields = _under(self.members(_contents(entry), in_group=True, depth=_DEPTH), entry,
                        low, high)
        shown = f"{low}:{high or '*'}"
        self.know(entry, None, f"is a group deeper than {_DEPTH} groups, flattened")
        self.close(scope)
        if high != 1:
            self.note(entry, f"group repeated ({shown}) deeper than {_DEPTH} groups: "
                      "flattened, asked once" + ("" if low == 0 else f"; {_KEPT}"))
        if low == 0:
            self.optional_inside(entry, shown, fields)
        return fields

    def optional_inside(self, entry: ET.Element, shown: str,
                        fields: list[dict[str, Any]]) -> None:
        """An optional group's fields, flattened: FIM requires its required
        fields once any of the group is given; the kiosk requires them once the first of
        them is answered in the entry (a rule per entry), and that first one is optional."""
        made = [f for f in fields if f.get("required") and f["type"] != "file"]
        files = [f["id"] for f in fields if f.get("required") and f["type"] == "file"]
        for item in fields:
            item["required"] = False
        for item in made[1:]:
            item["required_if"] = {"field": made[0]["id"], "is_set": True}
        what = f"optional group ({shown}) deeper than {_DEPTH} groups: flattened"
        if len(made) > 1:
            what += (f"; once {made[0]['id']} is answered in an entry, its other required "
                     f"fields are required there: {', '.join(f['id'] for f in made[1:])} "
                     f"({made[0]['id']} itself is optional; in FIM any answer in the group "
                     "requires them all)")
        elif made:
            what += f"; its required field {made[0]['id']} is optional at the kiosk"
        if files:
            what += f"; its required files are optional: {', '.join(files)}"
        self.note(entry, f"{what}; {_KEPT}")

    def lifted_conditions(self) -> None:
        """A file asked after its group is shown and required as the group's rules say."""
        groups = {item.get("fim_id"): item for item in self.group_fields}
        for item, required, entry in self.lifted:
            group = groups.get(fim_id(entry))
            if group is None:
                continue
            if "visible_if" in group:
                item["visible_if"] = group["visible_if"]
            if required and "required_if" in group:
                item["required_if"] = group["required_if"]
            if "visible_if" in item or "required_if" in item:
                self.findings.append(Finding(item["fim_id"], item["label"], "takes the rule of "
                                             f"its group {group['id']} (shown or required "
                                             "with it)"))

    # -- the rules, once every field has its id ------------------------------
    def map_rules(self, sections: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Map the rules onto ``sections``' fields; the date order checks; report the rest."""
        table = FieldTable(self.known, sections)
        checks: list[dict[str, Any]] = []
        for rule, where, scope in self.rules:
            rule_id = text(rule, "identifikation", "id")
            name = text(rule, "name")
            script = _script(rule)
            free_text = text(rule, "freitextRegel") or text(rule, "definition")
            try:
                if not (script or free_text):
                    raise RuleNotMapped("it has neither a script nor a free text")
                source = script or free_text_rule(free_text) or free_text
                apply_rule(table, source, check_id=slug(rule_id or name or "regel"),
                           message=text(rule, "beschreibung") or name, checks=checks,
                           scope=range(*scope) if scope else None)
                self.findings.extend(Finding(rule_id, name, f"rule on {where} {note}")
                                     for note in table.notes)
                table.notes.clear()
            except RuleNotMapped as exc:
                why = str(exc) if script else f"no script, and its free text read as one: {exc}"
                quoted = " ".join((script or free_text).split())
                self.findings.append(Finding(rule_id, name, f"rule on {where} not mapped: {why}"
                                             + (f" ('{quoted[:300]}')" if quoted else "")))
        return checks


def import_fim(path: Path, form_id: str, code_list_dirs: Sequence[Path] = ()) -> ImportResult:
    """Map the XDatenfelder file ``path`` to a definition with id ``form_id``; code lists
    are looked for beside it, in ``code_list_dirs`` and among the shipped ones."""
    try:
        root = ET.parse(path).getroot()  # noqa: S314  # a technician's own file
    except (ET.ParseError, OSError) as exc:
        raise FimImportError(f"{path.name}: {exc}") from exc
    namespace = root.tag[1:].split("}")[0] if root.tag.startswith("{") else ""
    if namespace not in (XDF2, XDF3):
        raise FimImportError(f"{path.name}: not XDatenfelder 2 or 3 (namespace "
                             f"'{namespace or 'none'}')")
    importer = _Importer(path.resolve().parent, tuple(code_list_dirs))
    return importer.run(path, root, form_id)
