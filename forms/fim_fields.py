"""One FIM *Datenfeld* as the fields of a form definition (``forms.fim`` builds the rest).

*Feldart* ``input``/``select`` are asked, ``label``/``hidden``/``locked`` are
not (reported). *Datentyp*: ``text`` → text, xdf3 ``text_latin`` → latin_text,
``date``, ``bool`` → yes_no, ``num`` → number, ``num_int`` → integer,
``num_currency`` → currency, ``file`` → file, ``time``/``datetime`` → text with
a pattern (the kiosk has no clock field; reported), ``obj`` not imported
(reported). *Präzisierung* (xdf2 JSON, xdf3 attributes; the older ``5`` and
``1..31`` forms are read and reported): ``minLength`` (as a pattern when there is
none), ``maxLength``, ``pattern``, ``minValue``/``maxValue``. The FIM convention
``Mehrfachauswahl`` in the pattern slot makes a select a multi-choice; another
pattern without any regular-expression syntax is a convention too and reported,
never taken literally. A text without a published maximum takes
``UNLIMITED_TEXT`` characters (reported once per schema). A field that repeats
(``anzahl`` ``0:n``/``1:n``) becomes a multi-choice (select) or a repeated group
of one sub-field; inside a group it is asked as up to ``MAX_COPIES`` numbered fields,
beyond that a group of one sub-field inside the group (while groups may nest deeper:
``room``), else once; a file once; each reported.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from forms.fim_codelists import SHIPPED_DIR, CodeLists
from forms.fim_rules import KnownField, name_key

MAX_NUMBER: Final = 999_999_999
MAX_REPEAT: Final = 20  # the most entries a repeated group takes at the kiosk
MAX_COPIES: Final = 6  # a field repeated inside a group: asked this many times at most
UNLIMITED_TEXT: Final = 4000  # max_length of a text FIM gives no maximum for
_REGEX_SYNTAX: Final = re.compile(r"[\\^$.|?*+()\[\]{}]")
_MULTI: Final = frozenset({"mehrfachauswahl"})
_LETTERS: Final = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
_TYPES: Final = {"text": "text", "text_latin": "latin_text", "date": "date", "bool": "yes_no",
                 "num": "number", "num_int": "integer", "num_currency": "currency",
                 "time": "text", "datetime": "text"}
_CLOCK: Final = {
    "time": (r"([01][0-9]|2[0-3]):[0-5][0-9]", "Bitte geben Sie die Uhrzeit als SS:MM an, "
             "z. B. 09:30.", "09:30", 5),
    "datetime": (r"[0-3][0-9]\.[01][0-9]\.[0-9]{4} ([01][0-9]|2[0-3]):[0-5][0-9]",
                 "Bitte geben Sie Datum und Uhrzeit als TT.MM.JJJJ SS:MM an, "
                 "z. B. 01.02.2026 09:30.", "01.02.2026 09:30", 16),
}


@dataclass(frozen=True)
class Finding:
    """Something of the FIM schema the definition does not carry (or carries changed)."""

    fim_id: str
    name: str
    what: str


def local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def child(node: ET.Element, name: str) -> ET.Element | None:
    return next((c for c in node if local(c.tag) == name), None)


def children(node: ET.Element, name: str) -> list[ET.Element]:
    return [c for c in node if local(c.tag) == name]


def text(node: ET.Element | None, *path: str) -> str:
    for name in path:
        if node is None:
            return ""
        node = child(node, name)
    return " ".join((node.text or "").split()) if node is not None else ""


def code(node: ET.Element, name: str) -> str:
    """A code value: xdf2 ``<feldart><code>input</code></feldart>``, xdf3 a ``code`` attribute."""
    element = child(node, name)
    if element is None:
        return ""
    return (element.get("code") or text(element, "code")).strip()


def fim_id(node: ET.Element) -> str:
    """The element's FIM id with its version, as FIM writes it: ``F00000043V1.0``."""
    ident, version = text(node, "identifikation", "id"), text(node, "identifikation", "version")
    return f"{ident}V{version}" if ident and version else ident


def slug(name: str) -> str:
    value = name_key(name)[:60]
    return value if value and value[0].isalpha() else f"f_{value}"[:60]


def bounds(raw: str) -> tuple[int, int | None]:
    """``anzahl`` as (lowest, highest or None for ``*``); a missing one is ``1:1``."""
    match = re.fullmatch(r"(\d+):(\d+|\*|n)", raw.strip())
    if match is None:
        return 1, 1
    return int(match.group(1)), None if match.group(2) in "*n" else int(match.group(2))


def _number(raw: str | None) -> int | None:
    if raw is None or not re.fullmatch(r"-?\d+(?:[.,]0+)?", raw.strip()):
        return None
    return int(raw.strip().replace(",", ".").split(".")[0])


@dataclass
class FieldMapper:
    """What the importer keeps while it maps fields: findings, ids, what rules may name."""

    schema_dir: Path
    code_list_dirs: tuple[Path, ...] = ()
    findings: list[Finding] = field(default_factory=list)
    used_ids: set[str] = field(default_factory=set)
    known: list[KnownField] = field(default_factory=list)
    # Each rule with where it stands and its scope: the span of ``known`` its node's
    # subtree made ([start, end]; empty: the whole schema), where its names are looked
    # up first (FIM reuses groups: a rule means its own copy's fields).
    rules: list[tuple[ET.Element, str, list[int]]] = field(default_factory=list)
    unlimited: list[str] = field(default_factory=list)  # texts without a published maximum
    # Whether a field being mapped may become a group of its own (groups nest that deep).
    room: bool = field(default=True, init=False)
    code_lists: CodeLists = field(init=False)

    def __post_init__(self) -> None:
        self.code_lists = CodeLists((self.schema_dir, *self.code_list_dirs, SHIPPED_DIR))

    def note(self, node: ET.Element, what: str) -> None:
        self.findings.append(Finding(fim_id(node), text(node, "name"), what))

    def know(self, node: ET.Element, field_id: str | None, why_not: str = "") -> None:
        """Record what became of a field or group, for the rules that name it."""
        self.known.append(KnownField(text(node, "identifikation", "id"), text(node, "name"),
                                     field_id, why_not))

    def collect_rules(self, node: ET.Element, where: str, *, scoped: bool = False) -> list[int]:
        """Take ``node``'s rules; with ``scoped``, the scope to close with ``close``."""
        name = text(node, "name")
        place = f"{where} {text(node, 'identifikation', 'id')} '{name}'" if name else where
        scope = [len(self.known), len(self.known)] if scoped else []
        self.rules.extend((rule, place, scope) for rule in children(node, "regel"))
        return scope

    def close(self, scope: list[int]) -> None:
        """The node whose rules have ``scope`` is done: its subtree's fields are known."""
        scope[1] = len(self.known)

    def unique(self, name: str, used: set[str]) -> str:
        base = slug(name)
        candidate, number = base, 2
        while candidate in used:
            candidate = f"{base[:56]}_{number}"
            number += 1
        used.add(candidate)
        return candidate

    # -- one Datenfeld ------------------------------------------------------------
    def datenfeld(self, node: ET.Element, low: int, high: int | None, *,
                  in_group: bool) -> list[dict[str, Any]]:
        """The field(s) ``node`` becomes where it stands ``low``…``high`` times."""
        feldart = code(node, "feldart") or "input"
        datentyp = code(node, "datentyp") or "text"
        label = text(node, "bezeichnungEingabe") or text(node, "name")
        self.collect_rules(node, "field")
        if feldart in ("label", "hidden", "locked"):
            self.note(node, f"Feldart '{feldart}' has no input at the kiosk: not imported")
            self.know(node, None, f"is not imported (Feldart '{feldart}')")
            return []
        if datentyp == "obj":
            self.note(node, "Datentyp 'obj' (object) not offered at the kiosk: not imported")
            self.know(node, None, "is not imported (Datentyp 'obj')")
            return []
        result: dict[str, Any] = {"id": self.unique(text(node, "name") or label, self.used_ids),
                                  "label": label, "required": low >= 1,
                                  "fim_id": fim_id(node)}
        help_text = text(node, "hilfetextEingabe") or text(node, "hilfetext")
        if help_text:
            result["help"] = help_text
        content, prefill = text(node, "inhalt"), code(node, "vorbefuellung")
        if content:
            self.note(node, f"inhalt (preset content '{content[:80]}') not mapped")
        if prefill not in ("", "keine"):
            self.note(node, f"vorbefuellung '{prefill}' (filled in from a register) not "
                      "mapped: the citizen answers it")
        precision = self.precision(node, datentyp)
        if datentyp == "file":  # an upload: a document from the terminal's scan inbox
            result["type"] = "file"
            precision.update({k: ", ".join(text(e) for e in children(node, k))
                              for k in ("maxSize", "mediaType") if children(node, k)})
            limits = ", ".join(f"{k}={v}" for k, v in sorted(precision.items()))
            self.note(node, "Datentyp 'file': takes JPEG, PNG or PDF up to 10 MB (the kiosk's "
                      "default), please check" + (f"; Präzisierung not mapped: {limits}"
                                                  if limits else ""))
            return self.repeat(node, result, low, high, in_group)
        pattern = precision.pop("pattern", None)
        multi = pattern is not None and pattern.strip().lower() in _MULTI
        options = self.options(node)
        if multi and in_group and options:
            self.note(node, "pattern 'Mehrfachauswahl' inside a group: the kiosk has no "
                      "multi-choice there; one value is chosen")
            multi = False
            pattern = None
        if feldart == "select" or options:
            if options:
                result["type"] = "multi_choice" if multi else "choice"
                result["options"] = [{"value": v, "label": n} for v, n in options]
                if multi:
                    result["min_items"] = 1 if low >= 1 else 0
                    result["max_items"] = len(options)
                    self.note(node, "pattern 'Mehrfachauswahl' (FIM: several values may be "
                              "chosen): a multi-choice")
                    if high != 1:
                        self.note(node, f"anzahl {low}:{high or '*'} of a multiple choice: "
                                  "asked once, as one multi-choice")
                    self.know(node, result["id"])
                    return [result]
                # The length of a code is the list's business; a pattern is not.
                precision = {k: v for k, v in precision.items()
                             if k not in ("minLength", "maxLength")}
                self.rest_not_mapped(node, precision, pattern)
                self.know(node, result["id"])
                return self.repeat(node, result, low, high, in_group)
            self.note(node, self.missing_list(node))
            if multi:
                self.note(node, "pattern 'Mehrfachauswahl' (several values may be chosen): "
                          "a multi-choice once the code list is there")
                pattern = None
        elif multi:
            self.note(node, "pattern 'Mehrfachauswahl' on a field without a code list: "
                      "not mapped")
            pattern = None
        kind = _TYPES.get(datentyp)
        if kind is None:
            self.note(node, f"Datentyp '{datentyp}' unknown to the kiosk: imported as text")
            kind = "text"
        result["type"] = kind
        self.know(node, result["id"])
        if datentyp in _CLOCK:
            regex, message, example, length = _CLOCK[datentyp]
            result.update(pattern=regex, pattern_message=message, example=example,
                          max_length=length)
            self.note(node, f"Datentyp '{datentyp}': the kiosk has no clock field; asked as "
                      f"text in the form {example}")
        elif kind in ("text", "latin_text"):
            self.text_limits(node, result, precision, pattern)
        else:
            self.number_limits(node, result, kind, precision)
            if pattern is not None:
                self.note(node, f"pattern '{pattern}' on a {kind} field: not mapped")
        if kind == "date":
            result["past_only"] = False
        return self.repeat(node, result, low, high, in_group)

    def repeat(self, node: ET.Element, result: dict[str, Any], low: int, high: int | None,
               in_group: bool) -> list[dict[str, Any]]:
        """``result`` as it may be repeated: a multi-choice, a group of one sub-field, or
        (inside a group, or a file) asked once and reported."""
        if high == 1:
            return [result]
        shown = f"{low}:{high or '*'}"
        if result["type"] == "choice" and not in_group:
            result.update(type="multi_choice", min_items=min(low, len(result["options"])),
                          max_items=min(high or len(result["options"]), len(result["options"])))
            result["required"] = low >= 1
            self.note(node, f"anzahl {shown}: a multi-choice of up to {result['max_items']}")
            return [result]
        if in_group and result["type"] != "file" and high is not None and high <= MAX_COPIES:
            copies = [dict(result, id=self.unique(f"{result['id']}_{n}", self.used_ids),
                           label=f"{result['label']} ({n})", required=n <= low)
                      for n in range(1, high + 1)]
            self.used_ids.discard(result["id"])
            self.known = [KnownField(k.fim_id, k.name, None, "is asked as numbered fields "
                                     "inside a group, where the kiosk has no rules")
                          if k.field_id == result["id"] else k for k in self.known]
            self.note(node, f"anzahl {shown} inside a group: asked as {high} fields "
                      f"({', '.join(c['id'] for c in copies)}), the first {low} required")
            return copies
        if result["type"] == "file" or not self.room:
            where = "a file" if result["type"] == "file" else "a group this deep"
            self.note(node, f"anzahl {shown}: {where} cannot repeat at the kiosk; asked once")
            return [result]
        sub = dict(result, required=True, id="wert")
        sub.pop("fim_id", None)
        most = min(high or MAX_REPEAT, MAX_REPEAT)
        if high is None or high > MAX_REPEAT:
            self.note(node, f"anzahl {shown}: the kiosk takes at most {MAX_REPEAT} entries")
        self.note(node, f"anzahl {shown}: a repeated group of one field (min {low}, max {most})")
        group = {"id": result["id"], "type": "group", "label": result["label"],
                 "required": low >= 1, "min_items": max(low, 1), "max_items": most,
                 "fim_id": result["fim_id"], "fields": [sub]}
        return [group]

    def text_limits(self, node: ET.Element, result: dict[str, Any],
                    precision: dict[str, str], pattern: str | None) -> None:
        longest, shortest = _number(precision.pop("maxLength", None)), _number(
            precision.pop("minLength", None))
        if longest is not None and longest >= 1:
            result["max_length"] = longest
        else:
            result["max_length"] = UNLIMITED_TEXT
            self.unlimited.append(fim_id(node))
        if pattern is not None and "\\p{L}" in pattern:
            pattern = self.letters(node, pattern)
        if pattern is not None:
            if not _REGEX_SYNTAX.search(pattern):
                self.note(node, f"pattern '{pattern}' has no regular-expression syntax: a FIM "
                          "convention, not a format; not mapped")
                pattern = None
            else:
                try:
                    re.compile(pattern)
                    result["pattern"] = pattern
                    result["pattern_message"] = "Bitte prüfen Sie das Format dieser Angabe."
                except re.error:
                    self.note(node, f"pattern '{pattern}' is not a valid regular expression: "
                              "not mapped")
                    pattern = None
        if shortest is not None and shortest > 1:
            if pattern is None:
                result["pattern"] = f"(?s).{{{shortest},}}"
                result["pattern_message"] = (f"Bitte geben Sie mindestens {shortest} Zeichen "
                                             "an.")
            else:
                self.note(node, f"minLength {shortest} not mapped (the field has a pattern)")
        self.rest_not_mapped(node, precision, None)

    def letters(self, node: ET.Element, pattern: str) -> str | None:
        """``pattern`` with XSD's ``\\p{L}`` (a letter; Python's re has no such class) as the
        letters of DIN SPEC 91379's Latin repertoire; None where that cannot be written."""
        parts = pattern.split("\\p{L}")
        built = parts[0]
        for part in parts[1:]:
            depth = len(re.findall(r"(?<!\\)\[", built)) - len(re.findall(r"(?<!\\)\]", built))
            built += (_LETTERS if depth > 0 else f"[{_LETTERS}]") + part
        try:
            re.compile(built)
        except re.error:
            self.note(node, f"pattern '{pattern}' is not a valid regular expression: not mapped")
            return None
        self.note(node, f"pattern '{pattern}': \\p{{L}} (any letter) taken as the Latin letters "
                  "of DIN SPEC 91379")
        return built

    def number_limits(self, node: ET.Element, result: dict[str, Any], kind: str,
                      precision: dict[str, str]) -> None:
        raw_low, raw_high = precision.pop("minValue", None), precision.pop("maxValue", None)
        low, high = _number(raw_low), _number(raw_high)
        for name, raw, value in (("minValue", raw_low, low), ("maxValue", raw_high, high)):
            if raw is not None and value is None:
                self.note(node, f"{name} '{raw}' is not a whole number: not mapped")
        if kind == "integer" and (low is None or high is None):
            self.note(node, "num_int without minValue/maxValue: the kiosk asks whole numbers "
                      f"from {0 if low is None else low} to "
                      f"{MAX_NUMBER if high is None else high}")
            low = 0 if low is None else low
            high = MAX_NUMBER if high is None else high
        if low is not None:
            result["minimum"] = low
        if high is not None:
            result["maximum"] = high
        precision.pop("minLength", None)
        self.rest_not_mapped(node, precision, None)

    def rest_not_mapped(self, node: ET.Element, precision: dict[str, str],
                        pattern: str | None) -> None:
        rest = {k: v for k, v in precision.items() if k != "minLength" or v not in ("", "1")}
        if pattern is not None:
            rest["pattern"] = pattern
        if rest:
            self.note(node, "Präzisierung not mapped: " + ", ".join(
                f"{k}={v}" for k, v in sorted(rest.items())))

    def precision(self, node: ET.Element, datentyp: str) -> dict[str, str]:
        element = child(node, "praezisierung")
        if element is None:
            return {}
        values = dict(element.attrib)
        raw = (element.text or "").strip()
        numeric = datentyp in ("num", "num_int", "num_currency")
        if raw.startswith("{"):  # xdf2 writes JSON: {"minLength":"1","maxLength":"60"}
            try:
                values.update({str(k): str(v) for k, v in json.loads(raw).items()})
            except (json.JSONDecodeError, AttributeError):
                self.note(node, f"Präzisierung '{raw[:60]}' is not readable JSON: not mapped")
        elif match := re.fullmatch(r"(\d+)\s*\.\.\s*(\d+)", raw):
            names = ("minValue", "maxValue") if numeric else ("minLength", "maxLength")
            values.update(zip(names, match.groups(), strict=True))
            self.note(node, f"Präzisierung '{raw}' (older notation) read as {names[0]} "
                      f"{match.group(1)}, {names[1]} {match.group(2)}")
        elif re.fullmatch(r"\d+", raw):
            name = "maxValue" if numeric else "maxLength"
            values[name] = raw
            self.note(node, f"Präzisierung '{raw}' (older notation) read as {name} {raw}")
        elif raw:
            self.note(node, f"Präzisierung '{raw[:60]}' is not understood: not mapped")
        return {k: v.strip() for k, v in values.items() if v.strip()}

    # -- code lists -------------------------------------------------------------
    def reference(self, node: ET.Element) -> tuple[str, str, str, str]:
        """The code list a field names: URN, version, code and name column (xdf3)."""
        ref = child(node, "codelisteReferenz")
        if ref is None:
            return "", "", "", ""
        generic = child(ref, "genericodeIdentification")  # xdf2
        source = generic if generic is not None else ref
        uri = text(source, "canonicalIdentification") or text(ref, "genericode",
                                                               "canonicalIdentification")
        return (uri, text(source, "version"), text(node, "codeKey") or text(ref, "codeKey"),
                text(node, "nameKey") or text(ref, "nameKey"))

    def options(self, node: ET.Element) -> list[tuple[str, str]]:
        werte = child(node, "werte")
        if werte is not None:
            return [(text(w, "code"), text(w, "name") or text(w, "code"))
                    for w in children(werte, "wert") if text(w, "code")]
        uri, version, code_key, name_key_ = self.reference(node)
        if not uri:
            return []
        found = self.code_lists.find(uri, version)
        if found is None:
            return []
        if version and found.version != version:
            self.note(node, f"code list {uri} version {version} not found; took version "
                      f"{found.version or '?'} from {found.source.name}")
        return found.options(code_key, name_key_)

    def missing_list(self, node: ET.Element) -> str:
        uri, version, _, _ = self.reference(node)
        folder = self.code_list_dirs[0] if self.code_list_dirs else self.schema_dir
        if not uri:
            return "select without a code list or values: imported as text"
        shown = f"{uri}" + (f" (version {version})" if version else "")
        return (f"code list {shown} not available offline: imported as text; drop its "
                f"genericode file into {folder} and import again")
